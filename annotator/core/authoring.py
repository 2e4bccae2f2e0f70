"""The exercise an instructor is writing: article, tagset, expert key, settings.

A :class:`Draft` holds the parts of an exercise while it is being edited and
tells its listeners which part changed; the authoring window is one of them
and never the other way round. Every edit is a small named function that
takes the draft, refuses with :class:`AuthoringError` (one line the window
can show as it is) and otherwise *returns* what would change, without
changing anything: an :class:`ArticleEdit` or a :class:`TagsetEdit` holds
the before and after of the blocks or categories and of the key spans. An
undo command applies the ``after`` and, on undo, the ``before``; the same
plan is what the property tests check.

The key spans live in :class:`KeySpans`, a store with the same small
interface as a trainee's :class:`~annotator.core.session.Session`
(``add``, ``remove``, ``update``, ``replace_all``, ``annotations``,
``subscribe``), so the workspace's undo commands and highlight painter
serve the key unchanged.

Editing the text moves every key span with it (formats.md: a span is never
silently dropped). The text before and after an edit differ in one stretch;
spans outside it keep their words and shift; a span that holds the whole
stretch and keeps most of its words (a typo fixed inside the quote) follows
the edit and is reported as adjusted; any other span that the stretch
touches is placed again by its quote, at the occurrence nearest to where it
was, and one whose quote no longer occurs is kept, flagged orphaned and
reported, until its words come back or the instructor places it by hand.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from pydantic import ValidationError

from annotator.core.model import (
    BLOCK_KINDS,
    COLOR_PATTERN,
    NCNAME_PATTERN,
    Article,
    Block,
    Category,
    CourseInfo,
    Exercise,
    GradingSettings,
    InstructorNotes,
    KeyFile,
    KeySpan,
    Source,
    Tagset,
)
from annotator.core.span_list import Change, OrderedSpans, text_order_key
from annotator.core.spans import anchor, trim
from annotator.core.tagset import SAFE_PALETTE, default_tagset
from annotator.core.text import canonical_text, normalize_block_text, short_title, xml_safe

MAX_ID_LENGTH = 64

_NCNAME = re.compile(NCNAME_PATTERN)
_COLOR = re.compile(COLOR_PATTERN)

Part = Literal["details", "article", "tagset", "grading", "course"]


class AuthoringError(ValueError):
    """An edit the exercise's rules refuse; ``str()`` is one line for the instructor.

    The message is a fixed English template and its values, so that the
    window can show it in the instructor's language (``template`` is what a
    translation looks up; ``params`` fill it in).
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = {name: str(value) for name, value in params.items()}
        super().__init__(template.format(**self.params))


class CategoryInUse(AuthoringError):
    """Removing a category that key spans use needs a confirmation naming how many."""

    def __init__(self, category_id: str, count: int) -> None:
        self.category_id, self.count = category_id, count
        super().__init__(
            "{count} key spans use the category {category}", count=count, category=repr(category_id)
        )


# ===================================================================== ids


def slug_id(text: str, fallback: str = "exercise") -> str:
    """An exercise or category id (an ASCII NCName) made from a title or label.

    Accents are folded ("Atribución" -> "atribucion"), anything else that is
    not a letter or digit becomes one hyphen, and an id that would start with
    a digit gets a letter in front.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.casefold()).strip("-")[:MAX_ID_LENGTH].strip("-")
    if not slug:
        return fallback
    return slug if slug[0].isalpha() else f"x-{slug}"[:MAX_ID_LENGTH]


def check_exercise_id(value: str) -> str:
    """The id trimmed, if it is a valid exercise id; else one plain line saying what is allowed."""
    return _check_id(value, "exercise")


def exercise_id_from_file_name(name: str) -> str:
    """An exercise id from a file name: its first part, made valid if it is not.

    "2025-08-12-sudan.exercise.xml" gives "x-2025-08-12-sudan": a date is a
    natural way to name a file, but an id must start with a letter.
    """
    stem = name.split(".")[0]
    try:
        return _check_id(stem, "exercise")
    except AuthoringError:
        return slug_id(stem)


def _check_id(value: str, what: Literal["exercise", "category"]) -> str:
    value = value.strip()
    if not value:
        if what == "exercise":
            raise AuthoringError("the exercise id cannot be empty")
        raise AuthoringError("the category id cannot be empty")
    if len(value) > 128 or not _NCNAME.match(value) or not value.isascii():
        if what == "exercise":
            raise AuthoringError(_BAD_EXERCISE_ID, id=repr(value[:40]))
        raise AuthoringError(_BAD_CATEGORY_ID, id=repr(value[:40]))
    return value


_BAD_EXERCISE_ID = (
    "{id} is not a valid exercise id: use letters, digits, '-', '_' or '.', starting with a letter"
)
_BAD_CATEGORY_ID = (
    "{id} is not a valid category id: use letters, digits, '-', '_' or '.', starting with a letter"
)


# ================================================================= details


@dataclass(frozen=True)
class Details:
    """What the exercise says about itself: id, title, instructions, where the article is from."""

    id: str
    title: str
    instructions: str = ""
    language: str = "es"
    publisher: str = ""
    url: str = ""
    published: str = ""
    version: str = "1"
    licence: str = ""  # edited with the course metadata (core.course_authoring)

    def source(self) -> Source | None:
        if not (self.publisher or self.url or self.published or self.licence):
            return None
        return Source(
            publisher=self.publisher or None, url=self.url or None,
            published=self.published or None, licence=self.licence or None,
        )


def checked_details(details: Details) -> Details:
    """The details with blanks trimmed; refuses a bad id, an empty title or language."""
    cleaned = replace(
        details,
        **{
            name: " ".join(xml_safe(getattr(details, name)).split())
            for name in (
                "title", "language", "publisher", "url", "published", "version", "licence",
            )
        },
        instructions=xml_safe(details.instructions).strip(),
    )
    cleaned = replace(cleaned, id=_check_id(details.id, "exercise"))
    if not cleaned.title:
        raise AuthoringError("the exercise needs a title")
    if not re.match(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", cleaned.language):
        raise AuthoringError(
            "{language} is not a language code such as es or en",
            language=repr(cleaned.language[:20]),
        )
    if not cleaned.version or " " in cleaned.version:
        raise AuthoringError("the version must be one word, such as 1 or 2b")
    return cleaned


# ================================================================ the key


class KeySpans(OrderedSpans[KeySpan]):
    """The expert's spans in text order: the one place key spans change.

    It speaks the same small interface as a trainee's Session, so the undo
    commands and highlights written for annotations serve key spans too.
    New ids are ``k1``, ``k2``, ... and never reused in a draft, so an undone
    and redone span keeps its id.
    """

    def __init__(
        self,
        text: Callable[[], str],
        known_categories: Callable[[], Iterable[str]],
        spans: Iterable[KeySpan] = (),
    ) -> None:
        super().__init__(id_prefix="k")
        self._text = text
        self._known = known_categories
        self._load(spans)

    # ------------------------------------------------------------- reading

    @property
    def text(self) -> str:
        return self._text()

    def orphans(self) -> list[KeySpan]:
        return [s for s in self._spans if s.orphaned]

    def usage(self, category_id: str) -> int:
        return sum(1 for s in self._spans if s.category == category_id)

    # ----------------------------------------------------------- mutations

    def new_span(self, category: str, start: int, end: int, required: bool = True) -> KeySpan:
        """Build (not add) a span with a fresh id and its quote from the text."""
        self._check_category(category)
        text = self.text
        if not 0 <= start < end <= len(text):
            raise AuthoringError("range {start}-{end} is not inside the text", start=start, end=end)
        return KeySpan(
            id=self._fresh_id(), category=category, start=start, end=end, quote=text[start:end],
            required=required,
        )

    def update(self, span_id: str, **changes) -> Change:
        """Change fields of a span (category, required, explanations, or its place).

        A new ``start``/``end`` takes its quote from the text and clears the
        orphaned flag: that is how a span is placed by hand.
        """
        row = self.index_of(span_id)
        previous = self._spans[row]
        unknown = set(changes) - {"category", "required", "explanations", "start", "end"}
        if unknown:
            raise AuthoringError(
                "cannot change {fields} of a key span", fields=", ".join(sorted(unknown))
            )
        if "category" in changes:
            self._check_category(changes["category"])
        if "explanations" in changes:
            changes["explanations"] = clean_texts(changes["explanations"])
        if "start" in changes or "end" in changes:
            start = changes.get("start", previous.start)
            end = changes.get("end", previous.end)
            text = self.text
            if not 0 <= start < end <= len(text):
                raise AuthoringError(
                    "range {start}-{end} is not inside the text", start=start, end=end
                )
            changes.update(start=start, end=end, quote=text[start:end], orphaned=False)
        return self.put(previous.model_copy(update=changes))

    def put(self, span: KeySpan) -> Change:
        """Replace the span that has this id with exactly this value (what undo puts back)."""
        row = self.index_of(span.id)
        previous = self._spans[row]
        self._check_category(span.category)
        if text_order_key(span) == text_order_key(previous):
            self._replace(row, span)
            return self._notify(Change("updated", span, row, previous))
        self.remove(span.id)  # its place in text order changed: out, then in again
        return self._notify(Change("added", span, self._insert(span), previous))

    def swap(self, spans: Iterable[KeySpan]) -> None:
        """Replace every span without telling anyone yet (the draft tells, once consistent)."""
        self._swap(spans)

    def announce_reset(self) -> Change:
        return self._notify(Change("reset"))

    # ---------------------------------------------------------------- rules

    def _error_unknown(self, span_id: str) -> AuthoringError:
        return AuthoringError("no key span {id}", id=repr(span_id))

    def _error_exists(self, span_id: str) -> AuthoringError:
        return AuthoringError("key span {id} already exists", id=repr(span_id))

    def _error_duplicate(self, span_id: str) -> AuthoringError:
        return AuthoringError("duplicate key span id {id}", id=repr(span_id))

    def _check_category(self, category: str) -> None:
        if category not in set(self._known()):
            raise AuthoringError("unknown category {id}", id=repr(category))


def clean_texts(texts: dict[str, str]) -> dict[str, str]:
    """Language -> text with blanks trimmed, characters XML cannot store dropped, empties gone."""
    cleaned = {lang: xml_safe(text).strip() for lang, text in texts.items()}
    return {lang: text for lang, text in cleaned.items() if text}


# =============================================================== the draft


class Draft:
    """An exercise being written. Listeners hear which part changed, by name."""

    def __init__(
        self,
        details: Details,
        blocks: Sequence[Block],
        categories: Sequence[Category],
        key: Iterable[KeySpan] = (),
        grading: GradingSettings | None = None,
        course: CourseInfo | None = None,
        notes: InstructorNotes | None = None,
    ) -> None:
        if not blocks:
            raise AuthoringError("an article needs at least one block")
        if not categories:
            raise AuthoringError("an exercise needs at least one category")
        self.details = details
        self.blocks: tuple[Block, ...] = tuple(blocks)
        self.categories: tuple[Category, ...] = tuple(categories)
        self.grading = grading or GradingSettings()
        # Course metadata and the teacher's notes (core.course_authoring checks edits).
        self.course = course
        self.notes = notes
        # The release code of the last sealed copy (attempts.md): kept with the exercise.
        self.sealing_code: str | None = None
        self._article: Article | None = None
        self._listeners: list[Callable[[Part], None]] = []
        self.key = KeySpans(lambda: self.text, lambda: (c.id for c in self.categories), key)

    # ------------------------------------------------------------ building

    @classmethod
    def from_exercise(cls, exercise: Exercise) -> Draft:
        source = exercise.source or Source()
        details = Details(
            id=exercise.id,
            title=exercise.title,
            instructions=exercise.instructions or "",
            language=exercise.language,
            publisher=source.publisher or "",
            url=source.url or "",
            published=source.published or "",
            version=exercise.version,
            licence=source.licence or "",
        )
        draft = cls(
            details, exercise.article.blocks, exercise.tagset.categories, exercise.key or (),
            exercise.grading, exercise.course, exercise.notes,
        )
        draft.sealing_code = exercise.sealing_code
        return draft

    @classmethod
    def from_article(
        cls,
        article: Article,
        title: str | None = None,
        source: Source | None = None,
        language: str | None = None,
        instructions: str = "",
    ) -> Draft:
        """A new exercise on an imported article, with the default tagset and no key."""
        headline = next((b.text for b in article.blocks if b.kind == "headline"), "")
        title = title or short_title(headline or article.blocks[0].text)
        source = source or Source()
        details = Details(
            id=slug_id(title),
            title=" ".join(title.split())[:300],
            instructions=instructions,
            language=language or "es",
            publisher=source.publisher or "",
            url=source.url or "",
            published=source.published or "",
        )
        return cls(details, article.blocks, default_tagset().categories)

    @classmethod
    def copy_of(cls, exercise: Exercise) -> Draft:
        """A new exercise that starts as a copy of another: same content, a new id."""
        draft = cls.from_exercise(exercise)
        draft.details = replace(draft.details, id=f"{exercise.id}-copy"[:128], version="1")
        return draft

    # ------------------------------------------------------------- reading

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def article(self) -> Article:
        if self._article is None:
            self._article = Article(blocks=list(self.blocks))
        return self._article

    @property
    def tagset(self) -> Tagset:
        return Tagset(categories=list(self.categories))

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def block_range(self, index: int) -> tuple[int, int]:
        """Code-point start and end of one block in the canonical text."""
        start = sum(len(b.text) + 1 for b in self.blocks[:index])
        return start, start + len(self.blocks[index].text)

    # ----------------------------------------------------------- listeners

    def subscribe(self, listener: Callable[[Part], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Part], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, part: Part) -> None:
        for listener in list(self._listeners):
            listener(part)

    # ----------------------------------------------------------- mutations

    def set_details(self, details: Details) -> None:
        self.details = details
        self._notify("details")

    def set_grading(self, grading: GradingSettings) -> None:
        self.grading = grading
        self._notify("grading")

    def set_course(
        self, course: CourseInfo | None, notes: InstructorNotes | None, licence: str
    ) -> None:
        """Swap the course metadata, the teacher's notes and the licence in one step."""
        self.course, self.notes = course, notes
        self.details = replace(self.details, licence=licence)
        self._notify("course")

    def set_article(self, blocks: Sequence[Block], key: Iterable[KeySpan]) -> None:
        """Swap the blocks and the key spans placed on them in one step (an ArticleEdit).

        Both change before anyone is told, so no listener ever sees spans of
        one text on another; views re-render the text, then hear of the spans.
        """
        self.blocks = tuple(blocks)
        self._article = None
        self.key.swap(key)
        self._notify("article")
        self.key.announce_reset()

    def set_tagset(self, categories: Sequence[Category], key: Iterable[KeySpan]) -> None:
        """Swap the categories and the key spans that follow them (a TagsetEdit)."""
        self.categories = tuple(categories)
        self.key.swap(key)
        self._notify("tagset")
        self.key.announce_reset()

    def apply(self, edit: ArticleEdit | TagsetEdit, undo: bool = False) -> None:
        """Apply a planned edit (or, with ``undo``, go back to before it)."""
        key = edit.key_before if undo else edit.key_after
        if isinstance(edit, ArticleEdit):
            self.set_article(edit.blocks_before if undo else edit.blocks_after, key)
        else:
            self.set_tagset(edit.categories_before if undo else edit.categories_after, key)

    # ----------------------------------------------------------- documents

    def to_exercise(self, with_key: bool = True) -> Exercise:
        """The exercise file's content; refuses (AuthoringError) what the format would."""
        details = checked_details(self.details)
        try:
            return Exercise(
                id=details.id,
                version=details.version,
                language=details.language,
                title=details.title,
                instructions=details.instructions or None,
                source=details.source(),
                course=self.course,
                notes=self.notes if with_key else None,
                tagset=self.tagset,
                article=self.article,
                grading=self.grading,
                key=self.key.annotations if with_key else None,
                sealing_code=self.sealing_code if with_key else None,
            )
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(p) for p in error.get("loc", ()))
            raise AuthoringError(
                "{where}: {problem}", where=where or "exercise", problem=error.get("msg", "invalid")
            ) from None

    def student_copy(self) -> Exercise:
        return self.to_exercise(with_key=False)

    def key_file(self) -> KeyFile:
        exercise = self.to_exercise()
        return KeyFile(
            exercise=exercise.id, text_sha256=exercise.article.sha256, spans=exercise.key or []
        )

    def problems(self) -> list[str]:
        """What to look at before handing out: nothing here stops a save."""
        found = []
        orphans = self.key.orphans()
        if orphans:
            found.append(f"{len(orphans)} key spans are not placed in the text")
        if not len(self.key):
            found.append("the key has no spans yet")
        unexplained = [s for s in self.key.annotations if not s.explanations]
        if unexplained:
            found.append(f"{len(unexplained)} key spans have no explanation")
        return found


# ========================================================== article edits


Placed = Literal["moved", "adjusted", "orphaned", "found"]


@dataclass(frozen=True)
class Placement:
    """What an edit did to one key span that the instructor should know about.

    ``moved``: re-anchored by its quote to the nearest of several occurrences;
    ``adjusted``: its own words were edited and its quote follows them;
    ``orphaned``: its quote is gone (kept, flagged); ``found``: an orphan's quote is back.
    """

    span_id: str
    what: Placed
    quote: str  # as it was before the edit


@dataclass(frozen=True)
class ArticleEdit:
    """A planned change of the blocks, with every key span carried over."""

    kind: str  # edit, split, merge, delete, insert, kind
    index: int  # the block it is about
    blocks_before: tuple[Block, ...]
    blocks_after: tuple[Block, ...]
    key_before: tuple[KeySpan, ...]
    key_after: tuple[KeySpan, ...]
    placements: tuple[Placement, ...] = ()

    @property
    def orphaned(self) -> list[KeySpan]:
        """Every span the edit leaves unplaced (new orphans and old ones still lost)."""
        return [s for s in self.key_after if s.orphaned]

    def count(self, what: Placed) -> int:
        return sum(1 for p in self.placements if p.what == what)


def block_text(raw: str) -> str:
    """Pasted or typed text as a block may hold it (formats.md): NFC, one line, trimmed."""
    return normalize_block_text(xml_safe(raw))


def _check_index(draft: Draft, index: int) -> None:
    if not 0 <= index < len(draft.blocks):
        raise AuthoringError("there is no block {number}", number=index + 1)


def _check_kind(kind: str) -> None:
    if kind not in BLOCK_KINDS:
        raise AuthoringError("unknown block kind {kind}", kind=repr(kind))


def _plan(draft: Draft, kind: str, index: int, blocks: Sequence[Block]) -> ArticleEdit:
    before = draft.key.annotations
    new_text = canonical_text(b.text for b in blocks)
    after, placements = reanchor_key(draft.text, new_text, before)
    return ArticleEdit(
        kind, index, draft.blocks, tuple(blocks), tuple(before), tuple(after), tuple(placements)
    )


def edit_block(draft: Draft, index: int, text: str) -> ArticleEdit:
    """New text for one block, normalised; an empty text is refused (delete the block)."""
    _check_index(draft, index)
    cleaned = block_text(text)
    if not cleaned:
        raise AuthoringError("a block cannot be empty: delete it instead")
    blocks = list(draft.blocks)
    blocks[index] = Block(kind=blocks[index].kind, text=cleaned)
    return _plan(draft, "edit", index, blocks)


def split_block(draft: Draft, index: int, at: int) -> ArticleEdit:
    """Split a block at a code-point position of its text; both halves keep its kind."""
    _check_index(draft, index)
    old = draft.blocks[index]
    first, second = block_text(old.text[:at]), block_text(old.text[at:])
    if not first or not second:
        raise AuthoringError("put the cursor inside the text to split it: one side is empty")
    blocks = list(draft.blocks)
    blocks[index : index + 1] = [
        Block(kind=old.kind, text=first), Block(kind=old.kind, text=second)
    ]
    return _plan(draft, "split", index, blocks)


def merge_with_next(draft: Draft, index: int) -> ArticleEdit:
    """Join a block and the one after it with a space; the first one's kind stays."""
    _check_index(draft, index)
    if index + 1 >= len(draft.blocks):
        raise AuthoringError("the last block has nothing after it to merge with")
    first, second = draft.blocks[index], draft.blocks[index + 1]
    blocks = list(draft.blocks)
    blocks[index : index + 2] = [Block(kind=first.kind, text=f"{first.text} {second.text}")]
    return _plan(draft, "merge", index, blocks)


def delete_block(draft: Draft, index: int) -> ArticleEdit:
    _check_index(draft, index)
    if len(draft.blocks) == 1:
        raise AuthoringError("an article needs at least one block")
    blocks = list(draft.blocks)
    del blocks[index]
    return _plan(draft, "delete", index, blocks)


def insert_block(draft: Draft, index: int, kind: str, text: str) -> ArticleEdit:
    """A new block before position ``index`` (``len(blocks)``: at the end)."""
    _check_kind(kind)
    if not 0 <= index <= len(draft.blocks):
        raise AuthoringError("there is no place {number} for a block", number=index + 1)
    cleaned = block_text(text)
    if not cleaned:
        raise AuthoringError("a block cannot be empty")
    blocks = list(draft.blocks)
    blocks.insert(index, Block(kind=kind, text=cleaned))
    return _plan(draft, "insert", index, blocks)


def set_block_kind(draft: Draft, index: int, kind: str) -> ArticleEdit:
    _check_index(draft, index)
    _check_kind(kind)
    blocks = list(draft.blocks)
    blocks[index] = Block(kind=kind, text=blocks[index].text)
    return _plan(draft, "kind", index, blocks)


def move_block(draft: Draft, index: int, to: int) -> ArticleEdit:
    """Move a block to another position (spans in it follow their words)."""
    _check_index(draft, index)
    if not 0 <= to < len(draft.blocks):
        raise AuthoringError("there is no place {number} for a block", number=to + 1)
    blocks = list(draft.blocks)
    blocks.insert(to, blocks.pop(index))
    return _plan(draft, "move", index, blocks)


# ============================================================ re-anchoring


def _common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix, by bisection on slice comparisons (fast in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            low = mid
        else:
            high = mid - 1
    return low


def reanchor_key(
    old: str, new: str, spans: Iterable[KeySpan]
) -> tuple[list[KeySpan], list[Placement]]:
    """Carry key spans from one text to the next; never drops one.

    The two texts share a prefix and a suffix; between them lies the edited
    stretch. A span wholly in the prefix stays, one wholly in the suffix
    shifts by the change of length, one that holds the whole stretch and
    keeps at least half of its own words takes the edited words as its quote
    ("adjusted": a typo fixed inside a quote), and any other span the
    stretch touches is re-anchored by its quote nearest to where it was
    ("moved") or kept and flagged ("orphaned"). Orphans from before try their
    quote again ("found" when it is back).
    """
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    old_stop = len(old) - suffix  # the edited stretch of the old text ends here
    delta = len(new) - len(old)
    carried: list[KeySpan] = []
    placements: list[Placement] = []

    def place(span: KeySpan, hint: int, what_if_moved: Placed) -> None:
        result = anchor(new, hint, hint + (span.end - span.start), span.quote)
        if result.orphaned:
            carried.append(span.model_copy(update={"orphaned": True}))
            if not span.orphaned:
                placements.append(Placement(span.id, "orphaned", span.quote))
            return
        carried.append(
            span.model_copy(update={"start": result.start, "end": result.end, "orphaned": False})
        )
        # A quote that occurs once can only be where it went; one that occurs more
        # often went to the nearest occurrence, which the instructor should see.
        if span.orphaned or (result.moved and new.count(span.quote) > 1):
            placements.append(Placement(span.id, what_if_moved, span.quote))

    for span in spans:
        span = _carry_alternatives(span, new, prefix, old_stop, delta)
        if span.orphaned:
            place(span, min(span.start, len(new)), "found")
        elif span.end <= prefix:
            carried.append(span)
        elif span.start >= old_stop:
            carried.append(span.model_copy(update={"start": span.start + delta,
                                                   "end": span.end + delta}))
        elif span.start <= prefix and old_stop <= span.end and _follows_edit(
            new, span, prefix, old_stop, delta
        ):
            end = span.end + delta
            carried.append(span.model_copy(update={"end": end, "quote": new[span.start:end]}))
            placements.append(Placement(span.id, "adjusted", span.quote))
        else:
            hint = span.start if span.start < prefix else max(prefix, span.start + delta)
            place(span, hint, "moved")
    return sorted(carried, key=text_order_key), placements


def _carry_alternatives(
    span: KeySpan, new: str, prefix: int, old_stop: int, delta: int
) -> KeySpan:
    """A span's alternatives (scoring.md §8) through an edit of the article, as spans go.

    Before the edited stretch an alternative stays, after it it shifts by
    the change of length, and one the edit touches is placed again by its
    quote nearest to where it was, or kept and flagged as orphaned.
    """
    if not span.alternatives:
        return span
    carried = []
    for alternative in span.alternatives:
        if alternative.orphaned or not (alternative.end <= prefix
                                        or alternative.start >= old_stop):
            hint = min(alternative.start, len(new))
            result = anchor(new, hint, hint + (alternative.end - alternative.start),
                            alternative.quote)
            carried.append(alternative.model_copy(update={
                "start": result.start, "end": result.end, "orphaned": result.orphaned}))
        elif alternative.start >= old_stop:
            carried.append(alternative.model_copy(update={
                "start": alternative.start + delta, "end": alternative.end + delta}))
        else:
            carried.append(alternative)
    return span.model_copy(update={"alternatives": carried})


def _follows_edit(new: str, span: KeySpan, prefix: int, old_stop: int, delta: int) -> bool:
    """Whether a span edited inside is still the same passage: at least half of it kept.

    A typo fixed or a word changed keeps the span; its words replaced wholesale
    do not (the expert marked those words, not their place), nor does an edit
    that leaves nothing to mark.
    """
    kept = (prefix - span.start) + (span.end - old_stop)
    end = span.end + delta
    if 2 * kept < span.end - span.start or end <= span.start:
        return False
    start, stop = trim(new, span.start, end)
    return start < stop


# ============================================================ tagset edits


@dataclass(frozen=True)
class TagsetEdit:
    """A planned change of the categories, with the key spans that follow it."""

    kind: str  # add, remove, rename, update, move
    category_id: str  # the category it is about (after a rename: the new id)
    categories_before: tuple[Category, ...]
    categories_after: tuple[Category, ...]
    key_before: tuple[KeySpan, ...]
    key_after: tuple[KeySpan, ...]
    removed_spans: int = 0


def _tagset_plan(
    draft: Draft, kind: str, category_id: str, categories: Sequence[Category],
    key: Sequence[KeySpan] | None = None, removed: int = 0,
) -> TagsetEdit:
    before = tuple(draft.key.annotations)
    _check_tagset(categories)
    return TagsetEdit(
        kind, category_id, draft.categories, tuple(categories), before,
        before if key is None else tuple(key), removed,
    )


def _check_tagset(categories: Sequence[Category]) -> None:
    seen_ids: dict[str, Category] = {}
    seen_keys: dict[str, Category] = {}
    for category in categories:
        if category.id in seen_ids:
            raise AuthoringError(
                "two categories cannot share the id {id}", id=repr(category.id)
            )
        seen_ids[category.id] = category
        if category.shortcut:
            other = seen_keys.get(category.shortcut.casefold())
            if other is not None:
                raise AuthoringError(
                    "the key {key} is already the shortcut of {category}",
                    key=repr(category.shortcut), category=repr(other.label("en")),
                )
            seen_keys[category.shortcut.casefold()] = category
        if not category.labels:
            raise AuthoringError("the category {id} needs a label", id=repr(category.id))


def _find(draft: Draft, category_id: str) -> int:
    for row, category in enumerate(draft.categories):
        if category.id == category_id:
            return row
    raise AuthoringError("there is no category {id}", id=repr(category_id))


def next_color(categories: Sequence[Category]) -> str:
    """The first colour of the colour-blind-safe palette that no category uses yet."""
    used = {c.color.lower() for c in categories}
    return next((c for c in SAFE_PALETTE if c not in used), SAFE_PALETTE[len(categories) % 8])


def next_shortcut(categories: Sequence[Category]) -> str | None:
    used = {c.shortcut for c in categories if c.shortcut}
    return next((k for k in "123456789" if k not in used), None)


def add_category(
    draft: Draft,
    labels: dict[str, str] | None = None,
    category_id: str | None = None,
    descriptions: dict[str, str] | None = None,
) -> TagsetEdit:
    """A new category with the next safe colour and the next free digit as its key."""
    labels = clean_texts(labels or {"es": "Nueva categoría", "en": "New category"})
    if not labels:
        raise AuthoringError("a category needs a label")
    taken = {c.id for c in draft.categories}
    base = _check_id(category_id, "category") if category_id else slug_id(
        labels.get("en") or next(iter(labels.values())), "category"
    )
    new_id, number = base, 2
    while new_id in taken:
        if category_id:
            raise AuthoringError("there is already a category {id}", id=repr(new_id))
        new_id, number = f"{base}-{number}", number + 1
    category = Category(
        id=new_id,
        color=next_color(draft.categories),
        shortcut=next_shortcut(draft.categories),
        labels=labels,
        descriptions=clean_texts(descriptions or {}),
    )
    return _tagset_plan(draft, "add", new_id, [*draft.categories, category])


def remove_category(draft: Draft, category_id: str, confirmed: bool = False) -> TagsetEdit:
    """Remove a category; while key spans use it, only ``confirmed`` (and they go too)."""
    row = _find(draft, category_id)
    if len(draft.categories) == 1:
        raise AuthoringError("an exercise needs at least one category")
    used = draft.key.usage(category_id)
    if used and not confirmed:
        raise CategoryInUse(category_id, used)
    categories = list(draft.categories)
    del categories[row]
    key = [s for s in draft.key.annotations if s.category != category_id]
    return _tagset_plan(draft, "remove", category_id, categories, key, used)


def rename_category(draft: Draft, category_id: str, new_id: str) -> TagsetEdit:
    """Give a category another id; the key spans that use it follow."""
    row = _find(draft, category_id)
    new_id = _check_id(new_id, "category")
    if new_id != category_id and any(c.id == new_id for c in draft.categories):
        raise AuthoringError("there is already a category {id}", id=repr(new_id))
    categories = list(draft.categories)
    categories[row] = categories[row].model_copy(update={"id": new_id})
    key = [
        s.model_copy(update={"category": new_id}) if s.category == category_id else s
        for s in draft.key.annotations
    ]
    return _tagset_plan(draft, "rename", new_id, categories, key)


_UNSET = object()


def update_category(
    draft: Draft,
    category_id: str,
    *,
    labels: dict[str, str] | None = None,
    descriptions: dict[str, str] | None = None,
    color: str | None = None,
    shortcut=_UNSET,
) -> TagsetEdit:
    """Change a category's labels, descriptions, colour or key (``shortcut=None`` clears it)."""
    row = _find(draft, category_id)
    changes: dict[str, object] = {}
    if labels is not None:
        changes["labels"] = clean_texts(labels)
    if descriptions is not None:
        changes["descriptions"] = clean_texts(descriptions)
    if color is not None:
        if not _COLOR.match(color):
            raise AuthoringError("{color} is not a colour like #0072b2", color=repr(color[:20]))
        changes["color"] = color.lower()
    if shortcut is not _UNSET:
        key = (shortcut or "").strip()
        if len(key) > 1:
            raise AuthoringError("a shortcut is a single key")
        changes["shortcut"] = key or None
    categories = list(draft.categories)
    categories[row] = categories[row].model_copy(update=changes)
    return _tagset_plan(draft, "update", category_id, categories)


def move_category(draft: Draft, category_id: str, delta: int) -> TagsetEdit:
    """Move a category up or down the list (the order of the toolbar and legend)."""
    categories = list(draft.categories)
    move_row(categories, _find(draft, category_id), delta)
    return _tagset_plan(draft, "move", category_id, categories)


def move_row(rows: list, row: int, delta: int) -> None:
    """Move ``rows[row]`` ``delta`` places up or down the list, stopping at either end."""
    to = max(0, min(len(rows) - 1, row + delta))
    rows.insert(to, rows.pop(row))


# ============================================================== summaries


@dataclass(frozen=True)
class Summary:
    """Counts for the window's status line."""

    blocks: int
    categories: int
    key_spans: int
    required: int
    orphaned: int
    unexplained: int
    problems: list[str] = field(default_factory=list)


def summary(draft: Draft) -> Summary:
    spans = draft.key.annotations
    return Summary(
        blocks=len(draft.blocks),
        categories=len(draft.categories),
        key_spans=len(spans),
        required=sum(1 for s in spans if s.required),
        orphaned=sum(1 for s in spans if s.orphaned),
        unexplained=sum(1 for s in spans if not s.explanations),
        problems=draft.problems(),
    )
