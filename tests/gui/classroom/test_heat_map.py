"""The heat map: the article shaded per category from the core's coverage runs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.services.reports.article import SHADES, blend, shade_level


def _background_at(view, offset: int) -> str | None:
    """The highlighter's background colour at a code-point offset (None: unformatted)."""
    position = view.offset_map.to_qt(offset)
    block = view.document().findBlock(position)
    within = position - block.position()
    for change in block.layout().formats():
        if change.start <= within < change.start + change.length:
            brush = change.format.background()
            return brush.color().name() if brush.style() != Qt.NoBrush else None
    return None


def test_each_passage_is_shaded_by_how_many_trainees_marked_it(graded_window):
    """Ensure the shade drawn at a run is the report's step for that run's count, and a
    passage nobody marked is left plain."""
    heat = graded_window.heat_map
    view = graded_window.result.view
    claim_color = graded_window.result.graded.key.exercise.tagset.get("claim").color
    for run in view.coverage["claim"][:30]:
        level = shade_level(run.count, view.trainees)
        assert heat.highlighter.level_at(run.start) == level
        color = _background_at(heat.view, run.start)
        assert color == blend(claim_color, SHADES[level - 1])
    unmarked = next(i for i in range(len(heat.view.text))
                    if heat.counts_at(i)["claim"] == 0 and not heat.view.text[i].isspace())
    assert heat.highlighter.level_at(unmarked) == 0


def test_ctrl_digit_switches_category_and_the_legend_counts_trainees(qtbot, graded_window):
    """Ensure Ctrl+2 shows attributions, and the legend names steps in trainees."""
    window = graded_window
    window.tabs.setCurrentIndex(1)
    heat = window.heat_map
    # Triggered, not typed: a Ctrl+digit key click in one test crashes a later test's
    # Delete key click (PySide6 6.11, reproduced with a bare QLineEdit).
    (ctrl_2,) = [a for a in heat.actions() if a.shortcut().toString() == "Ctrl+2"]
    ctrl_2.trigger()
    assert heat.category == "attribution" and heat.buttons["attribution"].isChecked()
    texts = [w.text() for w in heat.legend.findChildren(type(heat.no_article)) if w.text()]
    assert texts[:6] == ["Marked by", "1–2", "3–4", "5–7", "8–9", "10–12"]
    assert texts[6].startswith("of 12 trainees")


def test_hovering_a_passage_gives_the_numbers_for_every_category(qtbot, graded_window):
    """Ensure the tooltip over an expert passage says how many marked it, per category,
    and how many missed that passage."""
    window = graded_window
    window.tabs.setCurrentIndex(1)
    heat = window.heat_map
    tally = window.result.view.key_spans[0]
    heat.show_span(tally.span.category, tally.span.start, tally.span.end)
    tip = heat._tooltip_at(tally.span.start)
    assert f"{tally.missed} missed" in tip
    counts = heat.counts_at(tally.span.start)
    assert f"marked by {counts['claim']} of 12" in tip

    view = heat.view
    inside = QTextCursor(view.document())
    inside.setPosition(view.offset_map.to_qt(tally.span.start + 2))
    cursor_rect = view.cursorRect(inside)
    point = QPoint(cursor_rect.left() + 2, cursor_rect.center().y())
    event = QHelpEvent(QEvent.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "missed" in QToolTip.text()
    QToolTip.hideText()


def test_choosing_a_most_missed_passage_shows_it_on_the_article(qtbot, graded_window):
    """Ensure picking a row of the most-missed list switches category and selects it."""
    window = graded_window
    window.tabs.setCurrentIndex(1)
    panel = window.overview_panel
    target = window.result.view.key_spans[2]
    panel.missed.selectRow(2)
    heat = window.heat_map
    assert heat.category == target.span.category
    assert heat.view.selection_offsets() == (target.span.start, target.span.end)
