"""The site's menus from data/navigation.yaml: load, check (Swedish errors with lines), and lay out per language.

The order and the section labels are set by editors in the data file, never by file names. The result is
a tree of plain items (MenuPage, MenuLink, MenuSection) that hooks/navigation.py turns into MkDocs objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import yaml_lines
from .parts import MAIN_MENU
from .problems import Problem

DISPLAY = "data/navigation.yaml"
COUNTIES = "counties"


@dataclass
class MenuPage:
    path: str            # inside the part's folder: `vem-gor-vad/polisen.md`
    line: int = 0


@dataclass
class MenuLink:
    title: dict          # lang -> label
    target: str          # a page path (`x.md`) or a site path (`/ungdom/`)
    line: int = 0


@dataclass
class MenuSection:
    title: dict
    children: list = field(default_factory=list)
    line: int = 0


@dataclass
class Menus:
    parts: dict          # menu key ("main", the youth folder) -> [items]
    lines: dict          # menu key -> line of its key, for "add the page here" hints
    langs: dict = field(default_factory=dict)  # menu key -> the data keys its titles need, the default first


def _p(line: int, what: str, fix: str) -> Problem:
    return Problem(DISPLAY, line, what, fix)


def _title(node, langs, where) -> tuple[dict, list[Problem]]:
    value = node.get("title")
    if value is None or not isinstance(value.value, dict):
        return {}, [_p(node.line, f"{where} saknar `title`", f"skriv `title: {{{', '.join(l + ': …' for l in langs)}}}`")]
    titles = {str(k): str(v).strip() for k, v in value.value.items() if v is not None}
    return titles, [_p(value.line, f"rubriken {where} saknar text på `{lang}`", f"lägg till `{lang}: \"…\"` i `title`")
                    for lang in langs if not titles.get(lang)]


def _items(nodes, langs, problems, seen) -> list:
    items = []
    for node in nodes:
        value = node.value
        if isinstance(value, str):
            if value == COUNTIES:
                items.append(MenuPage(COUNTIES, node.line))
                continue
            if not value.endswith(".md") or value.startswith("/") or ".." in value.split("/"):
                problems.append(_p(node.line, f"`{value}` är inte en sida", "skriv sökvägen till en .md-fil från språkmappen, till exempel `vem-gor-vad/polisen.md`"))
                continue
            if value in seen:
                problems.append(_p(node.line, f"sidan `{value}` står två gånger i menyn (även rad {seen[value]})",
                                   "låt sidan stå på ett ställe; behövs den på fler ställen, använd `link:`"))
                continue
            seen[value] = node.line
            items.append(MenuPage(value, node.line))
        elif isinstance(value, dict):
            label = str((value.get("title") or {}).get(langs[0]) if isinstance(value.get("title"), dict) and langs else "") or "?"
            where = f"`{label}`"
            title, more = _title(node, langs, where)
            problems += more
            unknown = set(value) - {"title", "pages", "link"}
            if unknown:
                problems.append(_p(node.line, f"{where}: okänt fält `{sorted(unknown)[0]}`", "använd bara `title`, `pages` och `link`"))
            if ("pages" in value) == ("link" in value):
                problems.append(_p(node.line, f"{where} ska ha antingen `pages:` (sidor under rubriken) eller `link:`",
                                   "skriv `pages:` med sidorna under, eller `link: sida.md`"))
                continue
            if "link" in value:
                target = value.get("link")
                if not isinstance(target, str) or not target.strip():
                    problems.append(_p(node.line_of("link"), f"{where}: `link` är tom", "skriv `link: sida.md` eller en adress på webbplatsen som börjar med `/`"))
                    continue
                items.append(MenuLink(title, target.strip(), node.line))
            else:
                pages = node.get("pages")
                if pages is None or not isinstance(pages.value, list) or not pages.value:
                    problems.append(_p(node.line_of("pages"), f"{where}: `pages` är tom", "lägg till minst en sida under rubriken"))
                    continue
                items.append(MenuSection(title, _items(pages, langs, problems, seen), node.line))
        else:
            problems.append(_p(node.line, "raden är varken en sida eller en rubrik", "skriv `- sida.md` eller en rubrik med `title:` och `pages:`"))
    return items


def load_text(text: str, menus: dict[str, tuple[str, ...]]) -> tuple[Menus | None, list[Problem]]:
    """`menus`: each menu key in the file -> the data keys its titles need (sitebuild/parts.py: Parts.menus)."""
    try:
        doc = yaml_lines.parse(text, DISPLAY)
    except yaml_lines.YamlSyntaxError as exc:
        return None, [exc.problem]
    if not isinstance(doc.value, dict):
        return None, [_p(1, f"filen ska ha fälten {' och '.join(f'`{k}:`' for k in menus)}", "se kommentaren överst i filen")]
    problems: list[Problem] = []
    parts, lines = {}, {}
    for part, langs in menus.items():
        node = doc.get(part)
        if node is None or not isinstance(node.value, list):
            problems.append(_p(1, f"fältet `{part}:` saknas eller är inte en lista", f"lägg till `{part}:` med menyns sidor"))
            continue
        parts[part] = _items(node, langs, problems, {})
        lines[part] = node.line
    for key, child in doc.items():
        if key not in menus:
            problems.append(_p(child.line, f"okänt fält `{key}`", f"filen har bara {' och '.join(f'`{k}:`' for k in menus)}"))
    return Menus(parts, lines, dict(menus)), problems


def load(path: str, menus: dict[str, tuple[str, ...]]) -> tuple[Menus | None, list[Problem]]:
    try:
        return load_text(yaml_lines.read_text(path, "data/navigation.yaml"), menus)
    except yaml_lines.YamlSyntaxError as exc:  # not UTF-8: named with its line
        return None, [exc.problem]
    except FileNotFoundError:
        return None, [_p(1, "filen finns inte", "återställ data/navigation.yaml från repositoriet")]


def listed_pages(items) -> list[MenuPage]:
    out = []
    for item in items:
        if isinstance(item, MenuPage):
            out.append(item)
        elif isinstance(item, MenuSection):
            out += listed_pages(item.children)
    return out


def check_targets(menus: Menus, exists, county_paths: list[str]) -> list[Problem]:
    """Every listed page and every `link:` to a page must exist (in Swedish, the main language)."""
    problems = []

    def walk(items, part):
        for item in items:
            if isinstance(item, MenuPage) and item.path != COUNTIES and not exists(part, item.path):
                problems.append(_p(item.line, f"sidan `{item.path}` finns inte", f"rätta sökvägen eller ta bort raden; sidorna ligger i {_folder(menus, part)}"))
            elif isinstance(item, MenuLink) and item.target.endswith(".md") and not exists(part, item.target):
                problems.append(_p(item.line, f"länken går till `{item.target}`, som inte finns", "rätta sökvägen"))
            elif isinstance(item, MenuSection):
                walk(item.children, part)
    for part, items in menus.parts.items():
        walk(items, part)
    return problems


def _folder(menus: Menus, key: str) -> str:
    if key != MAIN_MENU:
        return f"docs/{key}/"
    first, *others = menus.langs.get(key) or ("",)
    return f"docs/{first}/" + (f" (och {', '.join(f'docs/{o}/' for o in others)})" if others else "")


def missing(menus: Menus, part: str, on_disk: list[tuple[str, str]], county_paths: list[str]) -> list[Problem]:
    """Pages that exist but are not in the menu: (display path, path in part) -> a Problem at the page."""
    listed = {p.path for p in listed_pages(menus.parts.get(part, []))}
    if COUNTIES in listed:
        listed |= set(county_paths)
    key = part
    problems = []
    for display, path in sorted(on_disk):
        if path not in listed:
            problems.append(Problem(display, 1, "sidan står inte i menyn",
                                    f"lägg till raden `- {path}` under `{key}:` i {DISPLAY} (rad {menus.lines.get(key, 1)} och framåt), "
                                    "på det ställe där sidan ska stå i menyn"))
    return problems


def layout(items, has_page, county_paths: list[str]) -> list:
    """The menu of one language: pages that do not exist in it are left out, so are sections left empty."""
    out = []
    for item in items:
        if isinstance(item, MenuPage):
            paths = county_paths if item.path == COUNTIES else [item.path]
            out += [MenuPage(p, item.line) for p in paths if has_page(p)]
        elif isinstance(item, MenuLink):
            if not item.target.endswith(".md") or has_page(item.target):
                out.append(item)
        elif isinstance(item, MenuSection):
            children = layout(item.children, has_page, county_paths)
            if children:
                out.append(MenuSection(item.title, children, item.line))
    return out


def pages_in_order(items) -> list[str]:
    return [p.path for p in listed_pages(items)]


def county_paths(directory) -> list[str]:
    """County pages in county-code order (data/regions.yaml is kept in that order; sorted again to be sure)."""
    if directory is None:
        return []
    return [f"kontakter/{c.slug}.md" for c in sorted(directory.counties, key=lambda c: c.code)]
