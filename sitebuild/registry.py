"""The owner agencies (data/owners.yaml) and the report register (data/sources.yaml)."""
from __future__ import annotations

from dataclasses import dataclass

from . import yaml_lines
from .front_matter import Registry
from .html_text import escape
from .problems import Problem

SOURCE_FIELDS = ("title", "issuer", "diary", "date", "kind")


@dataclass(frozen=True)
class Reports:
    entries: dict  # key -> dict(title, issuer, diary, date, kind)


def load(owners_path: str, sources_path: str, langs: tuple = ()) -> tuple[dict, Reports, list[Problem]]:
    """`langs`: the data keys every owner's name needs (one per language part)."""
    problems: list[Problem] = []
    owners, reports = {}, {}
    try:
        doc = yaml_lines.load_file(owners_path, "data/owners.yaml")
        for key, node in (doc.get("owners") or yaml_lines.Located({}, 1, {})).items():
            for field in tuple(langs) + ("team",):
                if not (node.value or {}).get(field):
                    problems.append(Problem("data/owners.yaml", node.line, f"myndigheten `{key}` saknar `{field}`",
                                            f"lägg till `{field}:` under `{key}`"))
            owners[key] = node.value or {}
    except yaml_lines.YamlSyntaxError as exc:
        problems.append(exc.problem)
    try:
        doc = yaml_lines.load_file(sources_path, "data/sources.yaml")
        for key, node in (doc.get("reports") or yaml_lines.Located({}, 1, {})).items():
            for field in SOURCE_FIELDS:
                if not (node.value or {}).get(field):
                    problems.append(Problem("data/sources.yaml", node.line, f"rapporten `{key}` saknar `{field}`",
                                            f"lägg till `{field}:` under `{key}`"))
            reports[str(key)] = node.value or {}
    except yaml_lines.YamlSyntaxError as exc:
        problems.append(exc.problem)
    return owners, Reports(reports), problems


def front_matter_registry(owners: dict, reports: Reports, source_folder: str) -> Registry:
    return Registry(owners=owners, reports={k: v.get("title") for k, v in reports.entries.items()}, source_folder=source_folder)


def render_source_list(reports: Reports, labels: dict) -> str:
    """Markdown list of every report (the `<!-- källförteckning -->` marker)."""
    out = []
    for entry in reports.entries.values():
        e = {k: escape(entry.get(k, "")) for k in SOURCE_FIELDS}
        out.append(f"- **{e['title']}**  \n  {e['kind']}. {e['issuer']}. "
                   f"{labels['diary']}: {e['diary']}. {labels['date']}: {e['date']}.")
    return "\n".join(out) + "\n"
