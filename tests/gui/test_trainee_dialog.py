"""The trainee question: prefilled from the last use, cleared in one click, never empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests_gui_helpers import type_text

from annotator.core.model import Trainee
from annotator.gui.trainee_dialog import TraineeDialog


def test_the_last_trainee_is_only_a_suggestion(qtbot):
    dialog = TraineeDialog(Trainee(id="s017", name="Ana Pérez"), "Putin, Kim y Alaska")
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Ana Pérez" and dialog.student_id.text() == "s017"
    assert dialog.start.isEnabled()
    qtbot.mouseClick(dialog.clear, Qt.LeftButton)
    assert dialog.name.text() == "" and dialog.student_id.text() == ""
    assert not dialog.start.isEnabled()  # nobody may start without a name
    type_text(dialog.name, "  Begoña   Núñez ")
    type_text(dialog.student_id, " s 031 ")
    assert dialog.start.isEnabled()
    assert dialog.trainee() == Trainee(id="s031", name="Begoña Núñez")


def test_with_no_last_use_the_fields_are_empty(qtbot):
    dialog = TraineeDialog(None, "Ejercicio")
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "" and not dialog.start.isEnabled()


def test_in_spanish_the_hints_are_shown_whole(qtbot, qapp):
    """Ensure the longer Spanish placeholders fit their fields (they were cut with '…')."""
    from PySide6.QtCore import QLocale

    from annotator.gui import i18n

    default = QLocale()
    i18n.install(qapp, "es")
    try:
        dialog = TraineeDialog(None, "Ejercicio")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.student_id.placeholderText().startswith("Opcional")
        for field in (dialog.name, dialog.student_id):
            text = field.fontMetrics().horizontalAdvance(field.placeholderText())
            assert field.width() >= text + 8, field.placeholderText()
    finally:
        for translator in qapp._annotator_translators:
            qapp.removeTranslator(translator)
        qapp._annotator_translators = []
        QLocale.setDefault(default)
