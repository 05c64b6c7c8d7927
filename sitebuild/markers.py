"""Find the `<!-- name: argument -->` markers editors put in Markdown, and replace them."""
from __future__ import annotations

import re
from typing import Callable

MARKER = re.compile(r"^[ \t]*<!--[ \t]*(?P<name>[\wåäö-]+)[ \t]*(?::[ \t]*(?P<arg>[^>]*?))?[ \t]*-->[ \t]*$", re.M)


def expand(markdown: str, renderers: dict[str, Callable[[str, int], str]],
           on_unknown: Callable[[str, int], None]) -> str:
    """Replace each known marker with renderers[name](arg, line); report unknown ones.

    Comments that are not markers (no known name and free text) are left alone.
    """
    def replace(m: re.Match) -> str:
        line = markdown.count("\n", 0, m.start()) + 1
        name = m.group("name").lower()
        if name in renderers:
            return renderers[name]((m.group("arg") or "").strip(), line)
        if name in KNOWN_PREFIXES:
            on_unknown(name, line)
        return m.group(0)
    return MARKER.sub(replace, markdown)


# Names that look like markers; a misspelt one is reported rather than silently left.
KNOWN_PREFIXES = {"processkarta", "ordlista", "källförteckning", "kallforteckning", "kontakter", "språkval", "sprakval"}
