"""Keeps the painter in step with a session: one annotation, one decoration.

The session tells what changed; only that span is re-made, so adding one
highlight among thousands costs one decoration, not a full repaint of the
list. Orphaned annotations (quote not found on load) have no place in the
text and are not drawn; the panel still lists them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.gui.painter import Decoration, SpanPainter
from annotator.gui.span_styles import SpanStyle

if TYPE_CHECKING:
    from annotator.core.model import Annotation
    from annotator.core.session import Change, Session


class SessionHighlights:
    def __init__(self, session: Session, painter: SpanPainter, styles: dict[str, SpanStyle]):
        self.session, self.painter, self.styles = session, painter, styles
        painter.set_decorations(self._decoration(a) for a in session.annotations if self._drawn(a))
        session.subscribe(self._on_session_changed)

    def detach(self) -> None:
        self.session.unsubscribe(self._on_session_changed)

    @staticmethod
    def _drawn(annotation: Annotation) -> bool:
        return not annotation.orphaned and annotation.start < annotation.end

    def _decoration(self, annotation: Annotation) -> Decoration:
        return Decoration(
            annotation.id, annotation.start, annotation.end, self.styles[annotation.category]
        )

    def _on_session_changed(self, change: Change) -> None:
        if change.kind == "reset":
            self.painter.set_decorations(
                self._decoration(a) for a in self.session.annotations if self._drawn(a)
            )
        elif change.kind == "removed":
            self.painter.remove(change.annotation.id)
        elif self._drawn(change.annotation):
            self.painter.put(self._decoration(change.annotation))
