"""Phone numbers become tel: links everywhere; in right-to-left text numbers are isolated left to right."""
from sitebuild import numbers


def test_phone_numbers_become_links_in_any_language():
    html = numbers.process("<p>Ring 112 eller polisen på 114 14.</p>", rtl=False)
    assert '<a href="tel:112">112</a>' in html
    assert '<a href="tel:11414">114 14</a>' in html


def test_number_already_in_a_link_or_code_is_left_alone():
    src = '<p><a href="tel:112">112</a> <code>114 14</code> <a href="x"><strong>114 14</strong></a></p>'
    assert numbers.process(src, rtl=True) == src


def test_numbers_that_only_contain_the_digits_are_not_phone_numbers():
    src = "<p>SFS 2001:112, 1120 personer, 112,5 kronor och 4.112 i rapporten.</p>"
    assert "tel:" not in numbers.process(src, rtl=False)


def test_rtl_text_gets_every_number_isolated():
    html = numbers.process("<p>اتصل بالرقم <strong>114 14</strong> في 2026-03-01 (50 000 000 كرونة).</p>", rtl=True)
    assert '<strong><a href="tel:11414" dir="ltr">114 14</a></strong>' in html
    assert '<bdi dir="ltr">2026-03-01</bdi>' in html
    assert '<bdi dir="ltr">50 000 000</bdi>' in html


def test_ltr_text_gets_no_isolates():
    assert "<bdi" not in numbers.process("<p>Den 1 mars 2026 fick 18 av 33 kommuner stöd.</p>", rtl=False)


def test_attributes_and_skipped_elements_are_not_touched():
    src = '<p title="114 14"><img alt="112"><script>var a = "114 14";</script></p>'
    assert numbers.process(src, rtl=True) == src


def test_isolate_plain_uses_unicode_isolates():
    assert numbers.isolate_plain("الرقم 114 14") == "الرقم \u2066114 14\u2069"


def test_a_diary_number_is_isolated_whole_and_a_full_page_head_is_left_alone():
    html = numbers.process("<html><head><title>114 14</title><style>a{x:1}</style></head>"
                           "<body><p>رقم الملف Ju2025/01696 و 3428-2026</p></body></html>", rtl=True)
    assert "<title>114 14</title>" in html
    assert '<bdi dir="ltr">Ju2025/01696</bdi>' in html and '<bdi dir="ltr">3428-2026</bdi>' in html


def test_footnotes_get_local_back_link_titles_and_stay_out_of_search():
    from sitebuild import footnote_links
    src = ('<p>Text.<sup id="fnref:a"><a class="footnote-ref" href="#fn:a">1</a></sup></p><div class="footnote"><ol>'
           '<li id="fn:a"><p>Källa.<a class="footnote-backref" href="#fnref:a" title="Jump back to footnote 1 in the text">'
           '&#8617;</a></p></li></ol></div>')
    out = footnote_links.localise(src, "Tillbaka till texten")
    assert 'title="Tillbaka till texten"' in out and "Jump back" not in out
    assert '<div class="footnote" data-search-exclude>' in out and '<sup data-search-exclude id="fnref:a">' in out


def test_character_references_stay_whole_in_rtl_text():
    # Markdown puts "&#160;" before each footnote's back link; isolating its digits showed "&#160;" to readers.
    html = '<p>المادة 13.&#160;<a class="footnote-backref" href="#fnref:1">&#8617;</a></p>'
    out = numbers.process(html, rtl=True)
    assert "&#160;<a" in out and '<bdi dir="ltr">13</bdi>' in out
    assert numbers.process("<p>س&#112;ص 50&#160;000</p>", rtl=True) == '<p>س&#112;ص <bdi dir="ltr">50&#160;000</bdi></p>'


def test_character_references_in_rtl_text_are_left_whole():
    # Footnote texts end in "&#160;" before the back-link; isolating the 160 broke it into "&#<bdi>160</bdi>;",
    # which a reader saw as stray characters after every Arabic footnote.
    src = "<p>القسم 4.2.1.&#160;<a href=\"#fnref:1\">&#8617;</a> &#xA0;&amp;</p>"
    html = numbers.process(src, rtl=True)
    assert "&#160;" in html and "&#xA0;" in html
    assert '<bdi dir="ltr">4.2.1</bdi>' in html


def test_swedish_words_in_rtl_text_read_left_to_right_as_one_piece():
    # A report title with a year in it showed as "2026 Delredovisning" inside a Persian footnote.
    out = numbers.process("<p>گزارش Delredovisning 2026 (Ju2025/01696)، بخش 4.1.</p>", rtl=True)
    assert '<bdi dir="ltr">Delredovisning 2026</bdi> (<bdi dir="ltr">Ju2025/01696</bdi>)،' in out
    assert numbers.process("<p>Delredovisning 2026 (Ju2025/01696)</p>", rtl=False) == "<p>Delredovisning 2026 (Ju2025/01696)</p>"
