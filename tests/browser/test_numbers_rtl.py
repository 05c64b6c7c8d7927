"""Right-to-left pages in Chromium: "114 14" is shown as 114 14 (not 14 114), and every phone number can be tapped."""
import re

# For every text node holding "114 14": where the two digit groups are drawn, and the link around them.
FIND_NUMBERS = r"""
() => {
  document.querySelectorAll('details').forEach(d => d.open = true);
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const re = /114[\s\u00a0]14/g;
    let m;
    while ((m = re.exec(node.data)) !== null) {
      const first = document.createRange(), second = document.createRange();
      first.setStart(node, m.index); first.setEnd(node, m.index + 3);
      second.setStart(node, m.index + 4); second.setEnd(node, m.index + 6);
      const a = first.getClientRects()[0], b = second.getClientRects()[0];
      const link = node.parentElement.closest('a');
      out.push({
        visible: !!(a && b),
        firstLeft: a ? a.left : null, secondLeft: b ? b.left : null,
        firstTop: a ? a.top : null, secondTop: b ? b.top : null,
        href: link ? link.getAttribute('href') : null,
        context: (node.parentElement.closest('p,li,td,div') || node.parentElement).textContent.trim().slice(0, 80),
      });
    }
  }
  return out;
}
"""


def _arabic_paths(site_dir):
    return sorted("/" + p.parent.relative_to(site_dir).as_posix() + "/" for p in (site_dir / "ar").rglob("index.html"))


def _reads_left_to_right(found):
    if abs(found["firstTop"] - found["secondTop"]) < 2:
        return found["firstLeft"] < found["secondLeft"]
    return found["firstTop"] < found["secondTop"]  # wrapped: 114 must end the earlier line


def test_the_check_sees_the_reversed_order_without_isolation(visit):
    """The measurement itself: unisolated "114 14" in Arabic is drawn as 14 114, which the test must catch."""
    v = visit()
    v.page.set_content('<html lang="ar" dir="rtl"><body><p>اتصل بالرقم 114 14 الآن</p>'
                       '<p>اتصل بالرقم <bdi dir="ltr">114 14</bdi> الآن</p></body></html>')
    broken, isolated = v.page.evaluate(FIND_NUMBERS)
    assert not _reads_left_to_right(broken)
    assert _reads_left_to_right(isolated)


def test_114_14_reads_in_order_and_is_a_phone_link_on_every_arabic_page(visit, base_url, site_dir):
    paths = _arabic_paths(site_dir)
    assert len(paths) >= 6
    v = visit(viewport={"width": 360, "height": 780}, is_mobile=True)
    wrong, not_links, seen = [], [], 0
    for path in paths:
        v.page.goto(base_url + path)
        for found in v.page.evaluate(FIND_NUMBERS):
            if not found["visible"]:
                continue
            seen += 1
            if not _reads_left_to_right(found):
                wrong.append((path, found["context"]))
            if found["href"] != "tel:11414":
                not_links.append((path, found["context"], found["href"]))
    assert seen >= 4, "the Arabic pages should show the police number 114 14"
    assert wrong == [], f"shown as 14 114: {wrong}"
    assert not_links == [], f"not a tel: link: {not_links}"


def test_dates_and_amounts_in_arabic_text_keep_their_order(visit, base_url):
    """The process map's Arabic text has a year and a count: isolated, they are drawn left to right as written."""
    v = visit()
    v.page.goto(base_url + "/ar/sa-gar-ett-avhopp-till/")
    v.page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    isolated = v.page.locator("main bdi[dir='ltr']").all_inner_texts()
    assert any(re.fullmatch(r"20\d\d", t) for t in isolated), isolated


def test_emergency_number_can_be_tapped_on_swedish_and_english_pages(visit, base_url):
    v = visit()
    for path in ("/sa-gar-ett-avhopp-till/", "/en/for-anhoriga/"):
        v.page.goto(base_url + path)
        hrefs = v.page.locator("main a[href^='tel:']").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        assert "tel:11414" in hrefs and "tel:112" in hrefs, (path, hrefs)
