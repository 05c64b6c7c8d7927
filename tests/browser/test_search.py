"""Search in Chromium (Pagefind behind Material's search UI): nothing fetched until the reader searches,
results per language, Swedish inflections, readable results, real links only, phones, Arabic."""
import re
from urllib.parse import parse_qs, urlsplit

import pytest

SEARCH_ONLY = ("search_index", "/pagefind/")  # the few bytes Material asks for, and Pagefind's files


# Results of the query as typed, not of a part of it typed on the way: every result's highlight (?h=)
# names only words of the whole query.
ANSWERED = """(words) => {
    const links = [...document.querySelectorAll('.md-search-result__item > a')];
    return links.length > 0 && links.every(a => (new URL(a.href).searchParams.get('h') || '')
        .split(' ').filter(Boolean).every(w => words.includes(w)));
}"""


def wait_for_answer(v, query):
    v.page.wait_for_function(ANSWERED, arg=query.lower().split(), timeout=15000)


def search(v, base_url, path, query):
    v.page.goto(base_url + path)
    v.search(query)
    wait_for_answer(v, query)
    hrefs = v.page.evaluate("[...document.querySelectorAll('.md-search-result__item > a')].map(a => a.href)")
    return [h.split("#")[0].split("?")[0] for h in hrefs]  # the page, without Material's ?h= highlight


def article_text(html: str) -> str:
    m = re.search(r"<article[^>]*data-pagefind-body[^>]*>(.*?)</article>", html, re.S)
    return re.sub(r"<[^>]+>", " ", m.group(1)).lower() if m else ""


def page_saying_only(site_dir, word, not_word):
    """The Swedish page whose article uses `word` most while never using `not_word` (whole words)."""
    counts = {}
    for path in site_dir.rglob("index.html"):
        rel = path.parent.relative_to(site_dir).as_posix()
        html = path.read_text(encoding="utf-8")
        if 'lang="sv"' not in html[:300]:
            continue
        text = article_text(html)
        if text and not re.search(rf"\b{not_word}\b", text):
            counts["" if rel == "." else rel + "/"] = len(re.findall(rf"\b{word}\b", text))
    best = max(counts, key=counts.get, default=None)
    return best if best is not None and counts[best] else None


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
    assert f"{base_url}/boende-och-omlokalisering/" in search(v, base_url, "/", "omlok")


def test_a_typo_still_finds_the_page(visit, base_url):
    v = visit()
    assert f"{base_url}/boende-och-omlokalisering/" in search(v, base_url, "/", "omlokalisring")[:3]


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


def test_arabic_search_finds_arabic_pages_with_arabic_titles_and_excerpts(visit, base_url):
    v = visit()
    hits = search(v, base_url, "/ar/", "الشرطة")
    assert hits and all(h.startswith(base_url + "/ar/") for h in hits), hits
    first = v.page.locator(".md-search-result__item").first
    assert re.search(r"[\u0600-\u06FF]", first.locator("h1").inner_text())
    assert "الشرطة" in first.locator("mark").first.inner_text()


def test_arabic_query_finds_the_page_about_it(visit, base_url):
    v = visit()
    assert search(v, base_url, "/ar/", "مترجم")[0] == f"{base_url}/ar/tolk/"


@pytest.mark.parametrize("part, query, page", [("/so/", "turjubaan", "/so/tolk/"), ("/fa/", "مترجم", "/fa/tolk/")])
def test_somali_and_persian_readers_search_their_own_pages(visit, base_url, part, query, page):
    """Languages added through config and data get their own search: a Somali or Persian reader asking about an
    interpreter reaches that page in their language, and no result is in another language."""
    v = visit()
    hits = search(v, base_url, part, query)
    assert hits and hits[0] == base_url + page, hits[:5]
    assert all(h.startswith(base_url + part) for h in hits), hits


@pytest.mark.parametrize("part, query, page", [("/fa/", "مترجم", "/fa/tolk/"), ("/ar/", "مترجم", "/ar/tolk/")])
def test_text_put_in_without_key_presses_is_searched(visit, base_url, part, query, page):
    """Pasted or dictated text, or a phone keyboard's Arabic script, reaches the field with no key release,
    which is what Material listens for: the reader must still get results without typing another key."""
    v = visit(viewport={"width": 360, "height": 780})
    v.page.goto(base_url + part)
    v.page.locator("label.md-header__button[for='__search']").click()
    field = v.page.locator("input[data-md-component='search-query']")
    field.focus()
    # Search is ready (Material shows its "type to search" text) before the text arrives.
    v.page.wait_for_function("""() => document.querySelector('.md-search-result__meta').textContent.trim() ===
        JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']""",
                             timeout=15000)
    v.page.keyboard.insert_text(query)  # an input event and no keyup, as from a paste
    first = v.page.locator(".md-search-result__item > a").first
    first.wait_for(state="visible", timeout=15000)
    assert first.get_attribute("href").split("?")[0].split("#")[0] == base_url + page


def test_search_quality_on_the_projects_query_set(browser, base_url):
    """MRR@5 at least 0.9 in Swedish and English in Chromium on bench/queries.yaml (the set `make bench`
    reports), over at least 90 queries; Arabic at least 0.8 on its few."""
    import pathlib
    from bench import quality
    misses = []
    results = quality.evaluate_in_browser(browser, base_url, str(pathlib.Path(__file__).parents[2] / "bench" / "queries.yaml"), misses)
    for lang, (mrr, recall, n) in results.items():
        assert mrr >= (0.9 if lang in ("sv", "en") else 0.8), (lang, mrr, recall, misses)
    assert results["sv"][2] >= 60 and results["en"][2] >= 20
    assert sum(n for _, _, n in results.values()) >= 90


def search_requests(v):
    return [u for u in v.requests if any(part in u for part in SEARCH_ONLY)]


@pytest.mark.parametrize("path", ["/", "/ungdom/", "/en/vad-ar-en-avhoppare/", "/ar/"])
def test_a_page_fetches_no_index_until_the_reader_searches(visit, base_url, path):
    v = visit()
    v.page.goto(base_url + path, wait_until="networkidle")
    v.page.mouse.wheel(0, 600)  # reading and scrolling is not searching
    v.page.wait_for_load_state("networkidle")
    assert search_requests(v) == [], search_requests(v)
    v.search("stöd" if path in ("/", "/ungdom/") else "support" if path.startswith("/en/") else "الشرطة")
    wait_for_answer(v, "stöd" if path in ("/", "/ungdom/") else "support" if path.startswith("/en/") else "الشرطة")
    fetched = search_requests(v)
    assert any(u.endswith("/pagefind/pagefind.js") for u in fetched), fetched
    assert any(u.endswith(".pf_fragment") for u in fetched), fetched
    assert len([u for u in fetched if "search_index" in u]) <= 1, fetched


def test_the_search_shortcut_alone_starts_fetching_search(visit, base_url):
    v = visit(viewport={"width": 1366, "height": 900})
    v.page.goto(base_url + "/", wait_until="networkidle")
    assert search_requests(v) == []
    with v.page.expect_request(lambda r: "/pagefind/" in r.url):
        v.page.keyboard.press("/")


def test_on_a_phone_the_reader_taps_search_types_and_reaches_the_page(visit, base_url):
    v = visit(viewport={"width": 360, "height": 780})
    v.page.goto(base_url + "/ungdom/", wait_until="networkidle")
    icon = v.page.locator("label.md-header__button[for='__search']")
    assert icon.is_visible()  # on a phone the header shows the search icon, below the safety bar
    icon.click()
    field = v.page.locator("input[data-md-component='search-query']")
    field.press_sequentially("anonym", delay=20)
    wait_for_answer(v, "anonym")
    first = v.page.locator(".md-search-result__item > a").first
    first.wait_for(state="visible")
    box, bar = first.bounding_box(), v.page.locator(".safety-bar").first.bounding_box()
    assert box["width"] <= 360 and (bar is None or box["y"] >= bar["y"] + bar["height"] - 1), (box, bar)
    first.click()
    v.page.wait_for_url(re.compile(r"/ungdom/kan-jag-vara-anonym/"))
    assert "anonym" in v.page.locator("h1").first.inner_text().lower()


def result_details(v):
    return v.page.evaluate("""() => [...document.querySelectorAll('.md-search-result__item a')].map(a => ({
        href: a.href, text: a.innerText, html: a.innerHTML,
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
    assert missing <= typed, missing  # "Saknas: kontakt", never a stem
    assert any("<mark>" in r["html"] for r in results)
    for r in results:
        assert not re.search(r"(Polisen|Socialtjänsten|SiS|Kriminalvården)(Polisen|Socialtjänsten|SiS|Kriminalvården)", r["text"]), r
        assert not re.search(r"&(amp|lt|gt|quot);", r["text"]), r  # escaped once, shown as text
        highlight = parse_qs(urlsplit(r["href"]).query, keep_blank_values=True).get("h")
        assert highlight is None or highlight[0].strip(), r["href"]


def test_a_word_no_page_holds_still_shows_pages_with_the_others_and_names_it_missing(visit, base_url):
    v = visit()
    hits = search(v, base_url, "/", "boende qwzxv")
    assert f"{base_url}/boende-och-omlokalisering/" in hits[:3], hits[:5]
    results = result_details(v)
    assert "qwzxv" in results[0]["missing"], results[0]


def test_results_show_the_sections_of_a_page_with_their_anchors(visit, base_url):
    v = visit()
    search(v, base_url, "/", "skyddat boende")
    v.page.evaluate("document.querySelectorAll('.md-search-result__more').forEach(d => d.open = true)")
    anchors = [r["href"] for r in result_details(v) if "#" in r["href"]]
    assert anchors, "no section results"
    for href in anchors[:3]:
        page, anchor = href.split("?")[0], href.split("#")[1]
        v.page.goto(href)
        assert v.page.locator(f"[id='{anchor}']").count() == 1, href


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


def test_markup_written_as_text_in_a_page_stays_text_in_results(browser, repo_copy, tmp_path):
    """Results go into the page as HTML: text that looks like markup must come out as text, never as elements."""
    import functools
    import http.server
    import threading

    from tests.browser.conftest import QuietHandler, Visit
    from tests.conftest import build_site
    page = repo_copy / "docs" / "sv" / "tolk.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n\nZqxmarkup &lt;b&gt;fet&lt;/b&gt; och &lt;i&gt;kursiv&lt;/i&gt; här.\n",
                    encoding="utf-8")
    site = tmp_path / "site"
    result = build_site(site, repo_copy / "mkdocs.yml", cwd=repo_copy)
    assert result.returncode == 0, result.stderr[-2000:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    v = Visit(browser)
    try:
        search(v, f"http://127.0.0.1:{server.server_address[1]}", "/", "zqxmarkup")
        results = v.page.locator(".md-search-result__list")
        assert "<b>fet</b>" in results.inner_text()
        assert results.locator("b, i").count() == 0
    finally:
        v.close()
        server.shutdown()
