"""MkDocs glue for what may be published from docs/: checked before MkDocs reads or copies any file."""
from __future__ import annotations

import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import publishable, regions, site_data
from sitebuild.problems import ContentErrors

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERATED_LANGS = ("sv", "en")


@event_priority(200)  # before any other hook adds files, and before pages are read
def on_files(files, config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return files  # another language's build in the same run: docs/ was checked once
    data = site_data.load_cached(ROOT, config.docs_dir)
    generated = set()
    if data.directory:
        made = set(regions.generated_paths(data.directory)) | set(site_data.GENERATED_PAGES)
        generated = {f"{lang}/{p}" for lang in GENERATED_LANGS for p in made}
    problems = publishable.check_tree(config.docs_dir, generated)
    if problems:
        raise PluginError(ContentErrors(problems).report())
    return files
