"""Footnotes as readers and search need them: back-links titled in the page's language, citations kept out of search.

Python-Markdown writes an English title on every back-link. The citations (and the reference numbers in the text)
say nothing a reader searches for, so they carry Material's `data-search-exclude` and stay out of the index.
"""
from __future__ import annotations

import re

from .html_text import escape

BACKLINK_TITLE = re.compile(r'title="Jump back to footnote (\d+) in the text"')
FOOTNOTE_BLOCK = '<div class="footnote">'
FOOTNOTE_REF = re.compile(r'<sup id="fnref(\d*):')


def localise(page_html: str, template: str) -> str:
    """Back-link titles from `template` (`{n}` is the footnote's number); footnotes excluded from search."""
    if template:
        page_html = BACKLINK_TITLE.sub(
            lambda m: 'title="' + escape(template.replace("{n}", m.group(1))) + '"', page_html)
    page_html = page_html.replace(FOOTNOTE_BLOCK, '<div class="footnote" data-search-exclude>')
    return FOOTNOTE_REF.sub(lambda m: f'<sup data-search-exclude id="fnref{m.group(1)}:', page_html)
