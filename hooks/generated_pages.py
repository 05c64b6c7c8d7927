"""MkDocs glue for pages made from data: county directory (data/regions.yaml) and the changes page (git).

mkdocs-static-i18n rebuilds every File object in its own on_files (priority -100), drops in-memory
content and only accepts files under docs_dir. So pages are added before it runs with a (virtual)
path under docs_dir, and their content is attached once it has run (on_nav).
"""
from __future__ import annotations

import os

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from sitebuild import changes_page, git_history, regions, site_data

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERATED_LANGS = ("sv", "en")
_pages: dict[str, str] = {}


def on_config(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False) and _pages:
        return config  # another language's build in the same run: the pages are already made
    data = site_data.load_cached(ROOT, config.docs_dir)
    _pages.clear()
    if not data.directory or any(p.severity == "fel" for p in data.problems):
        return config  # the content hook reports the problems and stops the build
    commits = git_history.log(ROOT)
    for lang in GENERATED_LANGS:
        ui = data.ui.get(lang, {})
        for path, text in regions.render_all(data.directory, lang, ui["counties"], data.tiles, data.reports.entries).items():
            _pages[f"{lang}/{path}"] = text
        _pages[f"{lang}/andringar.md"] = changes_page.render(
            git_history.recent_changes(commits), lang, ui["changes"], data.reports.entries,
            data.directory.reviewed, data.directory.review_by)
    return config


@event_priority(100)
def on_files(files, config):
    for src_uri, text in _pages.items():
        if files.get_file_from_path(src_uri) is None:
            file = File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls)
            file.generated_by = "hooks/generated_pages.py"
            files.append(file)
    return files


@event_priority(100)
def on_nav(nav, config, files):
    for file in files:
        if file.src_uri in _pages:
            file.content_string = _pages[file.src_uri]
    return nav
