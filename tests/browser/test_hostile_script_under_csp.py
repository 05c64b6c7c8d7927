"""Behind the real deploy/nginx.conf with the generated CSP, script that reached a page does not run in
Chromium, while the theme's own inline scripts (the allowlist) still do."""
import shutil

import pytest

from sitebuild import csp
from tests.browser.conftest import Visit
from tests.nginx_server import Nginx

INJECTED = ('<script>window.__injected = "inline"</script>'
            '<img src="x" onerror="window.__injected = \'onerror\'">'
            '<a id="injected-link" href="javascript:window.__injected=\'link\'">x</a>')

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_site(site_dir, tmp_path_factory):
    """The built site with markup slipped into one page after the build, as if a check had missed it."""
    copy = tmp_path_factory.mktemp("hostile") / "site"
    shutil.copytree(site_dir, copy)
    page = copy / "for-anhoriga" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", "</h1>" + INJECTED, 1), encoding="utf-8")
    for stale in (copy / "for-anhoriga").glob("index.html.*"):
        stale.unlink()  # nginx would serve the precompressed copy of the page as built
    server = Nginx(str(copy), str(tmp_path_factory.mktemp("nginx")))
    yield server.base, copy
    server.stop()


def test_injected_script_does_not_run_but_the_themes_scripts_do(browser, hostile_site):
    base, copy = hostile_site
    v = Visit(browser)
    try:
        v.page.goto(base + "/for-anhoriga/")
        v.page.locator("#injected-link").click()
        v.page.wait_for_load_state("load")
        assert v.page.evaluate("window.__injected") is None
        assert v.page.evaluate("typeof __md_get") == "function"  # Material's inline script, on the allowlist
        assert any("Content Security Policy" in m for m in v.console)
        assert v.page.get_by_text("112").first.is_visible()
    finally:
        v.close()
    policy = (copy / "_headers").read_text(encoding="utf-8")
    assert csp.script_hash('window.__injected = "inline"') not in policy
