"""Translation status: is a translated page unreviewed, and has its Swedish source been reviewed since?"""
from __future__ import annotations

from dataclasses import dataclass

from .front_matter import as_date


@dataclass(frozen=True)
class Status:
    show_notice: bool      # the page says it is an unreviewed translation
    behind: bool           # the Swedish page was reviewed after this translation was made
    source: str            # docs path of the Swedish page, e.g. sv/vad-ar-en-avhoppare.md
    source_url: str        # site URL of the Swedish page, e.g. vad-ar-en-avhoppare/


def status(translation: dict | None, source_reviewed_now, url_of=None) -> Status | None:
    """`translation` is the page's front-matter block; `source_reviewed_now` the Swedish page's `reviewed`;
    `url_of(src_uri)` the site URL of a docs file (sitebuild/parts.py), for the link to the source."""
    if not isinstance(translation, dict) or not translation.get("source"):
        return None
    made_from = as_date(translation.get("source_reviewed"))
    current = as_date(source_reviewed_now)
    behind = bool(made_from and current and current > made_from)
    source = str(translation["source"])
    return Status(show_notice=translation.get("status") != "reviewed", behind=behind,
                  source=source, source_url=url_of(source) if url_of else "")
