"""What the page-facts block at the end of a page shows, by who the page is for.

Pages for professionals (front matter `audience` only `yrkesverksamma`) get a quiet "Om sidan": owner,
reviewed, next review, last change when git knows it, and the sources as report title and section.
Pages for people who seek help (avhoppare, anhoriga, unga) get the review date and a link to the sources
page, nothing more. No page links to the code host; editors find it on the sources page.
"""
from __future__ import annotations

from .front_matter import as_date

HELP_SEEKERS = ("avhoppare", "anhoriga", "unga")


def is_for_help_seekers(meta: dict) -> bool:
    audience = meta.get("audience") or []
    return any(a in HELP_SEEKERS for a in (audience if isinstance(audience, list) else [audience]))


def _diary(entry: dict) -> str:
    """A real diary number, or nothing: "saknas (webbsida)" tells a reader nothing."""
    diary = str(entry.get("diary") or "").strip()
    return "" if not diary or diary.lower().startswith("saknas") else diary


def build(meta: dict, lang: str, owners: dict, reports: dict, *, last_changed: str | None, sources_url: str) -> dict:
    reviewed, review_by = as_date(meta.get("reviewed")), as_date(meta.get("review_by"))
    facts = {
        "kind": "reader" if is_for_help_seekers(meta) else "professional",
        "reviewed": reviewed.isoformat() if reviewed else None,
        "sources_url": sources_url,
    }
    if facts["kind"] == "reader":
        return facts
    owner = owners.get(meta.get("owner"), {})
    sources = []
    for s in meta.get("sources") or []:
        if not isinstance(s, dict):
            continue
        entry = reports.get(str(s.get("report")), {})
        sources.append({"title": entry.get("title") or s.get("title", ""), "diary": _diary(entry),
                        "section": s.get("section", "")})
    facts.update({
        "owner": owner.get(lang) or "",  # data/owners.yaml has a name in every language (sitebuild/data_shapes.py)
        "review_by": review_by.isoformat() if review_by else None,
        "changed": last_changed or None,
        "sources": sources,
    })
    return facts
