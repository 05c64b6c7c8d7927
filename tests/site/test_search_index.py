"""One search index per part of the site, each with real links only, readable text, and the
municipality names that lead to their county page; pages point at a versioned copy."""
import json
import re

import yaml

from tests.site.conftest import ROOT
from tests.site.html_pages import url_of


def page_config(html: str) -> dict:
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))


def test_swedish_index_holds_swedish_and_youth_pages_only(search_indexes):
    locations = [d["location"] for d in search_indexes["sv"]["docs"]]
    assert any(loc.startswith("ungdom/") for loc in locations)
    assert not any(loc.split("/")[0] in ("en", "ar") for loc in locations)
    assert search_indexes["sv"]["config"]["lang"] == ["sv"]


def test_english_index_holds_english_pages_only(search_indexes, site_dir):
    docs = search_indexes["en"]["docs"]
    assert docs and search_indexes["en"]["config"]["lang"] == ["en"]
    for d in docs:
        assert (site_dir / "en" / d["location"].split("#")[0] / "index.html").exists() or d["location"] == "", d["location"]


def test_no_result_links_to_undefined_and_every_location_is_a_page(search_indexes, site_dir):
    for part, index in search_indexes.items():
        base = site_dir if part == "sv" else site_dir / part
        for d in index["docs"]:
            loc = d["location"].split("#")[0]
            assert "undefined" not in d["location"]
            assert (base / loc / "index.html").exists() or (base / loc).is_file(), (part, d["location"])


def test_pages_point_material_at_their_own_index(site_dir):
    import json, re
    for rel, expected in (("index.html", "."), ("en/index.html", "."), ("ungdom/index.html", ".."),
                          ("en/vad-ar-en-avhoppare/index.html", "..")):
        html = (site_dir / rel).read_text(encoding="utf-8")
        cfg = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))
        assert cfg["base"] == expected, rel
        assert "search-stemmed.js?material=" in cfg["search"], rel


def test_every_page_points_at_a_versioned_index_with_the_same_content(site_dir, all_pages):
    for path, _ in all_pages:
        if path.name == "404.html":
            continue
        cfg = page_config(path.read_text(encoding="utf-8"))
        assert re.fullmatch(r"search/search_index\.[0-9a-f]{8}\.json", cfg["search_index"]), url_of(site_dir, path)
        base = (path.parent / cfg["base"]).resolve()
        assert (base / cfg["search_index"]).read_bytes() == (base / "search" / "search_index.json").read_bytes()


def test_actor_chips_do_not_run_together_in_search_text(search_indexes):
    actors = yaml.safe_load((ROOT / "data" / "actors.yaml").read_text(encoding="utf-8"))["actors"]
    names = sorted({label for a in actors.values() for key, label in a.items() if key != "page"}, key=len, reverse=True)
    assert len(names) >= 4, names
    together = re.compile("(" + "|".join(map(re.escape, names)) + r")(" + "|".join(map(re.escape, names)) + ")")
    for part, index in search_indexes.items():
        for d in index["docs"]:
            plain = re.sub(r"<[^>]+>", " ", d["title"] + " " + d["text"])
            assert not together.search(plain), (part, d["location"], together.search(plain).group(0))
            assert "Andra vägar" not in d["title"] and "Other routes" not in d["title"], (part, d["location"], d["title"])


def test_each_county_page_carries_its_municipalities_and_no_other_page_does(search_indexes, regions_data):
    for part in ("sv", "en"):
        index = search_indexes[part]
        assert index["config"]["fields"]["places"]["boost"] >= index["config"]["fields"]["title"]["boost"]
        by_location = {d["location"]: d for d in index["docs"]}
        for county in regions_data["counties"]:
            doc = by_location[f"kontakter/{county['slug']}/"]
            places = doc.get("places", "").split()
            for m in county["municipalities"]:
                assert all(word in places for word in m["name"].split()), (part, county["slug"], m["name"])
        assert "Goteborg" in by_location["kontakter/vastra-gotaland/"]["places"]
        assert "Malmo" in by_location["kontakter/skane/"]["places"]
        assert "Gothenburg" in by_location["kontakter/vastra-gotaland/"]["places"].split()  # data/search.yaml
        others = [d["location"] for d in index["docs"] if "places" in d and not re.fullmatch(r"kontakter/[a-z-]+/", d["location"])]
        assert others == [], others
