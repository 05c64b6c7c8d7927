"""Reject anything in Markdown or YAML that could carry script or load from another host."""
from __future__ import annotations

import re

from .problems import Problem

FIX_HTML = "ta bort koden; innehåll skrivs i Markdown och webbplatsen får inte köra skript från sidtext"
RULES: list[tuple[re.Pattern, str, str]] = [
    (re.compile(r"<\s*(script|iframe|object|embed|form|style|base|meta|link)\b", re.I),
     "förbjuden HTML-tagg <{0}>", FIX_HTML),
    (re.compile(r"<[^>]*\son[a-z]+\s*=", re.I),
     "HTML-attribut som kör skript (on…=)", FIX_HTML),
    (re.compile(r"\bon[a-z]+\s*=\s*[\"']", re.I),
     "attribut som kör skript (on…=)", FIX_HTML),
    (re.compile(r"javascript\s*:", re.I),
     "länk med javascript:", "länka bara till sidor (`sida.md`) eller till https-adresser"),
    (re.compile(r"(\]\(\s*|(src|href)\s*=\s*[\"']?\s*)data:", re.I),
     "länk eller bild med data:-adress", "lägg filen i docs/ och länka till den, eller ta bort den"),
    (re.compile(r"style\s*=[^>]*url\s*\(", re.I),
     "style med url(…)", "ta bort style-attributet; utseendet styrs av webbplatsens egen CSS"),
    (re.compile(r"!\[[^\]]*\]\(\s*(https?:)?//", re.I),
     "bild från en annan webbplats", "lägg bilden i docs/ och länka till den lokalt; webbplatsen hämtar inget från andra värdar"),
    (re.compile(r"<\s*img\b[^>]*src\s*=\s*[\"']?\s*(https?:)?//", re.I),
     "bild från en annan webbplats", "lägg bilden i docs/ och länka till den lokalt; webbplatsen hämtar inget från andra värdar"),
]


def lint(path: str, text: str, first_line: int = 1) -> list[Problem]:
    """One Problem per offending line and rule. `first_line` is the file line of text's first line."""
    problems = []
    for offset, line in enumerate(text.splitlines()):
        if "<" not in line and ":" not in line and "=" not in line:
            continue  # every rule needs one of these; most lines of prose have none
        for pattern, what, fix in RULES:
            m = pattern.search(line)
            if m:
                tag = m.group(1).lower() if m.groups() and m.group(1) and "{0}" in what else ""
                problems.append(Problem(path, first_line + offset, what.format(tag), fix))
    return problems
