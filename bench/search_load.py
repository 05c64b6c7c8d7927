"""What search costs a reader, in Chromium through nginx: first load, bytes until the first result, time
from the first keystroke to results (cold and warm), the worker's memory; for our lunr search and for
Pagefind on the same built site.

Cold means the reader focuses the search field and types at once: the index, lunr and Material's worker
are fetched and the index is built while the reader waits. Warm means the next queries on that page.
"From cache" is a second page of the same part, with the versioned index in the browser's cache.
"""
from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

from bench import quality

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--enable-precise-memory-info"]
QUERIES = {"sv": ["skyddat boende", "socialtjänsten", "polisen", "ekonomiskt stöd", "flytta", "anhöriga"],
           "en": ["protected housing", "social services", "police", "relatives", "relocation", "funding"]}
PAGES = {"sv": ("/boende-och-omlokalisering/", "/vad-ar-en-avhoppare/"), "en": ("/en/boende-och-omlokalisering/", "/en/vad-ar-en-avhoppare/")}

_TYPE_AND_WAIT = """async ([q, clear]) => {
    const field = document.querySelector('input[data-md-component=search-query]');
    const list = document.querySelector('.md-search-result__list');
    const meta = document.querySelector('.md-search-result__meta');
    const placeholder = JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder'];
    const key = () => field.dispatchEvent(new KeyboardEvent('keyup'));
    if (clear) {
        field.value = ''; key();
        await new Promise(r => { const t = setInterval(() => { if (meta.textContent.trim() === placeholder) { clearInterval(t); r(); } }, 5); });
    }
    return await new Promise(resolve => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
            if (list.children.length) { observer.disconnect(); resolve(performance.now() - start); }
        });
        observer.observe(list, {childList: true});
        field.focus();
        field.value = q;
        key();
        setTimeout(() => resolve(NaN), 120000);
    });
}"""


def _bytes(requests) -> int:
    total = 0
    for r in requests:
        try:
            sizes = r.sizes()
        except Exception:  # a request the page dropped
            continue
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return total


def _worker_heap(browser, page) -> float | None:
    """Used JavaScript heap of the page's search worker, in MB, through the DevTools protocol."""
    cdp = browser.new_browser_cdp_session()
    try:
        infos = cdp.send("Target.getTargets")["targetInfos"]
        workers = [t for t in infos if t["type"] == "worker" and "search-stemmed" in t["url"]]
        if not workers:
            return None
        answers = []
        cdp.on("Target.receivedMessageFromTarget", lambda e: answers.append(json.loads(e["message"])))
        for n, worker in enumerate(workers):
            session = cdp.send("Target.attachToTarget", {"targetId": worker["targetId"], "flatten": False})["sessionId"]
            cdp.send("Target.sendMessageToTarget", {"sessionId": session, "message": json.dumps({"id": n + 1, "method": "Runtime.getHeapUsage"})})
        for _ in range(200):
            used = [a["result"]["usedSize"] for a in answers if "result" in a and "usedSize" in a["result"]]
            if len(used) == len(workers):
                return max(used) / 1024 / 1024
            page.wait_for_timeout(50)
        return None
    finally:
        cdp.detach()


def measure_lunr(browser, base: str, lang: str) -> dict:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda r: finished.append(r))
    first_page, second_page = PAGES[lang]
    page.goto(base + first_page, wait_until="networkidle")
    page.wait_for_timeout(300)
    first_load = (_bytes(finished), len(finished))
    queries = QUERIES[lang]
    cold = page.evaluate(_TYPE_AND_WAIT, [queries[0], False])
    page.wait_for_timeout(300)
    until_result = (_bytes(finished), len(finished))
    warm = [page.evaluate(_TYPE_AND_WAIT, [q, True]) for q in queries[1:]]
    heap = _worker_heap(browser, page)
    finished.clear()
    page.goto(base + second_page, wait_until="networkidle")
    page.wait_for_timeout(300)
    before = _bytes(finished)
    from_cache = page.evaluate(_TYPE_AND_WAIT, [queries[0], False])
    page.wait_for_timeout(300)
    cached_search_bytes = _bytes(finished) - before
    context.close()
    return {"first_load": first_load, "until_result": until_result, "cold_ms": cold, "warm_ms": statistics.median(warm),
            "heap_mb": heap, "from_cache_ms": from_cache, "from_cache_bytes": cached_search_bytes}


# --- Pagefind -----------------------------------------------------------------------------------------

PAGEFIND_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Pagefind</title>
<script type="module" src="/pagefind-bench.js"></script></head><body><main>Pagefind</main></body></html>
"""
# Pagefind's JavaScript API as its UI uses it: search, then load the five first results' fragments.
PAGEFIND_SCRIPT = """window.pagefindSearch = async (query) => {
  const start = performance.now();
  if (!window.pf) { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); }
  const found = await window.pf.search(query);
  const data = await Promise.all(found.results.slice(0, 5).map(r => r.data()));
  return {ms: performance.now() - start, urls: data.map(d => d.url)};
};
window.pagefindReady = true;
"""


def build_pagefind(site: str) -> float:
    """Index the built site with Pagefind (the article only, like our index) and add the bench pages."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", site, "--root-selector", "article", "--quiet"],
                            capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(result.stdout[-2000:] + result.stderr[-2000:])
    for lang in ("sv", "en"):
        with open(os.path.join(site, f"pagefind-bench-{lang}.html"), "w", encoding="utf-8") as fh:
            fh.write(PAGEFIND_PAGE.format(lang=lang))
    with open(os.path.join(site, "pagefind-bench.js"), "w", encoding="utf-8") as fh:
        fh.write(PAGEFIND_SCRIPT)
    # Pagefind compiles WebAssembly: the page policy needs 'wasm-unsafe-eval' (ours does not).
    headers = os.path.join(site, "_deploy", "security-headers.conf")
    with open(headers, encoding="utf-8") as fh:
        conf = fh.read()
    with open(headers, "w", encoding="utf-8") as fh:
        fh.write(conf.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", 1))
    return elapsed


def pagefind_bytes(site: str) -> int:
    folder = os.path.join(site, "pagefind")
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(folder) for f in fs)


def measure_pagefind(browser, base: str, lang: str) -> dict:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda r: finished.append(r))
    page.goto(base + f"/pagefind-bench-{lang}.html", wait_until="networkidle")
    page.wait_for_function("window.pagefindReady === true")
    page_bytes = _bytes(finished)
    queries = QUERIES[lang]
    cold = page.evaluate("q => window.pagefindSearch(q)", queries[0])["ms"]
    page.wait_for_timeout(300)
    search_bytes = _bytes(finished) - page_bytes
    warm = [page.evaluate("q => window.pagefindSearch(q)", q)["ms"] for q in queries[1:]]
    context.close()
    return {"search_bytes": search_bytes, "cold_ms": cold, "warm_ms": statistics.median(warm)}


def pagefind_quality(browser, base: str, queries_path: str) -> dict[str, tuple[float, float, int]]:
    results = {}
    for lang, queries in quality.load_queries(queries_path).items():
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + f"/pagefind-bench-{lang}.html", wait_until="networkidle")
        page.wait_for_function("window.pagefindReady === true")
        rrs, recalls = [], []
        for q in queries:
            urls = page.evaluate("q => window.pagefindSearch(q)", q["q"])["urls"]
            ranked = quality._dedupe(re.sub(r"^/", "", quality.page_of(u)) for u in urls)
            rr, recall = quality.score(ranked, q["expect"])
            rrs.append(rr)
            recalls.append(recall)
        context.close()
        results[lang] = (sum(rrs) / len(rrs), sum(recalls) / len(recalls), len(rrs))
    return results


def run(site: str, label: str, row, queries_path: str, with_quality: bool = False) -> None:
    """Measure lunr, then Pagefind, on the built site in `site` (which gets Pagefind's files)."""
    from playwright.sync_api import sync_playwright

    from tests.nginx_server import Nginx
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        server = Nginx(site, tempfile.mkdtemp(prefix="bench-nginx-"))
        try:
            for lang in ("sv", "en"):
                m = measure_lunr(browser, server.base, lang)
                heap = f"{m['heap_mb']:.1f} MB" if m["heap_mb"] else "n/a"
                row(f"{label}, {lang}: first load (lunr, search on demand)", f"{m['first_load'][0] / 1024:.0f} KB gzip, {m['first_load'][1]} requests")
                row(f"{label}, {lang}: bytes until first result (lunr)",
                    f"{m['until_result'][0] / 1024:.0f} KB gzip in all, of which search {(m['until_result'][0] - m['first_load'][0]) / 1024:.0f} KB; {m['until_result'][1]} requests")
                row(f"{label}, {lang}: first keystroke to results (lunr)",
                    f"cold {m['cold_ms']:.0f} ms, warm {m['warm_ms']:.0f} ms (median of {len(QUERIES[lang]) - 1}); next page, index cached: {m['from_cache_ms']:.0f} ms, {m['from_cache_bytes'] / 1024:.0f} KB")
                row(f"{label}, {lang}: search worker memory after searching (lunr)", heap)
        finally:
            server.stop()
        t = build_pagefind(site)
        row(f"{label}: Pagefind index build", f"{t:.1f} s, {pagefind_bytes(site) / 1024 / 1024:.1f} MB on disk")
        server = Nginx(site, tempfile.mkdtemp(prefix="bench-nginx-"))
        try:
            for lang in ("sv", "en"):
                m = measure_pagefind(browser, server.base, lang)
                row(f"{label}, {lang}: Pagefind, bytes until first 5 results / keystroke to results",
                    f"{m['search_bytes'] / 1024:.0f} KB gzip of search; cold {m['cold_ms']:.0f} ms, warm {m['warm_ms']:.0f} ms")
            if with_quality:
                for lang, (mrr, recall, n) in pagefind_quality(browser, server.base, queries_path).items():
                    row(f"{label}: Pagefind quality, {lang} ({n} queries)", f"MRR@5 {mrr:.2f}, recall@3 {recall:.2f}")
        finally:
            server.stop()
        browser.close()
