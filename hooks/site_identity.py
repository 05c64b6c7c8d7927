"""MkDocs glue for the site's identity (sitebuild/identity.py): warn or stop on placeholders, never publish them."""
from __future__ import annotations

import os
import sys

from mkdocs.exceptions import PluginError

from sitebuild import build_state, identity
from sitebuild.problems import ContentErrors


def on_config(config):
    config_text = ""
    if config.config_file_path and os.path.exists(config.config_file_path):
        with open(config.config_file_path, encoding="utf-8") as fh:
            config_text = fh.read()
    # `mkdocs serve` has replaced site_url with its own loopback address by now: judge the configured one.
    serving = str(config.site_url or "").startswith(("http://127.0.0.1", "http://localhost"))
    site = identity.read(identity.configured_site_url(config_text) if serving else config.site_url, config.extra)
    production = identity.production_requested(os.environ)
    problems = identity.problems(site, config_text, production)
    if production and problems:
        raise PluginError(ContentErrors(problems).report())
    # A placeholder is never shown to readers: without an address, canonical links and edit links are left out.
    if not serving and not site.usable("site_url"):
        config.site_url = None
    config.extra["repository"] = site.usable("repository") or ""
    config.extra["feedback_email"] = site.usable("feedback_email") or ""
    state = build_state.of(config)  # the build's state starts here, with the identity values above
    if not state.identity_reported:  # once per build, not again in each language's build
        state.identity_reported = True
        for problem in problems:
            # Printed, not logged: `--strict` would turn a logged warning into a failed build.
            print(problem, file=sys.stderr)
    return config
