"""What a young reader and a relative get from the answer pages: the four questions answered, safety caveats,
office hours, sources at the claim; Arabic pages a relative needs; social services' first steps."""
import re

import pytest

from tests.site.html_pages import Page

QUESTIONS = {
    "far-mina-foraldrar-veta": "Får mina föräldrar veta?",
    "kan-jag-vara-anonym": "Kan jag vara anonym?",
    "om-jag-har-gjort-brott": "Vad händer om jag berättar för polisen om brott jag har gjort?",
    "om-jag-inte-far-vara-med": "Vad händer om jag inte får vara med?",
}
# Suggesting a family member as someone to talk to: a line naming a parent or relative as a person to turn to.
FAMILY_SUGGESTION = re.compile(r"(vuxen i familjen|en förälder|en släkting|förälder eller släkting)", re.I)


def article(site_dir, rel) -> str:
    p = Page((site_dir / rel).read_text(encoding="utf-8"))
    return p, p.blocks_within("article", "md-content__inner", exclude=("data-page-meta",))


def youth_pages(site_dir):
    return sorted((site_dir / "ungdom").rglob("index.html"))


@pytest.mark.parametrize("slug", QUESTIONS)
def test_each_question_has_its_own_youth_page_headed_by_the_question(site_dir, slug):
    p, blocks = article(site_dir, f"ungdom/{slug}/index.html")
    assert QUESTIONS[slug] in blocks[0], blocks[:2]
    text = " ".join(blocks)
    assert "112" in text and "114 14" in text
    assert p.find("div", class_="footnote"), "the page's claims carry no footnotes"


def test_parents_page_says_parents_are_normally_included_and_what_to_do_if_home_is_unsafe(site_dir):
    _, blocks = article(site_dir, "ungdom/far-mina-foraldrar-veta/index.html")
    text = " ".join(blocks)
    assert "oftast veta" in text
    assert "rädd för någon" in text and "om det känns tryggt" in text


def test_every_suggestion_to_talk_to_family_carries_the_safety_caveat(site_dir):
    offenders = []
    for path in youth_pages(site_dir):
        _, blocks = article(site_dir, path.relative_to(site_dir))
        for b in blocks:
            if FAMILY_SUGGESTION.search(b) and "om det känns tryggt" not in b:
                offenders.append((path.parent.name, b))
    assert not offenders, offenders


def test_youth_pages_that_give_the_police_number_also_give_office_hours_and_112_for_nights(site_dir):
    missing = []
    for path in youth_pages(site_dir):
        _, blocks = article(site_dir, path.relative_to(site_dir))
        text = " ".join(blocks)
        if "114 14" in text and not ("måndag till fredag" in text and re.search(r"natt.{0,40}112|112.{0,40}natt", text)):
            missing.append(path.parent.name)
    assert not missing, missing


def test_youth_pages_say_under_18s_can_get_a_threat_assessment(site_dir):
    _, blocks = article(site_dir, "ungdom/ar-jag-i-fara/index.html")
    assert "april 2023" in " ".join(blocks)


@pytest.mark.parametrize("slug", ["tolk", "frivillig-atervandring", "heder-och-extremism", "flickor-och-kvinnor"])
def test_arabic_pages_a_relative_needs_exist_right_to_left_and_marked_unreviewed(site_dir, slug):
    raw = (site_dir / "ar" / slug / "index.html").read_text(encoding="utf-8")
    p = Page(raw)
    assert p.find("html", dir="rtl")
    assert p.find(data_translation_notice=True)
    text = " ".join(p.blocks_within("article", "md-content__inner", exclude=("data-page-meta", "data-translation-notice")))
    assert len(re.findall(r"[\u0600-\u06FF]", text)) > 300, "the page is not written in Arabic"
    assert "114 14" in text and "112" in text


def test_interpreter_page_cites_the_administrative_procedure_act_in_every_language(site_dir):
    for rel in ("tolk/index.html", "en/tolk/index.html", "ar/tolk/index.html"):
        p = Page((site_dir / rel).read_text(encoding="utf-8"))
        notes = p.text_within("class", "footnote")
        assert "2017:900" in notes and "13" in notes, rel


def test_no_arabic_page_calls_the_reader_a_political_defector(site_dir):
    hits = [str(p.relative_to(site_dir)) for p in (site_dir / "ar").rglob("index.html")
            if "منشق" in p.read_text(encoding="utf-8")]
    assert not hits, hits


@pytest.mark.parametrize("rel,heading", [("for-socialtjansten/index.html", "Gör så här först"),
                                          ("en/for-socialtjansten/index.html", "Do this first")])
def test_social_services_page_opens_with_first_steps_each_with_a_source(site_dir, rel, heading):
    p = Page((site_dir / rel).read_text(encoding="utf-8"))
    h2s = [data for stack, data in p.texts if stack and stack[-1][0] == "h2"
           and any("md-content__inner" in a.get("class", "") for _, a in stack)]
    assert h2s and h2s[0].strip() == heading, h2s[:3]
    raw = (site_dir / rel).read_text(encoding="utf-8")
    first_list = raw.split(heading, 1)[1].split("</ol>", 1)[0]
    items = first_list.split("<li>")[1:]
    assert len(items) >= 5
    assert sum('class="footnote-ref"' in i for i in items) >= len(items) - 1, "first steps without a source"
