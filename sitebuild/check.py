"""`make check`: the fast checks an editor runs before a pull request. No browser, no build.

Prints one line per problem (`fil:rad: vad – hur du rättar`), then a summary. Exit code 1 on errors,
0 when there are only warnings. Under GitHub Actions (GITHUB_ACTIONS=true) each problem is printed as a
workflow annotation (`::error file=…,line=…::…`), which GitHub shows on that line of the pull request.
"""
from __future__ import annotations

import os
import re
import sys

from . import content_lint, figures, front_matter, generated_pages, markdown_text, parts as site_parts, site_data, publishable, translations, yaml_lines
from .lix import lix
from .parts import Parts
from .problems import Problem

YOUTH_LIX_MAX = 35
LINK = re.compile(r"\]\((?P<target>[^)\s]+?)\)")
ABBR = re.compile(r"\b[A-ZÅÄÖ][A-ZÅÄÖ/]{1,6}\b")
KNOWN_CAPS = {"EU", "PDF", "WCAG", "AA", "DOS", "HTML", "YAML", "OK", "JS", "SNS", "ADHD"}


def markdown_files(root: str) -> list[str]:
    docs = os.path.join(root, "docs")
    out = []
    for folder, dirs, names in os.walk(docs):
        dirs[:] = sorted(d for d in dirs if not d.startswith("_"))
        for name in sorted(names):
            if name.endswith(".md"):
                out.append(os.path.relpath(os.path.join(folder, name), docs).replace(os.sep, "/"))
    return out


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def check_links(path: str, src_uri: str, text: str, exists, anchors_of) -> list[Problem]:
    problems = []
    for m in LINK.finditer(text):
        target = m.group("target")
        if re.match(r"^[a-z]+:", target) or target.startswith("/"):
            continue
        file_part, _, anchor = target.partition("#")
        if not file_part:
            resolved = src_uri
        else:
            resolved = os.path.normpath(os.path.join(os.path.dirname(src_uri), file_part)).replace(os.sep, "/")
        if file_part and not file_part.endswith(".md"):
            continue
        line = _line_of(text, m.start())
        if not exists(resolved):
            problems.append(Problem(path, line, f"länken `{target}` leder till en sida som inte finns",
                                    "kontrollera sökvägen; länka till .md-filen relativt den här sidan, till exempel `../vem-gor-vad/polisen.md`"))
        elif anchor and anchors_of(resolved) is not None and anchor not in anchors_of(resolved):
            problems.append(Problem(path, line, f"ankaret `#{anchor}` finns inte på sidan {resolved}",
                                    "länka till en rubrik som finns; ankaret är rubriken med små bokstäver och bindestreck"))
    return problems


def run(root: str) -> list[Problem]:
    try:
        parts = site_parts.read(root)
    except site_parts.PartsError as exc:
        return [exc.problem]
    data = site_data.load(root, parts=parts)
    problems = list(data.problems)
    files = markdown_files(root)
    generated = generated_pages.paths(data, parts)
    problems += publishable.check_tree(os.path.join(root, "docs"), generated, parts)
    texts = {}
    for rel in files:
        try:
            texts[rel] = yaml_lines.read_text(os.path.join(root, "docs", rel), f"docs/{rel}")
        except yaml_lines.YamlSyntaxError as exc:
            problems.append(exc.problem)

    def exists(src):
        return src in texts or src in generated

    def anchors_of(src):
        return markdown_text.anchors(texts[src]) if src in texts else None

    registry = data.front_matter_registry
    abbreviations = {t["term"] for t in data.terms}
    reviewed = site_data.swedish_reviewed_dates(os.path.join(root, "docs"), parts)
    for rel in texts:
        path, text = f"docs/{rel}", texts[rel]
        part = parts.of(rel)
        problems += front_matter.check(path, text, registry, is_translation=not part.default and not part.youth)
        problems += content_lint.lint(path, text)
        problems += figures.check(path, text)
        problems += check_links(path, rel, text, exists, anchors_of)
        problems += _glossary_use(path, text, abbreviations)
        if part.youth:
            score = lix("\n\n".join(markdown_text.plain_blocks(text)))
            if score > YOUTH_LIX_MAX:
                problems.append(Problem(path, 1, f"texten är för svår för unga läsare (LIX {score:.0f}, högst {YOUTH_LIX_MAX})",
                                        "skriv kortare meningar och byt långa ord mot vardagliga"))
        problems += _translation_behind(path, text, reviewed)
    problems += missing_twins(files, parts)
    problems += codeowners_drift(root)
    for name in ("data/regions.yaml", "data/glossary.yaml", "data/actors.yaml", "data/ui.yaml"):
        full = os.path.join(root, name)
        if os.path.exists(full):
            try:
                problems += content_lint.lint(name, yaml_lines.read_text(full, name))
            except yaml_lines.YamlSyntaxError:
                pass  # site_data.load has reported it
    return _unique(problems)


def _glossary_use(path, text, known) -> list[Problem]:
    _, body, start = front_matter.split(text)
    body = re.sub(r"\]\([^)]*\)|<!--.*?-->", "", body, flags=re.S)
    seen, out = set(), []
    for m in ABBR.finditer(body):
        word = m.group(0).strip("/")
        if word in known or word in KNOWN_CAPS or word in seen or len(word) < 2:
            continue
        seen.add(word)
        out.append(Problem(path, start + body.count("\n", 0, m.start()), f"förkortningen {word} finns inte i ordlistan",
                           "lägg till den i data/glossary.yaml eller skriv ut ordet", "varning"))
    return out


def _translation_behind(path, text, reviewed) -> list[Problem]:
    fm, _, _ = front_matter.split(text)
    if not fm or "translation:" not in fm:
        return []
    meta = front_matter.meta_of(text, path) or {}  # None: front_matter.check reports it
    block = meta.get("translation")
    status = translations.status(block, reviewed.get((block or {}).get("source")) if isinstance(block, dict) else None)
    if status and status.behind:
        line = 1 + fm.splitlines().index(next(l for l in fm.splitlines() if l.startswith("translation:"))) + 1
        return [Problem(path, line, f"översättningen ligger efter: {status.source} har granskats efter att sidan översattes",
                        "uppdatera översättningen och sätt `source_reviewed` till den svenska sidans `reviewed`", "varning")]
    return []


def missing_twins(files: list[str], parts: Parts) -> list[Problem]:
    """A default-language page without its twin in each other language with generated pages (those have every
    page; the others cover a chosen few), whether or not anything links to it."""
    have = set(files)
    main = parts.default.key
    out = []
    for rel in files:
        first, _, rest = rel.partition("/")
        if first != main:
            continue
        for part in parts.generated:
            twin = f"{part.key}/{rest}"
            if part.default or twin in have:
                continue
            out.append(Problem(f"docs/{rel}", 1, f"översättningen docs/{twin} saknas",
                               f"skapa den med `make ny-sida SIDA={twin}` och översätt texten; "
                               "tar du bort den svenska sidan, ta bort översättningen också"))
    return out


def codeowners_drift(root: str) -> list[Problem]:
    """.github/CODEOWNERS must say what the pages' `owner` fields say."""
    from . import codeowners
    path = os.path.join(root, codeowners.PATH)
    how = "kör `make codeowners` och ta med den ändrade filen i din ändring"
    if not os.path.exists(path):
        return [Problem(codeowners.PATH, 1, "filen saknas", how)]
    with open(path, encoding="utf-8") as fh:
        actual = fh.read().splitlines()
    expected = codeowners.render(root).splitlines()
    if actual == expected:
        return []
    line = next((i for i, (a, e) in enumerate(zip(actual, expected), 1) if a != e), min(len(actual), len(expected)) + 1)
    return [Problem(codeowners.PATH, line, "filen stämmer inte med sidornas `owner` (en sida har lagts till, "
                    "tagits bort eller bytt ansvarig myndighet)", how)]


def _unique(problems):
    seen, out = set(), []
    for p in problems:
        key = (p.path, p.line, p.what)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(p: Problem) -> str:
    """One problem as a GitHub Actions workflow command, shown on that line of the pull request."""
    kind = "error" if p.severity == "fel" else "warning"
    title = "Fel" if p.severity == "fel" else "Varning"
    return (f"::{kind} file={_escape_property(p.path)},line={max(p.line, 1)},title={title}::"
            f"{_escape_data(f'{p.what} – {p.fix}')}")


def main(argv=None) -> int:
    root = (argv or sys.argv[1:] or [os.getcwd()])[0]
    problems = run(root)
    in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
    for p in sorted(problems, key=lambda p: (p.path, p.line)):
        print(annotation(p) if in_actions else p)
    errors = sum(1 for p in problems if p.severity == "fel")
    warnings = len(problems) - errors
    if errors:
        print(f"make check: {errors} fel och {warnings} varningar. Rätta felen innan du skickar ändringen.")
        return 1
    print(f"make check: inga fel, {warnings} varningar.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
