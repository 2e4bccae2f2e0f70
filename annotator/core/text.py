"""The canonical text of an article and the rules its blocks obey.

Every offset in the program and in its files counts Unicode code points into
the canonical text: the block texts joined by a single ``\\n``. Nothing else
(no title, no trailing newline). The hash of that text ties keys and
submissions to the article they were made on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from annotator.core.model_reasons import MODEL_REASON

BLOCK_SEPARATOR = "\n"

# Characters that break a line for Python's str.splitlines(); none may stand
# inside a block, since the block separator is the only line break allowed.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK_RUN = re.compile(f"[ \t]*[{_LINE_BREAKS}]+[ \t]*")


def canonical_text(block_texts: Iterable[str]) -> str:
    """Join block texts into the canonical text that offsets count into."""
    return BLOCK_SEPARATOR.join(block_texts)


def text_sha256(text: str) -> str:
    """Lowercase hex SHA-256 of the text encoded as UTF-8 (``text-sha256``)."""
    import hashlib  # a digest is asked for long after start: not loaded with the window

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def bytes_sha256(data: bytes) -> str:
    """Lowercase hex SHA-256 of raw bytes (``key-sha256`` of a key file)."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def normalize_block_text(raw: str) -> str:
    """Turn arbitrary pasted or imported text into a valid block text.

    NFC, every line break (with the blanks around it) becomes one space,
    leading and trailing white space goes. Inner spacing is otherwise kept:
    an importer must not rewrite the article.
    """
    text = unicodedata.normalize("NFC", raw)
    text = _LINE_BREAK_RUN.sub(" ", text)
    return text.strip()


# Characters XML 1.0 cannot carry at all, not even as character references.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop the characters that XML 1.0 cannot store (pasted control codes, lone surrogates)."""
    return _XML_ILLEGAL.sub("", text)


_EMPTY_BLOCK, _XML_CHARACTER, _LINE_BREAK, _OUTER_SPACE, _NOT_NFC = (
    MODEL_REASON(key)
    for key in ("empty_block", "xml_character", "line_break", "outer_space", "not_nfc")
)


def block_text_problem(text: str) -> str | None:
    """Say why a block text breaks the format's rules, or None when it is valid."""
    if not text:
        return _EMPTY_BLOCK
    if _XML_ILLEGAL.search(text):
        return _XML_CHARACTER
    if any(ch in _LINE_BREAKS for ch in text):
        return _LINE_BREAK
    if text != text.strip():
        return _OUTER_SPACE
    if not unicodedata.is_normalized("NFC", text):
        return _NOT_NFC
    return None


def block_starts(block_texts: Iterable[str]) -> list[int]:
    """Code-point offset at which each block begins in the canonical text."""
    starts: list[int] = []
    position = 0
    for text in block_texts:
        starts.append(position)
        position += len(text) + len(BLOCK_SEPARATOR)
    return starts


TITLE_LIMIT = 90  # characters: a window title bar and a library row show about this many
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s")


def short_title(text: str, limit: int = TITLE_LIMIT) -> str:
    """A title made from the first block of an article that has no headline.

    A plain-text article may start with a whole paragraph; as a title it
    filled the window's title bar. Keep its first sentence when that fits,
    else cut at the last word that fits and add "…". Spacing is collapsed.
    """
    words = " ".join(text.split())
    first = _SENTENCE_END.split(words, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    cut = first[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:—-") + "…"
