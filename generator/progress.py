"""A progress bar for long builds on a terminal; silent when the output is a file or a pipe."""
from __future__ import annotations

import sys
import time
from typing import TextIO

MIN_ITEMS = 200          # smaller steps finish before a bar would be worth drawing
REDRAW_SECONDS = 0.1


class Progress:
    """`with Progress(stream) as p: p.start("render", n); p.advance(k)` draws one self-erasing line."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.enabled = enabled if enabled is not None else _is_terminal(self.stream)
        self.label, self.total, self.done, self._drawn = "", 0, 0, 0.0

    def start(self, label: str, total: int) -> None:
        self.label, self.total, self.done, self._drawn = label, total, 0, 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled or self.total < MIN_ITEMS:
            return
        now = time.monotonic()
        if now - self._drawn >= REDRAW_SECONDS or self.done >= self.total:
            self._drawn = now
            width = 30
            filled = width * self.done // max(self.total, 1)
            self.stream.write(f"\r{self.label:<8} [{'#' * filled}{'.' * (width - filled)}] "
                              f"{self.done}/{self.total}\x1b[K")
            self.stream.flush()

    def clear(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = 0.0

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.clear()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


QUIET = Progress(enabled=False)
