"""Hypothesis mutates data files and front matter: the result is a Swedish `fil:rad:` message or success,
never a traceback (issues #14 and #16). Loading, checking and rendering run as the build runs them."""
import pathlib
import re
import shutil

from hypothesis import HealthCheck, given, settings, strategies as st

from sitebuild import front_matter, glossary, parts, process_map, regions, site_data, yaml_lines
from tests.security.corpus import ROOT

DATA = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "data").rglob("*.yaml"))
PAGES = ["docs/sv/for-anhoriga.md", "docs/en/for-anhoriga.md", "docs/ungdom/index.md"]
VALUES = ["", "[]", "{}", "null", "[a, b]", "{a: 1}", "2026-02-30", "2026-02-28", "-1", "0", "1e999", "true",
          "'\\x3cscript\\x3e'", '"\\x3cb\\x3e"', "&a x", "*a", "!!python/name:os.system", "[[[[[[[[[[[[[[1]]]]]]]]]]]]]]",
          "'{county.__class__}'", "'{0}'", "'\u202e'", "polisen", "sv/x.md", "../../etc/passwd", "- a", "'", "{", ": :"]
PARTS = parts.read(str(ROOT))
MESSAGE = re.compile(r"^(data|docs)/[^:]+:\d+: .+ – .+")


def mutate(text: str, draw) -> str:
    lines = text.split("\n")
    i = draw(st.integers(0, max(0, len(lines) - 1)))
    action = draw(st.sampled_from(["value", "delete", "duplicate", "indent"]))
    line = lines[i]
    if action == "value" and ":" in line:
        key = line.split(":", 1)[0]
        lines[i] = f"{key}: {draw(st.sampled_from(VALUES))}"
    elif action == "delete":
        del lines[i]
    elif action == "duplicate":
        lines.insert(i, line)
    else:
        lines[i] = draw(st.sampled_from(["", "  ", "\t", "    "])) + line
    return "\n".join(lines)


def render_everything(data) -> None:
    """What the hooks do with loaded data: every generated page and every process map."""
    for part in PARTS.all:
        ui = data.labels(part)
        if part.generated_pages:
            regions.render_all(data.directory, part, ui["counties"], data.tiles, data.reports.entries, PARTS.default.key)
            glossary.render_page(data.terms, part.key)
        glossary.abbreviations(data.terms, part)
        for proc in data.processes.values():
            process_map.render(proc, part.key, ui["process"], data.actors, page_url_now="x/",
                               language=PARTS.by_language(part.language), fallback=PARTS.default)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.data())
def test_mutated_data_gives_a_swedish_message_or_builds(tmp_path_factory, data):
    root = tmp_path_factory.mktemp("p")
    shutil.copytree(ROOT / "data", root / "data")
    rel = data.draw(st.sampled_from(DATA))
    path = root / rel
    path.write_text(mutate(path.read_text(encoding="utf-8"), data.draw), encoding="utf-8")
    loaded = site_data.load(str(root), str(ROOT / "docs"), PARTS)
    errors = [p for p in loaded.problems if p.severity == "fel"]
    for p in errors:
        assert MESSAGE.match(str(p)), str(p)
    if not errors:
        render_everything(loaded)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_mutated_front_matter_gives_a_swedish_message_or_passes(data):
    rel = data.draw(st.sampled_from(PAGES))
    text = (ROOT / rel).read_text(encoding="utf-8")
    fm, rest = text[4:].split("\n---\n", 1)
    text = "---\n" + mutate(fm, data.draw) + "\n---\n" + rest
    registry = site_data.load(str(ROOT)).front_matter_registry
    try:
        fm_text, start = yaml_lines.front_matter_text(text)
        if fm_text:
            yaml_lines.scan(fm_text, rel, start - 1)
    except yaml_lines.YamlSyntaxError as exc:
        assert MESSAGE.match(str(exc.problem)), str(exc.problem)
        return
    for p in front_matter.check(rel, text, registry, is_translation=rel.startswith("docs/en")):
        assert MESSAGE.match(str(p)), str(p)
