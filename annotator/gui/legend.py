"""The legend: every category with its look, its key and what to mark with it.

Each entry is also a button: clicking it does what its key does (mark the
selection, or pick the category for marker mode), so the legend teaches the
shortcut while being used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QWidget

from annotator.gui.span_styles import SpanStyle, swatch_icon

if TYPE_CHECKING:
    from annotator.core.model import Tagset

translate = QCoreApplication.translate

LINE_NAMES = {
    "solid": QT_TRANSLATE_NOOP("Legend", "solid line"),
    "dash": QT_TRANSLATE_NOOP("Legend", "dashed line"),
    "wave": QT_TRANSLATE_NOOP("Legend", "wavy line"),
    "dot": QT_TRANSLATE_NOOP("Legend", "dotted line"),
    "dashdot": QT_TRANSLATE_NOOP("Legend", "dash-dot line"),
    "double": QT_TRANSLATE_NOOP("Legend", "double line"),
}


def line_name(line: str) -> str:
    return translate("Legend", LINE_NAMES.get(line, line))


class Legend(QWidget):
    category_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)
        self.buttons: dict[str, QToolButton] = {}

    def set_categories(self, tagset: Tagset, styles: dict[str, SpanStyle], language: str) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone from the next paint, not only once deleted
                item.widget().deleteLater()
        self.buttons.clear()
        for row, category in enumerate(tagset.categories):
            style = styles[category.id]
            button = QToolButton(self)
            button.setObjectName("legendButton")
            button.setIcon(swatch_icon(style, 28))
            button.setIconSize(QSize(28, 28))
            key = category.shortcut or ""
            label = category.label(language)
            button.setText(f"{key}  {label}" if key else label)
            button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            button.setCursor(Qt.PointingHandCursor)
            button.setToolTip(
                translate("Legend", "%1 — %2. Key: %3")
                .replace("%1", label)
                .replace("%2", line_name(style.line))
                .replace("%3", key or "—")
            )
            button.clicked.connect(lambda _=False, cid=category.id: self.category_clicked.emit(cid))
            description = QLabel(category.description(language), self)
            description.setObjectName("legendDescription")
            description.setWordWrap(True)
            description.setTextInteractionFlags(Qt.NoTextInteraction)
            self._grid.addWidget(button, 2 * row, 0, Qt.AlignLeft)
            self._grid.addWidget(description, 2 * row + 1, 0)
            self.buttons[category.id] = button
