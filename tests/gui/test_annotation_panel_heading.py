"""The list's heading counts the highlights without laying the window out again each time."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from tests_gui_helpers import EventCounter

from annotator.bundled import first_exercise
from annotator.core.session import Session
from annotator.gui.annotation_panel import AnnotationModel, AnnotationPanel
from annotator.gui.span_styles import styles_for, swatch_icon
from annotator.xmlio.readers import read_exercise

LABELS = {"claim": "Claim", "attribution": "Attribution", "framing": "Framing"}


def _panel(qtbot):
    session = Session(read_exercise(first_exercise()).document)
    styles = styles_for(session.exercise.tagset)
    panel = AnnotationPanel()
    qtbot.addWidget(panel)
    panel.set_model(AnnotationModel(session, LABELS, styles),
                    {cid: swatch_icon(style, 20) for cid, style in styles.items()})
    panel.resize(500, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, session


def _mark(session, number: int) -> None:
    session.add(session.new_annotation("claim", 10 * number, 10 * number + 5))


def _shows_whole_text(heading) -> bool:
    return heading.width() >= heading.fontMetrics().horizontalAdvance(heading.text())


def test_a_new_count_as_wide_as_the_old_lays_nothing_out(qtbot):
    """Ensure a highlight added (2 to 3) repaints the heading but asks no layout to run."""
    panel, session = _panel(qtbot)
    for number in range(2):
        _mark(session, number)
    qtbot.wait(20)
    requests = EventCounter(panel, QEvent.LayoutRequest)
    _mark(session, 2)
    qtbot.wait(20)
    assert panel.heading.text().endswith("(3)")
    assert _shows_whole_text(panel.heading)
    assert requests.count == 0


def test_the_heading_always_shows_its_whole_text(qtbot):
    """Ensure a longer count, and a larger font, make room for the heading's text."""
    panel, session = _panel(qtbot)
    for number in range(12):
        _mark(session, number)
        qtbot.wait(1)
        assert panel.heading.text().endswith(f"({number + 1})")
        assert _shows_whole_text(panel.heading)
    font = QFont(panel.heading.font())
    font.setPointSize(font.pointSize() * 2)
    panel.heading.setFont(font)
    qtbot.wait(20)
    assert _shows_whole_text(panel.heading)
    session.remove(session.at(0).id)
    qtbot.wait(20)
    assert panel.heading.text().endswith("(11)")
    assert _shows_whole_text(panel.heading)
