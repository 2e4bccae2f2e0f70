"""The expert key as a list, and the form that edits the chosen span's explanation.

An explanation is what the trainee reads after checking ("why the expert
marked this"), so the form puts it first and big: Spanish, then English if
the instructor wants it. Spans whose words left the text stay in the list,
marked as not placed, until they are placed again by hand. Like the
workspace's panel, the model mirrors the key store row for row, and edits
go out as requests that the window turns into undo commands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.authoring import KeySpans
from annotator.core.model import Category, KeySpan
from annotator.gui.authoring.accepted_answers import AcceptedAnswers
from annotator.gui.authoring.widgets import CommitTextEdit
from annotator.gui.row_table import SPOKEN, row_table, spoken_row
from annotator.gui.span_rows import ID_ROLE, SpanRowsModel, current_id, select_row, selected_ids

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

CATEGORY, QUOTE, REQUIRED, EXPLANATION = range(4)
NOT_PLACED = "⚠ "

ChangeRequest = Callable[[str, dict], None]  # span id, {field: value}


class KeyModel(SpanRowsModel):
    """A table over the key store; rows follow its text order, change by change."""

    column_count = 4

    def __init__(
        self, store: KeySpans, labels: dict[str, str], icons: dict[str, QIcon], parent=None
    ) -> None:
        super().__init__(store, parent)
        self.labels, self.icons = labels, icons

    def key_span(self, row: int) -> KeySpan:
        return self._rows[row]

    def row_of(self, span_id: str) -> int:
        return next((r for r, s in enumerate(self._rows) if s.id == span_id), -1)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (
                translate("KeyPanel", "Category"),
                translate("KeyPanel", "Quote"),
                translate("KeyPanel", "Required"),
                translate("KeyPanel", "Explained"),
            )[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):  # noqa: C901
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        span, column = self._rows[index.row()], index.column()
        if role == SPOKEN:
            return spoken_row(self, index.row())
        if role == Qt.DisplayRole:
            if column == CATEGORY:
                return self.labels.get(span.category, span.category)
            if column == QUOTE:
                quote = " ".join(span.quote.split())
                return NOT_PLACED + quote if span.orphaned else quote
            if column == REQUIRED:
                return (
                    translate("KeyPanel", "required")
                    if span.required
                    else translate("KeyPanel", "optional")
                )
            languages = [lang for lang in ("es", "en") if span.explanations.get(lang)]
            if not languages:
                return translate("KeyPanel", "✗ not yet")
            return "✓ " + ", ".join(languages)
        if role == ID_ROLE:
            return span.id
        if role == Qt.DecorationRole and column == CATEGORY:
            return self.icons.get(span.category)
        if role == Qt.ToolTipRole:
            if column == QUOTE and span.orphaned:
                return translate(
                    "KeyPanel",
                    "Not in the text any more: its words were edited away. Select where it "
                    "belongs in the article and press Place on selection.",
                )
            if column == QUOTE:
                return span.quote
            if column == REQUIRED:
                return (
                    translate("KeyPanel", "Required: missing it costs the trainee")
                    if span.required
                    else translate("KeyPanel", "Optional: marking it is neither a hit nor an extra")
                )
            if column == EXPLANATION:
                return "\n\n".join(span.explanations.values()) or translate(
                    "KeyPanel", "No explanation yet: trainees will read nothing about this span"
                )
        if role == Qt.ForegroundRole:
            if span.orphaned and column == QUOTE:
                return QColor("#a33a00")
            if column == EXPLANATION and not span.explanations:
                return QColor("#8a93a3")
        if role == Qt.FontRole and column == EXPLANATION and not span.explanations:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: QModelIndex):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags


class KeyPanel(QWidget):
    """The key list and the chosen span's form."""

    span_chosen = Signal(str)  # picked in the list: show it in the article
    back_to_article = Signal()  # Ctrl+Return in an explanation

    def __init__(
        self,
        change_requested: ChangeRequest,
        delete_requested: Callable[[list[str]], None],
        place_requested: Callable[[str], None],
        parent=None,
        alternative_requested: Callable[[str], None] | None = None,
        alternative_removed: Callable[[str, int], None] | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyPanel")
        self.change_requested = change_requested
        self.model: KeyModel | None = None
        self._silent = False
        self._shown: str | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("panelHeading")
        self.empty_hint = QLabel(
            translate(
                "KeyPanel",
                "No expert spans yet. Select words in the article and press the key of a "
                "category (1, 2, 3…), then write why it matters.",
            ),
            self,
        )
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.orphan_hint = QLabel(self)
        self.orphan_hint.setObjectName("orphanHint")
        self.orphan_hint.setWordWrap(True)
        self.orphan_hint.hide()

        self.table = row_table(self, "keyTable", several=True,
                               spoken_name=translate("KeyPanel", "The expert's key"))

        self.quote_label = QLabel(self)
        self.quote_label.setObjectName("panelHeading")
        self.quote_label.setWordWrap(True)
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("keyCategory")
        self.category_box.setToolTip(translate("KeyPanel", "The category of this expert span"))
        self.category_box.activated.connect(self._on_category_chosen)
        self.required_box = QCheckBox(translate("KeyPanel", "&Required"), self)
        self.required_box.setObjectName("keyRequired")
        self.required_box.setToolTip(
            translate(
                "KeyPanel",
                "Required: a trainee who misses it loses recall. Optional: marking it is "
                "neither a hit nor an extra, and missing it costs nothing.",
            )
        )
        self.required_box.clicked.connect(self._on_required_clicked)
        self.explanation_es = CommitTextEdit(self, max_lines=4)
        self.explanation_es.setObjectName("explanationEs")
        self.explanation_es.setPlaceholderText(
            translate("KeyPanel", "Por qué importa este fragmento (lo leerá el alumno).")
        )
        self.explanation_en = CommitTextEdit(self, max_lines=3)
        self.explanation_en.setObjectName("explanationEn")
        self.explanation_en.setPlaceholderText(
            translate("KeyPanel", "Why this passage matters, for English-speaking trainees.")
        )
        for box in (self.explanation_es, self.explanation_en):
            box.setToolTip(
                translate(
                    "KeyPanel",
                    "Trainees read this after checking their work. Saved when you leave the box; "
                    "Ctrl+Return goes back to the article.",
                )
            )
            box.committed.connect(self._on_explanation_committed)
            box.finished.connect(self.back_to_article)

        self.place_action = QAction(translate("KeyPanel", "Place on selection"), self)
        self.place_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.place_action.setToolTip(
            translate(
                "KeyPanel",
                "Move the chosen span to the words selected in the article (Ctrl+Shift+P)",
            )
        )
        self.place_action.triggered.connect(lambda: self._shown and place_requested(self._shown))
        self.delete_action = QAction(translate("KeyPanel", "Delete span"), self)
        self.delete_action.setShortcuts([QKeySequence.Delete, QKeySequence("Backspace")])
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.delete_action.setToolTip(
            translate("KeyPanel", "Delete the chosen expert spans (Delete)")
        )
        self.delete_action.triggered.connect(
            lambda: self.selected_ids() and delete_requested(self.selected_ids())
        )
        self.table.addAction(self.delete_action)

        # scoring.md §8: other extents of the same passage that are equally right.
        self.add_alternative_action = QAction(translate("KeyPanel", "Add an alternative"), self)
        self.add_alternative_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.add_alternative_action.setToolTip(translate(
            "KeyPanel", "The words selected in the article are right too: accept them as "
            "another extent of the chosen span (Ctrl+Shift+L)"))
        self.add_alternative_action.triggered.connect(
            lambda: self._shown and alternative_requested and alternative_requested(self._shown))
        self.addAction(self.add_alternative_action)
        self.alternatives = QListWidget(self)
        self.alternatives.setObjectName("keyAlternatives")
        self.alternatives.setAccessibleName(translate(
            "KeyPanel", "Alternatives: other extents the expert also accepts"))
        self.alternatives.setMaximumHeight(70)
        self.remove_alternative_action = QAction(
            translate("KeyPanel", "Remove alternative"), self)
        self.remove_alternative_action.setToolTip(translate(
            "KeyPanel", "Take the chosen alternative out of the key"))
        self.remove_alternative_action.triggered.connect(
            lambda: self._shown and self.alternatives.currentRow() >= 0 and alternative_removed
            and alternative_removed(self._shown, self.alternatives.currentRow() + 1))

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.category_box, 1)
        top.addWidget(self.required_box)
        category_label = QLabel(translate("KeyPanel", "Cate&gory:"), self)
        category_label.setBuddy(self.category_box)
        form.addRow(category_label, top)
        es_label = QLabel(translate("KeyPanel", "Explanation\n(&Spanish):"), self)
        es_label.setBuddy(self.explanation_es)
        form.addRow(es_label, self.explanation_es)
        en_label = QLabel(translate("KeyPanel", "E&nglish\n(optional):"), self)
        en_label.setBuddy(self.explanation_en)
        form.addRow(en_label, self.explanation_en)
        alternatives_label = QLabel(translate("KeyPanel", "Also &right:"), self)
        alternatives_label.setBuddy(self.alternatives)
        form.addRow(alternatives_label, self.alternatives)
        buttons = QHBoxLayout()
        for action in (self.place_action, self.add_alternative_action,
                       self.remove_alternative_action, self.delete_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.addAction(self.place_action)

        self.category_of: Callable[[str], Category | None] = lambda _id: None  # set by the window
        self.accepted = AcceptedAnswers(
            lambda span_id, accepted: self.change_requested(span_id, {"accepted": accepted}),
            language, self)

        self.editor = QWidget(self)
        self.editor.setObjectName("keyEditor")
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 4, 0, 0)
        editor_layout.addWidget(self.quote_label)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.accepted)
        editor_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.orphan_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        self._show_span(None)

    # ---------------------------------------------------------------- model

    def set_model(self, model: KeyModel) -> None:
        old = self.model
        self.model = model
        self.table.setModel(model)
        if old is not None:
            old.detach()
            old.deleteLater()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(QUOTE, QHeaderView.Stretch)
        header.setSectionResizeMode(REQUIRED, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(EXPLANATION, QHeaderView.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self._refresh)
        self.category_box.clear()
        for cid, label in model.labels.items():
            self.category_box.addItem(model.icons.get(cid, QIcon()), label, cid)
        self._refresh()

    def _refresh(self, *args) -> None:
        spans = self.model.store.annotations if self.model else []
        total, required = len(spans), sum(1 for s in spans if s.required)
        self.heading.setText(
            translate("KeyPanel", "Expert key: %n spans", "", total)
            + ", " + translate("KeyPanel", "%n required", "", required)
        )
        self.empty_hint.setVisible(not spans)
        orphans = sum(1 for s in spans if s.orphaned)
        self.orphan_hint.setVisible(bool(orphans))
        self.orphan_hint.setText(
            translate(
                "KeyPanel",
                "⚠ %1 spans lost their words when the text was edited (marked ⚠ below). "
                "Choose one, select its words in the article and press Place on selection.",
            ).replace("%1", str(orphans))
        )
        store = self.model.store if self.model else None
        still_there = self._shown if store and store.get(self._shown or "") else None
        if still_there is None and self.current_id() is not None:
            still_there = self.current_id()
        self._show_span(still_there)

    # ------------------------------------------------------------ selection

    def selected_ids(self) -> list[str]:
        return selected_ids(self.table, self.model)

    def current_id(self) -> str | None:
        return current_id(self.table)

    def show_span(self, span_id: str | None) -> None:
        """Make a span current without telling anyone (the article moved there itself)."""
        if self.model is None:
            return
        row = -1 if span_id is None else self.model.row_of(span_id)
        self._silent = True
        try:
            select_row(self.table, self.model, row, QUOTE)
        finally:
            self._silent = False
        self._show_span(span_id if row >= 0 else None)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.commit()
        span_id = current.data(ID_ROLE) if current.isValid() else None
        self._show_span(span_id)
        if span_id is not None and not self._silent:
            self.span_chosen.emit(span_id)

    def _show_span(self, span_id: str | None) -> None:
        span = self.model.store.get(span_id) if (self.model and span_id) else None
        self._shown = span.id if span else None
        self.editor.setEnabled(span is not None)
        self.alternatives.clear()
        self.accepted.show_span(span, self.category_of(span.category) if span else None)
        if span is None:
            self.quote_label.setText(translate("KeyPanel", "Choose a span to explain it."))
            for box in (self.explanation_es, self.explanation_en):
                box.set_text_quietly("")
            return
        where = (
            translate("KeyPanel", "⚠ not placed in the text: ")
            if span.orphaned
            else ""
        )
        self.quote_label.setText(f"{where}“{' '.join(span.quote.split())}”")
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(span.category)))
        self.required_box.setChecked(span.required)
        self.explanation_es.set_text_quietly(span.explanations.get("es", ""))
        self.explanation_en.set_text_quietly(span.explanations.get("en", ""))
        for alternative in span.alternatives:
            lost = translate("KeyPanel", "⚠ not placed: ") if alternative.orphaned else ""
            self.alternatives.addItem(f"{lost}“{' '.join(alternative.quote.split())}”")

    # -------------------------------------------------------------- editing

    def edit_explanation(self, span_id: str) -> None:
        """Show a span and put the cursor in its Spanish explanation (after marking it)."""
        self.show_span(span_id)
        self.explanation_es.setFocus()
        self.explanation_es.moveCursor(self.explanation_es.textCursor().MoveOperation.End)

    def commit(self) -> None:
        """Send what is typed in the explanation boxes (before saving, or moving on)."""
        for box in (self.explanation_es, self.explanation_en):
            box.commit()

    def _on_explanation_committed(self) -> None:
        span = self.model.store.get(self._shown) if (self.model and self._shown) else None
        if span is None:
            return
        texts = {"es": self.explanation_es.toPlainText(), "en": self.explanation_en.toPlainText()}
        self.change_requested(span.id, {"explanations": texts})

    def _on_category_chosen(self, position: int) -> None:
        category = self.category_box.itemData(position)
        if self._shown and category:
            self.change_requested(self._shown, {"category": category})

    def _on_required_clicked(self, checked: bool) -> None:
        if self._shown:
            self.change_requested(self._shown, {"required": checked})
