"""One trainee's work beside the expert's key: the article, the score card, the feedback.

A widget of its own, fed a grade from the core, so that the workspace's
check mode and a read-only look from the class window show the same thing.
It owns its article view (the workspace's keeps its scroll place and
selection for when the trainee goes back to editing) and its actions:
mine only / expert only / both (Ctrl+1, Ctrl+2, Ctrl+3) and the next and
previous difference (F8, Shift+F8), active wherever the focus is inside it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.feedback import feedback
from annotator.gui.accessibility import announce, plain_text
from annotator.gui.article_view import ArticleView
from annotator.gui.comparison_marks import BOTH, EXPERT, MINE, ComparisonMarks
from annotator.gui.feedback_panel import EXPERT_LABEL, FeedbackPanel, FeedbackRow, card_text
from annotator.gui.painter import SpanPainter
from annotator.gui.score_card import ScoreCard
from annotator.gui.span_styles import styles_for
from annotator.gui.tips import set_tip
from annotator.gui.verdicts import look
from annotator.services.reports.words import Words

if TYPE_CHECKING:
    from annotator.core.feedback import FeedbackItem
    from annotator.core.grading import GradeResult
    from annotator.core.model import Exercise, Trainee

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

SIDEBAR_WIDTH = 460
LEGEND_VERDICTS = ("found", "partial", "wrong-category", "missed", "extra")


class ComparisonView(QWidget):
    """The comparison of one grade; call set_exercise once, then set_result on every grade."""

    item_chosen = Signal(object)  # FeedbackItem, after the article scrolled to it
    message = Signal(str)  # a short line for the window's status bar

    def __init__(self, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison")
        self.language = language
        self.about: str | None = None  # a trainee's name when the instructor is reading
        self.exercise: Exercise | None = None
        self.result: GradeResult | None = None
        self.rows: list[FeedbackRow] = []
        self.styles: dict = {}
        self.labels: dict[str, str] = {}
        self.caret_wanted = lambda: True  # the host turns caret speech off from its settings
        self._build_actions()
        self._build_widgets()

    # ============================================================ building

    def _action(self, text: str, shortcut: str, tip: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        set_tip(action, tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.next_action = self._action(
            translate("Comparison", "&Next difference"), "F8",
            translate("Comparison", "Go to the next difference from the expert"),
            lambda: self.step(True),
        )
        self.next_action.setIconText(translate("Comparison", "Next ▶"))
        self.previous_action = self._action(
            translate("Comparison", "&Previous difference"), "Shift+F8",
            translate("Comparison", "Go to the previous difference from the expert"),
            lambda: self.step(False),
        )
        self.previous_action.setIconText(translate("Comparison", "◀ Previous"))
        self.show_group = QActionGroup(self)
        self.show_actions: dict[str, QAction] = {}
        for show, text, key, tip in (
            (MINE, translate("Comparison", "&Mine only"), "Ctrl+1",
             translate("Comparison", "Show only your highlights, each with its verdict")),
            (EXPERT, translate("Comparison", "&Expert only"), "Ctrl+2",
             translate("Comparison", "Show only the expert's passages, each with its verdict")),
            (BOTH, translate("Comparison", "&Both"), "Ctrl+3",
             translate("Comparison", "Show your highlights (fills) and the expert's passages "
                                     "(boxes) together")),
        ):
            action = self._action(text, key, tip, lambda _=False, s=show: self.set_show(s))
            action.setCheckable(True)
            self.show_group.addAction(action)
            self.show_actions[show] = action
        self.show_actions[BOTH].setChecked(True)

    def _build_widgets(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("comparisonTitle")
        self.title_label.setTextFormat(Qt.PlainText)
        self.title_label.setMinimumWidth(120)  # a long name is cut, the buttons stay
        self.header = QWidget(self)
        self.header.setObjectName("comparisonHeader")
        self.header.setAttribute(Qt.WA_StyledBackground)
        self._header_layout = QHBoxLayout(self.header)
        self._header_layout.setContentsMargins(16, 8, 12, 8)
        self._header_layout.setSpacing(6)
        self._header_layout.addWidget(self.title_label, 1)
        show_label = QLabel(translate("Comparison", "Show:"), self.header)
        show_label.setObjectName("comparisonShowLabel")
        self._header_layout.addWidget(show_label)
        self._header_buttons: list[QToolButton] = []
        for show in (MINE, EXPERT, BOTH):
            self._header_buttons.append(self._button(self.show_actions[show]))
            self._header_layout.addWidget(self._header_buttons[-1])
        self._header_layout.addSpacing(16)

        self.legend = QLabel(self)
        self.legend.setObjectName("comparisonLegend")
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setWordWrap(True)
        self.legend.setText(self._legend_html())

        self.article = ArticleView(self)  # keeps the name "article": themes style its paper
        self.article.setAccessibleName(translate("Comparison", "Article with the comparison"))
        self.painter = SpanPainter(self.article)
        self.marks = ComparisonMarks(self.article, self.painter)
        self.article.tooltip_provider = self._tooltip_at
        self.article.caret_moved.connect(self._on_caret_moved)

        self.score_card = ScoreCard(self)
        self.panel = FeedbackPanel(self)
        self.panel.item_chosen.connect(self._on_item_chosen)
        self.panel.wrapped.connect(self._on_wrapped)
        self._step_buttons = [self._button(self.previous_action, self.panel),
                              self._button(self.next_action, self.panel)]
        for button in self._step_buttons:
            self.panel.add_to_heading(button)
        sidebar = QWidget(self)
        sidebar.setObjectName("comparisonSidebar")
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(12, 10, 12, 10)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.score_card)
        side_layout.addWidget(self.panel, 1)

        reading = QWidget(self)
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.legend)
        reading_layout.addWidget(self.article, 1)

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(reading)
        self.splitter.addWidget(sidebar)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1280 - SIDEBAR_WIDTH, SIDEBAR_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self._update_tab_order()

    def _button(self, action: QAction, parent: QWidget | None = None) -> QToolButton:
        button = QToolButton(parent or self.header)
        button.setDefaultAction(action)
        button.setAccessibleName(plain_text(action.text()))  # words, not "Next ▶"
        button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        button.setObjectName("comparisonButton")
        return button

    def add_header_action(self, action: QAction) -> QToolButton:
        """A button in the header for an action of the host (save a graded copy, go back)."""
        button = self._button(action)
        self._header_layout.addWidget(button)
        self._header_buttons.append(button)
        self._update_tab_order()
        return button

    def _update_tab_order(self) -> None:
        """Tab goes as the eye reads: the header's buttons, the article, then the sidebar.

        (The list takes the focus when check mode opens; a focus proxy on the
        whole view would have made Tab skip everything but the list and the
        buttons after it.)
        """
        chain = [*self._header_buttons, self.article, *self._step_buttons,
                 self.panel.verdict_filter, self.panel.category_filter, self.panel.list]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _legend_html(self) -> str:
        """The key to the marks; it may wrap between its entries, never inside one."""

        def whole(text: str) -> str:  # one entry: its words kept on one line
            return escape(text).replace(" ", "&nbsp;")

        verdicts = " &nbsp;".join(
            f"<b style='color:{look(v).color.name()}'>{escape(look(v).symbol)}</b>&nbsp;"
            f"{whole(look(v).name)}"
            for v in LEGEND_VERDICTS
        )
        return (
            "<b>" + whole(translate("Comparison", "Fill")) + "</b>&nbsp;"
            + whole(translate("Comparison", "= your highlight") if self.about is None
                    else translate("Comparison", "= the trainee's highlight"))
            + " &nbsp;·&nbsp; <b>" + whole(translate("Comparison", "Box")) + "</b>&nbsp;"
            + whole(translate("Comparison", "= the expert's passage"))
            + " &nbsp;·&nbsp; " + verdicts
        )

    # ============================================================ content

    def set_exercise(self, exercise: Exercise) -> None:
        """Show a new exercise's article (built once; grades only repaint it)."""
        self.exercise = exercise
        self.styles = styles_for(exercise.tagset)
        self.marks.set_styles(self.styles)
        self.marks.set_result(None)
        self.marks.set_current(None)
        self.article.set_article(exercise.article)
        self.labels = {c.id: c.label(self.language) for c in exercise.tagset.categories}
        self.panel.set_categories(self.labels)
        self._set_group_titles()
        self.set_trainee(None)

    def set_audience(self, about: str | None) -> None:
        """Word everything for the instructor, about the trainee named ``about``
        ("What Ana missed"), or (None) for the trainee, as in check mode."""
        self.about = about
        self.legend.setText(self._legend_html())
        if self.exercise is not None:
            self._set_group_titles()
        if self.result is not None:
            self.set_result(self.result)

    def _set_group_titles(self) -> None:
        words = Words(self.language, self.about)
        self.panel.set_group_titles({n: words[f"group.{n}"] for n in range(4)})

    def set_trainee(self, trainee: Trainee | None) -> None:
        who = (trainee.name or trainee.id or "") if trainee else ""
        title = translate("Comparison", "Your highlights compared with the expert's")
        if who:
            title = translate("Comparison", "%1: highlights compared with the expert's").replace(
                "%1", who)
        self.title_label.setText(title)

    def set_result(self, result: GradeResult) -> None:
        """Show a grade of this exercise: article marks, score card and feedback list."""
        self.result = result
        notes = {
            o.annotation.id: o.span.note or ""
            for o in result.annotation_outcomes
            if o.span.note
        }
        items = feedback(result, self.language, self.exercise.tagset, about=self.about)
        marked_as = {o.annotation.id: o.annotation.category for o in result.annotation_outcomes}
        self.rows = [
            FeedbackRow(item, self.labels.get(item.category, item.category),
                        notes.get(item.annotation or "", ""),
                        self._mine_label(item, marked_as), self.about)
            for item in items
        ]
        self.marks.set_result(result)
        current = self.panel.current_item()
        self.panel.set_rows(self.rows)
        if current is not None and self.panel.current_item() is None:
            self.marks.set_current(None)
        elif self.panel.current_item() is not None:
            self._mark_current(self.panel.current_item())
        self.score_card.set_result(result, self.exercise.tagset, self.styles, self.language,
                                   self.about)
        self.painter.refresh_now()

    def _mine_label(self, item: FeedbackItem, marked_as: dict[str, str]) -> str:
        """The trainee's category of the item's span, when it is not the expert's."""
        mine = marked_as.get(item.annotation or "")
        if mine is None or mine == item.category:
            return ""
        return self.labels.get(mine, mine)

    def set_show(self, show: str) -> None:
        self.show_actions[show].setChecked(True)
        self.marks.set_show(show)
        self.painter.refresh_now()

    @property
    def showing(self) -> str:
        """mine, expert or both (not ``show``: that is QWidget's)."""
        return self.marks.show

    # ============================================================ moving

    def step(self, forward: bool = True) -> FeedbackItem | None:
        """Next or previous difference (F8, Shift+F8): the list moves and the article follows."""
        item = self.panel.step(forward)
        if item is None:
            self.message.emit(translate("Comparison", "No differences to go to: well done."))
        return item

    def _on_wrapped(self, forward: bool) -> None:
        self.message.emit(
            translate("Comparison", "That was the last difference: back to the first.")
            if forward
            else translate("Comparison", "That was the first difference: on to the last.")
        )

    def _on_item_chosen(self, item: FeedbackItem) -> None:
        self.reveal(item.start, item.end)
        self._mark_current(item)
        self.item_chosen.emit(item)

    def reveal(self, start: int, end: int) -> None:
        """Scroll so the whole passage shows, a third of the way down, unless it already does."""
        article = self.article
        if article.offset_map is None:
            return
        cursor = QTextCursor(article.document())
        cursor.setPosition(article.offset_map.to_qt(start))
        top = article.cursorRect(cursor).top()
        cursor.setPosition(article.offset_map.to_qt(end))
        bottom = article.cursorRect(cursor).bottom()
        height = article.viewport().height()
        margin = 24
        if top < margin or bottom > height - margin:
            bar = article.verticalScrollBar()
            bar.setValue(bar.value() + top - height // 3)

    def _mark_current(self, item: FeedbackItem) -> None:
        self.marks.set_current((item.start, item.end, item.verdict))

    def _on_caret_moved(self, offset: int) -> None:
        """A click in the article picks the feedback on that passage, the shortest first.

        The article's accessible description names every verdict there, and
        entering another passage speaks it (unless turned off in Settings).
        """
        here = self.items_at(offset)
        cards = {id(r.item): r for r in self.rows}
        words = " ".join(card_text(cards[id(i)]) for i in here if id(i) in cards)
        if words != self.article.accessibleDescription():
            self.article.setAccessibleDescription(words)
            if words and self.caret_wanted():
                announce(self.article, words)
        if here:
            self.panel.show_identity(
                (here[0].key, None) if here[0].key else (None, here[0].annotation))
            self._mark_current(here[0])

    # ============================================================ hover

    def items_at(self, offset: int) -> list[FeedbackItem]:
        """The feedback items on the passages at an offset, as shown, the shortest first.

        A trainee span counts with its own range, so hovering the too-wide part
        of a partial span still tells about it.
        """
        result = self.result
        if result is None:
            return []
        by_key = {r.item.key: r.item for r in self.rows if r.item.key}
        by_annotation = {r.item.annotation: r.item for r in self.rows if r.item.key is None}
        found: dict[int, tuple[int, FeedbackItem]] = {}
        if self.showing in (EXPERT, BOTH):
            for o in result.key_outcomes:
                item = by_key.get(o.key.id)
                if item and o.key.start <= offset < o.key.end:
                    if self.showing == BOTH and o.verdict == "optional" and o.annotation is None:
                        continue
                    found[id(item)] = (o.key.end - o.key.start, item)
        if self.showing in (MINE, BOTH):
            for o in result.annotation_outcomes:
                span = o.annotation
                if not span.start <= offset < span.end or span.orphaned:
                    continue
                item = by_key.get(o.key.id) if o.key is not None else None
                item = item or by_annotation.get(o.duplicate_of or span.id)
                if item is not None:
                    size = span.end - span.start
                    if id(item) not in found or size < found[id(item)][0]:
                        found[id(item)] = (size, item)
        return [item for _, item in sorted(found.values(), key=lambda pair: pair[0])]

    def _tooltip_at(self, offset: int) -> str:
        lines = []
        for item in self.items_at(offset):
            verdict = look(item.verdict)
            line = (
                f"<b style='color:{verdict.color.name()}'>{escape(verdict.symbol)} "
                f"{escape(verdict.name)}</b> · {escape(self.labels.get(item.category, ''))}"
                f"<br>{escape(item.sentence)}"
            )
            if item.explanation:
                line += (f"<br><i>{escape(translate('FeedbackPanel', EXPERT_LABEL))} "
                         f"{escape(item.explanation)}</i>")
            lines.append(line)
        return "<hr>".join(lines)
