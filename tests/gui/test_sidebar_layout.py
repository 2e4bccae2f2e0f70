"""The sidebar on a short window: the list of highlights gives up room, the legend never."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotator.bundled import exercises_dir


def test_a_short_window_keeps_the_legend_whole(qtbot, make_window):
    """Ensure the legend's wrapped descriptions get the height they need however short the
    window (a small laptop screen, or the guided example's strip above the article), until
    the list of highlights below, which scrolls, is as small as it can be."""
    window = make_window(exercises_dir() / "worked-example.exercise.xml")
    legend, panel = window.legend, window.panel
    squeezed = 0
    for height in range(800, 499, -25):
        window.resize(1280, height)
        QApplication.processEvents()
        needed = legend.heightForWidth(legend.width())
        at_its_smallest = panel.height() <= panel.minimumSizeHint().height()
        assert legend.height() >= needed or at_its_smallest, (height, legend.height(), needed)
        squeezed += panel.height() < panel.sizeHint().height()
    assert squeezed, "the window never got short enough to matter"
