"""The pages our hooks generate, as Markdown files, for a stock build of the same content."""
from __future__ import annotations

from sitebuild import changes_page, regions, site_data


def generated_pages_as_files(root: str, docs_dir: str) -> dict[str, str]:
    data = site_data.load(root, docs_dir)
    pages = {}
    for lang in ("sv", "en"):
        ui = data.ui[lang]
        for path, text in regions.render_all(data.directory, lang, ui["counties"], data.tiles, data.reports.entries).items():
            pages[f"{lang}/{path}"] = text
        pages[f"{lang}/andringar.md"] = changes_page.render([], lang, ui["changes"], data.reports.entries,
                                                            data.directory.reviewed, data.directory.review_by)
    return pages
