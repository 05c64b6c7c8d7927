"""The county directory loader: every editor mistake gets a Swedish message with its line; pages escape text."""
import datetime as dt
import pathlib

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sitebuild import regions
from tests.fixed_parts import SV

GOOD = (pathlib.Path(__file__).parent / "fixtures" / "regions" / "good.yaml").read_text(encoding="utf-8")
REPORTS = {"3428-2026": {"title": "Delredovisning"}, "polisen.se": {"title": "Polisens sidor"}}
TODAY = dt.date(2026, 11, 25)


def load(text):
    return regions.load_text(text, REPORTS, today=TODAY)


def errors(text):
    return [p for p in load(text)[1] if p.severity == "fel"]


def line_of(text, needle):
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_good_file_loads_without_problems():
    directory, problems = load(GOOD)
    assert problems == []
    assert [c.slug for c in directory.counties] == ["norrbotten", "gotland"]
    assert directory.municipality_count() == 3


BOARD_WORK = """    board_work:
      sv: "Länsstyrelsen <script>alert(1)</script> & partner \\"nätverk\\"."
      en: "The county board works with partners."
      source: {report: "3428-2026", section: "Norrbotten"}
"""


@pytest.mark.parametrize("old, new, words", [
    (BOARD_WORK, "    board_work: s\n", "`board_work`"),
    ("    name: {sv: Norrbottens län, en: Norrbotten County}\n", "    name: Norrbotten\n", "`name`"),
])
def test_fields_per_language_given_as_plain_text_are_reported(old, new, words):
    # Found by Hypothesis: a file cut off inside `board_work:` left a plain string there, and the loader crashed.
    assert old in GOOD
    problems = errors(GOOD.replace(old, new, 1))
    assert any(words in p.what for p in problems), problems


def test_invalid_yaml():
    text = GOOD.replace("    code: \"25\"", "    code: [\"25\"")
    (p,) = errors(text)
    assert p.path == "data/regions.yaml" and "YAML-filen går inte att läsa" in p.what
    assert p.line == line_of(text, 'code: ["25"')


@pytest.mark.parametrize("mutate, needle, words", [
    (lambda t: t.replace("    police_region: nord\n", ""), "- slug: norrbotten", "saknar fältet `police_region`"),
    (lambda t: t.replace("    municipality_count: 2\n", "    municipality_count: 2\n    telefon: 1\n"), "telefon: 1", "okänt fält `telefon`"),
    (lambda t: t.replace("{code: \"0980\", name: Gotland}", "{code: \"0980\", name: Kiruna}"), "{code: \"0980\", name: Kiruna}", "finns redan på rad"),
    (lambda t: t.replace("{code: \"2580\", name: Luleå}", "{code: \"2584\", name: Luleå}"), "{code: \"2584\", name: Luleå}", "finns redan på rad"),
    (lambda t: t.replace("municipality_count: 2", "municipality_count: 3"), "municipality_count: 3", "`municipality_count` är 3 men listan har 2"),
    (lambda t: t.replace("police_region: nord", "police_region: norr"), "police_region: norr", "okänd polisregion `norr`"),
    (lambda t: t.replace("        source: {report: \"3428-2026\", section: \"Baksidan\"}\n", ""), "- kind: web", "saknar `source`"),
    (lambda t: t.replace("        verified: 2026-11-01\n", ""), "- kind: web", "saknar `verified`"),
    (lambda t: t.replace("verified: 2026-11-01", "verified: 2027-01-01"), "verified: 2027", "ligger i framtiden"),
    (lambda t: t.replace("https://www.lansstyrelsen.se/", "http://www.lansstyrelsen.se/"), "http://", "börjar inte med https://"),
    (lambda t: t.replace("kind: web", "kind: phone").replace("https://www.lansstyrelsen.se/", "12"), 'value: "12"', "inte ett giltigt telefonnummer"),
    (lambda t: t.replace("kind: web", "kind: email").replace("https://www.lansstyrelsen.se/", "registrator@"), "registrator@", "inte en giltig e-postadress"),
])
def test_each_mistake_is_named_with_its_line(mutate, needle, words):
    text = mutate(GOOD)
    found = errors(text)
    assert found, words
    p = next((p for p in found if words in p.what), None)
    assert p is not None, [x.what for x in found]
    assert p.path == "data/regions.yaml"
    assert p.line == line_of(text, needle)
    assert p.fix


def test_old_verification_is_a_warning_not_an_error():
    text = GOOD.replace("verified: 2026-11-01", "verified: 2025-06-01")
    directory, problems = load(text)
    assert [p.severity for p in problems] == ["varning"]
    assert "för mer än ett år sedan" in problems[0].what


def test_a_valid_phone_number_and_email_pass():
    text = GOOD.replace("kind: web", "kind: phone").replace("https://www.lansstyrelsen.se/", "010-223 10 00")
    assert errors(text) == []
    text = GOOD.replace("kind: web", "kind: email").replace("https://www.lansstyrelsen.se/", "gotland@lansstyrelsen.se")
    assert errors(text) == []


def test_county_text_is_shown_as_text_never_markup():
    directory, _ = load(GOOD)
    labels = yaml.safe_load((pathlib.Path(__file__).parents[2] / "data" / "ui.yaml").read_text())["sv"]["counties"]
    page = regions.render_county(directory, directory.counties[0], SV, labels, {k: v for k, v in REPORTS.items()}, "sv")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; partner &quot;nätverk&quot;" in page
    assert page.count("<li>") >= 2 and "data-municipalities" in page


@settings(max_examples=150, deadline=None)
@given(st.one_of(
    st.text(max_size=300),
    st.builds(lambda cut, junk: GOOD[:cut] + junk, st.integers(0, len(GOOD)), st.text(max_size=40)),
    st.builds(lambda a, b: GOOD[:a] + GOOD[b:], st.integers(0, len(GOOD)), st.integers(0, len(GOOD))),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
                     ["counties", "police_regions", "slug", "code", "name", "municipalities", "contacts", "kind", "value",
                      "verified", "source", "sv", "en", "id", "reviewed"]), inner, max_size=4), max_leaves=20).map(
        lambda d: yaml.safe_dump(d, allow_unicode=True)),
))
def test_loader_never_crashes_on_corrupt_documents(text):
    directory, problems = load(text)
    for p in problems:
        assert p.path == "data/regions.yaml" and p.line >= 1 and p.what and p.fix
