"""Turn a page path inside a language (`vem-gor-vad/polisen.md`) into a URL relative to the current page."""
from __future__ import annotations

import posixpath


def page_url(path_in_language: str, lang: str) -> str:
    """Site URL (directory style) of a page: `vem-gor-vad/polisen.md` in en -> `en/vem-gor-vad/polisen/`."""
    path = path_in_language
    if path.endswith("index.md"):
        path = path[: -len("index.md")]
    elif path.endswith(".md"):
        path = path[:-3] + "/"
    prefix = "" if lang == "sv" else f"{lang}/"
    return prefix + path


def relative(from_url: str, to_url: str) -> str:
    """Relative link between two directory-style site URLs (`''` is the site root)."""
    start = from_url.rstrip("/") or "."
    rel = posixpath.relpath(to_url.rstrip("/") or ".", start)
    return "./" if rel == "." else rel + "/"
