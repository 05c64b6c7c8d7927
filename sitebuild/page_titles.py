"""The title of every page on disk, read from its front matter, so links can read as the page they lead to."""
from __future__ import annotations

import os

import yaml

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
                with open(full, encoding="utf-8") as fh:
                    fm, _, _ = split(fh.read())
                try:
                    meta = yaml.load(fm or "", Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
                except yaml.YAMLError:
                    continue  # the content hook reports the broken front matter with its line
                title = meta.get("title") if isinstance(meta, dict) else None
                if isinstance(title, str) and title.strip():
                    titles[f"{part}/" + os.path.relpath(full, base).replace(os.sep, "/")] = title.strip()
    return titles
