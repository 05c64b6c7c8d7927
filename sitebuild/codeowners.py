"""`.github/CODEOWNERS` derived from each page's `owner`: `make codeowners` writes it, `make check` compares."""
from __future__ import annotations

import os
import sys

from . import check, front_matter, site_data

HEADER = """# Generated from each page's `owner` front matter by `make codeowners` (also run by `make ny-sida`).
# `make check` fails when this file and the pages disagree: change `owner` in the page, then run `make codeowners`.
# Default: the coordinating agency reviews everything not listed below.
*                     @avhoppare/polisen
/data/regions.yaml    @avhoppare/lansstyrelserna
/data/county-map.yaml @avhoppare/lansstyrelserna
/data/processes/      @avhoppare/polisen @avhoppare/socialstyrelsen
"""


def render(root: str) -> str:
    owners = site_data.load(root).owners
    lines = [HEADER]
    for rel in check.markdown_files(root):
        meta = front_matter.read_meta(os.path.join(root, "docs", rel), f"docs/{rel}") or {}
        owner = meta.get("owner")
        if isinstance(owner, str) and owner in owners:
            lines.append(f"/docs/{rel} {owners[owner]['team']}")
    return "\n".join(lines) + "\n"


PATH = ".github/CODEOWNERS"


def write(root: str) -> None:
    os.makedirs(os.path.join(root, ".github"), exist_ok=True)
    with open(os.path.join(root, PATH), "w", encoding="utf-8") as fh:
        fh.write(render(root))


def main() -> int:
    write(os.getcwd())
    print("Skrev .github/CODEOWNERS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
