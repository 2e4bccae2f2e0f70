"""The one error a reader raises, and how it reads to a user."""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.messages import Message, in_language

MAX_QUOTED = 80
MAX_LIBRARY_MESSAGE = 100
_LIBRARY_QUOTE = 32
_LIBRARY_WORD = 40
_QUOTED_RUN = re.compile(r"'([^']*)'")


class FormatError(Exception):
    """A file refused: ``str()`` is one line, ``FILE: reason``, in English.

    ``reason`` may be a :class:`~annotator.core.messages.Message`; the window
    then shows it in the user's language through :meth:`text`.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.message = reason
        self.reason = one_line(reason)
        super().__init__(f"{self.path}: {self.reason}")

    def text(self, language: str = "en") -> str:
        """``FILE: reason`` with the reason in ``language`` where it is known in it."""
        return f"{self.path}: {one_line(in_language(self.message, language))}"


def one_line(text: str, limit: int = 240) -> str:
    """Collapse a message to one line of bounded length.

    A :class:`~annotator.core.messages.Message` that is one short line
    already comes back as it is, so that it can still be said in Spanish.
    """
    flat = " ".join(str(text).split())
    if isinstance(text, Message) and flat == text and len(flat) <= limit:
        return text
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def quoted(value: str, limit: int = MAX_QUOTED) -> str:
    """Quote a piece of untrusted input, never more than ``limit`` characters of it."""
    value = " ".join(value.split())
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return repr(value)


def library_message(message: str, limit: int = MAX_LIBRARY_MESSAGE) -> str:
    """A message from lxml, libxml2 or Python, cut so that it cannot quote much input.

    Their messages repeat names and values from the file (a 10 MB attribute,
    a tag name of 50,000 letters). Quoted runs and long words are shortened,
    and the whole is capped, so a refusal never carries more than about 80
    characters of what a student sent.
    """

    def clip(run: str, size: int) -> str:
        return run if len(run) <= size else run[: size - 1] + "…"

    flat = " ".join(str(message).split())
    flat = _QUOTED_RUN.sub(lambda m: "'" + clip(m.group(1), _LIBRARY_QUOTE) + "'", flat)
    flat = " ".join(clip(word, _LIBRARY_WORD) for word in flat.split(" "))
    return one_line(flat, limit)
