"""The one YAML loader for data files and front matter: safe, strict, and every value keeps its `fil:rad`.

Editors never need anchors or aliases, so both are refused before anything is built (an alias
"bomb" would otherwise grow to gigabytes). Duplicate keys, impossible dates, tags, deep nesting
and bytes that are not UTF-8 are Swedish errors with file and line, never a traceback.
"""
from __future__ import annotations

import re
from typing import Any

import yaml

from .problems import Problem

MAX_DEPTH = 12          # the deepest real file (regions.yaml) nests 5 levels
MAX_BYTES = 2_000_000   # the largest real file is ~40 kB
FIX_SYNTAX = "kontrollera indrag (mellanslag, inte tabb), kolon efter varje fältnamn och citattecken runt text med kolon"


class Located:
    """A YAML value with its line: `node.value` is plain Python, `node.line` is 1-based."""

    __slots__ = ("value", "line", "children")

    def __init__(self, value: Any, line: int, children: Any = None):
        self.value = value
        self.line = line
        self.children = children

    def get(self, key: str) -> "Located | None":
        if isinstance(self.children, dict):
            return self.children.get(key)
        return None

    def items(self):
        return self.children.items() if isinstance(self.children, dict) else []

    def __iter__(self):
        return iter(self.children if isinstance(self.children, list) else [])

    def line_of(self, key: str) -> int:
        child = self.get(key)
        return child.line if child is not None else self.line

    def walk(self, key_path: tuple = ()):
        """Every (key path, Located) pair below and including this node."""
        yield key_path, self
        if isinstance(self.children, dict):
            for key, child in self.children.items():
                yield from child.walk(key_path + (key,))
        elif isinstance(self.children, list):
            for i, child in enumerate(self.children):
                yield from child.walk(key_path + (i,))


class YamlSyntaxError(ValueError):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


# libyaml's loader is several times faster and keeps the same line marks.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = yaml.resolver.Resolver.yaml_implicit_resolvers.get("2", [])
_TIMESTAMP = next((r for tag, r in _TIMESTAMP if tag == "tag:yaml.org,2002:timestamp"), None)
_DATES = yaml.constructor.SafeConstructor()
_STANDARD_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool",
                  "tag:yaml.org,2002:null", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp",
                  "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "!"}


def _fail(path: str, line: int, what: str, fix: str):
    raise YamlSyntaxError(Problem(path, line, what, fix))


def scan(text: str, path: str, line_offset: int = 0) -> None:
    """Check YAML at the event level, before anything is built: no anchors or aliases, no tags,
    no duplicate keys, no nesting deeper than MAX_DEPTH, and dates that exist."""
    loader = Loader(text)
    stack: list[list] = []   # per open collection: [is_mapping, expecting_key, seen keys {key: line}]
    try:
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                break
            line = event.start_mark.line + 1 + line_offset
            if isinstance(event, yaml.AliasEvent):
                _fail(path, line, f"YAML-alias `*{event.anchor}` är inte tillåtet",
                      "skriv ut värdet på varje ställe där det behövs i stället för att hänvisa med * och &")
            if getattr(event, "anchor", None):
                _fail(path, line, f"YAML-ankare `&{event.anchor}` är inte tillåtet",
                      "ta bort `&" + str(event.anchor) + "` och skriv ut värdet på varje ställe där det behövs")
            tag = getattr(event, "tag", None)
            if tag and tag not in _STANDARD_TAGS:
                _fail(path, line, f"YAML-taggen `{tag}` är inte tillåten",
                      "ta bort taggen (det som börjar med ! eller !!) och skriv värdet som vanlig text")
            is_key = bool(stack) and stack[-1][0] and stack[-1][1]
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if is_key:
                    _fail(path, line, "ett fältnamn är en lista eller ett block",
                          "skriv fältnamnet som vanlig text följt av kolon, till exempel `title: …`")
                if stack:
                    stack[-1][1] = not stack[-1][1] if stack[-1][0] else stack[-1][1]
                if len(stack) >= MAX_DEPTH:
                    _fail(path, line, f"för många nivåer av indrag (högst {MAX_DEPTH})",
                          "kontrollera indragen; ingen fil här behöver så djupa listor eller block")
                stack.append([isinstance(event, yaml.MappingStartEvent), True, {}])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
            elif isinstance(event, yaml.ScalarEvent):
                if is_key:
                    seen = stack[-1][2]
                    if event.value in seen:
                        _fail(path, line, f"fältet `{event.value}` står två gånger (även på rad {seen[event.value]})",
                              "ta bort eller slå ihop dubbletten; annars gäller bara den sista tyst")
                    seen[event.value] = line
                elif event.implicit[0] and _TIMESTAMP and _TIMESTAMP.match(event.value):
                    try:
                        _DATES.construct_yaml_timestamp(yaml.ScalarNode("tag:yaml.org,2002:timestamp", event.value))
                    except (ValueError, OverflowError):
                        _fail(path, line, f"`{event.value}` är inte ett datum som finns",
                              "skriv ett riktigt datum som ÅÅÅÅ-MM-DD, till exempel 2026-02-28")
                if stack and stack[-1][0]:
                    stack[-1][1] = not stack[-1][1]
    except yaml.YAMLError as exc:
        _syntax(exc, path, line_offset)
    finally:
        loader.dispose()


def _syntax(exc: yaml.YAMLError, path: str, line_offset: int):
    # Where an unclosed bracket or quote began is more use to an editor than where parsing gave up.
    mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
    line = (mark.line + 1 if mark else 1) + line_offset
    problem = str(getattr(exc, "problem", None) or exc).splitlines()[0]
    _fail(path, line, f"YAML-filen går inte att läsa ({problem})", FIX_SYNTAX)


def _build(node: yaml.Node, loader, path: str) -> Located:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        children = {}
        for key_node, value_node in node.value:
            key = _construct(key_node, loader, path)
            child = _build(value_node, loader, path)
            child.line = key_node.start_mark.line + 1
            children[str(key)] = child
        value = {k: c.value for k, c in children.items()}
        return Located(value, line, children)
    if isinstance(node, yaml.SequenceNode):
        children = [_build(n, loader, path) for n in node.value]
        return Located([c.value for c in children], line, children)
    return Located(_construct(node, loader, path), line)


def _construct(node, loader, path):
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, OverflowError, TypeError):
        _fail(path, node.start_mark.line + 1, f"värdet `{getattr(node, 'value', '')}` går inte att läsa",
              "skriv ett riktigt datum som ÅÅÅÅ-MM-DD eller sätt texten inom citattecken")


def parse(text: str, path: str, line_offset: int = 0) -> Located:
    """Parse YAML text; raise YamlSyntaxError (a Swedish `fil:rad` Problem) on anything unsafe or broken."""
    scan(text, path, line_offset)
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Located(None, 1 + line_offset)
        located = _build(node, loader, path)
    except yaml.YAMLError as exc:
        _syntax(exc, path, line_offset)
    finally:
        loader.dispose()
    if line_offset:
        _shift(located, line_offset)
    return located


def _shift(node: Located, offset: int) -> None:
    node.line += offset
    kids = node.children.values() if isinstance(node.children, dict) else node.children or []
    for child in kids:
        _shift(child, offset)


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of a file, or a Swedish error naming the line with the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        _fail(path, line, "filen innehåller tecken som inte är UTF-8",
              "spara filen som UTF-8 i din redigerare (i VS Code: Spara med kodning → UTF-8) och skriv om tecknet på raden")
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        _fail(path, text[:text.index("\x00")].count("\n") + 1, "filen innehåller ett nolltecken",
              "filen är troligen inte en textfil; återställ den från repositoriet")
    return text


def read_text(path: str, display_path: str | None = None) -> str:
    display = display_path or path
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        _fail(display, 1, "filen finns inte", "återställ filen från repositoriet (git checkout) eller skapa den")
    except OSError as exc:
        _fail(display, 1, f"filen går inte att läsa ({exc.strerror})", "kontrollera att det är en vanlig fil och att den går att läsa")
    if len(data) > MAX_BYTES:
        _fail(display, 1, f"filen är större än {MAX_BYTES // 1_000_000} MB", "dela upp innehållet eller kontrollera att det är rätt fil")
    return decode(data, display)


def load_file(path: str, display_path: str | None = None) -> Located:
    return parse(read_text(path, display_path), display_path or path)


def front_matter_text(text: str) -> tuple[str | None, int]:
    """The YAML between the first two `---` lines, and the file line it starts on (as MkDocs reads it)."""
    m = re.match(r"\A-{3}[ \t]*\n(.*?\n)?(?:-{3}|\.{3})[ \t]*(\n|\Z)", text, re.S)
    return (m.group(1) or "", 2) if m else (None, 1)
