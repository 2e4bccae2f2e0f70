"""Spans kept in text order with lookup by id: what a session and a key share.

A trainee's :class:`~annotator.core.session.Session` and the expert key of
an exercise being written (:class:`~annotator.core.authoring.KeySpans`)
both hold spans in reading order, find them by id or by offset, hand out
fresh ids (a prefix and a number, never reused) and tell their listeners
about every :class:`Change`. :class:`OrderedSpans` is that common part; the
two stores add their own rules (which categories exist, what an update may
change) and their own errors, through the ``_error_*`` hooks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Generic, Literal, NamedTuple, TypeVar

if TYPE_CHECKING:  # the models load with the first document, not with the window
    from annotator.core.model import Annotation, Span

ChangeKind = Literal["added", "removed", "updated", "reset"]
Listener = Callable[["Change"], None]

S = TypeVar("S", bound="Span")


class Change(NamedTuple):
    """What one mutation did; ``index`` is the row in text order it touched.

    For ``removed`` the index is where the annotation was; for ``reset`` it
    is -1 and listeners re-read everything.
    """

    kind: ChangeKind
    annotation: Annotation | None = None
    index: int = -1
    previous: Annotation | None = None


def text_order_key(annotation: Span) -> tuple[int, int, str]:
    """Reading order: by start, an enclosing span before the spans inside it."""
    return (annotation.start, -annotation.end, annotation.id)


class OrderedSpans(Generic[S]):
    """Spans in text order, by id and by offset, with listeners and fresh ids.

    Subclasses say which error each broken rule raises (``_error_unknown``,
    ``_error_exists``, ``_error_duplicate``) and which categories are known
    (``_check_category``).
    """

    def __init__(self, id_prefix: str) -> None:
        self._id_prefix = id_prefix
        self._id_number = re.compile(rf"^{re.escape(id_prefix)}(\d+)$")
        self._spans: list[S] = []
        self._keys: list[tuple[int, int, str]] = []
        self._by_id: dict[str, S] = {}
        self._listeners: list[Listener] = []
        self._next_number = 1
        self._longest = 0  # longest span ever held: bounds the search in at_offset
        self.revision = 0  # bumps on every change; the journal compares it

    # ------------------------------------------------------------- rules

    def _error_unknown(self, span_id: str) -> Exception:
        raise NotImplementedError

    def _error_exists(self, span_id: str) -> Exception:
        raise NotImplementedError

    def _error_duplicate(self, span_id: str) -> Exception:
        raise NotImplementedError

    def _check_category(self, category: str) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------- reading

    @property
    def annotations(self) -> list[S]:
        """A copy of the spans in text order (the name the painter and panels expect)."""
        return list(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def at(self, row: int) -> S:
        return self._spans[row]

    def get(self, span_id: str) -> S | None:
        return self._by_id.get(span_id)

    def index_of(self, span_id: str) -> int:
        span = self._by_id.get(span_id)
        if span is None:
            raise self._error_unknown(span_id)
        return bisect.bisect_left(self._keys, text_order_key(span))

    def at_offset(self, offset: int) -> list[S]:
        """Placed spans that cover a code-point offset, shortest first."""
        end = bisect.bisect_right(self._keys, (offset, 1, ""))
        # a 1-tuple sorts before every key with the same start
        begin = bisect.bisect_left(self._keys, (offset - self._longest,))
        found = [
            s for s in self._spans[begin:end]
            if s.start <= offset < s.end and not s.orphaned
        ]
        return sorted(found, key=lambda s: (s.end - s.start, s.start))

    def find(self, category: str, start: int, end: int) -> S | None:
        """The span with exactly this category and range, if there is one."""
        row = bisect.bisect_left(self._keys, (start, -end, ""))
        while row < len(self._spans):
            s = self._spans[row]
            if (s.start, s.end) != (start, end):
                return None
            if s.category == category:
                return s
            row += 1
        return None

    # ----------------------------------------------------------- listeners

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> Change:
        self.revision += 1
        for listener in list(self._listeners):
            listener(change)
        return change

    # ----------------------------------------------------------- mutations

    def add(self, span: S) -> Change:
        """Insert a span in text order; its id must be new."""
        if span.id in self._by_id:
            raise self._error_exists(span.id)
        self._check_category(span.category)
        return self._notify(Change("added", span, self._insert(span)))

    def remove(self, span_id: str) -> Change:
        row = self.index_of(span_id)
        span = self._spans.pop(row)
        del self._keys[row]
        del self._by_id[span_id]
        return self._notify(Change("removed", span, row))

    def replace_all(self, spans: Iterable[S]) -> Change:
        """Swap every span at once (restoring recovered work, undoing that)."""
        self._swap(spans)
        return self._notify(Change("reset"))

    # ------------------------------------------------------------ helpers

    def _fresh_id(self) -> str:
        """The next id of the form prefix + number that no span holds."""
        while f"{self._id_prefix}{self._next_number}" in self._by_id:
            self._next_number += 1
        span_id = f"{self._id_prefix}{self._next_number}"
        self._next_number += 1
        return span_id

    def _replace(self, row: int, span: S) -> None:
        """Put a span with the same id and the same place in text order at ``row``."""
        self._spans[row] = span
        self._by_id[span.id] = span

    def _swap(self, spans: Iterable[S]) -> None:
        self._spans, self._keys, self._by_id = [], [], {}
        self._load(spans)

    def _load(self, spans: Iterable[S]) -> None:
        ordered = sorted(spans, key=text_order_key)
        for span in ordered:
            if span.id in self._by_id:
                raise self._error_duplicate(span.id)
            self._by_id[span.id] = span
            self._bump_counter(span.id)
        self._spans = ordered
        self._keys = [text_order_key(s) for s in ordered]
        self._longest = max([self._longest, *(s.end - s.start for s in ordered)])

    def _insert(self, span: S) -> int:
        key = text_order_key(span)
        row = bisect.bisect_left(self._keys, key)
        self._spans.insert(row, span)
        self._keys.insert(row, key)
        self._by_id[span.id] = span
        self._bump_counter(span.id)
        self._longest = max(self._longest, span.end - span.start)
        return row

    def _bump_counter(self, span_id: str) -> None:
        match = self._id_number.match(span_id)
        if match:
            self._next_number = max(self._next_number, int(match.group(1)) + 1)
