"""What the command-line tests share: the command as a real process, and spans on a plain text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# An article whose offsets read straight off a table: nothing to trim, every quote distinct
# within 26 letters.
LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4


def annotator(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """``annotator ARGS`` run in ``cwd`` as an instructor runs it, output read as UTF-8."""
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=cwd,
    )


def span(cls, span_id: str, category: str, start: int, end: int, **extra):
    """A key span or annotation (``cls``) over ``LETTERS[start:end]``."""
    return cls(id=span_id, category=category, start=start, end=end,
               quote=LETTERS[start:end], **extra)
