"""Every question the class window asks, behind one small interface (as gui/prompts.py).

The window never builds a dialog itself; tests pass an object with the same
methods and scripted answers, so they drive the production window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class ClassPrompts(Protocol):
    def choose_class(
        self, parent: QWidget, key: Path | None, folder: Path
    ) -> tuple[Path, list[Path]] | None: ...
    def save_file(self, parent: QWidget, suggested: Path, kind: str) -> Path | None: ...
    def choose_folder(self, parent: QWidget, suggested: Path) -> Path | None: ...
    def error(self, parent: QWidget, title: str, message: str) -> None: ...
    def decision(
        self, parent: QWidget, title: str, warning: str | None, name: str
    ) -> tuple[str, str] | None: ...
    def accept_for_class(
        self, parent: QWidget, quote: str, items: list[tuple[str, str]]
    ) -> tuple[str | None, str] | None: ...
    def inform(self, parent: QWidget, title: str, message: str) -> None: ...
    def release_code(self, parent: QWidget, key: Path) -> str | None: ...


FILTERS = {
    "csv": "CSV (*.csv)",
    "pdf": "PDF (*.pdf)",
}


class DialogClassPrompts:
    """The real dialogs."""

    def choose_class(self, parent, key, folder):
        from annotator.gui.classroom.open_dialog import OpenClassDialog

        dialog = OpenClassDialog(key, folder, parent)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.key_path(), dialog.sources()

    def save_file(self, parent, suggested, kind):
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("ClassPrompts", "Export"), str(suggested),
            translate("ClassPrompts", FILTERS.get(kind, "")))
        return Path(path) if path else None

    def choose_folder(self, parent, suggested):
        path = QFileDialog.getExistingDirectory(
            parent, translate("ClassPrompts", "Choose a folder to write into"), str(suggested))
        return Path(path) if path else None

    def error(self, parent, title, message):
        QMessageBox.warning(parent, title, message)

    def decision(self, parent, title, warning, name):
        from annotator.gui.classroom.decision_dialog import DecisionDialog

        dialog = DecisionDialog(title, warning, name, parent)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.answer()

    def accept_for_class(self, parent, quote, items):
        from annotator.gui.classroom.accept_dialog import AcceptDialog

        dialog = AcceptDialog(quote, items, parent)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.answer()

    def inform(self, parent, title, message):
        QMessageBox.information(parent, title, message)

    def release_code(self, parent, key):
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getText(
            parent, translate("ClassPrompts", "Open the sealed key"),
            translate("ClassPrompts", "%1 is a student copy: its key is sealed. Type its "
                      "release code (four words, for example luna-campo-verde-salto):")
            .replace("%1", key.name))
        return text if accepted else None


class NoClassPrompts:
    """Asks nothing (screenshots, scripts): no class, no target, errors on stderr."""

    def release_code(self, parent, key):
        from annotator.core.messages import in_language
        from annotator.services.attempt_reasons import ATTEMPT_REASON

        self.error(parent, "", in_language(ATTEMPT_REASON("needs_code", file=str(key)), "en"))
        return None

    def choose_class(self, parent, key, folder):
        return None

    def save_file(self, parent, suggested, kind):
        return None

    def choose_folder(self, parent, suggested):
        return None

    def error(self, parent, title, message):
        import sys

        print(f"annotator: {message}", file=sys.stderr)

    def decision(self, parent, title, warning, name):
        return None

    def accept_for_class(self, parent, quote, items):
        return None

    def inform(self, parent, title, message):
        pass
