"""The sidebar on a short window: the list of highlights gives up room, the legend never."""

from __future__ import annotations

from annotator.bundled import exercises_dir


def test_a_short_window_keeps_the_legend_whole(qtbot, make_window):
    """Ensure the legend's wrapped descriptions get the height they need when the window is
    short (a small laptop screen, or the guided example's strip above the article): the
    list of highlights below, which scrolls, shrinks instead."""
    window = make_window(exercises_dir() / "worked-example.exercise.xml")
    window.resize(1280, 600)
    qtbot.waitUntil(lambda: window.height() == 600)
    legend, panel = window.legend, window.panel
    qtbot.waitUntil(lambda: legend.height() >= legend.heightForWidth(legend.width()))
    assert panel.height() < panel.sizeHint().height()  # the list gave up the room
