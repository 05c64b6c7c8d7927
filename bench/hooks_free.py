"""The pages our hooks generate, as Markdown files, for a stock build of the same content (no copy of the
renderer: sitebuild/generated_pages.py is the one the hooks use)."""
from __future__ import annotations

from sitebuild import generated_pages, site_data


def generated_pages_as_files(root: str, docs_dir: str) -> dict[str, str]:
    data = site_data.load(root, docs_dir)
    return generated_pages.render(data, data.parts, commits=[])
