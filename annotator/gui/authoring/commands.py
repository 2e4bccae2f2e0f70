"""Undo commands of the authoring window, each wrapping one change of the draft.

Article and tagset edits are planned by the core (they carry the before and
after of the blocks or categories and of every key span), so one command
class applies any of them both ways. Key spans added or removed use the
workspace's own AddSpan/RemoveSpan commands (gui/commands.py) over the
draft's key store; what is new here is changing a key span's fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.core.authoring import ArticleEdit, Details, Draft, TagsetEdit
from annotator.core.course_authoring import CourseSettings
from annotator.core.model import GradingSettings, KeySpan
from annotator.gui.authoring.widgets import short_quote

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _edit_text(edit: ArticleEdit | TagsetEdit) -> str:
    number = str(edit.index + 1) if isinstance(edit, ArticleEdit) else edit.category_id
    texts = {
        "edit": translate("AuthoringCommands", "Edit block %1"),
        "split": translate("AuthoringCommands", "Split block %1"),
        "merge": translate("AuthoringCommands", "Merge block %1 with the next"),
        "delete": translate("AuthoringCommands", "Delete block %1"),
        "insert": translate("AuthoringCommands", "Insert block %1"),
        "kind": translate("AuthoringCommands", "Change the kind of block %1"),
        "move": translate("AuthoringCommands", "Move block %1"),
        "add": translate("AuthoringCommands", "Add category %1"),
        "remove": translate("AuthoringCommands", "Remove category %1"),
        "rename": translate("AuthoringCommands", "Rename category to %1"),
        "update": translate("AuthoringCommands", "Change category %1"),
    }
    return texts.get(edit.kind, translate("AuthoringCommands", "Change %1")).replace("%1", number)


class ApplyEdit(QUndoCommand):
    """A planned article or tagset edit: redo applies its after, undo its before."""

    def __init__(self, draft: Draft, edit: ArticleEdit | TagsetEdit) -> None:
        super().__init__(_edit_text(edit))
        self.draft, self.edit = draft, edit

    def redo(self) -> None:
        self.draft.apply(self.edit)

    def undo(self) -> None:
        self.draft.apply(self.edit, undo=True)


class SetDetails(QUndoCommand):
    def __init__(self, draft: Draft, before: Details, after: Details) -> None:
        super().__init__(translate("AuthoringCommands", "Edit the exercise details"))
        self.draft, self.before, self.after = draft, before, after

    def redo(self) -> None:
        self.draft.set_details(self.after)

    def undo(self) -> None:
        self.draft.set_details(self.before)


class SetGrading(QUndoCommand):
    def __init__(self, draft: Draft, before: GradingSettings, after: GradingSettings) -> None:
        super().__init__(translate("AuthoringCommands", "Change the grading settings"))
        self.draft, self.before, self.after = draft, before, after

    def redo(self) -> None:
        self.draft.set_grading(self.after)

    def undo(self) -> None:
        self.draft.set_grading(self.before)


class ChangeKeySpan(QUndoCommand):
    """Change a key span's category, required flag, explanations or place (any of them)."""

    def __init__(self, draft: Draft, before: KeySpan, after: KeySpan) -> None:
        if (before.start, before.end, before.orphaned) != (after.start, after.end, after.orphaned):
            text = translate("AuthoringCommands", "Place “%1”")
        elif before.category != after.category:
            text = translate("AuthoringCommands", "Change category of “%1”")
        elif before.required != after.required:
            text = translate("AuthoringCommands", "Make “%1” required or optional")
        elif len(after.alternatives) > len(before.alternatives):
            text = translate("AuthoringCommands", "Add an alternative to “%1”")
        elif len(after.alternatives) < len(before.alternatives):
            text = translate("AuthoringCommands", "Remove an alternative of “%1”")
        elif before.accepted != after.accepted:
            text = translate("AuthoringCommands", "Change the answers accepted for “%1”")
        else:
            text = translate("AuthoringCommands", "Edit explanation of “%1”")
        super().__init__(text.replace("%1", short_quote(before.quote)))
        self.draft, self.before, self.after = draft, before, after

    def redo(self) -> None:
        self.draft.key.put(self.after)

    def undo(self) -> None:
        self.draft.key.put(self.before)


class SetCourse(QUndoCommand):
    """The course metadata, the teacher's notes and the licence, changed together."""

    def __init__(self, draft: Draft, before: CourseSettings, after: CourseSettings) -> None:
        super().__init__(translate("AuthoringCommands", "Change the course and teacher's notes"))
        self.draft, self.before, self.after = draft, before, after

    def redo(self) -> None:
        self.draft.set_course(self.after.course, self.after.notes, self.after.licence)

    def undo(self) -> None:
        self.draft.set_course(self.before.course, self.before.notes, self.before.licence)
