"""Ways into the class window: the trainee window's File menu, the command line, the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from annotator.cli import main
from annotator.gui.classroom.open_dialog import OpenClassDialog


def test_file_menu_grade_a_class_opens_the_class_window_with_this_exercise(
    qtbot, window, class_prompts, monkeypatch, class_folder
):
    """Ensure Ctrl+Shift+G in the trainee window opens a class window that offers the open
    exercise as the key and grades the chosen class."""
    import annotator.gui.classroom.window as class_window

    class_prompts.class_answer = (window.exercise_path, [class_folder])
    monkeypatch.setattr(class_window, "DialogClassPrompts", lambda: class_prompts)
    assert window.grade_class_action.shortcut().toString() == "Ctrl+Shift+G"
    window.grade_class_action.trigger()
    (opened,) = window._class_windows
    qtbot.addWidget(opened)
    assert class_prompts.asked[0][:2] == ("class", window.exercise_path)
    qtbot.waitUntil(lambda: opened.result is not None, timeout=20000)
    assert opened.gradebook.model.rowCount() == 12


def test_command_line_screenshots_of_the_gradebook_and_the_overview(
    qapp, tmp_path, key_path, class_folder
):
    """Ensure `annotator --class KEY FOLDER --screenshot OUT` writes a picture of each page."""
    for page in ("gradebook", "overview"):
        out = tmp_path / f"{page}.png"
        status = main(["--class", str(key_path), str(class_folder), "--screenshot", str(out),
                       "--class-page", page, "--language", "en"])
        assert status == 0
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1280, 800)


def test_command_line_with_a_bad_key_says_so_and_fails(qapp, tmp_path, class_folder, capsys):
    """Ensure a submission given as the key costs one line on stderr and exit status 1."""
    status = main(["--class", str(class_folder / "0001-ana.submission.xml"), str(class_folder),
                   "--screenshot", str(tmp_path / "x.png"), "--language", "en"])
    assert status == 1
    assert "not an exercise or key file" in capsys.readouterr().err


def test_the_open_dialog_needs_a_key_and_some_submissions(qtbot, key_path, class_folder):
    """Ensure Grade is enabled only with a key and at least one source, and Delete removes
    an entry from the list."""
    dialog = OpenClassDialog(None, class_folder)
    qtbot.addWidget(dialog)
    assert not dialog.grade_button.isEnabled()
    dialog.key_edit.setText(str(key_path))
    assert not dialog.grade_button.isEnabled()
    files = [class_folder / "0001-ana.submission.xml", class_folder]
    dialog.add_sources(files + [class_folder])  # the folder again is not added twice
    assert dialog.sources() == files and dialog.grade_button.isEnabled()
    assert dialog.key_path() == Path(key_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.list.setCurrentRow(0)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key_Delete)
    assert dialog.sources() == [class_folder]
