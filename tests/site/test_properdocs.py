"""A way off the platform: the site builds with ProperDocs (the maintained fork of MkDocs 1.x), hooks,
mkdocs-static-i18n and Material included, into the same pages as with MkDocs."""
from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(importlib.util.find_spec("properdocs") is None,
                                reason="properdocs is not installed (it is in requirements-dev.txt)")
GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">')
VERSIONED = re.compile(r"search_index\.[0-9a-f]{8}\.json")  # named from the sources' version, which the two builds share


def normalised(path) -> str:
    return VERSIONED.sub("search_index.json", GENERATOR.sub("", path.read_text(encoding="utf-8")))


def test_the_site_builds_with_properdocs_into_the_same_pages(site_dir, tmp_path):
    target = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "--site-dir", str(target)],
                            cwd=ROOT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    built = sorted(p.relative_to(target).as_posix() for p in target.rglob("*.html"))
    assert built == sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))
    assert {"index.html", "en/index.html", "ar/index.html", "ungdom/index.html", "en/404.html"} <= set(built)
    different = [rel for rel in built if normalised(target / rel) != normalised(site_dir / rel)]
    assert different == [], different[:10]
    assert (target / "_deploy" / "security-headers.conf").exists()
