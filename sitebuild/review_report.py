"""`make review-report`: pages, contacts and translations due for review, grouped by owner.

Lists every page whose `review_by` has passed or falls within 60 days, every county contact whose
`verified` is older than twelve months or will be within 60 days, and translations whose Swedish
page was reviewed after they were made. Prints a table and writes review-report.md for the owners.
"""
from __future__ import annotations

import datetime as dt
import os
import sys

from . import check, front_matter, parts as site_parts, site_data, translations, yaml_lines

WINDOW_DAYS = 60


def collect(root: str, today: dt.date) -> list[dict]:
    rows = []
    horizon = today + dt.timedelta(days=WINDOW_DAYS)
    parts = site_parts.read(root)
    reviewed = site_data.swedish_reviewed_dates(os.path.join(root, "docs"), parts)
    for rel in check.markdown_files(root):
        meta = front_matter.read_meta(os.path.join(root, "docs", rel), f"docs/{rel}")
        if meta is None:
            continue  # a broken page is for `make check` to name
        owner = meta.get("owner", "okänd")
        due = front_matter.as_date(meta.get("review_by"))
        if due and due <= horizon:
            rows.append({"owner": owner, "what": f"docs/{rel}", "due": due.isoformat(),
                         "status": "försenad" if due < today else "snart"})
        part = parts.of(rel)
        if not part.default and not part.youth:
            block = meta.get("translation")
            status = translations.status(block, reviewed.get((block or {}).get("source")) if isinstance(block, dict) else None)
            if status and status.behind:
                rows.append({"owner": owner, "what": f"docs/{rel}", "due": "—", "status": "översättningen ligger efter"})
    regions_path = os.path.join(root, "data", "regions.yaml")
    if os.path.exists(regions_path):
        try:
            data = yaml_lines.load_file(regions_path, "data/regions.yaml").value or {}
        except (yaml_lines.YamlSyntaxError, ValueError):
            data = {}
        for county in data.get("counties") or []:
            for contact in county.get("contacts") or []:
                verified = front_matter.as_date(contact.get("verified"))
                if not verified:
                    continue
                expires = verified + dt.timedelta(days=365)
                if expires <= horizon:
                    rows.append({"owner": "lansstyrelserna", "what": f"data/regions.yaml: {county.get('slug')} {contact.get('kind')}",
                                 "due": expires.isoformat(), "status": "försenad" if expires < today else "snart"})
    return sorted(rows, key=lambda r: (r["owner"], r["due"], r["what"]))


def markdown(rows: list[dict], owners: dict, today: dt.date, language: str) -> str:
    """The report for the owners; `language`: the data key of the owners' names (the default language)."""
    out = [f"# Granskningsrapport {today.isoformat()}", "",
           f"Sidor och kontaktuppgifter som ska granskas nu eller inom {WINDOW_DAYS} dagar, per ansvarig myndighet.", ""]
    if not rows:
        return "\n".join(out + ["Inget behöver granskas just nu.", ""])
    for owner in sorted({r["owner"] for r in rows}):
        out += [f"## {owners.get(owner, {}).get(language, owner)}", "", "| Vad | Senast | Läge |", "|---|---|---|"]
        out += [f"| {r['what']} | {r['due']} | {r['status']} |" for r in rows if r["owner"] == owner]
        out.append("")
    return "\n".join(out)


def main(argv=None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    root = os.getcwd()
    today = dt.date.fromisoformat(args[0]) if args else dt.date.today()
    rows = collect(root, today)
    data = site_data.load(root)
    owners = data.owners
    width = max([len(r["what"]) for r in rows] + [10])
    print(f"{'Ansvarig':<16} {'Vad':<{width}} {'Senast':<10} Läge")
    for r in rows:
        print(f"{r['owner']:<16} {r['what']:<{width}} {r['due']:<10} {r['status']}")
    print(f"{len(rows)} att granska.")
    with open(os.path.join(root, "review-report.md"), "w", encoding="utf-8") as fh:
        fh.write(markdown(rows, owners, today, data.parts.default.key))
    print("Rapporten för de ansvariga finns i review-report.md.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
