"""What one build knows, in one object: the parts, the data, git history, the pages on disk and made from data.

Created fresh for each build and kept on that build's MkDocs config, so every hook module reads the
same object. mkdocs-static-i18n builds each further language with the same config object, so those
builds share it; `mkdocs serve` loads the config again for every rebuild, so a rebuild never sees the
last one's state (hook modules, which MkDocs caches across rebuilds, hold none). Data is loaded and
`git log` read once per build, here. This is the one sitebuild module that knows MkDocs' config.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from mkdocs.exceptions import PluginError

from . import generated_pages, git_history, menu, page_titles, parts as site_parts, site_data
from .parts import Part, Parts
from .problems import ContentErrors

KEY = "_site_build_state"


@dataclass
class BuildState:
    root: str
    docs_dir: str
    parts: Parts
    data: site_data.SiteData
    commits: list                       # git_history.log: read once
    last_changed: dict                  # repository path -> date of its last commit
    reviewed: dict                      # `sv/<path>` -> the default-language page's `reviewed`
    generated: dict                     # src_uri -> Markdown of every page made from data
    pages: dict                         # part key -> pages in its folder, those made from data included
    titles: dict                        # src_uri -> page title, for link texts
    menus: menu.Menus | None
    menu_problems: list
    county_paths: list
    repo_url: str = ""
    branch: str = "main"
    feedback_email: str = ""
    not_found: str = ""                 # the default language's 404 page, kept at /404.html
    built_menus: dict = field(default_factory=dict)   # menu key -> the MkDocs Navigation of this language's build
    trusted_scripts: list = field(default_factory=list)
    search_names: dict = field(default_factory=dict)  # municipality -> other names readers type (data/search.yaml)
    published_checked: bool = False     # docs/ is checked once, not again in each language's build
    menus_checked: bool = False
    identity_reported: bool = False

    def part_of(self, src_uri: str) -> Part:
        return self.parts.of(src_uri)

    def labels(self, part: Part) -> dict:
        return self.data.labels(part)

    def language_of_build(self, config) -> Part:
        """The language part being built. mkdocs-static-i18n (reconfigure_material) sets the theme's language
        for each language's build; without the plugin it is the theme's language."""
        theme = config.theme
        language = theme.get("language") if hasattr(theme, "get") else None
        return self.parts.by_language(str(language or self.parts.default.language))

    def exists(self, src_uri: str) -> bool:
        """A page in any part, whether written by an editor or made from data."""
        first, _, rest = src_uri.partition("/")
        if first in self.pages:
            return rest in self.pages[first]
        return os.path.exists(os.path.join(self.docs_dir, src_uri))


def start(root: str, docs_dir: str, config_file: str | None = None, extra: dict | None = None) -> BuildState:
    """Load everything a build needs; raise ContentErrors with every error found."""
    try:
        parts = site_parts.read(root, config_file)
    except site_parts.PartsError as exc:
        raise ContentErrors([exc.problem]) from None
    data = site_data.load(root, docs_dir, parts)
    errors = [p for p in data.problems if p.severity == "fel"]
    menus, menu_problems = menu.load(os.path.join(root, menu.DISPLAY), {k: tuple(p.key for p in v) for k, v in parts.menus.items()})
    if errors:
        raise ContentErrors(errors)
    commits = git_history.log(root)
    made = generated_pages.render(data, parts, commits)
    in_part = generated_pages.paths_in_part(data)
    pages = {p.key: site_data.pages_on_disk(docs_dir, p.key) | (in_part if p.generated_pages else set()) for p in parts.all}
    extra = extra or {}
    return BuildState(
        root=root, docs_dir=docs_dir, parts=parts, data=data, commits=commits,
        last_changed=git_history.last_changed(commits), reviewed=site_data.swedish_reviewed_dates(docs_dir, parts),
        generated=made, pages=pages, titles=page_titles.read(docs_dir, parts) | generated_pages.titles(data, parts),
        menus=menus, menu_problems=menu_problems, county_paths=menu.county_paths(data.directory),
        repo_url=(extra.get("repository") or "").rstrip("/"), branch=extra.get("branch") or "main",
        feedback_email=extra.get("feedback_email") or "")


def of(config) -> BuildState:
    """This build's state, made on first use (in the first hook's on_config)."""
    state = config.get(KEY) if hasattr(config, "get") else None
    if state is None:
        root = os.path.dirname(os.path.abspath(config.config_file_path or os.path.join(os.getcwd(), site_parts.CONFIG)))
        try:
            state = start(root, config.docs_dir, config.config_file_path, dict(config.extra or {}))
        except ContentErrors as exc:
            raise PluginError(exc.report()) from None
        config[KEY] = state
    return state
