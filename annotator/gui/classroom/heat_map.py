"""The class on the article: per category, how many trainees marked each passage.

This is what an instructor projects after the lesson, so it reads at a
glance from the back of a room: one category at a time (Ctrl+1, Ctrl+2,
... or the buttons), shades in fifths of the class with a legend that
gives them in trainees, expert passages underlined, and the exact numbers
for every category under the mouse.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPixmap, QTextDocumentFragment
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.grading import place
from annotator.core.overview import Overview, count_at
from annotator.gui import storage
from annotator.gui.accessibility import announce, caret_announcements_on
from annotator.gui.article_view import ArticleView
from annotator.gui.classroom.coverage_highlighter import CoverageHighlighter
from annotator.gui.span_styles import LINE_STYLES, SpanStyle, styles_for, swatch_icon
from annotator.services.classroom import Key
from annotator.services.reports.article import SHADES, CategoryLook, blend

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def level_ranges(trainees: int) -> list[tuple[int, int, int]]:
    """(level, fewest, most trainees) for each shade step that some count can reach."""
    steps = len(SHADES)
    ranges = []
    for level in range(1, steps + 1):
        low = (level - 1) * trainees // steps + 1
        high = level * trainees // steps
        if low <= high:
            ranges.append((level, low, high))
    return ranges


class HeatMap(QWidget):
    """Category buttons, a legend in trainees, and the shaded article."""

    category_changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.view = ArticleView(self)
        self.view.setObjectName("heatArticle")
        self.view.setAccessibleName(
            translate("HeatMap", "Article, shaded by how many trainees marked each passage"))
        self.view.tooltip_provider = self._tooltip_at
        self.view.caret_moved.connect(self._on_caret_moved)
        self.highlighter: CoverageHighlighter | None = None
        self.category: str | None = None
        self._overview: Overview | None = None
        self._key: Key | None = None
        self._looks: dict[str, CategoryLook] = {}
        self._key_spans: dict[str, list[tuple[int, int]]] = {}
        self.buttons: dict[str, QToolButton] = {}
        self._category_actions: list[QAction] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        self._button_row = QHBoxLayout()
        self._button_row.setSpacing(6)
        self.show_key = QToolButton(self)
        self.show_key.setObjectName("showKey")
        self.show_key.setCheckable(True)
        self.show_key.setChecked(True)
        self.show_key.setText(translate("HeatMap", "Show the expert's passages"))
        self.show_key.setShortcut(QKeySequence("Ctrl+U"))
        self.show_key.setToolTip(translate(
            "HeatMap", "Underline the passages the expert marked in this category (Ctrl+U)"))
        self.show_key.toggled.connect(lambda _: self._paint())
        self.legend = QWidget(self)
        self.legend.setObjectName("heatLegend")
        self._legend_row = QHBoxLayout(self.legend)
        self._legend_row.setContentsMargins(0, 0, 0, 0)
        self._legend_row.setSpacing(4)
        self.no_article = QLabel(translate(
            "HeatMap", "A key file has no article, so there is nothing to shade. Open the class "
            "with the exercise file to see the heat map."), self)
        self.no_article.setWordWrap(True)
        self.no_article.hide()

        top = QWidget(self)
        top.setObjectName("heatBar")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 8, 12, 8)
        top_layout.setSpacing(6)
        top_layout.addLayout(self._button_row)
        top_layout.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(self.no_article)
        layout.addWidget(self.view, 1)

    # -------------------------------------------------------------- content

    def set_class(self, key: Key, view: Overview, looks: dict[str, CategoryLook]) -> None:
        self._key, self._overview, self._looks = key, view, looks
        self._key_spans = {}
        for span in key.spans:
            placed = place(span) if span.required else None
            if placed is not None and not placed.orphaned:
                self._key_spans.setdefault(span.category, []).append((placed.start, placed.end))
        has_article = key.exercise is not None
        self.view.setVisible(has_article)
        self.no_article.setVisible(not has_article)
        if has_article and self.highlighter is None:
            self.view.set_article(key.exercise.article)
            self.highlighter = CoverageHighlighter(self.view.document(), self.view.offset_map)
        self._build_buttons(key, view.categories)
        first = view.categories[0] if view.categories else None
        if self.category in view.categories:
            first = self.category
        if first is not None:
            self.choose(first)

    def _build_buttons(self, key: Key, categories: list[str]) -> None:
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons.clear()
        for action in self._category_actions:
            self.removeAction(action)
            action.deleteLater()
        self._category_actions = []
        while self._button_row.count():
            self._button_row.takeAt(0)
        styles = styles_for(key.exercise.tagset) if key.exercise is not None else {}
        label = QLabel(translate("HeatMap", "Show:"), self)
        label.setObjectName("heatShow")
        self._button_row.addWidget(label)
        for number, category in enumerate(categories, start=1):
            look = self._looks[category]
            style = styles.get(category) or SpanStyle(
                QColor(look.color), LINE_STYLES[(number - 1) % len(LINE_STYLES)])
            button = QToolButton(self)
            button.setObjectName("heatCategory")
            button.setCheckable(True)
            button.setIcon(swatch_icon(style, 24))
            button.setIconSize(QSize(24, 24))
            button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            button.setText(look.label)
            if number <= 9:  # an action, not the button's own key: that animates a click
                action = QAction(self)
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
                action.triggered.connect(lambda _=False, c=category: self.choose(c))
                self.addAction(action)
                self._category_actions.append(action)
            button.setToolTip(translate(
                "HeatMap", "How many trainees marked each passage as %1 (Ctrl+%2)")
                .replace("%1", look.label).replace("%2", str(number)))
            button.clicked.connect(lambda _=False, c=category: self.choose(c))
            self._group.addButton(button)
            self._button_row.addWidget(button)
            self.buttons[category] = button
        self._button_row.addStretch(1)
        self._button_row.addWidget(self.show_key)

    def choose(self, category: str) -> None:
        """Show this category's coverage."""
        if category not in self.buttons:
            return
        self.category = category
        self.buttons[category].setChecked(True)
        self._paint()
        self._fill_legend()
        self.category_changed.emit(category)

    def _paint(self) -> None:
        if self.highlighter is None or self._overview is None or self.category is None:
            return
        category = self.category
        key_spans = self._key_spans.get(category, []) if self.show_key.isChecked() else []
        self.highlighter.show_coverage(
            self._overview.coverage.get(category, []), self._overview.trainees,
            self._looks[category].color, key_spans)

    def _fill_legend(self) -> None:
        while self._legend_row.count():
            item = self._legend_row.takeAt(0)
            if item.widget():
                item.widget().setParent(None)  # gone now, not at the next event loop turn
        trainees = self._overview.trainees if self._overview else 0
        color = self._looks[self.category].color
        self._legend_row.addWidget(QLabel(translate("HeatMap", "Marked by"), self.legend))
        for level, low, high in level_ranges(trainees):
            swatch = QPixmap(18, 18)
            swatch.fill(QColor(blend(color, SHADES[level - 1])))
            box = QLabel(self.legend)
            box.setPixmap(swatch)
            box.setAccessibleName(  # the colour of a shade, in words
                translate("HeatMap", "Shade for %1 trainees").replace(
                    "%1", str(low) if low == high else f"{low}–{high}"))
            self._legend_row.addWidget(box)
            text = str(low) if low == high else f"{low}–{high}"
            self._legend_row.addWidget(QLabel(text, self.legend))
        self._legend_row.addWidget(QLabel(
            translate("HeatMap", "of %n trainees · underlined: the expert's passages · "
                      "hover for numbers", None, trainees), self.legend))
        self._legend_row.addStretch(1)

    # ------------------------------------------------------------- numbers

    def counts_at(self, offset: int) -> dict[str, int]:
        """How many trainees marked the code point at ``offset``, per category."""
        if self._overview is None:
            return {}
        return {c: count_at(self._overview.coverage.get(c, []), offset)
                for c in self._overview.categories}

    def _tooltip_at(self, offset: int) -> str:
        if self._overview is None:
            return ""
        trainees = self._overview.trainees
        lines = []
        for category, count in self.counts_at(offset).items():
            share = f" ({round(100 * count / trainees)} %)" if trainees else ""
            text = translate("HeatMap", "%1: marked by %2 of %3%4") \
                .replace("%1", escape(self._looks[category].label)) \
                .replace("%2", str(count)).replace("%3", str(trainees)).replace("%4", share)
            lines.append(f"<b>{text}</b>" if category == self.category else text)
        for tally in self._overview.key_spans:
            span = tally.span
            if span.start <= offset < span.end:
                lines.append("<hr>" + translate(
                    "HeatMap", "Expert passage (%1): %2 found, %3 partly, %4 in another "
                    "category, <b>%5 missed</b>")
                    .replace("%1", escape(self._looks[span.category].label))
                    .replace("%2", str(tally.found)).replace("%3", str(tally.partial))
                    .replace("%4", str(tally.wrong_category)).replace("%5", str(tally.missed)))
        return "<br>".join(lines)

    def _on_caret_moved(self, offset: int) -> None:
        """A screen reader hears how many marked the passage the caret enters (as the tooltip)."""
        words = QTextDocumentFragment.fromHtml(self._tooltip_at(offset)).toPlainText()
        words = " ".join(words.split())
        if words != self.view.accessibleDescription():
            self.view.setAccessibleDescription(words)
            if words and caret_announcements_on(storage.settings()):
                announce(self.view, words)

    def show_span(self, category: str, start: int, end: int) -> None:
        """Switch to a category and bring a passage into view, selected."""
        self.choose(category)
        if self.view.offset_map is not None and self.view.isVisible():
            self.view.select_offsets(start, end)
            self.view.scroll_to_offsets(start, end)
