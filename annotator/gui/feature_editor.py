"""Editing a highlight's judgement in the highlights list (scoring.md §10).

One editor per row: a list of answers for each ``choice`` feature of the
highlight's category (with "not answered yet"), and a line for each
``text`` feature with a counter: a text value is capped at 2,000
characters where it is typed (formats.md), and the counter says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QWidget,
)

from annotator.core.limits import MAX_FEATURE_TEXT

if TYPE_CHECKING:
    from annotator.core.model import Feature

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")



def features_for(index) -> tuple[list[Feature], dict[str, str]]:
    """A row's questions and answers, from a model that has ``features_at(row)``."""
    model = index.model()
    finder = getattr(model, "features_at", None)
    return finder(index.row()) if finder is not None and index.isValid() else ([], {})


class FeatureEditor(QFrame):
    """Fields for one highlight's feature values; ``values()`` reads them back."""

    def __init__(self, features: list[Feature], language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("featureEditor")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.features = features
        self.fields: dict[str, QComboBox | QLineEdit] = {}
        self.counters: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(6, 4, 6, 4)
        for feature in features:
            label = feature.label(language)
            if feature.kind == "choice":
                combo = QComboBox(self)
                combo.addItem(translate("FeatureEditor", "(not answered yet)"), "")
                for number, value in enumerate(feature.values, start=1):
                    combo.addItem(f"{number}  {value.label(language)}", value.id)
                combo.setAccessibleName(label)
                combo.setToolTip(feature.description(language))
                self.fields[feature.id] = combo
                form.addRow(label, combo)
            else:
                line = QLineEdit(self)
                line.setMaxLength(MAX_FEATURE_TEXT)  # refused where typed
                line.setAccessibleName(label)
                line.setToolTip(feature.description(language))
                counter = QLabel(self)
                counter.setObjectName("featureCounter")
                line.textChanged.connect(lambda text, c=counter: _count(c, text))
                _count(counter, "")
                row = QWidget(self)
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.addWidget(line, 1)
                row_layout.addWidget(counter)
                self.fields[feature.id] = line
                self.counters[feature.id] = counter
                form.addRow(label, row)

    def set_values(self, values: dict[str, str]) -> None:
        for feature_id, field in self.fields.items():
            value = values.get(feature_id, "")
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(value)))
            else:
                field.setText(value)

    def values(self) -> dict[str, str]:
        values = {}
        for feature_id, field in self.fields.items():
            value = field.currentData() if isinstance(field, QComboBox) else field.text().strip()
            if value:
                values[feature_id] = value
        return values

    def focus_first(self) -> None:
        if self.fields:
            first = next(iter(self.fields.values()))
            self.setFocusProxy(first)  # the view focuses the editor: the first field takes it
            first.setFocus()


def _count(counter: QLabel, text: str) -> None:
    counter.setText(f"{len(text)}/{MAX_FEATURE_TEXT}")
    counter.setAccessibleName(
        translate("FeatureEditor", "%1 of %2 characters")
        .replace("%1", str(len(text))).replace("%2", str(MAX_FEATURE_TEXT)))


class FeatureDelegate(QStyledItemDelegate):
    """The judgement column: shows the answers, edits them with a :class:`FeatureEditor`.

    Enter in the editor commits, Esc cancels; the editor grows below the row
    to fit its fields.
    """

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language

    def createEditor(self, parent, option, index):  # noqa: N802
        features, _ = features_for(index)
        if not features:
            return None
        editor = FeatureEditor(features, self.language, parent)
        editor.installEventFilter(self)
        for field in editor.fields.values():
            field.installEventFilter(self)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        _, values = features_for(index)
        editor.set_values(values)
        editor.focus_first()

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.values(), Qt.EditRole)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802
        """Wider and taller than the cell, over the row, kept inside the list's viewport."""
        rect, hint = option.rect, editor.sizeHint()
        area = editor.parentWidget().rect()
        width = min(max(rect.width(), hint.width(), 320), area.width())
        x = max(0, min(rect.right() - width, area.width() - width))
        y = rect.y() if rect.y() + hint.height() <= area.height() else max(
            0, rect.bottom() - hint.height())
        editor.setGeometry(x, y, width, hint.height())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Enter, Esc, Tab and leaving, for the editor as a whole, whichever field has focus.

        Qt's own handling takes the watched widget for the editor: on a field
        it would commit and close the field, which the view does not know, so
        Tab would go nowhere and clicking away would neither save nor close.
        """
        editor = _editor_of(watched)
        if editor is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.KeyPress:
            return self._key(editor, watched, event.key())
        if event.type() == QEvent.FocusOut:
            # Closing hides the editor first: a field losing focus then is no leaving.
            gone = event.reason() != Qt.PopupFocusReason and editor.isVisible()
            if gone and not _inside(QApplication.focusWidget(), editor):
                self._finish(editor, QStyledItemDelegate.NoHint)
            return False
        return super().eventFilter(watched, event)

    def _key(self, editor: FeatureEditor, field, key) -> bool:
        """True when the key was the editor's: Enter saves, Esc cancels, Tab past the
        last field (Shift+Tab before the first) saves and goes back to the list."""
        fields = list(editor.fields.values())
        if key == Qt.Key_Escape:  # leave without changing anything
            self._finish(editor, QStyledItemDelegate.RevertModelCache, commit=False)
            return True
        leaving = (key == Qt.Key_Tab and field is fields[-1]) or (
            key == Qt.Key_Backtab and field is fields[0])
        if key in (Qt.Key_Return, Qt.Key_Enter) or leaving:
            self._finish(editor, QStyledItemDelegate.NoHint)
            return True
        return False  # Tab between the fields is Qt's own focus chain

    def _finish(self, editor: FeatureEditor, hint, commit: bool = True) -> None:
        """Save (unless cancelled) and close; the fields stop being watched first, as
        the view does for the editor itself, since closing moves the focus out of them."""
        for field in editor.fields.values():
            field.removeEventFilter(self)
        if commit:
            self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)


def _editor_of(widget) -> FeatureEditor | None:
    while widget is not None and not isinstance(widget, FeatureEditor):
        widget = widget.parentWidget()
    return widget


def _inside(widget, editor: QWidget) -> bool:
    """``widget`` is ``editor`` or below it, across windows: a field's list of answers
    is a window of its own, which ``QWidget.isAncestorOf`` does not look into."""
    while widget is not None:
        if widget is editor:
            return True
        widget = widget.parentWidget()
    return False
