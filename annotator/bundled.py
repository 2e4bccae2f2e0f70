"""Where the files shipped inside the package live (exercises, resources)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FIRST_EXERCISE = "putin-kim-alaska.exercise.xml"


def exercises_dir() -> Path:
    return Path(str(resources.files("annotator.exercises")))


def resources_dir() -> Path:
    return Path(str(resources.files("annotator.resources")))


def first_exercise() -> Path:
    """The bundled first exercise, opened when the app starts with no file."""
    return exercises_dir() / FIRST_EXERCISE


def bundled_exercises() -> list[Path]:
    return sorted(exercises_dir().glob("*.exercise.xml"))
