"""Dates and change lists from git history; says "unknown" (None) where a shallow clone lacks history."""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    date: str
    path: str
    subject: str


def _git(root: str, *args: str) -> str | None:
    try:
        out = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout if out.returncode == 0 else None


def _shallow_commits(root: str) -> set[str]:
    git_dir = _git(root, "rev-parse", "--git-dir")
    if not git_dir:
        return set()
    shallow = os.path.join(root, git_dir.strip(), "shallow")
    if not os.path.exists(shallow):
        return set()
    with open(shallow, encoding="ascii") as fh:
        return {line.strip() for line in fh if line.strip()}


def log(root: str, paths: tuple[str, ...] = ("docs", "data")) -> list[tuple[str, str, str, list[str]]]:
    """(hash, date, subject, files) for each commit touching `paths`, newest first.

    Commits at a shallow clone's edge are left out: their file lists are the whole tree, not a change.
    """
    out = _git(root, "log", "--format=%x00%H%x1f%cs%x1f%s", "--name-only", "--", *paths)
    if out is None:
        return []
    edge = _shallow_commits(root)
    commits = []
    for chunk in out.split("\x00")[1:]:
        head, _, names = chunk.partition("\n")
        sha, date, subject = (head.split("\x1f") + ["", ""])[:3]
        if sha in edge:
            continue
        commits.append((sha, date, subject, [n for n in names.splitlines() if n.strip()]))
    return commits


def last_changed(commits) -> dict[str, str]:
    """path -> date of the newest commit that changed it."""
    dates: dict[str, str] = {}
    for _, date, _, files in commits:
        for f in files:
            dates.setdefault(f, date)
    return dates


def recent_changes(commits, limit: int = 40) -> list[Change]:
    changes = []
    for _, date, subject, files in commits:
        for f in files:
            if f.endswith(".md") or f.endswith(".yaml"):
                changes.append(Change(date, f, subject))
    return changes[:limit]
