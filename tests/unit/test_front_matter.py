import pathlib

import pytest

from sitebuild import front_matter
from sitebuild.front_matter import Registry

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "front_matter"
REGISTRY = Registry(
    owners={"polisen": {}, "socialstyrelsen": {}},
    reports={"Ju2021/03331": "Uppdrag att förstärka och utveckla arbetet med stöd till avhoppare i landet – Slutredovisning"},
)


def problems_of(name, **kw):
    return front_matter.check(f"docs/sv/{name}", (FIXTURES / name).read_text(encoding="utf-8"), REGISTRY, **kw)


def test_a_complete_page_has_no_problems():
    assert problems_of("good.md") == []


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
def test_each_mistake_names_file_line_and_fix_in_swedish(name, line, words):
    problems = problems_of(name)
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
