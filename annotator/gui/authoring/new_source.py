"""Where a new exercise comes from, as the paste box hands it to the window.

Its own module so that the paste box and the prompts that open it can both
name it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class NewSource:
    """Where a new exercise comes from: pasted text, a .txt or .html file, or another exercise."""

    kind: Literal["paste", "file", "copy"]
    text: str = ""
    path: Path | None = None
