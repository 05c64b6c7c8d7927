"""Which part of the site a source file belongs to: its language and its variant (sv, en, ar, ungdom)."""
from __future__ import annotations

LANGUAGES = ("sv", "en", "ar")
DEFAULT = "sv"


def variant_of(src_uri: str) -> str:
    first = src_uri.split("/", 1)[0]
    if first == "ungdom":
        return "ungdom"
    return first if first in LANGUAGES else DEFAULT


def language_of(src_uri: str) -> str:
    variant = variant_of(src_uri)
    return DEFAULT if variant == "ungdom" else variant


def path_in_language(src_uri: str) -> str:
    """`en/vem-gor-vad/polisen.md` -> `vem-gor-vad/polisen.md`; youth pages keep their `ungdom/` prefix."""
    first, _, rest = src_uri.partition("/")
    return rest if first in LANGUAGES else src_uri
