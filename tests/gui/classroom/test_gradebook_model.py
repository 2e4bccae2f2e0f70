"""The gradebook model: a well-behaved Qt model that sorts numbers as numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.classroom.gradebook_model import ROW_ROLE, GradebookModel, GradebookProxy
from annotator.gui.classroom.looks import category_looks
from annotator.services.classroom import grade_class


def _model(key_path, class_folder):
    graded = grade_class(key_path, [class_folder])
    model = GradebookModel()
    model.set_class(graded.rows, graded.categories,
                    category_looks(graded.key, graded.categories, "en"))
    return graded, model


def test_the_model_passes_qts_model_checks(qtmodeltester, key_path, class_folder):
    """Ensure the table model and its sorting proxy obey Qt's model contract."""
    _, model = _model(key_path, class_folder)
    qtmodeltester.check(model, force_py=True)
    proxy = GradebookProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_columns_show_one_trainee_per_row_with_words_beside_colour(key_path, class_folder):
    """Ensure each row reads name, id, score, result in words, F1 per category, counts."""
    graded, model = _model(key_path, class_folder)
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Trainee", "ID", "Score", "Result", "Claim F1", "Attribution F1",
                       "Framing F1", "Missed", "Extra", "File"]
    row = graded.rows[0]
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[:3] == [row.trainee_name, row.trainee_id, f"{row.score:.1f}"]
    assert cells[3] in ("✓ passed", "✗ not passed")
    assert cells[7:9] == [str(row.misses), str(row.extras)]
    assert all(model.headerData(c, Qt.Horizontal, Qt.ToolTipRole)
               for c in range(model.columnCount()))


def test_sorting_by_score_is_numeric_and_the_filter_ignores_accents(key_path, class_folder):
    """Ensure a score column sorts 9.5 before 10.0 and "ines" finds "Inés"."""
    graded, model = _model(key_path, class_folder)
    proxy = GradebookProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.column_of("score"), Qt.DescendingOrder)
    scores = [proxy.index(r, 0).data(ROW_ROLE).score for r in range(proxy.rowCount())]
    assert scores == sorted((row.score for row in graded.rows), reverse=True)
    proxy.set_filter_text("ines")
    assert [proxy.row_at(r).trainee_name for r in range(proxy.rowCount())] == ["Inés Ruiz"]
    proxy.set_filter_text("")
    assert proxy.rowCount() == len(graded.rows)
