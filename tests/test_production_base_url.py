"""Production refuses to start without the public base URL used in e-mail links."""

from tests.test_settings import production_environ, run_python


def test_production_settings_refuse_to_start_without_the_base_url():
    env = production_environ()
    del env["WAGTAILADMIN_BASE_URL"]
    result = run_python("import config.settings.production", env)
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL" in result.stderr


def test_production_settings_use_the_base_url():
    env = production_environ(WAGTAILADMIN_BASE_URL="https://ashar.kg")
    code = "import config.settings.production as s; print(s.WAGTAILADMIN_BASE_URL)"
    result = run_python(code, env)
    assert result.stdout.strip() == "https://ashar.kg", result.stderr
