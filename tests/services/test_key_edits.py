"""Accept for the whole class as a key edit: new version, old one kept, refusals in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.bundled import first_exercise
from annotator.services.key_edits import (
    KeyEditRefused,
    accept_for_class,
    kept_name,
    next_version,
    overlapping_items,
)
from annotator.xmlio.readers import read_exercise


@pytest.fixture
def exercise_path(tmp_path) -> Path:
    path = tmp_path / "putin-kim-alaska.exercise.xml"
    shutil.copyfile(first_exercise(), path)
    return path


def test_an_optional_passage_with_its_explanation(exercise_path: Path):
    """Ensure a passage that overlaps no item becomes an optional span, version 2."""
    exercise = read_exercise(exercise_path).document
    start = exercise.article.text.index("Kim Jong-un")
    edit = accept_for_class(exercise_path, "claim", start, start + 11,
                            explanations={"es": "Un nombre propio también vale."})
    saved = read_exercise(exercise_path).document
    span = next(s for s in saved.key if s.id == edit.item)
    assert (span.required, span.quote, span.explanations) == (
        False, "Kim Jong-un", {"es": "Un nombre propio también vale."})
    assert saved.version == "2" and not edit.as_alternative
    assert edit.previous.name == "putin-kim-alaska.exercise.v1.xml"
    assert edit.previous.read_bytes() == first_exercise().read_bytes()


def test_an_alternative_of_the_item_it_overlaps(exercise_path: Path):
    """Ensure the passage becomes the item's next alternative, and versions stack up."""
    exercise = read_exercise(exercise_path).document
    k1 = exercise.key[0]
    assert [s.id for s in overlapping_items(exercise, "framing", k1.start, k1.start + 7)] == [
        "k1"]
    accept_for_class(exercise_path, "framing", k1.start, k1.start + 7, item="k1")
    accept_for_class(exercise_path, "framing", k1.start + 8, k1.end, item="k1")
    saved = read_exercise(exercise_path).document
    assert [a.quote for a in saved.key[0].alternatives] == ["Alianza", "geopolítica en desarrollo"]
    assert saved.version == "3"
    assert (exercise_path.parent / "putin-kim-alaska.exercise.v2.xml").exists()


@pytest.mark.parametrize("category, item, offsets, words", [
    ("claim", "k1", (0, 7), "category"),
    ("framing", "k1", None, "already accepts"),
    ("framing", "k99", (0, 7), "k99"),
    ("framing", None, (0, 10**6), "not inside"),
])
def test_refusals_change_nothing(exercise_path: Path, category, item, offsets, words):
    """Ensure each refusal is one line and leaves the file as it was."""
    before = exercise_path.read_bytes()
    k1 = read_exercise(exercise_path).document.key[0]
    start, end = offsets or (k1.start, k1.end)
    with pytest.raises(KeyEditRefused) as caught:
        accept_for_class(exercise_path, category, start, end, item=item)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert exercise_path.read_bytes() == before
    assert not list(exercise_path.parent.glob("*.v1.xml"))


def test_versions_and_kept_names(tmp_path: Path):
    assert next_version("1") == "2" and next_version("2025-03") == "2025-03.1"
    path = tmp_path / "x.exercise.xml"
    assert kept_name(path, "1").name == "x.exercise.v1.xml"
    kept_name(path, "1").write_text("old")
    assert kept_name(path, "1").name == "x.exercise.v1-2.xml"
