"""What the `data-page-meta` block shows: owner, review dates, last change, sources, history and edit links."""
from __future__ import annotations

from .front_matter import as_date


def build(meta: dict, lang: str, owners: dict, reports: dict, *, last_changed: str | None,
          history_url: str | None, edit_url: str | None) -> dict:
    owner = owners.get(meta.get("owner"), {})
    sources = []
    for s in meta.get("sources") or []:
        if not isinstance(s, dict):
            continue
        entry = reports.get(str(s.get("report")), {})
        sources.append({"title": entry.get("title") or s.get("title", ""),
                        "diary": entry.get("diary", ""),
                        "section": s.get("section", "")})
    reviewed, review_by = as_date(meta.get("reviewed")), as_date(meta.get("review_by"))
    return {
        "owner": owner.get(lang) or owner.get("sv") or "",
        "reviewed": reviewed.isoformat() if reviewed else None,
        "review_by": review_by.isoformat() if review_by else None,
        "changed": last_changed,
        "sources": sources,
        "history_url": history_url,
        "edit_url": edit_url,
    }
