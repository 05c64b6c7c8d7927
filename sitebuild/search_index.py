"""Search with Pagefind: what of each built page is indexed, running Pagefind, and pointing Material at our worker.

Pagefind reads the built HTML and writes a chunked index under `pagefind/`, one per `<html lang>`
(Swedish and the youth pages share one; English, Arabic and any later language get their own), so
nothing here names a language. A reader's browser fetches only the chunks a query needs, and only
once they open search (overrides/assets/javascripts/search-on-demand.js holds Material back until then).

What is indexed: Material's article (`data-pagefind-body`): the title, headings and text. Not the
menus, the safety bar, the page facts, the translation notice, the municipality filter's help text or
the process maps' actor chips, labels and "Läs mer" links (`data-pagefind-ignore`). Pagefind weights
headings above text by itself; a county page's municipality list is weighted like a main heading, so
"Göteborg" or "Malmo" (Pagefind ignores diacritics) finds the county page, and the other names readers
type for a municipality (data/search.yaml, e.g. Gothenburg) are added there as hidden text.
"""
from __future__ import annotations

import html as html_lib
import json
import os
import re
import shutil
import subprocess
import sys

OUTPUT = "pagefind"
WORKER = "search-pagefind.js"  # overrides/assets/javascripts/workers/, where Material keeps its own worker
PLACES_WEIGHT = "7.0"  # Pagefind's weight for an <h1>: a typed municipality name asks for its county page

# Elements that are not text to search, by class or attribute. Actor chips ran together in excerpts
# ("PolisenSocialtjänstenSiS"), labels and "Läs mer" links repeat on every page with a process map.
UNSEARCHABLE_CLASSES = ("process-map__actors", "process-map__links", "process-map__label",
                        "process-map__kicker", "process-map__side-heading", "process-map__note")
UNSEARCHABLE_ATTRS = ("data-page-meta", "data-translation-notice", "data-municipality-filter")

_START_TAG = re.compile(r"<(?P<tag>[a-z][a-z0-9]*)(?P<attrs>(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>")
_CLASSES = re.compile(r'\sclass="(?P<classes>[^"<>]*)"')
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset"(?! data-pagefind-body)')
_PLACE_LIST = re.compile(r'(<ul\b[^<>]*\sdata-municipalities\b[^<>]*)>(?P<items>.*?)</ul>', re.S)
_PLACE = re.compile(r'<li\b[^<>]*\sdata-municipality="(?P<name>[^"<>]*)"')
_HTML_LANG = re.compile(r'<html\b[^<>]*?\slang="(?P<lang>[A-Za-z0-9-]{1,35})"')
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def mark_page(page_html: str, other_names: dict[str, list[str]] | None = None) -> str:
    """The built page with Pagefind's attributes: the article is the body, the rest of it that is not
    text for readers is ignored, a county page's municipalities (and their other names) weigh like a title."""
    page_html = _ARTICLE.sub(lambda m: m.group(0) + " data-pagefind-body", page_html, count=1)

    def ignore(m: re.Match) -> str:
        attrs = m.group("attrs")
        if "data-pagefind-ignore" in attrs:
            return m.group(0)
        classes = _CLASSES.search(attrs)
        unsearchable = (classes and set(classes.group("classes").split()) & set(UNSEARCHABLE_CLASSES)) or any(
            re.search(rf"\s{a}(?=[\s=/]|$)", attrs) for a in UNSEARCHABLE_ATTRS)
        if not unsearchable:
            return m.group(0)
        return f"<{m.group('tag')}{attrs} data-pagefind-ignore>"
    page_html = _START_TAG.sub(ignore, page_html)
    return _PLACE_LIST.sub(lambda m: _weighted_places(m, other_names or {}), page_html)


def _weighted_places(m: re.Match, other_names: dict[str, list[str]]) -> str:
    if "data-pagefind-weight" in m.group(1):
        return m.group(0)
    others = [o for name in _PLACE.findall(m.group("items")) for o in other_names.get(html_lib.unescape(name), [])]
    hidden = (f'\n<p hidden data-pagefind-weight="{PLACES_WEIGHT}">'
              + html_lib.escape(" ".join(others)) + "</p>") if others else ""
    return f'{m.group(1)} data-pagefind-weight="{PLACES_WEIGHT}">{m.group("items")}</ul>{hidden}'


def page_language(page_html: str) -> str:
    m = _HTML_LANG.search(page_html)
    return m.group("lang") if m else ""


def point_at_worker(page_html: str, worker: str = WORKER) -> str:
    """Material starts its search worker from `search` in the page's __config: ours, beside Material's
    own (same folder, so the path works from any page and the 404 pages), told the page's language
    (Pagefind keeps one index per `<html lang>`; a worker cannot read the page)."""
    lang = page_language(page_html)

    def replace(m: re.Match) -> str:
        cfg = json.loads(m.group(2))
        material = cfg.get("search")
        if material:
            folder = material.split("?", 1)[0].rsplit("/", 1)[0]
            cfg["search"] = f"{folder}/{worker}" + (f"?lang={lang}" if lang else "")
        return m.group(1) + json.dumps(cfg, ensure_ascii=False) + m.group(3)
    return _CONFIG.sub(replace, page_html, count=1)


class PagefindFailed(Exception):
    """Pagefind could not index the site; the message says why, in Swedish."""


def run_pagefind(site_dir: str) -> None:
    """Index the built site with Pagefind's bundled binary (offline) into `<site>/pagefind/`."""
    shutil.rmtree(os.path.join(site_dir, OUTPUT), ignore_errors=True)
    try:
        result = subprocess.run([sys.executable, "-m", "pagefind", "--site", site_dir, "--output-subdir", OUTPUT],
                                capture_output=True, text=True, timeout=1800)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PagefindFailed(f"sökindexet kunde inte byggas ({exc}) – kör `make .venv/.installed` och bygg igen")
    if result.returncode != 0 or not os.path.exists(os.path.join(site_dir, OUTPUT, "pagefind.js")):
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["inget svar"]
        raise PagefindFailed(f"sökindexet kunde inte byggas (Pagefind: {detail[0]}) – kör `make .venv/.installed` och bygg igen")
    if "Indexed 0 pages" in result.stdout or re.search(r"\b0 pages? found", result.stdout):
        raise PagefindFailed("sökindexet blev tomt: ingen sida har data-pagefind-body – kontrollera overrides/ och hooks/search.py")
    for name in os.listdir(os.path.join(site_dir, OUTPUT)):
        if name.startswith("pagefind-") and name.endswith((".js", ".css")):
            os.remove(os.path.join(site_dir, OUTPUT, name))  # Pagefind's own UIs and worker: Material's UI is used


def tiny_material_index(site_dir: str) -> None:
    """Material's search plugin must stay (its UI only shows with it); its index is cut to the config
    Material's bundle hands our worker when the reader opens search. Its lunr files are removed."""
    path = os.path.join(site_dir, "search", "search_index.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            config = json.load(fh).get("config", {})
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"config": config, "docs": []}, fh, separators=(",", ":"))
    for path in unused_theme_files(site_dir):
        os.remove(path)
    shutil.rmtree(os.path.join(site_dir, "assets", "javascripts", "lunr"), ignore_errors=True)


_UNUSED_THEME_FILE = re.compile(r"assets/javascripts/(lunr/.*|workers/search\.[0-9a-f]{8}\.min\.js(\.map)?)")


def unused_theme_files(site_dir: str) -> list[str]:
    """Material's lunr folder and its own search worker: never fetched now."""
    found = []
    for folder in ("lunr", "workers"):
        for dirpath, _, names in os.walk(os.path.join(site_dir, "assets", "javascripts", folder)):
            found += [os.path.join(dirpath, n) for n in names if is_unused_theme_file(site_dir, os.path.join(dirpath, n))]
    return found


def is_unused_theme_file(site_dir: str, path: str) -> bool:
    return bool(_UNUSED_THEME_FILE.fullmatch(os.path.relpath(path, site_dir).replace(os.sep, "/")))


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
