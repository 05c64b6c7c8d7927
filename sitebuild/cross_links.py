"""Links between parts of the site (English page -> youth page, Arabic page -> Swedish page).

mkdocs-static-i18n builds each language separately, so a Markdown link into another language's
folder is not among that build's files. Editors still write ordinary relative links to the .md file;
links that point outside the current build but to a file that exists are rewritten to the target's URL.
"""
from __future__ import annotations

import posixpath
import re

from .links import relative

LINK = re.compile(r"(\]\()(?P<target>[^)\s#]+\.md)(?P<anchor>#[^)\s]*)?(\))")


def rewrite(markdown: str, page_src_uri: str, page_url_now: str, in_build, exists, url_of) -> str:
    """`url_of(src_uri)`: the site URL of a docs file (sitebuild/parts.py)."""
    def replace(m: re.Match) -> str:
        target = m.group("target")
        if "://" in target or target.startswith("/"):
            return m.group(0)
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_src_uri), target))
        if in_build(resolved) or not exists(resolved):
            return m.group(0)  # MkDocs resolves it, or reports it as broken
        href = relative(page_url_now, url_of(resolved)) + (m.group("anchor") or "")
        return f"{m.group(1)}{href}{m.group(4)}"
    return LINK.sub(replace, markdown)
