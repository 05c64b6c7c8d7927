"""The language choice on start pages: a link to the start page of every other language, made from the parts.

An editor writes `<!-- språkval -->` on its own line; adding a language to mkdocs.yml adds its link on every
start page. Each link carries the language's own name, `lang` and `hreflang`; `dir="auto"` lets a
right-to-left name read right to left without this module knowing directions.
"""
from __future__ import annotations

import posixpath

from .html_text import escape
from .parts import Part, Parts


def render(parts: Parts, current: Part, page_url: str) -> str:
    """The `start-languages` box (Markdown admonition) for a page at `page_url` in part `current`."""
    here = posixpath.dirname(page_url.rstrip("/")) if page_url.endswith(".html") else page_url.rstrip("/") or "."
    links = []
    for part in parts.languages:
        if part.language == current.language:
            continue
        target = posixpath.relpath(part.url.rstrip("/") or ".", here).replace("\\", "/")
        href = "./" if target == "." else target + "/"
        links.append(f'<a href="{escape(href)}" hreflang="{escape(part.language)}" lang="{escape(part.language)}" '
                     f'dir="auto">{escape(part.name)}</a>')
    if not links:
        return ""
    return '!!! start-languages ""\n    ' + " ".join(links) + "\n"
