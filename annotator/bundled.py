"""Where the files shipped inside the package live (exercises, resources)."""

from __future__ import annotations

import importlib
import zlib
from pathlib import Path

FIRST_EXERCISE = "putin-kim-alaska.exercise.xml"

# Short exercises the guides take their examples from, one per language: not
# graded, and the only ones the guides may quote.
WORKED_EXAMPLES = {"es": "ejemplo-resuelto", "en": "worked-example"}


def _package_folder(name: str) -> Path:
    # The folders are packages (an __init__.py each), so their module knows where they
    # are, installed, editable or frozen; importlib.resources cost a start 5 ms to say so.
    return Path(importlib.import_module(name).__file__).parent


def exercises_dir() -> Path:
    return _package_folder("annotator.exercises")


def resources_dir() -> Path:
    return _package_folder("annotator.resources")


def is_bundled(path: Path) -> bool:
    """One of the exercises shipped with the program (not a copy of one elsewhere)."""
    try:
        return Path(path).resolve().parent == exercises_dir().resolve()
    except OSError:
        return False


def is_shipped(path: Path, data: bytes) -> bool:
    """``data``, read from ``path``, is one of the package's exercises as it shipped: the
    file the tests read whole (``SHIPPED`` in exercises/__init__.py), so it may be trusted."""
    shipped = importlib.import_module("annotator.exercises").SHIPPED
    return is_bundled(path) and shipped.get(Path(path).name) == zlib.crc32(data)


def first_exercise() -> Path:
    """The bundled first exercise, opened when the app starts with no file."""
    return exercises_dir() / FIRST_EXERCISE


def bundled_exercises() -> list[Path]:
    return sorted(exercises_dir().glob("*.exercise.xml"))


def graded_exercises() -> list[Path]:
    """The bundled exercises of the course proper: all but the worked examples."""
    examples = {f"{name}.exercise.xml" for name in WORKED_EXAMPLES.values()}
    return [path for path in bundled_exercises() if path.name not in examples]
