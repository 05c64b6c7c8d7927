"""The title of every page on disk, read from its front matter, so links can read as the page they lead to."""
from __future__ import annotations

import os

from .front_matter import read_meta
from .parts import Parts


def read(docs_dir: str, parts: Parts) -> dict[str, str]:
    """`sv/vem-gor-vad/polisen.md` -> "Polisen" for every page with a readable `title`."""
    titles = {}
    for part in parts.keys:
        base = os.path.join(docs_dir, part)
        for folder, _, names in os.walk(base):
            for name in names:
                if not name.endswith(".md"):
                    continue
                full = os.path.join(folder, name)
                meta = read_meta(full, full)  # None: the content and publishing hooks report the file with its line
                title = meta.get("title") if meta else None
                if isinstance(title, str) and title.strip():
                    titles[f"{part}/" + os.path.relpath(full, base).replace(os.sep, "/")] = title.strip()
    return titles
