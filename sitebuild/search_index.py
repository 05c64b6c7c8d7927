"""Split Material's one combined search index into one per language, and point each page at its own.

mkdocs-static-i18n writes a single index for every language (its issue #271), so a Swedish search
would list English pages. Each part gets its own index: Swedish with the youth pages at
`search/search_index.json`, English at `en/search/…`, Arabic at `ar/search/…`, with locations
relative to that part's root. Pages then carry their part's root as Material's `base`.
"""
from __future__ import annotations

import json
import re

LANG_PREFIXES = ("en", "ar")  # every other location belongs to the default Swedish part
PARTS = ("sv",) + LANG_PREFIXES  # each part's index is searched in its own language


def part_of(location: str) -> str:
    first = location.split("/", 1)[0].split("#", 1)[0]
    return first if first in LANG_PREFIXES else "sv"


def split(index: dict) -> dict[str, dict]:
    """{'sv': {...}, 'en': {...}, 'ar': {...}}: same config with one language, docs of that part only."""
    parts: dict[str, dict] = {}
    for doc in index.get("docs", []):
        location = doc.get("location", "")
        if location in ("undefined", None):
            continue
        part = part_of(location)
        if part != "sv":
            location = location[len(part) + 1:]
        entry = dict(doc, location=location)
        parts.setdefault(part, {"config": dict(index["config"], lang=[part]), "docs": []})["docs"].append(entry)
    return parts


_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def rewrite_page_config(html: str, base: str, worker: str) -> str:
    """Set Material's `base` (where the search index and result links resolve) and its search worker."""
    def replace(m: re.Match) -> str:
        cfg = json.loads(m.group(2))
        material_worker = cfg.get("search", "")
        cfg["base"] = base
        if material_worker and "search-stemmed" not in material_worker:
            name = material_worker.rsplit("/", 1)[-1]
            cfg["search"] = f"{worker}?material={name}"
        return m.group(1) + json.dumps(cfg, ensure_ascii=False) + m.group(3)
    return _CONFIG.sub(replace, html, count=1)


def lunr_scripts(languages: set[str]) -> set[str]:
    """The files under `assets/javascripts/lunr/` that Material's search worker loads for indexes of
    one language each, as `split` writes them: tinyseg for ja, wordcut for hi and th, a stemmer for
    every language but English, and the stemmer support. Only these are worth precompressing."""
    scripts = set()
    for lang in languages:
        if lang == "ja":
            scripts.add("tinyseg.js")
        if lang in ("hi", "th"):
            scripts.add("wordcut.js")
        if lang != "en":
            scripts.add(f"min/lunr.{lang}.min.js")
    if scripts:
        scripts.add("min/lunr.stemmer.support.min.js")
    return scripts
