"""The changes page and per-page dates build in a shallow clone: the changes page says history is missing,
and page facts leave the last-change line out rather than saying "okänt"."""
import subprocess

from tests.conftest import ROOT, build_site
from tests.site.html_pages import Page


def test_shallow_clone_builds_and_says_unknown(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", "--depth", "1", f"file://{ROOT}", str(clone)], check=True)
    result = build_site(clone / "site", config=clone / "mkdocs.yml", cwd=clone)
    assert result.returncode == 0, result.stderr[-3000:]
    changes = Page((clone / "site" / "andringar" / "index.html").read_text(encoding="utf-8"))
    assert changes.find(data_changes_unknown=True), "the changes page should say the history is unknown"
    for rel in ("for-anhoriga", "for-socialtjansten"):
        page = Page((clone / "site" / rel / "index.html").read_text(encoding="utf-8"))
        assert "okänt" not in page.text_within("data-page-meta"), rel
        assert not page.find("dd", data_last_changed=True), rel


def test_full_history_gives_dates_and_changes(site_dir):
    changes = Page((site_dir / "andringar" / "index.html").read_text(encoding="utf-8"))
    rows = changes.find("tr", data_change=True)
    assert rows, "the changes page lists recent changes when history is there"
    page = Page((site_dir / "for-socialtjansten" / "index.html").read_text(encoding="utf-8"))
    assert page.find("dd", data_last_changed=True)
    assert any(a.get("datetime") for a in page.find("time"))
