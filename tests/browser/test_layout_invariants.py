"""Layout invariants on every built page of every part (sv, en, ar, ungdom), on a phone and a desktop.

One pass per viewport visits each page once and measures everything; the tests below then read that survey,
so a failure names each page and what a reader meets there: sideways scrolling, a control hidden under the
safety bar, a target too small to tap, search text too faint to read, an axe-core violation.
axe-core runs on every page at the phone size (where layouts break) and on a sample at the desktop size:
it is the slow part (1–3 s a page), and tests/browser/test_accessibility.py covers more desktop pages.
"""
from __future__ import annotations

import pathlib

import pytest

from tests.browser.conftest import Visit
from tests.browser.screenshots import save

CHECKS = (pathlib.Path(__file__).with_name("page_checks.js")).read_text(encoding="utf-8")
VIEWPORTS = {
    "phone": {"viewport": {"width": 360, "height": 780}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}
# 200 % browser zoom on a 1366×900 screen: half as many CSS pixels, each drawn twice as large.
ZOOM_200 = {"viewport": {"width": 683, "height": 450}, "device_scale_factor": 2}
PARTS = {"sv": "/", "en": "/en/", "ar": "/ar/", "ungdom": "/ungdom/"}
SEARCH_WORDS = {"sv": "stöd", "en": "support", "ar": "الشرطة", "ungdom": "hjälp"}
MIN_CONTRAST = 4.5


def part_of(path: str) -> str:
    first = path.strip("/").split("/")[0]
    return first if first in ("en", "ar", "ungdom") else "sv"


def built_pages(site_dir: pathlib.Path) -> list[str]:
    pages = []
    for p in site_dir.rglob("index.html"):
        rel = p.parent.relative_to(site_dir).as_posix()
        if not rel.startswith("assets"):
            pages.append("/" if rel == "." else f"/{rel}/")
    return sorted(pages)


def open_search_and_type(page, word: str) -> dict:
    """Open search as a reader does (the field on wide screens, the icon on phones), then type a word."""
    field = page.locator("input[data-md-component='search-query']")
    found = {}
    icon = page.locator("label.md-header__button[for='__search']")
    if icon.is_visible():  # phones and high zoom: the search icon in the header opens the search panel
        icon.click()
    field.focus()
    # The theme fades the placeholder's colour in on focus (0.25 s); a reader reads it once the fade is over:
    # wait until two looks 150 ms apart see the same colours.
    page.wait_for_function("""() => {
        const el = document.querySelector("input[data-md-component='search-query']");
        const now = getComputedStyle(el, '::placeholder').color + getComputedStyle(el).backgroundColor;
        const same = window.__placeholderSeen === now;
        window.__placeholderSeen = now;
        return same;
    }""", polling=150, timeout=5000)
    found["placeholder"] = page.evaluate("__pageChecks.contrast(\"input[data-md-component='search-query']\", '::placeholder')")
    page.keyboard.type(word)
    # Playwright types non-Latin letters as inserted text, without the keyup Material listens for.
    field.dispatch_event("keyup")
    found["field"] = page.evaluate("__pageChecks.reachable(\"input[data-md-component='search-query']\")")
    found["text"] = page.evaluate("__pageChecks.contrast(\"input[data-md-component='search-query']\")")
    try:
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=8000)
    except Exception:
        found["first_result"] = {"ok": False, "why": f"no result for {word!r}"}
        return found
    found["first_result"] = page.evaluate("__pageChecks.reachable('.md-search-result__item')")
    found["results"] = page.evaluate("__pageChecks.resultContrast()")
    return found


AXE_SAMPLE_DESKTOP = {"/", "/en/", "/ar/", "/ungdom/", "/sa-gar-ett-avhopp-till/", "/kontakter/skane/",
                      "/storstaderna/", "/en/storstaderna/", "/ar/for-anhoriga/", "/ungdom/hitta-hjalp/"}


def survey_page(v: Visit, url: str, part: str, with_search: bool, with_axe: bool = True) -> dict:
    page = v.page
    page.goto(url, wait_until="domcontentloaded")
    page.evaluate(CHECKS)
    found = {
        "overflow": page.evaluate("__pageChecks.overflow()"),
        "small": page.evaluate("__pageChecks.smallTargets()"),
        "focus": page.evaluate("__pageChecks.focusClashes()"),
        "axe": v.axe() if with_axe else [],
    }
    if with_search:
        found["search"] = open_search_and_type(page, SEARCH_WORDS[part])
    return found


@pytest.fixture(scope="module", params=sorted(VIEWPORTS))
def survey(request, browser, base_url, site_dir):
    """Every built page measured once at one viewport: {path: measurements}."""
    name = request.param
    v = Visit(browser, **VIEWPORTS[name])
    results = {}
    try:
        for path in built_pages(site_dir):
            part = part_of(path)
            with_axe = name == "phone" or path in AXE_SAMPLE_DESKTOP
            results[path] = survey_page(v, base_url + path, part, with_search=False, with_axe=with_axe)
        # Search on each part's start page, and a screenshot of it for people to look at.
        for part, path in PARTS.items():
            v.page.goto(base_url + path)
            save(v.page, f"start-{part}-{name}")
            v.page.evaluate(CHECKS)
            results[path]["search"] = open_search_and_type(v.page, SEARCH_WORDS[part])
            save(v.page, f"search-{part}-{name}")
    finally:
        v.close()
    return {"viewport": name, "pages": results}


def test_every_part_is_surveyed(survey):
    parts = {part_of(p) for p in survey["pages"]}
    assert parts == set(PARTS), parts
    assert len(survey["pages"]) > 40


def test_no_page_scrolls_sideways(survey):
    wide = {p: m["overflow"] for p, m in survey["pages"].items() if m["overflow"] > 0}
    assert wide == {}, f"{survey['viewport']}: pages wider than the screen (extra px)"


def test_safety_bar_never_covers_the_focused_element(survey):
    hidden = {p: m["focus"] for p, m in survey["pages"].items() if m["focus"]}
    assert hidden == {}, f"{survey['viewport']}: focused controls that overlap the safety bar"


def test_tap_targets_are_at_least_24_px(survey):
    small = {p: m["small"] for p, m in survey["pages"].items() if m["small"]}
    assert small == {}, f"{survey['viewport']}: controls smaller than 24×24 px"


def test_no_axe_violations(survey):
    found = {p: m["axe"] for p, m in survey["pages"].items() if m["axe"]}
    assert found == {}, f"{survey['viewport']}: axe-core violations"


def test_search_field_and_first_result_are_not_under_the_safety_bar(survey):
    bad = {}
    for path in PARTS.values():
        s = survey["pages"][path]["search"]
        for what in ("field", "first_result"):
            if not s[what]["ok"]:
                bad[f"{path} {what}"] = s[what]["why"]
    assert bad == {}, survey["viewport"]


def test_search_text_placeholder_and_results_are_readable(survey):
    faint = {}
    for path in PARTS.values():
        s = survey["pages"][path]["search"]
        for what in ("text", "placeholder"):
            if s[what] is None or s[what] < MIN_CONTRAST:
                faint[f"{path} {what}"] = s[what]
        if "results" in s and s["results"]["ratio"] < MIN_CONTRAST:
            faint[f"{path} results"] = s["results"]
    assert faint == {}, f"{survey['viewport']}: contrast below {MIN_CONTRAST}:1"


ZOOM_SAMPLE = ["/", "/en/", "/ar/", "/ungdom/", "/sa-gar-ett-avhopp-till/", "/kontakter/", "/kontakter/skane/",
               "/ar/for-anhoriga/", "/ungdom/hitta-hjalp/", "/storstaderna/"]


def test_200_percent_zoom_sample(browser, base_url):
    v = Visit(browser, **ZOOM_200)
    problems = {}
    try:
        for path in ZOOM_SAMPLE:
            m = survey_page(v, base_url + path, part_of(path), with_search=path in PARTS.values())
            if m["overflow"] > 0:
                problems[f"{path} overflow"] = m["overflow"]
            if m["focus"]:
                problems[f"{path} focus"] = m["focus"]
            if m["axe"]:
                problems[f"{path} axe"] = m["axe"]
            for what in ("field", "first_result"):
                if "search" in m and not m["search"][what]["ok"]:
                    problems[f"{path} search {what}"] = m["search"][what]["why"]
            if path == "/ungdom/":
                save(v.page, "zoom200-ungdom-search")
    finally:
        v.close()
    assert problems == {}
