"""Painting the list of highlights: what Qt's own delegates paint, with one call per cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from annotator.bundled import first_exercise
from annotator.core.model import Annotation
from annotator.core.session import Session
from annotator.gui.annotation_panel import (
    CATEGORY,
    JUDGEMENT,
    NOTE,
    QUOTE,
    AnnotationModel,
    AnnotationPanel,
)
from annotator.gui.feature_editor import features_for
from annotator.gui.span_styles import styles_for, swatch_icon
from annotator.xmlio.readers import read_exercise

LABELS = {"claim": "Claim", "attribution": "Attribution", "framing": "Framing"}


class QtDelegate(QStyledItemDelegate):
    """Qt's own delegate, with the panel's hints in empty cells: what the list must look like."""

    def __init__(self, column: int, parent=None) -> None:
        super().__init__(parent)
        self.column = column

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.text:
            return
        hint = None
        if self.column == NOTE:
            hint = "F2: add a note"
        elif self.column == JUDGEMENT and any(f.kind == "choice"
                                              for f in features_for(index)[0]):
            hint = "Not judged yet"
        if hint:
            option.text = hint
            option.palette.setColor(QPalette.Text, QColor("#8a93a3"))
            option.font.setItalic(True)


class CountingModel(AnnotationModel):
    """Counts the roles the list asks of the model."""

    asked: list[int]

    def data(self, index, role=Qt.DisplayRole):
        self.asked.append(int(role))
        return super().data(index, role)


@pytest.fixture
def panel(qtbot):
    session = Session(read_exercise(first_exercise()).document)
    text = session.text
    for category, quote, note in (("attribution", "indicó el Kremlin", None),
                                  ("claim", "Alianza geopolítica", "línea uno\nlínea dos"),
                                  ("framing", "señaló el Kremlin", "por qué")):
        start = text.index(quote)
        session.add(session.new_annotation(category, start, start + len(quote), note=note))
    answered = session.at(1)
    session.update(answered.id, features={"checkable": "true", "evidence": "un enlace"})
    session.add(Annotation(id="a99", category="claim", start=5, end=9, quote="no está",
                           orphaned=True))
    styles = styles_for(session.exercise.tagset)
    model = CountingModel(session, LABELS, styles)
    model.asked = []
    panel = AnnotationPanel()
    qtbot.addWidget(panel)
    panel.set_model(model, {cid: swatch_icon(style, 20) for cid, style in styles.items()})
    panel.resize(700, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.table.selectionModel().setCurrentIndex(
        model.index(1, QUOTE), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    qtbot.wait(20)
    return panel


def test_the_list_paints_what_qt_own_delegates_paint(panel):
    """Ensure every cell (swatch, quote, note with a line break, empty note and judgement
    hints, an answered judgement, a quote not found, the selected row) is pixel for pixel
    what Qt's delegate paints from the model's roles."""
    ours = panel.table.viewport().grab().toImage()
    for column in (CATEGORY, QUOTE, NOTE, JUDGEMENT):
        panel.table.setItemDelegateForColumn(column, QtDelegate(column, panel.table))
    theirs = panel.table.viewport().grab().toImage()
    assert ours.size() == theirs.size()
    assert ours == theirs


def test_painting_the_list_asks_the_model_nothing_per_role(panel):
    """Ensure a repaint takes each cell's look from the rows the model keeps, not from
    eight calls of the model per cell."""
    model = panel.model
    model.asked.clear()
    panel.table.viewport().repaint()
    assert model.asked.count(int(Qt.DisplayRole)) == 0
    assert model.asked.count(int(Qt.DecorationRole)) == 0


def test_a_changed_highlight_shows_its_new_note(panel, qtbot):
    """Ensure the rows the model keeps follow a change of the highlight."""
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.annotation(r).note == "por qué")
    model.session.update(model.annotation(row).id, note="otra nota")
    assert model.index(row, NOTE).data() == "otra nota"
    assert model.shown(row)[NOTE] == "otra nota"
