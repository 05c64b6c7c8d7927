"""Nothing from other hosts; a quick exit, the emergency line and page facts on every page."""
import re
from urllib.parse import urlparse

from tests.conftest import ROOT
from tests.site.html_pages import url_of

CODE_HOSTS = ("github.com", "www.github.com", "gitlab.com", "bitbucket.org", "codeberg.org")
RESOURCE_ATTRS = ("src", "srcset", "poster", "data", "action", "formaction")
OFFSITE = re.compile(r"^(https?:)?//", re.I)


def test_no_page_loads_anything_from_another_host(site_dir, all_pages):
    offenders = []
    for path, page in all_pages:
        for tag, attrs in page.elements:
            for name in RESOURCE_ATTRS:
                if name in attrs and OFFSITE.match(attrs[name].strip()):
                    offenders.append((url_of(site_dir, path), tag, attrs[name]))
            if tag == "link" and OFFSITE.match(attrs.get("href", "")) and attrs.get("rel") not in ("alternate", "canonical"):
                offenders.append((url_of(site_dir, path), tag, attrs["href"]))
            if "style" in attrs and "url(" in attrs["style"]:
                offenders.append((url_of(site_dir, path), tag, attrs["style"]))
    assert offenders == []


def test_no_stylesheet_or_our_script_references_another_host(site_dir):
    # Material's bundle carries a Mermaid CDN address it uses only for diagrams, which this site does not
    # enable; the browser tests prove that no page requests it. Our own scripts and every stylesheet are scanned.
    ours = [p for p in site_dir.rglob("*.js") if "quick-exit" in p.name or "search-pagefind" in p.name]
    assert len(ours) == 2
    offenders = []
    for path in list(site_dir.rglob("*.css")) + ours:
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"url\(\s*['\"]?\s*((?:https?:)?//[^)'\"]+)|@import\s+['\"]((?:https?:)?//[^'\"]+)", text):
            offenders.append((path.relative_to(site_dir).as_posix(), m.group(1) or m.group(2)))
        for m in re.finditer(r"fonts\.googleapis|fonts\.gstatic|unpkg\.com|cdn\.jsdelivr|googletagmanager|google-analytics", text):
            offenders.append((path.relative_to(site_dir).as_posix(), m.group(0)))
    assert offenders == []


def test_no_cookies_are_set_by_any_script(site_dir):
    for path in site_dir.rglob("*.js"):
        if "lunr" in path.parts:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "document.cookie=" not in text.replace(" ", ""), path


def test_every_page_has_a_quick_exit_link_in_its_language(site_dir, all_pages):
    import yaml
    ui = yaml.safe_load((ROOT / "data" / "ui.yaml").read_text(encoding="utf-8"))
    labels = {lang: texts["quick_exit"] for lang, texts in ui.items() if isinstance(texts, dict) and texts.get("quick_exit")}
    assert labels["sv"] == "Lämna sidan snabbt" and labels["en"] == "Leave this page quickly"
    # Each language's own words, not the Swedish label copied: a reader who cannot read Swedish must find the way out.
    assert all(text != labels["sv"] for lang, text in labels.items() if lang != "sv"), labels
    for path, page in all_pages:
        links = page.find("a", data_quick_exit=True)
        assert len(links) == 1, path
        assert links[0]["href"].startswith("https://"), path
        lang = page.find("html")[0]["lang"]
        assert labels[lang] in page.text_within("data-quick-exit"), path


def test_every_page_shows_the_emergency_number(site_dir, all_pages):
    for path, page in all_pages:
        assert page.find("a", href="tel:112"), path
        assert "112" in page.text_within("data-emergency-line"), path


def test_quick_exit_comes_before_the_header_and_content(site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert html.index("data-quick-exit") < html.index('class="md-header') < html.index('class="md-content')


def test_every_content_page_shows_when_it_was_reviewed(site_dir, all_pages):
    for path, page in all_pages:
        if path.name == "404.html":
            continue
        assert page.has("data-page-meta"), path
        assert re.search(r"\d{4}-\d{2}-\d{2}", page.text_within("data-page-meta")), path
        if page.find("aside", data_page_meta="professional"):
            assert page.text_within("data-owner").strip(), path


def test_no_page_for_readers_links_to_the_code_host(site_dir, all_pages):
    """Editors reach the repository from the sources page once it is real; no other page links there,
    and while `repository` is a placeholder no page does (no invented address reaches a reader)."""
    import yaml
    from sitebuild import identity
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    real = identity.read(config.get("site_url"), config.get("extra") or {}).usable("repository")
    for path, page in all_pages:
        to_host = [a["href"] for a in page.find("a") if (urlparse(a.get("href", "")).hostname or "") in CODE_HOSTS]
        if path.parent.name == "kallor" and real:
            assert to_host and page.find("p", data_editors_note=True), path
        else:
            assert not to_host, (path, to_host)


def test_search_dialog_has_a_name(site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert re.search(r'role="dialog" aria-label="[^"]+"', html)
