"""The list of the trainee's highlights, in text order: category, quote, note.

The model mirrors the session row for row: it keeps its own list and
applies each session change to it between the matching begin/end calls, so
Qt's views (and pytest-qt's model tester) always see a consistent model.
Edits made in the table do not change the session directly: they go to an
``edit_requested`` callback that turns them into undo commands.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from annotator.core.feature_feedback import value_label
from annotator.core.features import features_of
from annotator.core.limits import TEXT_MAX
from annotator.gui.before_paint import before_window_paints
from annotator.gui.feature_editor import FeatureDelegate, features_for
from annotator.gui.row_table import row_table
from annotator.gui.span_rows import ID_ROLE, SpanRowsModel, current_id, select_row, selected_ids
from annotator.gui.span_styles import SpanStyle, swatch_icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from annotator.core.model import Annotation
    from annotator.core.session import Session
    from annotator.gui.note_box import NoteBox

CATEGORY, QUOTE, NOTE, JUDGEMENT = range(4)
DISPLAY, EDIT, DECORATION, TOOLTIP, ID, SPOKEN = (
    int(Qt.DisplayRole.value),
    int(Qt.EditRole.value),
    int(Qt.DecorationRole.value),
    int(Qt.ToolTipRole.value),
    int(ID_ROLE),
    int(Qt.AccessibleTextRole.value),
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

EditRequest = Callable[[str, dict], None]  # annotation id, {"category"|"note"|"features": value}


_SELECTABLE = Qt.ItemIsEnabled | Qt.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemIsEditable


class AnnotationModel(SpanRowsModel):
    """A table over a session's annotations; rows follow the session's text order."""

    column_count = 4

    def __init__(
        self,
        session: Session,
        labels: dict[str, str],
        styles: dict[str, SpanStyle],
        edit_requested: EditRequest | None = None,
        parent=None,
        language: str = "en",
    ) -> None:
        super().__init__(session, parent)
        self.session = session
        self.language = language
        self.labels = labels
        self.edit_requested = edit_requested
        self._icons = {cid: swatch_icon(style, 20) for cid, style in styles.items()}
        # What each row shows, kept per annotation object (immutable: a change makes a new one).
        self._shown: dict[str, tuple[Annotation, tuple[str, str, str, str]]] = {}
        self._asks: dict[str, tuple[bool, bool]] = {}  # category -> (asks anything, a choice)

    # ------------------------------------------------------------- reading

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def row_of(self, annotation_id: str) -> int:
        """The row of an annotation (the rows mirror the session's text order)."""
        if self.session.get(annotation_id) is None:
            return -1
        row = self.session.index_of(annotation_id)
        if row < len(self._rows) and self._rows[row].id == annotation_id:
            return row
        return next((r for r, a in enumerate(self._rows) if a.id == annotation_id), -1)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (
                translate("AnnotationModel", "Category"),
                translate("AnnotationModel", "Quote"),
                translate("AnnotationModel", "Note"),
                translate("AnnotationModel", "Judgement"),
            )[section]
        return None

    def shown(self, row: int) -> tuple[str, str, str, str]:
        """What a row shows in its columns: category, quote, note, judgement.

        Kept per annotation object, so that painting the list works them out
        once per change, not once per repaint.
        """
        a = self._rows[row]
        kept = self._shown.get(a.id)
        if kept is None or kept[0] is not a:
            quote = " ".join(a.quote.split())
            if a.orphaned:
                quote = translate("AnnotationModel", "(not found in the text) ") + quote
            kept = (a, (self.labels.get(a.category, a.category), quote, a.note or "",
                        self.judgement_text(a)))
            self._shown[a.id] = kept
        return kept[1]

    def icon(self, row: int) -> QIcon | None:
        """The swatch of a row's category (its category column's decoration)."""
        return self._icons.get(self._rows[row].category)

    def asks(self, row: int) -> tuple[bool, bool]:
        """Whether a row's category asks questions at all, and whether one is a choice."""
        category = self._rows[row].category
        found = self._asks.get(category)
        if found is None:
            features = features_of(self.session.exercise.tagset, category)
            found = (bool(features), any(f.kind == "choice" for f in features))
            self._asks[category] = found
        return found

    def data(self, index: QModelIndex, role=DISPLAY):
        # Called hundreds of times per repaint: plain ints, no enum arithmetic.
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        role = int(role)
        column = index.column()
        if role == DISPLAY:
            return self.shown(row)[column]
        a = self._rows[row]
        if role == ID:
            return a.id
        if role == SPOKEN:  # a screen reader reads the whole row in any cell
            return self.spoken_row(a)
        if role == EDIT:
            return a.category if column == CATEGORY else (a.note or "") if column == NOTE else None
        if role == DECORATION and column == CATEGORY:
            return self._icons.get(a.category)
        if role == TOOLTIP:
            if column == QUOTE:
                return a.quote
            if column == NOTE:
                return a.note or translate("AnnotationModel", "No note yet: press F2 to write one.")
            if column == JUDGEMENT:
                return self.judgement_text(a, full=True) or None
        return None

    def spoken_row(self, a: Annotation) -> str:
        """A row in words: category, quote and note (or that there is none)."""
        from annotator.gui.highlight_speech import describe  # loaded with the first row

        words = describe(a, self.labels.get(a.category, a.category))
        if a.orphaned:
            words = translate("AnnotationModel", "(not found in the text) ") + words
        if not a.note:
            words += translate("AnnotationModel", ", no note")
        judged = self.judgement_text(a, full=True)  # the answers too (scoring.md §10)
        if judged:
            words += ", " + judged
        return words

    def features_at(self, row: int) -> tuple[list, dict[str, str]]:
        """The questions a row's category asks and its answers (for the judgement editor).

        Asked of the model directly: Python objects passed through a QVariant
        role are what PySide handles worst.
        """
        if not 0 <= row < len(self._rows):
            return [], {}
        a = self._rows[row]
        return features_of(self.session.exercise.tagset, a.category), dict(a.features)

    def judgement_text(self, a: Annotation, full: bool = False) -> str:
        """The answers in the interface language: value labels, then text values."""
        tagset = self.session.exercise.tagset
        parts = []
        for feature in features_of(tagset, a.category):
            value = a.features.get(feature.id)
            if not value:
                continue
            if feature.kind == "choice":
                parts.append(value_label(tagset, feature.id, value, self.language))
            else:
                flat = " ".join(value.split())
                parts.append(flat if full or len(flat) <= 30 else flat[:29] + "…")
        return " · ".join(parts)

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.NoItemFlags
        if index.column() == JUDGEMENT and not self.asks(index.row())[0]:
            return _SELECTABLE  # nothing to judge on this category
        if index.column() != QUOTE and self.edit_requested is not None:
            return _EDITABLE
        return _SELECTABLE

    def setData(self, index: QModelIndex, value, role=Qt.EditRole) -> bool:  # noqa: N802
        if role != Qt.EditRole or not index.isValid() or self.edit_requested is None:
            return False
        a = self._rows[index.row()]
        if index.column() == NOTE:
            note = str(value).strip() or None
            if note is not None and len(note) > TEXT_MAX:
                return False  # the editor refuses this; a note the file cannot hold is not kept
            if note != a.note:
                self.edit_requested(a.id, {"note": note})
            return True
        if index.column() == CATEGORY and value in self.labels and value != a.category:
            self.edit_requested(a.id, {"category": value})
            return True
        if index.column() == JUDGEMENT and isinstance(value, dict):
            if value != a.features:
                self.edit_requested(a.id, {"features": dict(value)})
            return True
        return False


_HINT_COLOUR = QColor("#8a93a3")
_with_features: dict = {}  # (features, added) -> features | added: enum flags are slow to combine


def _plus(features, added):
    combined = _with_features.get((features, added))
    if combined is None:
        combined = _with_features[(features, added)] = features | added
    return combined


@cache
def _cell_flags() -> tuple:
    """The option features, state bits and empty brush a cell is drawn with, made at the
    first cell drawn: the style's and the brush's classes, and their hundreds of enum
    values, wait until then."""
    from PySide6.QtGui import QBrush
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    features = QStyleOptionViewItem.ViewItemFeature
    return (features.HasDisplay, features.HasDecoration, QStyle.State_Enabled.value,
            QStyle.State_Selected.value, QStyle.State_Open.value, QBrush())


class ShownCell:
    """Mixin for the list's delegates: a cell's look from the model in one call.

    Qt's own ``initStyleOption`` asks the model for eight roles of every
    cell it paints, each a call into Python: most of the time of painting
    the list. The model keeps what each row shows (:meth:`AnnotationModel.shown`),
    so this fills the option as Qt's would (the same text, swatch and
    features; the model gives no font, colour, alignment or check state)
    with one call. Put it before the delegate class.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        model = index.model()
        if not isinstance(model, AnnotationModel) or not index.isValid():
            super().initStyleOption(option, index)
            return
        row, column = index.row(), index.column()
        has_display, has_decoration, enabled, selected, is_open, no_brush = _cell_flags()
        option.index = index
        features = option.features
        if column == CATEGORY:
            icon = model.icon(row)
            if icon is not None:
                features = _plus(features, has_decoration)
                option.icon = icon
                state = option.state.value
                mode = (QIcon.Disabled if not state & enabled
                        else QIcon.Selected if state & selected else QIcon.Normal)
                actual = icon.actualSize(option.decorationSize, mode,
                                         QIcon.On if state & is_open else QIcon.Off)
                option.decorationSize = option.decorationSize.boundedTo(actual)
        option.features = _plus(features, has_display)
        option.text = model.shown(row)[column].replace("\n", "\u2028")  # as Qt shows a line break
        option.backgroundBrush = no_brush
        option.styleObject = None


def _placeholder(option: QStyleOptionViewItem, text: str) -> None:
    """A quiet hint in an empty cell: grey italics."""
    option.text = text
    option.palette.setColor(QPalette.Text, _HINT_COLOUR)
    option.font.setItalic(True)


class QuoteDelegate(ShownCell, QStyledItemDelegate):
    """The quote column, painted as Qt paints it."""


class CategoryDelegate(ShownCell, QStyledItemDelegate):
    """Edits the category column with a list of the exercise's categories."""

    def __init__(self, labels: dict[str, str], icons: dict[str, QIcon], parent=None) -> None:
        super().__init__(parent)
        self.labels, self.icons = labels, icons

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("AnnotationPanel", "Category of the highlight"))
        for cid, label in self.labels.items():
            combo.addItem(self.icons.get(cid, QIcon()), label, cid)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.EditRole)


class JudgementDelegate(ShownCell, FeatureDelegate):
    """Shows "not judged yet" where a category asks questions nobody answered."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.text:
            return
        model = index.model()
        if isinstance(model, AnnotationModel):
            asks_choice = index.isValid() and model.asks(index.row())[1]
        else:
            asks_choice = any(f.kind == "choice" for f in features_for(index)[0])
        if asks_choice:
            _placeholder(option, translate("AnnotationPanel", "Not judged yet"))


class NoteDelegate(ShownCell, QStyledItemDelegate):
    """Shows a quiet hint in an empty note cell, so students find where notes go.

    Its editor is a paragraph-sized box over the row (gui/note_box.py) that
    holds a note within the format's limit, with a counter near it.
    """

    def createEditor(self, parent, option, index):  # noqa: N802
        from annotator.gui.note_box import NoteBox  # with the first note written

        editor = NoteBox(parent)
        editor.done.connect(lambda: self._keep(editor))
        return editor

    def _keep(self, editor: NoteBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.NoHint)

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setPlainText(index.data(Qt.EditRole) or "")
        editor.moveCursor(QTextCursor.End)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.toPlainText(), Qt.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802
        from annotator.gui.note_box import box_geometry

        area = editor.parentWidget().rect()
        editor.setGeometry(box_geometry(option.rect, area, editor.fontMetrics().lineSpacing()))

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if not option.text:
            _placeholder(option, translate("AnnotationPanel", "F2: add a note"))


class CountHeading(QLabel):
    """A one-line heading holding a count, held at the size its text needs.

    A label whose text changes asks every layout up to the window's to lay
    out again (a fifth of a millisecond for each highlight added or
    removed), even when the new count is as wide as the old. Held at its
    text's size, the heading asks that only when its size really changed:
    a longer count, another font or style.
    """

    def set_count_text(self, text: str) -> None:
        self.setText(text)
        self._fit()

    def _fit(self) -> None:
        hint = self.sizeHint()
        if self.minimumSize() != hint or self.maximumSize() != hint:
            self.setFixedSize(hint)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange, QEvent.ContentsRectChange):
            self._fit()


class AnnotationPanel(QWidget):
    """The table with a heading; tells which annotation the trainee picked."""

    annotation_chosen = Signal(str)  # id of the annotation picked in the list
    annotation_activated = Signal(str)  # Enter (or a double click on the quote): go to it

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt naming)
        """No: the list scrolls, so it gives up room when the sidebar is short.

        Its wrapped hint would otherwise make its whole wrapped height a
        minimum, and the legend above it was squeezed until its words
        overlapped (a small screen, the guided example's strip).
        """
        return False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.heading = CountHeading(self)
        self.heading.setObjectName("panelHeading")
        self.table = row_table(
            self, "annotationTable", several=True,
            edit_triggers=QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.SelectedClicked,
        )
        self.table.setAccessibleName(translate("AnnotationPanel", "Your highlights"))
        self.note_delegate = NoteDelegate(self.table)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.model: AnnotationModel | None = None
        self._silent = False

    def set_model(self, model: AnnotationModel, icons: dict[str, QIcon]) -> None:
        old, old_model = self.table.selectionModel(), self.model
        self.model = model
        self.table.setModel(model)
        if old is not None:
            old.deleteLater()
        if old_model is not None and old_model.parent() is self:
            old_model.deleteLater()  # one model per opened file, not one per file ever opened
        self.table.setItemDelegateForColumn(
            CATEGORY, CategoryDelegate(model.labels, icons, self.table)
        )
        self.table.setItemDelegateForColumn(QUOTE, QuoteDelegate(self.table))
        self.table.setItemDelegateForColumn(NOTE, self.note_delegate)
        self.table.setItemDelegateForColumn(
            JUDGEMENT, JudgementDelegate(model.language, self.table))
        header = self.table.horizontalHeader()
        # A fixed width from the labels: resizing to contents re-measures rows on every change.
        metrics = self.table.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(label) for label in model.labels.values()), default=60
        )
        header.setSectionResizeMode(CATEGORY, QHeaderView.Fixed)
        header.resizeSection(CATEGORY, widest + 48)
        header.setSectionResizeMode(QUOTE, QHeaderView.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.Stretch)
        # The quote and the note share what is left; the answers get a column the user
        # can widen (their full text is in the tooltip).
        header.setSectionResizeMode(JUDGEMENT, QHeaderView.Interactive)
        header.resizeSection(JUDGEMENT, max(90, metrics.horizontalAdvance("Comprobable, s")))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.clicked.connect(lambda index: self._on_current_changed(index, index))
        self.table.activated.connect(
            lambda index: self.annotation_activated.emit(index.data(ID_ROLE)))
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._update_heading)
        for signal in (model.rowsInserted, model.rowsRemoved):
            signal.connect(self._lay_out_before_paint)
        self._update_heading()

    def _lay_out_before_paint(self, *args) -> None:
        """Have the table lay its rows out when the window paints, not in a later paint.

        Qt lays a table out after a row comes or goes on a timer that runs
        after the window's next paint, so a highlight added or removed cost
        two paints of the list; laid out just before that paint, one does.
        """
        before_window_paints(self, self.table.executeDelayedItemsLayout)

    def _update_heading(self, *args) -> None:
        count = self.model.rowCount() if self.model else 0
        self.heading.set_count_text(
            translate("AnnotationPanel", "Your highlights (%n)", "", count).replace(
                "%n", str(count)
            )
        )
        self.empty_hint.setVisible(count == 0)
        self.empty_hint.setText(
            translate(
                "AnnotationPanel",
                "Nothing marked yet. Select words in the article, then press 1, 2 or 3 "
                "(or click a category above).",
            )
        )

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        # A deletion moves the current row to the next highlight: the trainee did
        # not choose it, so the article stays where the trainee is working.
        if current.isValid() and not self._silent and not self.model.removing:
            self.annotation_chosen.emit(current.data(ID_ROLE))

    def selected_ids(self) -> list[str]:
        return selected_ids(self.table, self.model)

    def current_id(self) -> str | None:
        return current_id(self.table)

    def show_annotation(self, annotation_id: str | None) -> None:
        """Make a row current without telling anyone (the article moved there itself)."""
        if self.model is None:
            return
        row = -1 if annotation_id is None else self.model.row_of(annotation_id)
        self._silent = True
        try:
            select_row(self.table, self.model, row, QUOTE)
        finally:
            self._silent = False

    def edit_judgement(self, annotation_id: str) -> None:
        """Open the judgement editor of a highlight (its category must ask something)."""
        row = self.model.row_of(annotation_id) if self.model else -1
        if row >= 0:
            index = self.model.index(row, JUDGEMENT)
            self.table.setCurrentIndex(index)
            self.table.setFocus()
            self.table.edit(index)

    def edit_note(self, annotation_id: str) -> None:
        row = self.model.row_of(annotation_id) if self.model else -1
        if row >= 0:
            index = self.model.index(row, NOTE)
            self.table.setCurrentIndex(index)
            self.table.setFocus()
            self.table.edit(index)
