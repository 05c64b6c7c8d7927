"""Fixtures for the unit tests of editor rules: a copy of what editors change."""
import shutil

import pytest

from tests.conftest import ROOT


@pytest.fixture
def repo(tmp_path):
    """A copy of the repository's content, data and CODEOWNERS (no build output, no .git)."""
    for name in ("docs", "data", ".github"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path
