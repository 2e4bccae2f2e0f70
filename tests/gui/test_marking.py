"""Marking on the real window: keyboard, mouse, marker mode, exact selection, undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest


def _select_with_keyboard(qtbot, view, start: int, length: int) -> None:
    """Put the caret at a code-point offset, then extend with Shift+Right presses."""
    view.setFocus()
    view.place_caret(start)
    for _ in range(length):
        qtbot.keyClick(view, Qt.Key_Right, Qt.ShiftModifier)


def _point_of(view, offset: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offset_map.to_qt(offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def drag(qtbot, view, start: int, end: int, modifier=Qt.NoModifier) -> None:
    """Press at one offset, move, release at another: a real mouse selection."""
    view.scroll_to_offsets(start, end)
    viewport = view.viewport()
    a, b = _point_of(view, start), _point_of(view, end)
    QTest.mousePress(viewport, Qt.LeftButton, modifier, a)
    QTest.mouseMove(viewport, (a + b) / 2)
    QTest.mouseMove(viewport, b)
    QTest.mouseRelease(viewport, Qt.LeftButton, modifier, b)


def test_keyboard_selection_and_a_category_key_mark_whole_words(qtbot, window):
    """Ensure Shift+arrows then "1" marks the words touched, snapped to whole words."""
    text = window.session.text
    start = text.index("sostuvo este martes") + 2  # mid-word
    _select_with_keyboard(qtbot, window.view, start, len("stuvo este mar"))
    qtbot.keyClick(window.view, Qt.Key_1)
    (a,) = window.session.annotations
    assert (a.category, a.quote) == ("claim", "sostuvo este martes")
    assert text[a.start:a.end] == a.quote
    assert window.panel.model.rowCount() == 1
    assert window.isWindowModified()


def test_mouse_drag_and_keys_2_and_3(qtbot, window):
    text = window.session.text
    start = text.index("informó en Telegram el Kremlin")
    drag(qtbot, window.view, start, start + len("informó en Telegram el Kremlin"))
    qtbot.keyClick(window.view, Qt.Key_2)
    start = text.index("Alianza geopolítica")
    drag(qtbot, window.view, start + 3, start + len("Alianza geopolít"))
    qtbot.keyClick(window.view, Qt.Key_3)
    got = {(a.category, a.quote) for a in window.session.annotations}
    assert got == {("attribution", "informó en Telegram el Kremlin"),
                   ("framing", "Alianza geopolítica")}


def test_marker_mode_keeps_the_category_for_each_drag(qtbot, window):
    """Ensure choosing a category with nothing selected arms it for the next selections."""
    text = window.session.text
    qtbot.keyClick(window.view, Qt.Key_2)
    assert window.marker == "attribution"
    assert window.category_actions["attribution"].isChecked()
    for quote in ("indicó el Kremlin", "señaló el Kremlin"):
        start = text.index(quote)
        drag(qtbot, window.view, start, start + len(quote))
    assert [a.quote for a in window.session.annotations] == ["indicó el Kremlin",
                                                            "señaló el Kremlin"]
    # A keyboard selection is marked with Enter.
    start = text.index("La Presidencia rusa concluyó")
    _select_with_keyboard(qtbot, window.view, start, len("La Presidencia rusa concluyó"))
    qtbot.keyClick(window.view, Qt.Key_Return)
    assert len(window.session) == 3
    # Attributions ask for the kind of source: the first Esc leaves it for later.
    assert window.feature_chooser.isVisible()
    qtbot.keyClick(window.feature_chooser.values, Qt.Key_Escape)
    assert not window.feature_chooser.isVisible() and window.marker == "attribution"
    qtbot.keyClick(window.view, Qt.Key_Escape)
    assert window.marker is None
    assert not window.category_actions["attribution"].isChecked()


def test_exact_selection_keeps_quotes_and_punctuation(qtbot, window):
    """Ensure the toggle (or Alt+key) marks exactly the selection, quote marks included."""
    text = window.session.text
    quote = '"el coraje, heroísmo y abnegación"'
    start = text.index(quote)
    _select_with_keyboard(qtbot, window.view, start, len(quote))
    qtbot.keyClick(window.view, Qt.Key_3, Qt.AltModifier)
    assert window.session.annotations[-1].quote == quote
    window.exact_action.setChecked(True)
    quote = '"valorar altamente"'
    start = text.index(quote)
    _select_with_keyboard(qtbot, window.view, start, len(quote))
    qtbot.keyClick(window.view, Qt.Key_3)
    assert {a.quote for a in window.session.annotations} >= {quote}


def test_undo_and_redo_with_the_keyboard(qtbot, window):
    text = window.session.text
    start = text.index("indicó el Kremlin")
    _select_with_keyboard(qtbot, window.view, start, 6)
    qtbot.keyClick(window.view, Qt.Key_2)
    assert len(window.session) == 1
    qtbot.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier)
    assert len(window.session) == 0
    assert not window.isWindowModified()
    qtbot.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.session.annotations[0].quote == "indicó"
    assert window.painter.decorations()[0].key == window.session.annotations[0].id


def test_the_same_span_is_not_marked_twice_and_blank_selections_mark_nothing(qtbot, window):
    text = window.session.text
    start = text.index("indicó el Kremlin")
    for _ in range(2):
        _select_with_keyboard(qtbot, window.view, start, 6)
        qtbot.keyClick(window.view, Qt.Key_1)
    assert len(window.session) == 1
    blank = text.index(", indicó")
    _select_with_keyboard(qtbot, window.view, blank, 2)
    qtbot.keyClick(window.view, Qt.Key_1)
    assert len(window.session) == 1


def test_the_toolbar_button_and_the_context_menu_actions_mark(qtbot, window):
    text = window.session.text
    start = text.index("Celebración compartida")
    window.view.select_offsets(start, start + len("Celebración compartida"))
    window.category_actions["framing"].trigger()
    assert window.session.annotations[0].category == "framing"


def test_hover_shows_category_and_note(qtbot, window):
    text = window.session.text
    start = text.index("indicó el Kremlin")
    annotation = window.session.new_annotation("attribution", start, start + 17, "Misma fuente")
    window.session.add(annotation)
    tip = window._tooltip_at(start + 3)
    assert "Attribution" in tip and "Misma fuente" in tip and "dashed" in tip
    assert window._tooltip_at(0) == ""


def _menu_action(menu, text):
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
        if action.menu() is not None:
            found = _menu_action(action.menu(), text)
            if found is not None:
                return found
    return None


def test_the_context_menu_marks_changes_and_deletes(qtbot, window):
    """Ensure the right-click menu offers marking, and per highlight: category and delete."""
    text = window.session.text
    start = text.index("indicó el Kremlin")
    window.view.select_offsets(start, start + len("indicó el Kremlin"))
    menu = window.context_menu(start + 2)
    _menu_action(menu, "Mark as Attribution").trigger()
    (a,) = window.session.annotations
    assert a.category == "attribution"
    menu = window.context_menu(start + 2)
    assert _menu_action(menu, "Mark as Claim") is None  # nothing selected now
    _menu_action(menu, "Framing").trigger()  # Change category > Framing
    assert window.session.annotations[0].category == "framing"
    menu = window.context_menu(start + 2)
    _menu_action(menu, "Delete").trigger()
    assert len(window.session) == 0
    window.undo_stack.undo()
    assert window.session.annotations[0].category == "framing"


def test_tab_moves_from_the_article_to_the_list(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key_Tab)
    assert not window.view.hasFocus()


def test_the_legend_buttons_act_like_the_keys(qtbot, window):
    """Ensure clicking a legend entry marks the selection, or arms the marker."""
    text = window.session.text
    start = text.index("Celebración compartida")
    window.view.select_offsets(start, start + len("Celebración compartida"))
    qtbot.mouseClick(window.legend.buttons["framing"], Qt.LeftButton)
    assert window.session.annotations[0].category == "framing"
    qtbot.mouseClick(window.legend.buttons["claim"], Qt.LeftButton)
    assert window.marker == "claim"
    assert "2" in window.legend.buttons["attribution"].text()


def test_hovering_a_highlight_shows_a_tooltip(qtbot, window):
    """Ensure a real tooltip event over a highlight shows its category and note."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    text = window.session.text
    start = text.index("indicó el Kremlin")
    window.session.add(window.session.new_annotation("attribution", start, start + 17, "Otra vez"))
    window.view.scroll_to_offsets(start, start + 17)
    point = _point_of(window.view, start + 3)
    event = QHelpEvent(QEvent.ToolTip, point, window.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "Attribution" in QToolTip.text() and "Otra vez" in QToolTip.text()
    QToolTip.hideText()


def test_keyboard_only_round_trip_through_the_list(qtbot, window):
    """Ensure marking, moving to the list, deleting and coming back work without a mouse."""
    text = window.session.text
    for quote in ("indicó el Kremlin", "señaló el Kremlin"):
        start = text.index(quote)
        _select_with_keyboard(qtbot, window.view, start, len(quote))
        qtbot.keyClick(window.view, Qt.Key_2)
        # The kind of source is asked beside it: "1" and Enter answer, focus goes back.
        qtbot.keyClick(window.feature_chooser.values, Qt.Key_1)
        qtbot.keyClick(window.feature_chooser.values, Qt.Key_Return)
        assert window.view.hasFocus()
    assert all(a.features == {"source-kind": "official"} for a in window.session.annotations)
    qtbot.keyClick(window.view, Qt.Key_Tab)
    table = window.panel.table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key_Home)
    qtbot.keyClick(table, Qt.Key_Down)
    qtbot.keyClick(table, Qt.Key_Delete)
    assert [a.quote for a in window.session.annotations] == ["indicó el Kremlin"]
    qtbot.keyClick(table, Qt.Key_Tab, Qt.ShiftModifier)
    assert window.view.hasFocus()
