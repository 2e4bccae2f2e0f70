"""The categories of the exercise: labels in two languages, colour, key, what to mark.

The defaults are the course's three categories; instructors add their own
(loaded language, unnamed source...). Colours come from a palette that
stays distinct for colour-blind readers, and every category also gets its
own line style, shown in the list, so colour is never the only cue. The
rules (no duplicate keys, a used category goes only with a confirmation
that says how many spans go with it) live in the core; this editor shows
them and turns the form into planned edits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core import authoring
from annotator.core.authoring import Draft
from annotator.core.limits import ID_MAX
from annotator.core.tagset import SAFE_PALETTE
from annotator.gui.authoring.features_editor import FeaturesEditor
from annotator.gui.authoring.widgets import CommitTextEdit, limited_line
from annotator.gui.legend import line_name
from annotator.gui.row_table import SPOKEN, row_table, spoken_row
from annotator.gui.span_styles import styles_for, swatch_icon

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

LABEL, LINE, KEY, SPANS, ID = range(5)
ID_ROLE = Qt.UserRole + 1
OTHER_COLOR = "other"

Plan = Callable[[], object]

PALETTE_NAMES = {
    "#0072b2": "blue", "#e69f00": "orange", "#cc79a7": "reddish purple", "#009e73": "green",
    "#d55e00": "vermillion", "#56b4e9": "sky blue", "#f0e442": "yellow", "#000000": "black",
}


def color_icon(color: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CategoryModel(QAbstractTableModel):
    """The draft's categories with how many key spans use each; re-read on every change."""

    def __init__(self, draft: Draft, language: str, parent=None) -> None:
        super().__init__(parent)
        self.draft, self.language = draft, language
        self._icons: dict[str, QIcon] = {}
        self._lines: dict[str, str] = {}
        self._reload_styles()
        draft.subscribe(self._on_draft_changed)
        draft.key.subscribe(self._on_key_changed)

    def detach(self) -> None:
        self.draft.unsubscribe(self._on_draft_changed)
        self.draft.key.unsubscribe(self._on_key_changed)

    def _reload_styles(self) -> None:
        styles = styles_for(self.draft.tagset)
        self._icons = {cid: swatch_icon(style, 20) for cid, style in styles.items()}
        self._lines = {cid: style.line for cid, style in styles.items()}

    def _on_draft_changed(self, part: str) -> None:
        if part == "tagset":
            self.beginResetModel()
            self._reload_styles()
            self.endResetModel()

    def _on_key_changed(self, change) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, SPANS), self.index(self.rowCount() - 1, SPANS))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.draft.categories)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (
                translate("TagsetEditor", "Category"),
                translate("TagsetEditor", "Line"),
                translate("TagsetEditor", "Key"),
                translate("TagsetEditor", "Spans"),
                translate("TagsetEditor", "Id"),
            )[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.draft.categories):
            return None
        category, column = self.draft.categories[index.row()], index.column()
        if role == SPOKEN:
            return spoken_row(self, index.row())
        if role == Qt.DisplayRole:
            return (
                category.label(self.language),
                line_name(self._lines.get(category.id, "solid")),
                category.shortcut or "—",
                str(self.draft.key.usage(category.id)),
                category.id,
            )[column]
        if role == ID_ROLE:
            return category.id
        if role == Qt.DecorationRole and column == LABEL:
            return self._icons.get(category.id)
        if role == Qt.ToolTipRole and column == LABEL:
            return " / ".join(category.labels.values())
        if role == Qt.TextAlignmentRole and column in (KEY, SPANS):
            return int(Qt.AlignCenter)
        return None

    def flags(self, index: QModelIndex):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags


class TagsetEditor(QWidget):
    """The category list, the chosen category's form, and add / remove / move."""

    category_chosen = Signal(str)

    def __init__(
        self, run_edit: Callable[[Plan], bool], remove: Callable[[str], None], parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagsetEditor")
        self.run_edit = run_edit
        self.draft: Draft | None = None
        self.model: CategoryModel | None = None
        self._shown: str | None = None
        self._wanted: str | None = None
        self._resetting = False

        self.table = row_table(self, "categoryTable", word_wrap=True,
                               spoken_name=translate("TagsetEditor", "Categories"))

        self.id_edit = limited_line(self, "categoryId", translate(
            "TagsetEditor", "The id used in files and gradebook columns: letters, digits, '-'"),
            ID_MAX)
        self.id_edit.editingFinished.connect(self._on_id_edited)
        self.label_es = limited_line(self, "labelEs",
                                     translate("TagsetEditor", "Name shown in Spanish"))
        self.label_en = limited_line(self, "labelEn",
                                     translate("TagsetEditor", "Name shown in English"))
        for edit in (self.label_es, self.label_en):
            edit.editingFinished.connect(self._on_labels_edited)
            edit.setAccessibleName(edit.toolTip())  # two fields, one label: each says which
        self.description_es = CommitTextEdit(self, max_lines=3)
        self.description_es.setObjectName("descriptionEs")
        self.description_en = CommitTextEdit(self, max_lines=3)
        self.description_en.setObjectName("descriptionEn")
        for box in (self.description_es, self.description_en):
            box.setToolTip(translate(
                "TagsetEditor", "What to mark with this category: trainees see it in the legend"))
            box.committed.connect(self._on_descriptions_edited)
        self.shortcut_edit = limited_line(self, "categoryShortcut", translate(
            "TagsetEditor", "One key that marks the selection with this category (no two alike)"))
        self.shortcut_edit.setMaxLength(1)
        self.shortcut_edit.setMaximumWidth(60)
        self.shortcut_edit.editingFinished.connect(self._on_shortcut_edited)
        self.color_box = QComboBox(self)
        self.color_box.setObjectName("categoryColor")
        self.color_box.setToolTip(translate(
            "TagsetEditor",
            "The palette's colours stay distinct for colour-blind readers; each category also "
            "has its own line style",
        ))
        self.color_box.activated.connect(self._on_color_chosen)

        self.add_action = self._action(
            translate("TagsetEditor", "Add category"), "Ctrl+Shift+A",
            translate("TagsetEditor", "Add a category with the next safe colour and a free key"),
            self.add_category,
        )
        self.remove_action = self._action(
            translate("TagsetEditor", "Remove category"), "Ctrl+Shift+Delete",
            translate("TagsetEditor", "Remove the chosen category (asks first if spans use it)"),
            lambda: self._shown and remove(self._shown),
        )
        self.up_action = self._action(
            translate("TagsetEditor", "Move up"), "Alt+Up",
            translate("TagsetEditor", "Earlier in the legend and toolbar"),
            lambda: self._move(-1),
        )
        self.down_action = self._action(
            translate("TagsetEditor", "Move down"), "Alt+Down",
            translate("TagsetEditor", "Later in the legend and toolbar"),
            lambda: self._move(+1),
        )

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        names = QHBoxLayout()
        names.addWidget(self.label_es)
        names.addWidget(self.label_en)
        name_label = self._buddy(translate("TagsetEditor", "&Name (es / en):"), self.label_es)
        form.addRow(name_label, names)
        form.addRow(
            self._buddy(translate("TagsetEditor", "&What to mark (es):"), self.description_es),
            self.description_es,
        )
        form.addRow(
            self._buddy(translate("TagsetEditor", "W&hat to mark (en):"), self.description_en),
            self.description_en,
        )
        look = QHBoxLayout()
        look.addWidget(self.color_box, 1)
        look.addWidget(self._buddy(translate("TagsetEditor", "Ke&y:"), self.shortcut_edit))
        look.addWidget(self.shortcut_edit)
        form.addRow(self._buddy(translate("TagsetEditor", "Co&lour:"), self.color_box), look)
        form.addRow(self._buddy(translate("TagsetEditor", "&Id:"), self.id_edit), self.id_edit)

        tools = QHBoxLayout()
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            tools.addWidget(button)
        tools.addStretch(1)

        self.form = QWidget(self)
        self.form.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.table)
        layout.addLayout(tools)
        layout.addWidget(self.form)
        self.features = FeaturesEditor(run_edit, self)
        layout.addWidget(self.features)
        layout.addStretch(1)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _action(self, text: str, keys: str, tip: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ---------------------------------------------------------------- model

    def set_draft(self, draft: Draft, language: str) -> None:
        if self.model is not None:
            self.model.detach()
            self.model.deleteLater()
        self.draft = draft
        self.model = CategoryModel(draft, language, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.Stretch)
        for column in (LINE, KEY, SPANS, ID):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelAboutToBeReset.connect(self._on_reset_coming)
        self.model.modelReset.connect(self._restore_current)
        self._fit_table()
        self.show_category(draft.categories[0].id)

    def show_category(self, category_id: str | None) -> None:
        row = next(
            (r for r, c in enumerate(self.draft.categories) if c.id == category_id), -1
        ) if self.draft else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, LABEL),
                QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows,
            )
        self._show(category_id if row >= 0 else None)

    def _fit_table(self) -> None:
        """As tall as its rows (a few categories should not leave a hole above the form)."""
        rows = max(3, self.model.rowCount())
        height = self.table.horizontalHeader().height() + rows * self.table.verticalHeader(
        ).defaultSectionSize()
        self.table.setFixedHeight(min(height + 4, 320))

    def _on_reset_coming(self) -> None:
        self._resetting = True

    def _restore_current(self) -> None:
        self._resetting = False
        self._fit_table()
        wanted = self._wanted if self._wanted else self._shown
        if self.draft.category(wanted or "") is None:
            wanted = self.draft.categories[0].id
        self.show_category(wanted)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._resetting:
            return
        self.commit()
        category_id = current.data(ID_ROLE) if current.isValid() else None
        self._show(category_id)
        if category_id:
            self.category_chosen.emit(category_id)

    def _show(self, category_id: str | None) -> None:
        category = self.draft.category(category_id) if (self.draft and category_id) else None
        self._shown = category.id if category else None
        self.form.setEnabled(category is not None)
        self.remove_action.setEnabled(category is not None)
        if category is None:
            return
        self.id_edit.setText(category.id)
        self.label_es.setText(category.labels.get("es", ""))
        self.label_en.setText(category.labels.get("en", ""))
        self.description_es.set_text_quietly(category.descriptions.get("es", ""))
        self.description_en.set_text_quietly(category.descriptions.get("en", ""))
        self.shortcut_edit.setText(category.shortcut or "")
        self._fill_colors(category.color)
        self.features.show_category(self.draft, category.id, self.model.language)

    def _fill_colors(self, current: str) -> None:
        self.color_box.clear()
        colors = list(SAFE_PALETTE)
        if current.lower() not in colors:
            colors.append(current.lower())
        for color in colors:
            name = PALETTE_NAMES.get(color)
            text = translate("TagsetEditor", name) if name else color
            self.color_box.addItem(color_icon(color), f"{text}  {color}", color)
        self.color_box.addItem(translate("TagsetEditor", "Other colour…"), OTHER_COLOR)
        self.color_box.setCurrentIndex(self.color_box.findData(current.lower()))

    # -------------------------------------------------------------- editing

    def commit(self) -> None:
        for box in (self.description_es, self.description_en):
            box.commit()

    def _edit(self, plan: Plan, then: str | None = None) -> bool:
        self._wanted = then or self._shown
        done = self.run_edit(plan)
        if not done:
            self._show(self._shown)  # put the form back to what the draft holds
        return done

    def add_category(self) -> None:
        new_id: list[str] = []

        def plan():
            edit = authoring.add_category(self.draft)
            new_id.append(edit.category_id)
            return edit

        self._wanted = None
        if self.run_edit(plan):
            self.show_category(new_id[0])
            self.label_es.setFocus()
            self.label_es.selectAll()

    def _on_id_edited(self) -> None:
        new_id = self.id_edit.text().strip()
        if self._shown and new_id != self._shown:
            old = self._shown
            self._edit(lambda: authoring.rename_category(self.draft, old, new_id), new_id)

    def _on_labels_edited(self) -> None:
        category = self.draft.category(self._shown or "")
        if category is None:
            return
        labels = {"es": self.label_es.text(), "en": self.label_en.text()}
        if authoring.clean_texts(labels) != category.labels:
            cid = category.id
            self._edit(lambda: authoring.update_category(self.draft, cid, labels=labels))

    def _on_descriptions_edited(self) -> None:
        category = self.draft.category(self._shown or "")
        if category is None:
            return
        texts = {"es": self.description_es.toPlainText(), "en": self.description_en.toPlainText()}
        if authoring.clean_texts(texts) != category.descriptions:
            cid = category.id
            self._edit(lambda: authoring.update_category(self.draft, cid, descriptions=texts))

    def _on_shortcut_edited(self) -> None:
        category = self.draft.category(self._shown or "")
        key = self.shortcut_edit.text().strip() or None
        if category is not None and key != category.shortcut:
            cid = category.id
            self._edit(lambda: authoring.update_category(self.draft, cid, shortcut=key))

    def _on_color_chosen(self, position: int) -> None:
        category = self.draft.category(self._shown or "")
        if category is None:
            return
        color = self.color_box.itemData(position)
        if color == OTHER_COLOR:
            chosen = QColorDialog.getColor(QColor(category.color), self)
            if not chosen.isValid():
                self._fill_colors(category.color)
                return
            color = chosen.name()
        if color != category.color.lower():
            cid = category.id
            self._edit(lambda: authoring.update_category(self.draft, cid, color=color))

    def _move(self, delta: int) -> None:
        if self._shown:
            cid = self._shown
            self._edit(lambda: authoring.move_category(self.draft, cid, delta), cid)
