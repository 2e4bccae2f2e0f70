"""Choosing a class: the exercise (or key), and a folder or some submission files.

Submissions come from USB sticks and an LMS download, so the instructor may
need a whole folder plus a few loose files: the list takes both. Nothing is
read here; files that turn out to be bad are listed after grading.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class OpenClassDialog(QDialog):
    """Key file, then the submissions (folders and files); Grade is enabled when both are set."""

    def __init__(self, key: Path | None, folder: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("openClassDialog")
        self.setWindowTitle(translate("OpenClass", "Grade a class"))
        self._folder = folder
        self.key_edit = QLineEdit(str(key) if key else "", self)
        self.key_edit.setPlaceholderText(translate(
            "OpenClass", "the instructor's .exercise.xml (with the key) or a .key.xml"))
        self.key_edit.textChanged.connect(self._update)
        browse = QPushButton(translate("OpenClass", "&Browse…"), self)
        browse.setToolTip(translate("OpenClass", "Choose the exercise or key file (Alt+B)"))
        browse.clicked.connect(self._browse_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(browse)

        self.list = QListWidget(self)
        self.list.setObjectName("classSources")
        self.list.setToolTip(translate("OpenClass", "Folders and files to grade (Delete removes)"))
        add_folder = QPushButton(translate("OpenClass", "Add &folder…"), self)
        add_folder.setToolTip(translate(
            "OpenClass", "Every submission in a folder (not its subfolders) (Alt+F)"))
        add_folder.clicked.connect(self._add_folder)
        add_files = QPushButton(translate("OpenClass", "Add f&iles…"), self)
        add_files.setToolTip(translate("OpenClass", "Some submission files (Alt+I)"))
        add_files.clicked.connect(self._add_files)
        remove = QPushButton(translate("OpenClass", "&Remove"), self)
        remove.setToolTip(translate("OpenClass", "Remove the chosen entry (Delete)"))
        remove.clicked.connect(self._remove)
        QShortcut(QKeySequence.Delete, self.list, activated=self._remove)
        buttons_row = QHBoxLayout()
        for button in (add_folder, add_files, remove):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.grade_button = self.buttons.button(QDialogButtonBox.Ok)
        self.grade_button.setText(translate("OpenClass", "&Grade"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        key_label = QLabel(translate("OpenClass", "&Exercise or key:"), self)
        key_label.setBuddy(self.key_edit)
        form = QFormLayout()
        form.addRow(key_label, key_row)
        list_label = QLabel(translate(
            "OpenClass", "&Submissions (student files are only read, never changed):"), self)
        list_label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self._update()

    def key_path(self) -> Path:
        return Path(self.key_edit.text().strip())

    def sources(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]

    def add_sources(self, paths) -> None:
        known = set(map(str, self.sources()))
        for path in paths:
            if str(path) not in known:
                self.list.addItem(str(path))
                known.add(str(path))
        self._update()

    def _update(self) -> None:
        self.grade_button.setEnabled(bool(self.key_edit.text().strip()) and self.list.count() > 0)

    def _browse_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("OpenClass", "Exercise or key"), str(self._folder),
            translate("OpenClass", "Exercises and keys (*.exercise.xml *.key.xml);;All files (*)"))
        if path:
            self.key_edit.setText(path)
            self._folder = Path(path).parent

    def _add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, translate("OpenClass", "Folder of submissions"), str(self._folder))
        if path:
            self.add_sources([Path(path)])

    def _add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("OpenClass", "Submission files"), str(self._folder),
            translate("OpenClass", "Submissions (*.xml);;All files (*)"))
        self.add_sources(Path(p) for p in paths)

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._update()
