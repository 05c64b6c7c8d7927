"""The real nginx with deploy/nginx.conf on a loopback port: headers, CSP in Chromium, 404 pages."""
from __future__ import annotations

import os
import re
import time
import urllib.error
import urllib.request

import pytest

from tests.browser.conftest import Visit

from tests.nginx_server import Nginx


@pytest.fixture(scope="module")
def nginx(site_dir, tmp_path_factory):
    server = Nginx(str(site_dir), str(tmp_path_factory.mktemp("nginx")))
    yield {"base": server.base, "workdir": server.workdir}
    server.stop()


def get(url, headers=None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        resp = urllib.request.urlopen(req, timeout=5)
        return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_html_carries_every_security_header(nginx):
    status, headers, _ = get(nginx["base"] + "/")
    assert status == 200
    csp = headers["Content-Security-Policy"]
    for part in ("default-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'", "form-action 'none'", "base-uri 'none'"):
        assert part in csp
    script_src = re.search(r"script-src ([^;]+)", csp).group(1).split()
    # WebAssembly for search (Pagefind) may compile; no JavaScript eval, no inline script but hashed ones.
    assert script_src[:2] == ["'self'", "'wasm-unsafe-eval'"] and all(t.startswith("'sha256-") for t in script_src[2:])
    assert "worker-src 'self'" in csp and "connect-src 'self'" in csp
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"
    for feature in ("camera=()", "microphone=()", "geolocation=()", "interest-cohort=()"):
        assert feature in headers["Permissions-Policy"]
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Server"] == "nginx"  # no version
    assert "max-age=300" in headers["Cache-Control"]


def test_hashed_assets_are_cached_long_and_sent_compressed(nginx, site_dir):
    bundle = next((site_dir / "assets" / "javascripts").glob("bundle.*.min.js")).name
    status, headers, _ = get(f"{nginx['base']}/assets/javascripts/{bundle}", {"Accept-Encoding": "gzip"})
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert headers.get("Content-Encoding") == "gzip"


def test_unknown_path_gets_the_sites_404_in_its_language(nginx):
    status, headers, body = get(nginx["base"] + "/finns-inte/")
    assert status == 404 and b'lang="sv"' in body and b"data-quick-exit" in body
    assert "Content-Security-Policy" in headers
    status, _, body = get(nginx["base"] + "/en/does-not-exist/")
    assert status == 404 and b'lang="en"' in body


def test_build_files_for_servers_are_not_served(nginx):
    assert get(nginx["base"] + "/_headers")[0] == 404
    assert get(nginx["base"] + "/_deploy/security-headers.conf")[0] == 404


def test_access_log_has_no_client_address(nginx):
    get(nginx["base"] + "/vad-ar-en-avhoppare/")
    time.sleep(0.2)
    with open(os.path.join(nginx["workdir"], "access.log"), encoding="utf-8") as fh:
        log = fh.read()
    assert "/vad-ar-en-avhoppare/" in log
    assert "127.0.0.1" not in log


@pytest.mark.parametrize("path", ["/", "/en/", "/ungdom/", "/ar/", "/kontakter/norrbotten/"])
def test_no_csp_violation_in_chromium(browser, nginx, path):
    v = Visit(browser)
    try:
        v.page.goto(nginx["base"] + path, wait_until="networkidle")
        violations = [m for m in v.console if "Content Security Policy" in m or "Refused to" in m]
        assert violations == []
    finally:
        v.close()


def test_search_and_quick_exit_work_under_the_policy(browser, nginx):
    v = Visit(browser)
    try:
        v.page.goto(nginx["base"] + "/")
        v.page.goto(nginx["base"] + "/for-anhoriga/")
        v.search("boenden")
        v.page.wait_for_selector(".md-search-result__item", timeout=10000)
        assert v.page.locator(".md-search-result__item").count() > 0
        v.page.keyboard.press("Escape")
        v.page.locator("a[data-quick-exit]").click()
        v.page.wait_for_url("https://www.smhi.se/**")
        v.page.go_back()
        assert v.page.url == nginx["base"] + "/"
        assert [m for m in v.console if "Content Security Policy" in m or "Refused to" in m] == []
    finally:
        v.close()


def test_the_search_worker_runs_under_the_page_policy(nginx):
    """A worker's policy comes from its own response: without it the worker could run anything."""
    page = get(nginx["base"] + "/")[1]["Content-Security-Policy"]
    status, headers, _ = get(nginx["base"] + "/assets/javascripts/workers/search-pagefind.js")
    assert status == 200 and headers["Content-Security-Policy"] == page and "'wasm-unsafe-eval'" in page


def test_assets_carry_nosniff_but_not_the_page_policy(nginx, site_dir):
    bundle = next((site_dir / "assets" / "javascripts").glob("bundle.*.min.js")).name
    status, headers, _ = get(f"{nginx['base']}/assets/javascripts/{bundle}")
    assert status == 200 and headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" not in headers


def test_search_files_cached_by_name_and_sent_with_their_types(nginx, site_dir):
    """Pagefind's hashed chunks are kept a year; files that keep their name across builds only briefly."""
    folder = site_dir / "pagefind"
    fragment = next((folder / "fragment").iterdir()).name
    meta = next(folder.glob("pagefind.*.pf_meta")).name
    for path in (f"/pagefind/fragment/{fragment}", f"/pagefind/{meta}"):
        status, headers, _ = get(nginx["base"] + path)
        assert status == 200 and "immutable" in headers["Cache-Control"], (path, headers)
        assert headers["Content-Type"] == "application/octet-stream" and headers["X-Content-Type-Options"] == "nosniff"
        assert "Content-Security-Policy" not in headers
    for path, kind in (("/pagefind/pagefind.js", "application/javascript"), ("/pagefind/pagefind-entry.json", "application/json"),
                       ("/pagefind/" + next(folder.glob("wasm.*.pagefind")).name, "application/octet-stream")):
        status, headers, _ = get(nginx["base"] + path, {"Accept-Encoding": "gzip"})
        assert status == 200 and headers["Content-Type"].startswith(kind), (path, headers)
        assert "max-age=300" in headers["Cache-Control"] and "immutable" not in headers["Cache-Control"], (path, headers)
