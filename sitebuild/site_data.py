"""Load every data file once per build and collect all their problems."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from . import content_lint, data_schema, data_shapes, glossary, process_map, regions, registry, ui_labels, yaml_lines
from .problems import Problem

DATA_FILES = ("data/owners.yaml", "data/sources.yaml", "data/glossary.yaml", "data/ui.yaml", "data/county-map.yaml",
              "data/actors.yaml", "data/regions.yaml")


@dataclass
class SiteData:
    root: str
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
        return registry.front_matter_registry(self.owners, self.reports)

    def labels(self, lang: str, variant: str) -> dict:
        ui = dict(self.ui.get(lang, {}))
        if variant == "ungdom":
            ui.update(self.ui.get("ungdom", {}))
        return ui


def pages_on_disk(docs_dir: str, lang: str) -> set[str]:
    base = os.path.join(docs_dir, lang)
    found = set()
    for folder, _, names in os.walk(base):
        for name in names:
            if name.endswith(".md"):
                found.add(os.path.relpath(os.path.join(folder, name), base).replace(os.sep, "/"))
    return found


GENERATED_PAGES = ("andringar.md",)


def swedish_reviewed_dates(docs_dir: str) -> dict[str, object]:
    """`sv/<path>` -> the Swedish page's `reviewed` value, for translation status."""
    from .front_matter import split
    dates = {}
    for rel in pages_on_disk(docs_dir, "sv"):
        try:
            fm, _, _ = split(yaml_lines.read_text(os.path.join(docs_dir, "sv", rel), f"docs/sv/{rel}"))
            meta = yaml_lines.parse(fm or "", f"docs/sv/{rel}").value or {}
        except yaml_lines.YamlSyntaxError:
            continue  # the page's own check reports it
        if isinstance(meta, dict):
            dates[f"sv/{rel}"] = meta.get("reviewed")
    return dates


def _yaml(root, rel, problems):
    try:
        return yaml_lines.load_file(os.path.join(root, rel), rel).value or {}
    except yaml_lines.YamlSyntaxError as exc:
        problems.append(exc.problem)
        return {}


_cache: dict = {}


def _fingerprint(root: str, docs_dir: str) -> tuple:
    data_dir = os.path.join(root, "data")
    stamps = []
    for folder, _, names in os.walk(data_dir):
        stamps += [(n, os.stat(os.path.join(folder, n)).st_mtime_ns) for n in sorted(names)]
    return tuple(stamps), frozenset(pages_on_disk(docs_dir, "sv"))


def load_cached(root: str, docs_dir: str | None = None) -> SiteData:
    """Load once per build: mkdocs-static-i18n runs on_config again for every language."""
    docs_dir = docs_dir or os.path.join(root, "docs")
    key = (root, docs_dir, _fingerprint(root, docs_dir))
    if key not in _cache:
        _cache.clear()
        _cache[key] = load(root, docs_dir)
    return _cache[key]


def load(root: str, docs_dir: str | None = None) -> SiteData:
    """Every data file, checked. A shape no loader expected becomes a Swedish problem, never a traceback."""
    problems = data_problems(root)
    if problems:
        # A misspelt field is the likeliest cause of a missing one: name it too (data/schema/).
        reported = {(p.path, p.line) for p in problems}
        problems += [p for p in data_schema.check(root) if "okänt fält" in p.what and (p.path, p.line) not in reported]
        return SiteData(root, {}, registry.Reports({}), [], {}, problems=problems)
    try:
        return _load(root, docs_dir)
    except (TypeError, KeyError, AttributeError, ValueError, IndexError) as exc:
        return SiteData(root, {}, registry.Reports({}), [], {}, problems=[Problem(
            "data/", 1, f"en datafil har en form som bygget inte förstår ({type(exc).__name__}: {exc})",
            "jämför den ändrade filen med versionen i repositoriet (git diff) och rätta formen")])


def data_problems(root: str) -> list[Problem]:
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
        problems += content_lint.lint_data(rel, doc) + data_shapes.check(rel, doc)
        if rel == "data/ui.yaml":
            problems += ui_labels.check(doc)
    return problems


def _load(root: str, docs_dir: str | None = None) -> SiteData:
    owners, reports, problems = registry.load(os.path.join(root, "data/owners.yaml"), os.path.join(root, "data/sources.yaml"))
    terms, more = glossary.load(os.path.join(root, "data/glossary.yaml"))
    problems += more
    ui = _yaml(root, "data/ui.yaml", problems)
    tiles = _yaml(root, "data/county-map.yaml", problems)
    actors = (_yaml(root, "data/actors.yaml", problems) or {}).get("actors", {})
    directory, more = regions.load(os.path.join(root, "data/regions.yaml"), reports.entries)
    problems += more
    known = pages_on_disk(docs_dir or os.path.join(root, "docs"), "sv") | set(GENERATED_PAGES)
    if directory:
        known |= set(regions.generated_paths(directory))
    processes, more = process_map.load_all(os.path.join(root, "data/processes"), "data/processes", actors,
                                           reports.entries, lambda link: link in known)
    problems += more
    # The shape of every file (data/schema/); where a loader already named a problem on that line, its message stays,
    # but an unknown field is always named (a loader would only miss the field it expected).
    reported = {(p.path, p.line) for p in problems}
    problems += [p for p in data_schema.check(root) if (p.path, p.line) not in reported or "okänt fält" in p.what]
    return SiteData(root, owners, reports, terms, ui, actors, processes, directory, tiles, problems)
