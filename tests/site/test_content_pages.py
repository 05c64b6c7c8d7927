"""What readers get from the data and the content: county pages, process maps, youth pages, translations."""
import re

import pytest

from sitebuild.lix import lix
from tests.site.html_pages import Page, url_of


def page(site_dir, rel) -> Page:
    return Page((site_dir / rel).read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang_prefix", ["", "en/"])
def test_21_county_pages_with_region_and_municipalities(site_dir, regions_data, lang_prefix):
    total = 0
    for county in regions_data["counties"]:
        p = page(site_dir, f"{lang_prefix}kontakter/{county['slug']}/index.html")
        regions = p.find(data_police_region=True)
        assert regions and regions[0]["data-police-region"] == county["police_region"], county["slug"]
        items = p.text_within("data-municipalities")
        names = [m["name"] for m in county["municipalities"]]
        for name in names:
            assert name in items, (county["slug"], name)
        lis = [stack for stack, _ in p.texts if any("data-municipalities" in a for _, a in stack)]
        assert len(lis) == len(names), county["slug"]
        total += len(names)
    assert len(regions_data["counties"]) == 21
    assert total == 290


def test_municipality_index_links_each_municipality_to_its_county(site_dir, regions_data):
    p = page(site_dir, "kontakter/kommuner/index.html")
    entries = p.find("li", data_municipality=True)
    assert len(entries) == 290
    county_of = {m["name"]: c["slug"] for c in regions_data["counties"] for m in c["municipalities"]}
    for e in entries:
        assert county_of[e["data-municipality"]] == e["data-county"]
    hrefs = [a["href"] for a in p.find("a") if "kontakter" not in a.get("href", "") and a.get("href", "").startswith("../")]
    assert "../norrbotten/" in hrefs


def test_county_directory_start_page_has_a_map_and_its_text_equivalent(site_dir):
    p = page(site_dir, "kontakter/index.html")
    tiles = [a for a in p.find("a") if "county-map__tile" in a.get("class", "")]
    assert len(tiles) == 21
    assert len(p.find("ul", data_police_region_list=True)) == 7


@pytest.mark.parametrize("rel", ["sa-gar-ett-avhopp-till/index.html", "en/sa-gar-ett-avhopp-till/index.html",
                                 "ungdom/sa-gar-det-till/index.html", "ar/sa-gar-ett-avhopp-till/index.html"])
def test_process_pages_show_the_map_in_data_order(site_dir, rel):
    import yaml, pathlib
    data = yaml.safe_load((pathlib.Path(__file__).parents[2] / "data" / "processes" / "avhopp.yaml").read_text())
    p = page(site_dir, rel)
    assert p.find(data_process_map="avhopp"), rel
    steps = [a["data-step"] for a in p.find(data_step=True)]
    assert len(steps) >= 6
    assert steps == [s["id"] for s in data["steps"]]


def test_inslussning_is_drawn_by_the_same_renderer(site_dir):
    p = page(site_dir, "vem-gor-vad/kriminalvarden/index.html")
    assert p.find(data_process_map="inslussning")
    assert len(p.find(data_step=True)) >= 5


def article_text_blocks(p: Page) -> list[str]:
    return p.blocks_within("article", "md-content__inner", exclude=("data-page-meta", "data-process-map", "data-translation-notice"))


def test_at_least_ten_youth_pages_each_easy_to_read(site_dir):
    youth = sorted((site_dir / "ungdom").rglob("index.html"))
    assert len(youth) >= 10
    scores = {}
    for path in youth:
        p = Page(path.read_text(encoding="utf-8"))
        scores[url_of(site_dir, path)] = round(lix("\n\n".join(article_text_blocks(p))), 1)
    assert all(score <= 35 for score in scores.values()), scores


def test_a_youth_page_names_112_in_its_own_text(site_dir):
    texts = [" ".join(article_text_blocks(Page(p.read_text(encoding="utf-8")))) for p in (site_dir / "ungdom").rglob("index.html")]
    assert any("112" in t for t in texts)


def test_translation_notice_appears_exactly_on_unreviewed_translations(site_dir, all_pages):
    import yaml, pathlib
    root = pathlib.Path(__file__).parents[2]
    for path, p in all_pages:
        url = url_of(site_dir, path)
        part = url.strip("/").split("/")[0]
        if part not in ("en", "ar") or path.name == "404.html":
            continue
        rel = url.strip("/").split("/", 1)[1] if "/" in url.strip("/") else ""
        md = root / "docs" / part / (rel + ".md" if rel else "index.md")
        if not md.exists():
            md = root / "docs" / part / rel / "index.md"
        if md.exists():
            meta = yaml.safe_load(md.read_text(encoding="utf-8").split("---")[1])
            unreviewed = meta["translation"]["status"] == "unreviewed"
        else:  # generated from data/regions.yaml
            unreviewed = "kontakter" in url
        assert bool(p.find(data_translation_notice=True)) == unreviewed, url


def test_glossary_terms_get_tooltips(site_dir):
    p = page(site_dir, "vem-gor-vad/sis/index.html")
    assert any(a.get("title") for a in p.find("abbr"))


def test_every_page_states_its_sources(site_dir, all_pages):
    for path, p in all_pages:
        if path.name == "404.html":
            continue
        # Professional pages list their sources; pages for people who seek help link to the sources page
        # (and the sources page is the list itself).
        assert (p.find("ul", class_="page-meta__sources") or p.find("a", data_sources_link=True)
                or path.parent.name == "kallor"), path
