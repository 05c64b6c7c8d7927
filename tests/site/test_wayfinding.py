"""Readers find their way: menus by audience in every language, previous/next in menu order, links that say
where they lead, page facts that fit the reader, and county pages that lead to a phone number and a municipality."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.site.test_build_errors import break_and_build
from tests.site.html_pages import Page, url_of


class MenuTopLevel(HTMLParser):
    """The labels of the primary menu's top-level items, in order, with their links (None for a section label)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.items: list[list] = []
        self._in_nav = 0
        self._ul_depth = 0
        self._capturing = None
        self._text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "nav" and "md-nav--primary" in cls:
            self._in_nav = 1
            return
        if not self._in_nav:
            return
        if tag == "nav":
            self._in_nav += 1
        elif tag == "ul":
            self._ul_depth += 1
        elif tag == "li" and self._ul_depth == 1:
            self.items.append([None, None])
        elif tag in ("a", "label") and "md-nav__link" in cls and self._ul_depth == 1 and self.items and self.items[-1][0] is None \
                and self._capturing is None:
            self._capturing = tag
            self._text = []
            self.items[-1][1] = a.get("href")

    def handle_endtag(self, tag):
        if not self._in_nav:
            return
        if tag == self._capturing:
            self.items[-1][0] = " ".join("".join(self._text).split())
            self._capturing = None
        elif tag == "ul":
            self._ul_depth -= 1
        elif tag == "nav":
            self._in_nav -= 1

    def handle_data(self, data):
        if self._capturing:
            self._text.append(data)


def page(site_dir, rel) -> Page:
    return Page((site_dir / rel).read_text(encoding="utf-8"))


def menu(site_dir, rel) -> list[str]:
    return [label for label, _ in MenuTopLevel((site_dir / rel).read_text(encoding="utf-8")).items]


EXPECTED_MENUS = {
    "index.html": ["Vill du lämna kriminaliteten?", "Vill du lämna?", "Är du anhörig?", "För dig som arbetar med avhoppare",
                   "Hitta hjälp där du bor", "För unga", "Om webbplatsen"],
    "en/index.html": ["Do you want to leave crime?", "Do you want to leave?", "Are you a relative?",
                      "For you who work with defectors", "Find help where you live", "For young people (in Swedish)",
                      "About this website"],
    "ar/index.html": ["هل تريد ترك الجريمة؟", "هل تريد أن تترك الجريمة؟", "هل أنت من الأقارب؟", "لمن يعمل مع من يترك الجريمة",
                      "المساعدة حيث تسكن", "للشباب (باللغة السويدية)"],
}


@pytest.mark.parametrize("rel", sorted(EXPECTED_MENUS))
def test_menu_starts_with_the_readers_paths_in_the_pages_language(site_dir, rel):
    assert menu(site_dir, rel) == EXPECTED_MENUS[rel]


@pytest.mark.parametrize("rel", ["index.html", "en/index.html", "ar/index.html", "ungdom/index.html",
                                 "en/vem-gor-vad/polisen/index.html", "kontakter/skane/index.html"])
def test_no_menu_label_is_a_folder_name(site_dir, rel):
    html = (site_dir / rel).read_text(encoding="utf-8")
    nav = html[html.index("md-nav--primary"):html.index("md-sidebar--secondary")]
    labels = [" ".join(re.sub(r"<[^>]+>", " ", m).split()) for m in re.findall(r'class="md-ellipsis">(.*?)</span>', nav, re.S)]
    assert labels
    for bad in ("Kontakter", "Vem gor vad", "Andringar", "Kallor"):
        assert bad not in labels, (rel, labels)
    if rel.startswith("en/"):
        assert not {"Vem gör vad?", "Kontakter", "Om webbplatsen", "Hitta hjälp där du bor"} & set(labels), labels
    if rel.startswith("ar/"):
        assert all(re.search(r"[\u0600-\u06FF]", label) for label in labels), labels


def test_pages_about_the_site_come_last(site_dir):
    html = (site_dir / "om-webbplatsen/index.html").read_text(encoding="utf-8")
    nav = html[html.index("md-nav--primary"):html.index("md-sidebar--secondary")]
    order = [nav.index(f'>{w}') if f'>{w}' in nav else nav.index(w) for w in
             ("Vill du lämna?", "Hitta hjälp där du bor", "Om webbplatsen", "Källor och regeringsuppdrag", "Ordlista",
              "Tillgänglighetsredogörelse", "Ändringar på webbplatsen")]
    assert order == sorted(order)


def test_counties_follow_county_code_order_in_the_menu(site_dir, regions_data):
    html = (site_dir / "kontakter/index.html").read_text(encoding="utf-8")
    nav = html[html.index("md-nav--primary"):html.index("md-sidebar--secondary")]
    hrefs = re.findall(r'href="([a-z-]+)/" class="md-nav__link', nav)
    by_code = [c["slug"] for c in sorted(regions_data["counties"], key=lambda c: c["code"])]
    assert [h for h in hrefs if h in by_code] == by_code
    assert hrefs.index("skane") < hrefs.index("orebro")


def footer_links(p: Page) -> dict[str, str]:
    return {("prev" if "md-footer__link--prev" in a["class"] else "next"): a["href"]
            for a in p.find("a") if "md-footer__link" in a.get("class", "")}


def test_previous_and_next_follow_the_menu(site_dir):
    home = footer_links(page(site_dir, "index.html"))
    assert home == {"next": "vad-ar-en-avhoppare/"}
    assert footer_links(page(site_dir, "vad-ar-en-avhoppare/index.html")) == {"prev": "..", "next": "../sa-gar-ett-avhopp-till/"}
    last_reader_page = footer_links(page(site_dir, "skydda-dig-pa-natet/index.html"))
    assert last_reader_page["next"] == "../for-anhoriga/"


def test_youth_pages_previous_and_next_stay_inside_the_youth_part(site_dir):
    youth = sorted((site_dir / "ungdom").rglob("index.html"))
    assert len(youth) >= 10
    for path in youth:
        depth = len(path.relative_to(site_dir / "ungdom").parts) - 1
        for kind, href in footer_links(Page(path.read_text(encoding="utf-8"))).items():
            # From /ungdom/x/ a link inside the part never climbs more than out of x/.
            assert href.count("../") <= depth, (url_of(site_dir, path), kind, href)
    first = footer_links(page(site_dir, "ungdom/index.html"))
    assert "prev" not in first and first["next"] == "om-jag-berattar/"


def test_youth_pages_have_their_own_menu(site_dir):
    labels = menu(site_dir, "ungdom/index.html")
    assert "Vad händer om jag berättar?" in labels and "Hitta hjälp där du bor" in labels
    assert "För socialtjänsten" not in labels and "För dig som arbetar med avhoppare" not in labels


FILE_NAME_TEXT = re.compile(r"<a\b[^>]*>\s*([\w./-]+\.(?:md|html?|ya?ml))\s*</a>", re.I)


def test_no_link_text_is_a_file_name(site_dir, all_pages):
    offenders = []
    for path, _ in all_pages:
        offenders += [(url_of(site_dir, path), m) for m in FILE_NAME_TEXT.findall(path.read_text(encoding="utf-8"))]
    assert offenders == []


OFFICE_WORDS = ("Diarienummer", "diarienummer", "Senast ändrad", "okänt", "Ansvarig", "Nästa granskning",
                "Föreslå en ändring", "Se alla ändringar")


def test_youth_and_help_pages_show_only_the_review_date_and_the_sources_link(site_dir):
    for rel in ["ungdom/index.html", "ungdom/om-jag-berattar/index.html", "ungdom/hitta-hjalp/index.html",
                "for-anhoriga/index.html", "index.html", "en/for-anhoriga/index.html", "ar/for-anhoriga/index.html"]:
        p = page(site_dir, rel)
        facts = p.text_within("data-page-meta")
        assert re.search(r"\d{4}-\d{2}-\d{2}", facts), rel
        assert p.find("a", data_sources_link=True), rel
        assert not any(w in facts for w in OFFICE_WORDS), (rel, facts)
        assert not p.find("dd", data_owner=True) and not p.find("ul", class_="page-meta__sources"), rel


def test_professional_pages_get_one_quiet_about_block_without_missing_diary_numbers(site_dir):
    p = page(site_dir, "for-socialtjansten/index.html")
    assert len(p.find("aside", data_page_meta="professional")) == 1
    facts = p.text_within("data-page-meta")
    assert "Socialstyrelsen" in facts and "Nästa granskning" in facts and "avsnitt" in facts
    assert "saknas" not in facts and "okänt" not in facts


@pytest.mark.parametrize("lang_prefix", ["", "en/"])
def test_county_pages_put_phone_links_first_then_municipalities_then_the_boards_work(site_dir, regions_data, lang_prefix):
    for county in regions_data["counties"]:
        rel = f"{lang_prefix}kontakter/{county['slug']}/index.html"
        html = (site_dir / rel).read_text(encoding="utf-8")
        first = html[html.index("data-first-steps"):html.index("</ol>", html.index("data-first-steps"))]
        assert 'href="tel:112"' in first and 'href="tel:11414"' in first, rel
        assert html.index("data-first-steps") < html.index("data-municipality-list") < html.index("data-board-work"), rel
        p = Page(html)
        assert p.find("div", data_municipality_filter=county["slug"]) and p.find("input", type="search"), rel
        assert "hidden" in p.find("div", data_municipality_filter=county["slug"])[0], rel  # shown by the script only
        if not county.get("contacts"):
            assert "data-no-contacts" not in html and ">Kontaktuppgifter<" not in html and ">Contact details<" not in html, rel


def test_municipality_list_is_in_swedish_order(site_dir):
    p = page(site_dir, "kontakter/skane/index.html")
    names = [li["data-municipality"] for li in p.find("li", data_municipality=True)]
    key = lambda n: [("z" + {"å": "{", "ä": "|", "ö": "}"}[c]) if c in "åäö" else c for c in n.casefold()]
    assert names == sorted(names, key=key) and names[-1] == "Östra Göinge"


def test_a_page_missing_from_the_menu_stops_the_build_saying_where_to_add_it(repo_copy):  # noqa: F811
    (repo_copy / "docs" / "ungdom" / "ny-sida.md").write_text(
        (repo_copy / "docs" / "ungdom" / "ord.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = break_and_build(repo_copy, "docs/ungdom/ord.md", "\n", "\n")
    out = result.stderr + result.stdout
    assert result.returncode != 0
    assert "docs/ungdom/ny-sida.md:1: sidan står inte i menyn" in out
    assert "`- ny-sida.md` under `ungdom:` i data/navigation.yaml" in out
    assert "Traceback" not in out


def test_a_file_name_as_link_text_stops_the_build_with_file_and_line(repo_copy):  # noqa: F811
    text = (repo_copy / "docs/sv/for-anhoriga.md").read_text(encoding="utf-8")
    line = text[: text.index("\n## ")].count("\n") + 2
    result = break_and_build(repo_copy, "docs/sv/for-anhoriga.md", "\n## ", "\nLäs [storstaderna.md](storstaderna.md).\n## ")
    out = result.stderr + result.stdout
    assert result.returncode != 0
    assert f"docs/sv/for-anhoriga.md:{line}: länktexten `storstaderna.md` är ett filnamn" in out
