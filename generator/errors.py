"""Problems found in a site's files, written for people: `path:line: message`."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str              # relative to the site root, forward slashes
    message: str
    line: int | None = None
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        kind = "warning: " if self.warning else ""
        return f"{where}: {kind}{self.message}"


class SiteError(Exception):
    """One or more problems that stop a build; the previous output stays as it was."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
