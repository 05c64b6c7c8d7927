"""MkDocs glue for the built output: html dir, accessible search dialog, security headers, precompression.

Search itself (Pagefind, our worker) is hooks/search.py."""
from __future__ import annotations

import html
import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import csp, precompress, search_index, yaml_lines
from sitebuild.page_language import language_of

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_ui: dict = {}
_not_found: dict[str, str] = {}
_compressor: list[precompress.Compressor] = []
_trusted_scripts: list = []


def _precompressing() -> bool:
    return os.environ.get("SITE_PRECOMPRESS", "1") != "0"  # `make serve` skips it: nothing there serves .gz


def on_config(config):
    i18n = _i18n(config)
    if not (i18n and getattr(i18n, "building", False)):  # the default language's build starts the whole build
        _stop_compressing()
        if _precompressing():
            _compressor.append(precompress.Compressor())
    try:
        _ui.update(yaml_lines.load_file(os.path.join(ROOT, "data", "ui.yaml"), "data/ui.yaml").value or {})
    except (yaml_lines.YamlSyntaxError, TypeError, ValueError):
        pass  # the content hook reports every problem in data/ui.yaml and stops the build
    if not _trusted_scripts:
        _trusted_scripts.extend(csp.template_patterns(list(config.theme.dirs)))
    return config


def _stop_compressing() -> None:
    while _compressor:
        _compressor.pop().cancel()


def on_build_error(error):
    _stop_compressing()


def on_env(env, config, files):
    """The site folder has been emptied and static files are about to be copied: compress them now."""
    if not _compressor:
        return env
    for f in files:
        dest = f.abs_dest_path
        # Files a plugin or hook made in memory are left to the end: their source is not what is written.
        if (f.is_documentation_page() or not f.inclusion.is_included() or not f.abs_src_path or f.generated_by
                or not dest.endswith(precompress.EXTENSIONS) or search_index.is_unused_theme_file(config.site_dir, dest)):
            continue
        _compressor[0].copy_of(f.abs_src_path, dest)
    return env


@event_priority(-100)
def on_post_page(output, page, config):
    lang = language_of(page.file.src_uri)
    if lang == "ar":
        output = output.replace('<html lang="ar"', '<html lang="ar" dir="rtl"', 1)
    search_label = html.escape(str((_ui.get(lang) or {}).get("search_label") or ""), quote=True)
    output = output.replace('data-md-component="search" role="dialog"',
                            f'data-md-component="search" role="dialog" aria-label="{search_label}"', 1)
    _refuse_untrusted_scripts(output, page)
    if _compressor:
        _compressor[0].page(page.file.abs_dest_path, output)
    return output


def _refuse_untrusted_scripts(output: str, page) -> None:
    """A built page may carry only the inline scripts our templates write; name the editor's file if not."""
    _, others = csp.untrusted_scripts(output, _trusted_scripts)
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


def _i18n(config):
    return config.plugins.get("i18n")


def on_post_template(output, template_name, config):
    """Each language gets its own 404 page; the Swedish one stays at /404.html.

    mkdocs-static-i18n builds the other languages with the same site_dir, so each build would
    overwrite /404.html. The default build's page is kept and the others go to /<lang>/404.html.
    """
    if template_name != "404.html":
        return output
    i18n = _i18n(config)
    lang = getattr(i18n, "current_language", "sv") if i18n else "sv"
    if lang == "sv" or not i18n or not i18n.building:
        _not_found["sv"] = output
        return output
    target = os.path.join(config.site_dir, lang, "404.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(output.replace('<html lang="ar"', '<html lang="ar" dir="rtl"', 1) if lang == "ar" else output)
    return _not_found.get("sv", output)


@event_priority(-200)
def on_post_build(config):
    site_dir = config.site_dir
    i18n = _i18n(config)
    if i18n and i18n.building:
        return  # a nested language build; the whole site is finished after the default build
    write_security_headers(site_dir)
    if _compressor:
        _compressor.pop().finish(site_dir)


def write_security_headers(site_dir: str) -> None:
    """Hash the trusted inline scripts; any other inline script in any built HTML file stops the build."""
    hashes: set[str] = set()
    untrusted = []
    for folder, _, names in os.walk(site_dir):
        for name in names:
            if name.endswith((".html", ".htm", ".xhtml")):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as fh:
                    found, others = csp.untrusted_scripts(fh.read(), _trusted_scripts)
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
