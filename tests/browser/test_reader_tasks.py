"""Reader tasks in Chromium, each on a phone and a desktop, asserting what the person gets.

A young person finds who to contact, reads, leaves and cannot come Back; a relative reads the Arabic pages
without sideways scrolling and is told when a link leads to a Swedish page; a social worker reaches the
process map and the Skåne county page in three clicks; a searcher types Swedish with capitals and åäö
and reads the results without quick exit firing. Each task leaves screenshots in tests/artifacts/.
"""
from __future__ import annotations

import pathlib
import re
from urllib.parse import urljoin, urlparse

import pytest

from tests.browser.conftest import EXIT_HOST
from tests.browser.screenshots import save

CHECKS = (pathlib.Path(__file__).with_name("page_checks.js")).read_text(encoding="utf-8")
DEVICES = {
    "phone": {"viewport": {"width": 360, "height": 780}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}
ELSEWHERE = "http://annan-sida.test/"


def device(visit, name):
    v = visit(**DEVICES[name])
    v.phone = name == "phone"
    return v


def press(v, locator):
    """Tap on a phone, click on a desktop."""
    if v.phone:
        locator.tap()
    else:
        locator.click()


def arrive_from_elsewhere(v, target_url):
    """Start the visit on another site, so Back has somewhere to go, and follow its link here."""
    page_there = f'<!doctype html><html lang=sv><title>Annan sida</title><h1>Annan sida</h1><a href="{target_url}">Till stödet</a></html>'
    v.context.route(ELSEWHERE + "**", lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=page_there))
    v.page.goto(ELSEWHERE)
    press(v, v.page.get_by_role("link", name="Till stödet"))
    v.page.wait_for_url(target_url)


def main_text(page) -> str:
    return re.sub(r"\s+", " ", page.locator("article").inner_text())


def article_links(page, base_url, path_prefix):
    """Visible links in the page's text to other pages under path_prefix on this site."""
    found = []
    for a in page.locator("article a[href]").all():
        href = a.get_attribute("href") or ""
        url = urljoin(page.url, href)
        if not url.startswith(base_url + path_prefix) or "#" in href or url.split("#")[0] == page.url.split("#")[0]:
            continue
        if a.is_visible():
            found.append((a, url))
    return found


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


# --- A young person --------------------------------------------------------------------------------

@pytest.mark.parametrize("leave_by", ["tap", "shift"])
@pytest.mark.parametrize("name", sorted(DEVICES))
def test_young_person_finds_who_to_contact_reads_leaves_and_back_shows_nothing_of_the_site(visit, base_url, name, leave_by):
    v = device(visit, name)
    page = v.page
    arrive_from_elsewhere(v, base_url + "/ungdom/")

    # Who to contact: 112 on screen at once, the police's 114 14 and social services in the text.
    assert page.locator("a[href='tel:112']").first.is_visible()
    text = main_text(page)
    assert "114 14" in text and "socialtjänsten" in text.lower(), text[:400]

    # Read three pages by clicking links in the text.
    read = [page.url]
    for _ in range(3):
        links = [(a, url) for a, url in article_links(page, base_url, "/ungdom/") if url not in read]
        assert links, f"no link to another youth page on {page.url}"
        a, url = links[0]
        press(v, a)
        page.wait_for_url(url)
        read.append(page.url)
        assert overflow(page) <= 0, page.url
    save(page, f"task-young-read-{name}-{leave_by}")

    if leave_by == "tap":
        press(v, page.locator("a[data-quick-exit]"))
    else:
        page.locator("body").focus()
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(f"https://{EXIT_HOST}/**")

    page.go_back()
    page.wait_for_load_state()
    save(page, f"task-young-back-{name}-{leave_by}")
    assert urlparse(page.url).netloc == urlparse(ELSEWHERE).netloc, f"Back showed {page.url} after reading {read}"
    assert page.locator("h1").inner_text() == "Annan sida"


@pytest.mark.parametrize("language", ["فارسی", "Soomaali", "العربية"])
def test_reader_who_picks_a_language_on_the_start_page_then_leaves_finds_nothing_of_the_site_in_back(visit, base_url, language):
    """Material takes clicks on links into another language and adds a history entry once it has read the
    languages' sitemaps; the start page must not stay in Back behind a quick exit."""
    v = device(visit, "phone")
    page = v.page
    arrive_from_elsewhere(v, base_url + "/")
    page.wait_for_load_state("networkidle")  # the theme has read the other languages' sitemaps
    press(v, page.locator(".start-languages a", has_text=language))
    page.wait_for_url(lambda url: url != base_url + "/")
    press(v, page.locator("a[data-quick-exit]"))
    page.wait_for_url(f"https://{EXIT_HOST}/**")
    page.go_back()
    page.wait_for_load_state()
    assert urlparse(page.url).netloc == urlparse(ELSEWHERE).netloc, f"Back showed {page.url}"


# --- A relative who reads Arabic --------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(DEVICES))
def test_relative_reads_arabic_pages_without_sideways_scrolling(visit, base_url, name):
    v = device(visit, name)
    page = v.page
    page.goto(base_url + "/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    wide = {}
    visited = [page.url]
    for _ in range(3):
        wide[page.url] = overflow(page)
        links = [(a, url) for a, url in article_links(page, base_url, "/ar/") if url not in visited]
        if not links:
            break
        a, url = links[0]
        press(v, a)
        page.wait_for_url(url)
        visited.append(page.url)
    wide[page.url] = overflow(page)
    save(page, f"task-relative-{name}")
    assert len(visited) >= 3, visited
    assert {u: px for u, px in wide.items() if px > 0} == {}, "Arabic pages wider than the screen"


@pytest.mark.parametrize("name", sorted(DEVICES))
def test_relative_finds_114_14_as_a_phone_link(visit, base_url, name):
    v = device(visit, name)
    page = v.page
    page.goto(base_url + "/ar/")
    numbers = [re.sub(r"\D", "", h or "") for h in page.locator("article a[href^='tel:']").evaluate_all("els => els.map(e => e.getAttribute('href'))")]
    assert "11414" in numbers


def test_relative_is_told_when_a_link_leads_to_a_swedish_page(visit, base_url, site_dir):
    v = device(visit, "phone")
    page = v.page
    silent = []
    for path in sorted(p.parent.relative_to(site_dir).as_posix() for p in (site_dir / "ar").rglob("index.html")):
        page.goto(f"{base_url}/{path}/")
        page.evaluate("document.querySelectorAll('article details').forEach(d => d.open = true)")
        for a in page.locator("article a[href]").all():
            href = a.get_attribute("href") or ""
            url = urljoin(page.url, href)
            if not url.startswith(base_url) or url.startswith(base_url + "/ar/") or href.startswith("#"):
                continue
            if a.get_attribute("hreflang") and a.get_attribute("lang"):
                continue  # a language choice ("Svenska", "English") names its language in that language
            # The link's own words, or the words right after it: "[Hitta hjälp där du bor](…) (باللغة السويدية)".
            label = re.sub(r"\s+", " ", a.evaluate(
                "a => a.innerText + ' ' + (a.nextSibling ? a.nextSibling.textContent : '').slice(0, 40)")).strip()
            if "السويدية" not in label:
                silent.append(f"/{path}/: {label!r} -> {urlparse(url).path}")
    assert silent == [], "links to Swedish pages that do not say so"


# --- A social worker --------------------------------------------------------------------------------

def click_visible_link(v, pattern: str) -> None:
    """Click the first link the reader can see whose text matches; on a phone open the menu if needed."""
    page = v.page
    width = page.viewport_size["width"]
    for where in ("article a", ".md-nav a"):
        for a in page.locator(where).filter(has_text=re.compile(pattern, re.I)).all():
            box = a.bounding_box() if a.is_visible() else None
            if box and box["x"] >= 0 and box["x"] + box["width"] <= width:
                before = page.url
                press(v, a)
                page.wait_for_url(lambda url: url != before)
                page.wait_for_load_state()
                return
    raise AssertionError(f"no visible link matching {pattern!r} on {page.url}")


@pytest.mark.parametrize("name", sorted(DEVICES))
def test_social_worker_reaches_the_process_map_and_skane_in_three_clicks(visit, base_url, name):
    v = device(visit, name)
    page = v.page

    page.goto(base_url + "/")
    click_visible_link(v, r"socialtjänsten")
    assert page.locator("[data-process-map]").first.is_visible(), page.url
    assert "socialtjänst" in page.locator("h1").inner_text().lower()
    save(page, f"task-social-worker-process-map-{name}")

    page.goto(base_url + "/")
    clicks = 0
    for pattern in (r"hitta hjälp|kontakter", r"^\s*skåne"):
        click_visible_link(v, pattern)
        clicks += 1
    assert clicks <= 3
    assert "Skåne" in page.locator("h1").inner_text(), page.url
    assert "114 14" in main_text(page)
    save(page, f"task-social-worker-skane-{name}")


# --- A searcher -------------------------------------------------------------------------------------

def type_like_a_person(page, text: str) -> None:
    """Shift held for each capital, as on a real keyboard; å, ä and ö come as typed letters."""
    for ch in text:
        if ch.isupper() and ch.isascii():
            page.keyboard.down("Shift")
            page.keyboard.press(f"Key{ch}")
            page.keyboard.up("Shift")
        elif ch.isupper():
            page.keyboard.down("Shift")
            page.keyboard.insert_text(ch)
            page.keyboard.up("Shift")
        elif ch.isascii():
            page.keyboard.press("Space" if ch == " " else ch)
        else:
            page.keyboard.insert_text(ch)


# "boende för unga": the page for children and young people holds every word and comes first; the housing
# page (no "unga") follows. What the reader must see is that the first result is about what they typed.
@pytest.mark.parametrize("query, expected", [("Polisregion Syd Skåne", "skåne"), ("boende för unga", "unga")])
@pytest.mark.parametrize("name", sorted(DEVICES))
def test_searcher_types_swedish_and_reads_results_without_leaving(visit, base_url, name, query, expected):
    v = device(visit, name)
    page = v.page
    page.goto(base_url + "/")
    field = page.locator("input[data-md-component='search-query']")
    icon = page.locator("label.md-header__button[for='__search']")
    if icon.is_visible():  # phones: the search icon in the header opens the search panel
        press(v, icon)
    # On a phone the opened search puts the cursor in the field itself; on a desktop the reader clicks it.
    if not field.evaluate("el => el === document.activeElement"):
        press(v, field)
    type_like_a_person(page, query)
    assert page.url.startswith(base_url), f"quick exit fired while typing: {page.url}"
    field.dispatch_event("keyup")
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=8000)

    assert field.input_value() == query
    page.evaluate(CHECKS)
    first = page.evaluate("__pageChecks.reachable('.md-search-result__item')")
    assert first["ok"], first["why"]
    assert expected in page.locator(".md-search-result__item").first.inner_text().lower()
    save(page, f"task-searcher-{name}-{query.split()[0].lower()}")
