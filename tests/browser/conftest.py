"""Serve the built site on loopback and drive Debian's Chromium with Playwright."""
from __future__ import annotations

import functools
import http.server
import pathlib
import threading
from urllib.parse import urlparse

import pytest

CHROMIUM = "/usr/bin/chromium"
EXIT_HOST = "www.smhi.se"
AXE = pathlib.Path(__import__("axe_playwright_python").__file__).with_name("axe.min.js")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass



@pytest.fixture(scope="session")
def base_url(site_dir):
    handler = functools.partial(QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


class Visit:
    """A browser context that records every request and never lets one leave loopback."""

    def __init__(self, browser, **context_args):
        self.context = browser.new_context(**context_args)
        self.requests: list[str] = []
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.route("**/*", self._route)
        self.context.set_default_timeout(10000)
        self.page = self.context.new_page()
        self.console: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))

    def _route(self, route):
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", "localhost"):
            return route.continue_()
        if host == EXIT_HOST:
            return route.fulfill(status=200, content_type="text/html; charset=utf-8", body="<html lang=sv><title>Väder</title>Väder</html>")
        return route.abort()

    def search(self, query: str) -> None:
        """Open Material's search the way a reader does (the field on wide screens, the icon on phones) and type."""
        field = self.page.locator("input[data-md-component='search-query']")
        if not field.is_visible():
            self.page.locator("label[for='__search']").first.click()
        field.click()
        field.press_sequentially(query, delay=20)
        # Playwright types non-Latin letters as inserted text, without the keyup a real keyboard sends
        # and Material listens for.
        field.dispatch_event("keyup")

    def offsite(self) -> list[str]:
        return [u for u in self.requests if urlparse(u).hostname not in ("127.0.0.1", "localhost") and not u.startswith("data:")]

    def axe(self, context=None) -> list[dict]:
        self.page.evaluate(AXE.read_text(encoding="utf-8"))
        result = self.page.evaluate("async (ctx) => await axe.run(ctx || document, {resultTypes: ['violations']})", context)
        return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    made = []

    def make(**kw):
        v = Visit(browser, **kw)
        made.append(v)
        return v
    yield make
    for v in made:
        v.close()
