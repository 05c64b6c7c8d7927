"""Process maps: validation errors name file, line and field; rendering keeps every step once, in order, escaped."""
import html
import pathlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitebuild import process_map
from tests.fixed_parts import PARTS, SV

GOOD = (pathlib.Path(__file__).parent / "fixtures" / "processes" / "good.yaml").read_text(encoding="utf-8")
ACTORS = {"polisen": {"sv": "Polisen", "en": "Police", "ungdom": "Polisen", "ar": "الشرطة", "page": "vem-gor-vad/polisen.md"},
          "socialtjansten": {"sv": "Socialtjänsten", "en": "Social services", "ungdom": "Socialtjänsten", "ar": "الخدمات"}}
REPORTS = {"Ju2025/01696": {}}
PAGES = {"vem-gor-vad/polisen.md"}
LABELS = {"step": "Steg", "and": "och", "or": "eller", "actors": "Vem gör det", "what_happens": "Vad händer",
          "you_can_expect": "Vad du kan vänta dig", "read_more": "Läs mer:", "side_paths": "Andra vägar",
          "after_step": "Från steg {number}"}


def load(text, tmp_path):
    path = tmp_path / "prov.yaml"
    path.write_text(text, encoding="utf-8")
    return process_map.load(str(path), "data/processes/prov.yaml", ACTORS, REPORTS, lambda link: link in PAGES, PARTS.keys)


def line_of(text, needle, nth=1):
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[nth - 1]


def test_good_process_loads(tmp_path):
    proc, problems = load(GOOD, tmp_path)
    assert problems == []
    assert [s.id for s in proc.steps] == ["kontakt", "bedomning"]


@pytest.mark.parametrize("mutate, needle, words", [
    (lambda t: t.replace("actors: [socialtjansten]", "actors: [skatteverket]"), "actors: [skatteverket]", "okänd aktör `skatteverket`"),
    (lambda t: t.replace(", ar: تحقيق.}", "}"), "what_happens: {sv: Utredning.", "`what_happens` saknar text på `ar`"),
    (lambda t: t.replace("links: [vem-gor-vad/polisen.md]", "links: [vem-gor-vad/finns-inte.md]"), "finns-inte.md", "leder till en sida som inte finns"),
    (lambda t: t.replace("  - id: bedomning", "  - id: kontakt"), "  - id: kontakt", "id `kontakt` används två gånger"),
])
def test_each_validation_error_names_file_line_and_field(tmp_path, mutate, needle, words):
    text = mutate(GOOD)
    _, problems = load(text, tmp_path)
    p = next((p for p in problems if words in p.what), None)
    assert p is not None, [x.what for x in problems]
    assert p.path == "data/processes/prov.yaml"
    expected = line_of(text, needle, nth=2 if needle == "  - id: kontakt" else 1)
    assert p.line == expected
    assert p.fix


def test_render_numbers_steps_and_marks_and_logic(tmp_path):
    proc, _ = load(GOOD, tmp_path)
    out = process_map.render(proc, "sv", LABELS, ACTORS, language=SV, fallback=SV, page_url_now="sa-gar-ett-avhopp-till/",
                             current_page="vem-gor-vad/polisen.md")
    assert out.count("data-step=") == 2
    assert '<span class="process-map__logic"><span class="process-map__sr">Steg 1, </span>och</span>' in out
    assert 'aria-current="step"' in out  # the map sits on the first step's own page
    assert 'href="../vem-gor-vad/polisen/"' in out
    assert "<details>" in out and "data-side-path=\"atervandring\"" in out and "Från steg 1" in out


step_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(step_text, st.sampled_from([None, "and", "or"])), min_size=1, max_size=12))
def test_every_generated_step_appears_once_in_order_escaped(titles):
    steps = [process_map.Step(f"s{i}", ["polisen"], {f: {"sv": t} for f in process_map.STEP_TEXTS}, [], [], join)
             for i, (t, join) in enumerate(titles)]
    proc = process_map.Process("p", "x", {"sv": "P"}, {}, steps)
    out = process_map.render(proc, "sv", LABELS, ACTORS, language=SV, fallback=SV, page_url_now="")
    ids = re.findall(r'data-step="([^"]+)"', out)
    assert ids == [f"s{i}" for i in range(len(titles))]
    titles_out = re.findall(r'<span class="process-map__title">(.*?)</span>', out)
    assert titles_out == [html.escape(t, quote=True) for t, _ in titles]
    assert "<script" not in out.replace("&lt;script", "")


def test_joined_steps_share_the_number_and_side_paths_name_the_step(tmp_path):
    proc, _ = load(GOOD, tmp_path)
    assert process_map.step_numbers(proc) == {"kontakt": 1, "bedomning": 1}
    out = process_map.render(proc, "sv", dict(LABELS, after_step="Från steg {number}: {title}"), ACTORS, language=SV, fallback=SV, page_url_now="")
    title = proc.steps[0].texts["title"]["sv"]
    assert f"Från steg 1: {title}" in out


def test_links_read_as_the_title_of_the_page_they_lead_to(tmp_path):
    proc, _ = load(GOOD, tmp_path)
    proc.steps[0].links = ["boende-och-omlokalisering.md"]
    out = process_map.render(proc, "sv", LABELS, ACTORS, language=SV, fallback=SV, page_url_now="",
                             title_of=lambda link, lang: {"boende-och-omlokalisering.md": "Boende och omlokalisering"}.get(link))
    assert ">Boende och omlokalisering</a>" in out
    assert ">boende-och-omlokalisering.md<" not in out
