"""Plain text and headings of a Markdown page, for readability and anchor checks without building."""
from __future__ import annotations

import re
import unicodedata

from .front_matter import split


def plain_blocks(markdown: str) -> list[str]:
    """Text blocks (paragraphs, list items, headings) of the page body, markup removed."""
    _, body, _ = split(markdown)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"^\*\[[^\]]+\]:.*$", "", body, flags=re.M)
    body = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"^\s*(!!!|\?\?\?\+?)\s*\w+(\s+\"[^\"]*\")?\s*$", "", body, flags=re.M)
    blocks = []
    for para in re.split(r"\n\s*\n", body):
        for line in re.split(r"\n(?=\s*(?:[-*+]|\d+\.|#+)\s)", para):
            text = re.sub(r"^\s*(?:[-*+]|\d+\.|#+|:)\s+", "", line.strip())
            text = re.sub(r"[*_`|>]+", " ", text)
            text = " ".join(text.split())
            if re.search(r"\w", text):
                blocks.append(text)
    return blocks


def slugify(title: str) -> str:
    """The anchor Python-Markdown's toc extension gives a heading (its default slugify)."""
    value = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def anchors(markdown: str) -> set[str]:
    _, body, _ = split(markdown)
    found, seen = set(), {}
    for m in re.finditer(r"^#{1,6}\s+(.+?)\s*#*\s*$", body, flags=re.M):
        slug = slugify(re.sub(r"[*_`]", "", m.group(1)))
        n = seen.get(slug, 0)
        found.add(slug if n == 0 else f"{slug}_{n}")
        seen[slug] = n + 1
    return found
