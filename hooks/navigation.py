"""MkDocs glue for navigation: youth pages get their own menu; Swedish pages do not list the youth section."""
from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation, Section

from sitebuild.page_language import variant_of

_nav: dict = {}


def _is_youth(item) -> bool:
    if isinstance(item, Section):
        return any(_is_youth(child) for child in item.children)
    file = getattr(item, "file", None)
    return bool(file and variant_of(file.src_uri) == "ungdom")


@event_priority(-150)  # after mkdocs-static-i18n has removed the language folders from the navigation
def on_nav(nav, config, files):
    youth = [item for item in nav.items if _is_youth(item)]
    others = [item for item in nav.items if not _is_youth(item)]
    youth_items = youth[0].children if len(youth) == 1 and isinstance(youth[0], Section) else youth
    _nav["youth"] = Navigation(youth_items, [p for p in nav.pages if _is_youth(p)])
    _nav["main"] = Navigation(others, [p for p in nav.pages if not _is_youth(p)])
    _nav["main"].homepage = nav.homepage
    return nav


def on_page_context(context, page, config, nav):
    if not _nav:
        return context
    context["nav"] = _nav["youth"] if variant_of(page.file.src_uri) == "ungdom" else _nav["main"]
    return context
