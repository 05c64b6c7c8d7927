"""Adding a language is config, data and a docs folder – no Python: a copy of the site gets Finnish (left to
right) and Persian (right to left) the way CONTRIBUTING.md "Lägga till ett språk" tells an editor, and builds."""
from __future__ import annotations

import pathlib
import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import build_site
from tests.site.html_pages import Page

ROOT = pathlib.Path(__file__).resolve().parents[2]
NEW = {"fi": "Suomi", "fa": "فارسی"}   # Material has a language partial for both: fi is ltr, fa rtl
MODEL = "ar"                           # the new keys go beside this language's, with its texts


def declare(root: pathlib.Path, code: str, name: str) -> None:
    """mkdocs.yml: one more entry in the i18n plugin's `languages:` list."""
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    entry = f"        - locale: {code}\n          name: {name}\n          build: true\n"
    text, n = re.subn(rf"(\n)(        - locale: {MODEL}\n)", lambda m: m.group(1) + entry + m.group(2), text, count=1)
    assert n == 1
    config.write_text(text, encoding="utf-8")


def add_keys(root: pathlib.Path, code: str, *, skip: str = "") -> None:
    """A `<code>:` key beside every `ar:` key in data/, as an editor adds them (menu titles marked, to find them)."""
    for path in sorted((root / "data").rglob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        if rel == skip:
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        if rel == "data/ui.yaml":  # a whole block of labels at the top level
            start = lines.index(f"{MODEL}:")
            end = next((i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith((" ", "#"))), len(lines))
            lines += [f"{code}:"] + lines[start + 1:end]
            path.write_text("\n".join(lines), encoding="utf-8")
            continue
        mark = f"{code.upper()}-" if rel == "data/navigation.yaml" else ""
        out = []
        for line in lines:
            block = re.match(rf"^(\s*){MODEL}: (.+)$", line)
            line = re.sub(rf"([{{,]\s*){MODEL}: (\"[^\"]*\"|[^,}}]+)",
                          lambda m: f'{m.group(0)}, {code}: "{mark}{m.group(2).strip(chr(34))}"', line)
            out.append(line)
            if block:
                out.append(f"{block.group(1)}{code}: {block.group(2)}")
        path.write_text("\n".join(out), encoding="utf-8")


def add_pages(root: pathlib.Path, code: str) -> None:
    if not (root / "docs" / code).exists():
        shutil.copytree(root / "docs" / MODEL, root / "docs" / code)


@pytest.fixture(scope="module")
def site_with_new_languages(tmp_path_factory):
    root = tmp_path_factory.mktemp("repo")
    for name in ("docs", "data", "hooks", "overrides"):
        shutil.copytree(ROOT / name, root / name)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    declared = (root / "mkdocs.yml").read_text(encoding="utf-8")
    for code, name in NEW.items():
        if f"locale: {code}\n" not in declared:  # Persian may be in the site already: then it is used as it is
            declare(root, code, name)
            add_keys(root, code)
            add_pages(root, code)
    target = root / "site"
    result = build_site(target, cwd=root)
    assert result.returncode == 0, f"the copy with new languages did not build:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return target


def html_of(site: pathlib.Path, rel: str) -> Page:
    return Page((site / rel).read_text(encoding="utf-8"))


@pytest.mark.parametrize("code, direction", [("fi", "ltr"), ("fa", "rtl")])
def test_a_new_language_builds_with_its_lang_and_direction(site_with_new_languages, code, direction):
    pages = sorted((site_with_new_languages / code).rglob("index.html"))
    assert len(pages) >= 5
    for path in pages + [site_with_new_languages / code / "404.html"]:
        page = Page(path.read_text(encoding="utf-8"))
        html, body = page.find("html")[0], page.find("body")[0]
        assert html["lang"] == code and html.get("dir") == direction and body.get("dir") == direction, path


@pytest.mark.parametrize("code", NEW)
def test_a_new_language_has_quick_exit_and_the_emergency_line_on_every_page(site_with_new_languages, code):
    for path in sorted((site_with_new_languages / code).rglob("*.html")):
        page = Page(path.read_text(encoding="utf-8"))
        assert page.find(data_quick_exit=True), path
        assert "112" in page.text_within("data-emergency-line"), path


def test_a_new_language_gets_its_own_menu_leading_to_its_own_pages(site_with_new_languages):
    site = site_with_new_languages
    raw = (site / "fi" / "index.html").read_text(encoding="utf-8")
    page = Page(raw)
    nav = page.find("a", class_="md-nav__link")
    assert nav and "FI-" in raw  # the menu titles are the `fi:` ones from data/navigation.yaml
    for a in nav:
        href = a.get("href", "")
        if href.startswith(("http", "#")) or "ungdom" in href:
            continue
        target = (site / "fi" / href).resolve()
        assert str(target).startswith(str((site / "fi").resolve())), href  # not into another language's pages
        assert (target / "index.html").exists() or target.exists(), href


def test_the_other_parts_are_unchanged_by_a_new_language(site_with_new_languages):
    site = site_with_new_languages
    assert html_of(site, "index.html").find("html")[0]["lang"] == "sv"
    assert html_of(site, "404.html").find("html")[0]["lang"] == "sv"
    assert html_of(site, "ungdom/index.html").find("html")[0]["lang"] == "sv"
    assert not (site / "fi" / "kontakter" / "stockholm").exists()  # county pages only where declared (sv, en)
    assert (site / "en" / "kontakter" / "stockholm" / "index.html").exists()


def test_114_14_stays_in_order_in_right_to_left_text(site_with_new_languages):
    found = 0
    for path in sorted((site_with_new_languages / "fa").rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r'<a href="tel:11414"([^>]*)>(.*?)</a>', text, re.S):
            # Isolated (the link itself, or a <bdi> an editor wrote): the bidi algorithm cannot show it as "14 114".
            assert 'dir="ltr"' in m.group(1) or re.fullmatch(r"<bdi>114(&nbsp;| )14</bdi>", m.group(2)), (path, m.group(0))
            found += 1
    assert found >= 1


def test_a_language_key_missing_in_a_data_file_is_a_swedish_error_at_its_line(tmp_path):
    for name in ("docs", "data", ".github"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    declare(tmp_path, "fi", NEW["fi"])
    add_keys(tmp_path, "fi", skip="data/actors.yaml")
    add_pages(tmp_path, "fi")
    result = subprocess.run([sys.executable, "-m", "sitebuild.check", str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if "`fi`" in line]
    assert errors and all(line.startswith("data/actors.yaml:") for line in errors), result.stdout[-2000:]
    assert any(re.match(r"data/actors\.yaml:3: `personen` saknar fältet `fi` – lägg till `fi:`", line) for line in errors), errors
