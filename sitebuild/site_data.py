"""Load every data file once per build and collect all their problems."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from . import content_lint, data_schema, data_shapes, glossary, parts as site_parts, process_map, regions, registry, ui_labels, yaml_lines
from .parts import Part, Parts
from .problems import Problem

DATA_FILES = ("data/owners.yaml", "data/sources.yaml", "data/glossary.yaml", "data/ui.yaml", "data/county-map.yaml",
              "data/actors.yaml", "data/regions.yaml")


@dataclass
class SiteData:
    root: str
    parts: Parts
    owners: dict
    reports: registry.Reports
    terms: list
    ui: dict
    actors: dict = field(default_factory=dict)
    processes: dict = field(default_factory=dict)
    directory: regions.Directory | None = None
    tiles: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def front_matter_registry(self):
        return registry.front_matter_registry(self.owners, self.reports, self.parts.default.key if self.parts.all else "")

    def labels(self, part: Part) -> dict:
        return self.parts.labels(self.ui, part)


def pages_on_disk(docs_dir: str, lang: str) -> set[str]:
    base = os.path.join(docs_dir, lang)
    found = set()
    for folder, _, names in os.walk(base):
        for name in names:
            if name.endswith(".md"):
                found.add(os.path.relpath(os.path.join(folder, name), base).replace(os.sep, "/"))
    return found


def swedish_reviewed_dates(docs_dir: str, parts: Parts) -> dict[str, object]:
    """`sv/<path>` -> the default-language page's `reviewed` value, for translation status."""
    from .front_matter import read_meta
    main = parts.default.key
    dates = {}
    for rel in pages_on_disk(docs_dir, main):
        meta = read_meta(os.path.join(docs_dir, main, rel), f"docs/{main}/{rel}")
        if meta is not None:  # a page that cannot be read is reported by its own check
            dates[f"{main}/{rel}"] = meta.get("reviewed")
    return dates


def _yaml(root, rel, problems):
    try:
        return yaml_lines.load_file(os.path.join(root, rel), rel).value or {}
    except yaml_lines.YamlSyntaxError as exc:
        problems.append(exc.problem)
        return {}


def load(root: str, docs_dir: str | None = None, parts: Parts | None = None) -> SiteData:
    """Every data file, checked. A shape no loader expected becomes a Swedish problem, never a traceback.
    `parts`: the parts declaration (read from root/mkdocs.yml when not given)."""
    if parts is None:
        try:
            parts = site_parts.read(root)
        except site_parts.PartsError as exc:
            return SiteData(root, Parts(()), {}, registry.Reports({}), [], {}, problems=[exc.problem])
    problems = data_problems(root, parts)
    if problems:
        # A misspelt field is the likeliest cause of a missing one: name it too (data/schema/).
        reported = {(p.path, p.line) for p in problems}
        problems += [p for p in data_schema.check(root, parts) if "okänt fält" in p.what and (p.path, p.line) not in reported]
        return SiteData(root, parts, {}, registry.Reports({}), [], {}, problems=problems)
    try:
        return _load(root, parts, docs_dir)
    except (TypeError, KeyError, AttributeError, ValueError, IndexError) as exc:
        return SiteData(root, parts, {}, registry.Reports({}), [], {}, problems=[Problem(
            "data/", 1, f"en datafil har en form som bygget inte förstår ({type(exc).__name__}: {exc})",
            "jämför den ändrade filen med versionen i repositoriet (git diff) och rätta formen")])


def data_problems(root: str, parts: Parts) -> list[Problem]:
    """Syntax, safety and text checks on every data file, each value decoded and checked where it stands."""
    problems: list[Problem] = []
    rels = list(DATA_FILES)
    proc_dir = os.path.join(root, "data", "processes")
    if os.path.isdir(proc_dir):
        rels += [f"data/processes/{n}" for n in sorted(os.listdir(proc_dir)) if n.endswith(".yaml")]
    for rel in rels:
        try:
            doc = yaml_lines.load_file(os.path.join(root, rel), rel)
        except yaml_lines.YamlSyntaxError as exc:
            problems.append(exc.problem)
            continue
        if doc.value is None or (rel != "data/county-map.yaml" and not isinstance(doc.value, dict)):
            problems.append(Problem(rel, doc.line, "filen är tom eller har fel form",
                                    "återställ filen från repositoriet (git checkout) och gör ändringen igen"))
            continue
        problems += content_lint.lint_data(rel, doc) + data_shapes.check(rel, doc, parts)
        if rel == "data/ui.yaml":
            problems += ui_labels.check(doc, parts)
    return problems


def _load(root: str, parts: Parts, docs_dir: str | None = None) -> SiteData:
    from . import generated_pages
    owners, reports, problems = registry.load(os.path.join(root, "data/owners.yaml"), os.path.join(root, "data/sources.yaml"),
                                              tuple(p.key for p in parts.languages))
    terms, more = glossary.load(os.path.join(root, "data/glossary.yaml"), parts)
    problems += more
    ui = _yaml(root, "data/ui.yaml", problems)
    tiles = _yaml(root, "data/county-map.yaml", problems)
    actors = (_yaml(root, "data/actors.yaml", problems) or {}).get("actors", {})
    directory, more = regions.load(os.path.join(root, "data/regions.yaml"), reports.entries, langs=tuple(p.key for p in parts.generated))
    problems += more
    data = SiteData(root, parts, owners, reports, terms, ui, actors, {}, directory, tiles, problems)
    known = pages_on_disk(docs_dir or os.path.join(root, "docs"), parts.default.key) | generated_pages.paths_in_part(data)
    data.processes, more = process_map.load_all(os.path.join(root, "data/processes"), "data/processes", actors,
                                                reports.entries, lambda link: link in known, parts.keys)
    problems += more
    # The shape of every file (data/schema/); where a loader already named a problem on that line, its message stays,
    # but an unknown field is always named (a loader would only miss the field it expected).
    reported = {(p.path, p.line) for p in problems}
    problems += [p for p in data_schema.check(root, parts) if (p.path, p.line) not in reported or "okänt fält" in p.what]
    return data
