"""Hostile input in real builds of a copy of the project: the build stops with a Swedish `fil:rad:`
message naming the editor's file, publishes nothing, and `make build` never leaves readers without a site."""
import os
import shutil
import subprocess
import time

import pytest

from tests.conftest import ROOT, build_site
from tests.security import corpus

CASES = {c.name: c for c in corpus.load()}


@pytest.fixture
def project(tmp_path):
    return corpus.copy_project(tmp_path)


def build(project):
    return build_site(project / "site", config=project / "mkdocs.yml", cwd=project)


@pytest.mark.parametrize("name, where", [
    ("title-yaml-escape-script", "docs/sv/for-anhoriga.md:2:"),
    ("county-name-img", "data/regions.yaml:20:"),
    ("regions-alias-bomb", "data/regions.yaml:1:"),
    ("ui-search-label-escape", "data/ui.yaml:14:"),
])
def test_script_through_titles_and_data_stops_the_build_at_the_editors_file(project, name, where):
    CASES[name].apply(project)
    started = time.monotonic()
    result = build(project)
    out = result.stdout + result.stderr
    assert result.returncode != 0
    assert where in out, out[-3000:]
    assert "Traceback" not in out
    assert not (project / "site" / "for-anhoriga" / "index.html").exists()
    assert time.monotonic() - started < 120  # the alias bomb is refused before it grows


def test_files_that_do_not_belong_in_docs_stop_the_build(project):
    sv = project / "docs" / "sv"
    (sv / "evil.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    (sv / "x.js").write_text("alert(1)", encoding="utf-8")
    (sv / "bild.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', encoding="utf-8")
    (sv / "fake.png").write_text("<script>alert(1)</script>", encoding="utf-8")
    os.symlink("/etc/hosts", sv / "hosts.md")
    (sv / "Stöd för mig.md").write_bytes((sv / "for-anhoriga.md").read_bytes())
    (sv / "for-anhoriga").mkdir()
    (sv / "for-anhoriga" / "index.md").write_bytes((sv / "for-anhoriga.md").read_bytes())
    (sv / "search").mkdir()
    (sv / "search" / "index.md").write_bytes((sv / "for-anhoriga.md").read_bytes())
    (sv / "andringar.md").write_bytes((sv / "for-anhoriga.md").read_bytes())
    (sv / "latin1.md").write_bytes((sv / "for-anhoriga.md").read_bytes().replace("anhöriga".encode(), "anh\xf6riga".encode("latin-1"), 1))
    result = build(project)
    out = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in out
    for expected in ("docs/sv/evil.html:1: filtypen `.html` publiceras inte", "docs/sv/x.js:1: filtypen `.js`",
                     "docs/sv/bild.svg:1: SVG-bilder publiceras inte", "docs/sv/fake.png:1: filen är inte en riktig PNG-bild",
                     "docs/sv/hosts.md:1: filen är en symbolisk länk", "docs/sv/Stöd för mig.md:1: filnamnet",
                     "två filer ger samma adress", "docs/sv/search/index.md:1: sökvägen `search` är reserverad",
                     "docs/sv/andringar.md:1: sidan skapas av bygget", "docs/sv/latin1.md:2: filen innehåller tecken som inte är UTF-8"):
        assert expected in out, expected + "\n" + out[-3000:]
    assert not (project / "site" / "hosts.md").exists() and not (project / "site" / "evil.html").exists()


def test_an_inline_script_not_from_the_templates_stops_the_build(project):
    """Defence in depth: even if markup got past every content check, the CSP never trusts it."""
    main = project / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8").replace(
        '{% include "partials/page-meta.html" %}', '{% include "partials/page-meta.html" %}<script>{{ page.title }}</script>'),
        encoding="utf-8")
    # A template script built from a page value is not a fixed text: it is not trusted.
    result = build(project)
    out = result.stdout + result.stderr
    assert result.returncode != 0 and "skript som inte kommer från webbplatsens mallar" in out, out[-2000:]
    assert "docs/" in out and "Traceback" not in out


def make_build(project, env=None):
    venv = ROOT / ".venv"
    return subprocess.Popen(["make", "-s", "build", f"VENV={venv}"], cwd=project, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=dict(os.environ, **(env or {})))


def test_make_build_publishes_atomically_and_a_failed_build_keeps_the_site(project):
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        shutil.copy2(ROOT / name, project / name)  # keeps times, so make sees the venv as up to date
    first, second = make_build(project), make_build(project)
    seen_missing = 0
    while first.poll() is None or second.poll() is None:
        if (project / "site").exists() and not (project / "site" / "index.html").exists():
            seen_missing += 1
        time.sleep(0.05)
    assert first.returncode == 0 and second.returncode == 0, first.stdout.read() + second.stdout.read()
    assert (project / "site").is_symlink() and (project / "site" / "index.html").exists()
    assert seen_missing == 0
    assert len(list((project / ".builds").glob("site-*"))) == 1  # the older build is gone
    published = os.path.realpath(project / "site")
    count = sum(len(f) for _, _, f in os.walk(published))
    CASES["body-script"].apply(project)
    failed = make_build(project)
    out = failed.communicate()[0]
    assert failed.returncode != 0 and "den publicerade webbplatsen är oförändrad" in out
    assert os.path.realpath(project / "site") == published
    assert sum(len(f) for _, _, f in os.walk(published)) == count
