"""The judgement chooser keeps its list of answers while the question stays the same."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from annotator.bundled import first_exercise
from annotator.core.features import features_of
from annotator.core.session import Session
from annotator.gui.feature_chooser import FeatureChooser
from annotator.xmlio.readers import read_exercise


@pytest.fixture
def setup(qtbot):
    session = Session(read_exercise(first_exercise()).document)
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    qtbot.waitExposed(host)
    chooser = FeatureChooser(host, lambda *args: None, "en")
    yield session, chooser
    host.close()


def _ask(chooser, session, category, start, answers=None):
    annotation = session.new_annotation(category, start, start + 6)
    if answers:
        annotation = annotation.model_copy(update={"features": answers})
    features = features_of(session.exercise.tagset, category)
    assert chooser.ask(annotation, features, QPoint(50, 50), QPoint(50, 20))
    return annotation


def _listed(chooser):
    return [(chooser.values.item(r).text(), chooser.values.item(r).data(Qt.UserRole),
             chooser.values.item(r).toolTip()) for r in range(chooser.values.count())]


def test_the_same_question_keeps_its_list_and_starts_with_nothing_picked(setup):
    """Ensure claim after claim reuses the list of answers, with only this highlight's
    answer picked (or none), and another question lists its own answers."""
    session, chooser = setup
    _ask(chooser, session, "claim", 0)
    first_items = [chooser.values.item(r) for r in range(chooser.values.count())]
    first_list = _listed(chooser)
    assert chooser.current_value() is None
    _ask(chooser, session, "claim", 20, {"checkable": "false"})
    assert [chooser.values.item(r) for r in range(chooser.values.count())] == first_items
    assert all(chooser.values.item(r) is first_items[r] for r in range(len(first_items)))
    assert _listed(chooser) == first_list
    assert chooser.current_value() == "false"
    _ask(chooser, session, "claim", 40)
    assert chooser.current_value() is None
    assert chooser.values.currentRow() == -1
    assert not chooser.values.selectedItems()
    _ask(chooser, session, "attribution", 60)
    source = features_of(session.exercise.tagset, "attribution")[0]
    assert [value for _, value, _ in _listed(chooser)] == [v.id for v in source.values]
    assert chooser.values.height() >= chooser.values.sizeHintForRow(0) * len(source.values)
