"""Fixtures for the unit tests of editor rules: a copy of what editors change."""
import shutil

import pytest

from tests.conftest import ROOT


@pytest.fixture
def repo(tmp_path):
    """A copy of the repository's content, data, CODEOWNERS and mkdocs.yml (the parts declaration; no build output, no .git)."""
    for name in ("docs", "data", ".github"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path
