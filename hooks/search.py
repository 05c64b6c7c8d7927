"""MkDocs glue for search: mark what Pagefind indexes, point Material at our worker, run Pagefind after the build."""
from __future__ import annotations

import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import build_state, i18n_plugin, search_index, yaml_lines
from sitebuild.problems import ContentErrors


def on_config(config):
    state = build_state.of(config)
    if i18n_plugin.in_language_build(config) or state.search_names:
        return config
    try:
        names, problems = search_index.other_place_names(
            yaml_lines.load_file(os.path.join(state.root, "data", "search.yaml"), "data/search.yaml"))
    except yaml_lines.YamlSyntaxError as exc:
        names, problems = {}, [exc.problem]
    if problems:
        raise PluginError(ContentErrors(problems).report())
    state.search_names.update(names)
    return config


@event_priority(-50)  # before hooks/delivery.py checks and compresses the page (-100)
def on_post_page(output, page, config):
    return search_index.point_at_worker(search_index.mark_page(output, build_state.of(config).search_names))


@event_priority(50)  # before hooks/delivery.py writes each language's 404 page
def on_post_template(output, template_name, config):
    """The 404 pages have Material's search too: point it at our worker (nothing on them is indexed)."""
    return search_index.point_at_worker(output) if template_name == "404.html" else output


@event_priority(-150)  # after every language's pages are written, before hooks/delivery.py hashes scripts and compresses (-200)
def on_post_build(config):
    if i18n_plugin.in_language_build(config):
        return  # the default language's build ends last, with every language's pages on disk
    try:
        search_index.run_pagefind(config.site_dir)
    except search_index.PagefindFailed as exc:
        raise PluginError(f"mkdocs.yml:1: {exc}\nBygget stoppades: 1 fel. Rätta felet ovan och bygg igen.")
    search_index.tiny_material_index(config.site_dir)
