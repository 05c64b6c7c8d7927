"""The footnote rule: a paragraph, list item or table with a figure cites its source; editors are told where, in Swedish."""
import pathlib

from sitebuild import figures

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "figures"


def problems(name):
    path = FIXTURES / name
    return figures.check(f"docs/sv/{name}", path.read_text(encoding="utf-8"))


def test_phone_numbers_steps_statutes_code_and_cited_figures_pass():
    assert problems("good.md") == []


def test_each_uncited_figure_is_reported_with_file_and_line_in_swedish():
    found = problems("bad.md")
    lines = {p.line for p in found}
    # the paragraph (line 7), the list item with ages (line 10), the table (line 12), the admonition body (line 17)
    assert lines == {7, 10, 12, 17}, [str(p) for p in found]
    first = found[0]
    assert str(first).startswith("docs/sv/bad.md:7: stycket har en siffra")
    assert "fotnot" in first.fix and first.severity == "fel"


def test_a_footnote_reference_is_needed_not_just_a_definition():
    text = "---\ntitle: x\n---\n\nDet var 18 personer.\n\n[^a]: Källa.\n"
    assert [p.line for p in figures.check("docs/sv/x.md", text)] == [5]
    assert figures.check("docs/sv/x.md", text.replace("personer.", "personer.[^a]")) == []


def test_figure_in_returns_the_first_figure_or_nothing():
    assert figures.figure_in("Ring 112 eller 114 14.") is None
    assert figures.figure_in("Sedan 2022 får polisen 72,5 miljoner.") == "2022"
