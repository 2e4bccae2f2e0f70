"""The instructor's decisions in the class window (scoring.md §9), on real widgets and files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.gui.classroom.gradebook_model import ROW_ROLE
from annotator.xmlio.readers import read_decisions

DECISIONS = "putin-kim-alaska.decisions.xml"


def _row_with_extra(window):
    """A trainee with an extra (the class maker gives many), and that extra's feedback item."""
    for row in window.result.graded.rows:
        extras = [o for o in row.result.annotation_outcomes
                  if o.verdict == "extra" and o.duplicate_of is None
                  and not o.annotation.orphaned]
        if extras:
            return row, extras[0].annotation.id
    raise AssertionError("no trainee with an extra")


def _choose(view, verdict: str, annotation: str | None = None, key: str | None = None):
    panel = view.comparison.panel
    for row in panel.model.rows:
        item = row.item
        if item.verdict == verdict and (annotation is None or item.annotation == annotation) \
                and (key is None or item.key == key):
            index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(
                row.identity), 0))
            panel.list.setFocus()
            panel.list.setCurrentIndex(index)  # as the arrow keys do
            assert panel.current_item() is item
            return item
    raise AssertionError(f"no {verdict} item")


def _score_cell(window, trainee_id: str) -> str:
    model = window.gradebook.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data(ROW_ROLE).trainee_id == trainee_id:
            return model.index(r, model.column_of("score")).data()
    raise AssertionError(trainee_id)


def test_accepting_an_extra_raises_the_score_is_saved_undoable_and_survives_reopening(
        qtbot, graded_window, class_prompts, class_folder, key_path, make_class_window):
    """Ensure Accept on a trainee's extra: the score rises as §9 says, the decisions file is
    written at once, the gradebook shows the badge, Undo takes it back, and a new window on
    the same class finds it again."""
    window = graded_window
    row, extra = _row_with_extra(window)
    before = row.score
    window.open_trainee(row)
    view = window.trainee_view
    qtbot.waitExposed(view)
    _choose(view, "extra", annotation=extra)
    bar = view.decision_bar
    assert bar.buttons["accept"].isEnabled() and not bar.buttons["full-credit"].isEnabled()
    class_prompts.decision_answer = ("Prof. Ruiz", "Defendible: «aliados» es una elección")
    bar.buttons["accept"].click()

    # §9: the annotation leaves S; one extra fewer in the denominator, nothing else moves.
    result = row.result
    assert result.score > before
    assert result.score_before_decisions == before
    assert {o.annotation.id: o.verdict for o in result.annotation_outcomes}[extra] == "accepted"
    saved = read_decisions(class_folder / DECISIONS).document
    assert [(d.kind, d.trainee, d.annotation, d.by) for d in saved.decisions] == [
        ("accept", row.trainee_id, extra, "Prof. Ruiz")]
    assert saved.decisions[0].comment.startswith("Defendible")
    assert _score_cell(window, row.trainee_id).endswith("✎")
    assert bar.list.count() == 1 and "Prof. Ruiz" in bar.list.item(0).text()
    assert "without the instructor's decisions" in view.comparison.score_card.verdict_label.text()
    quote = next(a.quote for a in row.submission.annotations if a.id == extra)
    assert " ".join(quote.split())[:20] in bar.list.item(0).text()
    model = window.gradebook.model
    cell = next(model.index(r, model.column_of("score")) for r in range(model.rowCount())
                if model.index(r, 0).data(ROW_ROLE) is row)
    assert "instructor decisions" in cell.data(Qt.AccessibleTextRole)

    window.undo_action.trigger()
    assert row.score == before
    assert read_decisions(class_folder / DECISIONS).document.decisions == []
    assert not _score_cell(window, row.trainee_id).endswith("✎")
    window.redo_action.trigger()
    assert row.score > before
    raised = row.score
    view.close()
    window.close()

    again = make_class_window()
    with qtbot.waitSignal(again.grading.finished, timeout=20000):
        again.open_class(key_path, [class_folder])
    same = next(r for r in again.result.graded.rows if r.trainee_id == row.trainee_id)
    assert same.score == raised
    assert [d.annotation for d in same.result.decisions] == [extra]


def test_a_decision_is_announced_with_the_new_score(qtbot, graded_window, class_prompts,
                                                    monkeypatch):
    """Ensure a screen reader hears that the decision was saved and the trainee's new score."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    heard: list[str] = []
    send = QAccessible.updateAccessibility

    def spy(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event.message())
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(spy))
    window = graded_window
    row, extra = _row_with_extra(window)
    window.open_trainee(row)
    _choose(window.trainee_view, "extra", annotation=extra)
    window.trainee_view.decision_bar.buttons["accept"].click()
    assert any(DECISIONS in h and f"{row.score:.1f}" in h for h in heard)


def test_excusing_a_partly_found_passage_warns_first(qtbot, graded_window, class_prompts):
    """Ensure the §9 warning is shown before excusing a passage the trainee partly found,
    and that cancelling the dialog changes nothing."""
    window = graded_window
    row = next(r for r in window.result.graded.rows
               if any(o.verdict == "partial" for o in r.result.key_outcomes))
    window.open_trainee(row)
    view = window.trainee_view
    item = _choose(view, "partial")
    class_prompts.decision_answer = None
    view.decision_bar.buttons["excuse"].click()
    (asked,) = [a for a in class_prompts.asked if a[0] == "decision"]
    assert asked[2] and "extra" in asked[2]
    assert window.undo_stack.count() == 0 and row.result.decisions == []

    class_prompts.decision_answer = ("Prof. Ruiz", "")
    view.decision_bar.buttons["full-credit"].click()
    credited = next(o for o in row.result.key_outcomes if o.key.id == item.key)
    assert credited.credited and credited.verdict == "partial"


def test_a_file_without_trainee_id_cannot_take_decisions(qtbot, graded_window):
    """Ensure the bar says why, and offers nothing, when the file has no trainee id."""
    window = graded_window
    row = window.result.graded.rows[0]
    row.submission.trainee.id = None
    window.open_trainee(row)
    bar = window.trainee_view.decision_bar
    assert not any(b.isEnabled() for b in bar.buttons.values())
    assert bar.note.isVisibleTo(bar) and "id" in bar.note.text()


def test_an_unreadable_decisions_file_is_never_overwritten(
        qtbot, make_class_window, class_prompts, key_path, class_folder):
    """Ensure a broken decisions file is reported and left as it is, not replaced."""
    broken = class_folder / DECISIONS
    broken.write_text("<decisions", encoding="utf-8")
    window = make_class_window()
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_class(key_path, [class_folder])
    problems = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert any(DECISIONS in p and "without decisions" in p for p in problems)
    row, extra = _row_with_extra(window)
    window.open_trainee(row)
    _choose(window.trainee_view, "extra", annotation=extra)
    window.trainee_view.decision_bar.buttons["accept"].click()
    assert broken.read_text(encoding="utf-8") == "<decisions"
    assert class_prompts.errors()
    assert Path(broken).exists()


def test_decisions_written_by_another_window_meanwhile_are_kept(
        qtbot, graded_window, class_prompts, class_folder):
    """Ensure a decision taken here is added to the file as another window left it, and
    undoing it takes back only this window's decision."""
    from annotator.services.decisions import load_decisions, make_decision

    window = graded_window
    rows = [r for r in window.result.graded.rows if r.extras]
    row, extra = _row_with_extra(window)
    other = next(r for r in rows if r is not row)
    other_extra = next(o.span.id for o in other.result.annotation_outcomes
                       if o.verdict == "extra" and o.duplicate_of is None)
    elsewhere = load_decisions(class_folder / DECISIONS, "putin-kim-alaska", missing_ok=True)
    theirs = make_decision("accept", other.trainee_id, other.submission.annotations,
                           "Prof. Gil", annotation=other_extra)
    assert elsewhere.change(class_folder / DECISIONS, [theirs], []) is None

    window.open_trainee(row)
    _choose(window.trainee_view, "extra", annotation=extra)
    window.trainee_view.decision_bar.buttons["accept"].click()
    saved = read_decisions(class_folder / DECISIONS).document.decisions
    assert sorted(d.by for d in saved) == ["Prof. Gil", "Prof. Ruiz"]
    assert other.result.decisions  # the other trainee is graded with it at once
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.regrade()  # F5: the class read again; this window's change can still be undone
    assert window.trainee_view.row is not row and window.trainee_view.row.file == row.file
    window.undo_action.trigger()
    assert window.trainee_view.decision_bar.list.count() == 0
    assert [d.by for d in read_decisions(class_folder / DECISIONS).document.decisions] == [
        "Prof. Gil"]


def test_a_decision_is_taken_on_the_attempt_graded(qtbot, make_class_window, class_prompts,
                                                   key_path, tmp_path):
    """Ensure a decision names the annotations graded (the first attempt, when the class is
    graded on it) and so applies, and stops applying on another attempt."""
    from class_maker import make_class

    folder = tmp_path / "attempts"
    make_class(folder, size=6, attempts=True)
    window = make_class_window()
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_class(key_path, [folder])
    window.set_attempt("first")
    qtbot.waitUntil(lambda: not window._busy and window.result.graded.rows[0].attempt == "first",
                    timeout=20000)
    row, extra = _row_with_extra(window)
    assert row.attempt == "first"
    window.open_trainee(row)
    _choose(window.trainee_view, "extra", annotation=extra)
    before = row.score
    window.trainee_view.decision_bar.buttons["accept"].click()
    assert row.result.decisions and row.score > before
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.set_attempt("current")
    same = next(r for r in window.result.graded.rows if r.file == row.file)
    assert same.result.decisions == []
    assert any(row.trainee_id in str(n) for n in same.notices)


def test_a_long_comment_is_refused_where_it_is_typed_never_cut_off_unseen(qtbot):
    from annotator.gui.classroom.decision_dialog import MAX_COMMENT, DecisionDialog

    dialog = DecisionDialog("Accept", None, "Ana Ruiz")
    qtbot.addWidget(dialog)
    dialog.comment.setPlainText("a" * MAX_COMMENT)
    dialog.comment.insertPlainText("b")  # one past the limit: refused whole
    assert dialog.comment.toPlainText() == "a" * MAX_COMMENT
    assert dialog.limit_note.text()
    assert dialog.answer() == ("Ana Ruiz", "a" * MAX_COMMENT)


def test_the_explanation_of_a_passage_accepted_for_the_class_keeps_the_format_limit(qtbot):
    from annotator.core.limits import TEXT_MAX
    from annotator.gui.classroom.accept_dialog import AcceptDialog

    dialog = AcceptDialog("aliados", [])
    qtbot.addWidget(dialog)
    dialog.explanation.setPlainText("a" * TEXT_MAX)
    dialog.explanation.insertPlainText("b")
    assert dialog.explanation.toPlainText() == "a" * TEXT_MAX
    assert dialog.limit_note.text()
