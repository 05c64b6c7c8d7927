"""In the built site every 112 and 114 14 a reader sees can be tapped, and Arabic pages keep numbers left to right."""
import re

from tests.site.html_pages import url_of

PHONE = re.compile(r"(?<![\w:/.,\-–])(112|114[ \u00a0]14)(?![\w:/\-–]|[.,]\d)")
NOT_READ_AS_TEXT = {"script", "style", "title", "code", "pre", "textarea", "option"}


def test_every_phone_number_on_every_page_is_a_tel_link(all_pages, site_dir):
    missing = []
    for path, page in all_pages:
        for stack, data in page.texts:
            if any(tag in NOT_READ_AS_TEXT for tag, _ in stack):
                continue
            for m in PHONE.finditer(data):
                want = "tel:" + re.sub(r"\D", "", m.group(1))
                if not any(tag == "a" and a.get("href") == want for tag, a in stack):
                    missing.append((url_of(site_dir, path), m.group(1), data.strip()[:60]))
    assert missing == [], missing[:20]


def test_arabic_numbers_outside_links_are_isolated_left_to_right(all_pages, site_dir):
    loose = []
    for path, page in all_pages:
        if not url_of(site_dir, path).startswith("/ar/"):
            continue
        for stack, data in page.texts:
            if any(tag in NOT_READ_AS_TEXT | {"a", "bdi", "svg"} for tag, _ in stack):
                continue
            if re.search(r"\d", data):
                loose.append((url_of(site_dir, path), data.strip()[:60]))
    assert loose == [], loose[:20]


def test_no_page_shows_a_character_reference_as_text(all_pages, site_dir):
    # page.texts holds decoded text: a visible "&#160;" means the build broke an entity apart.
    shown = [(url_of(site_dir, path), data.strip()[:60]) for path, page in all_pages for stack, data in page.texts
             if not any(tag in NOT_READ_AS_TEXT for tag, _ in stack) and re.search(r"&#|&[A-Za-z]\w*;", data)]
    assert shown == [], shown[:20]
