"""The score card: the score against the pass mark, and each category in plain words.

A trainee first reads the whole result in one sentence ("You found 13 of
the 18 passages the expert marked; 2 of your 17 highlights were not on the
expert's list"), then "Framing: you found 2 of the expert's 9 passages";
precision, recall and F1 stand in a details line, smaller, for whoever wants
them.
The sentences are the trainee report's (annotator.services.reports), so the card and
the printed report say the same thing in the same words; the score is the
core grader's, rounded to one decimal as every screen shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import decimal, mark
from annotator.gui.legend import line_name
from annotator.gui.span_styles import SpanStyle, swatch_icon
from annotator.services.reports.html import (  # the report's own wording
    _card_sentence,
    _tally,
    lead_sentence,
)
from annotator.services.reports.words import Words

if TYPE_CHECKING:
    from annotator.core.grading import GradeResult, Measures
    from annotator.core.model import Tagset

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

PASSED_COLOR = "#1b7a3a"
FAILED_COLOR = "#b3261e"


class ScoreBar(QProgressBar):
    """The score as a bar from 0 to 100 with a tick at the pass mark.

    A progress bar that paints itself: screen readers get a named value
    ("Score", 67 of 100, and the sentence with the pass mark), not a picture.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreBar")
        self.setRange(0, 100)
        self.setValue(0)
        self.setAccessibleName(translate("ScoreCard", "Score"))
        self.score, self.pass_mark, self.passed = 0.0, 60.0, False
        self.setMinimumHeight(16)

    def set_score(self, score: float, pass_mark: float, passed: bool,
                  about: str | None = None) -> None:
        self.score, self.pass_mark, self.passed = score, pass_mark, passed
        tip = (translate("ScoreCard", "Your score %1 of 100; passing starts at %2")
               if about is None else
               translate("ScoreCard", "Score %1 of 100; passing starts at %2"))
        words = tip.replace("%1", decimal(score)).replace("%2", mark(pass_mark))
        self.setValue(round(max(0.0, min(100.0, score))))
        self.setFormat(words)  # the value's text a screen reader reads
        self.setToolTip(words)
        self.setAccessibleDescription(words)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 16)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        track = QRectF(1, 4, self.width() - 2, self.height() - 8)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor("#e3e7ed"))
        painter.drawRoundedRect(track, 4, 4)
        filled = QRectF(track)
        filled.setWidth(track.width() * max(0.0, min(100.0, self.score)) / 100)
        painter.setBrush(QColor(PASSED_COLOR if self.passed else FAILED_COLOR))
        painter.drawRoundedRect(filled, 4, 4)
        x = track.left() + track.width() * self.pass_mark / 100
        painter.setPen(QPen(QColor("#1f2430"), 2))
        painter.drawLine(x, 0, x, self.height())
        painter.end()


def scheme_in_words(scheme: str) -> str:
    """How passages found in part were counted, said without the scheme's name."""
    return {
        "partial": translate(
            "ScoreCard", "A passage you found in part counts for the part you found."),
        "strict": translate(
            "ScoreCard", "Only passages marked exactly as the expert marked them count."),
        "lenient": translate(
            "ScoreCard", "A highlight that touches an expert's passage counts as found."),
    }.get(scheme, "")


class ScoreCard(QWidget):
    """Score, pass or not, figures, and one plain sentence per category.

    The card is paper in every theme, like the article: the sheets give it a
    light background and dark ink (``#scoreCard QLabel``), so the colours set
    here for the verdict and the quieter words are always read on paper.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreCard")
        self.setAttribute(Qt.WA_StyledBackground)  # the sheet gives it a card's frame
        self.score_label = QLabel(self)
        self.score_label.setObjectName("scoreValue")
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("passVerdict")
        self.bar = ScoreBar(self)
        self.lead_label = QLabel(self)
        self.lead_label.setObjectName("resultLead")
        self.lead_label.setWordWrap(True)
        self.lead_label.setTextFormat(Qt.PlainText)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("totalFigures")
        self.features_label = QLabel(self)
        self.features_label.setObjectName("featuresSummary")
        self.features_label.setWordWrap(True)
        self.features_label.setTextFormat(Qt.PlainText)
        self.scheme_label = QLabel(self)
        self.scheme_label.setObjectName("schemeLine")
        self.scheme_label.setWordWrap(True)
        self._categories = QGridLayout()
        self._categories.setContentsMargins(0, 4, 0, 0)
        self._categories.setHorizontalSpacing(6)
        self._categories.setVerticalSpacing(1)
        self._categories.setColumnStretch(1, 1)
        self.sentences: dict[str, QLabel] = {}
        self.figures: dict[str, QLabel] = {}

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.score_label)
        top.addWidget(self.verdict_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.lead_label)
        layout.addWidget(self.totals_label)
        layout.addLayout(self._categories)
        layout.addWidget(self.features_label)
        layout.addWidget(self.scheme_label)
        for label in (self.score_label, self.verdict_label, self.totals_label,
                      self.scheme_label):
            label.setTextFormat(Qt.RichText)

    def set_result(
        self,
        result: GradeResult,
        tagset: Tagset,
        styles: dict[str, SpanStyle],
        language: str,
        about: str | None = None,
    ) -> None:
        """Show ``result``; ``about`` (a trainee's name) words it for the instructor."""
        words = Words(language, about)
        out_of = translate("ScoreCard", "of 100")  # outside the f-string, where lupdate sees it
        self.score_label.setText(
            f"<span style='font-size:22pt; font-weight:bold'>{words.number(result.score)}</span>"
            f"<span style='color:#4a5160'> {out_of}</span>"
        )
        color = PASSED_COLOR if result.passed else FAILED_COLOR
        if result.passed:
            verdict = translate("ScoreCard", "✓ Passed")
        elif about is None:
            verdict = translate("ScoreCard", "✗ Not passed yet")  # to the trainee: not yet
        else:
            verdict = translate("ScoreCard", "✗ Not passed")
        mark = translate("ScoreCard", "pass mark %1").replace(
            "%1", words.number(result.pass_mark, 0))
        if result.decisions and result.score_before_decisions is not None:
            # scoring.md §9: the score without the instructor's decisions is never hidden.
            mark += " · " + translate("ScoreCard", "✎ %1 without the instructor's decisions") \
                .replace("%1", words.number(result.score_before_decisions))
        self.verdict_label.setText(
            f"<span style='color:{color}; font-size:13pt; font-weight:bold'>{verdict}</span>"
            f"<br><span style='color:#4a5160'>{mark}</span>"
        )
        self.bar.set_score(result.score, result.pass_mark, result.passed, about)
        self.lead_label.setText(lead_sentence(words, result))
        details = translate("ScoreCard", "In figures: %1").replace(
            "%1", self._figures(words, result.total))
        self.totals_label.setText(f"<span style='color:#4a5160'>{details}</span>")
        self._fill_categories(words, result, tagset, styles)
        self._fill_features(words, result)
        self.scheme_label.setText(
            "<span style='color:#4a5160; font-size:9pt'>" + scheme_in_words(result.scheme)
            + "</span>"
        )

    def _fill_features(self, words: Words, result: GradeResult) -> None:
        """How the trainee judged sources and claims (scoring.md §10), and what it counts for."""
        features = result.features
        if features is None or not features.total.graded:
            self.features_label.setVisible(False)
            self.features_label.clear()
            return
        total = features.total
        text = (
            translate("ScoreCard", "Judgements: %1 of %2 as the expert judged them")
            .replace("%1", str(total.correct)).replace("%2", str(total.graded))
        )
        if features.weight > 0:
            text += " · " + translate("ScoreCard", "they make up %1 of the score").replace(
                "%1", words.percent(features.weight, 0))
        else:
            text += " · " + translate("ScoreCard", "they do not change the score")
        self.features_label.setText(text)
        self.features_label.setVisible(True)

    @staticmethod
    def _figures(words: Words, measures: Measures) -> str:
        return (
            translate("ScoreCard", "precision %1 · recall %2 · F1 %3")
            .replace("%1", words.percent(measures.precision))
            .replace("%2", words.percent(measures.recall))
            .replace("%3", words.percent(measures.f1))
        )

    def _fill_categories(
        self, words: Words, result: GradeResult, tagset: Tagset, styles: dict[str, SpanStyle]
    ) -> None:
        while self._categories.count():
            widget = self._categories.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.sentences.clear()
        self.figures.clear()
        for row, (category_id, measures) in enumerate(result.categories.items()):
            category = tagset.get(category_id)
            label = category.label(words.language) if category else category_id
            if category_id in styles:
                icon = QLabel(self)
                icon.setPixmap(swatch_icon(styles[category_id], 22).pixmap(22, 22))
                icon.setAccessibleName(
                    translate("ScoreCard", "%1: %2").replace("%1", label)
                    .replace("%2", line_name(styles[category_id].line)))
                self._categories.addWidget(icon, 2 * row, 0, Qt.AlignTop)
            sentence = QLabel(_card_sentence(words, label, measures, _tally(result, category_id)),
                              self)
            sentence.setObjectName(f"categorySentence_{category_id}")
            sentence.setTextFormat(Qt.PlainText)  # labels come from the exercise file
            sentence.setWordWrap(True)
            figures = QLabel(self)
            figures.setObjectName(f"categoryFigures_{category_id}")
            figures.setTextFormat(Qt.PlainText)
            figures.setProperty("figures", True)  # the sheet's #scoreCard QLabel[figures="true"]
            if measures.key_spans or measures.annotations:
                figures.setText(self._figures(words, measures))
            self._categories.addWidget(sentence, 2 * row, 1)
            self._categories.addWidget(figures, 2 * row + 1, 1)
            self.sentences[category_id] = sentence
            self.figures[category_id] = figures
