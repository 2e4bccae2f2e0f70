"""The class window end to end: open a class, wait for grading, read it, export it."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.core.overview import overview
from annotator.gui.classroom.gradebook_model import ROW_ROLE
from annotator.services.classroom import grade_class
from annotator.xmlio.readers import read_exercise, read_submission


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _wait_exported(qtbot, window) -> tuple[list, bool]:
    with qtbot.waitSignal(window.runner.finished, timeout=30000) as blocker:
        pass
    return blocker.args


def test_a_class_with_bad_files_is_graded_and_each_bad_file_listed_once(
    qtbot, make_class_window, class_prompts, key_path, class_folder
):
    """Ensure grading runs from the Open class action, the table has one row per trainee,
    and the unreadable, foreign and older duplicate files are listed with a reason each."""
    before = _digests(class_folder)
    class_prompts.class_answer = (key_path, [class_folder])
    window = make_class_window()
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_action.trigger()
    expected = grade_class(key_path, [class_folder])

    model = window.gradebook.model
    assert model.rowCount() == len(expected.rows) == 12
    shown = {model.index(r, 0).data(ROW_ROLE).trainee_id: model.index(r, 2).data()
             for r in range(model.rowCount())}
    assert shown == {row.trainee_id: f"{row.score:.1f}" for row in expected.rows}
    problems = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert len(problems) == 3
    assert any(p.startswith("broken.submission.xml: ") for p in problems)
    assert any("otro-ejercicio" in p for p in problems)
    assert any(p.startswith("usb-copy.submission.xml: same trainee") for p in problems)
    assert "3" in window.tabs.tabText(2)
    assert all(a.isEnabled() for a in window.export_actions)
    assert _digests(class_folder) == before  # student files are only read


def test_the_overview_shows_the_cores_numbers(graded_window, key_path, class_folder):
    """Ensure the most-missed list, the frequent extras, the confusion table and the heat
    map's counts are exactly those of core.overview for the same class."""
    graded = grade_class(key_path, [class_folder])
    view = overview([row.result for row in graded.rows], graded.categories)
    panel = graded_window.overview_panel

    missed_column = 2
    assert [int(panel.missed.item(r, missed_column).text())
            for r in range(panel.missed.rowCount())] == [t.missed for t in view.key_spans]
    assert [panel.missed.item(r, 0).data(Qt.UserRole)[1:]
            for r in range(panel.missed.rowCount())] == [
        (t.span.start, t.span.end) for t in view.key_spans]
    extras = [e for e in view.extras if e.trainees > 1]
    assert [int(panel.extras.item(r, 2).text()) for r in range(panel.extras.rowCount())] == [
        e.trainees for e in extras]
    table = view.confusion
    for r, expert in enumerate(table.rows):
        for c, trainee in enumerate(table.columns):
            if (expert, trainee) != ("extra", "missed"):
                assert panel.confusion.item(r, c).text() == str(table.cell(expert, trainee))

    heat = graded_window.heat_map
    for category in view.categories:
        for run in view.coverage[category][:20]:
            assert heat.counts_at(run.start)[category] == run.count


def test_exports_write_csv_xml_and_pdf_and_never_touch_the_inputs(
    qtbot, graded_window, class_prompts, class_folder, tmp_path
):
    """Ensure the gradebook CSVs, graded XML, per-trainee PDFs and the class report PDF are
    written where asked, agree with the table, and leave the student files as they were."""
    before = _digests(class_folder)
    window = graded_window
    out = tmp_path / "out"
    out.mkdir()

    for kind, action in (("generic", window.csv_action), ("moodle", window.moodle_action),
                         ("canvas", window.canvas_action)):
        class_prompts.save_to = out / f"{kind}.csv"
        action.trigger()
        assert _wait_exported(qtbot, window) == [[], False]
    generic = list(csv.DictReader(io.StringIO((out / "generic.csv").read_text("utf-8"))))
    assert {r["trainee_id"]: r["score"] for r in generic} == {
        row.trainee_id: f"{row.score:.1f}" for row in window.result.graded.rows}
    moodle = (out / "moodle.csv").read_text("utf-8").splitlines()
    assert moodle[0] == "ID number,\"Putin, Kim y la cumbre de Alaska\"" and len(moodle) == 13
    assert "Points Possible" in (out / "canvas.csv").read_text("utf-8")

    class_prompts.folder = out / "graded"
    window.graded_action.trigger()
    assert _wait_exported(qtbot, window) == [[], False]
    graded_files = sorted((out / "graded").iterdir())
    assert len(graded_files) == 12
    copy = read_submission(graded_files[0]).document
    assert copy.grade is not None

    class_prompts.folder = out / "reports"
    window.pdf_action.trigger()
    assert _wait_exported(qtbot, window) == [[], False]
    pdfs = sorted((out / "reports").glob("*.pdf"))
    assert len(pdfs) == 12 and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)

    class_prompts.save_to = out / "class-report.pdf"
    window.class_pdf_action.trigger()
    assert _wait_exported(qtbot, window) == [[], False]
    assert (out / "class-report.pdf").read_bytes().startswith(b"%PDF")
    assert _digests(class_folder) == before


def test_an_export_over_an_input_file_is_refused_with_one_line(
    qtbot, graded_window, class_prompts, class_folder
):
    """Ensure choosing a student's file as the CSV target writes nothing over it and says so."""
    victim = class_folder / "0001-ana.submission.xml"
    before = victim.read_bytes()
    class_prompts.save_to = victim
    graded_window.csv_action.trigger()
    problems, cancelled = _wait_exported(qtbot, graded_window)
    assert not cancelled and len(problems) == 1 and "would overwrite an input" in problems[0]
    assert victim.read_bytes() == before
    assert class_prompts.errors()


def test_html_reports_for_every_trainee(qtbot, graded_window, class_prompts, tmp_path):
    """Ensure the HTML feedback export writes one page per trainee, named after them."""
    class_prompts.folder = tmp_path / "html"
    graded_window.html_action.trigger()
    assert _wait_exported(qtbot, graded_window) == [[], False]
    pages = sorted(p.name for p in (tmp_path / "html").glob("*.html"))
    assert len(pages) == 12 and pages[0] == "s0001_Ana_Pérez.html"


def test_enter_on_a_row_opens_that_trainees_comparison_read_only(qtbot, graded_window):
    """Ensure the keyboard path (find, Enter) opens the chosen trainee's view, read-only."""
    window = graded_window
    window.activateWindow()
    window.find_action.trigger()
    assert window.gradebook.filter.hasFocus()
    from tests_gui_helpers import type_text

    type_text(window.gradebook.filter, "Inés")
    assert window.gradebook.proxy.rowCount() == 1
    qtbot.keyClick(window.gradebook.filter, Qt.Key_Return)
    assert window.gradebook.table.hasFocus()
    qtbot.keyClick(window.gradebook.table, Qt.Key_Return)
    view = window.trainee_view
    qtbot.waitExposed(view)
    row = window.gradebook.proxy.row_at(0)
    assert "Inés" in view.windowTitle() and "Inés" in view.comparison.title_label.text()
    assert view.comparison.result is row.result  # the class's grade, not a new one
    assert view.comparison.article.isReadOnly()
    # Worded for the instructor, about Inés: never "What you missed" or "Not passed yet".
    first = row.trainee_name.split()[0]
    titles = list(view.comparison.panel.model.group_titles.values())
    assert f"What {first} missed" in titles and "What you missed" not in titles
    sentences = [r.item.sentence for r in view.comparison.rows]
    assert not any(s.startswith("You ") or " you marked" in s for s in sentences)
    card = view.comparison.score_card
    assert card.lead_label.text().startswith(f"{first} found ")
    assert "yet" not in card.verdict_label.text()


def test_with_a_key_file_a_trainee_opens_as_their_feedback_report(
    qtbot, make_class_window, class_folder, tmp_path
):
    """Ensure a class graded with a key file (no article) still opens a trainee, as the
    read-only feedback report, and the heat map says why it is empty."""
    from annotator.bundled import first_exercise
    from annotator.core.model import KeyFile
    from annotator.xmlio.readers import read_exercise
    from annotator.xmlio.writers import save

    exercise = read_exercise(first_exercise()).document
    key = tmp_path / "alaska.key.xml"
    save(KeyFile(exercise=exercise.id, text_sha256=exercise.article.sha256,
                 spans=exercise.key), key)
    window = make_class_window()
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_class(key, [class_folder])
    assert window.gradebook.model.rowCount() == 12
    assert window.heat_map.no_article.isVisibleTo(window.heat_map)
    window.open_trainee(window.gradebook.model.row_at(0))
    view = window.trainee_view
    assert view.comparison is None and view.browser.isReadOnly()
    assert window.gradebook.model.row_at(0).trainee_name in view.browser.toPlainText()


def test_a_key_that_cannot_be_used_is_reported_and_nothing_graded(
    qtbot, make_class_window, class_prompts, class_folder
):
    """Ensure a submission given as the key gets one clear message and leaves the window idle."""
    window = make_class_window()
    with qtbot.waitSignal(window.grading.failed, timeout=10000):
        window.open_class(class_folder / "0001-ana.submission.xml", [class_folder])
    assert "not an exercise or key file" in class_prompts.errors()[0]
    assert window.open_action.isEnabled() and not window.csv_action.isEnabled()


def test_the_overview_shows_the_instructor_notes_discussion_prompts(graded_window, key_path):
    """Ensure the Discussion tab lists the exercise's prompts, goals and facts, in order."""
    notes = read_exercise(key_path).document.notes
    page = graded_window.overview_panel.discussion
    assert page.prompts == notes.prompts["es"] and len(page.prompts) >= 3
    text = page.toPlainText()
    for prompt in notes.prompts["es"]:
        assert prompt in text
    assert notes.background["es"][0] in text
    assert text.index(notes.prompts["es"][0]) < text.index(notes.goals["es"][0])
    panel = graded_window.overview_panel
    assert panel.tabText(panel.indexOf(page)).replace("&", "") == "Discussion"


def test_without_notes_the_discussion_page_says_so(qtbot):
    from annotator.gui.classroom.discussion import DiscussionPage

    page = DiscussionPage()
    qtbot.addWidget(page)
    assert page.prompts == [] and "no instructor notes" in page.toPlainText()
