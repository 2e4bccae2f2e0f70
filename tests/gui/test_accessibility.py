"""Every trainee can use it: the accessible tree, the announcements and Tab, in both languages.

The tests read what a screen reader reads: the QAccessible interfaces of
the real windows (names, descriptions, roles, values), and the
announcement events the windows hand to Qt. Each test runs in English and
in Spanish; in Spanish no name or description may be left in English.
"""

from __future__ import annotations

import pytest
from a11y import (
    INTERACTIVE,
    find,
    items,
    nodes,
    read_text,
    skipped_by_tab,
    spoken,
    tab_cycle,
    unnamed_controls,
)
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QToolButton
from spanish_walk import english_templates, untranslated
from tests_gui_helpers import mark

from annotator.gui import i18n
from annotator.gui.feedback_panel import card_text

NAME, DESCRIPTION, VALUE = (QAccessible.Text.Name, QAccessible.Text.Description,
                            QAccessible.Text.Value)
WRONG = "Según la Presidencia rusa"  # an attribution in the key; marked as a claim below
EXTRA = "Kim Jong-un"  # the expert did not mark it alone
FRAMING = "Alianza geopolítica en desarrollo"


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    """Each test once in English and once in Spanish (ours and Qt's translators)."""
    if request.param == "en":
        yield "en"
        return
    default = QLocale()
    assert i18n.install(qapp, "es") == ["qtbase_es", "annotator_es"]
    yield "es"
    for translator in qapp._annotator_translators:
        qapp.removeTranslator(translator)
    qapp._annotator_translators = []
    QLocale.setDefault(default)


@pytest.fixture
def heard(monkeypatch) -> list[str]:
    """The announcements the windows send, as Qt receives them."""
    messages: list[str] = []
    send = QAccessible.updateAccessibility

    def spy(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            messages.append(event.message())
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(spy))
    return messages


@pytest.fixture
def workspace(qtbot, prompts, exercise_path, language):
    from annotator.gui.main_window import MainWindow

    window = MainWindow(prompts=prompts, language=language)
    qtbot.addWidget(window)
    assert window.start(exercise_path) == "opened"
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def label(window, category_id: str) -> str:
    return window.session.exercise.tagset.get(category_id).label(window.language)


def mark_three(qtbot, window) -> None:
    """A framing passage (with a note), an attribution marked as a claim, and an extra."""
    mark(qtbot, window, FRAMING, Qt.Key_3)
    window._request_edit(window.session.annotations[0].id, {"note": "palabras que empujan"})
    mark(qtbot, window, WRONG, Qt.Key_1)
    mark(qtbot, window, EXTRA, Qt.Key_1)
    assert len(window.session.annotations) == 3


def english_names(root, language: str, content: tuple[str, ...] = ()) -> list[str]:
    """Names and descriptions still in English in Spanish mode (none to check in English)."""
    if language != "es":
        return []
    templates = english_templates()
    left = []
    for node in nodes(root):
        if node.role not in INTERACTIVE or node.role in (QAccessible.Role.Cell,
                                                         QAccessible.Role.ListItem):
            continue  # items hold the exercise's and the trainee's own words
        for text in (node.name, node.description):
            for piece in content:
                text = text.replace(piece, " ")
            reason = untranslated(text, templates) if text.strip() else None
            if reason:
                left.append(f"{node.role.name} in {node.where}: {text!r} ({reason})")
    return left


def exercise_words(window) -> tuple[str, ...]:
    exercise = window.session.exercise
    words = [exercise.title, exercise.instructions or ""]
    for category in exercise.tagset.categories:
        words += [*category.labels.values(), *category.descriptions.values()]
    return tuple(w for w in words if w)


# ================================================================ the workspace


def test_every_control_of_the_workspace_has_a_name_in_the_interface_language(
    qtbot, workspace
):
    """Ensure the article, the highlights table, the note editor, the find field and its
    clear button, and every toolbar button are named, in the window's language."""
    mark_three(qtbot, workspace)
    workspace.find_bar.open_bar()
    workspace.panel.edit_note(workspace.session.annotations[1].id)  # the note editor open
    qtbot.waitUntil(lambda: workspace.panel.table.indexWidget(
        workspace.panel.table.currentIndex()) is not None or workspace.panel.table.state()
        == workspace.panel.table.State.EditingState)
    assert unnamed_controls(workspace) == []
    assert english_names(workspace, workspace.language, exercise_words(workspace)) == []
    assert spoken(workspace.view) == {"en": "Article", "es": "Artículo"}[workspace.language]
    zoom = [n for n in find(workspace, QAccessible.Role.PushButton)
            if n.name == workspace.zoom_in_action.text().replace("&", "")]
    assert zoom, "the A+ button is read by its menu name"


def test_a_narrow_window_names_the_toolbar_overflow_button(qtbot, workspace):
    """Ensure the » button Qt adds when the tools do not fit has a name too."""
    workspace.resize(520, 600)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in workspace.toolbar.findChildren(
        QToolButton, "qt_toolbar_ext_button")))
    assert unnamed_controls(workspace) == []


def test_the_highlights_table_reads_whole_rows_and_an_empty_note_says_so(qtbot, workspace):
    """Ensure every cell of a highlight row says its category, quote and note (or none)."""
    mark_three(qtbot, workspace)
    cells = [n for n in items(workspace.panel.table) if n.role == QAccessible.Role.Cell]
    assert len(cells) == 3 * workspace.panel.model.columnCount()  # with the judgement column
    none = {"en": "no note", "es": "sin nota"}[workspace.language]
    for cell in cells:
        name = cell.name
        assert "«" in name and ":" in name, name
        if "Alianza" in name:
            assert label(workspace, "framing") in name and "palabras que empujan" in name
        else:
            assert none in name, name
    assert spoken(workspace.panel.table)


def test_marking_deleting_undoing_and_redoing_are_announced(qtbot, workspace, heard):
    """Ensure add, remove, undo and redo each reach the screen reader, with the category
    and the quote, in the interface language."""
    claim = label(workspace, "claim")
    mark(qtbot, workspace, WRONG, Qt.Key_1)
    assert heard and claim in heard[-1] and WRONG in heard[-1]
    added = heard[-1]
    workspace.panel.show_annotation(workspace.session.annotations[0].id)
    workspace.panel.table.setFocus()
    workspace.delete_current()
    assert not workspace.session.annotations
    removed = heard[-1]
    assert removed != added and WRONG in removed
    workspace.undo_stack.undo()
    undone = {"en": "Undone", "es": "Deshecho"}[workspace.language]
    assert heard[-1].startswith(undone) and WRONG in heard[-1]
    workspace.undo_stack.redo()
    redone = {"en": "Redone", "es": "Rehecho"}[workspace.language]
    assert heard[-1].startswith(redone) and WRONG in heard[-1]
    assert len(heard) == 4
    assert all(untranslated(m, english_templates()) is None for m in heard) \
        or workspace.language == "en"


def test_the_caret_entering_a_highlight_is_announced_and_named(qtbot, workspace, heard):
    """Ensure each highlight is exposed where the caret is: the article's description
    carries its category and note, and entering it is spoken once."""
    mark_three(qtbot, workspace)
    heard.clear()
    text = workspace.session.text
    for annotation in workspace.session.annotations:
        workspace.view.place_caret(annotation.start + 1)
        said = spoken(workspace.view, DESCRIPTION)
        assert label(workspace, annotation.category) in said, said
        assert annotation.quote in said
        if annotation.note:
            assert annotation.note in said
        assert heard[-1] == said
    assert len(heard) == 3
    last = workspace.session.annotations[-1]
    workspace.view.place_caret(last.start + 2)  # still inside: nothing new to say
    assert len(heard) == 3
    workspace.view.place_caret(text.index("sostuvo este martes"))
    assert spoken(workspace.view, DESCRIPTION) == "" and len(heard) == 3
    workspace.view.setFocus()
    qtbot.keyClick(workspace.view, Qt.Key_I, Qt.ControlModifier)  # "what is here?"
    assert heard[-1] == {"en": "No highlight here", "es": "Aquí no hay subrayado"}[
        workspace.language]
    workspace.view.place_caret(last.start + 1)
    qtbot.keyClick(workspace.view, Qt.Key_I, Qt.ControlModifier)
    assert heard[-1] == spoken(workspace.view, DESCRIPTION) and last.quote in heard[-1]


def test_enter_on_a_highlight_in_the_list_takes_the_caret_to_it(qtbot, workspace, heard):
    """Ensure a keyboard user gets from the list to the highlight in the article, and hears it."""
    mark_three(qtbot, workspace)
    table = workspace.panel.table
    table.setFocus()
    target = workspace.session.annotations[1]
    workspace.panel.show_annotation(target.id)
    qtbot.keyClick(table, Qt.Key_Return)
    assert workspace.view.hasFocus()
    assert workspace.view.caret_offset() == target.start
    assert target.quote in heard[-1]


def test_caret_announcements_can_be_turned_off(qtbot, workspace, heard):
    """Ensure the Settings switch silences the caret, not the changes nor the description."""
    from annotator.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(workspace.settings, workspace.language)
    qtbot.addWidget(dialog)
    assert dialog.announce_caret.isChecked()
    assert dialog.announce_caret.accessibleName() or dialog.announce_caret.text()
    dialog.announce_caret.setChecked(False)
    dialog.apply()
    mark(qtbot, workspace, EXTRA, Qt.Key_1)
    assert len(heard) == 1  # the change is still spoken
    workspace.view.place_caret(workspace.session.text.index("sostuvo este martes"))
    workspace.view.place_caret(workspace.session.text.index(EXTRA) + 1)
    assert len(heard) == 1
    assert EXTRA in spoken(workspace.view, DESCRIPTION)


def test_a_refusal_is_spoken_not_only_shown_for_a_few_seconds(workspace, heard):
    workspace.panel.table.clearSelection()
    workspace.panel.table.setCurrentIndex(workspace.panel.table.model().index(-1, -1))
    workspace.delete_current()
    assert heard == [workspace.statusBar().currentMessage()] and heard[0]


def test_the_article_text_a_reader_gets_has_no_frame_markers(workspace):
    """Ensure the caption box does not put U+FDD0/U+FDD1 into the text a reader reads."""
    read = read_text(workspace.view)
    assert "\ufdd0" not in read and "\ufdd1" not in read
    caption = next(b.text for b in workspace.session.exercise.article.blocks
                   if b.kind == "caption")
    assert caption in read


def test_tab_reaches_every_visible_control_of_the_workspace(qtbot, workspace):
    mark_three(qtbot, workspace)
    workspace.find_bar.open_bar()
    assert skipped_by_tab(qtbot, workspace.centralWidget(), workspace.view) == []


def test_the_dialogs_name_every_control_and_tab_reaches_them(qtbot, workspace):
    """Ensure Settings, Help, About and the trainee dialog pass the same walk."""
    from PySide6.QtWidgets import QWidget

    from annotator.gui.about import AboutDialog
    from annotator.gui.help_window import HelpWindow
    from annotator.gui.settings_dialog import SettingsDialog
    from annotator.gui.trainee_dialog import TraineeDialog

    for dialog in (SettingsDialog(workspace.settings, workspace.language),
                   HelpWindow(workspace, workspace.language), AboutDialog(),
                   TraineeDialog(None, workspace.session.exercise.title)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        assert english_names(dialog, workspace.language, exercise_words(workspace)) == []
        first = next(w for w in dialog.findChildren(QWidget)
                     if w.focusPolicy() & Qt.TabFocus and w.isVisible())
        assert skipped_by_tab(qtbot, dialog, first) == [], type(dialog).__name__
        dialog.close()


# ================================================================ check mode


@pytest.fixture
def checked(qtbot, workspace):
    mark_three(qtbot, workspace)
    assert workspace.comparison.enter()
    qtbot.waitUntil(lambda: workspace.comparison.result is not None)
    return workspace


def test_check_mode_names_everything_and_reads_each_feedback_card_whole(checked):
    """Ensure each feedback item reads verdict, category, the trainee's category when it
    differs, quote, sentence, the expert's why and the note; headings reach the reader."""
    view = checked.comparison.view
    assert unnamed_controls(checked) == []
    assert english_names(checked, checked.language, exercise_words(checked)) == []
    cards = items(view.panel.list)
    assert len(cards) == len(view.rows)
    for card in cards:
        name, description = card.name, card.description
        # Two passages may start alike (the revised key has such pairs): the card is the row
        # whose quote and feedback sentence it reads.
        row = next(r for r in view.rows
                   if f"«{r.item.quote[:40]}" in name and r.item.sentence in name)
        assert row.item.sentence in description
        if row.item.explanation:
            assert row.item.explanation in name and row.item.explanation in description
        if row.note:
            assert row.note in name
    wrong = next(c.name for c in cards if WRONG in c.name)
    mine = {"en": "You marked it as", "es": "Lo marcaste como"}[checked.language]
    assert f"{mine} {label(checked, 'claim')}" in wrong
    titles = set(view.panel.model.group_titles.values())
    heading_rows = [c.name for c in cards if any(c.name.startswith(t) for t in titles)]
    groups = {row.group for row in view.rows}
    assert len(heading_rows) == len(groups), "each group's first row starts with its title"


def test_entering_check_mode_speaks_the_score_and_the_differences(qtbot, workspace, heard):
    mark_three(qtbot, workspace)
    heard.clear()
    assert workspace.comparison.enter()
    view = workspace.comparison.view
    assert heard and view.panel.heading.text() in heard[-1]
    assert "100" in heard[-1]
    view.step(True)
    view.step(False)
    view.step(False)  # before the first difference: wraps to the last, and says so
    assert heard[-1] == workspace.statusBar().currentMessage()


def test_the_score_is_a_value_not_a_picture(checked):
    view = checked.comparison.view
    bars = find(view, QAccessible.Role.ProgressBar)
    assert len(bars) == 1
    bar = bars[0]
    assert bar.name == {"en": "Score", "es": "Puntuación"}[checked.language]
    assert bar.current_value == round(checked.comparison.result.score)
    assert bar.maximum_value == 100
    pass_mark = str(int(checked.comparison.result.pass_mark))
    assert pass_mark in bar.value or pass_mark in bar.description


def test_check_mode_speaks_the_verdict_where_the_caret_enters(qtbot, checked, heard):
    view = checked.comparison.view
    row = next(r for r in view.rows if r.item.quote.startswith(FRAMING))
    view.article.place_caret(view.article.text.index(FRAMING) + 1)
    said = spoken(view.article, DESCRIPTION)
    assert row.item.sentence in said and label(checked, "framing") in said
    from annotator.gui.verdicts import look
    assert look(row.item.verdict).name in said
    assert heard and heard[-1] == said


def test_tab_in_check_mode_reaches_every_control_in_visual_order(qtbot, checked):
    """Ensure Tab reaches Mine/Expert/Both, the article and the filters, not only the list."""
    view = checked.comparison.view
    assert skipped_by_tab(qtbot, view, view.panel.list) == []
    order = [w for w in tab_cycle(qtbot, view._header_buttons[0]) if view.isAncestorOf(w)]
    assert order.index(view.article) < order.index(view.panel.verdict_filter) \
        < order.index(view.panel.list)


# ================================================================ the other windows


def test_the_authoring_window_names_every_control_and_tab_reaches_them(
    qtbot, exercise_path, language
):
    from annotator.gui.authoring.prompts import NoPrompts
    from annotator.gui.authoring.window import AuthoringWindow

    window = AuthoringWindow(prompts=NoPrompts(), language=language)
    qtbot.addWidget(window)
    assert window.open_path(exercise_path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        assert unnamed_controls(window) == [], page
        assert skipped_by_tab(qtbot, window.centralWidget(), window.view) == [], page
    window.tabs.setCurrentIndex(0)
    cells = [n.name for n in items(window.key_panel.table) if n.role == QAccessible.Role.Cell]
    assert cells and all(", " in c for c in cells), "a key row reads whole"


def test_the_course_dialog_names_every_control_and_tab_reaches_them_on_both_pages(
    qtbot, exercise_path, language
):
    """Ensure the course and teacher's notes dialog passes the same walk, and its Alt+letters
    (tabs, labels, buttons) are each used once, in both languages."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    from annotator.gui.authoring.prompts import NoPrompts
    from annotator.gui.authoring.window import AuthoringWindow

    window = AuthoringWindow(prompts=NoPrompts(), language=language)
    qtbot.addWidget(window)
    assert window.open_path(exercise_path)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.course_action.trigger() or window.course_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    content = tuple(window.draft.details.licence.split(";"))
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        assert unnamed_controls(dialog) == [], page
        assert english_names(dialog, language, content) == [], page
        assert skipped_by_tab(qtbot, dialog, dialog.tabs.tabBar()) == [], page
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    bar = dialog.findChild(QTabBar)
    texts += [bar.tabText(i) for i in range(bar.count())]
    letters = [t[t.index("&") + 1].casefold() for t in texts if "&" in t.replace("&&", "")]
    assert len(letters) >= 12 and len(letters) == len(set(letters)), texts
    dialog.reject()


def test_marking_the_key_in_the_authoring_window_is_announced(qtbot, exercise_path, heard):
    """Ensure the instructor hears a key span added and undone, and the one under the caret."""
    from annotator.gui.authoring.prompts import NoPrompts
    from annotator.gui.authoring.window import AuthoringWindow

    window = AuthoringWindow(prompts=NoPrompts(), language="en")
    qtbot.addWidget(window)
    assert window.open_path(exercise_path)
    window.show()
    qtbot.waitExposed(window)
    text = window.draft.article.text
    start = text.index("sostuvo este martes")
    window.view.select_offsets(start, start + len("sostuvo este martes"))
    assert window.mark("claim") is not None
    assert heard[-1].startswith("Highlight added: Claim: «sostuvo este martes»")
    window.undo_stack.undo()
    assert heard[-1].startswith("Undone: Highlight removed")
    span = window.draft.key.annotations[0]
    window.view.place_caret(span.start + 1)
    assert span.quote[:20] in heard[-1]
    assert span.quote[:20] in spoken(window.view, DESCRIPTION)


def test_the_class_window_names_every_control_and_tab_reaches_them(
    qtbot, tmp_path, language
):
    from annotator.bundled import first_exercise
    from annotator.gui.classroom.prompts import NoClassPrompts
    from annotator.gui.classroom.window import ClassWindow

    folder = tmp_path / "class"
    _class_maker().make_class(folder, size=5, broken=True)
    window = ClassWindow(prompts=NoClassPrompts(), language=language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(window.grading.finished, timeout=20000):
        window.open_class(first_exercise(), [folder])
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        assert unnamed_controls(window) == [], page
        assert skipped_by_tab(qtbot, window.centralWidget(), window.tabs.tabBar()) == [], page
    window.tabs.setCurrentIndex(1)
    for table in (window.overview_panel.missed, window.overview_panel.scores):
        window.overview_panel.setCurrentWidget(table.parentWidget()
                                               if table is window.overview_panel.scores
                                               else table)
        cells = [n.name for n in items(table) if n.role == QAccessible.Role.Cell]
        assert cells and all(": " in c and ", " in c for c in cells), "an overview row reads whole"
        assert not any("█" in c for c in cells)
    heat = window.heat_map
    passage = heat._overview.key_spans[0].span
    heat.view.place_caret(passage.start + 1)
    marked = {"en": "marked by", "es": "marcado por"}[language]
    assert marked in spoken(heat.view, DESCRIPTION).lower()
    window.tabs.setCurrentIndex(0)
    cells = [n.name for n in items(window.gradebook.table) if n.role == QAccessible.Role.Cell]
    assert cells and all(", " in c for c in cells), "a gradebook row reads whole"
    window.gradebook.table.setCurrentIndex(window.gradebook.proxy.index(0, 0))
    window.gradebook.table.activated_row.emit(0)  # Enter on a row: the trainee's comparison
    qtbot.waitUntil(lambda: getattr(window, "trainee_view", None) is not None)
    trainee = window.trainee_view
    qtbot.waitExposed(trainee)
    comparison = trainee.comparison
    wrong = [r for r in comparison.rows if r.mine_label]
    assert wrong, "the generated trainee chose another category somewhere"
    you = {"en": "You marked", "es": "Lo marcaste"}[language]
    for row in wrong:  # read to the instructor about the trainee, not "you"
        assert comparison.about in card_text(row) and you not in card_text(row)
    trainee.activateWindow()
    qtbot.waitUntil(trainee.isActiveWindow, timeout=2000)
    assert unnamed_controls(trainee) == []
    assert skipped_by_tab(qtbot, trainee, trainee.comparison.panel.list) == []


def _class_maker():
    """tests/gui/classroom/class_maker.py, which only that folder has on its path."""
    from importlib.machinery import SourceFileLoader
    from importlib.util import module_from_spec, spec_from_loader
    from pathlib import Path

    path = Path(__file__).parent / "classroom" / "class_maker.py"
    loader = SourceFileLoader("class_maker", str(path))
    module = module_from_spec(spec_from_loader("class_maker", loader))
    loader.exec_module(module)
    return module


# ================================================================ the guided example


def test_the_guided_example_strip_is_named_reached_by_tab_and_each_step_is_announced(
    qtbot, workspace, heard
):
    """Ensure the step strip and its buttons have names in the interface language, Tab
    reaches its buttons from the article, and every new step is spoken."""
    workspace.tour_action.trigger()
    tour = workspace.tour
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow, timeout=2000)
    strip = tour.strip
    assert spoken(strip) == {"en": "Guided example", "es": "Ejemplo guiado"}[workspace.language]
    assert tour.words.quote in spoken(strip, DESCRIPTION)
    assert unnamed_controls(workspace) == []
    assert english_names(workspace, workspace.language, exercise_words(workspace)) == []
    assert heard[-1] == strip.spoken() and tour.words.quote in heard[-1]
    reached = tab_cycle(qtbot, workspace.view)
    assert strip.skip_button in reached and strip.end_button in reached

    before = len(heard)
    passage = tour.passage
    workspace.view.setFocus()
    workspace.view.select_offsets(passage.start, passage.end)  # step 1 done: step 2 is said
    assert heard[before:] == [strip.spoken()]
    step = {"en": "step 2 of 8", "es": "paso 2 de 8"}[workspace.language]
    assert step in heard[-1] and tour.words.label in heard[-1]
