"""Search in Chromium: nothing fetched until the reader searches, per language, Swedish inflections,
readable results, real links only."""
import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest

SEARCH_ONLY = ("search_index", "/lunr/", "workers/search.")  # the index, lunr's languages, Material's worker


def search(v, base_url, path, query):
    v.page.goto(base_url + path)
    v.search(query)
    v.page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0 || "
                             "(document.querySelector('.md-search-result__meta') || {}).textContent?.match(/Inga|No |لا/)",
                             timeout=10000)
    hrefs = v.page.evaluate("[...document.querySelectorAll('.md-search-result__item > a')].map(a => a.href)")
    return [h.split("#")[0].split("?")[0] for h in hrefs]  # the page, without Material's ?h= highlight


def page_saying_only(site_dir, word, not_word):
    """The page that uses `word` most while never using `not_word` (title and text, whole words)."""
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {}
    for d in index["docs"]:
        page = d["location"].split("#")[0]
        pages[page] = pages.get(page, "") + " " + d["title"] + " " + d["text"]
    counts = {page: len(re.findall(rf"\b{word}\b", text.lower())) for page, text in pages.items()
              if not_word not in text.lower()}
    best = max(counts, key=counts.get, default=None)
    return best if best and counts[best] else None


def test_inflected_form_finds_a_page_that_only_has_the_base_form(visit, base_url, site_dir):
    target = page_saying_only(site_dir, "boende", "boenden")
    assert target is not None, "no page says only 'boende'"
    v = visit()
    hits = search(v, base_url, "/", "boenden")
    assert f"{base_url}/{target}" in hits, hits


@pytest.mark.parametrize("query", ["omlokaliseringen", "omlokalisering", "boendet", "skyddade boenden", "kommunerna"])
def test_swedish_inflections_find_results(visit, base_url, query):
    v = visit()
    hits = search(v, base_url, "/", query)
    assert hits, query


def test_prefix_typeahead_still_works(visit, base_url):
    v = visit()
    assert search(v, base_url, "/", "omlok")


def test_english_search_returns_only_english_pages(visit, base_url):
    v = visit()
    hits = search(v, base_url, "/en/", "support")
    assert hits
    assert all(h.startswith(base_url + "/en/") for h in hits), hits
    assert not any("undefined" in h for h in hits)


def test_swedish_search_returns_no_english_page(visit, base_url):
    v = visit()
    hits = search(v, base_url, "/", "stöd")
    assert hits and not any(h.startswith(base_url + "/en/") or h.startswith(base_url + "/ar/") for h in hits)


def test_search_from_a_youth_page_finds_youth_pages(visit, base_url):
    v = visit()
    hits = search(v, base_url, "/ungdom/", "kompis")
    assert any("/ungdom/" in h for h in hits), hits


def test_municipality_name_finds_its_county(visit, base_url):
    v = visit()
    hits = search(v, base_url, "/", "Kiruna")
    pages = []
    for p in hits:
        if p not in pages:
            pages.append(p)
    assert f"{base_url}/kontakter/norrbotten/" in pages[:3], pages[:5]


def test_arabic_search_works(visit, base_url):
    v = visit()
    hits = search(v, base_url, "/ar/", "الشرطة")
    assert hits and all(h.startswith(base_url + "/ar/") for h in hits)


def test_search_quality_on_the_projects_query_set(browser, base_url):
    """MRR@5 at least 0.85 per language in Chromium on bench/queries.yaml (the set `make bench` reports;
    the goal is 0.9), over at least 60 queries."""
    import pathlib
    from bench import quality
    misses = []
    results = quality.evaluate_in_browser(browser, base_url, str(pathlib.Path(__file__).parents[2] / "bench" / "queries.yaml"), misses)
    for lang, (mrr, recall, n) in results.items():
        assert n >= 20 and mrr >= 0.85, (lang, mrr, recall, misses)
    assert sum(n for _, _, n in results.values()) >= 60


def search_requests(v):
    return [u for u in v.requests if any(part in u for part in SEARCH_ONLY)]


@pytest.mark.parametrize("path", ["/", "/ungdom/", "/en/vad-ar-en-avhoppare/"])
def test_a_page_fetches_no_index_until_the_reader_searches(visit, base_url, path):
    v = visit()
    v.page.goto(base_url + path, wait_until="networkidle")
    v.page.mouse.wheel(0, 600)  # reading and scrolling is not searching
    v.page.wait_for_load_state("networkidle")
    assert search_requests(v) == [], search_requests(v)
    v.search("stöd" if not path.startswith("/en/") else "support")
    v.page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0", timeout=10000)
    fetched = [u for u in v.requests if "search_index" in u]
    assert len(fetched) == 1 and re.search(r"/search/search_index\.[0-9a-f]{8}\.json$", fetched[0]), fetched


def test_the_search_shortcut_alone_starts_fetching_the_index(visit, base_url):
    v = visit(viewport={"width": 1366, "height": 900})
    v.page.goto(base_url + "/", wait_until="networkidle")
    assert search_requests(v) == []
    with v.page.expect_request(lambda r: "search_index" in r.url):
        v.page.keyboard.press("/")


def result_details(v):
    return v.page.evaluate("""() => [...document.querySelectorAll('.md-search-result__item a')].map(a => ({
        href: a.href, text: a.innerText,
        missing: [...a.querySelectorAll('.md-search-result__terms del')].map(d => d.textContent)}))""")


def test_results_read_as_text_name_what_was_typed_and_carry_a_highlight(visit, base_url):
    v = visit()
    query = "boende kontakt socialtjänsten"
    search(v, base_url, "/", query)
    v.page.evaluate("document.querySelectorAll('.md-search-result__more').forEach(d => d.open = true)")
    results = result_details(v)
    assert results
    typed = set(query.split())
    missing = {word for r in results for word in r["missing"]}
    assert missing and missing <= typed, missing  # "Saknas: kontakt", never the stem "kontak"
    for r in results:
        assert not re.search(r"(Polisen|Socialtjänsten|SiS|Kriminalvården)(Polisen|Socialtjänsten|SiS|Kriminalvården)", r["text"]), r
        highlight = parse_qs(urlsplit(r["href"]).query, keep_blank_values=True).get("h")
        assert highlight is None or highlight[0].strip(), r["href"]


@pytest.mark.parametrize("path, query, county", [
    ("/", "Göteborg", "kontakter/vastra-gotaland/"),
    ("/", "kontakt Göteborg", "kontakter/vastra-gotaland/"),
    ("/", "Malmö", "kontakter/skane/"),
    ("/", "malmo", "kontakter/skane/"),
    ("/en/", "Göteborg", "en/kontakter/vastra-gotaland/"),
    ("/en/", "Malmo", "en/kontakter/skane/"),
    ("/en/", "Gothenburg", "en/kontakter/vastra-gotaland/"),
])
def test_a_municipality_finds_its_county_page_first(visit, base_url, path, query, county):
    v = visit()
    hits = search(v, base_url, path, query)
    assert hits and hits[0] == f"{base_url}/{county}", hits[:5]
