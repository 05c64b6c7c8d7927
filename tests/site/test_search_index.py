"""One search index per part of the site, each with real links only."""
from tests.site.html_pages import url_of


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
