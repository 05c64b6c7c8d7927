"""Bad input stops the real build with a Swedish message naming file and line; nothing is published."""
import subprocess
import sys

import pytest

from tests.conftest import ROOT, build_site





def break_and_build(repo, rel, old, new):
    page = repo / rel
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")
    return build_site(repo / "site", config=repo / "mkdocs.yml", cwd=repo)


def test_script_in_markdown_fails_the_build(repo_copy):
    result = break_and_build(repo_copy, "docs/sv/for-anhoriga.md", "\n## ", "\n<script>alert(1)</script>\n\n## ")
    assert result.returncode != 0
    assert "docs/sv/for-anhoriga.md:" in result.stderr + result.stdout
    assert "förbjuden HTML-tagg <script>" in result.stderr + result.stdout
    assert not (repo_copy / "site" / "for-anhoriga" / "index.html").exists()


def test_missing_front_matter_field_fails_the_build(repo_copy):
    result = break_and_build(repo_copy, "docs/sv/statliga-medel.md", "owner: polisen\n", "")
    out = result.stderr + result.stdout
    assert result.returncode != 0
    assert "docs/sv/statliga-medel.md:" in out and "fältet `owner` saknas" in out


def test_broken_regions_yaml_fails_the_build_with_its_line(repo_copy):
    result = break_and_build(repo_copy, "data/regions.yaml", "police_region: nord\n", "police_region: norr\n")
    out = result.stderr + result.stdout
    assert result.returncode != 0
    assert "data/regions.yaml:" in out and "okänd polisregion `norr`" in out


def test_script_in_county_text_is_shown_as_text(repo_copy, tmp_path):
    data = repo_copy / "data" / "regions.yaml"
    text = data.read_text(encoding="utf-8")
    first = text.index("      sv: \"", text.index("board_work:"))
    end = text.index("\n", first)
    data.write_text(text[:end - 1] + " <b>fet</b> & 'citat'\"" + text[end:], encoding="utf-8")
    result = build_site(repo_copy / "site", config=repo_copy / "mkdocs.yml", cwd=repo_copy)
    # <b> is not on the forbidden list, so the build passes – and the text stays text.
    assert result.returncode == 0, result.stderr[-2000:]
    html = (repo_copy / "site" / "kontakter" / "stockholm" / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;fet&lt;/b&gt; &amp; &#x27;citat&#x27;" in html or "&lt;b&gt;fet&lt;/b&gt; &amp; &#39;citat&#39;" in html
    assert "<b>fet</b>" not in html


def test_figure_without_footnote_fails_the_build_and_make_check(repo_copy):
    """An editor who removes the source of a figure is told where, in Swedish, by the build and by `make check`."""
    text = (repo_copy / "docs/sv/statliga-medel.md").read_text(encoding="utf-8")
    line, paragraph = next((i, l) for i, l in enumerate(text.splitlines(), 1) if "72,5 miljoner kronor per år för detta.[^medel]" in l)
    # Every footnote of the paragraph goes: the figure is then left without a source.
    result = break_and_build(repo_copy, "docs/sv/statliga-medel.md", paragraph, paragraph.replace("[^medel]", ""))
    out = result.stderr + result.stdout
    assert result.returncode != 0
    assert f"docs/sv/statliga-medel.md:{line}: stycket har en siffra" in out and "Traceback" not in out
    check = subprocess.run([sys.executable, "-m", "sitebuild.check", str(repo_copy)], capture_output=True, text=True, cwd=ROOT)
    assert check.returncode == 1
    assert f"docs/sv/statliga-medel.md:{line}: stycket har en siffra" in check.stdout
