"""The small chooser that opens beside a new highlight: judge it now, or skip (scoring.md §10).

After a passage is marked as a category that asks questions (the kind of
source of an attribution, whether a claim can be checked), a list of the
answers opens beside it. Fully keyboard-driven: a value's number or first
letter picks it (the same letter again moves to the next value starting
with it), Enter confirms, Esc skips; a click on a value chooses it. Several
questions come one after another. Answers go through the window's undo
stack like every edit; skipping leaves the highlight unanswered, and the
panel lets the trainee answer later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.core.features import value_for_key

if TYPE_CHECKING:
    from annotator.core.model import Annotation, Feature

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

Choose = Callable[[str, str, str], None]  # annotation id, feature id, value id


class FeatureChooser(QFrame):
    """A list of one feature's values, shown beside a highlight until answered or skipped."""

    finished = Signal()  # every question answered or skipped: focus may go back

    def __init__(self, parent: QWidget, choose: Choose, language: str) -> None:
        super().__init__(parent)
        self.setObjectName("featureChooser")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self._choose = choose
        self.language = language
        self.question = QLabel(self)
        self.question.setObjectName("featureQuestion")
        self.question.setWordWrap(True)
        self.values = QListWidget(self)
        self.values.setObjectName("featureValues")
        self.values.installEventFilter(self)
        self.values.itemClicked.connect(lambda item: self._confirm())
        self.hint = QLabel(self)
        self.hint.setObjectName("featureHint")
        self.hint.setWordWrap(True)
        self.hint.setText(translate(
            "FeatureChooser", "Number or first letter, then Enter. Esc: answer later."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.question)
        layout.addWidget(self.values)
        layout.addWidget(self.hint)
        self.setFixedWidth(300)
        self.annotation: Annotation | None = None
        self._queue: list[Feature] = []
        self._listed: list[tuple[str, str, str]] = []  # (value id, text, tip) in the list
        self.feature: Feature | None = None
        self._below, self._above = QPoint(), None
        self.hide()

    # ------------------------------------------------------------ asking

    def ask(self, annotation: Annotation, features: list[Feature], below: QPoint,
            above: QPoint | None = None) -> bool:
        """Ask the choice features of a new highlight; False when there is nothing to ask.

        ``below`` is where the chooser goes under the highlight's end; ``above``
        (its top) is used when there is no room below, so it never covers the line.
        """
        self._queue = [f for f in features if f.kind == "choice" and f.values]
        if not self._queue:
            return False
        self.annotation = annotation
        self._below, self._above = below, above
        self._next()
        return True

    def _next(self) -> None:
        if not self._queue:
            self._close()
            return
        self.feature = feature = self._queue.pop(0)
        quote = " ".join(self.annotation.quote.split())
        if len(quote) > 40:
            quote = quote[:39] + "…"
        label = feature.label(self.language)
        self.question.setText(f"<b>{_escape(label)}</b><br>«{_escape(quote)}»")
        self._list_values(feature)
        self.values.setAccessibleName(
            translate("FeatureChooser", "%1 for “%2”").replace("%1", label).replace("%2", quote))
        self.values.setAccessibleDescription(feature.description(self.language))
        given = self.annotation.features.get(feature.id)
        rows = [value_id for value_id, _, _ in self._listed]
        self.values.setCurrentRow(-1)  # nothing picked yet, as in a list just filled
        self.values.clearSelection()
        if given in rows:
            self.values.setCurrentRow(rows.index(given))
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self.values.executeDelayedItemsLayout()  # the list joins the chooser's first paint
        self.values.setFocus()

    def _list_values(self, feature: Feature) -> None:
        """Fill the list with a feature's values, unless it holds them already.

        Highlight after highlight of one category asks the same question:
        the list is kept, not emptied and filled again (and laid out again)
        at every highlight marked.
        """
        listed = [(value.id, f"{number}  {value.label(self.language)}",
                   value.description(self.language))
                  for number, value in enumerate(feature.values, start=1)]
        if listed == self._listed:
            return
        self._listed = listed
        self.values.clear()
        for value_id, text, tip in listed:
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, value_id)
            item.setToolTip(tip)
            self.values.addItem(item)
        self.values.setFixedHeight(
            self.values.sizeHintForRow(0) * self.values.count() + 2 * self.values.frameWidth())

    def _place(self) -> None:
        parent = self.parentWidget()
        height = self.sizeHint().height()
        x = min(max(0, self._below.x()), max(0, parent.width() - self.width()))
        y = self._below.y()
        if y + height > parent.height() and self._above is not None:
            y = self._above.y() - height
        self.move(x, max(0, min(y, parent.height() - height)))

    # ------------------------------------------------------------ answering

    def current_value(self) -> str | None:
        """The value picked (selected), if any: Enter with none picked answers nothing."""
        items = self.values.selectedItems()
        return items[0].data(Qt.UserRole) if items else None

    def _confirm(self) -> None:
        value = self.current_value()
        if value is not None and self.annotation is not None and self.feature is not None:
            self._choose(self.annotation.id, self.feature.id, value)
        self._next()

    def skip(self) -> None:
        """Esc: leave every remaining question for later."""
        self._queue = []
        self._close()

    def _close(self) -> None:
        self.dismiss()
        self.finished.emit()

    def dismiss(self) -> None:
        """Close without a word: the trainee went elsewhere (clicked, edited a note)."""
        self._queue = []
        self.hide()
        self.annotation = self.feature = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.values and event.type() == QEvent.FocusOut and self.isVisible():
            reason = event.reason()
            if reason not in (Qt.PopupFocusReason, Qt.ActiveWindowFocusReason):
                self.dismiss()  # focus went to another part of the window: answer later
        if watched is self.values and event.type() == QEvent.ShortcutOverride:
            text = event.text()
            if event.key() == Qt.Key_Escape or (text and text.isprintable()
                                                and not text.isspace()):
                event.accept()  # a number or letter answers here; it is not a category key
                return True
        if watched is self.values and event.type() == QEvent.KeyPress:
            key = event.key()
            if key in (Qt.Key_Return, Qt.Key_Enter):
                self._confirm()
                return True
            if key == Qt.Key_Escape:
                self.skip()
                return True
            text = event.text()
            if self.feature is not None and text and text.isprintable() and not text.isspace():
                value = value_for_key(self.feature, text, self.language, self.current_value())
                if value is not None:
                    rows = [self.values.item(r).data(Qt.UserRole)
                            for r in range(self.values.count())]
                    self.values.setCurrentRow(rows.index(value))
                return True  # a letter that matches nothing is not passed on to the article
        return super().eventFilter(watched, event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
