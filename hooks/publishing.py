"""MkDocs glue for what may be published from docs/: checked before MkDocs reads or copies any file."""
from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import build_state, publishable
from sitebuild.problems import ContentErrors


@event_priority(200)  # before any other hook adds files, and before pages are read
def on_files(files, config):
    state = build_state.of(config)
    if state.published_checked:
        return files  # another language's build in the same run: docs/ was checked once
    state.published_checked = True
    problems = publishable.check_tree(config.docs_dir, set(state.generated), state.parts)
    if problems:
        raise PluginError(ContentErrors(problems).report())
    return files
