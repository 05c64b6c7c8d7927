"""MkDocs glue for `make serve`: every rebuild runs the current code in hooks/ and sitebuild/.

MkDocs loads hook modules once per process (its loader is cached) and Python keeps imported modules,
so without this an edit to hooks/ or sitebuild/ would show only after restarting `make serve`. Data is
read again on each rebuild anyway (sitebuild.site_data's cache is keyed on the files' modification times).
"""
from __future__ import annotations

import sys

from mkdocs.config import config_options


def _forget_our_code() -> None:
    for name in [n for n in sys.modules if n == "sitebuild" or n.startswith("sitebuild.")]:
        del sys.modules[name]
    config_options.Hooks._load_hook.cache_clear()


def on_serve(server, config, builder):
    def rebuild_with_current_code():
        _forget_our_code()
        builder()
    server.builder = rebuild_with_current_code
    return server
