"""A teenager searching on /ungdom/ with their own words lands on the answer to their question."""
import pytest

from tests.browser.test_search import wait_for_answer


def hits_for(v, base_url, query):
    v.page.goto(base_url + "/ungdom/")
    v.search(query)
    wait_for_answer(v, query)
    hrefs = v.page.evaluate("[...document.querySelectorAll('.md-search-result__item > a')].map(a => a.href)")
    pages = []
    for h in hrefs:
        page = h.split("#")[0].split("?")[0]
        if page not in pages:
            pages.append(page)
    return pages


@pytest.mark.parametrize("query,slug", [
    ("föräldrar veta", "far-mina-foraldrar-veta"),
    ("mamma och pappa", "far-mina-foraldrar-veta"),
    ("anonym", "kan-jag-vara-anonym"),
    ("brott jag har gjort", "om-jag-har-gjort-brott"),
    ("inte får vara med", "om-jag-inte-far-vara-med"),
])
def test_youth_search_finds_the_answer_first_three(visit, base_url, query, slug):
    v = visit()
    pages = hits_for(v, base_url, query)
    assert f"{base_url}/ungdom/{slug}/" in pages[:3], pages[:5]
