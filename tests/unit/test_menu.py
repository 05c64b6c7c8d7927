"""The menu data file: editors' mistakes give Swedish errors at the right line; the layout follows the file."""
from __future__ import annotations

from sitebuild import link_text, menu
from tests.fixed_parts import MENUS

GOOD = """main:
  - index.md
  - title: {sv: "Vill du lämna?", en: "Do you want to leave?", ar: "هل تريد أن تترك الجريمة؟"}
    pages:
      - vad-ar-en-avhoppare.md
      - sa-gar-ett-avhopp-till.md
  - title: {sv: "Hitta hjälp där du bor", en: "Find help where you live", ar: "المساعدة حيث تسكن"}
    pages:
      - kontakter/index.md
      - counties
  - title: {sv: "För unga", en: "For young people", ar: "للشباب"}
    link: /ungdom/
ungdom:
  - index.md
  - ord.md
"""


def test_good_menu_lays_out_in_file_order_and_skips_missing_pages():
    menus, problems = menu.load_text(GOOD, MENUS)
    assert problems == []
    have = {"index.md", "sa-gar-ett-avhopp-till.md", "kontakter/index.md", "kontakter/skane.md", "kontakter/orebro.md"}
    laid = menu.layout(menus.parts["main"], have.__contains__, ["kontakter/skane.md", "kontakter/orebro.md"])
    assert menu.pages_in_order(laid) == ["index.md", "sa-gar-ett-avhopp-till.md", "kontakter/index.md",
                                         "kontakter/skane.md", "kontakter/orebro.md"]
    assert isinstance(laid[-1], menu.MenuLink) and laid[-1].title["ar"] == "للشباب"


def test_a_label_missing_a_language_is_an_error_at_its_line():
    text = GOOD.replace(', ar: "للشباب"', "")
    _, problems = menu.load_text(text, MENUS)
    assert [(p.path, p.line) for p in problems] == [("data/navigation.yaml", 11)]
    assert "saknar text på `ar`" in problems[0].what


def test_a_page_listed_twice_is_an_error():
    _, problems = menu.load_text(GOOD.replace("      - sa-gar-ett-avhopp-till.md", "      - vad-ar-en-avhoppare.md"), MENUS)
    assert problems and problems[0].line == 6 and "två gånger" in problems[0].what


def test_a_page_on_disk_but_not_in_the_menu_says_where_to_add_it():
    menus, _ = menu.load_text(GOOD, MENUS)
    problems = menu.missing(menus, "ungdom", [("docs/ungdom/ny-sida.md", "ny-sida.md"), ("docs/ungdom/ord.md", "ord.md")], [])
    assert len(problems) == 1
    p = problems[0]
    assert (p.path, p.line) == ("docs/ungdom/ny-sida.md", 1)
    assert "`- ny-sida.md` under `ungdom:` i data/navigation.yaml" in p.fix


def test_a_listed_page_that_does_not_exist_is_an_error():
    menus, _ = menu.load_text(GOOD, MENUS)
    problems = menu.check_targets(menus, lambda part, path: path != "sa-gar-ett-avhopp-till.md", [])
    assert [(p.line, p.what) for p in problems] == [(6, "sidan `sa-gar-ett-avhopp-till.md` finns inte")]


def test_file_names_as_link_text_are_errors_with_their_line():
    text = "Rubrik\n\nLäs [Boende](boende.md) och [omlokalisering.md](boende-och-omlokalisering.md).\n"
    problems = link_text.check_markdown("docs/sv/x.md", text, first_line=10)
    assert [(p.path, p.line) for p in problems] == [("docs/sv/x.md", 12)]
    assert "omlokalisering.md" in problems[0].what
    html = '<p>Läs mer: <a href="../x/">vem-gor-vad/polisen.md</a></p>'
    assert link_text.check_html("docs/sv/y.md", html, "<!-- processkarta: avhopp -->\n", 5)[0].line == 5
    assert link_text.check_html("docs/sv/y.md", '<a href="x/">Polisen</a>', "", 5) == []
