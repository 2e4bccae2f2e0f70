"""The authoring window asks before saving over an exercise another process rewrote."""

from __future__ import annotations

import shutil
import subprocess
import sys

from annotator.bundled import first_exercise
from annotator.xmlio.readers import read_exercise

# A colleague's script in another process retitles the exercise file.
RETITLE = """
import sys
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save
path = sys.argv[1]
exercise = read_exercise(path).document
save(exercise.model_copy(update={"title": "Their title"}), path)
"""


def opened_then_changed(authoring, tmp_path, scripted):
    path = tmp_path / "mine.exercise.xml"
    shutil.copyfile(first_exercise(), path)
    window = authoring(path)
    window.details_panel.title_edit.setText("My title")
    window.details_panel.title_edit.editingFinished.emit()
    subprocess.run([sys.executable, "-c", RETITLE, str(path)], check=True, timeout=120)
    return window, path, path.read_bytes()


def copies(folder):
    return sorted(folder.glob("mine.exercise.conflict-*.xml"))


def test_cancel_leaves_their_file_and_keep_mine_keeps_theirs_beside_it(
        authoring, scripted, tmp_path):
    window, path, theirs = opened_then_changed(authoring, tmp_path, scripted)
    assert not window.save()
    assert scripted.kinds()[-1] == "changed" and path.read_bytes() == theirs
    scripted.changed = "mine"
    assert window.save()
    assert read_exercise(path).document.title == "My title"
    (copy,) = copies(tmp_path)
    assert copy.read_bytes() == theirs


def test_keep_theirs_reopens_their_version_and_keeps_ours_beside_it(
        authoring, scripted, tmp_path):
    window, path, theirs = opened_then_changed(authoring, tmp_path, scripted)
    scripted.changed = "theirs"
    assert window.save()
    assert path.read_bytes() == theirs
    assert window.draft.details.title == "Their title"
    (copy,) = copies(tmp_path)
    assert read_exercise(copy).document.title == "My title"
