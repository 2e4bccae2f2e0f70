"""Undo commands: each wraps one named mutation of the session (or any span store).

A command keeps the values it needs to go both ways (the annotation added,
the one removed, the before and after of a change), so undo and redo call
the same small functions as everything else and listeners see ordinary
changes. The store only needs ``add(span)``, ``remove(id)``,
``update(id, **fields)`` and ``replace_all(spans)``, so an authoring window
can reuse these commands over its key spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from annotator.core.model import Annotation


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _short(quote: str, limit: int = 30) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class UndoStack(QUndoStack):
    """An undo stack that tells a new edit from a redo: ``pushing`` while one goes on.

    Telling them apart by keeping the stack's own commands (``command(i)``)
    is unsafe: the stack deletes them behind Python's back (a new edit drops
    what could be redone; a macro is C++'s own), and a Python handle on a
    deleted command made a later push crash the program.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pushing = False

    def push(self, command: QUndoCommand) -> None:
        self.pushing = True
        try:
            super().push(command)
        finally:
            self.pushing = False

    def endMacro(self) -> None:  # noqa: N802 (Qt naming)
        self.pushing = True  # a macro's edits land on the stack here
        try:
            super().endMacro()
        finally:
            self.pushing = False


class AddSpan(QUndoCommand):
    def __init__(self, store, span: Annotation) -> None:
        super().__init__(translate("commands", "Mark “%1”").replace("%1", _short(span.quote)))
        self.store, self.span = store, span

    def redo(self) -> None:
        self.store.add(self.span)

    def undo(self) -> None:
        self.store.remove(self.span.id)


class RemoveSpan(QUndoCommand):
    def __init__(self, store, span: Annotation) -> None:
        super().__init__(translate("commands", "Delete “%1”").replace("%1", _short(span.quote)))
        self.store, self.span = store, span

    def redo(self) -> None:
        self.store.remove(self.span.id)

    def undo(self) -> None:
        self.store.add(self.span)


class RemoveSpans(QUndoCommand):
    """Several deletions as one undo step.

    The parts are kept here, in Python, not as Qt child commands: a child
    command made in Python with only a Qt parent is freed as soon as Python
    forgets it, and the parent then ran freed memory (deleting several
    highlights at once could crash the program).
    """

    def __init__(self, store, spans: Sequence[Annotation]) -> None:
        count = len(spans)  # a plain variable: lupdate skips a call whose count is a call
        super().__init__(translate("commands", "Delete %n highlights", "", count))
        self.parts = [RemoveSpan(store, span) for span in spans]

    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()


def remove_spans(store, spans: Sequence[Annotation]) -> QUndoCommand:
    """One undo step that deletes one span or several."""
    return RemoveSpan(store, spans[0]) if len(spans) == 1 else RemoveSpans(store, spans)


class ChangeSpan(QUndoCommand):
    """Change a span's category, note and/or feature values (scoring.md §10)."""

    def __init__(self, store, before: Annotation, after: Annotation) -> None:
        if before.category != after.category:
            text = translate("commands", "Change category of “%1”")
        elif before.note != after.note:
            text = translate("commands", "Edit note of “%1”")
        else:
            text = translate("commands", "Change judgement of “%1”")
        super().__init__(text.replace("%1", _short(before.quote)))
        self.store, self.before, self.after = store, before, after

    def _apply(self, span: Annotation) -> None:
        self.store.update(span.id, category=span.category, note=span.note,
                          features=span.features)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class ReplaceSpans(QUndoCommand):
    """Swap every span at once: restoring recovered work is one undoable step."""

    def __init__(
        self,
        store,
        before: Sequence[Annotation],
        after: Sequence[Annotation],
        text: str | None = None,
    ) -> None:
        super().__init__(text or translate("commands", "Restore recovered work"))
        self.store, self.before, self.after = store, list(before), list(after)

    def redo(self) -> None:
        self.store.replace_all(self.after)

    def undo(self) -> None:
        self.store.replace_all(self.before)
