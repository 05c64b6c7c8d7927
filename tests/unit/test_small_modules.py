"""LIX, links, markers, glossary tooltips, translation status, YAML line numbers and precompression."""
import datetime as dt
import gzip

import markdown

from sitebuild import glossary, html_text, links, markers, parts, precompress, search_index, translations, yaml_lines
from tests.fixed_parts import PARTS, SV, YOUTH
from sitebuild.lix import lix


def test_lix_counts_words_per_sentence_and_long_words():
    # 9 words, 2 sentences, 2 words longer than six letters (Socialtjänsten, hjälper): 9/2 + 100*2/9
    assert lix("Jag vill lämna gänget nu. Socialtjänsten hjälper mig direkt.") == 9 / 2 + 100 * 2 / 9


def test_lix_of_hard_text_is_higher_than_easy_text():
    easy = "Du kan få hjälp. Ring oss. Vi lyssnar på dig."
    hard = "Socialtjänstens handläggning förutsätter strukturerade riskbedömningar och myndighetsgemensamma överenskommelser."
    assert lix(hard) > 60 > 30 > lix(easy)


def test_relative_links_between_directory_urls():
    assert parts.page_url("vem-gor-vad/polisen.md", "") == "vem-gor-vad/polisen/"
    assert parts.page_url("index.md", "en/") == "en/"
    assert links.relative("sa-gar-ett-avhopp-till/", "vem-gor-vad/polisen/") == "../vem-gor-vad/polisen/"
    assert links.relative("", "kontakter/") == "kontakter/"
    assert links.relative("en/x/", "en/x/") == "./"


def test_markers_are_replaced_and_misspelt_ones_reported():
    reported = []
    out = markers.expand("A\n<!-- processkarta: avhopp -->\n<!-- ordlista -->\n<!-- en vanlig kommentar -->\n",
                         {"processkarta": lambda arg, line: f"[karta {arg} rad {line}]"},
                         lambda name, line: reported.append((name, line)))
    assert "[karta avhopp rad 2]" in out
    assert "<!-- en vanlig kommentar -->" in out
    assert reported == [("ordlista", 3)]


def test_translation_behind_unreviewed_and_reviewed():
    block = {"source": "sv/vad-ar-en-avhoppare.md", "source_reviewed": "2026-11-25", "status": "unreviewed"}
    status = translations.status(block, dt.date(2026, 11, 25), PARTS.url_of)
    assert status.show_notice and not status.behind
    assert status.source_url == "vad-ar-en-avhoppare/"
    assert translations.status(block, dt.date(2027, 1, 10)).behind
    reviewed = translations.status(dict(block, status="reviewed"), dt.date(2026, 11, 25))
    assert not reviewed.show_notice and not reviewed.behind
    assert translations.status(None, None) is None
    assert translations.status(dict(block, source="sv/vem-gor-vad/index.md"), None, PARTS.url_of).source_url == "vem-gor-vad/"


def test_yaml_values_keep_their_lines():
    doc = yaml_lines.parse("a: 1\nb:\n  - x: 2\n    y: 3\n", "f.yaml")
    item = doc.get("b").children[0]
    assert (doc.line_of("a"), item.line_of("x"), item.line_of("y")) == (1, 3, 4)


def test_yaml_syntax_error_names_the_line():
    try:
        yaml_lines.parse("a: 1\nb: [2\nc: 3\n", "data/x.yaml")
    except yaml_lines.YamlSyntaxError as exc:
        assert exc.problem.path == "data/x.yaml"
        assert exc.problem.line == 2  # where the unclosed bracket opens
        assert "YAML-filen går inte att läsa" in exc.problem.what
    else:
        raise AssertionError("no error")


def test_links_into_another_part_become_urls_only_when_the_target_exists():
    from sitebuild import cross_links
    md = "[unga](../ungdom/index.md) [saknas](../ungdom/finns-inte.md) [här](statliga-medel.md) [sv](../sv/x.md#a)"
    out = cross_links.rewrite(md, "en/om-webbplatsen.md", "en/om-webbplatsen/",
                              in_build=lambda src: src == "en/statliga-medel.md",
                              exists=lambda src: src in {"ungdom/index.md", "sv/x.md", "en/statliga-medel.md"}, url_of=PARTS.url_of)
    assert "[unga](../../ungdom/)" in out
    assert "[saknas](../ungdom/finns-inte.md)" in out  # left for MkDocs to report as broken
    assert "[här](statliga-medel.md)" in out            # in this build: MkDocs resolves it
    assert "[sv](../../x/#a)" in out


TERMS = [{"term": "RAS", "abbr": True, "sv": {"expansion": "Regional avhopparsamordning", "explanation": "…"}, "ungdom": "Polisens hjälp."},
         {"term": "SiS", "abbr": True, "sv": {"expansion": "Statens institutionsstyrelse", "explanation": "…"}, "ungdom": "Ungdomshem."},
         {"term": "LVU", "abbr": True, "sv": {"expansion": "Lagen om vård av unga", "explanation": "…"}, "ungdom": "En lag."}]


def test_tooltips_only_for_terms_on_the_page_and_each_becomes_an_abbr():
    text = "RAS och SiS samarbetar."
    defs = glossary.abbreviations(TERMS, SV, text)
    assert "LVU" not in defs and defs.count("*[") == 2
    html = markdown.markdown(text + defs, extensions=["abbr"])
    assert '<abbr title="Regional avhopparsamordning">RAS</abbr>' in html
    assert '<abbr title="Statens institutionsstyrelse">SiS</abbr>' in html
    assert "*[" not in html
    assert 'title="Ungdomshem."' in markdown.markdown(text + glossary.abbreviations(TERMS, YOUTH, text), extensions=["abbr"])


def test_precompression_writes_gzip_twins_only_for_files_worth_it(tmp_path):
    page, asset, tiny = tmp_path / "a" / "index.html", tmp_path / "x.js", tmp_path / "y.css"
    page.parent.mkdir()
    page.write_text("<p>last</p>" * 200)
    asset.write_text("var x = 1;\n" * 200)
    tiny.write_text("a{}")
    assert precompress.compress_tree(str(tmp_path), skip=lambda p: p.endswith("x.js")) == 1
    assert gzip.decompress((tmp_path / "a" / "index.html.gz").read_bytes()) == page.read_bytes()
    assert not (tmp_path / "x.js.gz").exists() and not (tmp_path / "y.css.gz").exists()
    assert not list(tmp_path.rglob("*.br"))  # nginx has no brotli module: nothing it would never send


def test_one_escape_for_values_from_data_empty_is_empty():
    assert html_text.escape(None) == ""
    assert html_text.escape(0) == "0"
    assert html_text.escape('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"


def test_direction_is_read_from_the_page_material_built():
    rtl = '<html lang="fa" class="no-js"><body dir="rtl" data-md-color-scheme="default">'
    assert html_text.direction(rtl) == "rtl" and html_text.direction("<body>") == "ltr"
    assert html_text.with_html_dir(rtl).startswith('<html lang="fa" class="no-js" dir="rtl">')
    assert html_text.with_html_dir(html_text.with_html_dir(rtl)).count("dir=") == 2  # <html> once, <body> once


def test_other_place_names_are_read_with_their_lines_and_bad_entries_named():
    good = yaml_lines.parse("other_place_names:\n  Göteborg: [Gothenburg]\n", "data/search.yaml")
    assert search_index.other_place_names(good) == ({"Göteborg": ["Gothenburg"]}, [])
    bad = yaml_lines.parse("other_place_names:\n  Göteborg: [Gothenburg]\n  Malmö: Malmoe\n", "data/search.yaml")
    names, problems = search_index.other_place_names(bad)
    assert names == {"Göteborg": ["Gothenburg"]}
    assert [(p.path, p.line) for p in problems] == [("data/search.yaml", 3)] and "Malmö" in problems[0].what


def test_pagefind_indexes_the_article_and_not_what_is_not_text_for_readers():
    page = ('<html lang="xx"><body><nav>Meny</nav><article class="md-content__inner md-typeset"><h1>T</h1>'
            '<span class="process-map__title">Ta kontakt</span> <span class="process-map__actors">'
            '<span class="process-map__actor process-map__actor--polisen">Polisen</span></span>'
            '<aside class="page-meta" data-page-meta="reader">Senast granskad</aside></article></body></html>')
    marked = search_index.mark_page(page)
    assert marked.count("data-pagefind-body") == 1 and '<article class="md-content__inner md-typeset" data-pagefind-body' in marked
    assert '<span class="process-map__actors" data-pagefind-ignore>' in marked
    assert 'data-page-meta="reader" data-pagefind-ignore>' in marked
    assert '<span class="process-map__title">Ta kontakt</span>' in marked
    assert search_index.mark_page(marked) == marked  # marking twice changes nothing


def test_county_municipalities_weigh_like_a_title_with_other_names_hidden_beside_them():
    page = ('<ul class="county-municipalities" data-municipalities data-municipality-list="x">'
            '<li data-municipality="Ale">Ale</li><li data-municipality="Göteborg">Göteborg</li></ul>')
    marked = search_index.mark_page(page, {"Göteborg": ["Gothenburg"], "Malmö": ["Malmoe"]})
    assert 'data-municipality-list="x" data-pagefind-weight="7.0">' in marked
    assert marked.endswith('</ul>\n<p hidden data-pagefind-weight="7.0">Gothenburg</p>')
    assert "Malmoe" not in marked


def test_material_is_pointed_at_our_worker_with_the_pages_language():
    page = ('<html lang="xx-YY" class="no-js"><script id="__config" type="application/json">'
            '{"base": "..", "search": "../assets/javascripts/workers/search.1234abcd.min.js"}</script>')
    out = search_index.point_at_worker(page)
    assert '"search": "../assets/javascripts/workers/search-pagefind.js?lang=xx-YY"' in out and '"base": ".."' in out
