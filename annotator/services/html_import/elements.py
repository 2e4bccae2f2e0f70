"""Small questions asked of an element: its text, its class and id words, whether it is a block.

Dropping furniture, finding the story and walking it into blocks all ask them
and must get the same answers: text is measured with white space collapsed as
a browser shows it, and an element is a block by one rule everywhere.
"""

from __future__ import annotations

import re
import unicodedata

from annotator.core.text import normalize_block_text, xml_safe
from annotator.services.html_import.vocabulary import (
    BLOCK_TAGS,
    BYLINE,
    CREDIT,
    HEADING_TAGS,
    HTML_SPACE,
    PICTURE,
    RESIDUE,
    RESIDUE_EDGES,
)


def clean(text: str) -> str:
    """Text as a block would hold it: white space collapsed, XML-safe, NFC."""
    return normalize_block_text(xml_safe(HTML_SPACE.sub(" ", text)))


def class_words(element, with_id: bool = True) -> set[str]:
    """The words of the class and id, split on anything not a letter or digit."""
    identifier = (element.get("id") or "") if with_id else ""
    raw = f"{element.get('class') or ''} {identifier}".lower()
    return {w for w in re.split(r"[^a-z0-9]+", raw) if w}


def text_length(element) -> int:
    """How much text an element shows, the measure every "most of the page" test uses."""
    return len(HTML_SPACE.sub(" ", element.text_content()).strip())


def is_residue(text: str) -> bool:
    """Whether a short text is a button or label left on the page ("Leer más", "Share")."""
    return bool(text) and len(text) <= 60 and text.strip(RESIDUE_EDGES).casefold() in RESIDUE


def is_block(element) -> bool:
    """Whether an element starts a block of its own rather than running on inside one."""
    if element.tag in BLOCK_TAGS:
        return True
    words = class_words(element)
    if words & CREDIT or (words & BYLINE and words & PICTURE):
        return True  # an inline credit span ("credito", "author-photo") is a block of its own
    return next(element.iterdescendants(*BLOCK_TAGS), None) is not None


def inline_text(element) -> str:
    """The raw text of an inline element, with ``<br>`` kept as a line break."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == "br" else inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def is_heading_id(element) -> bool:
    """Whether the element's id is made from its heading ("how-cookies-are-made").

    Sites give each section of a long story an id built from its heading so
    that a table of contents can link to it. Such an id is the heading's
    words, whatever they are, and says nothing about what the section is.
    """
    id_words = re.split(r"[^a-z0-9]+", (element.get("id") or "").lower())
    id_words = [w for w in id_words if w]
    if len(id_words) < 2:
        return False
    heading = next(element.iter(*HEADING_TAGS), None)
    if heading is None:
        return False
    heading_words = set(re.split(r"[^a-z0-9]+", _ascii(heading.text_content()).lower()))
    return all(w in heading_words for w in id_words)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def spaced_text(element) -> str:
    """The element's text as a reader would list it: a space wherever a block or link ends.

    A menu is ``<li><a>Local</a></li><li><a>Deportes</a></li>``: its text
    content runs the words together ("LocalDeportes"), which is no way to tell
    an instructor what was left out.
    """
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            separate = child.tag in ("a", "br") or is_block(child)
            parts.extend((" " if separate else "", spaced_text(child), " " if separate else ""))
        parts.append(child.tail or "")
    return "".join(parts)


def contains(ancestor, element) -> bool:
    """Whether ``element`` is ``ancestor`` or inside it."""
    return element is ancestor or any(a is ancestor for a in element.iterancestors())
