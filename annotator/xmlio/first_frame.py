"""What the window's first paint shows of a bundled exercise, read without the models.

Loading pydantic and building the model classes takes half as long as a
bare Qt window takes to start, and the first paint needs none of it: only
the title, the instructions, the article's blocks and the categories'
names, colours and keys. This reads just those into plain frozen objects
with the attributes the widgets read from the models. It reads with the
standard library's expat, event by event (a twentieth of lxml's load time,
a quarter of ElementTree's): only the package's own files come here, never
one a user opens, and the same file is read again at once by the safe
reader, which every other file gets. The window
paints them, then reads the exercise properly
(:func:`annotator.xmlio.readers.read_bundled_exercise`) and swaps the
models in; the picture does not change (``tests/gui/test_first_frame.py``
compares the two pixel by pixel).

Only the package's own exercises get a first frame, and only as they shipped
(``bundled.is_shipped``): any other file, or one changed since, is read
whole, with every check, before anything is shown.
Anything unexpected here gives no first frame rather than a wrong one.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple
from xml.parsers import expat

from annotator import bundled
from annotator.core.labels import in_language_or_any
from annotator.core.limits import FILE_MAX_BYTES
from annotator.xmlio import NAMESPACE

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
    # What the library lists of it (services/library.py), on its own first paint:
    id: str
    language: str
    level: int | None
    minutes: int | None
    skills: dict[str, dict[str, str]]  # skill id -> labels by language


def bundled_first_frame(path: Path) -> FirstFrame | None:
    """The first frame of one of the package's own exercises, as shipped; None for any
    other file, a changed one included (read whole, with every check, before anything of
    it is shown), or an odd one."""
    if not bundled.is_bundled(path):
        return None  # not even read here
    data = _read(path)
    if data is None or not bundled.is_shipped(path, data):
        return None
    return _frame_of(data)


def read_first_frame(path: Path) -> FirstFrame | None:
    """The first frame of an exercise file; None when it is not a plain exercise."""
    data = _read(path)
    return None if data is None else _frame_of(data)


def _read(path: Path) -> bytes | None:
    try:
        if path.stat().st_size > FILE_MAX_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None  # the proper reading says what is wrong, in one line


def _frame_of(data: bytes) -> FirstFrame | None:
    reader = _Reader()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.text
    try:
        parser.Parse(data, True)
        return reader.frame()
    except (ValueError, expat.ExpatError, _NotAnExercise):
        return None  # the proper reading says what is wrong, in one line


class _NotAnExercise(Exception):
    pass


_NS = NAMESPACE + " "
_LANG = "http://www.w3.org/XML/1998/namespace lang"
_TEXTS = {("title",), ("instructions",), ("article", "block"),
          ("tagset", "category", "label"), ("tagset", "category", "description"),
          ("course", "skill", "label")}


class _Reader:
    """What the first frame shows, gathered as expat reads: no tree is built."""

    def __init__(self) -> None:
        self.path: list[str | None] = []  # from <exercise> down to the element read
        self.texts: dict[str, str] = {}
        self.blocks: list[FrameBlock] = []
        self.categories: list[FrameCategory] = []
        self.check_policy = "anytime"
        self.has_key = self.sealed = False
        self.root: dict[str, str] = {}
        self.course: dict[str, str] = {}
        self.skills: dict[str, dict[str, str]] = {}
        self._skill: dict[str, str] = {}  # the labels of the skill being read
        self._chars: list[str] | None = None  # the text of a text element, while in it
        self._attrs: dict[str, str] = {}

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name[len(_NS):] if name.startswith(_NS) else None  # None: not of ours
        if not self.path and local != "exercise":
            raise _NotAnExercise
        self.path.append(local)
        where = tuple(self.path[1:])
        if not where:
            self.root = attrs
        elif where == ("course",):
            self.course = attrs
        elif where == ("course", "skill"):
            self._skill = self.skills[attrs.get("id") or ""] = {}
        elif where == ("tagset", "category"):
            self.categories.append(FrameCategory(
                attrs.get("id") or "", attrs.get("color") or "", attrs.get("shortcut"), {}, {}))
        elif where == ("grading",):
            self.check_policy = attrs.get("check", "anytime")
        elif where == ("key",):
            self.has_key = True
        elif where == ("sealed-key",):
            self.sealed = True
        if where in _TEXTS:
            self._chars, self._attrs = [], attrs

    def text(self, data: str) -> None:
        if self._chars is not None:
            self._chars.append(data)

    def end(self, name: str) -> None:
        where = tuple(self.path[1:])
        if where in _TEXTS and self._chars is not None:
            text = "".join(self._chars)
            if where == ("article", "block"):
                self.blocks.append(FrameBlock(self._attrs.get("kind") or "", text))
            elif where[0] == "course":
                self._skill[self._attrs.get(_LANG)] = text
            elif where[-1] == "label":
                self.categories[-1].labels[self._attrs.get(_LANG)] = text
            elif where[-1] == "description":
                self.categories[-1].descriptions[self._attrs.get(_LANG)] = text
            else:
                self.texts[where[0]] = text
            self._chars = None
        self.path.pop()

    def frame(self) -> FirstFrame | None:
        if not self.blocks or not self.categories:
            return None
        return FirstFrame(
            title=self.texts.get("title", ""),
            instructions=self.texts.get("instructions"),
            article=FrameArticle(tuple(self.blocks)),
            tagset=FrameTagset(tuple(self.categories)),
            check_policy=self.check_policy,
            has_key=self.has_key,
            sealed=self.sealed,
            id=self.root.get("id") or "",
            language=self.root.get(_LANG, "es"),  # the readers' default
            level=_number(self.course.get("level")),
            minutes=_number(self.course.get("minutes")),
            skills=self.skills,
        )


def _number(text: str | None) -> int | None:
    return None if text is None else int(text)
