"""Numbers in built HTML: phone numbers become `tel:` links, and in right-to-left text every number (and every
run of Swedish or English words) is isolated.

Without isolation the bidi algorithm reorders digit groups inside Arabic text, so "114 14" is shown as
"14 114". Each phone number becomes `<a href="tel:…">` (with `dir="ltr"`, which isolates it, on right-to-left
pages), and on right-to-left pages every other number (dates, amounts, section and SFS numbers) is wrapped in
`<bdi dir="ltr">`. Only text between tags is
touched; text inside links, code, scripts and existing isolates is left as it is.
"""
from __future__ import annotations

import re

# The only phone numbers the site may show (see CONTRIBUTING.md): 112 and the police on 114 14.
_SPACE = r"(?:[ \u00a0\u202f]|&nbsp;|&#160;)"
_NOT_AFTER = r"(?<![\w:/.,\-–#\u2066\u2068])"   # not part of a longer number, date, SFS number, word or &#…;
_NOT_BEFORE = r"(?![\w:/\-–]|[.,]\d)"
PHONE = re.compile(_NOT_AFTER + r"(?:112|114" + _SPACE + r"14)" + _NOT_BEFORE)
# A run of digits with the separators numbers use inside them: 2026-11-25, 4.2.1, 2009:400, 50 000 000, 10 %,
# and a diary number's letters (Ju2025/01696).
# Never inside a character reference such as "&#160;" (the space before a footnote's back-link).
NUMBER = re.compile(r"(?<![A-Za-z\d#])[A-Za-z]{0,3}\d+(?:(?:" + _SPACE + r"|[.,:/\-–])\d+)*(?:" + _SPACE + r"?%)?")

# Swedish or English words inside right-to-left text (a report title, "polisen.se", "socialtjänsten"): a run
# of Latin letters, digits, spaces and the punctuation inside titles, starting with a letter and ending with a
# letter or digit, read left to right as one piece. Brackets stay outside, so they pair in the sentence.
_LATIN = "A-Za-z\u00c0-\u024f"
LATIN_RUN = re.compile(rf"(?<![{_LATIN}\d&#])[{_LATIN}](?:[{_LATIN}\d.,:/\-–'’?! ]|&#160;|&nbsp;)*[{_LATIN}\d?]")
# A character reference (&#160; before each footnote's back link) is one character, not a number to isolate.
_ENTITY_OR_NUMBER = re.compile(r"(&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)|(" + LATIN_RUN.pattern + ")|" + NUMBER.pattern)

_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)")
# Inside these, text is left alone: already a link, code, or not text a reader reads in the flow.
SKIP = {"a", "code", "pre", "kbd", "samp", "script", "style", "textarea", "bdi", "svg", "math", "title", "option"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def phone_href(shown: str) -> str:
    return "tel:" + re.sub(r"\D", "", re.sub(r"&nbsp;|&#160;", " ", shown))


def _phone_link(shown: str, rtl: bool) -> str:
    return f'<a href="{phone_href(shown)}"' + (' dir="ltr">' if rtl else ">") + shown + "</a>"


def _text(text: str, rtl: bool) -> str:
    out, last = [], 0
    for m in PHONE.finditer(text):
        out.append(_isolate(text[last:m.start()]) if rtl else text[last:m.start()])
        out.append(_phone_link(m.group(0), rtl))
        last = m.end()
    rest = text[last:]
    out.append(_isolate(rest) if rtl else rest)
    return "".join(out)


def _isolate(text: str) -> str:
    return _ENTITY_OR_NUMBER.sub(lambda m: m.group(0) if m.group(1) else f'<bdi dir="ltr">{m.group(0)}</bdi>', text)


def process(html: str, rtl: bool) -> str:
    """The HTML with phone numbers linked and, when `rtl`, numbers isolated as left-to-right."""
    out, last, skipping = [], 0, []
    for m in _TAG.finditer(html):
        text = html[last:m.start()]
        out.append(text if skipping or not text.strip() else _text(text, rtl))
        tag = m.group(0)
        out.append(tag)
        last = m.end()
        name_match = _NAME.match(tag)
        if not name_match or tag.startswith("<!--"):
            continue
        name = name_match.group(1).lower()
        closing = tag.startswith("</")
        if closing:
            if name in skipping:
                while skipping and skipping.pop() != name:
                    pass
        elif name in SKIP and not tag.rstrip(">").rstrip().endswith("/") and name not in VOID:
            skipping.append(name)
    text = html[last:]
    out.append(text if skipping or not text.strip() else _text(text, rtl))
    return "".join(out)


def isolate_plain(text: str) -> str:
    """Plain text (not HTML) with each number wrapped in Unicode isolates (LRI … PDI): for attributes and data."""
    return NUMBER.sub(lambda m: "\u2066" + m.group(0) + "\u2069", text)
