"""What search costs a reader, in Chromium through nginx: first load, bytes until the first result, time
from the first keystroke to results (cold and warm), the worker's memory, and Pagefind's index build,
for the site's search as built (Pagefind behind Material's UI, hooks/search.py).

Cold means the reader focuses the search field and types at once: Pagefind, its WebAssembly and the
index chunks for the query are fetched while the reader waits. Warm means the next queries on that
page. "From cache" is a second page of the same part, with Pagefind's files in the browser's cache.
lunr's figures (the site's search until 2026-12-01) are kept in bench/results.md for comparison.
"""
from __future__ import annotations

import json
import os
import statistics
import tempfile
import time

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--enable-precise-memory-info"]
QUERIES = {"sv": ["skyddat boende", "socialtjänsten", "polisen", "ekonomiskt stöd", "flytta", "anhöriga"],
           "en": ["protected housing", "social services", "police", "relatives", "relocation", "funding"],
           "ar": ["الشرطة", "مترجم", "العودة الطوعية", "الأقارب", "الإنترنت", "الشرف"]}
PAGES = {"sv": ("/boende-och-omlokalisering/", "/vad-ar-en-avhoppare/"), "en": ("/en/boende-och-omlokalisering/", "/en/vad-ar-en-avhoppare/"),
         "ar": ("/ar/frivillig-atervandring/", "/ar/vad-ar-en-avhoppare/")}

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
        workers = [t for t in infos if t["type"] == "worker" and "search-pagefind" in t["url"]]
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


def measure_site(browser, base: str, lang: str) -> dict:
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


def pagefind_build(site: str) -> tuple[float, int]:
    """Seconds to index the built site again with Pagefind as the build does, and the index's bytes on disk."""
    from sitebuild import search_index
    start = time.perf_counter()
    search_index.run_pagefind(site)
    elapsed = time.perf_counter() - start
    folder = os.path.join(site, search_index.OUTPUT)
    return elapsed, sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(folder) for f in fs)


def run(site: str, label: str, row, languages=("sv", "en")) -> None:
    """Measure the site's search on the built site in `site`."""
    from playwright.sync_api import sync_playwright

    from tests.nginx_server import Nginx
    t, size = pagefind_build(site)
    row(f"{label}: Pagefind index build (all languages)", f"{t:.1f} s, {size / 1024 / 1024:.1f} MB on disk")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        server = Nginx(site, tempfile.mkdtemp(prefix="bench-nginx-"))
        try:
            for lang in languages:
                m = measure_site(browser, server.base, lang)
                heap = f"{m['heap_mb']:.1f} MB" if m["heap_mb"] else "n/a"
                row(f"{label}, {lang}: first load (Pagefind, search on demand)", f"{m['first_load'][0] / 1024:.0f} KB gzip, {m['first_load'][1]} requests")
                row(f"{label}, {lang}: bytes until first result (Pagefind)",
                    f"{m['until_result'][0] / 1024:.0f} KB gzip in all, of which search {(m['until_result'][0] - m['first_load'][0]) / 1024:.0f} KB; {m['until_result'][1]} requests")
                row(f"{label}, {lang}: first keystroke to results (Pagefind)",
                    f"cold {m['cold_ms']:.0f} ms, warm {m['warm_ms']:.0f} ms (median of {len(QUERIES[lang]) - 1}); next page, files cached: {m['from_cache_ms']:.0f} ms, {m['from_cache_bytes'] / 1024:.0f} KB")
                row(f"{label}, {lang}: search worker memory after searching (Pagefind)", heap)
        finally:
            server.stop()
            browser.close()
