"""Release codes: four common words that open a sealed key (attempts.md, "Sealed key").

The words come from a fixed list of 2,048 per language (resources/wordlists,
source and licence named there), so a code carries 44 bits and is easy to
read aloud or write on the board. Entry is forgiving: case, accents, extra
spaces and the separator do not matter, so a trainee who types
"Luna Campo  VERDE salto" opens the same key as "luna-campo-verde-salto".
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from functools import cache

from annotator import bundled

WORDS_PER_CODE = 4
LIST_SIZE = 2048
SEPARATOR = "-"
_NOT_A_LETTER = re.compile(r"[^a-z]+")


@cache
def word_list(language: str) -> tuple[str, ...]:
    """The 2,048 words for ``language``: Spanish for "es", English for anything else."""
    name = "es.txt" if language == "es" else "en.txt"
    path = bundled.resources_dir() / "wordlists" / name
    words = tuple(path.read_text(encoding="utf-8").split())
    if len(words) != LIST_SIZE or len(set(words)) != LIST_SIZE:
        raise RuntimeError(f"{path}: expected {LIST_SIZE} distinct words, found {len(words)}")
    return words


def new_code(language: str) -> str:
    """A fresh random code, from the operating system's secure source (``secrets``)."""
    words = word_list(language)
    return SEPARATOR.join(secrets.choice(words) for _ in range(WORDS_PER_CODE))


def normalise(entry: str) -> str:
    """The code as the key is derived from it: lower case, no accents, words joined by "-".

    Anything that is not a letter separates words, so spaces, dots, commas and
    any dash the keyboard makes all work.
    """
    decomposed = unicodedata.normalize("NFKD", entry.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return SEPARATOR.join(word for word in _NOT_A_LETTER.split(plain) if word)
