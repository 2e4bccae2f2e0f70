"""Starting, opening, saving and previewing: real files, bad files, unsaved work."""

from __future__ import annotations

import shutil
import threading

from authoring_helpers import annotator, type_into
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.bundled import first_exercise
from annotator.core.authoring import edit_block
from annotator.gui.authoring.import_dialog import NewExerciseDialog
from annotator.gui.authoring.new_source import NewSource
from annotator.gui.authoring.progress import Cancelled, run_busy
from annotator.gui.authoring.prompts import with_suffix
from annotator.xmlio.readers import read_exercise

ARTICLE = "Titular de prueba\nUna entradilla.\n  • Un punto\nEl párrafo dice algo.\n"


def test_the_new_exercise_dialog_takes_pasted_text(qtbot, scripted):
    """Ensure the paste box (accents and all) is what the dialog hands back."""
    dialog = NewExerciseDialog(scripted)
    qtbot.addWidget(dialog)
    assert not dialog.create.isEnabled()
    type_into(dialog.paste, "Titular con ñ")
    assert dialog.create.isEnabled()
    qtbot.mouseClick(dialog.create, Qt.LeftButton)
    assert dialog.source() == NewSource("paste", text="Titular con ñ")


def test_the_new_exercise_dialog_picks_a_file_or_an_exercise_to_copy(qtbot, scripted, page):
    scripted.open_file = page
    dialog = NewExerciseDialog(scripted)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.from_file, Qt.LeftButton)
    assert dialog.source() == NewSource("file", path=page)
    assert scripted.asked[-1] == ("open", "article")


def test_pasted_text_becomes_blocks_with_kinds_and_default_instructions(authoring, scripted):
    window = authoring()
    window.start_from(NewSource("paste", text=ARTICLE))
    draft = window.draft
    assert [(b.kind, b.text) for b in draft.blocks] == [
        ("headline", "Titular de prueba"), ("standfirst", "Una entradilla."),
        ("list-item", "Un punto"), ("paragraph", "El párrafo dice algo."),
    ]
    assert draft.details.id == "titular-de-prueba"
    assert draft.details.instructions == "Mark the claims, the attributions and the framing."
    assert window.windowTitle().startswith("Titular de prueba — not saved yet")


def test_a_bad_page_is_one_line_naming_the_file_and_the_open_draft_stays(
    authoring, scripted, tmp_path
):
    """Ensure bad input costs no work: the open exercise stays, the error names the file."""
    window = authoring()
    window.start_from(NewSource("paste", text=ARTICLE))
    window.run_edit(lambda: edit_block(window.draft, 3, "Cambiado."))
    before = window.draft
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"<html><body><nav>Menu</nav></body></html>")
    scripted.unsaved = "discard"
    assert not window.open_path(empty)
    assert window.draft is before and window.undo_stack.count() == 1
    (error,) = scripted.errors()
    assert error == f"{empty}: no article text found in the page"
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert not window.open_path(binary)
    assert scripted.errors()[-1].startswith(f"{binary}: ")
    assert "\n" not in scripted.errors()[-1]
    broken = tmp_path / "broken.exercise.xml"
    broken.write_text("<exercise", encoding="utf-8")
    assert not window.open_path(broken)
    assert str(broken) in scripted.errors()[-1] and "\n" not in scripted.errors()[-1]
    assert window.draft is before


def test_unsaved_work_is_asked_about_before_a_new_exercise_replaces_it(
    qtbot, authoring, scripted, page
):
    window = authoring()
    window.start_from(NewSource("paste", text=ARTICLE))
    window.view.select_offsets(0, 7)
    qtbot.keyClick(window.view, Qt.Key_1)
    assert window.isWindowModified()
    scripted.source = NewSource("file", path=page)
    scripted.unsaved = "cancel"
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    assert window.draft.blocks[0].text == "Titular de prueba"
    assert "new" not in scripted.kinds()
    scripted.unsaved = "discard"
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    assert window.draft.blocks[0].text.startswith("Council approves")


def test_a_bundled_exercise_is_saved_elsewhere_and_a_bad_id_is_refused_without_loss(
    qtbot, authoring, scripted, tmp_path
):
    window = authoring(first_exercise())
    assert window.path is None  # never written over the copy shipped with the app
    details = window.details_panel
    qtbot.keyClick(window, Qt.Key_4, Qt.ControlModifier)
    details.id_edit.selectAll()
    type_into(details.id_edit, "mi ejercicio")
    qtbot.keyClick(details.id_edit, Qt.Key_Return)
    target = tmp_path / "mine.exercise.xml"
    scripted.save_to = {"exercise": target}
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert not target.exists()
    assert scripted.errors() == [
        "The exercise cannot be written yet: 'mi ejercicio' is not a valid exercise id: use "
        "letters, digits, '-', '_' or '.', starting with a letter"
    ]
    assert window.isWindowModified()
    details.id_edit.selectAll()
    type_into(details.id_edit, "mi-ejercicio")
    qtbot.keyClick(details.id_edit, Qt.Key_Return)
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert read_exercise(target).document.id == "mi-ejercicio"
    assert not window.isWindowModified() and window.path == target
    assert [a[1] for a in scripted.asked if a[0] == "save"] == ["exercise"]  # asked once

    scripted.save_to = {"student": target}
    qtbot.keyClick(window, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    assert "is the exercise itself" in scripted.errors()[-1]
    assert read_exercise(target).document.key is not None


def test_save_failure_keeps_the_work_and_says_so(qtbot, authoring, scripted, tmp_path):
    window = authoring()
    window.start_from(NewSource("paste", text=ARTICLE))
    scripted.save_to = {"exercise": tmp_path / "missing-folder" / "x.exercise.xml"}
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    assert "Nothing is lost" in scripted.errors()[-1]
    assert window.path is None and window.draft.blocks[0].text == "Titular de prueba"


def test_preview_opens_the_trainee_workspace_on_the_exercise_as_it_stands(qtbot, authoring, page):
    window = authoring(page)
    preview = window.preview_as_student()
    qtbot.waitExposed(preview)
    assert preview.session.exercise.article == window.draft.article
    assert preview.session.trainee is None  # nobody's name, nothing kept for recovery
    preview.close()
    qtbot.waitUntil(lambda: not window._previews, timeout=2000)


def test_the_workspace_file_menu_opens_the_authoring_window(
    qtbot, make_window, exercise_path, monkeypatch
):
    """Ensure File > Edit exercise… opens the exercise; New exercise… asks for an article."""
    from annotator.gui import authoring as package
    from annotator.gui.authoring.prompts import DialogPrompts

    asked = []
    monkeypatch.setattr(DialogPrompts, "new_source", lambda self, parent: asked.append(1))

    trainee = make_window(exercise_path)
    qtbot.keyClick(trainee, Qt.Key_I, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: bool(package._OPEN), timeout=2000)
    opened = package._OPEN[-1]
    assert opened.path == exercise_path and len(opened.draft.key) == 32
    opened.close()
    trainee.new_exercise_action.trigger()
    qtbot.waitUntil(lambda: asked == [1], timeout=2000)
    assert package._OPEN[-1].draft is None  # the question was cancelled: an empty window
    package._OPEN[-1].close()


def test_the_command_line_screenshots_the_authoring_window(tmp_path, page):
    out = tmp_path / "authoring.png"
    result = annotator("--author", "--screenshot", str(out), str(page))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = annotator("--author", "--screenshot", str(out), str(tmp_path / "nothing.html"))
    assert bad.returncode == 1 and "nothing.html" in bad.stderr


def test_slow_work_shows_a_progress_dialog_that_can_cancel(qtbot):
    """Ensure work over the delay gets a busy dialog, and Cancel gives control back at once."""
    release = threading.Event()
    QTimer.singleShot(200, lambda: _cancel_busy_dialog())
    try:
        run_busy(None, "Reading…", lambda: release.wait(5), show_after_ms=50)
    except Cancelled:
        pass
    else:
        raise AssertionError("not cancelled")
    finally:
        release.set()
    assert run_busy(None, "Reading…", lambda: 42) == 42


def _cancel_busy_dialog() -> None:
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "busyDialog")
    assert dialog.isVisible()
    dialog.cancel()


def test_chosen_file_names_get_the_double_suffix_of_their_kind(tmp_path):
    assert with_suffix(tmp_path / "x", "student").name == "x.exercise.xml"
    assert with_suffix(tmp_path / "x.xml", "key").name == "x.key.xml"
    assert with_suffix(tmp_path / "x.exercise.xml", "exercise").name == "x.exercise.xml"


def test_an_exercise_copy_gets_a_new_id_and_no_file(authoring, scripted, tmp_path):
    copy = tmp_path / "source.exercise.xml"
    shutil.copyfile(first_exercise(), copy)
    window = authoring()
    window.start_from(NewSource("copy", path=copy))
    assert window.draft.details.id == "putin-kim-alaska-copy" and window.path is None
    assert len(window.draft.key) == 32


def test_every_command_has_a_tooltip_and_the_help_menu_is_there(authoring, page):
    """Ensure each action of the window says what it does (and its key, when it has one)."""
    window = authoring(page)
    actions = [a for a in window.actions() if a.text()]
    assert len(actions) > 25
    for action in actions:
        assert action.toolTip() and action.toolTip() != action.text().replace("&", ""), (
            action.text())
        keys = action.shortcut().toString()
        if keys:
            assert "(" in action.toolTip(), action.text()
    assert window.guide_action in actions and window.settings_action in actions
