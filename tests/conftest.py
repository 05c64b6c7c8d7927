"""Shared fixtures: the site is built once per test run; browser tests serve it on loopback."""
from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def build_site(target: pathlib.Path, config: pathlib.Path | None = None, cwd: pathlib.Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    # Not --quiet: it hides the warnings that --strict counts, and the build would pass with broken links.
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)]
    if config:
        cmd += ["--config-file", str(config)]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> pathlib.Path:
    """The real site, built once (or taken from $SITE_DIR when a run has built it already)."""
    if os.environ.get("SITE_DIR"):
        return pathlib.Path(os.environ["SITE_DIR"])
    target = tmp_path_factory.mktemp("site")
    result = build_site(target)
    assert result.returncode == 0, f"the site did not build:\n{result.stdout}\n{result.stderr}"
    return target


@pytest.fixture
def repo_copy(tmp_path) -> pathlib.Path:
    """What a build needs (pages, data, hooks, theme overrides, config) copied, so a test can break it."""
    for name in ("docs", "data", "hooks", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path
