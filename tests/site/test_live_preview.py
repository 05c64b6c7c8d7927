"""`make serve` on a copy of the repository: an editor's change to data/, hooks/ or sitebuild/ reaches the served page.

The served page is fetched again until it shows the change; the only limit is a generous guard so a
broken watcher fails the test instead of hanging it (the time it takes is not what is tested).
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import yaml

from tests.conftest import ROOT

GUARD_SECONDS = 420  # the machine is shared; a rebuild has taken 40 s under load


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, server) -> str:
    deadline = time.monotonic() + GUARD_SECONDS
    while time.monotonic() < deadline:
        page = _get(url)
        if text in page:
            return page
        assert server.poll() is None, "mkdocs serve stopped:\n" + server.stdout.read()[-3000:]
        time.sleep(1)
    pytest.fail(f"{url} never showed {text!r}")


@pytest.fixture
def served_copy(tmp_path):
    copy = tmp_path / "repo"
    for name in ("docs", "data", "overrides", "hooks", "sitebuild", ".github"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    port = _free_port()
    # PYTHONPATH: the copy's sitebuild/, not the worktree's that the virtual environment points at.
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_PRECOMPRESS="0", PYTHONPATH=str(copy))
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=copy, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        yield copy, f"http://127.0.0.1:{port}", server
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def test_editing_data_and_code_under_make_serve_changes_the_served_page(served_copy):
    copy, base, server = served_copy
    regions = copy / "data" / "regions.yaml"
    first = yaml.safe_load(regions.read_text(encoding="utf-8"))["counties"][0]
    url = f"{base}/kontakter/{first['slug']}/"
    before = _wait_for(url, first["board_work"]["sv"].split(".")[0], server)

    # An editor rewrites what the first county's board does.
    new_text = "Länsstyrelsen prövar förhandsvisningen i dag"
    assert new_text not in before
    text = regions.read_text(encoding="utf-8")
    edited, n = re.subn(r'(board_work:\n\s+sv: ")[^"\n]*(")', lambda m: m.group(1) + new_text + "." + m.group(2), text, count=1)
    assert n == 1
    regions.write_text(edited, encoding="utf-8")
    _wait_for(url, new_text, server)

    # A developer changes a module in sitebuild/ and a hook that uses it: the rebuild runs the new code.
    with open(copy / "sitebuild" / "parts.py", "a", encoding="utf-8") as fh:
        fh.write('\nLIVE_MARK = "ny-kod-i-sitebuild"\n')
    with open(copy / "hooks" / "navigation.py", "a", encoding="utf-8") as fh:
        fh.write("\n\ndef on_post_page(output, page, config):\n"
                 "    from sitebuild.parts import LIVE_MARK\n"
                 "    return output.replace('</body>', f'<p>{LIVE_MARK}</p></body>')\n")
    _wait_for(url, "ny-kod-i-sitebuild", server)
