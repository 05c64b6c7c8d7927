"""Screenshots the browser tests leave for people to look at: tests/artifacts/ (gitignored)."""
from __future__ import annotations

import pathlib

ARTIFACTS = pathlib.Path(__file__).resolve().parent.parent / "artifacts"


def save(page, name: str) -> pathlib.Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(target))
    return target
