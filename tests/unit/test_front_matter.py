import pathlib

import pytest
from mkdocs.utils.meta import get_data

from sitebuild import front_matter
from sitebuild.front_matter import Registry

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "front_matter"
REGISTRY = Registry(
    owners={"polisen": {}, "socialstyrelsen": {}},
    reports={"Ju2021/03331": "Uppdrag att förstärka och utveckla arbetet med stöd till avhoppare i landet – Slutredovisning"},
    source_folder="sv",
)


def problems_of(name, as_mkdocs_read_it=False, **kw):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    if as_mkdocs_read_it:  # the build passes the front matter MkDocs parsed; lines must still be right
        kw["parsed"] = get_data(text)[1]
    return front_matter.check(f"docs/sv/{name}", text, REGISTRY, **kw)


def test_a_complete_page_has_no_problems():
    assert problems_of("good.md") == [] == problems_of("good.md", as_mkdocs_read_it=True)


@pytest.mark.parametrize("name, line, words", [
    ("missing_owner.md", 11, "fältet `owner` saknas"),
    ("unknown_audience.md", 4, "okänd målgrupp `journalister`"),
    ("unknown_owner.md", 5, "okänd ansvarig myndighet `skatteverket`"),
    ("review_before_reviewed.md", 11, "`review_by` ligger före `reviewed`"),
    ("unknown_report.md", 7, "okänd rapport `Ju1999/00001`"),
    ("wrong_title.md", 8, "titeln för Ju2021/03331 stämmer inte"),
    ("broken_yaml.md", 5, "YAML-filen går inte att läsa"),
    ("no_front_matter.md", 1, "sidan saknar front matter"),
])
@pytest.mark.parametrize("as_mkdocs_read_it", [False, True])
def test_each_mistake_names_file_line_and_fix_in_swedish(name, line, words, as_mkdocs_read_it):
    problems = problems_of(name, as_mkdocs_read_it)
    assert len(problems) >= 1
    first = problems[0]
    assert first.path == f"docs/sv/{name}"
    assert first.line == line
    assert words in first.what
    assert first.fix  # every message says what to do
    assert str(first).startswith(f"docs/sv/{name}:{line}: ")


def test_translation_needs_its_block():
    problems = problems_of("good.md", is_translation=True)
    assert [p.what for p in problems] == ["översatt sida saknar fältet `translation`"]


def test_translation_status_must_be_known():
    text = (FIXTURES / "good.md").read_text().replace(
        "---\nText.", "translation:\n  source: sv/x.md\n  source_reviewed: 2026-11-25\n  status: klar\n---\nText.")
    problems = front_matter.check("docs/en/x.md", text, REGISTRY, is_translation=True)
    assert [(p.line, p.what) for p in problems] == [(15, "okänd översättningsstatus `klar`")]


def test_front_matter_closed_with_dots_is_not_read_as_front_matter():
    # MkDocs accepts `...` as the end of front matter; our checks do not, so the fast path must not either.
    text = (FIXTURES / "good.md").read_text(encoding="utf-8").replace("---\nText.", "...\nText.")
    parsed = get_data(text)[1]
    assert parsed.get("title")
    problems = front_matter.check("docs/sv/x.md", text, REGISTRY, parsed=parsed)
    assert [p.what for p in problems] == ["sidan saknar front matter"]


def test_a_problem_found_through_mkdocs_reading_gets_the_line_of_our_own():
    text = (FIXTURES / "unknown_owner.md").read_text(encoding="utf-8")
    fast = front_matter.check("docs/sv/x.md", text, REGISTRY, parsed=get_data(text)[1])
    assert fast == front_matter.check("docs/sv/x.md", text, REGISTRY) and fast[0].line == 5
