"""Spans read from another tool's file, before they are placed on an exercise's text.

Each reader (W3C, XMI, brat) gives a :class:`ForeignKey`: the tool's own
text when the format carries one, and each span with what there is to place
it by (offsets into that text, the quote, the words around it). Placing them
is :mod:`annotator.services.interop.key_import`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.messages import Message
from annotator.services.interop.reasons import INTEROP_REASON
from annotator.xmlio.errors import FormatError
from annotator.xmlio.safe import MAX_FILE_BYTES, read_capped


@dataclass(frozen=True)
class ForeignSpan:
    """One span as the other tool gave it; offsets count code points of ``ForeignKey.text``."""

    where: Message | str  # how to name it to the user: "annotation 3", "T5 (line 7)"
    category: str | None
    start: int | None
    end: int | None
    quote: str | None
    note: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    # (question, answer) pairs as the tool names them (scoring.md §10): "source-kind",
    # or XMI's "source_kind"; matched to the category's questions on import
    answers: tuple[tuple[str, str], ...] = ()


@dataclass
class ForeignKey:
    """What a file held: the tool's text (``None`` when the format has none) and the spans."""

    path: Path
    text: str | None
    spans: list[ForeignSpan] = field(default_factory=list)
    skipped: list[Message] = field(default_factory=list)  # spans that could not even be read


def read_text_file(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """A UTF-8 text file (a byte-order mark allowed), capped like every file we read."""
    data = read_capped(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError(path, INTEROP_REASON("not_utf8")) from None
