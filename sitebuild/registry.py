"""The owner agencies (data/owners.yaml) and the report register (data/sources.yaml)."""
from __future__ import annotations

import html
from dataclasses import dataclass

from . import yaml_lines
from .front_matter import Registry
from .problems import Problem

SOURCE_FIELDS = ("title", "issuer", "diary", "date", "kind")
OWNER_LANGS = ("sv", "en", "ar")


@dataclass(frozen=True)
class Reports:
    entries: dict  # key -> dict(title, issuer, diary, date, kind)


def load(owners_path: str, sources_path: str) -> tuple[dict, Reports, list[Problem]]:
    problems: list[Problem] = []
    owners, reports = {}, {}
    try:
        doc = yaml_lines.load_file(owners_path, "data/owners.yaml")
        for key, node in (doc.get("owners") or yaml_lines.Located({}, 1, {})).items():
            for field in OWNER_LANGS + ("team",):
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


def front_matter_registry(owners: dict, reports: Reports) -> Registry:
    return Registry(owners=owners, reports={k: v.get("title") for k, v in reports.entries.items()})


def render_source_list(reports: Reports, labels: dict) -> str:
    """Markdown list of every report (the `<!-- källförteckning -->` marker)."""
    out = []
    for entry in reports.entries.values():
        e = {k: html.escape(str(entry.get(k, "")), quote=False) for k in SOURCE_FIELDS}
        out.append(f"- **{e['title']}**  \n  {e['kind']}. {e['issuer']}. "
                   f"{labels['diary']}: {e['diary']}. {labels['date']}: {e['date']}.")
    return "\n".join(out) + "\n"
