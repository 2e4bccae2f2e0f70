"""The trainee window's parts that nothing shows before an exercise is open.

Each is made when first used, after the window's first paint
(gui/first_frame.py), so that its module loads after it too: the painter
of the highlights, what a screen reader hears about them, the find bar, the
recovery keeper and the judgement questions.
"""

from __future__ import annotations

from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from annotator.gui import storage
from annotator.gui.accessibility import caret_announcements_on

if TYPE_CHECKING:
    from annotator.gui.feature_chooser import FeatureChooser
    from annotator.gui.find_bar import ArticleSearch, FindBar
    from annotator.gui.highlight_speech import HighlightSpeech
    from annotator.gui.painter import SpanPainter
    from annotator.gui.recovery import RecoveryKeeper


class PartsMixin:
    """The main window's parts made on first use; expects what MainWindow sets up."""

    @cached_property
    def painter(self) -> SpanPainter:
        """Draws the highlights over the article."""
        from annotator.gui.painter import SpanPainter

        return SpanPainter(self.view)

    @cached_property
    def speech(self) -> HighlightSpeech:
        """What a screen reader hears about the highlights."""
        from annotator.gui.highlight_speech import HighlightSpeech

        return HighlightSpeech(
            self.view, self.undo_stack, lambda: caret_announcements_on(self.settings), self
        )

    @cached_property
    def find_bar(self) -> FindBar:
        """Ctrl+F's bar under the article, made when first opened."""
        from annotator.gui.find_bar import ArticleSearch, FindBar

        bar = FindBar(self)
        bar.hide()
        self._reading_layout.addWidget(bar)
        chain = (self.view, *bar.focus_chain)  # Tab: from the article into the bar, as if
        for first, second in pairwise(chain):  # the bar had been built with it
            QWidget.setTabOrder(first, second)
        self._search = ArticleSearch(bar, self.view, self._article_text)
        return bar

    @property
    def search(self) -> ArticleSearch:
        """Finds words in the article for the find bar; made with the bar."""
        _ = self.find_bar
        return self._search

    @cached_property
    def keeper(self) -> RecoveryKeeper:
        """Journals unsaved work for recovery after a crash (made with the first file)."""
        from annotator.gui.recovery import RecoveryKeeper

        keeper = RecoveryKeeper(self._journal or storage.journal(self.window_token), self)
        keeper.written.connect(self._on_journal_written)
        keeper.failed.connect(self._on_journal_failed)
        return keeper

    @cached_property
    def feature_chooser(self) -> FeatureChooser:
        """The judgement questions under a new highlight."""
        from annotator.gui.feature_chooser import FeatureChooser

        chooser = FeatureChooser(self, self.choose_feature_value, self.language)
        chooser.finished.connect(self._on_chooser_finished)
        return chooser
