"""The editor's rulebook (`make check`) beyond front matter: English twins, CODEOWNERS, data shapes, annotations,
the site's identity and `make ny-sida`. Each test breaks a copy of the repository the way an editor would."""
import datetime as dt
import os
import pathlib
import re
import subprocess
import sys

import pytest
import yaml

from sitebuild import check, codeowners, data_schema, front_matter, identity, new_page, parts, site_data

ROOT = pathlib.Path(__file__).resolve().parents[2]





def run_check(root, **env):
    return subprocess.run([sys.executable, "-m", "sitebuild.check", str(root)], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "GITHUB_ACTIONS": "", **env})


# --- English twin -------------------------------------------------------------------------------------

def test_a_swedish_page_without_its_english_twin_fails_even_when_nothing_links_to_it(repo):
    (repo / "docs" / "en" / "tillganglighet.md").unlink()
    result = run_check(repo)
    assert result.returncode == 1
    line = next(l for l in result.stdout.splitlines() if "docs/en/tillganglighet.md saknas" in l)
    assert line.startswith("docs/sv/tillganglighet.md:1: ")
    assert "make ny-sida SIDA=en/tillganglighet.md" in line
    assert "Traceback" not in result.stdout + result.stderr


def test_a_new_swedish_page_nobody_links_to_needs_its_twin_too(repo):
    text = (repo / "docs" / "sv" / "for-anhoriga.md").read_text(encoding="utf-8")
    (repo / "docs" / "sv" / "ensam-sida.md").write_text(text, encoding="utf-8")
    problems = [p for p in check.run(str(repo)) if p.path == "docs/sv/ensam-sida.md" and "docs/en/ensam-sida.md saknas" in p.what]
    assert problems and problems[0].severity == "fel"


# --- CODEOWNERS ---------------------------------------------------------------------------------------

def test_changing_a_pages_owner_tells_the_editor_to_run_make_codeowners_and_that_fixes_it(repo):
    page = repo / "docs" / "sv" / "for-anhoriga.md"
    page.write_text(page.read_text(encoding="utf-8").replace("owner: polisen", "owner: socialstyrelsen", 1), encoding="utf-8")
    result = run_check(repo)
    assert result.returncode == 1
    (line,) = [l for l in result.stdout.splitlines() if l.startswith(".github/CODEOWNERS:")]
    assert "make codeowners" in line
    n = int(line.split(":")[1])
    assert "for-anhoriga.md" in (repo / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines()[n - 1]
    codeowners.write(str(repo))
    assert run_check(repo).returncode == 0


def test_the_real_codeowners_is_up_to_date():
    assert check.codeowners_drift(str(ROOT)) == []


# --- Annotations in a pull request --------------------------------------------------------------------

def test_under_github_actions_each_problem_is_an_annotation_on_its_line(repo):
    page = repo / "docs" / "sv" / "for-anhoriga.md"
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    body_start = front_matter.split("".join(lines))[2]
    lines.insert(body_start, "Läs [mer](finns-inte.md), 100 % säkert: ja.\n")
    page.write_text("".join(lines), encoding="utf-8")
    result = run_check(repo, GITHUB_ACTIONS="true")
    assert result.returncode == 1
    (ann,) = [l for l in result.stdout.splitlines() if "finns-inte.md" in l]
    assert ann.startswith(f"::error file=docs/sv/for-anhoriga.md,line={body_start + 1},title=Fel::")
    assert "leder till en sida som inte finns" in ann
    plain = run_check(repo)
    assert not any(l.startswith("::") for l in plain.stdout.splitlines())


def test_a_warning_becomes_a_warning_annotation():
    from sitebuild.problems import Problem
    text = check.annotation(Problem("docs/sv/a,b.md", 3, "rad ett\nrad två: 100 %", "gör så", "varning"))
    assert text == "::warning file=docs/sv/a%2Cb.md,line=3,title=Varning::rad ett%0Arad två: 100 %25 – gör så"


# --- Data shapes --------------------------------------------------------------------------------------

def _insert_after(path, pattern, new_line):
    """Insert `new_line` (same indentation as the matched line) after the first line matching `pattern`."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if re.search(pattern, line):
            indent = re.match(r"[ \t]*", line).group(0)
            lines.insert(i + 1, indent + new_line + "\n")
            path.write_text("".join(lines), encoding="utf-8")
            return i + 2
    raise AssertionError(f"{pattern} not found in {path}")


@pytest.mark.parametrize("rel, after", [
    ("data/processes/avhopp.yaml", r"^    actors: "),               # a step
    ("data/processes/inslussning.yaml", r"^    actors: "),
    ("data/regions.yaml", r"^    municipality_count: "),          # a county
    ("data/regions.yaml", r'^    source: \{report: "polisen.se"'),  # a police region
    ("data/owners.yaml", r"^    team: "),
    ("data/sources.yaml", r"^    kind: "),
    ("data/glossary.yaml", r"^    abbr: "),
    ("data/ui.yaml", r"^# "),                                     # the parts of the site; labels are free text
])
def test_a_misspelt_field_is_an_error_with_its_line_in_every_data_file(repo, rel, after):
    line = _insert_after(repo / rel, after, "linkss: [vem-gor-vad/polisen.md]")
    problems = [p for p in site_data.load(str(repo)).problems if p.path == rel]
    assert any(p.line == line and "okänt fält `linkss`" in p.what and p.severity == "fel" for p in problems), problems


def test_a_misspelt_field_in_a_process_step_stops_make_check(repo):
    line = _insert_after(repo / "data/processes/avhopp.yaml", r"^    links: ", "linkss: [vem-gor-vad/sis.md]")
    result = run_check(repo)
    assert result.returncode == 1
    assert any(l.startswith(f"data/processes/avhopp.yaml:{line}: ") and "okänt fält `linkss`" in l and "tillåtna fält här" in l
               for l in result.stdout.splitlines()), result.stdout


@pytest.mark.parametrize("rel, old, new, says", [
    ("data/county-map.yaml", "{row: 0,", "{row: noll,", "heltal"),
    ("data/county-map.yaml", "{row: 0,", "{row: 12,", "heltal 0–8"),
    ("data/actors.yaml", "polisen: {sv: Polisen,", "polisen: {sv: [Polisen],", "ska vara text"),
    ("data/regions.yaml", 'code: "01"', "code: 1", "två siffror"),
    ("data/sources.yaml", "kind: ", "kinde: ", "okänt fält `kinde`"),
])
def test_a_value_of_the_wrong_kind_is_named_in_swedish(repo, rel, old, new, says):
    text = (repo / rel).read_text(encoding="utf-8")
    assert old in text
    (repo / rel).write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    problems = [p for p in site_data.load(str(repo)).problems if p.path == rel]
    assert any(p.line == line and says in str(p) for p in problems), problems


def test_every_data_file_has_a_schema_and_the_real_data_fits():
    covered = {rel for rel, _ in data_schema.data_files(str(ROOT))}
    on_disk = {str(p.relative_to(ROOT)) for p in (ROOT / "data").rglob("*.yaml")}
    assert on_disk <= covered
    assert data_schema.check(str(ROOT), parts.read(str(ROOT))) == []


# --- The site's identity ------------------------------------------------------------------------------

CONFIG = "site_url: https://avhoppare.example.se/\nextra:\n  repository: \"\"\n  feedback_email: \"\"\n  quick_exit_url: https://www.smhi.se/\n"


def test_placeholders_warn_in_a_normal_build_and_stop_a_production_build():
    site = identity.read("https://avhoppare.example.se/", {"repository": "", "feedback_email": "", "quick_exit_url": "https://www.smhi.se/"})
    normal = identity.problems(site, CONFIG, production=False)
    assert {p.severity for p in normal} == {"varning"}
    assert [(p.path, p.line) for p in normal] == [("mkdocs.yml", 1), ("mkdocs.yml", 3), ("mkdocs.yml", 4)]
    production = identity.problems(site, CONFIG, production=True)
    assert {p.severity for p in production} == {"fel"} and len(production) == 3
    assert "PRODUCTION=1" in production[0].fix
    assert site.usable("site_url") is None and site.usable("quick_exit_url") == "https://www.smhi.se/"


def test_real_values_pass_and_invented_ones_do_not():
    real = identity.read("https://avhoppare.se/", {"repository": "https://github.com/polisen/avhoppare",
                                                   "feedback_email": "webb@avhoppare.se", "quick_exit_url": "https://www.smhi.se/"})
    assert identity.problems(real, CONFIG, production=True) == []
    for bad in ("webb@example.se", "inte en adress", "x@test"):
        assert identity.read("", {"feedback_email": bad}).usable("feedback_email") is None
    assert identity.read("http://avhoppare.se/", {}).usable("site_url") is None


def test_the_feedback_route_uses_the_address_only_when_there_is_one():
    texts = {"with_email": "Skriv till [{email}](mailto:{email}).", "without_email": "Ring 114 14."}
    assert identity.feedback_markdown(texts, "webb@avhoppare.se") == "Skriv till [webb@avhoppare.se](mailto:webb@avhoppare.se).\n"
    assert identity.feedback_markdown(texts, "") == "Ring 114 14.\n"
    assert identity.feedback_markdown(texts, "<script>@x.se") == "Ring 114 14.\n"


def test_production_is_an_explicit_switch():
    assert identity.production_requested({"SITE_PRODUCTION": "1"})
    assert not identity.production_requested({})
    assert not identity.production_requested({"SITE_PRODUCTION": ""})


# --- make ny-sida -------------------------------------------------------------------------------------

def test_templates_carry_no_fixed_dates():
    for template in (ROOT / "docs" / "_mallar").glob("*.md"):
        assert not re.search(r"\d{4}-\d{2}-\d{2}", template.read_text(encoding="utf-8")), template.name


def test_make_ny_sida_makes_a_page_dated_today_that_passes_the_checks(repo):
    today = dt.date(2027, 3, 1)
    text = new_page.render(str(repo), "sv/skola-och-arbete.md", today)
    assert "reviewed: 2027-03-01" in text and "review_by: 2028-03-01" in text
    (repo / "docs" / "sv" / "skola-och-arbete.md").write_text(text, encoding="utf-8")
    (repo / "docs" / "en" / "skola-och-arbete.md").write_text(
        new_page.render(str(repo), "en/skola-och-arbete.md", today), encoding="utf-8")
    codeowners.write(str(repo))
    problems = [p for p in check.run(str(repo)) if p.severity == "fel"]
    assert problems == [], [str(p) for p in problems]
    en = yaml.safe_load(front_matter.split((repo / "docs" / "en" / "skola-och-arbete.md").read_text(encoding="utf-8"))[0])
    assert en["translation"]["source"] == "sv/skola-och-arbete.md"
    assert str(en["translation"]["source_reviewed"]) == "2027-03-01"


def test_make_ny_sida_refuses_bad_names_and_existing_pages_in_swedish(repo):
    for target, says in (("sv/Skola Och.md", "inget bra filnamn"), ("sv/for-anhoriga.md", "finns redan"),
                         ("fi/sida.md", "finns inte bland sidorna"), ("en/finns-inte.md", "svenska sidan")):
        with pytest.raises(new_page.NewPageError, match=says):
            new_page.render(str(repo), target, dt.date(2027, 3, 1))


def test_make_ny_sida_writes_the_page_and_codeowners(repo):
    result = subprocess.run([sys.executable, "-m", "sitebuild.new_page", "ungdom/ny-sida.md"], cwd=repo,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (repo / "docs" / "ungdom" / "ny-sida.md").exists()
    assert "/docs/ungdom/ny-sida.md" in (repo / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    again = subprocess.run([sys.executable, "-m", "sitebuild.new_page", "ungdom/ny-sida.md"], cwd=repo,
                           capture_output=True, text=True)
    assert again.returncode == 1 and "finns redan" in again.stderr and "Traceback" not in again.stderr


# --- The pull-request workflow ------------------------------------------------------------------------

def test_every_pull_request_runs_the_readmes_commands_and_keeps_a_preview():
    (path,) = (ROOT / ".github" / "workflows").glob("*.yml")
    flow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "pull_request" in (flow.get("on") or flow.get(True))
    (job,) = flow["jobs"].values()
    commands = [s["run"].strip() for s in job["steps"] if str(s.get("run", "")).startswith("make")]
    assert commands == ["make check", "make test", "make build"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"`{c}" in readme for c in commands)
    (upload,) = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
    assert upload["with"]["path"].rstrip("/") == "site"
    # make test and the preview run even when make check found errors, so the editor sees everything at once
    assert all("!cancelled()" in s.get("if", "") for s in job["steps"] if s.get("run", "").strip() in ("make test", "make build"))
    # editors are told that commit subjects are published
    notice = " ".join(str(s.get("run", "")) for s in job["steps"])
    template = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    assert "Ändringar på webbplatsen" in notice and "publiceras" in template
