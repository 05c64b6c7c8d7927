"""The pages made from data, in one place: county pages, the county and municipality indexes (data/regions.yaml)
and the changes page (git history), in every language the parts declaration gives generated pages.

The hooks, `make check`, the CODEOWNERS and review-report tools and the bench all ask this module, so
they agree on which pages exist and what they say.
"""
from __future__ import annotations

from . import changes_page, regions
from .parts import Parts

CHANGES = "andringar.md"


def paths_in_part(data) -> set[str]:
    """Pages (relative to a language folder) made in each language with generated pages."""
    made = {CHANGES}
    if data.directory:
        made |= set(regions.generated_paths(data.directory))
    return made


def paths(data, parts: Parts) -> set[str]:
    """`sv/kontakter/index.md`-style paths of every generated page."""
    return {f"{part.key}/{p}" for part in parts.generated for p in paths_in_part(data)}


def render(data, parts: Parts, commits) -> dict[str, str]:
    """src_uri -> Markdown of every generated page. `commits` from git_history.log (empty: no history)."""
    from .git_history import recent_changes
    pages = {}
    if not data.directory:
        return pages
    source = parts.default.key
    for part in parts.generated:
        ui = data.ui.get(part.key, {})
        for path, text in regions.render_all(data.directory, part, ui["counties"], data.tiles, data.reports.entries, source).items():
            pages[f"{part.key}/{path}"] = text
        pages[f"{part.key}/{CHANGES}"] = changes_page.render(
            recent_changes(commits), part, ui["changes"], data.reports.entries,
            data.directory.reviewed, data.directory.review_by, source)
    return pages


def titles(data, parts: Parts) -> dict[str, str]:
    """Titles of the pages made from data, as the renderers write them."""
    out = {}
    for part in parts.generated:
        ui = data.ui.get(part.key, {})
        out[f"{part.key}/{CHANGES}"] = ui.get("changes", {}).get("title", "")
        out[f"{part.key}/kontakter/index.md"] = ui.get("counties", {}).get("index_title", "")
        out[f"{part.key}/kontakter/kommuner.md"] = ui.get("counties", {}).get("municipalities_title", "")
        for county in (data.directory.counties if data.directory else []):
            out[f"{part.key}/kontakter/{county.slug}.md"] = county.name.get(part.key, "")
    return out
