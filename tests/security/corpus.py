"""The hostile corpus: each `cases/*.case` file is one attack, written as an edit to one file of the project.

A case file has a few header lines (`target`, `mode`, `find`, `line`, `expect`), a line `---`, then
the payload. `mode` is replace (the first line starting with `find`), append, prepend, whole (the file becomes
the payload), empty or bytes
(raw bytes appended). `expect` is part of the Swedish message the editor must get.
"""
from __future__ import annotations

import pathlib
import shutil
from dataclasses import dataclass

CASES = pathlib.Path(__file__).parent / "cases"
ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILD_NEEDS = ("docs", "data", "hooks", "overrides", "mkdocs.yml")


@dataclass
class Case:
    name: str
    target: str
    mode: str
    find: str | None
    expect: str
    payload: bytes

    def apply(self, root: pathlib.Path) -> tuple[int, int]:
        """Edit the copy at `root`; return the first and last line the payload occupies."""
        path = root / self.target
        old = path.read_bytes() if path.exists() else b""
        n = self.payload.count(b"\n") or 1
        if self.mode == "empty":
            path.write_bytes(b"")
            return 1, 1
        if self.mode == "whole":
            path.write_bytes(self.payload)
            return 1, n
        if self.mode == "bytes":
            path.write_bytes(old + self.payload)
            start = old.count(b"\n") + 1
            return start, start
        if self.mode == "prepend":
            path.write_bytes(self.payload + old)
            return 1, n
        if self.mode == "append":
            sep = b"" if old.endswith(b"\n") else b"\n"
            path.write_bytes(old + sep + b"\n" + self.payload)
            start = (old + sep).count(b"\n") + 2
            return start, start + n - 1
        lines = old.split(b"\n")
        index = next(i for i, l in enumerate(lines) if l.startswith(self.find.encode()))
        lines[index:index + 1] = self.payload.rstrip(b"\n").split(b"\n")
        path.write_bytes(b"\n".join(lines))
        return index + 1, index + n


def load() -> list[Case]:
    cases = []
    for file in sorted(CASES.glob("*.case")):
        raw = file.read_bytes()
        head, _, payload = raw.partition(b"\n---\n")
        fields = dict(line.split(": ", 1) for line in head.decode().splitlines())
        cases.append(Case(file.stem, fields["target"], fields["mode"], fields.get("find"), fields["expect"], payload))
    return cases


def copy_project(target: pathlib.Path) -> pathlib.Path:
    """Only what a build needs (no .git, .venv or tests)."""
    for name in BUILD_NEEDS:
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, target / name)
    return target
