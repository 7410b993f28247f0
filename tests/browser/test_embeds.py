"""A partner's page on another origin embeds a story card with an <iframe> and with the
html of the oEmbed answer: both render in Chromium, with no request to a third party."""

import contextlib
import http.server
import json
import threading
import urllib.request
from urllib.parse import quote, urlsplit

import pytest

from tests.browser.conftest import free_port, take_screenshot

pytestmark = pytest.mark.browser


def fetch_json(url):
    with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (local server)
        return json.load(response)


@contextlib.contextmanager
def partner_site(html):
    """Serve `html` at / on another 127.0.0.1 port: another origin than the site."""
    body = html.encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_partner_page_embeds_a_card_and_an_oembed_answer(browser, live_site):
    (story,) = fetch_json(
        f"{live_site}/api/v2/pages/?type=stories.StoryPage&locale=ru&limit=1&fields=municipality"
    )["items"]
    story_url = story["meta"]["html_url"]
    assert story_url.startswith(live_site), story_url
    answer = fetch_json(f"{live_site}/oembed/?url={quote(story_url)}&format=json&maxwidth=400")
    assert answer["type"] == "rich" and answer["width"] == 400
    card_url = f"{live_site}/embed/story/{story['id']}/?lang=ky"
    html = (
        "<!DOCTYPE html><html><head><title>Partner</title></head><body>"
        "<h1>Partner NGO</h1>"
        f'<iframe id="card" src="{card_url}" width="480" height="420"></iframe>'
        f'<div id="oembed">{answer["html"]}</div>'
        "</body></html>"
    )
    allowed = {urlsplit(live_site)[:2]}
    external = []
    with partner_site(html) as partner:
        assert urlsplit(partner)[:2] != urlsplit(live_site)[:2]
        allowed.add(urlsplit(partner)[:2])
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()

        def only_known(route):
            if urlsplit(route.request.url)[:2] in allowed:
                route.continue_()
            else:
                external.append(route.request.url)
                route.abort()

        page.route("**/*", only_known)
        page.goto(partner)
        card = page.frame_locator("#card")
        card.locator(".card__title").wait_for()
        assert card.locator("html").get_attribute("lang") == "ky"
        assert card.locator(".card__foot").inner_text().strip()
        assert card.locator('a[rel~="license"]').count() == 1
        oembedded = page.frame_locator("#oembed iframe")
        assert oembedded.locator(".card__title").inner_text() == story["title"]
        assert oembedded.locator("html").get_attribute("lang") == "ru"
        take_screenshot(page, "embed-partner")
        context.close()
    assert external == []
