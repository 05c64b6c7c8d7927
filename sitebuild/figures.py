"""The rule "a figure needs a footnote": every paragraph, list item or table with a figure cites its source.

A figure is a digit in running text. Not figures: the phone numbers 112 and 114 14, numbered-list markers
and "steg 3", SFS numbers (2009:400), diary numbers (Ju2021/03331, 3428-2026), and anything in front matter,
headings, code, HTML comments, link targets, abbreviation lines and the footnote texts themselves.
A footnote is a reference like `[^1]` in the same paragraph or list item; a table may instead have it in the
sentence that introduces it.
"""
from __future__ import annotations

import re

from .front_matter import split
from .numbers import PHONE
from .problems import Problem

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
FOOTNOTE_DEF = re.compile(r"^\[\^[^\]]+\]:")
ABBR_DEF = re.compile(r"^\*\[[^\]]+\]:")
ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+")
TABLE_ROW = re.compile(r"^\s*\|")
ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s*\w+")
FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\](?!:)")

NOT_FIGURES = [
    re.compile(r"<!--.*?-->", re.S),
    re.compile(r"`[^`]*`"),
    re.compile(r"\]\([^)]*\)"),                      # link targets
    re.compile(r"<[^>]*>"),                           # tag attributes
    re.compile(r"\[\^[^\]]*\]"),                      # footnote references themselves
    re.compile(r"\b\d{4}/\d{2}:\d{1,4}\b"),           # government bills like prop. 2023/24:31
    re.compile(r"\b(?:SFS\s*)?\d{4}:\d{1,4}\b"),      # SFS numbers
    re.compile(r"\b[A-Z][a-z]{0,3}\d{4}/\d+\b"),       # diary numbers like Ju2021/03331
    re.compile(r"\b\d{3,5}-\d{4}\b(?=[^\d]|$)"),       # diary numbers like 3428-2026
    re.compile(r"\b(?:[Ss]teg|[Ss]tep|خطوة)\s+\d+\b"),  # step numbers
    re.compile(r"\b(?:WCAG|[Vv]ersion)\s+\d+(?:\.\d+)*"),  # the version of a standard, not a claim
    # A whole date (the site's own review dates); a month and year alone ("i mars 2026") still needs a source.
    re.compile(r"\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
               r"January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b"),
    PHONE,
]


def _units(body: str):
    """(first line index, text) for every paragraph, list item and table in the body."""
    lines = body.split("\n")
    units: list[tuple[int, str]] = []
    unit: list[str] = []
    start = 0
    in_fence = False
    in_definition = False

    def flush():
        nonlocal unit
        if unit:
            units.append((start, "\n".join(unit)))
        unit = []

    for i, line in enumerate(lines):
        if FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not line.strip():
            flush()
            in_definition = False
            continue
        if FOOTNOTE_DEF.match(line):
            flush()
            in_definition = True
            continue
        if in_definition and (line.startswith("    ") or line.startswith("\t")):
            continue
        in_definition = False
        if HEADING.match(line) or ABBR_DEF.match(line):
            flush()
            continue
        if ADMONITION.match(line):
            flush()
            continue  # its title; the indented body that follows is checked as paragraphs
        if TABLE_ROW.match(line):
            if not (unit and TABLE_ROW.match(unit[0])):
                flush()
                start = i
            unit.append(line)  # a whole table is one unit
            continue
        m = ITEM.match(line)
        if m:
            flush()
            start = i
            unit = [line[m.end():]]
            continue
        if not unit:
            start = i
        unit.append(line)
    flush()
    return units


def figure_in(text: str) -> str | None:
    """The first figure in a piece of Markdown, or None."""
    for pattern in NOT_FIGURES:
        text = pattern.sub(" ", text)
    m = re.search(r"\d[\d\s.,:/%-]*", text)
    return m.group(0).strip().rstrip(".,:/-").strip() if m else None


def check(path: str, raw: str) -> list[Problem]:
    """Problems for each paragraph, list item or table that has a figure but no footnote."""
    _, body, body_line = split(raw)
    body = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), body, flags=re.S)
    problems = []
    previous = ""
    for index, text in _units(body):
        cited = FOOTNOTE_REF.search(text) or (TABLE_ROW.match(text) and FOOTNOTE_REF.search(previous))
        previous = text
        figure = figure_in(text)
        if figure and not cited:
            problems.append(Problem(path, body_line + index, f"stycket har en siffra (”{figure}”) men ingen fotnot",
                                    "lägg en fotnot direkt efter påståendet, till exempel `[^1]`, och under texten "
                                    "`[^1]: Rapportens namn, avsnitt` eller lagens namn och SFS-nummer"))
    return problems
