"""Problems found in content or data, reported to editors in Swedish as `fil:rad: vad – hur`."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    what: str
    fix: str
    severity: str = "fel"  # "fel" stops the build, "varning" does not

    def __str__(self) -> str:
        label = "" if self.severity == "fel" else "varning: "
        return f"{self.path}:{self.line}: {label}{self.what} – {self.fix}"


class ContentErrors(Exception):
    """Raised with every error found, so an editor sees them all at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(self.report())

    def report(self) -> str:
        lines = [str(p) for p in self.problems]
        lines.append(f"Bygget stoppades: {len(self.problems)} fel. Rätta felen ovan och bygg igen.")
        return "\n".join(lines)


def raise_errors(problems: list[Problem]) -> None:
    errors = [p for p in problems if p.severity == "fel"]
    if errors:
        raise ContentErrors(errors)
