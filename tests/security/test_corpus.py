"""Every hostile case gives the editor a Swedish `fil:rad:` message for the file and line they wrote.

The checks the build runs are pure functions, so each case runs them directly on a copy of the one
file it edits; tests/security/test_builds.py builds a few cases for real.
"""
import pathlib

import pytest

from sitebuild import content_lint, front_matter, parts, publishable, site_data, yaml_lines
from tests.security import corpus
from tests.security.corpus import ROOT

CASES = corpus.load()
PARTS = parts.read(str(ROOT))


@pytest.fixture(scope="module")
def registry():
    return site_data.load(str(ROOT)).front_matter_registry


def problems_for(case, root: pathlib.Path, registry):
    if case.target.startswith("data/"):
        return site_data.load(str(root), str(ROOT / "docs"), PARTS).problems
    full = root / case.target
    found = publishable._check_page_text(str(full), case.target)
    if found:
        return found
    text = yaml_lines.read_text(str(full), case.target)
    rel = case.target[len("docs/"):]
    return (front_matter.check(case.target, text, registry, is_translation=PARTS.of(rel) in PARTS.translations)
            + content_lint.lint(case.target, text))


def test_the_corpus_covers_every_kind_of_input():
    targets = {c.target.split("/")[0] + "/" + c.target.split("/")[1] for c in CASES}
    assert len(CASES) >= 50
    assert {"docs/sv", "docs/en", "data/regions.yaml", "data/glossary.yaml", "data/sources.yaml", "data/ui.yaml"} <= targets


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_is_refused_at_its_file_and_line(case, tmp_path, registry):
    (tmp_path / case.target).parent.mkdir(parents=True)
    (tmp_path / case.target).write_bytes((ROOT / case.target).read_bytes())
    if case.target.startswith("data/"):
        corpus.copy_project(tmp_path / "p") and None
        root = tmp_path / "p"
    else:
        root = tmp_path
    first, last = case.apply(root)
    problems = problems_for(case, root, registry)
    matching = [p for p in problems if case.expect in p.what and p.severity == "fel"]
    assert matching, f"{case.name}: no '{case.expect}' in {[str(p) for p in problems]}"
    p = matching[0]
    assert p.path == case.target, str(p)
    assert first <= p.line <= last, f"{case.name}: line {p.line} not in {first}–{last}: {p}"
    assert p.fix and str(p).startswith(f"{case.target}:{p.line}: ")


def test_the_unedited_project_passes_every_check(registry):
    assert site_data.load(str(ROOT)).problems == []
    assert publishable.check_tree(str(ROOT / "docs"), set(), PARTS) == []
