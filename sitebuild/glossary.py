"""The shared glossary (data/glossary.yaml): abbreviation tooltips per language and the glossary page."""
from __future__ import annotations

import html

from . import yaml_lines
from .problems import Problem

LANGS = ("sv", "en")


def load(path: str, display: str = "data/glossary.yaml") -> tuple[list[dict], list[Problem]]:
    try:
        doc = yaml_lines.load_file(path, display)
    except yaml_lines.YamlSyntaxError as exc:
        return [], [exc.problem]
    problems, terms, seen = [], [], {}
    for node in doc.get("terms") or []:
        t = node.value if isinstance(node.value, dict) else {}
        name = t.get("term")
        if not name:
            problems.append(Problem(display, node.line, "en term saknar `term`", "skriv termen i fältet `term:`"))
            continue
        if name in seen:
            problems.append(Problem(display, node.line, f"termen `{name}` finns två gånger (även rad {seen[name]})",
                                    "slå ihop posterna till en"))
        seen[name] = node.line
        for lang in LANGS:
            if not isinstance(t.get(lang), dict) or not t[lang].get("explanation"):
                problems.append(Problem(display, node.line, f"termen `{name}` saknar förklaring på `{lang}`",
                                        f"lägg till `{lang}: {{expansion: \"…\", explanation: \"…\"}}`"))
        if not t.get("ungdom"):
            problems.append(Problem(display, node.line, f"termen `{name}` saknar `ungdom`",
                                    "skriv en eller två enkla meningar för unga läsare i `ungdom:`"))
        terms.append(t)
    return terms, problems


def _plain(text: str) -> str:
    return " ".join(str(text).split())


def abbreviations(terms: list[dict], variant: str, text: str | None = None) -> str:
    """Markdown abbreviation definitions (`*[RAS]: …`) for a page in `variant` (sv, en, ungdom).
    With `text`, only the terms that occur in it: the others would cost parsing and add nothing."""
    lines = []
    for t in terms:
        if not t.get("abbr") or (text is not None and str(t["term"]) not in text):
            continue
        if variant == "ungdom":
            title = t.get("ungdom", "")
        else:
            entry = t.get(variant) or t.get("sv") or {}
            expansion = entry.get("expansion", "")
            title = expansion if expansion and expansion != t["term"] else entry.get("explanation", "")
        title = _plain(title).replace("]", ")")
        if title:
            lines.append(f"*[{t['term']}]: {title}")
    # One definition per block: the abbr extension re-splits a multi-line block once per line and
    # re-tests every block processor on what is left (quadratic: ~2 ms a page here).
    return "\n\n" + "\n\n".join(lines) + "\n" if lines else ""


def render_page(terms: list[dict], lang: str) -> str:
    """Markdown definition list of all terms, sorted by term, for the glossary page."""
    lang = lang if lang in LANGS else "sv"
    out = []
    for t in sorted(terms, key=lambda t: str(t["term"]).casefold()):
        entry = t.get(lang) or {}
        term = html.escape(str(t["term"]), quote=False)
        expansion = entry.get("expansion")
        head = f"**{term}**" + (f" ({html.escape(_plain(expansion), quote=False)})"
                               if expansion and expansion != t["term"] else "")
        out.append(f"{head}\n:   {html.escape(_plain(entry.get('explanation', '')), quote=False)}\n")
    return "\n".join(out)
