"""The key drawn on the authoring article: each span, and its alternatives lighter.

An alternative extent (scoring.md §8) is drawn in its span's category
colour but fainter, so the instructor sees at a glance which words are the
span itself and which are also accepted; the key list says the same in words.
"""

from __future__ import annotations

from annotator.core.span_list import Change
from annotator.gui.highlights import SessionHighlights
from annotator.gui.painter import Decoration

ALTERNATIVE_ALPHA = 36  # of 255: a span's fill is 80


class KeyHighlights(SessionHighlights):
    """Key spans as the trainee's highlights are drawn, plus their alternatives."""

    def __init__(self, key, painter, styles) -> None:
        self._drawn_alternatives: dict[str, list[str]] = {}
        super().__init__(key, painter, styles)
        for span in key.annotations:
            self._draw_alternatives(span)

    def _draw_alternatives(self, span) -> None:
        for name in self._drawn_alternatives.pop(span.id, []):
            self.painter.remove(name)
        names = []
        for number, alternative in enumerate(getattr(span, "alternatives", ()), start=1):
            if alternative.orphaned or span.category not in self.styles:
                continue
            name = f"{span.id}~alt{number}"
            self.painter.put(Decoration(name, alternative.start, alternative.end,
                                        self.styles[span.category], ALTERNATIVE_ALPHA))
            names.append(name)
        if names:
            self._drawn_alternatives[span.id] = names

    def _on_session_changed(self, change: Change) -> None:
        super()._on_session_changed(change)
        if change.kind == "reset":
            for names in self._drawn_alternatives.values():
                for name in names:
                    self.painter.remove(name)
            self._drawn_alternatives.clear()
            for span in self.session.annotations:
                self._draw_alternatives(span)
        elif change.kind == "removed":
            for name in self._drawn_alternatives.pop(change.annotation.id, []):
                self.painter.remove(name)
        else:
            self._draw_alternatives(change.annotation)
