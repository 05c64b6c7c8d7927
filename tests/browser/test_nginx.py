"""The real nginx with deploy/nginx.conf on a loopback port: headers, CSP in Chromium, 404 pages."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from tests.browser.conftest import Visit

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_config(site: str, port: int, workdir: str) -> str:
    """deploy/nginx.conf with paths and port moved into a temporary folder owned by the test."""
    with open(os.path.join(ROOT, "deploy", "nginx.conf"), encoding="utf-8") as fh:
        conf = fh.read()
    conf = conf.replace("/srv/avhoppare/site", site)
    conf = re.sub(r"^user .*?;", "user root;" if os.geteuid() == 0 else "", conf, flags=re.M)
    conf = re.sub(r"^pid .*?;", f"pid {workdir}/nginx.pid;", conf, flags=re.M)
    conf = re.sub(r"^error_log .*?;", f"error_log {workdir}/error.log warn;", conf, flags=re.M)
    conf = conf.replace("access_log /var/log/nginx/access.log privacy;", f"access_log {workdir}/access.log privacy;")
    conf = conf.replace("listen 8080;", f"listen 127.0.0.1:{port};")
    temp = "".join(f"    {name}_temp_path {workdir}/{name};\n" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    conf = conf.replace("http {\n", "http {\n" + temp, 1)
    path = os.path.join(workdir, "nginx.conf")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(conf)
    return path


@pytest.fixture(scope="module")
def nginx(site_dir, tmp_path_factory):
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(binary):
        pytest.fail("nginx is not installed: run `make test`, which installs it")
    workdir = str(tmp_path_factory.mktemp("nginx"))
    port = free_port()
    conf = test_config(str(site_dir), port, workdir)
    proc = subprocess.Popen([binary, "-e", f"{workdir}/error.log", "-c", conf, "-g", "daemon off;"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None:
                pytest.fail(proc.stdout.read().decode())
            time.sleep(0.05)
    yield {"base": base, "workdir": workdir}
    proc.terminate()
    proc.wait(timeout=10)


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
    script_src = re.search(r"script-src ([^;]+)", csp).group(1)
    assert "'self'" in script_src and "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
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
