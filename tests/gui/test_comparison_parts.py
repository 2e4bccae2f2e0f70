"""The pieces of the comparison on their own: feedback model and filters, the marks drawn on
the article, the score card, the show toggle, hover and clicks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from annotator.bundled import first_exercise
from annotator.core.grading import grade
from annotator.core.model import Category, Tagset
from annotator.core.session import Session
from annotator.gui.comparison_marks import BOTH, EXPERT, MINE, NEST_STEP, marks_for
from annotator.gui.comparison_view import ComparisonView
from annotator.gui.score_card import ScoreCard
from annotator.gui.span_styles import styles_for
from annotator.xmlio.readers import read_exercise

EXERCISE = read_exercise(first_exercise()).document


def _graded(*marks: tuple[str, str]):
    """A grade of the first exercise for (category, quote) highlights."""
    session = Session(EXERCISE)
    for category, quote in marks:
        start = session.text.index(quote)
        session.add(session.new_annotation(category, start, start + len(quote)))
    grading = EXERCISE.grading
    return grade(EXERCISE.key, session.annotations, grading.scheme, grading.pass_mark,
                 EXERCISE.tagset.ids())


ATTEMPT = (
    ("claim", "envió tropas para participar en la expulsión del Ejército ucraniano"),  # k8 narrow
    ("framing", "la expulsión del Ejército ucraniano"),  # k9 found, inside k8
    ("attribution", "indicó el Kremlin"),  # k11 found
    ("claim", "Celebración compartida"),  # k13: wrong category
    ("framing", '"compartida"'),  # extra (the quoted word, not the subheading)
    ("attribution", "(FUENTE EXTERNA)"),  # optional k20
)


def _view(qtbot, language="en", attempt=ATTEMPT) -> ComparisonView:
    view = ComparisonView(language)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.set_exercise(EXERCISE)
    view.set_result(_graded(*attempt))
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # its shortcuts (F8, Ctrl+1...) need the active window
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    return view


def test_the_feedback_model_and_its_filter_pass_qtmodeltester(qtbot, qtmodeltester):
    """Ensure the rows, the resets on regrading and the filtered proxy stay consistent."""
    view = _view(qtbot)
    qtmodeltester.check(view.panel.model)
    view.panel.set_filter("missed", "framing")
    qtmodeltester.check(view.panel.proxy)
    view.set_result(_graded(*ATTEMPT[:2]))
    qtmodeltester.check(view.panel.model)
    qtmodeltester.check(view.panel.proxy)


def test_filters_narrow_the_list_and_f8_walks_only_what_shows(qtbot):
    """Ensure the verdict and category filters, the heading count, and F8 within a filter."""
    view = _view(qtbot)
    panel = view.panel
    everything = panel.visible_items()
    panel.set_filter("missed", None)
    shown = panel.visible_items()
    assert shown and {i.verdict for i in shown} == {"missed"}
    assert f"(showing {len(shown)} of {len(everything)})" in panel.heading.text()
    panel.set_filter(None, "attribution")
    assert {i.category for i in panel.visible_items()} == {"attribution"}
    panel.set_filter("partial", "claim")
    (narrow,) = panel.visible_items()
    assert "too narrow" in narrow.sentence and "«de la región fronteriza de Kursk»" in \
        narrow.sentence
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key_F8)
    assert panel.current_item() == narrow
    panel.set_filter("found", None)  # agreements are not differences: F8 has nowhere to go
    with qtbot.waitSignal(view.message) as told:
        view.step(True)
    assert "No differences" in told.args[0]
    panel.set_filter(None, None)
    assert "showing" not in panel.heading.text()


def test_marks_keep_the_two_sides_apart_and_give_nested_boxes_room():
    """Ensure mine = the trainee's fills with their verdicts, expert = the key's passages,
    both = fills plus boxes; and an enclosing expert box stands out from the one inside."""
    result = _graded(*ATTEMPT)
    styles = styles_for(EXERCISE.tagset)
    mine = marks_for(result, styles, MINE)
    assert mine.boxes == []
    assert {d.key[:2] for d in mine.fills} == {"a:"}
    assert sorted(b.verdict for b in mine.badges) == sorted(
        ["partial", "correct", "correct", "wrong-category", "extra", "optional"])

    expert = marks_for(result, styles, EXPERT)
    assert {d.key[:2] for d in expert.fills} == {"k:"} and len(expert.boxes) == len(EXERCISE.key)

    both = marks_for(result, styles, BOTH)
    assert {d.key[:2] for d in both.fills} == {"a:"}
    unmarked_optional = [o for o in result.key_outcomes
                         if o.verdict == "optional" and o.annotation is None]
    assert len(both.boxes) == len(EXERCISE.key) - len(unmarked_optional)
    assert [b.verdict for b in both.badges].count("extra") == 1
    text = EXERCISE.article.text
    k8 = next(b for b in both.boxes if text[b.start:b.end].startswith("envió tropas"))
    k9 = next(b for b in both.boxes if text[b.start:b.end] == "la expulsión del Ejército ucraniano")
    assert (k8.verdict, k9.verdict) == ("partial", "found")
    assert k8.padding == k9.padding + NEST_STEP


def test_show_toggle_with_keys_and_buttons(qtbot):
    """Ensure Ctrl+1 / Ctrl+2 / Ctrl+3 switch mine / expert / both and repaint the fills."""
    view = _view(qtbot)
    view.panel.list.setFocus()
    qtbot.keyClick(view.panel.list, Qt.Key_1, Qt.ControlModifier)
    assert view.showing == MINE and view.show_actions[MINE].isChecked()
    assert {d.key[:2] for d in view.painter.decorations()} == {"a:"}
    qtbot.keyClick(view.panel.list, Qt.Key_2, Qt.ControlModifier)
    assert view.showing == EXPERT
    assert {d.key[:2] for d in view.painter.decorations()} == {"k:"}
    qtbot.keyClick(view.panel.list, Qt.Key_3, Qt.ControlModifier)
    assert view.showing == BOTH
    assert "(Ctrl+1)" in view.show_actions[MINE].toolTip()


def test_hovering_a_passage_tells_its_verdict_and_the_experts_explanation(qtbot):
    """Ensure a real tooltip event over a missed passage and over the too-wide part of a span."""
    view = _view(qtbot, attempt=(("attribution", "A su vez, el líder norcoreano señaló"),))
    text = EXERCISE.article.text
    missed = text.index("Alianza geopolítica")
    tip = view._tooltip_at(missed + 2)
    assert "Missed" in tip and "✗" in tip and "takes a side in that dispute" in tip.lower()
    wide = text.index("A su vez")
    assert "too wide" in view._tooltip_at(wide + 1)  # outside the key span, inside the trainee's
    assert view._tooltip_at(text.index("Putin conversa") + 1) == ""

    article = view.article
    view.reveal(missed, missed + 5)
    cursor = QTextCursor(article.document())
    cursor.setPosition(article.offset_map.to_qt(missed + 3))
    point = article.cursorRect(cursor).center() + QPoint(2, 0)
    event = QHelpEvent(QEvent.ToolTip, point, article.viewport().mapToGlobal(point))
    article.viewportEvent(event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "Missed" in QToolTip.text()
    QToolTip.hideText()


def test_a_click_on_an_item_scrolls_the_article_and_a_click_in_the_article_picks_the_item(
        qtbot):
    """Ensure the list and the article follow each other, with the mouse."""
    view = _view(qtbot)
    panel, article = view.panel, view.article
    last = panel.proxy.index(panel.proxy.rowCount() - 1, 0)
    panel.list.scrollTo(last)
    item = last.data(Qt.UserRole + 1)
    qtbot.mouseClick(panel.list.viewport(), Qt.LeftButton,
                     pos=panel.list.visualRect(last).center())
    assert panel.current_item() == item
    assert view.marks.current == (item.start, item.end, item.verdict)
    assert article.verticalScrollBar().value() > 0

    text = EXERCISE.article.text
    offset = text.index("indicó el Kremlin") + 3
    view.reveal(offset, offset + 1)
    cursor = QTextCursor(article.document())
    cursor.setPosition(article.offset_map.to_qt(offset))
    qtbot.mouseClick(article.viewport(), Qt.LeftButton, pos=article.cursorRect(cursor).center())
    picked = panel.current_item()
    assert (picked.verdict, picked.quote) == ("found", "indicó el Kremlin")


def test_score_card_in_plain_words_and_a_category_the_expert_left_empty(qtbot):
    """Ensure each category reads as a sentence with its figures beside it, and a category
    without expert spans says so instead of showing figures."""
    tagset = Tagset(categories=[*EXERCISE.tagset.categories,
                                Category(id="opinion", color="#777777",
                                         labels={"en": "Opinion", "es": "Opinión"})])
    result = grade(EXERCISE.key, [], "partial", 60, tagset.ids())
    card = ScoreCard()
    qtbot.addWidget(card)
    card.set_result(result, tagset, styles_for(tagset), "en")
    assert "0.0" in card.score_label.text() and "Not passed yet" in card.verdict_label.text()
    assert card.sentences["claim"].text() == (
        "Claim: you found 0 of the expert's 5 passages (0 exactly, 0 in part). "
        "You marked nothing in this category.")
    assert "precision 0.0%" in card.figures["claim"].text()
    assert card.lead_label.text() == (
        "You found 0 of the 24 passages the expert marked; you made no highlights.")
    assert card.totals_label.text().count("In figures:") == 1  # the jargon, in its own line
    assert "scheme" not in card.scheme_label.text()
    assert "the expert marked no passages" in card.sentences["opinion"].text()
    assert card.figures["opinion"].text() == ""
    assert "pass mark 60" in card.verdict_label.text()


def test_spanish_wording_comes_from_the_core_and_the_reports(qtbot):
    """Ensure the view passes its language to the feedback and score-card sentences."""
    view = _view(qtbot, language="es")
    sentences = [i.sentence for i in view.panel.visible_items()]
    assert any(s.startswith("No marcaste este pasaje") for s in sentences)
    assert view.score_card.sentences["attribution"].text().startswith("Atribución: encontraste")
    assert "," in view.score_card.score_label.text()  # 12,3 in Spanish


def test_no_badge_covers_a_letter_of_the_text(qtbot):
    """Ensure every verdict badge sits in room made for it, clear of the next characters."""
    from PySide6.QtCore import QRectF

    from annotator.gui.comparison_marks import badge_radius, line_rects

    attempt = (*ATTEMPT, ("framing", "el coraje, heroísmo y abnegación"), ("claim", "Kursk"))
    view = _view(qtbot, attempt=attempt)
    article, marks = view.article, view.marks
    radius = badge_radius(article)
    places = marks.badge_places(article)
    assert len(places) > 5  # those on screen (line_rects measures the visible part only)
    text = article.text
    for badge, centre in places:
        circle = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        for offset in range(max(0, badge.end - 2), min(len(text), badge.end + 3)):
            if text[offset].isspace():
                continue
            for letter in line_rects(article, offset, offset + 1):
                room = marks.gaps.get(offset + 1, 0.0)  # a letter's box includes the room after it
                letter = letter.adjusted(1, 1, -1 - room, -1)
                assert not circle.intersects(letter), (
                    f"the badge after {text[badge.end - 10:badge.end]!r} covers {text[offset]!r}")
    assert marks.gaps  # the room is spacing only: the text the view reads is unchanged
    assert article.text == EXERCISE.article.text


def test_the_legend_wraps_between_entries_never_inside_one(qtbot):
    from html import escape

    from annotator.gui.comparison_view import LEGEND_VERDICTS
    from annotator.gui.verdicts import look

    view = _view(qtbot, language="es")
    legend = view._legend_html()
    for verdict in LEGEND_VERDICTS:
        assert escape(look(verdict).name).replace(" ", "&nbsp;") in legend
