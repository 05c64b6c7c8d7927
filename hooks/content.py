"""MkDocs glue for page content: check front matter and raw HTML, expand markers, add tooltips and page facts."""
from __future__ import annotations

import html
import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import (content_lint, cross_links, figures, footnote_links, front_matter, git_history, glossary, identity, link_text,
                       links, markers, numbers, page_meta, page_titles, process_map, regions, registry, site_data, translations)
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
    _state["generated"] = {f"{lang}/{p}" for lang in ("sv", "en") for p in generated}
    _state["pages"] = {lang: site_data.pages_on_disk(config.docs_dir, lang) | (generated if lang in ("sv", "en") else set())
                       for lang in ("sv", "en", "ar")}
    _state["titles"] = page_titles.read(config.docs_dir) | _generated_titles(loaded)
    return config


def _generated_titles(d: site_data.SiteData) -> dict[str, str]:
    """Titles of the pages made from data, as their generators write them."""
    titles = {}
    for lang in ("sv", "en"):
        ui = d.ui.get(lang, {})
        titles[f"{lang}/andringar.md"] = ui.get("changes", {}).get("title", "")
        titles[f"{lang}/kontakter/index.md"] = ui.get("counties", {}).get("index_title", "")
        titles[f"{lang}/kontakter/kommuner.md"] = ui.get("counties", {}).get("municipalities_title", "")
        for county in (d.directory.counties if d.directory else []):
            titles[f"{lang}/kontakter/{county.slug}.md"] = county.name.get(lang, "")
    return titles


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
                                  page_exists_in=lambda link, l: link in _state["pages"].get(l, set()),
                                  title_of=lambda link, l: _state["titles"].get(f"{l}/{link}"))
    return {
        "ordlista": lambda arg, line: glossary.render_page(d.terms, lang),
        "källförteckning": lambda arg, line: registry.render_source_list(d.reports, ui) + _editors_note(ui),
        "processkarta": process,
        "återkoppling": lambda arg, line: identity.feedback_markdown(ui.get("feedback") or d.ui.get("sv", {}).get("feedback"),
                                                                    _state["feedback_email"]),
    }


def _editors_note(ui: dict) -> str:
    """The one place readers' pages point to the code host: the sources page, for editors."""
    repo = _state["repo_url"]
    if not repo or not ui.get("editors_note"):
        return ""
    return f'\n<p class="editors-note" data-editors-note>{html.escape(ui["editors_note"])} ' \
           f'<a href="{html.escape(repo, quote=True)}" rel="nofollow noreferrer">{html.escape(ui["editors_link"])}</a></p>\n'


@event_priority(50)
def on_page_markdown(markdown, page, config, files):
    d = data()
    path = _display_path(page)
    raw = page.file.content_string
    variant = variant_of(page.file.src_uri)
    lang = language_of(page.file.src_uri)
    problems: list[Problem] = []
    problems += front_matter.check(path, raw, d.front_matter_registry, is_translation=variant in ("en", "ar"), parsed=page.meta)
    if page.file.src_uri not in _state["generated"]:  # generated pages hold our own HTML; their data was checked value by value
        problems += content_lint.lint(path, raw)
        problems += figures.check(path, raw)  # pages made from data/ carry their sources in the data files
    problems += link_text.check_markdown(path, raw)
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


def on_page_content(content, page, config, files):
    """Links made by markers and data must read as where they lead, like links editors write;
    footnote back-links in the page's own language."""
    _, body, body_line = front_matter.split(page.file.content_string)
    problems = link_text.check_html(_display_path(page), content, body, body_line)
    if problems:
        raise PluginError(ContentErrors(problems).report())
    lang = language_of(page.file.src_uri)
    return footnote_links.localise(content, data().labels(lang, variant_of(page.file.src_uri)).get("footnote_back", ""))


def on_post_page(output, page, config):
    """The whole page, template parts included: phone numbers as tel: links, numbers isolated in right-to-left text.

    Runs before hooks/delivery.py (priority -100), which compresses what is written.
    """
    return numbers.process(output, rtl=language_of(page.file.src_uri) == "ar")


def on_page_context(context, page, config, nav):
    d = data()
    lang = language_of(page.file.src_uri)
    variant = variant_of(page.file.src_uri)
    src = "docs/" + page.file.src_uri
    sources_lang = lang if "kallor.md" in _state["pages"].get(lang, set()) else "sv"
    meta = page_meta.build(
        page.meta, lang, d.owners, d.reports.entries,
        last_changed=_state["git"].get(page.meta.get("history_path") or src),
        sources_url=None if path_in_language(page.file.src_uri) == "kallor.md" else links.page_url("kallor.md", sources_lang),
    )
    meta["sources_hreflang"] = sources_lang if sources_lang != lang else None
    context["ui"] = d.labels(lang, variant)
    source = (page.meta.get("translation") or {}).get("source") if isinstance(page.meta.get("translation"), dict) else None
    context["translation"] = translations.status(page.meta.get("translation"), _state["reviewed"].get(source))
    context["page_facts"] = meta
    context["site_variant"] = variant
    context["page_path_in_language"] = path_in_language(page.file.src_uri)
    return context


def on_post_template(output_content, template_name, config):
    """Static pages (404) in the language being built: the same number handling as content pages."""
    if not template_name.endswith(".html"):
        return output_content
    lang = config.theme.get("language", "sv") if hasattr(config.theme, "get") else "sv"
    return numbers.process(output_content, rtl=lang == "ar")


def on_template_context(context, template_name, config):
    """Static templates (the 404 page) get the texts of the language being built."""
    lang = config.theme.get("language", "sv") if hasattr(config.theme, "get") else "sv"
    context.setdefault("ui", data().labels(lang if lang in ("sv", "en", "ar") else "sv", lang))
    return context
