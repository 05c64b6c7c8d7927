"""The title of every page on disk, read from its front matter, so links can read as the page they lead to."""
from __future__ import annotations

import os

from . import yaml_lines
from .front_matter import split

PARTS = ("sv", "en", "ar", "ungdom")


def read(docs_dir: str) -> dict[str, str]:
    """`sv/vem-gor-vad/polisen.md` -> "Polisen" for every page with a readable `title`."""
    titles = {}
    for part in PARTS:
        base = os.path.join(docs_dir, part)
        for folder, _, names in os.walk(base):
            for name in names:
                if not name.endswith(".md"):
                    continue
                full = os.path.join(folder, name)
                try:  # the one strict loader: no aliases, no odd bytes
                    fm, _, _ = split(yaml_lines.read_text(full))
                    meta = yaml_lines.parse(fm, full).value if fm else {}
                except (yaml_lines.YamlSyntaxError, ValueError):
                    continue  # the content and publishing hooks report the file with its line
                title = meta.get("title") if isinstance(meta, dict) else None
                if isinstance(title, str) and title.strip():
                    titles[f"{part}/" + os.path.relpath(full, base).replace(os.sep, "/")] = title.strip()
    return titles
