"""The feedback list: every difference from the expert, in the order a trainee should read it.

The rows are the core's feedback items (annotator.core.feedback: misses
first, then partial and wrong-category, then extras, then found and optional
passages), each with the verdict's symbol and name, the quote, the core's
sentence (too wide / too narrow / shifted / the expert called it ... / the
expert did not mark this) and the expert's explanation. A proxy filters by
verdict and category; F8 and Shift+F8 walk the differences through whatever
the filter shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Property,
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QPen, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.verdicts import FILTER_ORDER, is_difference, look

if TYPE_CHECKING:
    from annotator.core.feedback import FeedbackItem

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
# Used inside f-strings, where lupdate cannot see a translate() call.
EXPERT_LABEL = QT_TRANSLATE_NOOP("FeedbackPanel", "Expert:")
NOTE_LABEL = QT_TRANSLATE_NOOP("FeedbackPanel", "Your note:")
YOURS_LABEL = QT_TRANSLATE_NOOP("FeedbackPanel", "You marked it as %1.")
THEIRS_LABEL = QT_TRANSLATE_NOOP("FeedbackPanel", "%2 marked it as %1.")  # to the instructor

ITEM_ROLE = Qt.UserRole + 1
VERDICT_ROLE = Qt.UserRole + 2
CATEGORY_ROLE = Qt.UserRole + 3
GROUP_ROLE = Qt.UserRole + 4
GROUP_TITLE_ROLE = Qt.UserRole + 5
HTML_ROLE = Qt.UserRole + 6

MAX_QUOTE = 160  # characters of a quote in the list; the article shows it whole
GROUPS = {"missed": 0, "partial": 1, "wrong-category": 1, "extra": 2, "found": 3, "optional": 3}


@dataclass(frozen=True)
class FeedbackRow:
    """One feedback item with what the list shows beside it."""

    item: FeedbackItem
    category_label: str
    note: str = ""
    mine_label: str = ""  # the trainee's category, when it is not the expert's
    about: str | None = None  # the trainee's name when the instructor reads; None: the trainee

    @property
    def group(self) -> int:
        return GROUPS.get(self.item.verdict, 3)

    @property
    def identity(self) -> tuple[str | None, str | None]:
        """What stays the same when the work is graded again: the key span, else the span."""
        return (self.item.key, None) if self.item.key else (None, self.item.annotation)


def short(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half]}…{text[-half:]}"


class FeedbackModel(QAbstractListModel):
    """The feedback rows of one grade; replaced whole when the work is graded again."""

    def __init__(self, group_titles: dict[int, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[FeedbackRow] = []
        self.group_titles = group_titles or {}

    def set_rows(self, rows: list[FeedbackRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        item = row.item
        role = int(role)
        if role == int(Qt.DisplayRole):
            verdict = look(item.verdict)
            return f"{verdict.symbol} {verdict.name} · {row.category_label}: «{short(item.quote)}»"
        if role == int(Qt.AccessibleTextRole):
            return card_text(row)
        if role == int(Qt.AccessibleDescriptionRole):
            return explanation_text(row)
        if role == int(Qt.ToolTipRole):
            return self._tooltip(row)
        if role == ITEM_ROLE:
            return item
        if role == VERDICT_ROLE:
            return item.verdict
        if role == CATEGORY_ROLE:
            return item.category
        if role == GROUP_ROLE:
            return row.group
        if role == GROUP_TITLE_ROLE:
            return self.group_titles.get(row.group, "")
        if role == HTML_ROLE:
            return row_html(row)
        return None

    @staticmethod
    def _tooltip(row: FeedbackRow) -> str:
        parts = [f"<p>{escape(row.item.sentence)}</p>"]
        if row.item.explanation:
            parts.append(
                f"<p><b>{escape(translate('FeedbackPanel', EXPERT_LABEL))}</b> "
                f"{escape(row.item.explanation)}</p>"
            )
        return "".join(parts)

    def row_of(self, identity: tuple[str | None, str | None]) -> int:
        return next((i for i, r in enumerate(self.rows) if r.identity == identity), -1)


def explanation_text(row: FeedbackRow) -> str:
    """Why the verdict: the feedback sentence and the expert's explanation."""
    text = row.item.sentence
    if row.item.explanation:
        text += f" {translate('FeedbackPanel', EXPERT_LABEL)} {row.item.explanation}"
    return text


def card_text(row: FeedbackRow) -> str:
    """The whole card in words, as a screen reader reads the row.

    Verdict, category, the trainee's category when it differs, the quote,
    why (sentence and expert) and the trainee's note: everything the
    painted card shows, nothing left to colour.
    """
    item = row.item
    verdict = look(item.verdict)
    parts = [f"{verdict.name}, {row.category_label}."]
    if row.mine_label:
        sentence = translate("FeedbackPanel", YOURS_LABEL) if row.about is None \
            else translate("FeedbackPanel", THEIRS_LABEL).replace("%2", row.about)
        parts.append(sentence.replace("%1", row.mine_label))
    parts.append(f"«{short(item.quote)}».")
    parts.append(explanation_text(row))
    if row.note:
        parts.append(f"{translate('FeedbackPanel', NOTE_LABEL)} {short(row.note, 300)}")
    return " ".join(p for p in parts if p)


def row_html(row: FeedbackRow) -> str:
    """The rich text of one row; everything from a file is escaped.

    The verdict keeps its own colour (the report's, drawn on paper in every
    theme); the quieter parts name a class, coloured by the list's theme.
    """
    item = row.item
    verdict = look(item.verdict)
    parts = [
        f"<div><span style='color:{verdict.color.name()}; font-weight:bold'>"
        f"{escape(verdict.symbol)} {escape(verdict.name)}</span>"
        f"<span class='quiet'> · {escape(row.category_label)}</span></div>",
        f"<div style='margin-top:2px'><i>«{escape(short(item.quote))}»</i></div>",
        f"<div style='margin-top:3px'>{escape(item.sentence)}</div>",
    ]
    if item.explanation:
        parts.append(
            f"<div class='expert' style='margin-top:3px'>"
            f"<b>{escape(translate('FeedbackPanel', EXPERT_LABEL))}</b> "
            f"{escape(item.explanation)}</div>"
        )
    if row.note:
        parts.append(
            f"<div class='quiet' style='margin-top:3px'>"
            f"<b>{escape(translate('FeedbackPanel', NOTE_LABEL))}</b> "
            f"{escape(short(row.note, 300))}</div>"
        )
    return "".join(parts)


class FeedbackFilter(QSortFilterProxyModel):
    """Shows one verdict and/or one category; None shows all."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.verdict: str | None = None
        self.category: str | None = None

    def set_filter(self, verdict: str | None, category: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.verdict, self.category = verdict, category
            self.endFilterChange()
        else:
            self.verdict, self.category = verdict, category
            self.invalidateFilter()

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        """A row that starts a group reads the group's title first, as the list paints it."""
        value = super().data(index, role)
        if int(role) == int(Qt.AccessibleTextRole) and value and index.isValid():
            previous = index.sibling(index.row() - 1, 0)
            group = index.data(GROUP_ROLE)
            if not previous.isValid() or previous.data(GROUP_ROLE) != group:
                title = index.data(GROUP_TITLE_ROLE)
                if title:
                    return f"{title}: {value}"
        return value

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self.verdict is not None and index.data(VERDICT_ROLE) != self.verdict:
            return False
        return self.category is None or index.data(CATEGORY_ROLE) == self.category


def _color(name: str, default: str) -> Property:
    """A colour the theme's sheet sets as ``qproperty-<name>``; setting it repaints the rows."""
    attribute = f"_{name}"

    def get(self) -> QColor:
        return getattr(self, attribute, QColor(default))

    def put(self, value) -> None:
        setattr(self, attribute, QColor(value))
        self.viewport().update()

    return Property(QColor, get, put)


class FeedbackList(QListView):
    """The feedback list, whose colours all come from the theme's sheet (``#feedbackList``).

    The rows are cards of paper with the verdicts' colours on them, so the
    sheet decides every colour around those: the palette gives the list's
    background, the ink and the selected row (``background``, ``color``,
    ``selection-background-color``, ``selection-color``), and these
    properties the rest (``qproperty-cardColor: #ffffff;``). A theme change
    re-polishes the list, which sets them again and repaints.
    """

    cardColor = _color("cardColor", "#ffffff")  # a row
    headingColor = _color("headingColor", "#1f3a5f")  # a group's title
    ruleColor = _color("ruleColor", "#c9d2de")  # the line under the title
    focusColor = _color("focusColor", "#2b6cb0")  # the frame of the focused row
    quietColor = _color("quietColor", "#4a5160")  # category and the trainee's note
    expertColor = _color("expertColor", "#2d3440")  # the expert's explanation

    def _get_focus_width(self) -> int:
        return getattr(self, "_focus_width", 1)

    def _set_focus_width(self, value: int) -> None:
        self._focus_width = max(1, int(value))
        self.viewport().update()

    focusWidth = Property(int, _get_focus_width, _set_focus_width)

    def text_style(self) -> str:
        """The row documents' default sheet: the colours of the quieter parts."""
        return (f".quiet {{ color: {self.quietColor.name()} }} "
                f".expert {{ color: {self.expertColor.name()} }}")


class FeedbackDelegate(QStyledItemDelegate):
    """Draws a row as rich text with a bar in the verdict's colour, under its group's title.

    Every colour but the verdict's is the list's (FeedbackList), so the theme sets it.
    """

    PADDING = 8
    BAR = 4

    def __init__(self, view: FeedbackList) -> None:
        super().__init__(view)
        self.view = view
        self._heights: dict[tuple[str, int], float] = {}

    def _document(self, html: str, width: int, font) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(self.view.text_style())
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setTextWidth(max(80, width))
        return document

    def _text_width(self) -> int:
        return self.view.viewport().width() - 2 * self.PADDING - self.BAR - 6

    def _heading_height(self, index: QModelIndex) -> int:
        return self.view.fontMetrics().height() + 14 if self._starts_group(index) else 0

    @staticmethod
    def _starts_group(index: QModelIndex) -> bool:
        previous = index.sibling(index.row() - 1, 0)
        return not previous.isValid() or previous.data(GROUP_ROLE) != index.data(GROUP_ROLE)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        html = index.data(HTML_ROLE) or ""
        width = self._text_width()
        height = self._heights.get((html, width))
        if height is None:
            height = self._document(html, width, self.view.font()).size().height()
            if len(self._heights) > 500:
                self._heights.clear()
            self._heights[(html, width)] = height
        return QSize(width, int(height) + 2 * self.PADDING + self._heading_height(index))

    def paint(self, painter, option, index) -> None:
        painter.save()
        view = self.view
        palette = view.palette()
        rect = option.rect
        heading = self._heading_height(index)
        if heading:
            font = view.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(view.headingColor)
            title_rect = rect.adjusted(2, 6, 0, 0)
            title_rect.setHeight(heading - 8)
            painter.drawText(title_rect, Qt.AlignLeft | Qt.AlignVCenter,
                             index.data(GROUP_TITLE_ROLE) or "")
            painter.setPen(view.ruleColor)
            painter.drawLine(rect.left(), rect.top() + heading - 2, rect.right(),
                             rect.top() + heading - 2)
        body = rect.adjusted(0, heading, 0, -1)
        selected = bool(option.state & QStyle.State_Selected)
        painter.fillRect(body, palette.color(QPalette.Highlight) if selected else view.cardColor)
        if selected and option.state & QStyle.State_HasFocus:
            width = view.focusWidth
            painter.setPen(QPen(view.focusColor, width))
            if width == 1:
                painter.drawRect(body.adjusted(0, 0, -1, -1))
            else:  # a thick frame inside the row, not over its neighbours
                half = width / 2
                painter.drawRect(QRectF(body).adjusted(half, half, -half, -half))
        verdict = look(index.data(VERDICT_ROLE) or "")
        painter.fillRect(body.left(), body.top(), self.BAR, body.height(), verdict.color)
        document = self._document(index.data(HTML_ROLE) or "", self._text_width(), view.font())
        painter.translate(body.left() + self.BAR + self.PADDING, body.top() + self.PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        ink = QPalette(palette)
        ink.setColor(QPalette.Text, palette.color(
            QPalette.HighlightedText if selected else QPalette.Text))
        context.palette = ink  # the list's ink, not the application's
        context.clip = QRectF(0, 0, document.textWidth(), body.height())
        document.documentLayout().draw(painter, context)
        painter.restore()


class FeedbackPanel(QWidget):
    """Heading, filters and the list; tells which item the trainee picked."""

    item_chosen = Signal(object)  # FeedbackItem
    wrapped = Signal(bool)  # F8 went past the last difference (True) or before the first

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.heading = QLabel(self)
        self.heading.setObjectName("panelHeading")
        self.model = FeedbackModel(parent=self)
        self.proxy = FeedbackFilter(self)
        self.proxy.setSourceModel(self.model)

        self.verdict_filter = QComboBox(self)
        self.verdict_filter.setObjectName("verdictFilter")
        self.verdict_filter.setToolTip(translate("FeedbackPanel", "Show only one kind of verdict"))
        self.verdict_filter.setAccessibleName(translate("FeedbackPanel", "Filter by verdict"))
        self.verdict_filter.addItem(translate("FeedbackPanel", "All verdicts"), None)
        for verdict in FILTER_ORDER:
            shown = look(verdict)
            self.verdict_filter.addItem(f"{shown.symbol} {shown.name}", verdict)
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.setToolTip(translate("FeedbackPanel", "Show only one category"))
        self.category_filter.setAccessibleName(translate("FeedbackPanel", "Filter by category"))
        self.verdict_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.category_filter.currentIndexChanged.connect(self._on_filter_changed)
        show_label = QLabel(translate("FeedbackPanel", "&Filter:"), self)
        show_label.setBuddy(self.verdict_filter)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(show_label)
        filters.addWidget(self.verdict_filter, 1)
        filters.addWidget(self.category_filter, 1)

        self.list = FeedbackList(self)
        self.list.setObjectName("feedbackList")
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(FeedbackDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setResizeMode(QListView.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setAccessibleName(translate("FeedbackPanel", "Feedback on your highlights"))
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.clicked.connect(self._on_clicked)
        self._silent = False

        self._heading_row = QHBoxLayout()
        self._heading_row.setContentsMargins(0, 0, 0, 0)
        self._heading_row.setSpacing(4)
        self._heading_row.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._heading_row)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        self._update_heading()

    def add_to_heading(self, widget: QWidget) -> None:
        """A small control beside the heading (the view puts Previous and Next there)."""
        self._heading_row.addWidget(widget)

    # ------------------------------------------------------------ content

    def set_categories(self, labels: dict[str, str]) -> None:
        """The exercise's categories for the filter, in tagset order."""
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(translate("FeedbackPanel", "All categories"), None)
        for category_id, label in labels.items():
            self.category_filter.addItem(label, category_id)
        self.category_filter.blockSignals(False)
        self._on_filter_changed()

    def set_group_titles(self, titles: dict[int, str]) -> None:
        self.model.group_titles = titles

    def set_rows(self, rows: list[FeedbackRow]) -> None:
        """New rows; the item that was current stays current if it is still there."""
        current = self.current_row()
        self.model.set_rows(rows)
        if current is not None:
            self.show_identity(current.identity)
        self._update_heading()

    def current_row(self) -> FeedbackRow | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def current_item(self) -> FeedbackItem | None:
        row = self.current_row()
        return row.item if row else None

    def visible_items(self) -> list[FeedbackItem]:
        return [self.proxy.index(r, 0).data(ITEM_ROLE) for r in range(self.proxy.rowCount())]

    # ---------------------------------------------------------- choosing

    def step(self, forward: bool = True) -> FeedbackItem | None:
        """Make the next (or previous) difference the list shows current; wraps around."""
        count = self.proxy.rowCount()
        if count == 0:
            return None
        index = self.list.currentIndex()
        here = index.row() if index.isValid() else (-1 if forward else count)
        for distance in range(1, count + 1):
            row = (here + distance) % count if forward else (here - distance) % count
            target = self.proxy.index(row, 0)
            if is_difference(target.data(VERDICT_ROLE)):
                if index.isValid() and (row <= here if forward else row >= here):
                    self.wrapped.emit(forward)
                self._make_current(target)
                return target.data(ITEM_ROLE)
        return None

    def show_identity(self, identity: tuple[str | None, str | None]) -> None:
        """Make a row current without telling anyone (the article or a regrade moved there)."""
        source_row = self.model.row_of(identity)
        index = self.proxy.mapFromSource(self.model.index(source_row, 0)) \
            if source_row >= 0 else QModelIndex()
        self._silent = True
        try:
            if index.isValid():
                self._make_current(index)
            else:
                self.list.selectionModel().clear()
        finally:
            self._silent = False

    def _make_current(self, index: QModelIndex) -> None:
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        self.list.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not self._silent:
            self.item_chosen.emit(current.data(ITEM_ROLE))

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index == self.list.currentIndex():
            self.item_chosen.emit(index.data(ITEM_ROLE))  # again: scroll back to it

    # ------------------------------------------------------------ filters

    def set_filter(self, verdict: str | None = None, category: str | None = None) -> None:
        self.verdict_filter.setCurrentIndex(max(0, self.verdict_filter.findData(verdict)))
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(category)))

    def _on_filter_changed(self, *args) -> None:
        self.proxy.set_filter(self.verdict_filter.currentData(), self.category_filter.currentData())
        self._update_heading()

    def _update_heading(self) -> None:
        rows = self.model.rows
        differences = sum(1 for r in rows if is_difference(r.item.verdict))
        text = translate("FeedbackPanel", "What to look at: %n differences", "", differences)
        text = text.replace("%n", str(differences))
        shown = self.proxy.rowCount()
        if shown != len(rows):
            text += " " + translate("FeedbackPanel", "(showing %1 of %2)").replace(
                "%1", str(shown)).replace("%2", str(len(rows)))
        self.heading.setText(text)
