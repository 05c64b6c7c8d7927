"""MkDocs glue for page content: check front matter and raw HTML, expand markers, add tooltips and page facts."""
from __future__ import annotations

import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import (content_lint, cross_links, front_matter, git_history, glossary, identity, markers, page_meta, process_map,
                       regions, registry, site_data, translations)
from sitebuild.page_language import language_of, path_in_language, variant_of
from sitebuild.problems import ContentErrors, Problem

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_state: dict = {}


def data() -> site_data.SiteData:
    return _state["data"]


def on_config(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False) and "data" in _state:
        return config  # mkdocs-static-i18n's build of another language: everything below is already loaded
    loaded = site_data.load_cached(ROOT, config.docs_dir)
    if any(p.severity == "fel" for p in loaded.problems):
        raise PluginError(ContentErrors([p for p in loaded.problems if p.severity == "fel"]).report())
    _state["data"] = loaded
    _state["git"] = git_history.last_changed(git_history.log(ROOT))
    _state["repo_url"] = (config.extra.get("repository") or "").rstrip("/")
    _state["branch"] = config.extra.get("branch") or "main"
    _state["feedback_email"] = config.extra.get("feedback_email") or ""  # "" while a placeholder (hooks/site_identity.py)
    _state["reviewed"] = site_data.swedish_reviewed_dates(config.docs_dir)
    _state["docs_dir"] = config.docs_dir
    generated = set(regions.generated_paths(loaded.directory)) | set(site_data.GENERATED_PAGES)
    _state["pages"] = {lang: site_data.pages_on_disk(config.docs_dir, lang) | (generated if lang in ("sv", "en") else set())
                       for lang in ("sv", "en", "ar")}
    return config


def _exists_anywhere(src_uri: str) -> bool:
    first, _, rest = src_uri.partition("/")
    if first in _state["pages"]:
        return rest in _state["pages"][first]
    return os.path.exists(os.path.join(_state["docs_dir"], src_uri))


def _display_path(page) -> str:
    return "docs/" + page.file.src_uri


def _renderers(page, lang: str, variant: str, ui: dict, problems: list, path: str, body_line: int) -> dict:
    d = data()

    def process(arg, line):
        proc = d.processes.get(arg)
        if proc is None:
            problems.append(Problem(path, body_line + line - 1, f"processkartan `{arg}` finns inte",
                                    f"använd en av: {', '.join(d.processes) or '(inga processer i data/processes/)'}"))
            return ""
        return process_map.render(proc, variant, ui["process"], d.actors, page_url_now=page.url,
                                  current_page=path_in_language(page.file.src_uri), lang=lang,
                                  page_exists_in=lambda link, l: link in _state["pages"].get(l, set()))
    return {
        "ordlista": lambda arg, line: glossary.render_page(d.terms, lang),
        "källförteckning": lambda arg, line: registry.render_source_list(d.reports, ui),
        "processkarta": process,
        "återkoppling": lambda arg, line: identity.feedback_markdown(ui.get("feedback") or d.ui.get("sv", {}).get("feedback"),
                                                                    _state["feedback_email"]),
    }


@event_priority(50)
def on_page_markdown(markdown, page, config, files):
    d = data()
    path = _display_path(page)
    raw = page.file.content_string
    variant = variant_of(page.file.src_uri)
    lang = language_of(page.file.src_uri)
    problems: list[Problem] = []
    problems += front_matter.check(path, raw, d.front_matter_registry, is_translation=variant in ("en", "ar"), parsed=page.meta)
    problems += content_lint.lint(path, raw)
    _, _, body_line = front_matter.split(raw)
    ui = d.labels(lang, variant)

    def unknown(name, line):
        problems.append(Problem(path, body_line + line - 1, f"okänd markör `<!-- {name} -->`",
                                "kontrollera stavningen: processkarta: avhopp, ordlista, källförteckning"))
    markdown = markers.expand(markdown, _renderers(page, lang, variant, ui, problems, path, body_line), unknown)
    markdown = cross_links.rewrite(markdown, page.file.src_uri, page.url,
                                   in_build=lambda src: files.get_file_from_path(src) is not None,
                                   exists=_exists_anywhere)
    if problems:
        raise PluginError(ContentErrors(problems).report())
    return markdown + glossary.abbreviations(d.terms, variant if variant in ("sv", "en", "ungdom") else "none", markdown)


def on_page_context(context, page, config, nav):
    d = data()
    lang = language_of(page.file.src_uri)
    variant = variant_of(page.file.src_uri)
    src = "docs/" + page.file.src_uri
    repo = _state["repo_url"]
    meta = page_meta.build(
        page.meta, lang, d.owners, d.reports.entries,
        last_changed=_state["git"].get(page.meta.get("history_path") or src),
        history_url=f"{repo}/commits/{_state['branch']}/{page.meta.get('history_path') or src}" if repo else None,
        edit_url=f"{repo}/edit/{_state['branch']}/{page.meta.get('history_path') or src}" if repo else None,
    )
    context["ui"] = d.labels(lang, variant)
    source = (page.meta.get("translation") or {}).get("source") if isinstance(page.meta.get("translation"), dict) else None
    context["translation"] = translations.status(page.meta.get("translation"), _state["reviewed"].get(source))
    context["page_facts"] = meta
    context["site_variant"] = variant
    context["page_path_in_language"] = path_in_language(page.file.src_uri)
    return context


def on_template_context(context, template_name, config):
    """Static templates (the 404 page) get the texts of the language being built."""
    lang = config.theme.get("language", "sv") if hasattr(config.theme, "get") else "sv"
    context.setdefault("ui", data().labels(lang if lang in ("sv", "en", "ar") else "sv", lang))
    return context
