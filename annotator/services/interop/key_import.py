"""A key made in another tool becomes an exercise's key.

The other tool's text need not be ours, character for character (a page
pasted into INCEpTION, a quote-only W3C file), so a span keeps its offsets
only when its quote is exactly there in our canonical text; otherwise it is
re-anchored to an occurrence of its quote, the one whose surrounding words
match best and then the one nearest to where it was. A span that cannot be
placed is listed, never dropped silently, and a category we do not know
stops the import with a hint to map it, since guessing would grade a class
against the wrong key.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field

from annotator.core.messages import Message
from annotator.core.model import Category, Exercise, KeySpan
from annotator.core.spans import occurrences, quote_matches
from annotator.core.text import xml_safe
from annotator.services.interop.foreign import ForeignKey, ForeignSpan
from annotator.services.interop.reasons import INTEROP_REASON
from annotator.services.interop.xmi import feature_name
from annotator.xmlio.errors import quoted

_CONTEXT = 32


class ImportRefused(Exception):
    """Nothing can be imported as asked; ``str()`` is one English line, ``message`` speaks both."""

    def __init__(self, message: Message, listed: list[Message] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.listed = listed or []


@dataclass
class KeyImport:
    """The exercise with its new key, and what did not come in (one line each)."""

    exercise: Exercise
    moved: int = 0  # spans placed by quote rather than by their offsets
    left_out: list[Message] = field(default_factory=list)

    @property
    def placed(self) -> int:
        return len(self.exercise.key or [])


def parse_map(values: list[str], exercise: Exercise) -> dict[str, str]:
    """``--map THEIRS=OURS`` options as a mapping, each target checked against the tagset."""
    ours = exercise.tagset.ids()
    mapping: dict[str, str] = {}
    for value in values:
        theirs, equals, target = value.partition("=")
        if not equals or not theirs.strip() or not target.strip():
            raise ImportRefused(INTEROP_REASON("bad_map", value=quoted(value, 60)))
        if target.strip() not in ours:
            raise ImportRefused(INTEROP_REASON(
                "map_target", value=quoted(value, 60), category=quoted(target.strip(), 40),
                ours=", ".join(ours),
            ))
        mapping[theirs.strip()] = target.strip()
    return mapping


def resolve_category(name: str, exercise: Exercise, mapping: dict[str, str]) -> str | None:
    """Our category for theirs: as mapped, else the same id, else an id or label in any case."""
    if name in mapping:
        return mapping[name]
    ids = exercise.tagset.ids()
    if name in ids:
        return name
    folded = name.strip().casefold()
    for category in exercise.tagset.categories:
        names = [category.id, *category.labels.values()]
        if any(folded == n.casefold() for n in names):
            return category.id
    return None


def import_key(found: ForeignKey, exercise: Exercise, mapping: dict[str, str]) -> KeyImport:
    """Place every span of ``found`` on ``exercise``'s text; raises :class:`ImportRefused`.

    A sealed student copy is refused: a key written into it in the clear
    would drop the seal, and the file would still look like a copy to hand out.
    """
    if exercise.sealed_key is not None:
        raise ImportRefused(INTEROP_REASON("sealed_exercise"))
    if not found.spans and not found.skipped:
        raise ImportRefused(INTEROP_REASON("no_spans"))
    unknown = sorted({
        s.category for s in found.spans
        if s.category and resolve_category(s.category, exercise, mapping) is None
    })
    if unknown:
        raise ImportRefused(INTEROP_REASON(
            "unknown_categories", categories=", ".join(quoted(c, 40) for c in unknown),
            ours=", ".join(exercise.tagset.ids()),
        ))
    text = exercise.article.text
    same_text = found.text is None or found.text == text
    left_out = list(found.skipped)
    placed: list[tuple[int, int, str, str | None, dict[str, list[str]]]] = []
    moved = 0
    for span in found.spans:
        shown = quoted(span.quote or "", 40)
        if not span.category:
            left_out.append(INTEROP_REASON("no_category", where=span.where, quote=shown))
            continue
        where = _place(span, text, found.text, same_text)
        if where is None:
            key = "no_quote" if not span.quote and span.start is None else "not_placed"
            left_out.append(INTEROP_REASON(key, where=span.where, quote=shown))
            continue
        (start, end), was_moved = where
        moved += was_moved
        category = resolve_category(span.category, exercise, mapping)
        note = xml_safe(unicodedata.normalize("NFC", span.note)).strip() if span.note else None
        accepted = _accepted(span, exercise.tagset.get(category), left_out, shown)
        placed.append((start, end, category, note, accepted))
    if not placed:
        if found.spans and all(s.category for s in found.spans):
            # Another story altogether: one line, not one per span of a whole key.
            raise ImportRefused(INTEROP_REASON("other_text", count=len(found.spans)))
        raise ImportRefused(INTEROP_REASON("no_spans"), left_out)
    placed.sort(key=lambda p: (p[0], p[1], p[2]))
    key = [
        KeySpan(
            id=f"k{number}", category=category, start=start, end=end, quote=text[start:end],
            explanations={exercise.language: note} if note else {}, accepted=accepted,
        )
        for number, (start, end, category, note, accepted) in enumerate(placed, start=1)
    ]
    return KeyImport(exercise=exercise.model_copy(update={"key": key}), moved=moved,
                     left_out=left_out)


def _accepted(span: ForeignSpan, category: Category | None, left_out: list[Message],
              shown: str) -> dict[str, list[str]]:
    """The span's answers that its category asks (by id, or XMI's name for it), in order.

    An answer the category does not declare is listed as left out, never
    guessed; the span itself still comes in.
    """
    accepted: dict[str, list[str]] = {}
    for question, answer in span.answers:
        feature = next((f for f in (category.features if category else [])
                        if f.kind == "choice" and question in (f.id, feature_name(f.id))), None)
        if feature is None or feature.value(answer) is None:
            left_out.append(INTEROP_REASON("unknown_answer", where=span.where, quote=shown,
                                           answer=quoted(f"{question}={answer}", 60)))
            continue
        values = accepted.setdefault(feature.id, [])
        if answer not in values:
            values.append(answer)
    return accepted


def _place(
    span: ForeignSpan, text: str, foreign_text: str | None, same_text: bool
) -> tuple[tuple[int, int], bool] | None:
    """Where a span goes in ``text``, and whether it had to move; ``None`` if nowhere."""
    start, end, quote = span.start, span.end, span.quote
    if same_text and start is not None and end is not None and 0 <= start < end:
        if quote is None and end <= len(text):
            return (start, end), False  # a position alone, into the same text
        if quote is not None and quote_matches(text, start, end, quote):
            return (start, end), False
    if not quote:
        return None
    wanted = unicodedata.normalize("NFC", quote).strip()
    candidates = occurrences(text, wanted)
    if not candidates:
        return None
    expected = 0
    if start is not None:
        expected = start
        if foreign_text and not same_text:  # a longer or shorter text: scale
            expected = round(start * len(text) / max(1, len(foreign_text)))
    prefix, suffix = span.prefix, span.suffix
    if foreign_text is not None and start is not None and end is not None:
        prefix = prefix or foreign_text[max(0, start - _CONTEXT):start]
        suffix = suffix or foreign_text[end:end + _CONTEXT]

    def rank(i: int) -> tuple[int, int, int]:
        context = 0
        if prefix:
            context += _shared_tail(text[max(0, i - len(prefix)):i], prefix)
        if suffix:
            after = i + len(wanted)
            context += len(os.path.commonprefix([text[after:after + len(suffix)], suffix]))
        return (-context, abs(i - expected), i)

    best = min(candidates, key=rank)
    return (best, best + len(wanted)), True


def _shared_tail(a: str, b: str) -> int:
    return len(os.path.commonprefix([a[::-1], b[::-1]]))
