"""The trainee window around its saves: leftovers of killed saves, the journal on a full disk,
files changed on disk, limits of the format."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import Qt
from tests_gui_helpers import mark

from annotator.gui.text_limits import integer
from annotator.xmlio.atomic import TEMP_SUFFIX


def test_saving_into_a_folder_clears_stale_temp_files_of_ours(qtbot, window, prompts, tmp_path):
    """Ensure a save from the window removes the temp file a killed save left there."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    stale = folder / f".mine.submission.xml.77.88{TEMP_SUFFIX}"
    stale.write_bytes(b"half")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    prompts.save_to = folder / "mine.submission.xml"
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    assert window.save()
    assert not stale.exists()
    assert prompts.save_to.exists()


def test_a_full_disk_for_the_journal_too_is_said_and_stays_said(
        qtbot, window, prompts, tmp_path, monkeypatch):
    """Ensure that when neither the file nor the journal can be written, the dialog does not
    promise recovery, and the status bar keeps the warning until a journal write succeeds."""
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    monkeypatch.setattr("annotator.xmlio.atomic.os.write", lambda fd, data: 0)  # disk full
    prompts.save_to = tmp_path / "mine.submission.xml"
    assert not window.save_as()
    said = prompts.asked[-1][1]
    assert "could not be kept for recovery" in said and "kept for recovery. Try" not in said
    warning = "cannot be kept for recovery"
    assert warning in window.safety_label.text()
    mark(qtbot, window, "señaló el Kremlin", Qt.Key_2)
    window.statusBar().showMessage("Something else", 1000)
    window._update_safety()
    assert warning in window.safety_label.text() and window.safety_label.isVisible()
    monkeypatch.undo()
    assert window.keeper.flush()
    assert "kept safe for recovery" in window.safety_label.text()


def open_note_editor(qtbot, window):
    from PySide6.QtWidgets import QAbstractItemView

    from annotator.gui.note_box import NoteBox

    qtbot.keyClick(window.view, Qt.Key_F2)
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: window.panel.table.state() == editing)
    return window.panel.table.viewport().findChild(NoteBox)


def test_a_note_cannot_grow_past_the_limit_and_a_paste_too_long_is_refused_whole(
        qtbot, window):
    """Ensure the note editor counts near 10,000 characters, refuses a paste that would pass
    it without cutting anything, and keeps the note the file can hold."""
    from annotator.core.limits import TEXT_MAX

    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    editor = open_note_editor(qtbot, window)
    editor.insertPlainText("a" * (TEXT_MAX - 10))
    assert editor.toPlainText() == "a" * (TEXT_MAX - 10)
    counter = f"{integer(TEXT_MAX - 10)} of {integer(TEXT_MAX)} characters"
    assert counter in window.statusBar().currentMessage()
    editor.insertPlainText("🙂" * 11)  # eleven code points (22 UTF-16 units): one too many
    assert editor.toPlainText() == "a" * (TEXT_MAX - 10)
    assert "Not added" in window.statusBar().currentMessage()
    assert "Not added" in editor.accessibleDescription()
    editor.insertPlainText("🙂" * 10)  # exactly the limit in code points
    assert len(editor.toPlainText()) == TEXT_MAX
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.session.annotations[0].note is not None)
    assert len(window.session.annotations[0].note) == TEXT_MAX


def test_a_save_over_a_limit_names_the_highlight_and_the_limit_and_no_folder_advice(
        qtbot, window, prompts, tmp_path):
    """Ensure a note too long that reached the session another way (an old journal) gives a
    plain save error naming the highlight and the limit, not 'try another folder'."""
    from annotator.core.limits import TEXT_MAX

    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    annotation = window.session.annotations[0]
    window.session.update(annotation.id, note="n" * (TEXT_MAX + 1))
    prompts.save_to = tmp_path / "mine.submission.xml"
    assert not window.save_as()
    said = prompts.asked[-1][1]
    assert "highlight 1" in said and f"at most {TEXT_MAX}" in said
    assert "another folder" not in said and "Change what this message names" in said
    assert not prompts.save_to.exists()


def test_a_selection_longer_than_a_highlight_can_be_is_not_marked(
        qtbot, make_window, tmp_path):
    """Ensure marking more than 10,000 characters is refused when marking, with the reason,
    and a passage of exactly 10,000 is marked."""
    from annotator.bundled import first_exercise
    from annotator.core.limits import TEXT_MAX
    from annotator.core.model import Article, Block
    from annotator.xmlio.readers import read_exercise
    from annotator.xmlio.writers import save

    bundled = read_exercise(first_exercise()).document
    long_text = ("palabra " * 1400).strip()
    exercise = bundled.model_copy(update={
        "id": "largo", "key": None,
        "article": Article(blocks=[Block(kind="paragraph", text=long_text)])})
    path = tmp_path / "largo.exercise.xml"
    save(exercise, path)
    window = make_window(path)
    window.view.select_offsets(0, TEXT_MAX + 7)  # ends on a word: "palabra" is 7 + 1 long
    assert window.mark("claim") is None
    assert len(window.session) == 0
    assert f"at most {integer(TEXT_MAX)} characters" in window.statusBar().currentMessage()
    window.view.select_offsets(0, TEXT_MAX - 1)
    assert window.mark("claim") is not None


def test_the_trainee_dialog_refuses_a_name_longer_than_the_file_holds(qtbot):
    """Ensure a pasted name past 10,000 characters is refused whole, with the reason shown."""
    from annotator.core.limits import TEXT_MAX
    from annotator.gui.trainee_dialog import TraineeDialog

    dialog = TraineeDialog(None, "Ejercicio")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert("Ana")
    dialog.name.insert("x" * TEXT_MAX)
    assert dialog.name.text() == "Ana"
    assert dialog.limit_note.isVisibleTo(dialog) and "Not added" in dialog.limit_note.text()


# A teacher's script in another process: adds a highlight to the trainee's saved file.
REWRITER = """
import sys
from annotator.core.model import Annotation
from annotator.xmlio.readers import read_submission
from annotator.xmlio.writers import save
path = sys.argv[1]
document = read_submission(path).document
added = Annotation(id="teacher1", category="claim", start=0, end=5, quote="Putin")
save(document.model_copy(update={"annotations": [*document.annotations, added]}), path)
"""


def rewrite_in_another_process(path) -> bytes:
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", REWRITER, str(path)], check=True, timeout=120)
    return path.read_bytes()


def saved_then_changed(qtbot, window, prompts, tmp_path):
    """The trainee saves, a script rewrites the file, the trainee marks more."""
    target = tmp_path / "mine.submission.xml"
    prompts.save_to = target
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    assert window.save_as()
    theirs = rewrite_in_another_process(target)
    mark(qtbot, window, "señaló el Kremlin", Qt.Key_2)
    return target, theirs


def conflict_copies(folder):
    return sorted(folder.glob("mine.submission.conflict-*.xml"))


def test_saving_over_a_file_changed_on_disk_asks_and_cancel_writes_nothing(
        qtbot, window, prompts, tmp_path):
    """Ensure Ctrl+S over a file another process rewrote asks first, and Cancel leaves
    their file and our work as they are."""
    target, theirs = saved_then_changed(qtbot, window, prompts, tmp_path)
    qtbot.keyClick(window.view, Qt.Key_S, Qt.ControlModifier)
    assert prompts.kinds()[-1] == "changed"
    assert target.read_bytes() == theirs
    assert window.isWindowModified() and len(window.session) == 2
    assert conflict_copies(tmp_path) == []


def test_keep_mine_saves_ours_and_keeps_theirs_as_a_conflict_copy(
        qtbot, window, prompts, tmp_path):
    from annotator.xmlio.readers import read_submission

    target, theirs = saved_then_changed(qtbot, window, prompts, tmp_path)
    prompts.changed = "mine"
    assert window.save()
    (copy,) = conflict_copies(tmp_path)
    assert copy.read_bytes() == theirs
    assert len(read_submission(target).document.annotations) == 2
    assert copy.name in window.statusBar().currentMessage()
    mark(qtbot, window, "Kim Jong-un", Qt.Key_1)
    assert window.save()  # no change on disk since our save: no question
    assert prompts.kinds().count("changed") == 1


def test_keep_theirs_shows_the_version_on_disk_and_keeps_ours_as_a_conflict_copy(
        qtbot, window, prompts, tmp_path):
    from annotator.xmlio.readers import read_submission

    target, theirs = saved_then_changed(qtbot, window, prompts, tmp_path)
    prompts.changed = "theirs"
    assert window.save()
    assert target.read_bytes() == theirs
    assert sorted(a.id for a in window.session.annotations) == sorted(
        a.id for a in read_submission(target).document.annotations)
    assert not window.isWindowModified()
    (copy,) = conflict_copies(tmp_path)
    ours = read_submission(copy).document
    assert sorted(a.quote for a in ours.annotations) == ["indicó el Kremlin", "señaló el Kremlin"]


def test_save_as_leaves_theirs_and_writes_ours_elsewhere(qtbot, window, prompts, tmp_path):
    target, theirs = saved_then_changed(qtbot, window, prompts, tmp_path)
    prompts.changed = "save_as"
    prompts.save_to = tmp_path / "copia.submission.xml"
    assert window.save()
    assert target.read_bytes() == theirs
    assert prompts.save_to.exists() and window.document_path == prompts.save_to


def test_a_file_only_touched_on_disk_is_saved_without_a_question(
        qtbot, window, prompts, tmp_path):
    target = tmp_path / "mine.submission.xml"
    prompts.save_to = target
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    assert window.save_as()
    later = time.time() + 60
    os.utime(target, (later, later))
    mark(qtbot, window, "señaló el Kremlin", Qt.Key_2)
    assert window.save()
    assert "changed" not in prompts.kinds()
