"""Links must read as where they lead: a file name as link text ("omlokalisering.md") is an editor's error."""
from __future__ import annotations

import html
import re

from .problems import Problem

FILE_NAME = re.compile(r"^[\w./~-]*[\w-]\.(md|markdown|html?|ya?ml)$", re.I)
MD_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]\n]+)\]\((?P<target>[^)\s]+)[^)]*\)")
HTML_LINK = re.compile(r"<a\b[^>]*>(?P<text>.*?)</a>", re.S | re.I)
FIX = "skriv vad länken leder till som länktext, till exempel sidans rubrik: [Boende och omlokalisering](boende-och-omlokalisering.md)"


def looks_like_file_name(text: str) -> bool:
    return bool(FILE_NAME.match(text.strip().strip("`*_")))


def check_markdown(path: str, markdown: str, first_line: int = 1) -> list[Problem]:
    """Markdown links whose text is a file name, each with the file line it is on."""
    problems = []
    for offset, line in enumerate(markdown.splitlines()):
        if "](" not in line:
            continue
        for m in MD_LINK.finditer(line):
            if looks_like_file_name(m.group("text")):
                problems.append(Problem(path, first_line + offset, f"länktexten `{m.group('text')}` är ett filnamn", FIX))
    return problems


def check_html(path: str, page_html: str, markdown: str, first_line: int = 1) -> list[Problem]:
    """The same check on the finished page (links made by markers and data); the line is where the text
    stands in the Markdown, or the first line of the body when a marker made it."""
    problems = []
    for m in HTML_LINK.finditer(page_html):
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group("text"))).strip()
        if not looks_like_file_name(text):
            continue
        lines = markdown.splitlines()
        line = next((first_line + i for i, l in enumerate(lines) if text in l), None) or \
            next((first_line + i for i, l in enumerate(lines) if l.strip().startswith("<!--")), first_line)
        problems.append(Problem(path, line, f"länktexten `{text}` är ett filnamn",
                                "om länken kommer från en processkarta eller annan data: ge sidan en `title` i front matter; " + FIX))
    return problems
