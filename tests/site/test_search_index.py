"""Pagefind's index as the build writes it: one per page language, page text only, municipality names
weighted on county pages, and every page pointing Material at our worker with its own language."""
import json
import re

from tests.site.html_pages import url_of

CHROME = ("Senast granskad", "Föreslå en ändring", "Last reviewed", "Akut fara", "Hoppa till innehållet",
          "Skriv namnet på din kommun")


def page_config(html: str) -> dict:
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))


def html_lang(html: str) -> str:
    return re.search(r'<html\b[^>]*\slang="([^"]+)"', html).group(1)


def indexed(page) -> str:
    return page.text_within("data-pagefind-body", exclude=("data-pagefind-ignore",))


def test_each_page_language_has_its_own_index(site_dir, all_pages):
    langs = {html_lang(path.read_text(encoding="utf-8")) for path, page in all_pages if page.find(data_pagefind_body=True)}
    assert len(langs) >= 3, langs
    entry = json.loads((site_dir / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert set(entry["languages"]) == langs
    for lang, info in entry["languages"].items():
        assert info["page_count"] > 0 and (site_dir / "pagefind" / f"pagefind.{info['hash']}.pf_meta").exists(), lang


def test_every_content_page_is_indexed_once_by_its_article(site_dir, all_pages):
    for path, page in all_pages:
        if path.name == "404.html":
            assert not page.find(data_pagefind_body=True)
            continue
        bodies = page.find(data_pagefind_body=True)
        assert len(bodies) == 1 and "md-content__inner" in bodies[0].get("class", ""), url_of(site_dir, path)


def test_the_index_holds_page_text_only(site_dir, all_pages):
    """No page facts, safety bar, menus or the municipality filter's help: only what the editor wrote."""
    for path, page in all_pages:
        text = indexed(page)
        for chrome in CHROME:
            assert chrome not in text, (url_of(site_dir, path), chrome)


def test_process_map_chips_labels_and_links_are_left_out(site_dir, all_pages):
    """Actor chips ran together in excerpts ("PolisenSocialtjänstenSiS"); labels and "Läs mer" repeat."""
    with_map = 0
    for path, page in all_pages:
        for cls in ("process-map__actors", "process-map__links", "process-map__label"):
            for element in page.find(class_=cls):
                with_map += 1
                assert "data-pagefind-ignore" in element, (url_of(site_dir, path), cls)
    assert with_map > 0


def test_each_county_page_weights_its_municipalities_and_other_names(site_dir, regions_data):
    for prefix in ("", "en/"):
        for county in regions_data["counties"]:
            html = (site_dir / f"{prefix}kontakter/{county['slug']}/index.html").read_text(encoding="utf-8")
            lists = re.findall(r'<ul\b[^>]*\sdata-municipalities\b[^>]*>', html)
            assert lists and all('data-pagefind-weight="7.0"' in tag for tag in lists), (prefix, county["slug"])
            for m in county["municipalities"]:
                assert f'data-municipality="{m["name"]}"' in html, (county["slug"], m["name"])
        gothenburg = (site_dir / f"{prefix}kontakter/vastra-gotaland/index.html").read_text(encoding="utf-8")
        assert re.search(r'<p hidden data-pagefind-weight="7.0">[^<]*\bGothenburg\b', gothenburg)  # data/search.yaml


def test_pages_point_material_at_our_worker_in_their_own_language(site_dir, all_pages):
    for path, _ in all_pages:
        html = path.read_text(encoding="utf-8")
        cfg = page_config(html)
        worker, _, query = cfg["search"].partition("?")
        assert worker.endswith("assets/javascripts/workers/search-pagefind.js"), url_of(site_dir, path)
        target = site_dir / worker.lstrip("/") if worker.startswith("/") else path.parent / worker  # 404 pages: from the root
        assert target.resolve().is_file(), url_of(site_dir, path)
        assert query == f"lang={html_lang(html)}", url_of(site_dir, path)


def test_materials_own_index_is_empty_and_lunr_is_gone(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"] == [] and (site_dir / "search" / "search_index.json").stat().st_size < 400
    assert not list(site_dir.glob("*/search/search_index.json"))
    assert not (site_dir / "assets" / "javascripts" / "lunr").exists()
    assert not list((site_dir / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
