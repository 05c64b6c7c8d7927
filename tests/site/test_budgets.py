"""Size budgets the build keeps (sizes, not times): first load of any page ≤ 100 KB gzip, ≤ 30 requests.

A first load is the page, its stylesheets and scripts, the favicon, and our small search worker, which
Material starts at once. Pagefind and its index come only when the reader opens search
(tests/browser/test_search.py shows that), so the first load does not grow with the site.
Material's language switcher also asks for a sitemap beside each alternate link; those count as requests.
"""
import gzip
import json
import re
import urllib.parse

import pytest

from tests.site.html_pages import url_of

BUDGET_BYTES = 100 * 1024
BUDGET_REQUESTS = 30
HEADER_BYTES = 400  # response headers per request through deploy/nginx.conf (pages carry more, assets less)


def gz(path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


def resolve(site_dir, page_path, ref):
    ref = urllib.parse.urlsplit(ref).path
    target = (site_dir / ref.lstrip("/")) if ref.startswith("/") else (page_path.parent / ref)
    return target.resolve()


def first_load(site_dir, path, page):
    files = [path]
    for attrs in page.find("link", rel="stylesheet") + page.find("link", rel="icon"):
        files.append(resolve(site_dir, path, attrs["href"]))
    for attrs in page.find("script"):
        if attrs.get("src"):
            files.append(resolve(site_dir, path, attrs["src"]))
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>',
                                  path.read_text(encoding="utf-8"), re.S).group(1))
    files.append(resolve(site_dir, path, config["search"].split("?")[0]))
    sitemap_requests = 1 + len(page.find("link", rel="alternate"))
    return files, sitemap_requests


def test_every_page_keeps_its_budget(site_dir, all_pages):
    over = []
    worst = (0, "")
    for path, page in all_pages:
        if path.name == "404.html":
            continue  # a template, not a page: Material's own search setup
        files, extra_requests = first_load(site_dir, path, page)
        missing = [f for f in files if not f.exists()]
        assert missing == [], (url_of(site_dir, path), missing)
        requests = len(set(files)) + extra_requests
        size = sum(gz(f) for f in set(files)) + HEADER_BYTES * requests
        worst = max(worst, (size, url_of(site_dir, path)))
        if size > BUDGET_BYTES or requests > BUDGET_REQUESTS:
            over.append((url_of(site_dir, path), size // 1024, requests))
    assert over == [], over
    print(f"heaviest first load: {worst[1]} {worst[0] // 1024} KB")
