"""A page's front matter: read it (the one reader, through the strict YAML loader) and check it: required fields,
known owners, audiences and reports, sane dates."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import content_lint, yaml_lines
from .problems import Problem

REQUIRED = ("title", "description", "audience", "owner", "sources", "reviewed", "review_by")
AUDIENCES = ("yrkesverksamma", "avhoppare", "anhoriga", "unga")
TRANSLATION_STATUSES = ("reviewed", "unreviewed")
OPTIONAL = ("translation", "search", "history_path")
TEXT_FIELDS = ("title", "description", "owner", "history_path")
SAFE_PATH = re.compile(r"^[a-z][a-z0-9-]*/([a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_.-]*\.(md|yaml)$")  # a docs/ or data/ path
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.S)


@dataclass(frozen=True)
class Registry:
    """What front matter may refer to: owner keys, the report registry (key -> title), and the default
    language's folder, where every translation's source page is."""
    owners: dict
    reports: dict
    source_folder: str = ""


def split(text: str) -> tuple[str | None, str, int]:
    """Return (front matter YAML or None, body, line number where the body starts)."""
    m = _FRONT.match(text)
    if not m:
        return None, text, 1
    yaml_text = m.group(1) or ""
    return yaml_text, text[m.end():], yaml_text.count("\n") + 3


def meta_of(text: str, display: str) -> dict | None:
    """The front matter of a page's text as a dict ({} without one); None when it cannot be read safely
    (`check` names the problem with its line)."""
    yaml_text, _, _ = split(text)
    if yaml_text is None:
        return {}
    try:
        value = yaml_lines.parse(yaml_text, display, line_offset=1).value
    except yaml_lines.YamlSyntaxError:
        return None
    return value if isinstance(value, dict) else ({} if value is None else None)


def read_meta(path: str, display: str) -> dict | None:
    """`meta_of` for a file on disk; None also when the file is not UTF-8 text."""
    try:
        return meta_of(yaml_lines.read_text(path, display), display)
    except yaml_lines.YamlSyntaxError:
        return None


def as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _unlocated(value) -> yaml_lines.Located:
    """Already parsed front matter as Located nodes without lines (line 0)."""
    if isinstance(value, dict):
        return yaml_lines.Located(value, 0, {str(k): _unlocated(v) for k, v in value.items()})
    if isinstance(value, list):
        return yaml_lines.Located(value, 0, [_unlocated(v) for v in value])
    return yaml_lines.Located(value, 0)


def check(path: str, text: str, registry: Registry, *, is_translation: bool = False, parsed: dict | None = None) -> list[Problem]:
    """All front-matter problems of one page. `path` is shown to the editor (docs/sv/x.md).

    `parsed` is the front matter as MkDocs read it: when it is clean, the page is not parsed again;
    only a page with problems is, to find the lines they are on."""
    # Only where our own reading finds the same block (MkDocs also accepts `...` as its end).
    if parsed and _FRONT.match(text) and not _check_fields(path, _unlocated(parsed), registry, is_translation, 0):
        return []
    yaml_text, _, _ = split(text)
    if yaml_text is None:
        return [Problem(path, 1, "sidan saknar front matter",
                        "börja filen med `---`, fälten title, description, audience, owner, sources, "
                        "reviewed, review_by och en rad `---` (se docs/_mallar/)")]
    try:
        fm = yaml_lines.parse(yaml_text, path, line_offset=1)
    except yaml_lines.YamlSyntaxError as exc:
        return [exc.problem]
    if not isinstance(fm.value, dict):
        return [Problem(path, 2, "front matter är inte en lista med fält", "skriv ett fält per rad: `title: Sidans rubrik`")]
    return _check_fields(path, fm, registry, is_translation, 2 + yaml_text.count("\n"))


def _check_fields(path: str, fm: yaml_lines.Located, registry: Registry, is_translation: bool, end_line: int) -> list[Problem]:
    problems: list[Problem] = _check_shapes(path, fm, registry)
    for field in REQUIRED:
        node = fm.get(field)
        if node is None or node.value in (None, "", []):
            problems.append(Problem(path, end_line, f"fältet `{field}` saknas i front matter",
                                    f"lägg till `{field}:` före den avslutande `---` (se docs/_mallar/)"))
    problems += _check_audience(path, fm)
    problems += _check_owner(path, fm, registry)
    problems += _check_sources(path, fm, registry)
    problems += _check_dates(path, fm)
    if is_translation:
        problems += _check_translation(path, fm, end_line)
    return problems


def _check_shapes(path, fm, registry) -> list[Problem]:
    """Unknown fields, values of the wrong kind, and text that could carry markup or hide characters."""
    problems = []
    for key, node in fm.items():
        if key not in REQUIRED + OPTIONAL:
            problems.append(Problem(path, node.line, f"okänt fält `{key}` i front matter",
                                    f"ta bort fältet eller rätta stavningen; tillåtna fält: {', '.join(REQUIRED + OPTIONAL)}"))
    for field in TEXT_FIELDS:
        node = fm.get(field)
        if node is not None and node.value is not None and not isinstance(node.value, str):
            problems.append(Problem(path, node.line, f"`{field}` ska vara en text, inte en lista eller ett block",
                                    f"skriv `{field}: ` följt av texten på samma rad"))
    for field in ("title", "description"):
        node = fm.get(field)
        if node is None or not isinstance(node.value, str):
            continue
        bad = content_lint.markup_problem(node.value) or content_lint.invisible_problem(node.value)
        if not bad and field == "description" and '"' in node.value:
            bad = "texten innehåller raka citattecken (\")"
        if bad:
            problems.append(Problem(path, node.line, f"`{field}`: {bad}",
                                    "skriv vanlig text utan <, >, &-koder, raka citattecken och osynliga tecken; använd ”typografiska” citattecken"))
    history = fm.get("history_path")
    if history is not None and isinstance(history.value, str) and not SAFE_PATH.match(history.value):
        problems.append(Problem(path, history.line, "`history_path` är inte en sökväg i repositoriet",
                                "ta bort fältet; det används bara av genererade sidor"))
    for key_path, node in fm.walk():
        if isinstance(node.value, str) and key_path and key_path[0] not in ("title", "description"):
            bad = content_lint.invisible_problem(node.value)
            problems += content_lint.lint(path, node.value, node.line)
            if bad:
                problems.append(Problem(path, node.line, bad, content_lint.FIX_CHARS))
    translation = fm.get("translation")
    if translation is not None and not isinstance(translation.value, dict):
        problems.append(Problem(path, translation.line, "`translation` ska vara ett block",
                                "skriv `translation:` och fälten source, source_reviewed och status indragna på raderna under"))
    elif translation is not None:
        source = translation.value.get("source")
        main = registry.source_folder
        if source and (not isinstance(source, str) or not SAFE_PATH.match(source) or not source.startswith(f"{main}/")):
            problems.append(Problem(path, translation.line_of("source"), f"`translation.source` är inte en svensk sida: `{source}`",
                                    f"skriv sökvägen till den svenska sidan, till exempel `source: {main}/vad-ar-en-avhoppare.md`"))
    search = fm.get("search")
    if search is not None and not isinstance(search.value, dict):
        problems.append(Problem(path, search.line, "`search` ska vara ett block", "skriv till exempel `search:` och på nästa rad `  boost: 2`"))
    return problems


def _check_audience(path, fm) -> list[Problem]:
    node = fm.get("audience")
    if node is None or node.value in (None, ""):
        return []
    values = node.value if isinstance(node.value, list) else [node.value]
    return [Problem(path, node.line, f"okänd målgrupp `{v}` i `audience`",
                    f"använd en eller flera av: {', '.join(AUDIENCES)}")
            for v in values if not isinstance(v, str) or v not in AUDIENCES]


def _check_owner(path, fm, registry) -> list[Problem]:
    node = fm.get("owner")
    if node is None or node.value in (None, ""):
        return []
    if not isinstance(node.value, str):
        return []  # reported by _check_shapes
    if node.value not in registry.owners:
        return [Problem(path, node.line, f"okänd ansvarig myndighet `{node.value}` i `owner`",
                        f"använd en av: {', '.join(registry.owners)} (listan finns i data/owners.yaml)")]
    return []


def _check_sources(path, fm, registry) -> list[Problem]:
    node = fm.get("sources")
    if node is None or node.value in (None, "", []):
        return []
    if not isinstance(node.value, list):
        return [Problem(path, node.line, "`sources` ska vara en lista",
                        "skriv varje källa på en egen rad som börjar med `- report:`")]
    problems = []
    for item in node:
        if not isinstance(item.value, dict):
            problems.append(Problem(path, item.line, "en källa i `sources` saknar fälten report, title och section",
                                    "skriv källan som `- report: Ju2021/03331` med `title:` och `section:` på raderna under"))
            continue
        report = item.value.get("report")
        if not isinstance(report, (str, int, float)) or str(report) not in registry.reports:
            problems.append(Problem(path, item.line_of("report"), f"okänd rapport `{report}` i `sources`",
                                    f"använd en nyckel från data/sources.yaml: {', '.join(map(str, registry.reports))}"))
            continue
        report = str(report)
        expected = registry.reports[report]
        if item.value.get("title") != expected:
            problems.append(Problem(path, item.line_of("title"), f"titeln för {report} stämmer inte med källregistret",
                                    f"skriv `title: \"{expected}\"`"))
        if not item.value.get("section"):
            problems.append(Problem(path, item.line, f"källan {report} saknar `section`",
                                    "ange avsnitt eller rubrik i rapporten, till exempel `section: \"4.1 Definition\"`"))
    return problems


def _check_dates(path, fm) -> list[Problem]:
    problems = []
    dates = {}
    for field in ("reviewed", "review_by"):
        node = fm.get(field)
        if node is None or node.value in (None, ""):
            continue
        date = as_date(node.value)
        if date is None:
            problems.append(Problem(path, node.line, f"`{field}` är inte ett datum",
                                    "skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-25"))
        dates[field] = date
    if dates.get("reviewed") and dates.get("review_by") and dates["review_by"] < dates["reviewed"]:
        problems.append(Problem(path, fm.line_of("review_by"), "`review_by` ligger före `reviewed`",
                                "nästa granskning måste ligga efter senaste granskning, till exempel ett år senare"))
    return problems


def _check_translation(path, fm, end_line) -> list[Problem]:
    node = fm.get("translation")
    if node is None or not isinstance(node.value, dict):
        return [Problem(path, end_line, "översatt sida saknar fältet `translation`",
                        "lägg till `translation:` med `source`, `source_reviewed` och `status` (se docs/_mallar/oversattning.md)")]
    problems = []
    for field in ("source", "source_reviewed", "status"):
        if not node.value.get(field):
            problems.append(Problem(path, node.line, f"`translation` saknar `{field}`",
                                    "se docs/_mallar/oversattning.md för hur fälten fylls i"))
    status = node.value.get("status")
    if status and (not isinstance(status, str) or status not in TRANSLATION_STATUSES):
        problems.append(Problem(path, node.line_of("status"), f"okänd översättningsstatus `{status}`",
                                "skriv `status: reviewed` (granskad) eller `status: unreviewed` (ogranskad)"))
    if node.value.get("source_reviewed") and as_date(node.value["source_reviewed"]) is None:
        problems.append(Problem(path, node.line_of("source_reviewed"), "`source_reviewed` är inte ett datum",
                                "skriv datumet som ÅÅÅÅ-MM-DD"))
    return problems
