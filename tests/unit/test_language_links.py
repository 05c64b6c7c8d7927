"""The language choice on start pages links every other language's start page, in that language's own name."""
from sitebuild import language_links
from tests.fixed_parts import AR, EN, PARTS, SV, YOUTH


def test_swedish_start_page_links_the_other_languages_by_their_own_names():
    out = language_links.render(PARTS, SV, "")
    assert out.startswith('!!! start-languages ""\n    ')
    assert '<a href="en/" hreflang="en" lang="en" dir="auto">English</a>' in out
    assert '<a href="ar/" hreflang="ar" lang="ar" dir="auto">العربية</a>' in out
    assert "Svenska" not in out


def test_a_translated_start_page_links_back_to_swedish_and_not_to_itself():
    out = language_links.render(PARTS, AR, "ar/")
    assert '<a href="../" hreflang="sv"' in out and '<a href="../en/"' in out and "العربية" not in out


def test_the_youth_part_offers_the_other_languages_not_swedish_again():
    out = language_links.render(PARTS, YOUTH, "ungdom/")
    assert '<a href="../en/"' in out and '<a href="../ar/"' in out and "Svenska" not in out


def test_a_hostile_language_name_is_escaped():
    from sitebuild import parts
    p = parts.from_config_text("plugins:\n  - i18n:\n      languages:\n        - {locale: sv, default: true}\n"
                               "        - {locale: fi, name: '<script>x</script>'}\n")
    out = language_links.render(p, p.get("sv"), "")
    assert "<script>" not in out and "&lt;script&gt;" in out
