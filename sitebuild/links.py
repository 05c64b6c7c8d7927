"""Relative links between directory-style site URLs (page URLs come from sitebuild/parts.py)."""
from __future__ import annotations

import posixpath


def relative(from_url: str, to_url: str) -> str:
    """Relative link between two directory-style site URLs (`''` is the site root)."""
    start = from_url.rstrip("/") or "."
    rel = posixpath.relpath(to_url.rstrip("/") or ".", start)
    return "./" if rel == "." else rel + "/"
