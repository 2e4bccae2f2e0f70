"""The class window stays readable in every theme (contrast measured on the drawn pixels)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from readable import AA, seen

from annotator.gui import appearance


@pytest.fixture(params=("light", "dark", "high-contrast"))
def themed_class(request, qapp, graded_window):
    """The graded class window, drawn in one theme; the light one comes back afterwards."""
    appearance.appearance(qapp).apply(request.param, 0)
    graded_window.resize(1280, 800)
    yield request.param, graded_window
    appearance.appearance(qapp).apply("light", 0)


def test_gradebook_problems_and_heat_map_text_stands_out(themed_class):
    """Ensure the summary, a gradebook cell, a problem line and the heat map's article read."""
    theme, window = themed_class
    gradebook = window.gradebook
    assert seen(gradebook.summary) >= AA, theme
    table = gradebook.table
    cell = table.visualRect(gradebook.proxy.index(1, 0))  # a trainee's name, not selected
    assert seen(table.viewport(), cell) >= AA, theme

    window.tabs.setCurrentIndex(2)
    problems = window.problem_list
    line = problems.visualRect(problems.model().index(1, 0))
    assert seen(problems.viewport(), line) >= AA, theme

    window.tabs.setCurrentIndex(1)
    article = window.heat_map.view
    article.verticalScrollBar().setValue(article.verticalScrollBar().maximum())
    body = article.viewport().rect()
    assert seen(article.viewport(), QRect(body.x(), body.y(), body.width() // 2, 80)) >= AA, theme
