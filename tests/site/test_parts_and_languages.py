"""The parts of one site, each page marked with the language of its text, with working language links."""
import pathlib

from sitebuild import parts
from tests.site.html_pages import Page, url_of

ROOT = pathlib.Path(__file__).resolve().parents[2]
PARTS = parts.read(str(ROOT))


def part_of(url: str) -> parts.Part:
    return PARTS.of(url.strip("/"))


def html_attrs(page: Page) -> dict:
    return page.find("html")[0]


def test_start_pages_exist_with_the_right_language(site_dir):
    for rel, lang in (("index.html", "sv"), ("en/index.html", "en"), ("ungdom/index.html", "sv"), ("ar/index.html", "ar")):
        page = Page((site_dir / rel).read_text(encoding="utf-8"))
        assert html_attrs(page)["lang"] == lang, rel


def test_every_page_lang_matches_its_part(site_dir, all_pages):
    for path, page in all_pages:
        url = url_of(site_dir, path)
        assert html_attrs(page)["lang"] == part_of(url).language, url


def test_youth_pages_are_not_built_into_other_languages(site_dir):
    assert (site_dir / "ungdom" / "index.html").exists()
    assert not (site_dir / "en" / "ungdom").exists()
    assert not (site_dir / "ar" / "ungdom").exists()


def test_arabic_pages_are_right_to_left(site_dir):
    pages = list((site_dir / "ar").rglob("index.html"))
    assert len(pages) >= 6
    for path in pages:
        page = Page(path.read_text(encoding="utf-8"))
        assert html_attrs(page).get("dir") == "rtl", path
        assert page.find("body")[0].get("dir") == "rtl", path


def test_youth_section_is_reachable_from_the_swedish_start_page(site_dir):
    page = Page((site_dir / "index.html").read_text(encoding="utf-8"))
    assert any(a.get("href", "").rstrip("/").endswith("ungdom") for a in page.find("a")), "no link to /ungdom/"


def _resolve(site_dir, from_path, href):
    if href.startswith("/"):
        target = site_dir / href.lstrip("/")
    else:
        target = (from_path.parent / href).resolve()
    return target / "index.html" if href.endswith("/") or target.is_dir() else target


def test_hreflang_alternates_and_switcher_never_lead_to_a_404(site_dir, all_pages):
    for path, page in all_pages:
        if path.name == "404.html":
            continue
        alternates = page.find("link", rel="alternate")
        langs = {a.get("hreflang") for a in alternates}
        assert {p.language for p in PARTS.languages} <= langs, path
        for a in page.find("a", class_="md-select__link") + alternates:
            href = a["href"]
            assert _resolve(site_dir, path, href).exists(), f"{path}: {href}"


def test_switcher_leads_to_the_twin_where_it_exists(site_dir):
    page = Page((site_dir / "vad-ar-en-avhoppare" / "index.html").read_text(encoding="utf-8"))
    english = [a["href"] for a in page.find("a", class_="md-select__link") if a.get("hreflang") == "en"]
    assert english and english[0].rstrip("/").endswith("en/vad-ar-en-avhoppare")


def test_switcher_from_a_youth_page_leads_to_the_english_start_page(site_dir):
    page = Page((site_dir / "ungdom" / "index.html").read_text(encoding="utf-8"))
    english = [a["href"] for a in page.find("a", class_="md-select__link") if a.get("hreflang") == "en"]
    assert english and english[0].rstrip("/").split("/")[-1] == "en"


def test_every_swedish_page_has_an_english_twin(site_dir):
    missing = []
    for md in sorted((ROOT / "docs" / "sv").rglob("*.md")):
        rel = md.relative_to(ROOT / "docs" / "sv").as_posix()
        html = rel[:-len("index.md")] + "index.html" if rel.endswith("index.md") else rel[:-3] + "/index.html"
        if not (site_dir / "en" / html).exists():
            missing.append(rel)
    assert missing == [], f"Swedish pages without an English twin: {missing}"


def test_every_start_page_offers_every_other_language_and_each_link_opens_that_start_page(site_dir):
    import re as _re
    starts = {p.parent.name if p.parent != site_dir else "": p for p in
              [site_dir / "index.html", *[d / "index.html" for d in site_dir.iterdir()
                                          if d.is_dir() and (d / "index.html").exists() and (d / "404.html").exists()]]}
    languages = {}
    for key, path in starts.items():
        lang = _re.search(r'<html lang="([^"]+)"', path.read_text(encoding="utf-8")).group(1)
        languages[key] = lang
    assert len(set(languages.values())) >= 5, languages  # sv, en, ar, so, fa
    for key, path in list(starts.items()) + [("ungdom", site_dir / "ungdom" / "index.html")]:
        html = path.read_text(encoding="utf-8")
        box = _re.search(r'<div class="admonition start-languages">(.*?)</div>', html, _re.S)
        assert box, f"/{key}/ has no language choice"
        own = _re.search(r'<html lang="([^"]+)"', html).group(1)
        offered = dict(_re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', box.group(1)))
        want = {lang for lang in languages.values() if lang != own}
        assert set(offered.values()) == want, (key, offered)
        for href, lang in offered.items():
            target = (path.parent / href / "index.html").resolve()
            assert target.exists() and f'<html lang="{lang}"' in target.read_text(encoding="utf-8"), (key, href)
