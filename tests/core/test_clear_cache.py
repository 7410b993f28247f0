from django.core.cache import cache
from django.core.management import call_command


def test_clear_cache_empties_the_cache(capsys):
    cache.set("stories:facts:version", "old", None)
    call_command("clear_cache")
    assert cache.get("stories:facts:version") is None
    assert "Cache cleared." in capsys.readouterr().out
