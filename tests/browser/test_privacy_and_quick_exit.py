"""In Chromium: nothing leaves loopback, no cookies, and the quick exit leaves no way Back."""
import pytest

PAGES = ["/", "/en/", "/ungdom/", "/ar/", "/kontakter/norrbotten/", "/sa-gar-ett-avhopp-till/"]


@pytest.mark.parametrize("path", PAGES)
def test_page_load_makes_no_request_off_loopback(visit, base_url, path):
    v = visit()
    v.page.goto(base_url + path, wait_until="networkidle")
    v.search("stöd")
    v.page.wait_for_timeout(300)
    assert v.offsite() == []
    assert v.context.cookies() == []
    # "Om webbplatsen" tells readers the site keeps nothing in the browser's storage: hold it to that.
    assert v.page.evaluate("localStorage.length + sessionStorage.length") == 0


def test_quick_exit_replaces_the_page_so_back_skips_it(visit, base_url):
    v = visit()
    v.page.goto(base_url + "/")
    v.page.goto(base_url + "/for-anhoriga/")
    v.page.locator("a[data-quick-exit]").click()
    v.page.wait_for_url("https://www.smhi.se/**")
    v.page.go_back()
    assert v.page.url == base_url + "/"


def test_shift_three_times_leaves_and_is_announced(visit, base_url):
    v = visit()
    v.page.goto(base_url + "/")
    v.page.goto(base_url + "/ungdom/")
    v.page.keyboard.press("Shift")
    status = v.page.locator("[data-quick-exit-status]")
    assert "1 gång av 3" in status.text_content()
    v.page.keyboard.press("Shift")
    assert "2 gånger av 3" in status.text_content()
    v.page.keyboard.press("Shift")
    v.page.wait_for_url("https://www.smhi.se/**")
    v.page.go_back()
    assert v.page.url == base_url + "/"


def test_page_is_blanked_at_once_on_exit(visit, base_url):
    v = visit()
    v.page.goto(base_url + "/for-anhoriga/")
    # Point the control at a target that does not navigate, so the page stays for us to look at.
    v.page.evaluate("document.querySelector('a[data-quick-exit]').href = 'javascript:void(0)'")
    v.page.locator("a[data-quick-exit]").click()
    assert v.page.evaluate("getComputedStyle(document.body).visibility") == "hidden"
    assert v.page.evaluate("document.title") == ""


def test_quick_exit_works_as_a_plain_link_without_javascript(visit, base_url):
    v = visit(java_script_enabled=False)
    v.page.goto(base_url + "/for-anhoriga/")
    v.page.locator("a[data-quick-exit]").click()
    v.page.wait_for_url("https://www.smhi.se/**")
    assert "Väder" in v.page.content()


def test_pages_read_without_javascript(visit, base_url):
    v = visit(java_script_enabled=False)
    v.page.goto(base_url + "/sa-gar-ett-avhopp-till/")
    assert v.page.locator("[data-process-map] details").count() >= 6
    v.page.locator("[data-process-map] summary").first.click()
    assert v.page.locator("[data-process-map] details").first.get_attribute("open") is not None


@pytest.mark.parametrize("start, link_lang, expected", [
    ("/vad-ar-en-avhoppare/", "en", "/en/vad-ar-en-avhoppare/"),
    ("/en/vad-ar-en-avhoppare/", "sv", "/vad-ar-en-avhoppare/"),
    ("/ungdom/", "en", "/en/"),
    ("/en/statliga-medel/", "ar", "/ar/"),
])
def test_language_switcher_goes_to_the_twin_or_the_start_page(visit, base_url, start, link_lang, expected):
    v = visit()
    v.page.goto(base_url + start, wait_until="networkidle")
    v.page.locator(".md-header button.md-header__button[aria-label]").filter(has=v.page.locator("svg")).last.hover()
    v.page.locator(f"a.md-select__link[hreflang='{link_lang}']").click()
    v.page.wait_for_load_state("load")
    assert v.page.url == base_url + expected
