"""MkDocs glue for the menus: build each language's menu and the youth menu from data/navigation.yaml.

The order, the labels and previous/next all come from the data file (sitebuild/menu.py); youth pages
get their own menu, and their previous/next links stay inside /ungdom/.
"""
from __future__ import annotations

import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Link, Navigation, Section

from sitebuild import menu, regions, site_data
from sitebuild.page_language import variant_of
from sitebuild.problems import ContentErrors

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_state: dict = {}


def on_config(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False) and "menus" in _state:
        return config  # another language's build in the same run: the menus are already checked
    menus, problems = menu.load(os.path.join(ROOT, menu.DISPLAY))
    data = site_data.load_cached(ROOT, config.docs_dir)
    counties = menu.county_paths(data.directory)
    if menus is not None:
        generated = set(regions.generated_paths(data.directory)) if data.directory else set()
        main = site_data.pages_on_disk(config.docs_dir, "sv") | generated | set(site_data.GENERATED_PAGES)
        youth = site_data.pages_on_disk(config.docs_dir, "ungdom")
        problems += menu.check_targets(menus, lambda part, path: path in (youth if part == "ungdom" else main), counties)
    if problems:
        raise PluginError(ContentErrors(problems).report())
    _state.update(menus=menus, counties=counties, built={})
    return config


def _language(config) -> str:
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", "sv") if i18n else "sv"


def _to_mkdocs(items, pages: dict, lang: str, parent=None) -> list:
    out = []
    for item in items:
        if isinstance(item, menu.MenuPage):
            node = pages[item.path]
        elif isinstance(item, menu.MenuLink):
            url = pages[item.target].url if item.target in pages else (item.target.lstrip("/") or "./")
            node = Link(item.title.get(lang) or item.title.get("sv", ""), url)
        else:
            node = Section(item.title.get(lang) or item.title.get("sv", ""), [])
            node.children = _to_mkdocs(item.children, pages, lang, node)
        node.parent = parent
        out.append(node)
    return out


def _navigation(items, pages: dict, lang: str) -> Navigation:
    laid_out = menu.layout(items, lambda path: path in pages, _state["counties"])
    ordered = [pages[p] for p in menu.pages_in_order(laid_out)]
    nav = Navigation(_to_mkdocs(laid_out, pages, lang), ordered)
    for before, page, after in zip([None, *ordered[:-1]], ordered, [*ordered[1:], None]):
        page.previous_page, page.next_page = before, after
    nav.homepage = pages.get("index.md")
    return nav


@event_priority(-150)  # after mkdocs-static-i18n has rebuilt the files and the navigation for this language
def on_nav(nav, config, files):
    lang = _language(config)
    main, youth, on_disk = {}, {}, {"main": [], "ungdom": []}
    for file in files.documentation_pages():
        first, _, rest = file.src_uri.partition("/")
        if file.page is None:
            continue
        if first == "ungdom":
            youth[rest] = file.page
            on_disk["ungdom"].append(("docs/" + file.src_uri, rest))
        elif first == lang:
            main[rest] = file.page
            if getattr(file, "generated_by", None) is None:
                on_disk["main"].append(("docs/" + file.src_uri, rest))
    menus = _state["menus"]
    problems = menu.missing(menus, "main", on_disk["main"], _state["counties"])
    problems += menu.missing(menus, "ungdom", on_disk["ungdom"], _state["counties"])
    if problems:
        raise PluginError(ContentErrors(problems).report())
    built = {"main": _navigation(menus.parts["main"], main, lang)}
    if youth:
        built["ungdom"] = _navigation(menus.parts["ungdom"], youth, "sv")
    _state["built"] = built
    return built["main"]


def on_page_context(context, page, config, nav):
    built = _state.get("built") or {}
    part = "ungdom" if variant_of(page.file.src_uri) == "ungdom" else "main"
    if part in built:
        context["nav"] = built[part]
    return context
