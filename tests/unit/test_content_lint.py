import pytest

from sitebuild import content_lint


@pytest.mark.parametrize("line, what", [
    ("<script>alert(1)</script>", "förbjuden HTML-tagg <script>"),
    ('<iframe src="https://example.com"></iframe>', "förbjuden HTML-tagg <iframe>"),
    ("<object data=x></object>", "förbjuden HTML-tagg <object>"),
    ("<embed src=x>", "förbjuden HTML-tagg <embed>"),
    ('<form action="/x">', "förbjuden HTML-tagg <form>"),
    ('<span onclick="steal()">Hej</span>', "HTML-attribut som kör skript (on…=)"),
    ("[Klicka](javascript:alert(1))", "länk med javascript:"),
    ("[Fil](data:text/html;base64,PHNjcmlwdD4=)", "länk eller bild med data:-adress"),
    ('<div style="background: url(https://evil.example/x.png)">', "style med url(…)"),
    ("![Logga](https://evil.example/pixel.gif)", "bild från en annan webbplats"),
    ('<img src="//evil.example/pixel.gif">', "bild från en annan webbplats"),
])
def test_each_rule_names_file_and_line(line, what):
    text = "---\ntitle: x\n---\nFörsta raden.\n" + line + "\n"
    problems = content_lint.lint("docs/sv/sida.md", text)
    assert problems, line
    assert problems[0].path == "docs/sv/sida.md"
    assert problems[0].line == 5
    assert problems[0].what == what
    assert problems[0].fix


def test_ordinary_markdown_passes():
    text = ("Ring **112** vid fara.\n\n[Polisen](vem-gor-vad/polisen.md) och [källor](kallor.md).\n"
            "<!-- processkarta: avhopp -->\n!!! warning \"Är du i fara?\"\n    Ring 112.\n"
            "Ordet online= och datan: är vanlig text.\n")
    assert content_lint.lint("docs/sv/sida.md", text) == []


def test_yaml_text_is_checked_too():
    problems = content_lint.lint("data/regions.yaml", "counties:\n  - board_work: {sv: \"<script>x</script>\"}\n")
    assert [(p.line, p.what) for p in problems] == [(2, "förbjuden HTML-tagg <script>")]


def test_persian_zero_width_non_joiner_is_spelling_but_other_invisibles_are_refused():
    assert content_lint.invisible_problem("می\u200cخواهید") is None
    assert "U+200B" in content_lint.invisible_problem("för\u200banhöriga")
    assert "U+200D" in content_lint.invisible_problem("a\u200db")
