"""The parts of the site are declared once (mkdocs.yml), and nothing else in the code or the server names a language."""
from __future__ import annotations

import ast
import pathlib
import re

import pytest

from sitebuild import parts
from tests.fixed_parts import AR, EN, PARTS, SV, YOUTH

ROOT = pathlib.Path(__file__).resolve().parents[2]
KNOWN_CODES = {"sv", "en", "ar", "ungdom", "fa", "so", "fi"}


def _docstrings(tree) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def language_literals(path: pathlib.Path, codes: set[str]) -> list[str]:
    """Strings in the code (not docstrings or comments) that are a language code or a path starting in a part's folder."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    pattern = re.compile(r"(^|/)(" + "|".join(sorted(codes)) + r")(/|$)")
    return [f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip and pattern.search(node.value)]


def test_no_python_under_sitebuild_or_hooks_names_a_language():
    codes = KNOWN_CODES | set(parts.read(str(ROOT)).keys)
    found = [hit for folder in ("sitebuild", "hooks") for path in sorted((ROOT / folder).rglob("*.py"))
             for hit in language_literals(path, codes)]
    assert found == [], "ask sitebuild/parts.py instead of naming a language:\n" + "\n".join(found)


def test_the_language_check_finds_what_it_looks_for(tmp_path):
    sample = ROOT / "sitebuild" / "_sample_for_test.py"
    try:
        sample.write_text('"""Docstring naming sv/x.md is fine."""\nTWIN = "en"\nPATH = f"docs/sv/{1}"\nOTHER = "send"\n', encoding="utf-8")
        assert [h.split(": ", 1)[1] for h in language_literals(sample, KNOWN_CODES)] == ["'en'", "'docs/sv/'"]
    finally:
        sample.unlink()


def test_the_declaration_gives_each_part_its_language_url_and_menu():
    assert [p.key for p in PARTS.all] == ["sv", "en", "ar", "ungdom"]
    assert (SV.url, EN.url, AR.url, YOUTH.url) == ("", "en/", "ar/", "ungdom/")
    assert YOUTH.language == "sv" and YOUTH.youth and YOUTH.menu == "ungdom" and SV.menu == EN.menu == "main"
    assert [p.key for p in PARTS.generated] == ["sv", "en"] and PARTS.default is SV
    assert PARTS.of("ungdom/sis.md") is YOUTH and PARTS.of("ar/tolk.md") is AR and PARTS.of("x.md") is SV
    assert PARTS.url_of("en/vem-gor-vad/polisen.md") == "en/vem-gor-vad/polisen/"
    assert PARTS.url_of("ungdom/index.md") == "ungdom/" and PARTS.url_of("sv/index.md") == ""
    assert PARTS.path_in_language("ar/tolk.md") == "tolk.md" and PARTS.path_in_language("ungdom/sis.md") == "ungdom/sis.md"
    assert PARTS.labels({"sv": {"a": "1", "b": "2"}, "ungdom": {"b": "3"}}, YOUTH) == {"a": "1", "b": "3"}


@pytest.mark.parametrize("change, line, what", [
    ("generated_pages: [sv, en]", "generated_pages: [sv, de]", "`generated_pages` nämner `de`"),
    ("youth: {folder: ungdom, language: sv}", "youth: {folder: en, language: sv}", "mappen `en` är redan ett språk"),
    ("- locale: en\n", "- locale: EN!\n", "språkkoden `EN!`"),
])
def test_a_declaration_that_cannot_work_is_a_swedish_error_at_its_line(change, line, what):
    """The line named is the one changed."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert change in text
    broken = text.replace(change, line, 1)
    with pytest.raises(parts.PartsError) as exc:
        parts.from_config_text(broken)
    problem = exc.value.problem
    assert problem.path == "mkdocs.yml" and what in problem.what
    assert line.strip() in broken.splitlines()[problem.line - 1]


def test_nginx_sends_each_language_its_own_not_found_page():
    """deploy/nginx.conf: for every language but the default, its folder answers a missing page with its own
    404 page (which the build writes to /<kod>/404.html), and no location is left for a language not declared."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    declared = parts.read(str(ROOT))
    expected = {p.url for p in declared.translations}
    found = set(re.findall(r"location /(?P<p>[a-z][a-z0-9-]*/) \{[^}]*error_page 404 /(?P=p)404\.html;", conf))
    internal = set(re.findall(r"location = /([a-z][a-z0-9-]*/)404\.html \{ internal;", conf))
    missing = sorted(expected - found) + sorted(expected - internal)
    assert not missing, ("lägg till i deploy/nginx.conf, som för en/: " + ", ".join(
        f"`location /{u} {{ … error_page 404 /{u}404.html; }}` och `location = /{u}404.html {{ internal; … }}`" for u in sorted(set(missing))))
    assert found <= expected and internal <= expected, f"deploy/nginx.conf har 404-sidor för delar som inte finns: {sorted((found | internal) - expected)}"
    assert "error_page 404 /404.html;" in conf  # the default language's, for everything else


def test_a_misspelt_language_key_in_a_data_file_is_an_unknown_field_at_its_line(repo):
    actors = repo / "data" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    assert ", ar: الشرطة," in text
    actors.write_text(text.replace(", ar: الشرطة,", ", ar: الشرطة, ra: الشرطة,", 1), encoding="utf-8")
    line = next(i for i, l in enumerate(actors.read_text(encoding="utf-8").splitlines(), 1) if "ra: " in l)
    from sitebuild import site_data
    problems = [p for p in site_data.load(str(repo)).problems if p.path == "data/actors.yaml"]
    assert any(p.line == line and "okänt fält `ra`" in p.what and "ar, en" in p.fix for p in problems), problems
