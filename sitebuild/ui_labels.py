"""Check the shape of data/ui.yaml: every language has every label the templates use, as plain text."""
from __future__ import annotations

import string

from .parts import Parts
from .problems import Problem

DISPLAY = "data/ui.yaml"
# Labels of the pages made from data and of the accessibility statement: needed only in the languages with
# generated pages (`extra.parts.generated_pages` in mkdocs.yml).
GENERATED_ONLY = ("counties", "changes", "feedback")
PLACEHOLDERS = {"number", "county", "region", "count", "title", "email"}


def _keys(block: dict, prefix: str = "") -> dict:
    out = {}
    for key, value in block.items():
        out[prefix + str(key)] = value
        if isinstance(value, dict):
            out.update(_keys(value, f"{prefix}{key}."))
    return out


def check(doc, parts: Parts) -> list[Problem]:
    """`doc` is the file as yaml_lines.Located; the default language's block is the model the others follow.
    Every declared part has its block; a language without generated pages may leave out their labels."""
    main = parts.default.key
    if not isinstance(doc.value, dict) or not isinstance(doc.value.get(main), dict):
        return [Problem(DISPLAY, doc.line if doc.value else 1, f"filen saknar blocket `{main}:` med webbplatsens texter",
                        "återställ data/ui.yaml från repositoriet och gör ändringen igen")]
    problems = []
    model = _keys(doc.value[main])
    for part in parts.all:
        lang = part.key
        node = doc.get(lang)
        if node is None or not isinstance(node.value, dict):
            problems.append(Problem(DISPLAY, node.line if node else 1, f"blocket `{lang}:` saknas eller är inte ett block",
                                    f"lägg till `{lang}:` med samma fält som under `{main}:`"))
            continue
        have = _keys(node.value)
        for key, value in model.items():
            if part.youth or (not part.generated_pages and key.split(".")[0] in GENERATED_ONLY):
                continue
            if key not in have:
                problems.append(Problem(DISPLAY, node.line, f"`{lang}` saknar texten `{key}`",
                                        f"lägg till `{key.split('.')[-1]}:` under `{lang}:` (samma fält som under `{main}:`)"))
        for key_path, child in node.walk((lang,)):
            key = ".".join(map(str, key_path[1:]))
            expected = model.get(key)
            if not key:
                continue
            if key not in model:
                if part.youth:
                    continue  # the youth pages have a few labels of their own
                problems.append(Problem(DISPLAY, child.line, f"okänd text `{key}` under `{lang}`",
                                        f"ta bort fältet eller rätta stavningen (jämför med `{main}:`)"))
            elif isinstance(expected, dict) != isinstance(child.value, dict) or (
                    not isinstance(expected, dict) and not isinstance(child.value, (str, int, float, type(None)))):
                problems.append(Problem(DISPLAY, child.line, f"`{lang}.{key}` har fel form",
                                        "skriv texten på samma rad som fältnamnet, som under `sv:`"))
            elif isinstance(child.value, str):
                problems += _placeholders(child.value, child.line, f"{lang}.{key}")
                if key.startswith("changes.") and any(c in child.value for c in '"\\'):
                    # sitebuild/changes_page.py writes these into a generated page's front matter
                    problems.append(Problem(DISPLAY, child.line, f"`{lang}.{key}` innehåller \" eller \\",
                                            "använd typografiska citattecken ”…” i stället"))
    return problems


def _placeholders(text: str, line: int, where: str) -> list[Problem]:
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in string.Formatter().parse(text) if name is not None]
    except ValueError:
        fields = [("{", "", None)]
    bad = [name for name, spec, conv in fields if name not in PLACEHOLDERS or spec or conv]
    if bad:
        return [Problem(DISPLAY, line, f"`{where}`: okänd platshållare `{{{bad[0]}}}`",
                        f"använd bara {', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))} som i den svenska texten, och skriv inte {{ eller }} annars")]
    return []
