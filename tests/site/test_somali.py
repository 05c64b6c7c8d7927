"""The Somali part: a Somali reader gets Somali pages, left to right, told plainly that no translator has checked them yet,
with the emergency number, the police number and the quick exit in their own language."""
import pathlib

import yaml

from tests.site.html_pages import Page

ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGES = sorted(p.relative_to(ROOT / "docs" / "so").as_posix() for p in (ROOT / "docs" / "so").rglob("*.md"))


def labels():
    return yaml.safe_load((ROOT / "data" / "ui.yaml").read_text(encoding="utf-8"))["so"]


def built(site_dir, rel: str) -> Page:
    url = rel[:-len("index.md")] if rel.endswith("index.md") else rel[:-3] + "/"
    return Page((site_dir / "so" / url / "index.html").read_text(encoding="utf-8"))


def test_every_somali_page_is_built_in_somali_left_to_right(site_dir):
    assert len(PAGES) >= 10
    for rel in PAGES:
        html = built(site_dir, rel).find("html")[0]
        assert html.get("lang") == "so", rel
        assert html.get("dir", "ltr") == "ltr", rel


def test_every_somali_page_says_no_translator_has_checked_it_and_leads_to_the_swedish_page(site_dir):
    notice = labels()["translation_notice"]
    assert "turjubaan" in notice  # the notice names the translator who has not yet checked the text
    for rel in PAGES:
        page = built(site_dir, rel)
        text = page.text_within("data-translation-notice")
        assert notice in text, rel
        link = " ".join(data for stack, data in page.texts
                        if any("data-translation-notice" in a for _, a in stack)
                        and any(t == "a" and a.get("hreflang") == "sv" for t, a in stack))
        assert link.strip() == labels()["translation_link"], rel


def test_a_somali_reader_finds_112_and_the_quick_exit_in_somali_on_every_page(site_dir):
    ui = labels()
    for rel in PAGES:
        page = built(site_dir, rel)
        assert page.find("a", href="tel:112"), rel
        assert ui["quick_exit"] in page.text_within("data-quick-exit"), rel


def test_the_somali_start_page_gives_the_police_number_to_call(site_dir):
    page = built(site_dir, "index.md")
    calls = " ".join(data for stack, data in page.texts if any(t == "a" and a.get("href") == "tel:11414" for t, a in stack))
    assert "114 14" in calls


def test_the_theme_speaks_somali_next_and_previous_links(site_dir):
    page = built(site_dir, "tolk.md")
    nxt = page.find("a", class_="md-footer__link--next")
    assert nxt and nxt[0]["aria-label"].startswith("Xiga:")
