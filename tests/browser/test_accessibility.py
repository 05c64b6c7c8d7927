"""axe-core in Chromium: no violations on the start pages, process pages, youth and Arabic pages."""
import pytest

START_PAGES = ["/", "/en/", "/ungdom/", "/ar/"]
PROCESS_PAGES = ["/sa-gar-ett-avhopp-till/", "/en/sa-gar-ett-avhopp-till/", "/ungdom/sa-gar-det-till/", "/ar/sa-gar-ett-avhopp-till/"]
OTHER_PAGES = ["/kontakter/", "/kontakter/norrbotten/", "/en/kontakter/skane/", "/kontakter/kommuner/", "/ordlista/",
               "/vem-gor-vad/kriminalvarden/", "/andringar/"]


@pytest.mark.parametrize("path", START_PAGES + PROCESS_PAGES + OTHER_PAGES)
def test_no_axe_violations(visit, base_url, path):
    v = visit()
    v.page.goto(base_url + path)
    assert v.axe() == []


def test_no_axe_violations_with_process_steps_open(visit, base_url):
    v = visit()
    v.page.goto(base_url + "/sa-gar-ett-avhopp-till/")
    v.page.evaluate("document.querySelectorAll('[data-process-map] details').forEach(d => d.open = true)")
    assert v.axe() == []


def test_youth_pages_on_a_phone(visit, base_url, site_dir):
    paths = sorted("/" + p.parent.relative_to(site_dir).as_posix() + "/" for p in (site_dir / "ungdom").rglob("index.html"))
    v = visit(viewport={"width": 360, "height": 740}, is_mobile=True)
    failures = {}
    for path in paths:
        v.page.goto(base_url + path)
        found = v.axe()
        if found:
            failures[path] = found
    assert failures == {}


def test_arabic_pages(visit, base_url, site_dir):
    paths = sorted("/" + p.parent.relative_to(site_dir).as_posix() + "/" for p in (site_dir / "ar").rglob("index.html"))
    assert len(paths) >= 6
    v = visit()
    failures = {}
    for path in paths:
        v.page.goto(base_url + path.replace("//", "/"))
        found = v.axe()
        if found:
            failures[path] = found
    assert failures == {}


def test_layout_holds_at_320px(visit, base_url):
    v = visit(viewport={"width": 320, "height": 640})
    for path in ("/", "/sa-gar-ett-avhopp-till/", "/kontakter/norrbotten/", "/ungdom/"):
        v.page.goto(base_url + path)
        overflow = v.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (path, overflow)


def test_emergency_line_and_quick_exit_visible_without_scrolling_on_a_phone(visit, base_url):
    v = visit(viewport={"width": 360, "height": 640}, is_mobile=True)
    for path in ("/", "/ungdom/", "/en/", "/ar/"):
        v.page.goto(base_url + path)
        for selector in ("a[href='tel:112']", "a[data-quick-exit]"):
            box = v.page.locator(selector).first.bounding_box()
            assert box and box["y"] >= 0 and box["y"] + box["height"] <= 640, (path, selector)
            assert box["height"] >= 24 and box["width"] >= 24, (path, selector)


def test_quick_exit_stays_on_screen_when_scrolled(visit, base_url):
    v = visit(viewport={"width": 360, "height": 640}, is_mobile=True)
    v.page.goto(base_url + "/sa-gar-ett-avhopp-till/")
    v.page.mouse.wheel(0, 3000)
    v.page.wait_for_timeout(200)
    box = v.page.locator("a[data-quick-exit]").bounding_box()
    assert box and 0 <= box["y"] < 100


def test_focused_element_is_never_hidden_under_the_sticky_bar(visit, base_url):
    v = visit(viewport={"width": 1024, "height": 500})
    v.page.goto(base_url + "/for-anhoriga/")
    hidden = []
    for _ in range(40):
        v.page.keyboard.press("Tab")
        state = v.page.evaluate("""(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;  // focus has left the page (past the last link)
            const r = el.getBoundingClientRect();
            if (!r.width || !r.height || r.bottom < 0 || r.top > innerHeight) return null;
            const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
            const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
            const top = document.elementFromPoint(x, y);
            const underBar = !!top && !!top.closest('.safety-bar') && !el.closest('.safety-bar');
            return {ok: !underBar, what: el.outerHTML.slice(0, 80)};
        })()""")
        if state and not state["ok"]:
            hidden.append(state["what"])
    assert hidden == []


def test_zoom_200_percent_keeps_content_readable(visit, base_url):
    v = visit(viewport={"width": 640, "height": 800}, device_scale_factor=2)
    v.page.goto(base_url + "/vad-ar-en-avhoppare/")
    v.page.evaluate("document.documentElement.style.fontSize = '200%'")
    overflow = v.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
