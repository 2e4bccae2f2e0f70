"""A label or description in the language asked for, else in any language.

One rule for the models and for the window's first frame
(:mod:`annotator.xmlio.first_frame`), which shows the same labels before
any model exists.
"""

from __future__ import annotations

from collections.abc import Mapping


def in_language_or_any(texts: Mapping[str, str], language: str, fallback: str = "") -> str:
    return texts.get(language) or next(iter(texts.values()), fallback)
