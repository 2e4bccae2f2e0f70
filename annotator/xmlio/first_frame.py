"""What the window's first paint shows of a bundled exercise, read without the models.

Loading pydantic and building the model classes takes half as long as a
bare Qt window takes to start, and the first paint needs none of it: only
the title, the instructions, the article's blocks and the categories'
names, colours and keys. This reads just those into plain frozen objects
with the attributes the widgets read from the models. It parses with the
standard library's expat (a fifth of lxml's load time): only the package's
own files come here, never one a user opens, and the same file is read
again at once by the safe reader, which every other file gets. The window
paints them, then reads the exercise properly
(:func:`annotator.xmlio.readers.read_bundled_exercise`) and swaps the
models in; the picture does not change (``tests/gui/test_first_frame.py``
compares the two pixel by pixel).

Only the package's own exercises get a first frame (``bundled.is_bundled``):
any other file is read whole, with every check, before anything is shown.
Anything unexpected here gives no first frame rather than a wrong one.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

from annotator.core.labels import in_language_or_any
from annotator.core.limits import FILE_MAX_BYTES
from annotator.xmlio.elements import by_language, qname

# Named tuples, not dataclasses: made at every start, a dataclass costs six times as much.


class FrameBlock(NamedTuple):
    kind: str
    text: str


class FrameArticle(NamedTuple):
    blocks: tuple[FrameBlock, ...]


class FrameCategory(NamedTuple):
    id: str
    color: str
    shortcut: str | None
    labels: dict[str, str]
    descriptions: dict[str, str]

    def label(self, language: str) -> str:
        return in_language_or_any(self.labels, language, self.id)

    def description(self, language: str) -> str:
        return in_language_or_any(self.descriptions, language)


class FrameTagset(NamedTuple):
    categories: tuple[FrameCategory, ...]


class FirstFrame(NamedTuple):
    """The exercise as far as the first paint shows it."""

    title: str
    instructions: str | None
    article: FrameArticle
    tagset: FrameTagset
    check_policy: str  # when the trainee may check (attempts.md)
    has_key: bool  # the key in the clear
    sealed: bool  # a sealed key, opened with a release code


def read_first_frame(path: Path) -> FirstFrame | None:
    """The first frame of a bundled exercise; None when the file is not a plain exercise."""
    try:
        if path.stat().st_size > FILE_MAX_BYTES:
            return None
        root = ElementTree.fromstring(path.read_bytes())
    except (OSError, ElementTree.ParseError):
        return None  # the proper reading says what is wrong, in one line
    if root.tag != qname("exercise"):
        return None
    article = root.find(qname("article"))
    tagset = root.find(qname("tagset"))
    if article is None or tagset is None:
        return None
    blocks = tuple(FrameBlock(b.get("kind") or "", b.text or "")
                   for b in article.findall(qname("block")))
    categories = tuple(_category(c) for c in tagset.findall(qname("category")))
    if not blocks or not categories:
        return None
    return FirstFrame(
        title=_text(root, "title") or "",
        instructions=_text(root, "instructions"),
        article=FrameArticle(blocks),
        tagset=FrameTagset(categories),
        check_policy=_attribute(root, "grading", "check", "anytime"),
        has_key=root.find(qname("key")) is not None,
        sealed=root.find(qname("sealed-key")) is not None,
    )


def _category(element: ElementTree.Element) -> FrameCategory:
    return FrameCategory(
        id=element.get("id") or "",
        color=element.get("color") or "",
        shortcut=element.get("shortcut"),
        labels=by_language(element.findall(qname("label"))),
        descriptions=by_language(element.findall(qname("description"))),
    )


def _attribute(root: ElementTree.Element, name: str, attribute: str, default: str) -> str:
    element = root.find(qname(name))
    return default if element is None else element.get(attribute, default)


def _text(root: ElementTree.Element, name: str) -> str | None:
    element = root.find(qname(name))
    return None if element is None else (element.text or "")
