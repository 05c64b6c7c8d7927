"""Refuse anything in Markdown, front matter or data that could run script, load from another host or hide text.

Checks work on decoded values: YAML escapes are already decoded by the loader and HTML entities are
decoded here (`&#106;avascript:` is `javascript:`), and tags are read across lines. Raw HTML is held to
a short allowlist of harmless tags and attributes; links may only go to https:, mailto:, tel: or a
relative address, and images only to files on the site itself.
"""
from __future__ import annotations

import html
import re

from .problems import Problem

FIX_HTML = "ta bort koden; innehåll skrivs i Markdown och webbplatsen får inte köra skript från sidtext"
FIX_LINK = "länka bara till sidor (`sida.md`), till https://-adresser, mailto: eller tel:"
FIX_IMAGE = "lägg bilden i docs/ och länka till den lokalt; webbplatsen hämtar inget från andra värdar"
FIX_CHARS = "ta bort de osynliga tecknen (skriv om texten för hand i stället för att klistra in den)"

ALLOWED_TAGS = {
    "a", "abbr", "b", "bdi", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "div", "dl",
    "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
    "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "wbr",
}
ALLOWED_ATTRS = {"href", "src", "alt", "title", "lang", "dir", "id", "colspan", "rowspan", "scope", "open",
                 "datetime", "hreflang", "width", "height"}
LINK_SCHEMES = ("https", "mailto", "tel")
# Bidi embeddings/overrides/isolates, zero-width and other invisible format characters. Not U+200C
# (zero-width non-joiner): Persian spelling needs it inside words (می‌خواهید).
INVISIBLE = re.compile("[\u200b\u200d-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u180e\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)(>?)")
_ATTR = re.compile(r"([^\s\"'>/=]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_INLINE_LINK = re.compile(r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^\s)]*)")
_REF_DEF = re.compile(r"^[ ]{0,3}\[([^\]^][^\]]*)\]:[ \t]*\n?[ \t]*(<[^>]*>|\S+)", re.M)
_REF_IMAGE = re.compile(r"!\[([^\]]*)\](?:\[([^\]]*)\])?")
_SCRIPTY_TEXT = re.compile(r"(java|vb)script\s*:", re.I)


def _line(text: str, pos: int, first_line: int) -> int:
    return first_line + text.count("\n", 0, pos)


def _normalised_url(url: str) -> str:
    """What a browser makes of an address: entities decoded, tabs/newlines/controls gone, `\\` as `/`."""
    url = html.unescape(html.unescape(url.strip().strip("<>")))
    url = re.sub(r"[\x00-\x20\x7f]", "", url).replace("\\", "/")
    return url.lower()


def url_problem(url: str, *, image: bool = False) -> tuple[str, str] | None:
    """(vad, hur) if the address may not be used, None if it may. Images must stay on the site."""
    u = _normalised_url(url)
    scheme = re.match(r"^([a-z][a-z0-9+.\-]*):", u)
    if scheme and scheme.group(1) in ("javascript", "vbscript"):
        return "länk med javascript:", FIX_LINK
    if scheme and scheme.group(1) == "data":
        return "länk eller bild med data:-adress", "lägg filen i docs/ och länka till den, eller ta bort den"
    if image:
        if scheme or u.startswith("//"):
            return "bild från en annan webbplats", FIX_IMAGE
        return None
    if u.startswith("//"):
        return f"länken `{url.strip()}` saknar https:", "skriv hela adressen med https://"
    if scheme and scheme.group(1) not in LINK_SCHEMES:
        return f"länk med {scheme.group(1)}: är inte tillåten", FIX_LINK
    return None


def invisible_problem(value: str) -> str | None:
    m = INVISIBLE.search(value)
    if m:
        return f"osynligt styrtecken U+{ord(m.group(0)):04X} i texten"
    return None


def markup_problem(value: str) -> str | None:
    """Titles and names are printed by the theme without escaping: refuse anything that decodes to markup."""
    decoded = html.unescape(value)
    if any(c in decoded for c in "<>") or decoded != value:
        return "texten innehåller HTML-tecken (< > eller &…;)"
    return None


def _blank_comments(text: str, path: str, first_line: int, problems: list) -> str:
    """HTML comments become spaces (keeping lines); an unclosed one would hide the rest of the page."""
    out, pos = [], 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            out.append(text[pos:])
            return "".join(out)
        end = text.find("-->", start + 4)
        if end < 0:
            problems.append(Problem(path, _line(text, start, first_line), "HTML-kommentaren `<!--` stängs aldrig med `-->`",
                                    "avsluta kommentaren med `-->` på samma rad, eller ta bort den"))
            out.append(text[pos:start])
            return "".join(out)
        out.append(text[pos:start])
        out.append(re.sub(r"[^\n]", " ", text[start:end + 3]))
        pos = end + 3


def _check_tag(m, text, path, first_line, problems) -> None:
    closing, name, attrs, closed = m.group(1), m.group(2), m.group(3), m.group(4)
    start_line = _line(text, m.start(), first_line)
    if ":" in name or "@" in name:  # an autolink <https://…> or <namn@example.se>
        target = name + attrs
        found = url_problem(target if ":" in name else "mailto:" + target)
        if found:
            problems.append(Problem(path, start_line, *found))
        return
    tag = name.lower()
    if tag not in ALLOWED_TAGS:
        problems.append(Problem(path, start_line, f"förbjuden HTML-tagg <{tag}>", FIX_HTML))
        return
    if not closed:
        problems.append(Problem(path, start_line, f"HTML-taggen <{tag}> stängs aldrig med >", "avsluta taggen med > eller ta bort den"))
    if closing:
        return
    base = m.start(3)
    for a in _ATTR.finditer(attrs):
        attr, raw = a.group(1).lower(), a.group(2)
        value = html.unescape((raw or "").strip("\"'"))
        line = _line(text, base + a.start(), first_line)
        if attr.startswith("on"):
            problems.append(Problem(path, line, "HTML-attribut som kör skript (on…=)", FIX_HTML))
        elif attr == "style":
            what = "style med url(…)" if "url(" in value.lower().replace(" ", "") else "style-attribut är inte tillåtet"
            problems.append(Problem(path, line, what, "ta bort style-attributet; utseendet styrs av webbplatsens egen CSS"))
        elif attr not in ALLOWED_ATTRS:
            problems.append(Problem(path, line, f"HTML-attributet `{attr}` är inte tillåtet i <{tag}>", FIX_HTML))
        elif attr in ("href", "src"):
            found = url_problem(value, image=(attr == "src"))
            if found:
                problems.append(Problem(path, line, *found))
        elif attr == "id" and value.startswith("_"):
            problems.append(Problem(path, line, f"id `{value}` är reserverat för webbplatsens mall", "välj ett id som börjar med en bokstav"))


def lint(path: str, text: str, first_line: int = 1) -> list[Problem]:
    """Every problem in a Markdown text (or a text value), with the file line. `first_line` is text's first line."""
    problems: list[Problem] = []
    if "<" not in text and ":" not in text and "[" not in text and not INVISIBLE.search(text):
        return problems  # every rule needs one of these
    text = _blank_comments(text, path, first_line, problems)
    if "<" in text:
        for m in _TAG.finditer(text):
            _check_tag(m, text, path, first_line, problems)
    refs: dict[str, tuple[str, int]] = {}
    for m in _REF_DEF.finditer(text):
        line = _line(text, m.start(2), first_line)
        refs[m.group(1).strip().lower()] = (m.group(2), line)
        found = url_problem(m.group(2))
        if found:
            problems.append(Problem(path, line, *found))
    for m in _INLINE_LINK.finditer(text):
        found = url_problem(m.group(2), image=bool(m.group(1)))
        if found:
            problems.append(Problem(path, _line(text, m.start(2), first_line), *found))
    if refs and "![" in text:
        for m in _REF_IMAGE.finditer(text):
            label = (m.group(2) or m.group(1)).strip().lower()
            if label in refs and url_problem(refs[label][0], image=True):
                problems.append(Problem(path, _line(text, m.start(), first_line), *url_problem(refs[label][0], image=True)))
    for m in _SCRIPTY_TEXT.finditer(html.unescape(text) if "&" in text else text):
        problems.append(Problem(path, _line(text, min(m.start(), len(text)), first_line), "länk med javascript:", FIX_LINK))
        break
    return _unique(problems)


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        key = (p.line, p.what)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return sorted(out, key=lambda p: p.line)


# Keys whose values are names or titles: the theme or our pages print them as headings and menu entries.
NAME_KEYS = {"title", "name", "term", "label", "expansion", "site_name", "index_title", "municipalities_title"}


def lint_data(path: str, doc) -> list[Problem]:
    """Every string in a data file (a yaml_lines.Located tree), decoded by YAML, checked like page text;
    names and titles may carry no markup at all, and no text may carry invisible control characters."""
    problems: list[Problem] = []
    for key_path, node in doc.walk():
        value = node.value
        if isinstance(value, str):
            texts = [(value, key_path)]
        elif isinstance(node.children, dict):
            texts = [(k, key_path + (k,)) for k in node.children]  # keys are text too
        else:
            continue
        for text, where in texts:
            if not text:
                continue
            problems += lint(path, text, node.line)
            bad = invisible_problem(text)
            if bad:
                problems.append(Problem(path, node.line, bad, FIX_CHARS))
            if any(isinstance(k, str) and (k in NAME_KEYS or k.endswith("_title")) for k in where[-3:]):
                bad = markup_problem(text)
                if bad:
                    problems.append(Problem(path, node.line, f"namn eller rubrik: {bad}",
                                            "skriv namnet som vanlig text utan <, > och &-koder"))
    return _unique(problems)
