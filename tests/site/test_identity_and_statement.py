"""The site's identity in the built site: no invented address reaches a reader, a production build refuses
placeholders, and the accessibility statement gives what Digg asks for (status, gaps, assessment, feedback, complaint)."""
import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.site.html_pages import Page

INVENTED = ("example.se", "example.com", "github.com/avhoppare")


def _text_files(site):
    for path in site.rglob("*"):
        if path.suffix in (".html", ".xml", ".json", ".txt") and path.is_file():
            yield path


def test_no_invented_address_reaches_a_reader(site_dir):
    found = [(str(p.relative_to(site_dir)), bad) for p in _text_files(site_dir)
             for bad in INVENTED if bad in p.read_text(encoding="utf-8", errors="replace")]
    assert found == [], found[:10]


def test_while_the_repository_is_a_placeholder_pages_offer_no_edit_or_history_link(site_dir):
    page = Page((site_dir / "for-anhoriga" / "index.html").read_text(encoding="utf-8"))
    assert not page.find("a", data_edit_link=True) and not page.find("a", data_history_link=True)


@pytest.mark.parametrize("path, words", [
    ("tillganglighet/index.html", {
        "status": "delvis förenlig", "law": "lagen (2018:1937) om tillgänglighet till digital offentlig service",
        "date": "1 december 2026", "method": "egen bedömning", "gaps": "Vilka brister känner vi till?",
        "report": "Hur anmäler jag ett problem?", "route": "114 14", "digg": "Myndigheten för digital förvaltning"}),
    ("en/tillganglighet/index.html", {
        "status": "partially compliant", "law": "Act (2018:1937) on accessibility of digital public services",
        "date": "1 December 2026", "method": "self-assessment", "gaps": "Which shortcomings do we know about?",
        "report": "How do I report a problem?", "route": "114 14", "digg": "Agency for Digital Government"}),
])
def test_the_accessibility_statement_says_what_digg_requires(site_dir, path, words):
    html = (site_dir / path).read_text(encoding="utf-8")
    page = Page(html)
    article = " ".join(" ".join(d.split()) for stack, d in page.texts if any(t == "article" for t, _ in stack))
    for what, phrase in words.items():
        assert phrase in article, f"{what}: {phrase!r} missing"
    # The feedback route is written out where the reader looks for it, not only "contact the agency".
    report = article[article.index(words["report"]):]
    assert words["route"] in report[:800]
    assert any(a.get("href") == "https://www.digg.se/" for a in page.find("a")), "link to Digg's site"





def _build(repo, **env):
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(repo / "site")],
                          cwd=repo, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_PRECOMPRESS": "0", **env})


def test_a_production_build_refuses_placeholders_in_swedish(repo_copy):
    result = _build(repo_copy, SITE_PRODUCTION="1")
    out = result.stdout + result.stderr
    assert result.returncode != 0
    config = (repo_copy / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, l in enumerate(config, 1) if l.startswith("site_url:"))
    assert f"mkdocs.yml:{line}: `site_url`" in out and "PRODUCTION=1" in out
    assert "Traceback" not in out
    assert not (repo_copy / "site" / "index.html").exists()


def test_with_real_identity_values_the_links_and_the_feedback_address_appear(repo_copy):
    config = repo_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"^site_url:.*$", "site_url: https://avhoppare.se/", text, count=1, flags=re.M)
    text = re.sub(r'^  repository: "".*$', "  repository: https://github.com/polisen/avhoppare", text, count=1, flags=re.M)
    text = re.sub(r'^  feedback_email: "".*$', "  feedback_email: webb@avhoppare.se", text, count=1, flags=re.M)
    config.write_text(text, encoding="utf-8")
    result = _build(repo_copy, SITE_PRODUCTION="1")
    assert result.returncode == 0, result.stderr[-3000:]
    # Editors reach the repository from the sources page; readers' pages carry no code-host link (issue #19).
    sources = (repo_copy / "site" / "kallor" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/polisen/avhoppare' in sources
    page = Page((repo_copy / "site" / "for-anhoriga" / "index.html").read_text(encoding="utf-8"))
    assert not page.find("a", data_edit_link=True)
    assert "github.com" not in (repo_copy / "site" / "for-anhoriga" / "index.html").read_text(encoding="utf-8")
    assert page.find("link", rel="canonical", href="https://avhoppare.se/for-anhoriga/")
    statement = Page((repo_copy / "site" / "tillganglighet" / "index.html").read_text(encoding="utf-8"))
    assert statement.find("a", href="mailto:webb@avhoppare.se")
