"""Search quality (MRR@5, recall@3) on bench/queries.yaml, typed into the site's search field in Chromium."""
from __future__ import annotations

import yaml

PREFIX = {"sv": "", "en": "en/", "ar": "ar/"}


def load_queries(path: str) -> dict[str, list[dict]]:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


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


_META_IS = """([text]) => {
    const placeholder = JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder'];
    const meta = document.querySelector('.md-search-result__meta').textContent.trim();
    return text === null ? meta !== placeholder : meta === placeholder;
}"""

# The answer to the whole query: Material has written a result line, and every result's highlight
# (?h=) names only words of the query typed, never of a part of it or of an earlier query.
_ANSWERS = """([query]) => {
    const words = query.toLowerCase().split(/[\\s\\-]+/).filter(Boolean);  // as the search worker splits
    const placeholder = JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder'];
    if (document.querySelector('.md-search-result__meta').textContent.trim() === placeholder) return false;
    return [...document.querySelectorAll('.md-search-result__item > a')].every(a =>
        (new URL(a.href).searchParams.get('h') || '').split(' ').filter(Boolean).every(w => words.includes(w)));
}"""


def run_query(page, query: str) -> list[str]:
    """Type `query` and read the results of that query, never an earlier one's.

    Material writes the result line only when the worker answers. The field is emptied first and the
    line must show the placeholder (the answer to the empty query, which also means the index is
    ready); then the query is typed, and the first line other than the placeholder answers it: the
    worker answers only the newest query, and each result's highlight must name words of this query only."""
    field = page.locator("input[data-md-component='search-query']")
    if not field.is_visible():
        page.locator("label[for='__search']").first.click()
    field.fill("")
    field.dispatch_event("keyup")
    page.wait_for_function(_META_IS, arg=[""], timeout=30000)
    field.fill(query)
    field.dispatch_event("keyup")
    page.wait_for_function(_ANSWERS, arg=[query], timeout=30000)
    return page.evaluate("[...document.querySelectorAll('.md-search-result__item > a')].map(a => a.href)")


def evaluate_in_browser(browser, base: str, queries_path: str, misses: list | None = None) -> dict[str, tuple[float, float, int]]:
    """MRR@5 and recall@3 per language; queries whose expected page is not first go to `misses`."""
    results = {}
    for lang, queries in load_queries(queries_path).items():
        context = browser.new_context()
        page = context.new_page()
        at = None
        rrs, recalls = [], []
        for q in queries:
            start = q.get("from", PREFIX[lang])
            if start != at:  # the page the reader types on: youth questions on a youth page
                page.goto(base + "/" + start, wait_until="networkidle")
                at = start
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
