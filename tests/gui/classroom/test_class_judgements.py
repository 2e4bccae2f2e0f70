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
    tree = graded_window.overview_panel.judgements.tree
    assert tree.topLevelItemCount() == len(rows)
    trainees = len(graded.rows)
    for index, row in enumerate(rows):
        branch = tree.topLevelItem(index)
        question = tagset.get(row.key.category).feature(row.feature)
        assert branch.text(0).endswith(f"» · {question.label('en')}")
        lines = {branch.child(c).text(0).strip(): int(branch.child(c).text(1))
                 for c in range(branch.childCount())}
        for value in question.values:  # every answer, accepted ones with a sign
            mark = "✓ " if value.id in row.accepted else ""
            assert lines[f"{mark}{value.label('en')}"] == row.counts[value.id]
        assert lines["No answer"] == row.missing
        assert lines["Did not find the passage"] == row.not_paired
        assert sum(lines.values()) == trainees


def test_the_sources_page_from_the_command_line(qapp, tmp_path, key_path, class_folder):
    """Ensure `--class-page sources --screenshot` paints the table of the class's judgements."""
    out = tmp_path / "class-sources.png"
    assert main(["--class", str(key_path), str(class_folder), "--screenshot", str(out),
                 "--class-page", "sources", "--language", "en"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
