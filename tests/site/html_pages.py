"""Read the built site: every HTML page, parsed with the standard library only."""
from __future__ import annotations

import pathlib
from html.parser import HTMLParser


class Page(HTMLParser):
    """Collects what tests ask about: attributes of every element, and text by region."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.texts: list[tuple[tuple, str]] = []
        self._stack: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        self.elements.append((tag, a))
        if tag not in self.VOID:
            self._stack.append((tag, a))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, {k: (v if v is not None else "") for k, v in attrs}))

    def handle_endtag(self, tag):
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data):
        if data.strip():
            self.texts.append((tuple(self._stack), data))

    def find(self, tag=None, **attrs) -> list[dict]:
        out = []
        for t, a in self.elements:
            if tag and t != tag:
                continue
            if all(self._match(a, k, v) for k, v in attrs.items()):
                out.append(a)
        return out

    @staticmethod
    def _match(a: dict, key: str, want) -> bool:
        key = "class" if key == "class_" else key.replace("_", "-")
        if want is True:
            return key in a
        if key == "class":
            return want in a.get("class", "").split()
        if key == "rel":
            return want in a.get("rel", "").split()
        return a.get(key) == want

    def has(self, attr: str) -> bool:
        return any(attr in a for _, a in self.elements)

    def text_within(self, attr: str, value: str | None = None, exclude: tuple[str, ...] = ()) -> str:
        """Text inside elements carrying `attr` (optionally = value), skipping elements with any `exclude` attribute."""
        parts = []
        for stack, data in self.texts:
            if not any(attr in a and (value is None or a[attr] == value) for _, a in stack):
                continue
            if any(ex in a for _, a in stack for ex in exclude) or any(t in ("script", "style") for t, _ in stack):
                continue
            parts.append(data)
        return " ".join(parts)

    def blocks_within(self, tag: str, cls: str, exclude: tuple[str, ...] = ()) -> list[str]:
        """Text of each block (p, li, h1–h6, dt, dd, td, th) inside <tag class~=cls>, for readability measures."""
        blocks: dict[int, list[str]] = {}
        block_tags = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "summary"}
        for stack, data in self.texts:
            if not any(t == tag and cls in a.get("class", "").split() for t, a in stack):
                continue
            if any(ex in a for _, a in stack for ex in exclude) or any(t in ("script", "style") for t, _ in stack):
                continue
            owner = next((id(a) for t, a in reversed(stack) if t in block_tags), None)
            blocks.setdefault(owner or 0, []).append(data)
        return [" ".join(v) for v in blocks.values()]


def pages(site: pathlib.Path):
    for path in sorted(site.rglob("*.html")):
        if "assets" in path.relative_to(site).parts:
            continue
        yield path, Page(path.read_text(encoding="utf-8"))


def url_of(site: pathlib.Path, path: pathlib.Path) -> str:
    rel = path.relative_to(site).as_posix()
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
