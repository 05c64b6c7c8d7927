"""Footnote back-links in the page's own language (Python-Markdown writes an English title on every one)."""
from __future__ import annotations

import html
import re

BACKLINK_TITLE = re.compile(r'title="Jump back to footnote (\d+) in the text"')


def localise(page_html: str, template: str) -> str:
    """Replace the English back-link titles with `template` (with `{n}` for the footnote's number)."""
    if not template:
        return page_html
    return BACKLINK_TITLE.sub(lambda m: 'title="' + html.escape(template.replace("{n}", m.group(1)), quote=True) + '"', page_html)
