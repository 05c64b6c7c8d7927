"""Search indexes: one per part of the site, only what readers search for, under a versioned name.

mkdocs-static-i18n writes a single index for every language (its issue #271), so a Swedish search
would list English pages. Each part gets its own index: Swedish with the youth pages at
`search/search_index.json`, English at `en/search/…`, Arabic at `ar/search/…`, with locations
relative to that part's root, and a copy under a versioned name (`search_index.<version>.json`) that
browsers may keep for a year. Pages carry their part's root as Material's `base` and the versioned
name as `search_index`, which `search-on-demand.js` fetches only when the reader opens search.

What is indexed: titles, headings and body text as Material's search plugin reads them, minus what
is not text for readers (the actor chips, step numbers and "Läs mer" links of process maps), plus
the municipality names of each county page in a field of their own, so "Göteborg" finds Västra Götaland.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata

LANG_PREFIXES = ("en", "ar")  # every other location belongs to the default Swedish part
PARTS = ("sv",) + LANG_PREFIXES  # each part's index is searched in its own language


def part_of(location: str) -> str:
    first = location.split("/", 1)[0].split("#", 1)[0]
    return first if first in LANG_PREFIXES else "sv"


PLACES_FIELD = "places"  # municipality names of a county page: searched, never shown
PLACES_BOOST = 1000.0      # as a title: a typed municipality name is a strong sign the reader wants its county page


def split(index: dict, places: dict[str, list[str]] | None = None) -> dict[str, dict]:
    """{'sv': {...}, 'en': {...}, 'ar': {...}}: same config with one language, docs of that part only.

    `places` maps a page location within a part (`kontakter/skane/`) to the places it covers."""
    places = places or {}
    parts: dict[str, dict] = {}
    for doc in index.get("docs", []):
        location = doc.get("location", "")
        if location in ("undefined", None):
            continue
        part = part_of(location)
        if part != "sv":
            location = location[len(part) + 1:]
        entry = dict(doc, location=location, text=compact_text(doc.get("text", "")))
        if location in places:
            entry[PLACES_FIELD] = " ".join(place_terms(places[location]))
        config = dict(index["config"], lang=[part])
        if places:
            config["fields"] = dict(config.get("fields") or {}, **{PLACES_FIELD: {"boost": PLACES_BOOST}})
        parts.setdefault(part, {"config": config, "docs": []})["docs"].append(entry)
    return parts


_EMPTY_TAGS = re.compile(r"<(p|li|ul|ol)>\s*</\1>")
_SPACE = re.compile(r"\s{2,}")


def compact_text(text: str) -> str:
    """The same text in fewer bytes: no runs of whitespace, no empty paragraphs or items."""
    text = _SPACE.sub(" ", text)
    previous = None
    while previous != text:
        previous, text = text, _EMPTY_TAGS.sub("", text)
    return text.strip()


def place_terms(names: list[str]) -> list[str]:
    """Each name as written, and without diacritics for readers who type "Goteborg" or "Malmo"."""
    terms: list[str] = []
    for name in names:
        for form in (name, _folded(name)):
            if form not in terms:
                terms.append(form)
    return terms


def other_place_names(data, display: str = "data/search.yaml") -> tuple[dict[str, list[str]], list]:
    """`other_place_names` from data/search.yaml (a yaml_lines.Located): {municipality: [names readers
    also type]}, and the problems found, each with its line."""
    from sitebuild.problems import Problem
    fix = "skriv till exempel `Göteborg: [Gothenburg]`"
    node = data.get("other_place_names") if isinstance(data.value, dict) else None
    if node is None or node.value is None:
        return {}, []
    if not isinstance(node.value, dict):
        return {}, [Problem(display, node.line, "`other_place_names` ska vara kommunnamn med en lista av andra namn", fix)]
    names: dict[str, list[str]] = {}
    problems = []
    for place, others in node.value.items():
        if not isinstance(others, list) or not others or not all(isinstance(o, str) and o.strip() for o in others):
            problems.append(Problem(display, node.line_of(place), f"`{place}` ska ha en lista med namn", fix))
            continue
        names[place] = [o.strip() for o in others]
    return names, problems


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


# Parts of the page that are not text to search: Material's search plugin skips an element with
# `data-search-exclude`. Actor chips ran together in snippets ("PolisenSocialtjänstenSiS"), labels and
# "Läs mer" links repeated on every page with a process map, and a heading without an id ("Andra
# vägar") was glued onto the title of the section before it. The plugin tells elements apart by tag
# only, so a nested element of the same tag ends the skipping: each chip is marked as well as the row.
UNSEARCHABLE_CLASSES = ("process-map__actors", "process-map__actor", "process-map__links", "process-map__label",
                        "process-map__kicker", "process-map__side-heading", "process-map__note")
_CLASS_ATTR = re.compile(r'<(?P<tag>[a-z][a-z0-9]*)(?P<before>[^<>]*?)\sclass="(?P<classes>[^"<>]*)"')


def mark_unsearchable(html: str) -> str:
    def mark(m: re.Match) -> str:
        if "data-search-exclude" in m.group(0) or not set(m.group("classes").split()) & set(UNSEARCHABLE_CLASSES):
            return m.group(0)
        return m.group(0) + " data-search-exclude"
    return _CLASS_ATTR.sub(mark, html)


def versioned_name(version: str) -> str:
    return f"search/search_index.{version}.json"


def source_version(folders: list[str], files: list[str]) -> str:
    """Eight hex digits that change whenever a source of the site changes (content, data, build code,
    config), so the versioned index name is known while pages are written, before the index exists."""
    digest = hashlib.sha256()
    paths = list(files)
    for folder in folders:
        for dirpath, dirnames, names in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            paths += [os.path.join(dirpath, n) for n in sorted(names)]
    for path in paths:
        if os.path.isfile(path):
            digest.update(path.encode("utf-8"))
            with open(path, "rb") as fh:
                digest.update(hashlib.sha256(fh.read()).digest())
    return digest.hexdigest()[:8]


_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def rewrite_page_config(html: str, base: str, worker: str, index: str = "") -> str:
    """Set Material's `base` (where the search index and result links resolve), its search worker,
    and the versioned index name (relative to `base`) for search-on-demand.js."""
    def replace(m: re.Match) -> str:
        cfg = json.loads(m.group(2))
        material_worker = cfg.get("search", "")
        cfg["base"] = base
        if index:
            cfg["search_index"] = index
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
