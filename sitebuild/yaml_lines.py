"""Load YAML and remember the source line of every value, so errors can name `fil:rad`."""
from __future__ import annotations

from typing import Any

import yaml

from .problems import Problem


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


# libyaml's loader is several times faster and keeps the same line marks.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _build(node: yaml.Node, loader) -> Located:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        children = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            child = _build(value_node, loader)
            child.line = key_node.start_mark.line + 1
            children[str(key)] = child
        value = {k: c.value for k, c in children.items()}
        return Located(value, line, children)
    if isinstance(node, yaml.SequenceNode):
        children = [_build(n, loader) for n in node.value]
        return Located([c.value for c in children], line, children)
    return Located(loader.construct_object(node, deep=True), line)


def parse(text: str, path: str, line_offset: int = 0) -> Located:
    """Parse YAML text; raise a Problem-carrying ValueError with a Swedish message on bad syntax."""
    loader = None
    try:
        loader = Loader(text)
        node = loader.get_single_node()
        if node is None:
            return Located(None, 1 + line_offset)
        located = _build(node, loader)
    except yaml.YAMLError as exc:
        # Where an unclosed bracket or quote began is more use to an editor than where parsing gave up.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = (mark.line + 1 if mark else 1) + line_offset
        raise YamlSyntaxError(Problem(
            path, line,
            f"YAML-filen går inte att läsa ({getattr(exc, 'problem', None) or exc})",
            "kontrollera indrag (mellanslag, inte tabb), kolon efter varje fältnamn och citattecken runt text med kolon",
        )) from None
    finally:
        if loader is not None:
            loader.dispose()
    if line_offset:
        _shift(located, line_offset)
    return located


def _shift(node: Located, offset: int) -> None:
    node.line += offset
    kids = node.children.values() if isinstance(node.children, dict) else node.children or []
    for child in kids:
        _shift(child, offset)


class YamlSyntaxError(ValueError):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def load_file(path: str, display_path: str | None = None) -> Located:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise YamlSyntaxError(Problem(display_path or path, 1, "filen finns inte",
                                      "återställ filen från repositoriet (git checkout) eller skapa den")) from None
    return parse(text, display_path or path)
