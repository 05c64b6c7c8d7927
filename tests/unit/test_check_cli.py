"""`make check` and `make review-report` on copies of the repository: messages in Swedish with file and line."""
import datetime as dt
import pathlib
import subprocess
import sys

import pytest

from sitebuild import check, codeowners, review_report

ROOT = pathlib.Path(__file__).resolve().parents[2]





def run_check(root):
    return subprocess.run([sys.executable, "-m", "sitebuild.check", str(root)], capture_output=True, text=True, cwd=ROOT)


def test_the_repository_passes_make_check():
    result = run_check(ROOT)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "inga fel" in result.stdout


def test_breaking_front_matter_fails_naming_the_file_and_restoring_passes(repo):
    page = repo / "docs" / "sv" / "for-anhoriga.md"
    original = page.read_text(encoding="utf-8")
    page.write_text(original.replace("owner:", "agare:", 1), encoding="utf-8")
    broken = run_check(repo)
    assert broken.returncode == 1
    assert any(line.startswith("docs/sv/for-anhoriga.md:") and "fältet `owner` saknas" in line
               for line in broken.stdout.splitlines()), broken.stdout
    page.write_text(original, encoding="utf-8")
    assert run_check(repo).returncode == 0


def problems_for(repo, rel):
    return [p for p in check.run(str(repo)) if p.path == f"docs/{rel}"]


def write_page(repo, rel, body, **fm):
    meta = {"title": "Prov", "description": "Prov.", "audience": "[avhoppare]", "owner": "polisen",
            "reviewed": "2026-11-25", "review_by": "2027-11-25"}
    meta.update(fm)
    lines = ["---"] + [f"{k}: {v}" for k, v in meta.items()] + [
        "sources:", "  - report: polisen.se", '    title: "Polisens sidor om avhoppare (polisen.se/avhoppare)"',
        '    section: "Vill du hoppa av?"', "---"]
    (repo / "docs" / rel).write_text("\n".join(lines) + "\n" + body, encoding="utf-8")
    return len(lines) + 1  # first body line


def test_broken_internal_link_names_its_line(repo):
    first = write_page(repo, "sv/prov.md", "Text.\n\nLäs [mer](finns-inte.md).\n")
    (p,) = [p for p in problems_for(repo, "sv/prov.md") if "länken" in p.what]
    assert p.line == first + 2 and "`finns-inte.md` leder till en sida som inte finns" in p.what


def test_missing_anchor_is_reported(repo):
    first = write_page(repo, "sv/prov.md", "Se [rubriken](for-anhoriga.md#finns-inte-heller).\n")
    (p,) = [p for p in problems_for(repo, "sv/prov.md") if "ankaret" in p.what]
    assert p.line == first and "#finns-inte-heller" in p.what


def test_forbidden_html_is_reported(repo):
    first = write_page(repo, "sv/prov.md", "Text.\n<script>alert(1)</script>\n")
    (p,) = [p for p in problems_for(repo, "sv/prov.md") if "förbjuden" in p.what]
    assert p.line == first + 1 and p.severity == "fel"


def test_unknown_abbreviation_is_a_warning(repo):
    first = write_page(repo, "sv/prov.md", "Myndigheten QZX hjälper till.\n")
    (p,) = [p for p in problems_for(repo, "sv/prov.md") if "ordlistan" in p.what]
    assert p.severity == "varning" and p.line == first and "QZX" in p.what


def test_hard_youth_page_fails_on_readability(repo):
    body = ("Socialtjänstens myndighetsutövning förutsätter individuella behovsbedömningar, "
            "strukturerade riskbedömningar och myndighetsgemensamma samverkansöverenskommelser.\n") * 3
    write_page(repo, "ungdom/prov.md", body, audience="[unga]")
    (p,) = [p for p in problems_for(repo, "ungdom/prov.md") if "för svår" in p.what]
    assert p.severity == "fel" and "LIX" in p.what


def test_translation_behind_its_source_is_a_warning(repo):
    block = "translation:\n  source: sv/for-anhoriga.md\n  source_reviewed: 2020-01-01\n  status: unreviewed"
    write_page(repo, "en/prov.md", "Text.\n", review_by=f"2027-11-25\n{block}")
    found = [p for p in problems_for(repo, "en/prov.md") if "ligger efter" in p.what]
    assert found and found[0].severity == "varning"
    assert "sv/for-anhoriga.md" in found[0].what


def test_review_report_lists_a_page_past_its_date_and_omits_one_that_is_not(repo):
    write_page(repo, "sv/gammal.md", "Text.\n", review_by="2026-01-01", reviewed="2025-01-01")
    write_page(repo, "sv/ny.md", "Text.\n", review_by="2028-01-01")
    rows = review_report.collect(str(repo), dt.date(2026, 11, 25))
    whats = [r["what"] for r in rows]
    assert "docs/sv/gammal.md" in whats
    assert "docs/sv/ny.md" not in whats
    md = review_report.markdown(rows, {"polisen": {"sv": "Polismyndigheten"}}, dt.date(2026, 11, 25), "sv")
    assert "## Polismyndigheten" in md and "| docs/sv/gammal.md | 2026-01-01 | försenad |" in md


def test_codeowners_matches_the_pages_owners():
    expected = codeowners.render(str(ROOT))
    actual = (ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    assert actual == expected, "run `python -m sitebuild.codeowners` after changing a page's owner"
