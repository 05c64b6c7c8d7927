"""`make ny-sida SIDA=sv/skola.md`: create a page from a template in docs/_mallar with today's dates.

The folder picks the template: the default language's -> vagledning.md, the youth part's -> ungdom.md,
any other language's -> oversattning.md (filled in from the Swedish page with the same name). Afterwards .github/CODEOWNERS is written again,
so the new page has its reviewers.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sys

from . import front_matter, parts as site_parts

MAIN_TEMPLATE, YOUTH_TEMPLATE, TRANSLATION_TEMPLATE = "vagledning.md", "ungdom.md", "oversattning.md"
NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*\.md$")


class NewPageError(Exception):
    """A Swedish message for the editor: what is wrong and how to fix it."""


def one_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _swedish_reviewed(root: str, main: str, rest: str) -> tuple[str, str | None]:
    path = os.path.join(root, "docs", main, rest)
    if not os.path.exists(path):
        raise NewPageError(f"den svenska sidan docs/{main}/{rest} finns inte – skapa den svenska sidan först "
                           f"(make ny-sida SIDA={main}/{rest}), översätt sedan")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    fm, _, _ = front_matter.split(text)
    reviewed = front_matter.as_date((front_matter.meta_of(text, f"docs/{main}/{rest}") or {}).get("reviewed"))
    return fm or "", reviewed.isoformat() if reviewed else None


def render(root: str, target: str, today: dt.date) -> str:
    """The new page's text for `target` (`sv/skola.md`, relative to docs/)."""
    if not NAME.match(target):
        raise NewPageError(f"`{target}` är inget bra filnamn – använd små bokstäver, siffror och bindestreck och "
                           "avsluta med .md, till exempel SIDA=sv/skola-och-arbete.md")
    parts = site_parts.read(root)
    main = parts.default.key
    folders = ", ".join(f"{k}/" for k in parts.keys)
    folder, _, rest = target.partition("/")
    if not rest:
        raise NewPageError(f"`{target}` saknar mapp – börja med en av {folders}, till exempel SIDA={main}/{target}")
    part = parts.get(folder)
    if part is None:
        raise NewPageError(f"mappen `{folder}/` finns inte bland sidorna – börja med en av {folders}")
    template = MAIN_TEMPLATE if part.default else YOUTH_TEMPLATE if part.youth else TRANSLATION_TEMPLATE
    if os.path.exists(os.path.join(root, "docs", target)):
        raise NewPageError(f"docs/{target} finns redan – välj ett annat filnamn eller ändra den befintliga sidan")
    with open(os.path.join(root, "docs", "_mallar", template), encoding="utf-8") as fh:
        text = fh.read()
    text = text.replace("DAGENS-DATUM", today.isoformat()).replace("OM-ETT-AR", one_year_after(today).isoformat())
    if template == TRANSLATION_TEMPLATE:
        swedish_fm, reviewed = _swedish_reviewed(root, main, rest)
        text = text.replace("SVENSKA-SIDAN", f"{main}/{rest}").replace("SVENSKA-GRANSKAD", reviewed or today.isoformat())
        # The same audience, owner and sources as the Swedish page (each a top-level field with its indented lines).
        for field in ("audience", "owner", "sources"):
            block = re.compile(rf"^{field}:.*\n(?:[ \t]+.*\n|[ \t]*-.*\n)*", re.M)
            m = block.search(swedish_fm)
            if m:
                text = block.sub(lambda _: m.group(0), text, count=1)
    return text


def main(argv=None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    root = os.getcwd()
    target = (args[0] if args else "").strip()
    if target.startswith("docs/"):
        target = target[len("docs/"):]
    if not target:
        print("Ange sidan: make ny-sida SIDA=sv/skola-och-arbete.md", file=sys.stderr)
        return 2
    try:
        text = render(root, target, dt.date.today())
    except NewPageError as exc:
        print(f"make ny-sida: {exc}", file=sys.stderr)
        return 1
    path = os.path.join(root, "docs", target)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "x", encoding="utf-8") as fh:
        fh.write(text)
    from . import codeowners
    codeowners.write(root)
    print(f"Skapade docs/{target} och uppdaterade .github/CODEOWNERS. Fyll i rubrik, beskrivning, källor och text.")
    parts = site_parts.read(root)
    folder, _, rest = target.partition("/")
    if folder == parts.default.key:
        for part in parts.generated:
            if not part.default and not os.path.exists(os.path.join(root, "docs", part.key, rest)):
                print(f"Varje svensk sida behöver en översättning i docs/{part.key}/: make ny-sida SIDA={part.key}/{rest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
