"""Only the bundled exercises as they shipped are trusted (exercises/__init__.py).

The window paints a bundled exercise from its first frame and reads it
without the schema, because the tests read that very file whole. A file
changed after installing (damaged, or edited in place) is not that file:
it gets every check before anything of it is shown.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import bundled
from annotator.xmlio.errors import FormatError
from annotator.xmlio.first_frame import bundled_first_frame
from annotator.xmlio.readers import read_bundled_exercise

ROOT = Path(__file__).resolve().parent.parent


def test_the_table_of_shipped_files_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_exercise_digests"),
                             "--check"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("path", bundled.bundled_exercises(), ids=lambda p: p.name)
def test_every_bundled_exercise_is_trusted_as_shipped(path):
    assert bundled.is_shipped(path, path.read_bytes())
    assert bundled_first_frame(path) is not None


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A package folder of our own: its files are 'bundled', and may be changed."""
    folder = tmp_path / "exercises"
    shutil.copytree(bundled.exercises_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(bundled, "exercises_dir", lambda: folder)
    return folder


def test_a_file_changed_after_installing_gets_every_check(installed):
    path = installed / bundled.FIRST_EXERCISE
    text = path.read_text(encoding="utf-8")
    # A colour the validators refuse; the reading without them would take it.
    path.write_text(text.replace('color="#', 'color="#zz', 1), encoding="utf-8")
    assert bundled.is_bundled(path) and not bundled.is_shipped(path, path.read_bytes())
    assert bundled_first_frame(path) is None  # nothing shown before the whole reading
    with pytest.raises(FormatError) as refused:
        read_bundled_exercise(path)
    assert str(path) in str(refused.value) and "\n" not in str(refused.value)


def test_an_untouched_file_in_the_same_folder_is_still_trusted(installed):
    path = installed / bundled.FIRST_EXERCISE
    assert bundled.is_shipped(path, path.read_bytes())
    assert bundled_first_frame(path) is not None
    assert read_bundled_exercise(path).document.id


def test_a_new_file_in_the_package_folder_is_not_trusted(installed):
    path = installed / "added.exercise.xml"
    shutil.copy(installed / bundled.FIRST_EXERCISE, path)
    assert not bundled.is_shipped(path, path.read_bytes())
    assert bundled_first_frame(path) is None
