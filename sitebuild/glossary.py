"""The shared glossary (data/glossary.yaml): abbreviation tooltips per language and the glossary page."""
from __future__ import annotations

from . import yaml_lines
from .html_text import escape
from .parts import Part, Parts
from .problems import Problem


def load(path: str, parts: Parts, display: str = "data/glossary.yaml") -> tuple[list[dict], list[Problem]]:
    """Every term needs an explanation in each language with generated pages (the glossary page exists in
    those) and a plain sentence for each youth part."""
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
        for part in parts.generated:
            lang = part.key
            if not isinstance(t.get(lang), dict) or not t[lang].get("explanation"):
                problems.append(Problem(display, node.line, f"termen `{name}` saknar förklaring på `{lang}`",
                                        f"lägg till `{lang}: {{expansion: \"…\", explanation: \"…\"}}`"))
        for part in parts.all:
            if part.youth and not t.get(part.key):
                problems.append(Problem(display, node.line, f"termen `{name}` saknar `{part.key}`",
                                        f"skriv en eller två enkla meningar för unga läsare i `{part.key}:`"))
        terms.append(t)
    return terms, problems


def _plain(text: str) -> str:
    return " ".join(str(text).split())


def abbreviations(terms: list[dict], part: Part, text: str | None = None) -> str:
    """Markdown abbreviation definitions (`*[RAS]: …`) for a page in `part`: its own texts, none in a language
    the glossary has no texts in. With `text`, only the terms that occur in it: the others would cost parsing and add nothing."""
    lines = []
    for t in terms:
        if not t.get("abbr") or (text is not None and str(t["term"]) not in text):
            continue
        if part.youth:
            title = t.get(part.key, "")
        else:
            entry = t.get(part.key) or {}
            expansion = entry.get("expansion", "")
            title = expansion if expansion and expansion != t["term"] else entry.get("explanation", "")
        title = _plain(title).replace("]", ")")
        if title:
            lines.append(f"*[{t['term']}]: {title}")
    # One definition per block: the abbr extension re-splits a multi-line block once per line and
    # re-tests every block processor on what is left (quadratic: ~2 ms a page here).
    return "\n\n" + "\n\n".join(lines) + "\n" if lines else ""


def render_page(terms: list[dict], lang: str) -> str:
    """Markdown definition list of all terms, sorted by term, for the glossary page in `lang` (a data key)."""
    out = []
    for t in sorted(terms, key=lambda t: str(t["term"]).casefold()):
        entry = t.get(lang) or {}
        term = escape(t["term"])
        expansion = entry.get("expansion")
        head = f"**{term}**" + (f" ({escape(_plain(expansion))})"
                               if expansion and expansion != t["term"] else "")
        out.append(f"{head}\n:   {escape(_plain(entry.get('explanation', '')))}\n")
    return "\n".join(out)
