"""Highlights in words, for screen readers (the trainee's, and the expert's key while authoring).

Marking, deleting, changing, undoing and redoing a highlight are spoken as
they happen ("Highlight added: Claim: «…»", "Undone: highlight removed:
…"); the caret entering a highlight speaks it ("Claim: «…», note: …") unless
the trainee turned that off in Settings; Ctrl+I in the article says it
again on demand; and the article's accessible
description always names the highlights under the caret, the text
attribute a reader can ask for again.

The session's changes say what changed; the undo stack's index says whether
it was a new step, an undo or a redo. Changes are gathered while a command
runs and spoken once the stack has moved, as one sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from annotator.gui.accessibility import announce

if TYPE_CHECKING:
    from annotator.core.model import Span
    from annotator.core.session import Change
    from annotator.core.span_list import OrderedSpans
    from annotator.gui.commands import UndoStack

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

SAY_KEY = "Ctrl+I"  # "what is here?" in the article
MAX_QUOTE = 120  # characters of a quote read out; the article holds it whole


def spoken_quote(quote: str, limit: int = MAX_QUOTE) -> str:
    flat = " ".join(quote.split())
    return f"«{flat if len(flat) <= limit else flat[: limit - 1] + '…'}»"


def describe(span: Span, label: str) -> str:
    """One highlight in words: "Claim: «…», note: …" (a key span has no note)."""
    text = translate("Speech", "%1: %2").replace("%1", label).replace(
        "%2", spoken_quote(span.quote))
    note = getattr(span, "note", None)
    if note:
        text += translate("Speech", ", note: %1").replace("%1", note)
    return text


def describe_all(annotations: Sequence[Span], label: Callable[[str], str]) -> str:
    """The highlights at one place, shortest first; empty when there are none."""
    return "; ".join(describe(a, label(a.category)) for a in annotations)


class HighlightSpeech(QObject):
    """Speaks one window's highlight changes and the highlight under its caret.

    The workspace follows the trainee's session, the authoring window the
    expert's key: both are ordered span stores that report their changes.
    """

    def __init__(self, view, undo_stack: UndoStack,
                 caret_wanted: Callable[[], bool], parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.undo_stack = undo_stack
        self.caret_wanted = caret_wanted
        self.session: OrderedSpans | None = None  # a trainee's session or an expert's key
        self.labels: dict[str, str] = {}
        self._pending: list[Change] = []
        self._index = undo_stack.index()
        self._under_caret: tuple[str, ...] = ()
        self._flush_timer = QTimer(self)  # changes made outside the undo stack
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(lambda: self._speak_changes(""))
        undo_stack.indexChanged.connect(self._on_index_changed)
        view.caret_moved.connect(self.caret_at)
        self.say_action = QAction(translate("Speech", "Say the highlight here"), view)
        self.say_action.setShortcut(QKeySequence(SAY_KEY))
        self.say_action.setShortcutContext(Qt.WidgetShortcut)  # the article's key only
        self.say_action.setToolTip(translate(
            "Speech", "A screen reader says the highlights where the caret is, or that there "
                      "are none (%1)").replace("%1", SAY_KEY))
        self.say_action.triggered.connect(self.say_here)
        view.addAction(self.say_action)

    def follow(self, session: OrderedSpans | None, labels: dict[str, str]) -> None:
        """Speak about this session from now on (another file was opened)."""
        if self.session is not None:
            self.session.unsubscribe(self._on_changed)
        self.session, self.labels = session, dict(labels)
        self._pending.clear()
        self._under_caret = ()
        self._index = self.undo_stack.index()
        self.view.setAccessibleDescription("")
        if session is not None:
            session.subscribe(self._on_changed)

    def label(self, category_id: str) -> str:
        return self.labels.get(category_id, category_id)

    # ------------------------------------------------------------ changes

    def _on_changed(self, change: Change) -> None:
        self._pending.append(change)
        self._flush_timer.start()

    def _on_index_changed(self, index: int) -> None:
        try:
            self._on_stack_moved(index)
        except RuntimeError:  # the window is closing: the stack empties itself as it goes
            pass

    def _on_stack_moved(self, index: int) -> None:
        before, self._index = self._index, index
        if index < before:
            prefix = translate("Speech", "Undone: %1")
        elif not self.undo_stack.pushing:  # forward, and no new edit: a redo
            prefix = translate("Speech", "Redone: %1")
        else:
            prefix = "%1"
        self._speak_changes(prefix)

    def _speak_changes(self, prefix: str) -> None:
        self._flush_timer.stop()
        changes, self._pending = self._pending, []
        sentence = self.sentence(changes)
        if sentence:
            announce(self.view, (prefix or "%1").replace("%1", sentence))
        self._under_caret = ()  # the caret's highlight may have changed under it
        self._update_description()

    def sentence(self, changes: Sequence[Change]) -> str:
        """What a group of changes did, in one sentence."""
        changes = [c for c in changes if c.kind in ("added", "removed", "updated")]
        if not changes:
            return ""
        if len(changes) > 1:
            kinds = {c.kind for c in changes}
            count = len(changes)
            if kinds == {"added"}:
                return translate("Speech", "%n highlights added", "", count).replace(
                    "%n", str(count))
            if kinds == {"removed"}:
                return translate("Speech", "%n highlights removed", "", count).replace(
                    "%n", str(count))
            return translate("Speech", "%n highlights changed", "", count).replace(
                "%n", str(count))
        change = changes[0]
        words = describe(change.annotation, self.label(change.annotation.category))
        if change.kind == "added":
            return translate("Speech", "Highlight added: %1").replace("%1", words)
        if change.kind == "removed":
            return translate("Speech", "Highlight removed: %1").replace("%1", words)
        previous = change.previous
        if previous is not None and previous.category != change.annotation.category:
            return translate("Speech", "Category changed: %1").replace("%1", words)
        return translate("Speech", "Note changed: %1").replace("%1", words)

    # -------------------------------------------------------------- caret

    def caret_at(self, offset: int) -> None:
        """The caret moved: name the highlights it is in; speak them when it entered new ones."""
        if self.session is None:
            return
        here = self.session.at_offset(offset)
        ids = tuple(a.id for a in here)
        if ids == self._under_caret:
            return
        self._under_caret = ids
        words = describe_all(here, self.label)
        self.view.setAccessibleDescription(words)
        if words and self.caret_wanted():
            announce(self.view, words)

    def say_here(self) -> str:
        """Speak the highlights at the caret now (whatever the caret setting); returns it."""
        if self.session is None or self.view.offset_map is None:
            return ""
        here = self.session.at_offset(self.view.caret_offset())
        words = describe_all(here, self.label) or translate("Speech", "No highlight here")
        announce(self.view, words)
        return words

    def _update_description(self) -> None:
        if self.session is None or self.view.offset_map is None:
            return
        offset = self.view.caret_offset()
        here = self.session.at_offset(offset)
        self._under_caret = tuple(a.id for a in here)
        self.view.setAccessibleDescription(describe_all(here, self.label))
