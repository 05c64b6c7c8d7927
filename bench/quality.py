"""Search quality (MRR@5, recall@3) on bench/queries.yaml: with lunr.py on the built index, and in Chromium."""
from __future__ import annotations

import json
import os
import re

import snowballstemmer
import yaml
from lunr.builder import Builder

STEMMERS = {"sv": "swedish", "en": "english"}
INDEX = {"sv": "search/search_index.json", "en": "en/search/search_index.json"}
PREFIX = {"sv": "", "en": "en/"}


def load_queries(path: str) -> dict[str, list[dict]]:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def stem_query(query: str, lang: str) -> str:
    """The same rule as the browser's search worker: stem words of four letters or more, then prefix-match."""
    stemmer = snowballstemmer.stemmer(STEMMERS[lang]) if lang in STEMMERS else None
    terms = []
    for word in re.split(r"[\s\-]+", query.lower().strip()):
        if not word:
            continue
        stem = stemmer.stemWord(word) if stemmer and len(word) >= 4 else word
        terms.append((stem if len(stem) >= 3 else word) + "*")
    return " ".join(terms)


def page_of(location: str) -> str:
    return location.split("#")[0].split("?")[0]


def score(ranked: list[str], expected: list[str]) -> tuple[float, float]:
    rr = next((1 / (i + 1) for i, page in enumerate(ranked[:5]) if page in expected), 0.0)
    recall = len([e for e in expected if e in ranked[:3]]) / len(expected)
    return rr, recall


def _dedupe(pages):
    out = []
    for p in pages:
        if p not in out:
            out.append(p)
    return out


def evaluate_python(site: str, queries_path: str) -> dict[str, tuple[float, float, int]]:
    results = {}
    for lang, queries in load_queries(queries_path).items():
        with open(os.path.join(site, INDEX[lang]), encoding="utf-8") as fh:
            index = json.load(fh)
        builder = Builder()
        builder.pipeline.reset()
        builder.search_pipeline.reset()
        builder.ref("location")
        builder.field("title", boost=1000)
        builder.field("text")
        for doc in index["docs"]:
            builder.add({"location": doc["location"], "title": doc["title"].lower(), "text": doc["text"].lower()})
        idx = builder.build()
        rrs, recalls = [], []
        for q in queries:
            try:
                hits = idx.search(stem_query(q["q"], lang))
            except Exception:  # a query lunr cannot parse counts as no result
                hits = []
            ranked = _dedupe(PREFIX[lang] + page_of(h["ref"]) for h in hits)
            rr, recall = score(ranked, q["expect"])
            rrs.append(rr)
            recalls.append(recall)
        results[lang] = (sum(rrs) / len(rrs), sum(recalls) / len(recalls), len(rrs))
    return results


_META_IS = """([text]) => {
    const placeholder = JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder'];
    const meta = document.querySelector('.md-search-result__meta').textContent.trim();
    return text === null ? meta !== placeholder : meta === placeholder;
}"""


def prebuilt_lunr_index(index_path: str) -> bytes:
    """The serialised lunr index Material's worker would have to load instead of building one:
    the same fields and boosts, with the term positions its highlighting needs."""
    with open(index_path, encoding="utf-8") as fh:
        index = json.load(fh)
    builder = Builder()
    builder.pipeline.reset()
    builder.search_pipeline.reset()
    builder.metadata_whitelist = ["position"]
    builder.ref("location")
    for name, spec in index["config"]["fields"].items():
        builder.field(name, boost=spec.get("boost", 1))
    for doc in index["docs"]:
        builder.add(dict({name: "" for name in index["config"]["fields"]}, location=doc["location"],
                         **{k: v.lower() for k, v in doc.items() if k in index["config"]["fields"] and isinstance(v, str)}))
    return json.dumps(builder.build().serialize(), separators=(",", ":")).encode("utf-8")


def run_query(page, query: str) -> list[str]:
    """Type `query` and read the results of that query, never an earlier one's.

    Material writes the result line only when the worker answers. The field is emptied first and the
    line must show the placeholder (the answer to the empty query, which also means the index is
    ready); then the query is typed, and the first line other than the placeholder answers it: the
    worker answers in order and nothing else is in flight."""
    field = page.locator("input[data-md-component='search-query']")
    if not field.is_visible():
        page.locator("label[for='__search']").first.click()
    field.fill("")
    field.dispatch_event("keyup")
    page.wait_for_function(_META_IS, arg=[""], timeout=30000)
    field.fill(query)
    field.dispatch_event("keyup")
    page.wait_for_function(_META_IS, arg=[None], timeout=30000)
    return page.evaluate("[...document.querySelectorAll('.md-search-result__item > a')].map(a => a.href)")


def timed_query(page, query: str) -> float:
    field = page.locator("input[data-md-component='search-query']")
    if not field.is_visible():
        page.locator("label[for='__search']").first.click()
    field.fill("")
    field.dispatch_event("keyup")
    field.fill(query)
    return page.evaluate("""() => new Promise(resolve => {
        const list = document.querySelector('.md-search-result__list');
        const start = performance.now();
        const done = () => { if (list.children.length) { observer.disconnect(); resolve(performance.now() - start); } };
        const observer = new MutationObserver(done);
        observer.observe(list, {childList: true});
        document.querySelector('input[data-md-component=search-query]').dispatchEvent(new KeyboardEvent('keyup'));
        setTimeout(() => resolve(NaN), 10000);
    })""")


def evaluate_in_browser(browser, base: str, queries_path: str, misses: list | None = None) -> dict[str, tuple[float, float, int]]:
    """MRR@5 and recall@3 per language; queries whose expected page is not first go to `misses`."""
    results = {}
    for lang, queries in load_queries(queries_path).items():
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "/" + PREFIX[lang], wait_until="networkidle")
        rrs, recalls = [], []
        for q in queries:
            hrefs = run_query(page, q["q"])
            ranked = _dedupe(page_of(h[len(base) + 1:]) for h in hrefs)
            rr, recall = score(ranked, q["expect"])
            if misses is not None and rr < 1:
                misses.append((lang, q["q"], q["expect"][0], ranked[:3]))
            rrs.append(rr)
            recalls.append(recall)
        context.close()
        results[lang] = (sum(rrs) / len(rrs), sum(recalls) / len(recalls), len(rrs))
    return results
