"""MkDocs glue for the menus: build each language's menu and the youth menu from data/navigation.yaml.

The order, the labels and previous/next all come from the data file (sitebuild/menu.py); each part
gets the menu its declaration names (sitebuild/parts.py), and a youth part's previous/next links stay
inside its folder.
"""
from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Link, Navigation, Section

from sitebuild import build_state, menu
from sitebuild.problems import ContentErrors


def on_config(config):
    state = build_state.of(config)
    if state.menus_checked:
        return config  # another language's build in the same run: the menus are already checked
    state.menus_checked = True
    problems = list(state.menu_problems)
    if state.menus is not None:
        main = state.pages[state.parts.default.key]
        problems += menu.check_targets(
            state.menus, lambda key, path: path in (state.pages.get(key, set()) if key != main_menu(state) else main), state.county_paths)
    if problems:
        raise PluginError(ContentErrors(problems).report())
    return config


def main_menu(state) -> str:
    return state.parts.default.menu


def _to_mkdocs(items, pages: dict, key: str, fallback: str, parent=None) -> list:
    out = []
    for item in items:
        if isinstance(item, menu.MenuPage):
            node = pages[item.path]
        elif isinstance(item, menu.MenuLink):
            url = pages[item.target].url if item.target in pages else (item.target.lstrip("/") or "./")
            node = Link(item.title.get(key) or item.title.get(fallback, ""), url)
        else:
            node = Section(item.title.get(key) or item.title.get(fallback, ""), [])
            node.children = _to_mkdocs(item.children, pages, key, fallback, node)
        node.parent = parent
        out.append(node)
    return out


def _navigation(items, pages: dict, key: str, fallback: str, county_paths) -> Navigation:
    laid_out = menu.layout(items, lambda path: path in pages, county_paths)
    ordered = [pages[p] for p in menu.pages_in_order(laid_out)]
    nav = Navigation(_to_mkdocs(laid_out, pages, key, fallback), ordered)
    for before, page, after in zip([None, *ordered[:-1]], ordered, [*ordered[1:], None]):
        page.previous_page, page.next_page = before, after
    nav.homepage = pages.get("index.md")
    return nav


@event_priority(-150)  # after mkdocs-static-i18n has rebuilt the files and the navigation for this language
def on_nav(nav, config, files):
    state = build_state.of(config)
    language = state.language_of_build(config)
    youth = [p for p in state.parts.all if p.youth]
    pages = {language.menu: {}} | {p.menu: {} for p in youth}
    on_disk = {key: [] for key in pages}
    for file in files.documentation_pages():
        first, _, rest = file.src_uri.partition("/")
        if file.page is None:
            continue
        part = state.parts.get(first)
        if part is None or not (part.youth or part is language):
            continue
        pages[part.menu][rest] = file.page
        if getattr(file, "generated_by", None) is None:
            on_disk[part.menu].append(("docs/" + file.src_uri, rest))
    problems = [p for key in pages for p in menu.missing(state.menus, key, on_disk[key], state.county_paths)]
    if problems:
        raise PluginError(ContentErrors(problems).report())
    fallback = state.parts.default.key
    built = {language.menu: _navigation(state.menus.parts[language.menu], pages[language.menu], language.key, fallback, state.county_paths)}
    for part in youth:
        if pages[part.menu]:
            built[part.menu] = _navigation(state.menus.parts[part.menu], pages[part.menu], part.language, fallback, state.county_paths)
    state.built_menus = built
    return built[language.menu]


def on_page_context(context, page, config, nav):
    state = build_state.of(config)
    menu_key = state.part_of(page.file.src_uri).menu
    if menu_key in state.built_menus:
        context["nav"] = state.built_menus[menu_key]
    return context
