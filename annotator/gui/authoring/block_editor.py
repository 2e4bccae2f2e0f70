"""The article as a list of blocks: change kind, edit text, split, merge, move, delete.

Imports are rarely perfect: a caption glued to a paragraph, a byline taken
for a paragraph, a "Read more" left over. Here the instructor fixes that
block by block. The editor never changes the draft itself: each button
plans an edit with the core (which also carries the key spans along) and
hands the plan to the window, which pushes it on the undo stack or shows
why it was refused.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core import authoring
from annotator.core.authoring import Draft
from annotator.core.model import BLOCK_KINDS
from annotator.gui.authoring.widgets import CommitTextEdit
from annotator.gui.offsets import OffsetMap
from annotator.gui.row_table import SPOKEN, row_table, spoken_row

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

KIND_NAMES = {
    "headline": QT_TRANSLATE_NOOP("BlockKinds", "Headline"),
    "standfirst": QT_TRANSLATE_NOOP("BlockKinds", "Standfirst"),
    "byline": QT_TRANSLATE_NOOP("BlockKinds", "Byline"),
    "dateline": QT_TRANSLATE_NOOP("BlockKinds", "Dateline"),
    "subheading": QT_TRANSLATE_NOOP("BlockKinds", "Subheading"),
    "paragraph": QT_TRANSLATE_NOOP("BlockKinds", "Paragraph"),
    "list-item": QT_TRANSLATE_NOOP("BlockKinds", "List item"),
    "quote": QT_TRANSLATE_NOOP("BlockKinds", "Quote"),
    "caption": QT_TRANSLATE_NOOP("BlockKinds", "Caption"),
    "credit": QT_TRANSLATE_NOOP("BlockKinds", "Credit"),
}

NUMBER, KIND, TEXT = range(3)
PREVIEW_CHARACTERS = 140

Plan = Callable[[], object]  # returns an ArticleEdit; may raise AuthoringError


def kind_name(kind: str) -> str:
    return translate("BlockKinds", KIND_NAMES.get(kind, kind))


class BlockModel(QAbstractTableModel):
    """The draft's blocks, one row each; re-read whole on every article change (they are few)."""

    def __init__(self, draft: Draft, parent=None) -> None:
        super().__init__(parent)
        self.draft = draft
        draft.subscribe(self._on_draft_changed)

    def detach(self) -> None:
        self.draft.unsubscribe(self._on_draft_changed)

    def _on_draft_changed(self, part: str) -> None:
        if part == "article":
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.draft.blocks)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (
                translate("BlockEditor", "#"),
                translate("BlockEditor", "Kind"),
                translate("BlockEditor", "Text"),
            )[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.draft.blocks):
            return None
        block = self.draft.blocks[index.row()]
        if role == SPOKEN:
            return spoken_row(self, index.row())
        if role == Qt.DisplayRole:
            if index.column() == NUMBER:
                return str(index.row() + 1)
            if index.column() == KIND:
                return kind_name(block.kind)
            text = block.text
            return text if len(text) <= PREVIEW_CHARACTERS else text[: PREVIEW_CHARACTERS - 1] + "…"
        if role == Qt.ToolTipRole and index.column() == TEXT:
            return block.text
        if role == Qt.TextAlignmentRole and index.column() == NUMBER:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def flags(self, index: QModelIndex):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags


class BlockEditor(QWidget):
    """The block list with its tools; tells the window which block the user is on."""

    block_chosen = Signal(int)  # row picked in the list: show it in the article

    def __init__(self, run_edit: Callable[[Plan], bool], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("blockEditor")
        self.run_edit = run_edit
        self.draft: Draft | None = None
        self.model: BlockModel | None = None
        self._silent = False
        self._resetting = False
        self._wanted = 0  # the row to show after the next edit
        self._shown_row = -1  # the row whose text the text box holds

        self.notes_button = QToolButton(self)
        self.notes_button.setObjectName("importNotesButton")
        self.notes_button.setCheckable(True)
        self.notes_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.notes_button.setArrowType(Qt.RightArrow)
        self.notes_button.setAutoRaise(True)
        self.notes_button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.notes_button.setToolTip(
            translate("BlockEditor", "Show what the import dropped from the page")
        )
        self.notes_button.toggled.connect(self._on_notes_toggled)
        self.notes_button.hide()
        self.notes = QLabel(self)
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.RichText)
        self.notes.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.notes.hide()

        self.table = row_table(
            self, "blockTable", spoken_name=translate("BlockEditor", "Blocks of the article"))

        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("blockKind")
        for kind in BLOCK_KINDS:
            self.kind_box.addItem(kind_name(kind), kind)
        self.kind_box.setToolTip(
            translate("BlockEditor", "What this block is: it sets how it is shown (Alt+N)")
        )
        self.kind_box.activated.connect(self._on_kind_chosen)
        kind_label = QLabel(translate("BlockEditor", "Ki&nd:"), self)
        kind_label.setBuddy(self.kind_box)

        self.text_edit = CommitTextEdit(self, max_lines=7, limit=None)
        self.text_edit.setObjectName("blockText")
        self.text_edit.setPlaceholderText(translate("BlockEditor", "The block's text"))
        self.text_edit.setToolTip(
            translate(
                "BlockEditor",
                "Edit the text, then leave the box or press Ctrl+Return. Line breaks become "
                "spaces; key spans follow their words.",
            )
        )
        self.text_edit.committed.connect(self.apply_text)
        text_label = QLabel(translate("BlockEditor", "&Text of the block:"), self)
        text_label.setBuddy(self.text_edit)

        self.apply_action = self._action(
            translate("BlockEditor", "Apply text"), "Ctrl+Return",
            translate("BlockEditor", "Use the edited text for this block"), self.apply_text,
        )
        self.split_action = self._action(
            translate("BlockEditor", "Split at cursor"), "Ctrl+Shift+Return",
            translate("BlockEditor", "Cut the block in two where the text cursor is"),
            self.split_at_cursor,
        )
        self.merge_action = self._action(
            translate("BlockEditor", "Merge with next"), "Ctrl+Shift+M",
            translate("BlockEditor", "Join this block and the one after it"),
            self.merge_with_next,
        )
        self.insert_action = self._action(
            translate("BlockEditor", "New block after"), "Ctrl+Shift+N",
            translate("BlockEditor", "Add an empty paragraph after this block to type into"),
            self.insert_after,
        )
        self.delete_action = self._action(
            translate("BlockEditor", "Delete block"), "Ctrl+Shift+Delete",
            translate("BlockEditor", "Remove this block (web residue, an ad, a stray line)"),
            self.delete_current,
        )
        self.up_action = self._action(
            translate("BlockEditor", "▲ Move up"), "Alt+Up",
            translate("BlockEditor", "Move this block before the previous one"),
            lambda: self.move_current(-1),
        )
        self.down_action = self._action(
            translate("BlockEditor", "▼ Move down"), "Alt+Down",
            translate("BlockEditor", "Move this block after the next one"),
            lambda: self.move_current(+1),
        )

        block_tools = QHBoxLayout()
        for action in (self.up_action, self.down_action, self.insert_action, self.delete_action):
            block_tools.addWidget(self._button(action))
        block_tools.addStretch(1)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind_box, 1)
        text_tools = QHBoxLayout()
        for action in (self.apply_action, self.split_action, self.merge_action):
            text_tools.addWidget(self._button(action))
        text_tools.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.notes_button)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        layout.addLayout(block_tools)
        layout.addSpacing(6)
        layout.addLayout(kind_row)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit)
        layout.addLayout(text_tools)

    def _action(self, text: str, keys: str, tip: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        shown = action.shortcut().toString(QKeySequence.NativeText)
        action.setToolTip(f"{tip} ({shown})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        return button

    # ---------------------------------------------------------------- model

    def set_draft(self, draft: Draft, notes: list[str] | None = None) -> None:
        if self.model is not None:
            self.model.detach()
            self.model.deleteLater()
        self.draft = draft
        self.model = BlockModel(draft, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelAboutToBeReset.connect(self._on_reset_coming)
        self.model.modelReset.connect(self._restore_current)
        self.set_notes(notes or [])
        self.select_block(0)

    def set_notes(self, notes: list[str]) -> None:
        """What an import left out, so the instructor can check nothing that mattered went.

        Folded under one line by default: most of it is navigation and ads.
        """
        # The list sits under "what the import left out": the leading verb is redundant.
        notes = [note.removeprefix("dropped ").removeprefix("se quitó: ") for note in notes]
        self.notes_button.setVisible(bool(notes))
        self.notes_button.setChecked(False)
        self.notes_button.setText(
            translate("BlockEditor", "What the import left out (%1): check nothing of the "
                      "article went").replace("%1", str(len(notes)))
        )
        items = "".join(f"<li>{html.escape(note)}</li>" for note in notes)
        self.notes.setText(f"<ul style='margin:0'>{items}</ul>" if notes else "")
        self._on_notes_toggled(False)

    def _on_notes_toggled(self, shown: bool) -> None:
        self.notes.setVisible(shown)
        self.notes_button.setArrowType(Qt.DownArrow if shown else Qt.RightArrow)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_block(self, row: int, quiet: bool = True) -> None:
        if self.model is None or not 0 <= row < self.model.rowCount():
            return
        self._silent = quiet
        try:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, TEXT),
                QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows,
            )
            self.table.scrollTo(self.model.index(row, TEXT))
        finally:
            self._silent = False
        self._show_block(row)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._resetting:
            return
        if previous.isValid() and previous.row() != current.row():
            self._commit_text(previous.row())
        self._show_block(current.row())
        if current.isValid() and not self._silent:
            self.block_chosen.emit(current.row())

    def _on_reset_coming(self) -> None:
        self._resetting = True

    def _restore_current(self) -> None:
        self._resetting = False
        self.select_block(min(self._wanted, self.model.rowCount() - 1))

    def _show_block(self, row: int) -> None:
        has = self.draft is not None and 0 <= row < len(self.draft.blocks)
        for widget in (self.kind_box, self.text_edit):
            widget.setEnabled(has)
        if not has:
            self._shown_row = -1
            self.text_edit.set_text_quietly("")
            return
        block = self.draft.blocks[row]
        self.kind_box.setCurrentIndex(self.kind_box.findData(block.kind))
        self.text_edit.set_text_quietly(block.text)
        self._shown_row = row

    # -------------------------------------------------------------- editing

    def _edit(self, plan: Plan, then_row: int) -> bool:
        self._wanted = then_row
        done = self.run_edit(plan)
        if done:
            self.select_block(then_row)
        return done

    def _commit_text(self, row: int) -> None:
        if self.draft is None or not 0 <= row < len(self.draft.blocks):
            return
        text = self.text_edit.toPlainText()
        if authoring.block_text(text) != self.draft.blocks[row].text:
            self._edit(lambda: authoring.edit_block(self.draft, row, text), row)

    def apply_text(self) -> None:
        self._commit_text(self._shown_row)

    def _on_kind_chosen(self, position: int) -> None:
        row, kind = self.current_row(), self.kind_box.itemData(position)
        if row >= 0 and kind != self.draft.blocks[row].kind:
            self._edit(lambda: authoring.set_block_kind(self.draft, row, kind), row)

    def split_at_cursor(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        typed = self.text_edit.toPlainText()
        caret = OffsetMap([typed]).from_qt(self.text_edit.textCursor().position(), round_up=False)
        # Where the caret is in the block's text once the typed text is normalised.
        at = len(authoring.block_text(typed[:caret] + "x")) - 1
        self.apply_text()
        self._edit(lambda: authoring.split_block(self.draft, row, at), row + 1)

    def merge_with_next(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.apply_text()
            self._edit(lambda: authoring.merge_with_next(self.draft, row), row)

    def insert_after(self) -> None:
        row = self.current_row()
        placeholder = translate("BlockEditor", "New paragraph")
        if self._edit(
            lambda: authoring.insert_block(self.draft, row + 1, "paragraph", placeholder), row + 1
        ):
            self.text_edit.setFocus()
            self.text_edit.selectAll()

    def delete_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self._edit(lambda: authoring.delete_block(self.draft, row), max(0, row - 1))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        to = row + delta
        if row >= 0 and self.draft is not None and 0 <= to < len(self.draft.blocks):
            self._edit(lambda: authoring.move_block(self.draft, row, to), to)
