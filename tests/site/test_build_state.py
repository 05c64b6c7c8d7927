"""One build state per build: data loaded and git history read once for all languages, and a second build
(as `mkdocs serve` runs one on every change) starts from a fresh state, never the last one's."""
from __future__ import annotations

from mkdocs.commands.build import build
from mkdocs.config import load_config

from sitebuild import build_state, git_history, site_data


def test_each_build_loads_data_and_reads_git_once_and_starts_fresh(repo_copy, tmp_path, monkeypatch):
    calls = {"load": 0, "log": 0}
    real_load, real_log = site_data.load, git_history.log

    def counting_load(*args, **kwargs):
        calls["load"] += 1
        return real_load(*args, **kwargs)

    def counting_log(*args, **kwargs):
        calls["log"] += 1
        return real_log(*args, **kwargs)
    monkeypatch.setattr(site_data, "load", counting_load)
    monkeypatch.setattr(git_history, "log", counting_log)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("SITE_PRECOMPRESS", "0")
    monkeypatch.chdir(repo_copy)

    states = []
    for run in ("first", "second"):
        config = load_config(str(repo_copy / "mkdocs.yml"), site_dir=str(tmp_path / run))
        build(config)
        states.append(config[build_state.KEY])
        assert (tmp_path / run / "en" / "index.html").exists() and (tmp_path / run / "ar" / "404.html").exists()
        # An editor changes a label between the two builds.
        ui = repo_copy / "data" / "ui.yaml"
        ui.write_text(ui.read_text(encoding="utf-8").replace('emergency: "Akut fara? Ring"', 'emergency: "Fara nu? Ring"', 1), encoding="utf-8")
    assert calls == {"load": 2, "log": 2}  # three languages per build, one load and one `git log` each
    assert states[0] is not states[1]
    assert "Akut fara? Ring" in (tmp_path / "first" / "index.html").read_text(encoding="utf-8")
    assert "Fara nu? Ring" in (tmp_path / "second" / "index.html").read_text(encoding="utf-8")
