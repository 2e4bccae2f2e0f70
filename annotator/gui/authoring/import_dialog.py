"""Where a new exercise starts: pasted text, a .txt or .html file, or a copy of an exercise.

Pasting is the quickest way (copy the article in the browser, paste here),
so the dialog opens on a paste box; the other sources are one button away.
The dialog only says where the article comes from: reading and cleaning it
is the window's job, through the same core importers the command line uses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from annotator.gui.authoring.new_source import NewSource

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class NewExerciseDialog(QDialog):
    def __init__(self, prompts, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("newExerciseDialog")
        self.setWindowTitle(translate("NewExerciseDialog", "New exercise"))
        self.prompts = prompts
        self._source: NewSource | None = None
        intro = QLabel(
            translate(
                "NewExerciseDialog",
                "Paste the article below: one block per line (headline first, then the "
                "standfirst, then paragraphs). You can fix kinds and lines afterwards.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.paste = QPlainTextEdit(self)
        self.paste.setObjectName("pasteBox")
        self.paste.setPlaceholderText(translate("NewExerciseDialog", "Paste the article here"))
        self.paste.setTabChangesFocus(True)
        paste_label = QLabel(translate("NewExerciseDialog", "&Article text:"), self)
        paste_label.setBuddy(self.paste)
        buttons = QDialogButtonBox(self)
        self.create = buttons.addButton(
            translate("NewExerciseDialog", "&Create from this text"), QDialogButtonBox.AcceptRole
        )
        self.create.setDefault(True)
        self.from_file = QPushButton(translate("NewExerciseDialog", "From a &file (.html, .txt)…"))
        self.from_file.setToolTip(
            translate(
                "NewExerciseDialog",
                "A web page saved from the browser (Save page as…) or a plain-text file",
            )
        )
        self.copy = QPushButton(translate("NewExerciseDialog", "Co&py an exercise…"))
        self.copy.setToolTip(
            translate("NewExerciseDialog", "Start from an existing exercise, with its key")
        )
        buttons.addButton(self.from_file, QDialogButtonBox.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ActionRole)
        buttons.addButton(QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept_paste)
        buttons.rejected.connect(self.reject)
        self.from_file.clicked.connect(lambda: self._choose("file", "article"))
        self.copy.clicked.connect(lambda: self._choose("copy", "exercise"))
        self.paste.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(paste_label)
        layout.addWidget(self.paste, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self._update()

    def _update(self) -> None:
        self.create.setEnabled(bool(self.paste.toPlainText().strip()))

    def _accept_paste(self) -> None:
        if self.paste.toPlainText().strip():
            self._source = NewSource("paste", text=self.paste.toPlainText())
            self.accept()

    def _choose(self, kind: str, file_kind: str) -> None:
        from pathlib import Path

        folder = Path(QStandardPaths.writableLocation(QStandardPaths.DownloadLocation))
        path = self.prompts.open_path(self, folder, file_kind)
        if path is not None:
            self._source = NewSource(kind, path=path)
            self.accept()

    def source(self) -> NewSource | None:
        return self._source
