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

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.core.model import Annotation

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _short(quote: str, limit: int = 30) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AddSpan(QUndoCommand):
    def __init__(self, store, span: Annotation) -> None:
        super().__init__(translate("commands", "Mark “%1”").replace("%1", _short(span.quote)))
        self.store, self.span = store, span

    def redo(self) -> None:
        self.store.add(self.span)

    def undo(self) -> None:
        self.store.remove(self.span.id)


class RemoveSpan(QUndoCommand):
    def __init__(self, store, span: Annotation, parent: QUndoCommand | None = None) -> None:
        super().__init__(
            translate("commands", "Delete “%1”").replace("%1", _short(span.quote)), parent
        )
        self.store, self.span = store, span

    def redo(self) -> None:
        self.store.remove(self.span.id)

    def undo(self) -> None:
        self.store.add(self.span)


def remove_spans(store, spans: Sequence[Annotation]) -> QUndoCommand:
    """One undo step that deletes several spans."""
    if len(spans) == 1:
        return RemoveSpan(store, spans[0])
    count = len(spans)  # a plain variable: lupdate skips a call whose count is a call
    parent = QUndoCommand(translate("commands", "Delete %n highlights", "", count))
    for span in spans:
        RemoveSpan(store, span, parent)
    return parent


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
