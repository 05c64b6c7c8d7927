"""Readers find their way in Chromium: the start pages route at once on a phone, process maps show their step
numbers on screen and on paper, the youth menu opens on a phone, and a municipality is found by typing."""
from __future__ import annotations

import pathlib
import re

import pytest

PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1366, "height": 900}
ARTIFACTS = pathlib.Path(__file__).resolve().parents[1] / "artifacts"

START_PAGES = {
    "/": ("English", "العربية", "Soomaali", "فارسی"),
    "/en/": ("Svenska", "العربية", "Soomaali", "فارسی"),
    "/ar/": ("Svenska", "English", "Soomaali", "فارسی"),
    "/so/": ("Svenska", "English", "العربية", "فارسی"),
    "/fa/": ("Svenska", "English", "العربية", "Soomaali"),
    "/ungdom/": ("English", "العربية", "Soomaali", "فارسی"),
}


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"wayfinding-{name}.png"))


def in_first_screen(page, locator) -> bool:
    """Visible, and wholly between the top of the page and the bottom of the first screen."""
    if not locator.is_visible():
        return False
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"]


@pytest.mark.parametrize("path", sorted(START_PAGES))
def test_start_page_routes_every_reader_from_the_first_phone_screen(visit, base_url, path):
    v = visit(viewport=PHONE)
    v.page.goto(base_url + path)
    shot(v.page, f"start-{path.strip('/') or 'sv'}-360")
    routes = v.page.locator(".start-routes a")
    assert routes.count() == 5
    for i in range(5):
        assert in_first_screen(v.page, routes.nth(i)), (path, routes.nth(i).inner_text())
    call = v.page.locator('a[href="tel:11414"]').first
    assert in_first_screen(v.page, call) and re.sub(r"\s", "", call.inner_text()) == "11414"
    hours = v.page.locator(".start-contact").inner_text()
    assert re.search(r"måndag|Monday|الإثنين|الاثنين|Isniin|دوشنبه", hours), hours  # office hours, as polisen.se gives them
    assert in_first_screen(v.page, v.page.locator('[data-emergency-line] a[href="tel:112"]'))
    for word in START_PAGES[path]:
        link = v.page.locator(".start-languages a", has_text=word)
        assert in_first_screen(v.page, link), (path, word)


def numbers_seen(page) -> list[str]:
    """The text a sighted reader sees at the centre of each step number (what is on top there)."""
    return page.evaluate("""() => [...document.querySelectorAll('.process-map__steps .process-map__number')].map(n => {
        n.scrollIntoView({block: 'center'});
        const r = n.getBoundingClientRect();
        if (r.width < 10 || r.height < 10) return '';
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit && n.contains(hit) ? n.innerText.replace(/\\s+/g, ' ').trim() : '';
    })""")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_process_map_step_numbers_are_visible_and_match_the_page_text(visit, base_url, viewport):
    v = visit(viewport=viewport)
    v.page.goto(base_url + "/sa-gar-ett-avhopp-till/")
    seen = numbers_seen(v.page)
    assert seen and all(seen), seen
    numbers = [int(re.search(r"\d+", s).group()) for s in seen]
    assert numbers == list(range(1, len(numbers) + 1))
    headings = v.page.locator("article h2").all_inner_texts()
    text_steps = [int(m.group(1)) for h in headings if (m := re.match(r"Steg (\d+)", h))]
    assert text_steps == numbers, (text_steps, numbers)
    kickers = v.page.locator(".process-map__kicker").all_inner_texts()
    assert kickers
    for k in kickers:
        m = re.match(r"Från steg (\d+): (.+)", k)
        assert m and int(m.group(1)) in numbers, k


def test_printing_shows_every_step_with_its_number(visit, base_url):
    v = visit(viewport=DESKTOP)
    v.page.goto(base_url + "/sa-gar-ett-avhopp-till/")
    v.page.emulate_media(media="print")
    bodies = v.page.locator(".process-map__body")
    assert bodies.count() >= 10
    for i in range(bodies.count()):
        body = bodies.nth(i)
        assert body.is_visible(), i
        assert body.bounding_box()["height"] > 20, i
    seen = numbers_seen(v.page)
    assert seen and all(seen), seen


def test_youth_menu_on_a_phone_lists_the_youth_pages(visit, base_url):
    v = visit(viewport=PHONE)
    v.page.goto(base_url + "/ungdom/")
    v.page.locator("label.md-header__button[for='__drawer']").click()
    drawer = v.page.locator(".md-sidebar--primary .md-nav--primary")
    link = drawer.locator("a", has_text="Vad händer om jag berättar?")
    link.wait_for(state="visible")
    shot(v.page, "ungdom-menu-360")
    labels = [t.strip() for t in drawer.locator("a.md-nav__link").all_inner_texts() if t.strip()]
    assert "Hitta hjälp där du bor" in labels and len(labels) >= 10, labels
    link.click()
    assert v.page.url.endswith("/ungdom/om-jag-berattar/")


def visible_municipalities(page) -> list[str]:
    return [li.get_attribute("data-municipality") for li in page.locator("li[data-municipality]").all() if li.is_visible()]


def test_a_municipality_is_found_by_typing_on_the_county_page(visit, base_url):
    v = visit(viewport=PHONE)
    v.page.goto(base_url + "/kontakter/skane/")
    assert len(visible_municipalities(v.page)) == 33
    field = v.page.get_by_label("Skriv namnet på din kommun")
    field.fill("malm")
    assert visible_municipalities(v.page) == ["Malmö"]
    assert "1 kommuner visas" in v.page.locator(".municipality-filter [role=status]").inner_text()
    v.page.locator("li[data-municipality='Malmö']").scroll_into_view_if_needed()
    shot(v.page, "skane-filter-360")
    assert v.page.locator('[data-first-steps] a[href="tel:11414"]').is_visible()
    field.fill("")
    assert len(visible_municipalities(v.page)) == 33


def test_the_youth_link_to_all_municipalities_lets_you_find_yours(visit, base_url):
    v = visit(viewport=PHONE)
    v.page.goto(base_url + "/ungdom/hitta-hjalp/")
    v.page.get_by_role("link", name="Sök på din kommun").click()
    v.page.get_by_label("Skriv namnet på din kommun").fill("Göteborg")
    assert visible_municipalities(v.page) == ["Göteborg"]
    v.page.locator("li[data-municipality='Göteborg'] a").click()
    assert v.page.url.endswith("/kontakter/vastra-gotaland/")


def test_without_javascript_the_county_page_is_a_plain_list(visit, base_url):
    v = visit(viewport=PHONE, java_script_enabled=False)
    v.page.goto(base_url + "/kontakter/skane/")
    assert len(visible_municipalities(v.page)) == 33
    assert not v.page.locator("[data-municipality-filter]").is_visible()
