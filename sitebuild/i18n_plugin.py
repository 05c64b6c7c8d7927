"""What the build relies on in mkdocs-static-i18n (pinned at 1.3.1) beyond its documented options – each kept
only where MkDocs offers no public way, each guarded by tests/unit/test_i18n_plugin_contract.py:

1. `building`: True while the plugin's on_post_build runs the other languages' builds (the same config
   object, each with its own events). The site-wide work at the end (Pagefind's index, CSP headers,
   precompression) must run once, after the last language: no MkDocs event says "the whole run is done".
2. Event priority -100 of its on_files: it rebuilds every File object and drops in-memory content, so
   hooks/generated_pages.py adds pages before it (priority 100) and attaches their content in on_nav.
3. Event priority -100 of its on_post_build: hooks/search.py (-150) and hooks/delivery.py (-200) run after the nested builds.
4. `reconfigure_material: true` sets `theme.language` to the language being built (a documented option):
   sitebuild/build_state.py reads the language of a build from there, not from the plugin's
   `current_language`.

Not relied on any more: `current_language` (theme.language instead) and `building` in on_config (the
build state lives on the config object, which the nested builds share).
"""
from __future__ import annotations

PLUGIN = "i18n"


def in_language_build(config) -> bool:
    """True inside one of the further languages' builds that the plugin runs from its on_post_build."""
    plugin = config.plugins.get(PLUGIN) if hasattr(config.plugins, "get") else None
    return bool(plugin is not None and getattr(plugin, "building", False))
