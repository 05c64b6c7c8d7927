"""`make bench`: build speed against stock Material, scaling, page weight, search size, speed and quality,
readability, county generation and load. Prints one table and writes bench/results.md.

Run from the repository root: `python -m bench` (or `make bench`). `--quick` skips the 3,000-page sites.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

import yaml

from bench import quality, search_load, synthetic
from bench.hooks_free import generated_pages_as_files  # noqa: F401  (used by docs_with_generated_pages)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", "work")
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")
sys.path.insert(0, ROOT)

rows: list[tuple[str, str]] = []
details: list[str] = []


def row(name: str, value: str) -> None:
    rows.append((name, value))
    print(f"{name:<62} {value}", flush=True)
    write_results(finished=False)  # a run cut short still leaves what it measured


def write_results(finished: bool = True) -> list[str]:
    table = ["| Measure | Result |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows]
    note = "" if finished else "\n**Run still going or cut short: the rows so far.**\n"
    with open(os.path.join(ROOT, "bench", "results.md"), "w", encoding="utf-8") as fh:
        fh.write("# Benchmark results\n\nMeasured by `make bench` on a 2-core machine shared with other work, "
                 f"{time.strftime('%Y-%m-%d')}.\n{note}\n" + "\n".join(table) + "\n" + HOW + "\n".join(details) + "\n")
    return table


def repo_with_menu_for(docs_dir: str, target: str) -> str:
    """A copy of what our hooks read (hooks/, data/, overrides/) whose menu also lists the synthetic
    pages in `docs_dir` (every page must stand in data/navigation.yaml), one section per s<i>, one
    subsection per u<j>. Returns the copy's root."""
    root = os.path.join(target, "repo")
    shutil.rmtree(root, ignore_errors=True)
    for name in ("hooks", "data", "overrides"):
        shutil.copytree(os.path.join(ROOT, name), os.path.join(root, name), ignore=shutil.ignore_patterns("__pycache__"))
    tree: dict[str, dict[str, set[str]]] = {}
    for lang in os.listdir(docs_dir):
        for dirpath, _, names in os.walk(os.path.join(docs_dir, lang)):
            rel = os.path.relpath(dirpath, os.path.join(docs_dir, lang)).replace(os.sep, "/")
            parts = rel.split("/")
            if len(parts) == 2 and parts[0].startswith("s") and parts[1].startswith("u"):
                tree.setdefault(parts[0], {}).setdefault(parts[1], set()).update(f"{rel}/{n}" for n in names if n.endswith(".md"))
    lines = []
    for section in sorted(tree):
        lines += [f'  - title: {{sv: "Del {section}", en: "Part {section}", ar: "{section}"}}', "    pages:"]
        for sub in sorted(tree[section]):
            lines += [f'      - title: {{sv: "Avsnitt {sub}", en: "Section {sub}", ar: "{sub}"}}', "        pages:"]
            lines += [f"          - {p}" for p in sorted(tree[section][sub])]
    nav = os.path.join(root, "data", "navigation.yaml")
    with open(nav, encoding="utf-8") as fh:
        text = fh.read()
    with open(nav, "w", encoding="utf-8") as fh:
        fh.write(text.replace("\nungdom:", "\n" + "\n".join(lines) + "\nungdom:", 1))
    return root


def config_for(docs_dir: str, name: str, stock: bool, root: str = ROOT) -> str:
    """A config beside the real one: ours (hooks, overrides, from `root`) or stock Material with the same languages."""
    with open(os.path.join(ROOT, "mkdocs.yml"), encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh.read().replace("!ENV", ""))
    cfg["docs_dir"] = docs_dir
    cfg["strict"] = False
    if stock:
        for key in ("hooks", "extra_css", "extra_javascript", "exclude_docs", "validation"):
            cfg.pop(key, None)
        cfg["theme"] = {"name": "material", "language": "sv", "features": ["navigation.indexes"]}
        for plugin in cfg["plugins"]:  # the i18n plugin with its defaults, apart from the languages and layout
            if isinstance(plugin, dict) and "i18n" in plugin:
                plugin["i18n"].pop("reconfigure_search", None)
    else:
        cfg["theme"]["custom_dir"] = os.path.join(root, "overrides")
        cfg["hooks"] = [os.path.join(root, h) for h in cfg["hooks"]]
    folder = os.path.join(WORK, name)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "mkdocs.yml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(cfg, fh, allow_unicode=True, sort_keys=False)
    return path


def build(config: str, site: str) -> float:
    shutil.rmtree(site, ignore_errors=True)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config, "-d", site],
                            cwd=ROOT, env=ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"build failed ({config}):\n{result.stderr[-2000:]}")
    return elapsed


def best_of(n: int, fn) -> float:
    return min(fn() for _ in range(n))


def html_size(site: str) -> tuple[int, int]:
    sizes = [os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(site) for f in fs if f.endswith(".html")]
    return len(sizes), int(statistics.mean(sizes)) if sizes else 0


def docs_with_generated_pages(docs: str, target: str) -> str:
    """A copy of `docs` with the pages our hooks generate written out as Markdown, so a stock build
    without hooks builds the same pages."""
    out = os.path.join(target, "docs")
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(docs, out, ignore=shutil.ignore_patterns("_mallar"))
    for rel, text in generated_pages_as_files(ROOT, docs).items():
        os.makedirs(os.path.dirname(os.path.join(out, rel)), exist_ok=True)
        with open(os.path.join(out, rel), "w", encoding="utf-8") as fh:
            fh.write(text)
    return out


def bench_builds(quick: bool) -> tuple[str, dict[int, str]]:
    docs = os.path.join(ROOT, "docs")
    ours = config_for(docs, "real-ours", stock=False)
    stock = config_for(docs_with_generated_pages(docs, os.path.join(WORK, "real-stock")), "real-stock", stock=True)
    site = os.path.join(WORK, "site")
    # Interleaved, so a busy moment on the machine hits both; the fastest of five runs of each.
    runs = [(build(ours, site), build(stock, os.path.join(WORK, "site-stock"))) for _ in range(5)]
    t_ours, t_stock = min(r[0] for r in runs), min(r[1] for r in runs)
    median_ratio = statistics.median(o / s for o, s in runs)
    row("Full build, real site (ours)", f"{t_ours:.2f} s")
    row("Full build, same content, stock Material + i18n", f"{t_stock:.2f} s")
    row("Ratio ours / stock (target ≤ 1.3)", f"{t_ours / t_stock:.2f} (fastest runs; median of 5 pairs {median_ratio:.2f})")
    sizes = [200, 1000] + ([] if quick else [3000])
    synthetic_sites = {}
    for n in sizes:
        folder = os.path.join(WORK, f"synthetic-{n}")
        sdocs = synthetic.generate(folder, n, real_docs=os.path.join(ROOT, "docs"))
        t = build(config_for(sdocs, f"synthetic-{n}-ours", stock=False, root=repo_with_menu_for(sdocs, folder)), os.path.join(folder, "site"))
        pages, mean_html = html_size(os.path.join(folder, "site"))
        row(f"Synthetic {n} pages/language: build (ours)", f"{t:.1f} s = {1000 * t / (2 * n):.1f} ms/page, HTML {mean_html // 1024} KB/page")
        if n <= 1000:
            stock_docs = docs_with_generated_pages(sdocs, os.path.join(folder, "stock"))
            t = build(config_for(stock_docs, f"synthetic-{n}-stock", stock=True), os.path.join(folder, "site-stock"))
            pages, mean_html = html_size(os.path.join(folder, "site-stock"))
            row(f"Synthetic {n} pages/language: build (stock)", f"{t:.1f} s = {1000 * t / (2 * n):.1f} ms/page, HTML {mean_html // 1024} KB/page")
        shutil.rmtree(os.path.join(folder, "site-stock"), ignore_errors=True)
        if n >= 1000:
            synthetic_sites[n] = os.path.join(folder, "site")
    return site, synthetic_sites


def bench_rebuild() -> None:
    from tests.nginx_server import free_port
    port = free_port()
    page = os.path.join(ROOT, "docs", "sv", "for-anhoriga.md")
    with open(page, encoding="utf-8") as fh:
        original = fh.read()
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],  # live reload on: it is what watches the files
                            cwd=ROOT, env=dict(ENV, SITE_PRECOMPRESS="0"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/for-anhoriga/"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(url, timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        time.sleep(1.5)
        marker = f"Mätpunkt {time.time_ns()}"
        start = time.perf_counter()
        with open(page, "w", encoding="utf-8") as fh:
            fh.write(original + f"\n{marker}\n")
        while time.perf_counter() - start < 300:
            try:
                if marker in urllib.request.urlopen(url, timeout=2).read().decode():
                    break
            except OSError:
                pass
            time.sleep(0.1)
        row("Rebuild in `make serve` after editing one page", f"{time.perf_counter() - start:.2f} s")
    finally:
        with open(page, "w", encoding="utf-8") as fh:
            fh.write(original)
        proc.terminate()
        proc.wait(timeout=20)


def bench_browser(site: str) -> None:
    from playwright.sync_api import sync_playwright

    from tests.nginx_server import Nginx
    server = Nginx(site, tempfile.mkdtemp(prefix="bench-nginx-"))
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
            for label, path in (("Swedish start page", "/"), ("Guidance page", "/boende-och-omlokalisering/"),
                                ("Youth page", "/ungdom/ar-jag-i-fara/"), ("County page", "/kontakter/norrbotten/")):
                context = browser.new_context()
                page = context.new_page()
                finished = []
                page.on("requestfinished", lambda r: finished.append(r))
                page.goto(server.base + path, wait_until="networkidle")
                page.wait_for_timeout(500)
                total = 0
                for r in finished:
                    sizes = r.sizes()
                    total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
                row(f"First load, {label} ({path})", f"{total / 1024:.0f} KB transferred (gzip), {len(finished)} requests")
                assert not any("search_index" in r.url or "/pagefind/" in r.url for r in finished), "a page fetched search files before any search"
                context.close()
            misses: list = []
            results = quality.evaluate_in_browser(browser, server.base, os.path.join(ROOT, "bench", "queries.yaml"), misses)
            for part, (mrr, recall, n) in results.items():
                row(f"Search quality in Chromium, {part} ({n} queries)", f"MRR@5 {mrr:.2f}, recall@3 {recall:.2f}")
            details.append("\n### Queries whose expected page was not first (Pagefind, Chromium, real site)\n\n"
                           "| Part | Query | Expected | First three results |\n|---|---|---|---|")
            details.extend(f"| {lang} | {q} | {exp} | {', '.join(r or '(start page)' for r in ranked) or '(none)'} |"
                           for lang, q, exp, ranked in misses)
            browser.close()
        bench_load(server.base, site)
    finally:
        server.stop()


def bench_search(site: str, synthetic_sites: dict[int, str]) -> None:
    """Search cost at the real site and the synthetic sizes (the site's Pagefind search)."""
    copy = os.path.join(WORK, "site-search")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy)
    search_load.run(copy, "Real site", row, languages=("sv", "en", "ar"))
    for n, path in sorted(synthetic_sites.items()):
        search_load.run(path, f"Synthetic {n} pages/language", row)


def bench_load(base: str, site: str) -> None:
    wrk = shutil.which("wrk")
    if not wrk:
        row("Load (wrk)", "wrk not installed")
        return
    for label, path in (("a page", "/boende-och-omlokalisering/"), ("Pagefind's script", "/pagefind/pagefind.js")):
        out = subprocess.run([wrk, "-t2", "-c16", "-d5s", "-H", "Accept-Encoding: gzip", base + path],
                             capture_output=True, text=True, timeout=60).stdout
        rps = next((l.split()[1] for l in out.splitlines() if l.startswith("Requests/sec")), "?")
        latency = next((l.split()[1] for l in out.splitlines() if l.strip().startswith("Latency")), "?")
        row(f"Load on loopback nginx, {label} (wrk, 16 connections, 5 s)", f"{rps} req/s, mean latency {latency}")


def bench_lix(site: str) -> None:
    from sitebuild.lix import lix
    from tests.site.html_pages import Page
    per_part: dict[str, list[tuple[str, float]]] = {}
    for folder, _, names in os.walk(site):
        if "index.html" not in names or "assets" in folder:
            continue
        rel = os.path.relpath(folder, site).replace(os.sep, "/")
        rel = "" if rel == "." else rel + "/"
        part = rel.split("/")[0] if rel.split("/")[0] in ("en", "ar", "ungdom") else "sv"
        if part == "ar":
            continue  # LIX is defined for Swedish and English text
        with open(os.path.join(folder, "index.html"), encoding="utf-8") as fh:
            page = Page(fh.read())
        blocks = page.blocks_within("article", "md-content__inner",
                                    exclude=("data-page-meta", "data-process-map", "data-translation-notice"))
        if blocks:
            per_part.setdefault(part, []).append(("/" + rel, lix("\n\n".join(blocks))))
    for part, scores in sorted(per_part.items()):
        values = [s for _, s in scores]
        row(f"LIX {part} ({len(values)} pages)", f"mean {statistics.mean(values):.0f}, max {max(values):.0f}")
        details.append(f"\n### LIX, {part}\n\n| Page | LIX |\n|---|---|")
        details.extend(f"| {url} | {score:.0f} |" for url, score in sorted(scores))


def bench_regions() -> None:
    from sitebuild import regions, site_data
    data = site_data.load(ROOT)
    path = os.path.join(ROOT, "data", "regions.yaml")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    labels = data.ui[data.parts.default.key]["counties"]

    def run(doc: str) -> float:
        start = time.perf_counter()
        directory, _ = regions.load_text(doc, data.reports.entries, langs=tuple(p.key for p in data.parts.generated))
        for part in data.parts.generated:
            regions.render_all(directory, part, data.ui[part.key]["counties"], data.tiles, data.reports.entries, data.parts.default.key)
        return time.perf_counter() - start
    row("County directory: load, validate, render (real file)", f"{1000 * best_of(3, lambda: run(text)):.0f} ms")
    original = yaml.safe_load(text)
    big = dict(original, counties=[dict(c, slug=f"{c['slug']}-{i}") for i in range(30) for c in original["counties"]])
    big_text = yaml.safe_dump(big, allow_unicode=True)
    row("County directory: same, synthetic file 30× larger", f"{1000 * run(big_text):.0f} ms ({len(big_text) // 1024} KB)")
    del labels


HOW = """
How to read it:
- "Stock" is Material for MkDocs with the same pages, languages and Markdown extensions, without our
  hooks, overrides, theme features or CSS, and with mkdocs-static-i18n's defaults. It gets the pages
  our hooks generate (county pages, changes) written out as Markdown files.
- The real-site ratio compares the fastest of five interleaved runs of each; the median of the five
  pairs is shown beside it. Our build also checks every page, writes the security headers,
  precompresses (gzip) every page, stylesheet and script, and builds Pagefind's index.
- Scaling: ms per page should stay flat as the site grows. Stock grows because every page embeds the
  whole navigation, and the i18n plugin's search deduplication compares every entry with every other;
  ours keeps the navigation in each page small (`navigation.prune`) and turns that deduplication off
  (search is Pagefind's index, one per page language). The stock build is not run at 3,000 pages (it takes many
  minutes).
- First load is measured in Chromium through nginx with deploy/nginx.conf (gzip), cold cache. Search
  is on demand: a first load holds no Pagefind file and no index (the bench stops if a page fetches one
  before anyone searches), only our small search worker, which Material starts at once.
- Search cost (bench/search_load.py), per size and language, the site's search as built (Pagefind
  behind Material's UI): "bytes until first result" counts everything from opening the page to the first
  result list (page, assets, then Pagefind's script, WebAssembly, index chunks and the fragments of the
  results shown); "cold" is the time from focusing the field and typing at once to results, so it
  includes fetching Pagefind; "warm" is the median of the next five queries; "next page, files cached"
  is a second page of the same part. Quality is typed into the real search field (bench/quality.py),
  youth questions on a youth page. Times are wall-clock on a machine other work shares: the load
  average is recorded at the start and end, and times under load are upper bounds.
- Synthetic pages are written from word chains learnt from the real pages of each language, so their
  vocabulary and compression are close to real prose.
"""


def main() -> int:
    quick = "--quick" in sys.argv
    os.makedirs(WORK, exist_ok=True)
    row("Machine load at start (1-minute load average, 2 cores shared)", f"{os.getloadavg()[0]:.1f}")
    site, synthetic_sites = bench_builds(quick)
    bench_regions()
    bench_lix(site)
    bench_browser(site)
    bench_search(site, synthetic_sites)
    if "--no-rebuild" not in sys.argv:
        bench_rebuild()
    row("Machine load at end (1-minute load average)", f"{os.getloadavg()[0]:.1f}")
    table = write_results()
    print("\n" + "\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
