"""MkDocs glue for pages made from data (sitebuild/generated_pages.py): county directory and the changes page.

mkdocs-static-i18n rebuilds every File object in its own on_files (priority -100), drops in-memory
content and only accepts files under docs_dir. So pages are added before it runs with a (virtual)
path under docs_dir, and their content is attached once it has run (on_nav).
"""
from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from sitebuild import build_state


@event_priority(100)  # before mkdocs-static-i18n's on_files (-100) sorts the files into languages
def on_files(files, config):
    for src_uri in build_state.of(config).generated:
        if files.get_file_from_path(src_uri) is None:
            file = File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls)
            file.generated_by = "hooks/generated_pages.py"
            files.append(file)
    return files


@event_priority(100)
def on_nav(nav, config, files):
    pages = build_state.of(config).generated
    for file in files:
        if file.src_uri in pages:
            file.content_string = pages[file.src_uri]
    return nav
