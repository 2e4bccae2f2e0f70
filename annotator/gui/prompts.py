"""Every question the window asks the user, behind one small interface.

The main window never builds a dialog itself: it asks its ``prompts``. The
app passes :class:`DialogPrompts` (real dialogs); a test passes an object
with the same methods and scripted answers, so the window under test is the
production window, not a variant with hooks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget  # the dialogs' classes load when a dialog opens

if TYPE_CHECKING:
    from annotator.core.model import Trainee
    from annotator.services.journal_entry import JournalEntry

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

UnsavedAnswer = Literal["save", "discard", "cancel"]
ChangedAnswer = Literal["theirs", "mine", "save_as"]
InUseAnswer = Literal["read_only", "copy"]
FILE_FILTER = QT_TRANSLATE_NOOP(
    "Prompts", "Exercises and submissions (*.exercise.xml *.submission.xml);;All files (*)"
)


def ask_save_discard_cancel(parent: QWidget, title: str, question: str) -> UnsavedAnswer:
    """Save, Discard or Cancel, Save the default: the question before closing unsaved work."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
        QMessageBox.Save,
    )
    return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")


def ask_file_changed(parent: QWidget, path: Path) -> ChangedAnswer | None:
    """Keep theirs, keep mine or save as, for a file another program changed on disk."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(translate("Prompts", "Changed on disk"))
    box.setText(translate(
        "Prompts", "%1 was changed by another program since you opened or saved it.")
        .replace("%1", path.name))
    box.setInformativeText(translate(
        "Prompts", "Keep theirs: show the version on disk (yours is kept beside it as a "
        "conflict copy). Keep mine: save yours (theirs is kept as the conflict copy). "
        "Save as: save yours under another name. Nothing is merged."))
    theirs = box.addButton(translate("Prompts", "Keep &theirs"), QMessageBox.AcceptRole)
    mine = box.addButton(translate("Prompts", "Keep &mine"), QMessageBox.AcceptRole)
    other = box.addButton(translate("Prompts", "Save &as…"), QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(other)
    box.exec()
    clicked = box.clickedButton()
    return ("theirs" if clicked is theirs else "mine" if clicked is mine
            else "save_as" if clicked is other else None)


class Prompts(Protocol):
    def confirm_trainee(
        self, parent: QWidget, suggested: Trainee | None, exercise_title: str
    ) -> Trainee | None: ...
    def offer_recovery(self, parent: QWidget, entry: JournalEntry) -> bool: ...
    def ask_unsaved(self, parent: QWidget) -> UnsavedAnswer: ...
    def open_path(self, parent: QWidget, folder: Path) -> Path | None: ...
    def save_path(
        self, parent: QWidget, suggested: Path, title: str | None = None
    ) -> Path | None: ...
    def locate_exercise(self, parent: QWidget, exercise_id: str, folder: Path) -> Path | None: ...
    def error(self, parent: QWidget, title: str, message: str) -> None: ...
    def file_changed(self, parent: QWidget, path: Path) -> ChangedAnswer | None: ...
    def work_in_use(self, parent: QWidget, holder: str) -> InUseAnswer | None: ...

    def confirm_hand_in(self, parent: QWidget, count: int, attempt: int) -> bool: ...
    def release_code(self, parent: QWidget) -> str | None: ...
    def open_key_path(self, parent: QWidget, folder: Path) -> Path | None: ...


class DialogPrompts:
    """The real dialogs."""

    def confirm_trainee(self, parent, suggested, exercise_title):
        from PySide6.QtWidgets import QDialog

        from annotator.gui.trainee_dialog import TraineeDialog  # only when asked

        dialog = TraineeDialog(suggested, exercise_title, parent)
        return dialog.trainee() if dialog.exec() == QDialog.Accepted else None

    def offer_recovery(self, parent, entry):
        from PySide6.QtWidgets import QMessageBox

        count = len(entry.annotations)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(translate("Prompts", "Unsaved work found"))
        box.setText(
            translate(
                "Prompts", "Your work on “%1” was not saved when annotator last closed."
            ).replace("%1", entry.exercise_title or entry.exercise_id)
        )
        box.setInformativeText(
            translate(
                "Prompts",
                "%n highlights, kept at %2. Restore them? Discard deletes them for good.",
                "",
                count,
            ).replace("%2", entry.written_at[:19].replace("T", " "))
        )
        restore = box.addButton(translate("Prompts", "&Restore"), QMessageBox.AcceptRole)
        box.addButton(translate("Prompts", "&Discard"), QMessageBox.DestructiveRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def ask_unsaved(self, parent):
        return ask_save_discard_cancel(
            parent,
            translate("Prompts", "Unsaved highlights"),
            translate(
                "Prompts",
                "Your highlights have changed since they were last saved. Save them first?",
            ),
        )

    def open_path(self, parent, folder):
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent, translate("Prompts", "Open"), str(folder), translate("Prompts", FILE_FILTER)
        )
        return Path(path) if path else None

    def save_path(self, parent, suggested, title=None):
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            parent,
            title or translate("Prompts", "Save highlights"),
            str(suggested),
            translate("Prompts", "Submissions (*.submission.xml)"),
        )
        if not path:
            return None
        if not path.endswith(".submission.xml"):
            path = path.removesuffix(".xml") + ".submission.xml"
        return Path(path)

    def locate_exercise(self, parent, exercise_id, folder):
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        QMessageBox.information(
            parent,
            translate("Prompts", "Which exercise?"),
            translate(
                "Prompts",
                "This submission was made for the exercise “%1”, which is not beside it. "
                "Please choose that exercise file.",
            ).replace("%1", exercise_id),
        )
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("Prompts", "Choose the exercise"),
            str(folder),
            translate("Prompts", "Exercises (*.exercise.xml)"),
        )
        return Path(path) if path else None

    def error(self, parent, title, message):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, message)

    def file_changed(self, parent, path):
        return ask_file_changed(parent, path)

    def work_in_use(self, parent, holder):
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Information)
        box.setWindowTitle(translate("Prompts", "Open in another window"))
        box.setText(translate("Prompts", "This work is open in %1.").replace("%1", holder))
        box.setInformativeText(translate(
            "Prompts", "Two windows saving the same work would overwrite each other. Open it "
            "read-only here, or as a copy that you save under another name."))
        read_only = box.addButton(translate("Prompts", "Open &read-only"), QMessageBox.AcceptRole)
        copy = box.addButton(translate("Prompts", "Work on a &copy"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        return "read_only" if clicked is read_only else "copy" if clicked is copy else None

    def confirm_hand_in(self, parent, count, attempt):
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(translate("Prompts", "Hand in"))
        box.setText(translate("Prompts", "Hand in %n highlights as attempt %1?", "", count)
                    .replace("%1", str(attempt)))
        box.setInformativeText(translate(
            "Prompts", "Your work is saved and this attempt is kept as it is now. You can go "
                       "on revising and hand in again."))
        hand_in = box.addButton(translate("Prompts", "&Hand in"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(hand_in)
        box.exec()
        return box.clickedButton() is hand_in

    def release_code(self, parent):
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getText(
            parent, translate("Prompts", "Unlock the key"),
            translate("Prompts", "The code your instructor gave you (four words, for example "
                                 "luna-campo-verde-salto):"),
        )
        return text if accepted else None

    def open_key_path(self, parent, folder):
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent, translate("Prompts", "Open the released key"), str(folder),
            translate("Prompts", "Keys (*.key.xml);;All files (*)"),
        )
        return Path(path) if path else None


class NoPrompts:
    """Asks nothing (screenshots, scripts): every question gets the cautious answer."""

    def confirm_trainee(self, parent, suggested, exercise_title):
        return suggested

    def offer_recovery(self, parent, entry):
        return False

    def ask_unsaved(self, parent):
        return "cancel"

    def open_path(self, parent, folder):
        return None

    def save_path(self, parent, suggested, title=None):
        return None

    def locate_exercise(self, parent, exercise_id, folder):
        return None

    def file_changed(self, parent, path):
        return None  # never overwrite another program's version unasked

    def work_in_use(self, parent, holder):
        return "read_only"  # a screenshot or a script only looks

    def error(self, parent, title, message):
        import sys

        print(f"annotator: {message}", file=sys.stderr)

    def confirm_hand_in(self, parent, count, attempt):
        return False

    def release_code(self, parent):
        return None

    def open_key_path(self, parent, folder):
        return None
