"""Alternative extents of a key span (scoring.md §8) as the authoring tools edit them.

A key span may list other extents that are equally right ("el Kremlin" as
well as "informó en Telegram el Kremlin"). These are small functions on the
span value, so that one undo step (the span before, the span after) covers
adding or removing an alternative. Edits of the article carry alternatives
with their span (``authoring.reanchor_key``).
"""

from __future__ import annotations

from annotator.core.authoring import AuthoringError
from annotator.core.model import Alternative, KeySpan


def with_alternative(span: KeySpan, start: int, end: int, text: str) -> KeySpan:
    """``span`` with [start, end) of ``text`` as its next alternative.

    Refused (AuthoringError naming the span) when the extent is empty or
    outside the text, or identical to the span or one of its alternatives.
    """
    if not 0 <= start < end <= len(text):
        raise AuthoringError("range {start}-{end} is not inside the text", start=start, end=end)
    if (start, end) in [(span.start, span.end)] + [(a.start, a.end) for a in span.alternatives]:
        raise AuthoringError("key span {id} already has exactly this extent", id=span.id)
    alternative = Alternative(start=start, end=end, quote=text[start:end])
    return span.model_copy(update={"alternatives": [*span.alternatives, alternative]})


def without_alternative(span: KeySpan, number: int) -> KeySpan:
    """``span`` without its ``number``-th alternative (1-based, file order)."""
    if not 1 <= number <= len(span.alternatives):
        raise AuthoringError("key span {id} has no alternative {n}", id=span.id, n=number)
    kept = [a for n, a in enumerate(span.alternatives, start=1) if n != number]
    return span.model_copy(update={"alternatives": kept})
