"""HTML text helpers: the one escape for values from data files and labels, and a built page's direction.

`escape`: quotes too, and None (a field left empty in YAML) becomes "", never "None"; 0 and False are written as they are.
"""
from __future__ import annotations

import html
import re


def escape(value) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


_BODY_DIR = re.compile(r'<body\b[^>]*?\sdir="(ltr|rtl)"')
_HTML_TAG = re.compile(r"<html\b(?![^>]*\sdir=)([^>]*)>")


def direction(page: str) -> str:
    """The text direction Material gave a built page (its language partial's `direction`, on <body>)."""
    m = _BODY_DIR.search(page)
    return m.group(1) if m else "ltr"


def with_html_dir(page: str) -> str:
    """The page with <html dir> as on <body>, so the direction holds from the first element on
    (screen readers and the browser's own UI read it from <html>)."""
    return _HTML_TAG.sub(lambda m: f'<html{m.group(1)} dir="{direction(page)}">', page, count=1)
