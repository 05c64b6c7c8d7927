"""MkDocs glue for `make serve`: rebuild when data/, overrides/, hooks/ or sitebuild/ change, with the current code.

MkDocs itself watches only docs/ and mkdocs.yml. The folders are added here rather than under `watch:`
in mkdocs.yml, because `watch:` makes every config without them (test copies, benchmarks) invalid.
MkDocs also loads hook modules once per process (its loader is cached) and Python keeps imported
modules, so without forgetting them an edit to hooks/ or sitebuild/ would show only after restarting
`make serve`. Data is read again on each rebuild anyway (sitebuild.site_data's cache is keyed on the
files' modification times).
"""
from __future__ import annotations

import os
import sys

from mkdocs.config import config_options

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WATCHED = ("data", "overrides", "hooks", "sitebuild")


def _forget_our_code() -> None:
    for name in [n for n in sys.modules if n == "sitebuild" or n.startswith("sitebuild.")]:
        del sys.modules[name]
    config_options.Hooks._load_hook.cache_clear()


def on_serve(server, config, builder):
    for folder in WATCHED:
        if os.path.isdir(os.path.join(ROOT, folder)):
            server.watch(os.path.join(ROOT, folder))

    def rebuild_with_current_code():
        _forget_our_code()
        builder()
    server.builder = rebuild_with_current_code
    return server
