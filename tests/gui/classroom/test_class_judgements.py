"""How the class judged the sources (scoring.md §10): the overview's table against the services."""

from __future__ import annotations

from PySide6.QtGui import QImage

from annotator.cli import main
from annotator.services.classroom import grade_class
from annotator.services.feature_report import class_judgements


def test_the_table_counts_each_answer_per_expert_passage(graded_window, key_path, class_folder):
    """Ensure one row per required passage and question, with the count of each answer, the
    unanswered and the not-found, exactly as the service counts them; ✓ marks accepted ones."""
    graded = grade_class(key_path, [class_folder])
    tagset = graded.key.exercise.tagset
    rows = class_judgements(graded.key.spans, [r.result for r in graded.rows], tagset)
    assert {(r.key.id, r.feature) for r in rows} >= {("k6", "source-kind"), ("k16", "checkable")}
    table = graded_window.overview_panel.judgements.table
    assert table.rowCount() == len(rows)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:2] == ["Expert passage", "Question"]
    assert headers[-2:] == ["No answer", "Not found"]
    assert "Official, named" in headers and "Checkable and false" in headers
    trainees = len(graded.rows)
    for r, row in enumerate(rows):
        assert table.item(r, 1).text() == tagset.get(row.key.category).feature(row.feature).label(
            "en")
        assert int(table.item(r, table.columnCount() - 1).text()) == row.not_paired
        assert row.judged + row.missing + row.not_paired == trainees
        official = headers.index("Official, named")
        if row.feature == "source-kind":
            cell = table.item(r, official).text()
            assert cell == f"✓ {row.counts['official']}"  # accepted: said with a sign too


def test_the_sources_page_from_the_command_line(qapp, tmp_path, key_path, class_folder):
    """Ensure `--class-page sources --screenshot` paints the table of the class's judgements."""
    out = tmp_path / "class-sources.png"
    assert main(["--class", str(key_path), str(class_folder), "--screenshot", str(out),
                 "--class-page", "sources", "--language", "en"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
