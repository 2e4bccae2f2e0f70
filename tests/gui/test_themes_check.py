"""Check mode stays readable in every theme: its text is measured on the pixels Qt drew.

Each check grabs a widget of the comparison and compares the darkest and the
lightest pixel inside it (readable.py: WCAG contrast ratio, 4.5 for body text). Where a
theme forgets to set a colour, text takes the palette's ink while its
background does not (white on a white card), and the two extremes come out
nearly the same.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QToolButton
from readable import AA, contrast, seen

from annotator.bundled import first_exercise
from annotator.gui import appearance
from annotator.gui.feedback_panel import FeedbackDelegate, FeedbackRow

THEMES = ("light", "dark", "high-contrast")
SAMPLE = Path(first_exercise()).parent / "examples" / "ana.submission.xml"


def _copy_of_sample(exercise_path: Path) -> Path:
    """The sample beside the test's exercise: a check is recorded in the file it opens."""
    sample = exercise_path.parent / SAMPLE.name
    shutil.copyfile(SAMPLE, sample)
    return sample


@pytest.fixture
def themed(qapp):
    """Applies a theme; the light one comes back afterwards."""
    yield lambda name: appearance.appearance(qapp).apply(name, 0)
    appearance.appearance(qapp).apply("light", 0)


@pytest.fixture(params=THEMES)
def checking(request, themed, make_window, exercise_path, tmp_path):
    """A window in check mode on the sample submission, drawn in one theme."""
    themed(request.param)
    window = make_window(_copy_of_sample(exercise_path))
    window.resize(1280, 800)
    assert window.comparison.enter()
    window.comparison.view.repaint()
    return request.param, window.comparison.view


def test_the_score_and_the_category_sentences_stand_out_from_the_card(checking):
    """Ensure the score number and each category's sentence are readable on the score card."""
    theme, view = checking
    card = view.score_card
    label = card.score_label
    number = QRect(0, 0, label.width() // 3, label.height())  # "67,7", not "of 100"
    assert seen(label, number) >= AA, theme
    for category_id, sentence in card.sentences.items():
        assert seen(sentence) >= AA, (theme, category_id)


def test_the_feedback_sentences_stand_out_from_their_row(checking):
    """Ensure a feedback row's quote and sentence (the lines under its verdict) are readable."""
    theme, view = checking
    panel = view.panel
    first = panel.model.rows[0]
    plain = FeedbackRow(replace(first.item, explanation=""), first.category_label)
    panel.set_rows([plain])
    panel.list.viewport().repaint()
    index = panel.proxy.index(0, 0)
    rect = panel.list.visualRect(index)
    image = panel.list.viewport().grab(rect).toImage()
    line = panel.list.fontMetrics().lineSpacing()
    top = panel.list.itemDelegate()._heading_height(index) + FeedbackDelegate.PADDING + line + 3
    below_the_verdict = QRect(FeedbackDelegate.BAR + 2, top, rect.width() - 12,
                              rect.height() - top - FeedbackDelegate.PADDING)
    assert contrast(image, below_the_verdict) >= AA, theme


def test_the_heading_and_the_buttons_of_check_mode_are_readable(checking):
    """Ensure the feedback heading and every enabled button of check mode can be read."""
    theme, view = checking
    assert seen(view.panel.heading) >= AA, theme
    assert seen(view.title_label) >= AA, theme
    buttons = [b for b in view.findChildren(QToolButton)
               if b.objectName() == "comparisonButton" and b.isEnabled()]
    assert len(buttons) >= 6
    for button in buttons:
        inside = button.rect().adjusted(4, 4, -4, -4)  # the text, not the frame
        assert seen(button, inside) >= AA, (theme, button.text())


def test_changing_the_theme_while_checking_repaints_the_feedback_rows(
    themed, make_window, exercise_path
):
    """Ensure the list takes the new theme's colours at once, without a new grade."""
    themed("light")
    window = make_window(_copy_of_sample(exercise_path))
    assert window.comparison.enter()
    feedback = window.comparison.view.panel.list
    assert feedback.cardColor.name() == "#ffffff"
    themed("high-contrast")
    assert (feedback.headingColor.name(), feedback.focusWidth) == ("#ffff00", 3)
    themed("light")
    assert (feedback.headingColor.name(), feedback.focusWidth) == ("#1f3a5f", 1)
