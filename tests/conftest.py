"""Test setup shared by every folder: headless Qt, the bundled exercise, helpers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Without a display and without this, every Qt test dies with SIGABRT and no report.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
FIRST_EXERCISE = REPO / "exercises" / "putin-kim-alaska.exercise.xml"


@pytest.fixture
def first_exercise_path(tmp_path: Path) -> Path:
    """A private copy of the bundled first exercise, safe to modify."""
    copy = tmp_path / FIRST_EXERCISE.name
    shutil.copyfile(FIRST_EXERCISE, copy)
    return copy


@pytest.fixture
def serialized(monkeypatch) -> list[str]:
    """The ids of the highlights the recovery journal serializes from now on, in order."""
    from annotator.services import journal_entry

    ids: list[str] = []
    real = journal_entry.serialize
    monkeypatch.setattr(journal_entry, "serialize",
                        lambda annotation: ids.append(annotation.id) or real(annotation))
    return ids
