"""The parts of the site, declared once in mkdocs.yml: which part a page is in, its language and URL.

A part is a folder under docs/ and a key in the data files. The languages are the i18n plugin's
`languages:` list (code, name, which is the default); `extra.parts` adds what the plugin has no word
for: which languages get the pages made from data, and the youth part (a folder in the default
language with its own menu). Direction is not declared: Material's language partial gives it
(`overrides/partials/languages/<kod>.html` for a language Material does not know).
Every other module asks this one; none names a language code.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

import yaml

from .problems import Problem

CONFIG = "mkdocs.yml"
MAIN_MENU = "main"  # the key in data/navigation.yaml for the menu every language part shares
CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")


@dataclass(frozen=True)
class Part:
    key: str                       # folder under docs/ and key in data files: the language code, or the youth folder
    language: str                  # <html lang> of its pages, and the key of its labels' base in data/ui.yaml
    url: str                       # where its pages live: "" for the default language, "<key>/" for the others
    default: bool = False          # the main language: its pages are the source of every translation
    generated_pages: bool = False  # county pages, municipality index and changes page are made in this language
    youth: bool = False            # pages in the default language for young readers, with their own menu and labels
    name: str = ""                 # the language's own name for itself (i18n `name`), shown where readers pick a language

    @property
    def menu(self) -> str:
        """Its key in data/navigation.yaml."""
        return self.key if self.youth else MAIN_MENU


@dataclass(frozen=True)
class Parts:
    all: tuple[Part, ...]

    @property
    def default(self) -> Part:
        return next(p for p in self.all if p.default)

    @property
    def languages(self) -> tuple[Part, ...]:
        """One part per language (the youth part is not one)."""
        return tuple(p for p in self.all if not p.youth)

    @property
    def generated(self) -> tuple[Part, ...]:
        return tuple(p for p in self.languages if p.generated_pages)

    @property
    def translations(self) -> tuple[Part, ...]:
        return tuple(p for p in self.languages if not p.default)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.all)

    @property
    def menus(self) -> dict[str, tuple[Part, ...]]:
        """data/navigation.yaml key -> the parts whose texts a menu title there needs."""
        out: dict[str, tuple[Part, ...]] = {}
        for p in self.all:
            out[p.menu] = out.get(p.menu, ()) + ((self.by_language(p.language),) if p.youth else (p,))
        return out

    def get(self, key: str) -> Part | None:
        return next((p for p in self.all if p.key == key), None)

    def by_language(self, language: str) -> Part:
        """The language part of a language code (the default part for an unknown one)."""
        return next((p for p in self.languages if p.language == language), self.default)

    def of(self, src_uri: str) -> Part:
        """The part a docs file (`en/x.md`, `ungdom/x.md`) belongs to; files outside every folder: the default."""
        return self.get(src_uri.split("/", 1)[0]) or self.default

    def path_in_language(self, src_uri: str) -> str:
        """`en/vem-gor-vad/polisen.md` -> `vem-gor-vad/polisen.md`; youth pages keep their folder."""
        first, _, rest = src_uri.partition("/")
        part = self.get(first)
        return rest if part is not None and not part.youth else src_uri

    def url_of(self, src_uri: str) -> str:
        """Site URL of a docs file: `sv/x.md` -> `x/`, `en/x.md` -> `en/x/`, `ungdom/x.md` -> `ungdom/x/`."""
        part = self.of(src_uri)
        path = self.path_in_language(src_uri)
        return page_url(path, self.default.url if part.youth else part.url)

    def labels(self, ui: dict, part: Part) -> dict:
        """The UI labels of a part from data/ui.yaml: its language's, with the youth part's own on top."""
        labels = dict(ui.get(part.language) or {})
        if part.youth:
            labels.update(ui.get(part.key) or {})
        return labels


def page_url(path: str, prefix: str) -> str:
    """Directory-style URL of a page inside a part: `vem-gor-vad/polisen.md` under `en/` -> `en/vem-gor-vad/polisen/`."""
    if path.endswith("index.md"):
        path = path[: -len("index.md")]
    elif path.endswith(".md"):
        path = path[:-3] + "/"
    return prefix + path


class PartsError(ValueError):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may carry MkDocs' own tags (!ENV, !!python/name): read past them."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def _line(text: str, needle: str) -> int:
    """The first line that starts with `needle` (after indentation and a list dash), else the first holding it."""
    m = re.search(r"^[ \t-]*" + re.escape(needle), text, re.M)
    at = m.start() if m else text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def from_config_text(text: str, display: str = CONFIG) -> Parts:
    """The parts from mkdocs.yml's text; a declaration that cannot work is a Swedish PartsError with its line."""
    def fail(needle: str, what: str, fix: str):
        raise PartsError(Problem(display, _line(text, needle), what, fix))
    try:
        config = yaml.load(text, Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise PartsError(Problem(display, mark.line + 1 if mark else 1, "filen går inte att läsa som YAML",
                                 "kontrollera indrag och kolon på raden")) from None
    i18n = next((p["i18n"] for p in config.get("plugins") or [] if isinstance(p, dict) and isinstance(p.get("i18n"), dict)), None)
    declared = (config.get("extra") or {}).get("parts") or {}
    if not isinstance(declared, dict):
        fail("parts:", "`extra.parts` ska vara ett block", "skriv `generated_pages:` och `youth:` indragna under `parts:`")
    if i18n is None:  # one language only: the theme's
        languages = [{"locale": str((config.get("theme") or {}).get("language") or ""), "default": True}]
    else:
        languages = [lang for lang in i18n.get("languages") or [] if isinstance(lang, dict) and lang.get("build", True) is not False]
    generated = declared.get("generated_pages") or []
    if not isinstance(generated, list):
        fail("generated_pages", "`generated_pages` ska vara en lista med språkkoder", "skriv till exempel `generated_pages: [sv, en]`")
    parts = []
    for lang in languages:
        code = str(lang.get("locale") or "")
        if not CODE.match(code):
            fail(f"locale: {code}", f"språkkoden `{code}` går inte att använda som mappnamn och nyckel",
                 "skriv en kod med små bokstäver, till exempel `fi` eller `so`")
        default = bool(lang.get("default"))
        parts.append(Part(code, code, "" if default else f"{code}/", default, code in generated, name=str(lang.get("name") or code)))
    defaults = [p for p in parts if p.default]
    if len(defaults) != 1:
        fail("languages:", "exakt ett språk ska ha `default: true`", "sätt `default: true` på huvudspråket (svenska) och inget annat")
    codes = {p.key for p in parts}
    for code in generated:
        if str(code) not in codes:
            fail("generated_pages", f"`generated_pages` nämner `{code}`, som inte finns bland språken",
                 "lägg till språket under `languages:` i i18n eller ta bort det ur listan")
    youth = declared.get("youth")
    if youth is not None:
        if not isinstance(youth, dict) or not re.match(r"^[a-z][a-z0-9-]*$", str(youth.get("folder") or "")):
            fail("youth", "`youth` ska ha `folder:` (mappen i docs/) och `language:`", "skriv till exempel `youth: {folder: ungdom, language: sv}`")
        folder, language = str(youth["folder"]), str(youth.get("language") or defaults[0].language)
        if folder in codes:
            fail("youth", f"mappen `{folder}` är redan ett språk", "välj ett annat mappnamn för ungdomsdelen")
        if language not in codes:
            fail("youth", f"ungdomsdelens språk `{language}` finns inte bland språken", "skriv språkkoden för ett av språken under i18n")
        parts.append(Part(folder, language, f"{folder}/", youth=True))
    return Parts(tuple(parts))


def read(root: str, config_file: str | None = None) -> Parts:
    """The parts declared in `root`/mkdocs.yml (or `config_file`)."""
    path = config_file or os.path.join(root, CONFIG)
    with open(path, encoding="utf-8") as fh:
        return from_config_text(fh.read(), os.path.relpath(path, root) if root else path)
