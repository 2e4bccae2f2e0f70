"""The one error a reader raises, and how it reads to a user."""

from __future__ import annotations

from pathlib import Path

MAX_QUOTED = 80


class FormatError(Exception):
    """A file refused: ``str()`` is one line, ``FILE: reason``."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = one_line(reason)
        super().__init__(f"{self.path}: {self.reason}")


def one_line(text: str, limit: int = 240) -> str:
    """Collapse a message to one line of bounded length."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def quoted(value: str, limit: int = MAX_QUOTED) -> str:
    """Quote a piece of untrusted input, never more than ``limit`` characters of it."""
    value = " ".join(value.split())
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return repr(value)
