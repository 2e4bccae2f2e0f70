"""Accept for the whole class (scoring.md §9): a key edit from the class window, end to end."""

from __future__ import annotations

import shutil
from pathlib import Path

from class_maker import EXERCISE
from PySide6.QtCore import Qt

from annotator.core.model import Annotation, Submission, Trainee
from annotator.services.classroom import grade_class
from annotator.services.decisions import load_decisions
from annotator.xmlio.readers import read_decisions, read_exercise
from annotator.xmlio.writers import save

TEXT = EXERCISE.article.text
K1 = next(k for k in EXERCISE.key if k.id == "k1")  # framing «Alianza geopolítica en desarrollo»
WIDE = (K1.start - 11, K1.end)  # «en Alaska. Alianza geopolítica en desarrollo»
INSIDE = (TEXT.index("geopolítica", K1.start), K1.end)


def _crafted(folder: Path) -> list[str]:
    """Three trainees who mark k1 wide and a part of it: the part pairs, the wide one is extra."""
    ids = []
    for number in range(3):
        marks = [Annotation(id=f"a{i}", category="framing", start=s, end=e, quote=TEXT[s:e])
                 for i, (s, e) in enumerate((WIDE, INSIDE), start=1)]
        trainee = Trainee(id=f"s90{number}", name=f"Wide {number}")
        save(Submission(exercise=EXERCISE.id, exercise_version="1",
                        text_sha256=EXERCISE.article.sha256, trainee=trainee,
                        annotations=marks), folder / f"wide-{number}.submission.xml")
        ids.append(trainee.id)
    return ids


def _scores(window) -> dict[str, float]:
    return {row.trainee_id: row.score for row in window.result.graded.rows}


def test_accept_an_extra_then_a_frequent_extra_for_the_class_then_reopen(
        qtbot, make_class_window, class_prompts, class_folder, tmp_path):
    """Ensure the whole story: one trainee's extra accepted (score rises), a frequent extra
    added to the key as k1's alternative (the key file gains it, a new version, the old one
    kept; the affected trainees are graded again and the summary names them), and after
    quitting and reopening everything is as it was."""
    exercise_path = tmp_path / "putin-kim-alaska.exercise.xml"
    shutil.copyfile(EXERCISE_PATH(), exercise_path)
    crafted = _crafted(class_folder)
    window = make_class_window()
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_class(exercise_path, [class_folder])

    # One trainee: accept an extra.
    row = next(r for r in window.result.graded.rows if r.extras and r.trainee_id not in crafted)
    extra = next(o for o in row.result.annotation_outcomes
                 if o.verdict == "extra" and o.duplicate_of is None)
    item = next(i for i in _feedback(row) if i.annotation == extra.annotation.id)
    before = row.score
    assert window.decide(row, "accept", item)
    assert row.score > before
    accepted_score = row.score

    # The whole class: the wide span, marked by three trainees, becomes k1's alternative.
    old = _scores(window)
    panel = window.overview_panel
    table = panel.extras
    wanted = next(r for r in range(table.rowCount())
                  if table.item(r, 0).data(Qt.UserRole) == ("framing", *WIDE))
    table.selectRow(wanted)
    assert panel.accept_button.isEnabled()
    class_prompts.accept_answer = ("k1", "")
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        panel.accept_button.click()
    (asked,) = [a for a in class_prompts.asked if a[0] == "accept"]
    assert asked[2] == [("k1", K1.quote)]

    saved = read_exercise(exercise_path).document
    assert saved.version == "2"
    k1 = next(k for k in saved.key if k.id == "k1")
    assert [(a.start, a.end) for a in k1.alternatives] == [WIDE]
    kept = exercise_path.with_name("putin-kim-alaska.exercise.v1.xml")
    assert read_exercise(kept).document.version == "1"
    assert not any("exercise.v1" in window.problem_list.item(i).text()
                   for i in range(window.problem_list.count()))
    new = _scores(window)
    changed = {c.label.split()[0] for c in window.last_changes}
    assert set(crafted) <= changed  # and any other trainee who marked that extent
    assert changed == {t for t in new if new[t] != old[t]}
    book = load_decisions(class_folder / "putin-kim-alaska.decisions.xml", EXERCISE.id)
    expected = grade_class(exercise_path, [class_folder], decisions=book)
    assert new == {r.trainee_id: r.score for r in expected.rows}
    for trainee in crafted:
        graded = next(r for r in window.result.graded.rows if r.trainee_id == trainee)
        outcome = next(o for o in graded.result.key_outcomes if o.key.id == "k1")
        assert (outcome.verdict, outcome.extent, outcome.annotation.id) == ("found", 1, "a1")
    assert any(a[0] == "inform" for a in class_prompts.asked)
    assert _scores(window)[row.trainee_id] == accepted_score  # the decision still applies

    window.close()
    again = make_class_window()
    with qtbot.waitSignal(again.grading.finished, timeout=20000):
        again.open_class(exercise_path, [class_folder])
    assert _scores(again) == new
    decisions = read_decisions(class_folder / "putin-kim-alaska.decisions.xml").document
    assert [(d.trainee, d.annotation) for d in decisions.decisions] == [
        (row.trainee_id, extra.annotation.id)]


def _feedback(row):
    from annotator.core.feedback import feedback

    return feedback(row.result, "en")


def EXERCISE_PATH():  # noqa: N802
    from annotator.bundled import first_exercise

    return first_exercise()
