"""Generate synthetic sites: N pages per language in a nested layout, valid front matter, realistic text.

The text is a word chain learnt from the real pages of the same language (which word follows which), so
the synthetic pages have the real vocabulary and compress about as real prose does: a search index
built from a few dozen repeated words would be far smaller than one built from real content.
"""
from __future__ import annotations

import os
import random
import re
import shutil

WORDS = ("stöd skydd socialtjänsten polisen avhoppare boende omlokalisering kommunen länsstyrelsen samverkan "
         "bedömning insats hot risk familj anhöriga trygghet arbete skola vård psykiatri uppföljning plan "
         "kontakt myndighet region process steg beslut utredning ansökan medel kunskap metod").split()
FRONT = """---
title: "{title}"
description: "Syntetisk sida {n} för mätning av byggtid."
audience: [yrkesverksamma]
owner: polisen
sources:
  - report: polisen.se
    title: "Polisens sidor om avhoppare (polisen.se/avhoppare)"
    section: "Syntetisk"
reviewed: 2026-11-25
review_by: 2027-11-25
{translation}---
"""


_chains: dict[str, dict[str, list[str]]] = {}
_starts: dict[str, list[str]] = {}


def learn(docs: str, lang: str) -> None:
    """Which word follows which in the real pages of `lang` (front matter, markup and links left out)."""
    words: list[str] = []
    folder = os.path.join(docs, lang)
    for dirpath, _, names in os.walk(folder):
        for name in sorted(names):
            if not name.endswith(".md"):
                continue
            with open(os.path.join(dirpath, name), encoding="utf-8") as fh:
                text = fh.read()
            text = re.sub(r"\A---.*?\n---\n", "", text, flags=re.S)
            text = re.sub(r"<[^>]+>|\]\([^)]*\)|[#*_>\[\]|`!]", " ", text)
            words += re.findall(r"[^\W\d_]+", text)
    chain: dict[str, list[str]] = {}
    for a, b in zip(words, words[1:]):
        chain.setdefault(a.lower(), []).append(b.lower())
    if chain:
        _chains[lang] = chain
        _starts[lang] = sorted(chain)


def _para(rng: random.Random, words: int, lang: str = "sv") -> str:
    chain = _chains.get(lang)
    if not chain:
        return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."
    starts = _starts[lang]
    word = rng.choice(starts)
    out = [word]
    for _ in range(words - 1):
        word = rng.choice(chain.get(word) or starts)
        out.append(word)
    return " ".join(out).capitalize() + "."


def page(n: int, lang: str, rng: random.Random) -> str:
    translation = "" if lang == "sv" else (f"translation:\n  source: sv/x.md\n  source_reviewed: 2026-11-25\n  status: reviewed\n")
    body = [FRONT.format(title=f"Sida {n}", n=n, translation=translation)]
    for h in range(4):
        body.append(f"## Rubrik {h + 1}\n\n" + "\n\n".join(_para(rng, 28, lang) for _ in range(4)) + "\n")
    body.append('!!! note "Bra att veta"\n    ' + _para(rng, 20, lang) + "\n")
    return "\n".join(body)


def generate(target: str, pages_per_language: int, languages=("sv", "en"), seed: int = 1, real_docs: str | None = None) -> str:
    """The real content plus synthetic pages up to `pages_per_language` per language, in
    docs/<lang>/s<i>/u<j>/p<k>.md: sections of ten subsections of 30 pages, like a knowledge base that grew."""
    docs = os.path.join(target, "docs")
    shutil.rmtree(docs, ignore_errors=True)
    rng = random.Random(seed)
    if real_docs:
        shutil.copytree(real_docs, docs, ignore=shutil.ignore_patterns("_mallar"))
        for lang in languages:
            learn(real_docs, lang)
    for lang in languages:
        os.makedirs(os.path.join(docs, lang), exist_ok=True)
        existing = sum(len([f for f in fs if f.endswith(".md")]) for _, _, fs in os.walk(os.path.join(docs, lang)))
        for n in range(1, max(1, pages_per_language - existing + 1)):
            section, sub = n // 300, (n // 30) % 10
            folder = os.path.join(docs, lang, f"s{section:02d}", f"u{sub}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"p{n:04d}.md"), "w", encoding="utf-8") as fh:
                fh.write(page(n, lang, rng))
    return docs
