"""MkDocs glue for page content: check front matter and raw HTML, expand markers, add tooltips and page facts."""
from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitebuild import (build_state, content_lint, cross_links, figures, footnote_links, front_matter, glossary, html_text, identity,
                       language_links, link_text, markers, numbers, page_meta, process_map, registry, translations)
from sitebuild.parts import page_url
from sitebuild.problems import ContentErrors, Problem


def on_config(config):
    build_state.of(config)  # load and check every data file once per build; stop on the first report of errors
    return config


def _display_path(page) -> str:
    return "docs/" + page.file.src_uri


def _renderers(state, page, ui: dict, problems: list, path: str, body_line: int) -> dict:
    d, part = state.data, state.part_of(page.file.src_uri)
    language = state.parts.by_language(part.language)

    def process(arg, line):
        proc = d.processes.get(arg)
        if proc is None:
            problems.append(Problem(path, body_line + line - 1, f"processkartan `{arg}` finns inte",
                                    f"använd en av: {', '.join(d.processes) or '(inga processer i data/processes/)'}"))
            return ""
        return process_map.render(proc, part.key, ui["process"], d.actors, page_url_now=page.url,
                                  current_page=state.parts.path_in_language(page.file.src_uri),
                                  language=language, fallback=state.parts.default,
                                  page_exists_in=lambda link, key: link in state.pages.get(key, set()),
                                  title_of=lambda link, key: state.titles.get(f"{key}/{link}"))
    return {
        "ordlista": lambda arg, line: glossary.render_page(d.terms, language.key),
        "källförteckning": lambda arg, line: registry.render_source_list(d.reports, ui) + _editors_note(state, ui),
        "processkarta": process,
        "språkval": lambda arg, line: language_links.render(state.parts, part, page.url),
        # The accessibility statement exists in the languages with generated pages; ui_labels checks they have these texts.
        "återkoppling": lambda arg, line: identity.feedback_markdown(ui.get("feedback"), state.feedback_email),
    }


def _editors_note(state, ui: dict) -> str:
    """The one place readers' pages point to the code host: the sources page, for editors."""
    if not state.repo_url or not ui.get("editors_note"):
        return ""
    return f'\n<p class="editors-note" data-editors-note>{html_text.escape(ui["editors_note"])} ' \
           f'<a href="{html_text.escape(state.repo_url)}" rel="nofollow noreferrer">{html_text.escape(ui["editors_link"])}</a></p>\n'


@event_priority(50)
def on_page_markdown(markdown, page, config, files):
    state = build_state.of(config)
    path = _display_path(page)
    raw = page.file.content_string
    part = state.part_of(page.file.src_uri)
    problems: list[Problem] = []
    problems += front_matter.check(path, raw, state.data.front_matter_registry, is_translation=not part.default and not part.youth,
                                   parsed=page.meta)
    if page.file.src_uri not in state.generated:  # generated pages hold our own HTML; their data was checked value by value
        problems += content_lint.lint(path, raw)
        problems += figures.check(path, raw)  # pages made from data/ carry their sources in the data files
    problems += link_text.check_markdown(path, raw)
    _, _, body_line = front_matter.split(raw)
    ui = state.labels(part)

    def unknown(name, line):
        problems.append(Problem(path, body_line + line - 1, f"okänd markör `<!-- {name} -->`",
                                "kontrollera stavningen: processkarta: avhopp, ordlista, källförteckning, språkval"))
    markdown = markers.expand(markdown, _renderers(state, page, ui, problems, path, body_line), unknown)
    markdown = cross_links.rewrite(markdown, page.file.src_uri, page.url,
                                   in_build=lambda src: files.get_file_from_path(src) is not None,
                                   exists=state.exists, url_of=state.parts.url_of)
    if problems:
        raise PluginError(ContentErrors(problems).report())
    return markdown + glossary.abbreviations(state.data.terms, part, markdown)


def on_page_content(content, page, config, files):
    """Links made by markers and data must read as where they lead, like links editors write;
    footnote back-links in the page's own language."""
    _, body, body_line = front_matter.split(page.file.content_string)
    problems = link_text.check_html(_display_path(page), content, body, body_line)
    if problems:
        raise PluginError(ContentErrors(problems).report())
    state = build_state.of(config)
    return footnote_links.localise(content, state.labels(state.part_of(page.file.src_uri)).get("footnote_back", ""))


def on_post_page(output, page, config):
    """The whole page, template parts included: phone numbers as tel: links, numbers isolated in right-to-left text
    (the direction Material's language partial gave the page).

    Runs before hooks/delivery.py (priority -100), which compresses what is written.
    """
    return numbers.process(output, rtl=html_text.direction(output) == "rtl")


def on_page_context(context, page, config, nav):
    state = build_state.of(config)
    part = state.part_of(page.file.src_uri)
    language = state.parts.by_language(part.language)
    in_language = state.parts.path_in_language(page.file.src_uri)
    src = "docs/" + page.file.src_uri
    # The sources page in the page's language where it exists, else the default language's (marked with hreflang).
    sources = language if "kallor.md" in state.pages.get(language.key, set()) else state.parts.default
    meta = page_meta.build(
        page.meta, language.key, state.data.owners, state.data.reports.entries,
        last_changed=state.last_changed.get(page.meta.get("history_path") or src),
        sources_url=None if in_language == "kallor.md" else page_url("kallor.md", sources.url),
    )
    meta["sources_hreflang"] = sources.language if sources.language != language.language else None
    context["ui"] = state.labels(part)
    source = (page.meta.get("translation") or {}).get("source") if isinstance(page.meta.get("translation"), dict) else None
    context["translation"] = translations.status(page.meta.get("translation"), state.reviewed.get(source), state.parts.url_of)
    context["page_facts"] = meta
    context["site_part"] = part
    context["page_path_in_language"] = in_language
    return context


def on_post_template(output_content, template_name, config):
    """Static pages (404) in the language being built: the same number handling as content pages."""
    if not template_name.endswith(".html"):
        return output_content
    return numbers.process(output_content, rtl=html_text.direction(output_content) == "rtl")


def on_template_context(context, template_name, config):
    """Static templates (the 404 page) get the texts of the language being built."""
    state = build_state.of(config)
    context.setdefault("ui", state.labels(state.language_of_build(config)))
    return context
