"""Every question the authoring window asks, behind one small interface.

As in the workspace (gui/prompts.py), the window never builds a dialog
itself: the app passes :class:`DialogPrompts`, a test passes scripted
answers, and the window under test is the production window.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from annotator.gui.authoring.new_source import NewSource
from annotator.gui.prompts import ChangedAnswer, ask_file_changed, ask_save_discard_cancel

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

FileKind = Literal["exercise", "article", "student", "sealed", "key"]
UnsavedAnswer = Literal["save", "discard", "cancel"]


def file_filter(kind: FileKind) -> str:
    return {
        "exercise": translate("AuthoringPrompts", "Exercises (*.exercise.xml)"),
        "student": translate("AuthoringPrompts", "Exercises (*.exercise.xml)"),
        "sealed": translate("AuthoringPrompts", "Exercises (*.exercise.xml)"),
        "article": translate(
            "AuthoringPrompts", "Articles: web pages and text (*.html *.htm *.txt);;All files (*)"
        ),
        "key": translate("AuthoringPrompts", "Keys (*.key.xml)"),
    }[kind]


SUFFIXES = {"exercise": ".exercise.xml", "student": ".exercise.xml",
            "sealed": ".exercise.xml", "key": ".key.xml"}


def with_suffix(path: Path, kind: FileKind) -> Path:
    """Give a chosen file name the double suffix its kind needs (x -> x.exercise.xml)."""
    suffix = SUFFIXES.get(kind)
    if suffix is None or path.name.endswith(suffix):
        return path
    return path.with_name(path.name.removesuffix(".xml") + suffix)


class Prompts(Protocol):
    def new_source(self, parent: QWidget) -> NewSource | None: ...
    def open_path(self, parent: QWidget, folder: Path, kind: FileKind) -> Path | None: ...
    def save_path(self, parent: QWidget, suggested: Path, kind: FileKind) -> Path | None: ...
    def confirm(self, parent: QWidget, title: str, message: str, action: str) -> bool: ...
    def ask_unsaved(self, parent: QWidget) -> UnsavedAnswer: ...
    def error(self, parent: QWidget, title: str, message: str) -> None: ...
    def choose_folder(self, parent: QWidget, suggested: Path) -> Path | None: ...
    def file_changed(self, parent: QWidget, path: Path) -> ChangedAnswer | None: ...

    def show_release_code(self, parent: QWidget, code: str, copy_path: Path) -> None: ...


class DialogPrompts:
    """The real dialogs."""

    def new_source(self, parent):
        from annotator.gui.authoring.import_dialog import NewExerciseDialog

        dialog = NewExerciseDialog(self, parent)
        return dialog.source() if dialog.exec() == QDialog.Accepted else None

    def open_path(self, parent, folder, kind):
        title = {
            "exercise": translate("AuthoringPrompts", "Open an exercise"),
            "article": translate("AuthoringPrompts", "Open an article"),
        }.get(kind, translate("AuthoringPrompts", "Open"))
        filters = file_filter(kind)
        if kind == "exercise":  # Open also starts from an article
            filters += ";;" + file_filter("article")
        path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
        return Path(path) if path else None

    def save_path(self, parent, suggested, kind):
        title = {
            "exercise": translate("AuthoringPrompts", "Save the exercise (with its key)"),
            "student": translate("AuthoringPrompts", "Export the student copy (no key)"),
            "sealed": translate("AuthoringPrompts", "Export the sealed student copy"),
            "key": translate("AuthoringPrompts", "Export the key"),
        }[kind]
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter(kind))
        return with_suffix(Path(path), kind) if path else None

    def confirm(self, parent, title, message, action):
        box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.NoButton, parent)
        yes = box.addButton(action, QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def ask_unsaved(self, parent):
        return ask_save_discard_cancel(
            parent,
            translate("AuthoringPrompts", "Unsaved exercise"),
            translate(
                "AuthoringPrompts",
                "This exercise has changed since it was last saved. Save it first?",
            ),
        )

    def error(self, parent, title, message):
        QMessageBox.warning(parent, title, message)

    def choose_folder(self, parent, suggested):
        path = QFileDialog.getExistingDirectory(
            parent, translate("AuthoringPrompts", "Choose a folder to write into"),
            str(suggested))
        return Path(path) if path else None

    def file_changed(self, parent, path):
        return ask_file_changed(parent, path)

    def show_release_code(self, parent, code, copy_path):
        from annotator.gui.authoring.release_code_dialog import ReleaseCodeDialog

        ReleaseCodeDialog(code, copy_path, parent).exec()


class NoPrompts:
    """Asks nothing (screenshots): every question gets the cautious answer."""

    def new_source(self, parent):
        return None

    def open_path(self, parent, folder, kind):
        return None

    def save_path(self, parent, suggested, kind):
        return None

    def confirm(self, parent, title, message, action):
        return False

    def ask_unsaved(self, parent):
        return "discard"  # nothing was typed in a window that was never on screen

    def error(self, parent, title, message):
        print(f"annotator: {message}", file=sys.stderr)

    def choose_folder(self, parent, suggested):
        return None

    def file_changed(self, parent, path):
        return None  # never overwrite another program's version unasked

    def show_release_code(self, parent, code, copy_path):
        print(code)
