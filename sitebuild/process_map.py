"""Process maps from data/processes/*.yaml: load, validate, and render as an accessible step-by-step list.

Modelled on GOV.UK's step-by-step navigation: numbered steps whose details open and close with native
<details> (no JavaScript), "och"/"eller" between steps that run alongside or instead of the previous one,
actors as labelled badges, and the current step marked when the map sits on that step's own page.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from . import yaml_lines
from .links import relative
from .parts import Part, page_url
from .html_text import escape as _e
from .problems import Problem

STEP_TEXTS = ("title", "what_happens", "you_can_expect")
JOINS = ("and", "or")


@dataclass
class Step:
    id: str
    actors: list[str]
    texts: dict              # field -> {lang: text}
    links: list[str]
    sources: list[dict]
    join: str | None = None
    after: str | None = None  # side paths: the main step they branch from


@dataclass
class Process:
    id: str
    path: str
    title: dict
    note: dict
    steps: list[Step] = field(default_factory=list)
    side_paths: list[Step] = field(default_factory=list)


def _text_problems(path, node, where, field_name, langs) -> list[Problem]:
    value = node.get(field_name) if node is not None else None
    if value is None or not isinstance(value.value, dict):
        return [Problem(path, node.line if node else 1, f"{where} saknar `{field_name}`",
                        f"lägg till `{field_name}:` med text på {', '.join(langs)}")]
    return [Problem(path, value.line, f"{where}: `{field_name}` saknar text på `{lang}`",
                    f"lägg till `{lang}: \"…\"` under `{field_name}`")
            for lang in langs if not str(value.value.get(lang) or "").strip()]


def _step(path, node, kind, actors, reports, page_exists, seen, langs) -> tuple[Step | None, list[Problem]]:
    problems: list[Problem] = []
    data = node.value if isinstance(node.value, dict) else {}
    step_id = data.get("id")
    where = f"{kind} `{step_id}`" if step_id else kind
    if not step_id:
        return None, [Problem(path, node.line, f"ett {kind} saknar `id`", "ge steget ett unikt id, till exempel `id: forsta-kontakt`")]
    if step_id in seen:
        problems.append(Problem(path, node.line_of("id"), f"id `{step_id}` används två gånger (även rad {seen[step_id]})",
                                "ge varje steg ett eget id"))
    seen.setdefault(step_id, node.line_of("id"))
    step_actors = data.get("actors") or []
    if not step_actors:
        problems.append(Problem(path, node.line, f"{where} saknar `actors`", "ange vem som ansvarar, till exempel `actors: [polisen]`"))
    for actor in step_actors:
        if actor not in actors:
            problems.append(Problem(path, node.line_of("actors"), f"{where}: okänd aktör `{actor}`",
                                    f"använd en av: {', '.join(actors)} (se data/actors.yaml)"))
    for name in STEP_TEXTS:
        problems += _text_problems(path, node, where, name, langs)
    for link in data.get("links") or []:
        if not page_exists(link):
            problems.append(Problem(path, node.line_of("links"), f"{where}: länken `{link}` leder till en sida som inte finns",
                                    "ange sökvägen från språkmappen, till exempel `vem-gor-vad/polisen.md`"))
    for src in data.get("sources") or []:
        if not isinstance(src, dict) or src.get("report") not in reports:
            problems.append(Problem(path, node.line_of("sources"), f"{where}: okänd källa `{src}`",
                                    f"använd `report:` med en nyckel från data/sources.yaml: {', '.join(reports)}"))
    join = data.get("join")
    if join is not None and join not in JOINS:
        problems.append(Problem(path, node.line_of("join"), f"{where}: okänt värde `{join}` i `join`",
                                "skriv `join: and` (samtidigt som steget före) eller `join: or` (i stället för steget före)"))
    texts = {name: dict((data.get(name) or {})) for name in STEP_TEXTS}
    return Step(step_id, list(step_actors), texts, list(data.get("links") or []), list(data.get("sources") or []),
                join, data.get("after")), problems


def load(path: str, display: str, actors: dict, reports, page_exists, langs: tuple = ()) -> tuple[Process | None, list[Problem]]:
    try:
        doc = yaml_lines.load_file(path, display)
    except yaml_lines.YamlSyntaxError as exc:
        return None, [exc.problem]
    if not isinstance(doc.value, dict):
        return None, [Problem(display, 1, "filen ska innehålla fälten id, title, steps", "se data/processes/avhopp.yaml som exempel")]
    problems: list[Problem] = []
    pid = doc.value.get("id") or os.path.splitext(os.path.basename(path))[0]
    problems += _text_problems(display, doc, "processen", "title", langs)
    if doc.value.get("synthesis"):
        problems += _text_problems(display, doc, "processen", "note", langs)
    seen: dict = {}
    process = Process(pid, display, dict(doc.value.get("title") or {}), dict(doc.value.get("note") or {}))
    if not doc.get("steps") or not isinstance(doc.get("steps").value, list) or not doc.value["steps"]:
        problems.append(Problem(display, doc.line_of("steps"), "processen saknar steg", "lägg till `steps:` med minst ett steg"))
    for node in doc.get("steps") or []:
        step, more = _step(display, node, "steg", actors, reports, page_exists, seen, langs)
        problems += more
        if step:
            process.steps.append(step)
    main_ids = {s.id for s in process.steps}
    for node in doc.get("side_paths") or []:
        step, more = _step(display, node, "sidospår", actors, reports, page_exists, seen, langs)
        problems += more
        if step:
            if step.after not in main_ids:
                problems.append(Problem(display, node.line_of("after"), f"sidospår `{step.id}`: `after` pekar inte på ett steg",
                                        f"skriv id för steget sidospåret utgår från: {', '.join(sorted(main_ids))}"))
            process.side_paths.append(step)
    return process, problems


def load_all(folder: str, display_folder: str, actors, reports, page_exists, langs: tuple = ()) -> tuple[dict, list[Problem]]:
    processes, problems = {}, []
    if not os.path.isdir(folder):
        return processes, problems
    for name in sorted(os.listdir(folder)):
        if name.endswith(".yaml"):
            proc, more = load(os.path.join(folder, name), f"{display_folder}/{name}", actors, reports, page_exists, langs)
            problems += more
            if proc:
                processes[proc.id] = proc
    return processes, problems




def render(process: Process, variant: str, labels: dict, actors: dict, *, page_url_now: str, language: Part, fallback: Part,
           current_page: str | None = None, page_exists_in=None, title_of=None) -> str:
    """HTML for one process. `variant` (a part's key) picks the texts; links go to pages in `language`, or in
    `fallback` (the default language) where `page_exists_in(path, key)` says the page is not translated.

    `title_of(path, key)` gives a linked page's title, so a link reads as the page it leads to.
    Numbers: a step joined with `and`/`or` shares the number of the step before it; side paths name the
    number and title of the step they branch from."""
    lang = (language, fallback)
    out = [f'<div class="process-map" data-process-map="{_e(process.id)}">']
    if process.note.get(variant):
        out.append(f'<p class="process-map__note">{_e(process.note[variant])}</p>')
    out.append(f'<ol class="process-map__steps" aria-label="{_e(process.title.get(variant))}">')
    numbers = step_numbers(process)
    for step in process.steps:
        out.append(_render_step(step, variant, labels, actors, numbers[step.id], page_url_now, current_page, lang,
                                page_exists_in, title_of=title_of))
    out.append("</ol>")
    if process.side_paths:
        out.append(f'<h2 class="process-map__side-heading">{_e(labels["side_paths"])}</h2>')
        out.append('<ul class="process-map__side-paths">')
        numbers = step_numbers(process)
        by_id = {s.id: s for s in process.steps}
        for step in process.side_paths:
            origin = by_id.get(step.after)
            after = labels["after_step"].format(number=numbers.get(step.after, ""),
                                                title=origin.texts["title"].get(variant, "") if origin else "")
            out.append(_render_step(step, variant, labels, actors, None, page_url_now, current_page, lang,
                                    page_exists_in, tag="li", kicker=after, side=True, title_of=title_of))
        out.append("</ul>")
    out.append("</div>")
    return "\n".join(out)


def step_numbers(process: Process) -> dict[str, int]:
    """Step id -> the number readers see; steps joined with `and`/`or` share the number before them."""
    numbers, n = {}, 0
    for s in process.steps:
        n += 0 if s.join in JOINS and n else 1
        numbers[s.id] = n
    return numbers


def _render_step(step, variant, labels, actors, number, page_url_now, current_page, lang, page_exists_in,
                 tag="li", kicker=None, side=False, title_of=None) -> str:
    t = {name: step.texts[name].get(variant, "") for name in STEP_TEXTS}
    current = current_page is not None and current_page in step.links
    attrs = f' data-step="{_e(step.id)}"' if not side else f' data-side-path="{_e(step.id)}"'
    cls = "process-map__step" + (" process-map__step--current" if current else "") + (" process-map__step--side" if side else "")
    aria = ' aria-current="step"' if current else ""
    if side:
        marker = f'<span class="process-map__kicker">{_e(kicker)}</span>'
    elif step.join in JOINS:
        marker = (f'<span class="process-map__logic"><span class="process-map__sr">{_e(labels["step"])} {number}, </span>'
                  f'{_e(labels[step.join])}</span>')
    else:
        marker = (f'<span class="process-map__number"><span class="process-map__sr">{_e(labels["step"])} </span>'
                  f'{number}<span class="process-map__sr">:</span></span>')
    badges = "".join(f'<span class="process-map__actor process-map__actor--{_e(a)}">{_e(actors.get(a, {}).get(variant, a))}</span>'
                     for a in step.actors)
    links = []
    for link in step.links:
        here, fallback = lang
        target = here if (page_exists_in is None or page_exists_in(link, here.key)) else fallback
        href = relative(page_url_now, page_url(link, target.url))
        title = ((title_of(link, target.key) if title_of else None)
                 or next((v.get(variant) for v in actors.values() if v.get("page") == link), None) or link)
        other = target.language != here.language
        hreflang = f' hreflang="{_e(target.language)}"' if other else ""
        # Say in the page's own language that the link leads to a Swedish page.
        in_swedish = labels.get("in_swedish", "") if other else ""
        note = f' <span class="process-map__link-lang">{_e(in_swedish)}</span>' if in_swedish else ""
        text = f'<span lang="{_e(target.language)}">{_e(title)}</span>' if other else _e(title)
        links.append(f'<a href="{_e(href)}"{hreflang}>{text}{note}</a>')
    parts = [f'<{tag} class="{cls}"{attrs}{aria}>', "<details>",
             f'<summary>{marker} <span class="process-map__title">{_e(t["title"])}</span> '
             f'<span class="process-map__actors"><span class="process-map__sr">{_e(labels["actors"])}: </span>{badges}</span></summary>',
             '<div class="process-map__body">',
             f'<p class="process-map__label">{_e(labels["what_happens"])}</p><p>{_e(t["what_happens"])}</p>',
             f'<p class="process-map__label">{_e(labels["you_can_expect"])}</p><p>{_e(t["you_can_expect"])}</p>']
    if links:
        # Navigation, not content: left out of search so a page is not found for the titles it links to.
        parts.append(f'<p class="process-map__links" data-search-exclude>{_e(labels["read_more"])} {", ".join(links)}</p>')
    parts += ["</div>", "</details>", f"</{tag}>"]
    return "".join(parts)
