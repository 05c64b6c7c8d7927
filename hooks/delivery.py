"""MkDocs glue for the built output: html dir, accessible search dialog, 404 page per language, CSP, precompression.

Search itself (Pagefind, our worker) is hooks/search.py."""
from __future__ import annotations

import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import build_state, csp, html_text, i18n_plugin, precompress, search_index



def _precompressing() -> bool:
    return os.environ.get("SITE_PRECOMPRESS", "1") != "0"  # `make serve` skips it: nothing there serves .gz


def on_config(config):
    state = build_state.of(config)
    if not state.trusted_scripts:  # the first language's build: once per build
        state.trusted_scripts = csp.template_patterns(list(config.theme.dirs))
    return config


@event_priority(-100)
def on_post_page(output, page, config):
    state = build_state.of(config)
    language = state.parts.by_language(state.part_of(page.file.src_uri).language)
    output = html_text.with_html_dir(output)
    search_label = html_text.escape(state.labels(language).get("search_label"))
    output = output.replace('data-md-component="search" role="dialog"',
                            f'data-md-component="search" role="dialog" aria-label="{search_label}"', 1)
    _refuse_untrusted_scripts(output, page, state.trusted_scripts)
    return output


def _refuse_untrusted_scripts(output: str, page, trusted) -> None:
    """A built page may carry only the inline scripts our templates write; name the editor's file if not."""
    _, others = csp.untrusted_scripts(output, trusted)
    if not others:
        return
    source = page.meta.get("history_path")  # pages made from a data file name it here
    path = source or "docs/" + page.file.src_uri
    line = 1
    text = "" if source else (page.file.content_string or "")
    snippet = others[0][1].strip()[:20]
    for needle in (snippet, "script", "\\x3c", "\\u003c", "<"):
        at = text.lower().find(needle.lower()) if needle else -1
        if at >= 0:
            line = text.count("\n", 0, at) + 1
            break
    raise PluginError(f"{path}:{line}: sidan innehåller ett skript som inte kommer från webbplatsens mallar – "
                      "ta bort skriptet eller koden som bildar det (till exempel i title, description eller en datafil); "
                      "webbplatsen kör bara sina egna skript\nBygget stoppades: 1 fel. Rätta felet ovan och bygg igen.")


def on_post_template(output, template_name, config):
    """Each language gets its own 404 page; the default language's stays at /404.html.

    mkdocs-static-i18n builds the other languages with the same site_dir, so each build would
    overwrite /404.html. The default build's page is kept and the others go to /<prefix>/404.html.
    """
    if template_name != "404.html":
        return output
    state = build_state.of(config)
    language = state.language_of_build(config)
    output = html_text.with_html_dir(output)
    if language.default:
        state.not_found = output
        return output
    target = os.path.join(config.site_dir, *language.url.strip("/").split("/"), "404.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(output)
    return state.not_found or output


@event_priority(-200)  # after mkdocs-static-i18n's on_post_build (-100), which runs the other languages' builds
def on_post_build(config):
    site_dir = config.site_dir
    if i18n_plugin.in_language_build(config):
        return  # a nested language build; the whole site is finished after the default build
    state = build_state.of(config)
    write_security_headers(site_dir, state.trusted_scripts)
    if _precompressing():
        precompress.compress_tree(site_dir, skip=lambda path: search_index.is_unused_theme_file(site_dir, path))


def write_security_headers(site_dir: str, trusted) -> None:
    """Hash the trusted inline scripts; any other inline script in any built HTML file stops the build."""
    hashes: set[str] = set()
    untrusted = []
    for folder, _, names in os.walk(site_dir):
        for name in names:
            if name.endswith((".html", ".htm", ".xhtml")):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as fh:
                    found, others = csp.untrusted_scripts(fh.read(), trusted)
                hashes |= found
                if others:
                    untrusted.append(os.path.relpath(os.path.join(folder, name), site_dir))
    if untrusted:
        raise PluginError("\n".join(f"{rel}:1: den byggda filen innehåller ett skript som inte kommer från webbplatsens mallar – "
                                     "ta bort skriptet ur källfilen; webbplatsen kör bara sina egna skript" for rel in sorted(untrusted))
                          + f"\nBygget stoppades: {len(untrusted)} fel. Rätta felen ovan och bygg igen.")
    policy = csp.policy(hashes)
    os.makedirs(os.path.join(site_dir, "_deploy"), exist_ok=True)
    with open(os.path.join(site_dir, "_deploy", "security-headers.conf"), "w", encoding="utf-8") as fh:
        fh.write(csp.nginx_include(policy))
    with open(os.path.join(site_dir, "_deploy", "asset-headers.conf"), "w", encoding="utf-8") as fh:
        fh.write(csp.nginx_asset_include())
    with open(os.path.join(site_dir, "_headers"), "w", encoding="utf-8") as fh:
        fh.write(csp.headers_file(policy))
