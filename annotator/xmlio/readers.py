"""Readers: XML elements (already parsed safely and schema-valid) to models.

Repair or refuse (formats.md): a reader repairs only re-anchoring by quote,
orphaned spans and a missing article hash, and reports each repair in
``Loaded.repairs``; anything else that breaks the contract raises
:class:`FormatError` with one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Generic, TypeVar

from lxml import etree
from pydantic import ValidationError

from annotator import bundled
from annotator.core.annotation_hash import annotations_sha256
from annotator.core.messages import Message
from annotator.core.model import (
    Alternative,
    Annotation,
    AppliedDecision,
    Article,
    Block,
    Category,
    CategoryFigures,
    Decision,
    DecisionsFile,
    Exercise,
    Figures,
    Grade,
    GradingSettings,
    KeyFile,
    KeySpan,
    Outcome,
    SealedKey,
    Source,
    Submission,
    Tagset,
)
from annotator.xmlio import NAMESPACE, safe, schema
from annotator.xmlio.anchoring import Anchorer
from annotator.xmlio.course import course_metadata
from annotator.xmlio.elements import XML_LANG
from annotator.xmlio.elements import by_language as _by_language
from annotator.xmlio.elements import qname as _q
from annotator.xmlio.errors import FormatError, library_message, quoted
from annotator.xmlio.feature_io import (
    check_accepted,
    check_given,
    check_no_repeats,
    read_accepted,
    read_feature_outcomes,
    read_features,
    read_features_summary,
    read_given,
)
from annotator.xmlio.making import Make, checked, trusted
from annotator.xmlio.reasons import XML_REASON, later

T = TypeVar("T")


@dataclass
class Loaded(Generic[T]):
    """A document read from disk, with the raw bytes and what was repaired."""

    document: T
    path: Path
    data: bytes
    repairs: list[str] = field(default_factory=list)


_QUOTE_TAG, _NOTE_TAG, _ANNOTATION_TAG = _q("quote"), _q("note"), _q("annotation")


def _child(element: etree._Element, name: str) -> etree._Element | None:
    return element.find(_q(name))


def _quote_and_note(annotation: etree._Element) -> tuple[etree._Element | None, ...]:
    """An annotation's <quote> and <note> in one pass over its children.

    Two ``find`` calls per annotation were a fifth of the time to read a
    class set (1,000 submissions of 100 annotations).
    """
    quote = note = None
    for child in annotation:
        if child.tag == _QUOTE_TAG:
            quote = child
        elif child.tag == _NOTE_TAG:
            note = child
    return quote, note


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return element.findall(_q(name))


def _text(element: etree._Element | None) -> str | None:
    return None if element is None else (element.text or "")


def _bool(value: str | None, default: bool) -> bool:
    # xs:boolean collapses white space: " true " is true.
    return default if value is None else value.strip() in ("true", "1")


def _int(value: str) -> int:
    """An integer the schema has checked and bounded; its leading zeros may not be.

    ``int()`` refuses strings of more than 4300 digits, and "000…0159" is a
    valid xs:nonNegativeInteger of any length.
    """
    if len(value) < 20:  # every offset the program writes; int() takes the spaces and "+"
        return int(value)
    return int(value.strip().lstrip("+").lstrip("0") or "0")


def _pydantic_problem(exc: ValidationError) -> tuple[str, str]:
    """Where a model refused a value, and why: our own message when a validator raised one."""
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error.get("loc", ()))
    raised = error.get("ctx", {}).get("error")
    if isinstance(raised, ValueError) and raised.args and isinstance(raised.args[0], Message):
        return where, raised.args[0]
    message = error.get("msg", "invalid value").removeprefix("Value error, ")
    return where, XML_REASON("invalid_value", detail=message)


def _pydantic_reason(exc: ValidationError) -> str:
    where, problem = _pydantic_problem(exc)
    return XML_REASON("field_problem", where=where, problem=problem) if where else problem


# --------------------------------------------------------------------- loading


def read_document(path: str | Path) -> Loaded[Exercise | KeyFile | Submission | DecisionsFile]:
    """Read any of the four documents, dispatching on its root element."""
    path = Path(path)
    return read_bytes(safe.read_capped(path), path)


def read_bytes(
    data: bytes, path: str | Path
) -> Loaded[Exercise | KeyFile | Submission | DecisionsFile]:
    """Read a document already in memory (an unsealed key); ``path`` names it in messages."""
    path = Path(path)
    root = safe.parse_bytes(data, path)
    schema.validate(root, path)
    kind = etree.QName(root).localname
    builder = {"exercise": _exercise, "key": _key_file, "submission": _submission,
               "decisions": _decisions}[kind]
    repairs: list[str] = []
    try:
        document = builder(root, path, repairs)
    except ValidationError as exc:
        raise FormatError(path, _pydantic_reason(exc)) from None
    except (ValueError, TypeError) as exc:
        # A value the schema let through and a conversion refused: still one line.
        raise FormatError(
            path, XML_REASON("unreadable_value", detail=library_message(str(exc)))
        ) from None
    return Loaded(document, path, data, repairs)


_KIND_NAMES = {
    Exercise: XML_REASON("an_exercise"),
    KeyFile: XML_REASON("a_key"),
    Submission: XML_REASON("a_submission"),
    DecisionsFile: XML_REASON("a_decisions_file"),
}


def _expect(loaded: Loaded, kind: type[T]) -> Loaded[T]:
    if not isinstance(loaded.document, kind):
        found = _KIND_NAMES[type(loaded.document)]
        raise FormatError(
            loaded.path, XML_REASON("wrong_kind", found=found, expected=_KIND_NAMES[kind])
        )
    return loaded


def read_exercise(path: str | Path) -> Loaded[Exercise]:
    return _expect(read_document(path), Exercise)


def read_bundled_exercise(path: str | Path) -> Loaded[Exercise]:
    """An exercise shipped with the program: parsed safely, neither the schema nor the
    models' validators run.

    Only for the package's own exercises (``bundled.exercises_dir()``): every
    one of them is read by :func:`read_exercise` in the tests, and must read
    the same both ways, and only a file as it shipped is read so
    (``bundled.is_shipped``): one changed after installing gets the whole check.
    Anchoring, repairs and the reader's own checks still run; anything odd gets
    the whole check too.
    """
    path = Path(path)
    data = safe.read_capped(path)
    if not bundled.is_shipped(path, data):
        return read_exercise(path)
    root = safe.parse_bytes(data, path)
    if etree.QName(root).localname != "exercise":
        return read_exercise(path)  # not what the package ships: the whole check
    repairs: list[str] = []
    try:
        return Loaded(_exercise(root, path, repairs, make=trusted), path, data, repairs)
    except (FormatError, ValueError, TypeError, AttributeError):
        return read_exercise(path)  # says what is wrong, in one line


def read_key(path: str | Path) -> Loaded[KeyFile]:
    return _expect(read_document(path), KeyFile)


def read_submission(path: str | Path) -> Loaded[Submission]:
    return _expect(read_document(path), Submission)


def read_decisions(path: str | Path) -> Loaded[DecisionsFile]:
    return _expect(read_document(path), DecisionsFile)


# -------------------------------------------------------------------- exercise


def _exercise(
    root: etree._Element, path: Path, repairs: list[str], make: Make = checked
) -> Exercise:
    article_el = _child(root, "article")
    blocks = []
    for number, block_el in enumerate(_children(article_el, "block"), start=1):
        # The model checks the text (core.text.block_text_problem); checking it
        # here as well doubled the load time of a long article.
        try:
            blocks.append(make(Block, kind=block_el.get("kind"), text=block_el.text or ""))
        except ValidationError as exc:
            where, problem = _pydantic_problem(exc)
            if where != "text":
                problem = _pydantic_reason(exc)
            where = XML_REASON("block_at", line=block_el.sourceline, number=number)
            raise FormatError(
                path, XML_REASON("field_problem", where=where, problem=problem)
            ) from None
    article = make(Article, blocks=blocks)

    categories = [
        make(
            Category,
            id=c.get("id"),
            color=c.get("color"),
            shortcut=c.get("shortcut"),
            labels=_by_language(_children(c, "label")),
            descriptions=_by_language(_children(c, "description")),
            features=read_features(c, make),
        )
        for c in _children(_child(root, "tagset"), "category")
    ]
    try:
        tagset = make(Tagset, categories=categories)
    except ValidationError as exc:
        raise FormatError(path, XML_REASON("in_tagset", problem=_pydantic_reason(exc))) from None

    grading_el = _child(root, "grading")
    grading = make(GradingSettings)
    if grading_el is not None:
        grading = make(
            GradingSettings,
            scheme=grading_el.get("scheme", "partial"),
            pass_mark=float(grading_el.get("pass", "60")),
            check=grading_el.get("check", "anytime"),
            features_weight=float(grading_el.get("features-weight", "0")),
        )

    source_el = _child(root, "source")
    source = None
    if source_el is not None:
        source = make(
            Source,
            publisher=source_el.get("publisher"),
            url=source_el.get("url"),
            published=source_el.get("published"),
            licence=source_el.get("licence"),
        )
    course, notes = course_metadata(root, make)

    stated_hash = article_el.get("text-sha256")
    if stated_hash is None:
        repairs.append(XML_REASON("no_hash", digest=article.sha256[:12]))
    elif stated_hash != article.sha256:
        repairs.append(XML_REASON("exercise_hash_differs"))

    key_el = _child(root, "key")
    key = None
    if key_el is not None:
        anchorer = Anchorer(article.text, path)
        key = [_key_span(s, anchorer, tagset, path, repairs, make)
               for s in _children(key_el, "span")]

    sealing_el = _child(root, "sealing")
    sealed_el = _child(root, "sealed-key")
    return make(
        Exercise,
        sealing_code=None if sealing_el is None else sealing_el.get("code"),
        sealed_key=None if sealed_el is None else _sealed_key(sealed_el, make),
        id=root.get("id"),
        version=root.get("version", "1"),
        language=root.get(XML_LANG, "es"),
        title=_text(_child(root, "title")) or "",
        instructions=_text(_child(root, "instructions")),
        source=source,
        course=course,
        notes=notes,
        tagset=tagset,
        article=article,
        grading=grading,
        key=key,
    )


def _sealed_key(el: etree._Element, make: Make = checked) -> SealedKey:
    """Stored as written: the schema has checked the base64; unsealing checks the rest."""
    return make(
        SealedKey,
        cipher=el.get("cipher"), kdf=el.get("kdf"),
        n=int(el.get("n")), r=int(el.get("r")), p=int(el.get("p")),
        salt="".join(el.get("salt").split()), nonce="".join(el.get("nonce").split()),
        key_sha256=el.get("key-sha256"), ciphertext="".join((el.text or "").split()),
    )


def _key_span(
    el: etree._Element,
    anchorer: Anchorer | None,
    tagset: Tagset | None,
    path: Path,
    repairs: list[str],
    make: Make = checked,
) -> KeySpan:
    span_id = el.get("id")
    category = el.get("category")
    quote_el, alt_els, explanation_els = _key_span_children(el)
    quote = _text(quote_el) or ""
    where = XML_REASON("key_span_at", line=el.sourceline, id=span_id)
    if tagset is not None and tagset.get(category) is None:
        raise FormatError(
            path, XML_REASON("unknown_category", where=where, category=quoted(category, 40))
        )
    if not quote:
        raise FormatError(path, XML_REASON("empty_quote", where=where))
    start, end, orphaned = _placed_extent(
        el, quote, where, anchorer, later("key_span", id=span_id), path, repairs
    )
    more = {}
    if alt_els:  # only then: a class set's 20,000-span key reads as fast as before
        more["alternatives"] = _alternatives(
            alt_els, span_id, (start, end), anchorer, path, repairs, make)
    span = make(
        KeySpan,
        id=span_id,
        category=category,
        start=start,
        end=end,
        quote=quote,
        orphaned=orphaned,
        required=_bool(el.get("required"), True),
        explanations=_by_language(explanation_els),
        accepted=read_accepted(el),  # scoring.md §10
        **more,
    )
    if span.accepted:
        if tagset is not None:
            check_accepted(span, tagset, lambda: where, path)
        else:
            check_no_repeats(span, lambda: where, path)
    return span


_ALT_TAG, _EXPLANATION_TAG = _q("alt"), _q("explanation")


def _key_span_children(
    el: etree._Element,
) -> tuple[etree._Element | None, list[etree._Element], list[etree._Element]]:
    """A key span's <quote>, <alt>s and <explanation>s in one pass over its children."""
    quote, alts, explanations = None, [], []
    for child in el:
        tag = child.tag
        if tag == _QUOTE_TAG:
            quote = child
        elif tag == _ALT_TAG:
            alts.append(child)
        elif tag == _EXPLANATION_TAG:
            explanations.append(child)
    return quote, alts, explanations


def _placed_extent(
    el: etree._Element,
    quote: str,
    where: Message,
    anchorer: Anchorer | None,
    label: Callable[[], str],
    path: Path,
    repairs: list[str],
) -> tuple[int, int, bool]:
    """Offsets of a key span or an alternative: given, or found by quote (formats.md)."""
    start_attr, end_attr = el.get("start"), el.get("end")
    if (start_attr is None) != (end_attr is None):
        raise FormatError(path, XML_REASON("half_offsets", where=where))
    orphaned = False
    if start_attr is None:
        if anchorer is None:
            raise FormatError(path, XML_REASON("key_file_offsets", where=where))
        occurrence = _int(el.get("occurrence", "1"))
        placed = anchorer.nth(quote, occurrence)
        if placed is None:
            raise FormatError(path, XML_REASON(
                "quote_absent", where=where, quote=quoted(quote, 60)
            ) if occurrence == 1 else XML_REASON(
                "quote_too_few", where=where, quote=quoted(quote, 60), count=occurrence
            ))
        start, end = placed
    else:
        start, end = _offsets(start_attr, end_attr, lambda: where, path)
        if anchorer is not None:
            start, end, orphaned = _anchor(anchorer, start, end, quote, label, repairs)
    return start, end, orphaned


def _alternatives(
    alt_els: list[etree._Element],
    span_id: str,
    main: tuple[int, int],
    anchorer: Anchorer | None,
    path: Path,
    repairs: list[str],
    make: Make = checked,
) -> list[Alternative]:
    """A key span's ``<alt>`` extents (scoring.md §8), placed by the span's own rules.

    An alternative identical to its span or to another alternative is an
    error naming the span.
    """
    alternatives: list[Alternative] = []
    seen = {main}
    for number, alt in enumerate(alt_els, start=1):
        where = XML_REASON("alternative_at", line=alt.sourceline, id=span_id, n=number)
        quote = _text(_child(alt, "quote")) or ""
        if not quote:
            raise FormatError(path, XML_REASON("empty_quote", where=where))
        start, end, orphaned = _placed_extent(
            alt, quote, where, anchorer, later("alternative", id=span_id, n=number), path,
            repairs,
        )
        if (start, end) in seen:
            raise FormatError(path, XML_REASON("alternative_repeats", where=where))
        seen.add((start, end))
        alternatives.append(
            make(Alternative, start=start, end=end, quote=quote, orphaned=orphaned))
    return alternatives


def _offsets(
    start_attr: str, end_attr: str, where: Callable[[], str], path: Path
) -> tuple[int, int]:
    start, end = _int(start_attr), _int(end_attr)
    if end < start:
        raise FormatError(path, XML_REASON("end_before_start", where=where(), end=end, start=start))
    if end == start:
        raise FormatError(path, XML_REASON("empty_span", where=where(), start=start))
    return start, end


def _anchor(
    anchorer: Anchorer, start: int, end: int, quote: str, label: Callable[[], str],
    repairs: list[str],
) -> tuple[int, int, bool]:
    result = anchorer.anchor(start, end, quote)
    if result.orphaned:
        repairs.append(XML_REASON("orphaned", label=label(), quote=quoted(quote, 50)))
    elif result.moved:
        repairs.append(XML_REASON(
            "re_anchored", label=label(), start=start, end=end,
            new_start=result.start, new_end=result.end,
        ))
    return result.start, result.end, result.orphaned


# ------------------------------------------------------------------------- key


def _key_file(root: etree._Element, path: Path, repairs: list[str]) -> KeyFile:
    spans = [_key_span(s, None, None, path, repairs) for s in _children(root, "span")]
    return KeyFile(exercise=root.get("exercise"), text_sha256=root.get("text-sha256"), spans=spans)


# ------------------------------------------------------------------ submission


def _submission(root: etree._Element, path: Path, repairs: list[str]) -> Submission:
    """The submission, validated in one pydantic call.

    A class set is 100,000 annotations: a model call and a few attribute
    lookups from Python for each was most of the time to read it. The
    columns come from lxml in one XPath call each (the schema, checked
    before, guarantees one id, category, start, end and quote for every
    annotation, so the columns line up); labels for errors are made only
    for the error being raised.
    """
    ids, categories, starts, ends = (column(root) for column in _ANNOTATION_COLUMNS)
    quotes = [_text(q) for q in _ANNOTATION_QUOTES(root)]
    if _ANY_NOTE(root):
        notes = [_text(_quote_and_note(el)[1]) for el in root.iterchildren(_ANNOTATION_TAG)]
    else:
        notes = [None] * len(ids)
    if _ANY_FEATURE_VALUE(root):
        given = [read_given(el) for el in root.iterchildren(_ANNOTATION_TAG)]
    else:
        given = [{}] * len(ids)
    start_values, end_values = _offset_column(starts), _offset_column(ends)
    for number, (quote, start, end) in enumerate(
        zip(quotes, start_values, end_values, strict=True)
    ):
        if not quote or end <= start:
            if not quote:
                where = _annotation_where(root, number)
                raise FormatError(path, XML_REASON("empty_quote", where=where))
            # Raises, saying why; the label is looked up only then.
            _offsets(starts[number], ends[number], partial(_annotation_where, root, number), path)
    annotations = [
        {"id": span_id, "category": category, "start": start, "end": end, "quote": quote,
         "note": note, "features": features}
        for span_id, category, start, end, quote, note, features in zip(
            ids, categories, start_values, end_values, quotes, notes, given, strict=True
        )
    ]
    trainee_el = _child(root, "trainee")
    grade_el = _child(root, "grade")
    return Submission.model_validate({
        "exercise": root.get("exercise"),
        "exercise_version": root.get("exercise-version"),
        "text_sha256": root.get("text-sha256"),
        "trainee": None if trainee_el is None else {
            "id": trainee_el.get("id"), "name": trainee_el.get("name"),
        },
        "annotations": annotations,
        "attempts": [_attempt(el, path) for el in root.iterchildren(_q("attempt"))],
        "checks": [
            {"at": el.get("at"), "attempt": _int(el.get("attempt")),
             "key_sha256": el.get("key-sha256"), "unlocked": _bool(el.get("unlocked"), False)}
            for el in root.iterchildren(_q("check"))
        ],
        "grade": None if grade_el is None else _grade(grade_el),
        "saved_at": root.get("saved-at"),
        "app_version": root.get("app-version"),
    })


def _attempt(el: etree._Element, path: Path) -> dict:
    """One frozen attempt; its annotations follow the rules of the current ones."""
    annotations = []
    for a in el.iterchildren(_ANNOTATION_TAG):
        quote, note = _quote_and_note(a)
        where = XML_REASON("annotation_at", line=a.sourceline, id=a.get("id"))
        if not _text(quote):
            raise FormatError(path, XML_REASON("empty_quote", where=where))
        start, end = _offsets(a.get("start"), a.get("end"), lambda w=where: w, path)
        annotations.append({
            "id": a.get("id"), "category": a.get("category"), "start": start, "end": end,
            "quote": _text(quote), "note": _text(note), "features": read_given(a),
        })
    stated = el.get("annotations-sha256")
    if annotations_sha256(Annotation(**a) for a in annotations) != stated:
        raise FormatError(path, XML_REASON("attempt_hash", line=el.sourceline, n=el.get("n")))
    return {
        "n": _int(el.get("n")), "handed_in_at": el.get("handed-in-at"),
        "annotations_sha256": stated, "annotations": annotations,
    }


_NS = {"a": NAMESPACE}
_ANNOTATION_COLUMNS = tuple(
    etree.XPath(f"a:annotation/@{name}", namespaces=_NS, smart_strings=False)
    for name in ("id", "category", "start", "end")
)
_ANNOTATION_QUOTES = etree.XPath("a:annotation/a:quote", namespaces=_NS)
_ANY_NOTE = etree.XPath("boolean(a:annotation/a:note)", namespaces=_NS)
_ANY_FEATURE_VALUE = etree.XPath("boolean(a:annotation/a:feature-value)", namespaces=_NS)


def _offset_column(values: list[str]) -> list[int]:
    """Offsets the schema has checked, as integers: ``int`` on the whole column at once.

    Only a zero-padded offset longer than ``int()`` reads (4,300 digits)
    needs the careful :func:`_int`.
    """
    try:
        return list(map(int, values))
    except ValueError:
        return [_int(value) for value in values]


def _annotation_where(root: etree._Element, number: int) -> Message:
    el = root.findall(_q("annotation"))[number]
    return XML_REASON("annotation_at", line=el.sourceline, id=el.get("id"))


def _figures(el: etree._Element) -> dict[str, float]:
    return {name: float(el.get(name)) for name in ("precision", "recall", "f1")}


def _grade(el: etree._Element) -> Grade:
    outcomes = []
    for o in _children(el, "outcome"):
        overlap = o.get("overlap")
        outcomes.append(
            Outcome(
                key=o.get("key"),
                annotation=o.get("annotation"),
                verdict=o.get("verdict"),
                overlap=None if overlap is None else float(overlap),
                quote=_text(_child(o, "quote")),
                explanations=_by_language(_children(o, "explanation")),
                extent=None if o.get("extent") is None else _int(o.get("extent")),
                credited=_bool(o.get("credited"), False),
                features=read_feature_outcomes(o),
            )
        )
    before = el.get("score-before-decisions")
    return Grade(
        attempt=el.get("attempt"),
        scheme=el.get("scheme"),
        score=float(el.get("score")),
        pass_mark=float(el.get("pass")),
        passed=_bool(el.get("passed"), False),
        key_sha256=el.get("key-sha256"),
        total=Figures(**_figures(_child(el, "total"))),
        categories=[
            CategoryFigures(id=c.get("id"), **_figures(c)) for c in _children(el, "category")
        ],
        features=read_features_summary(el),
        outcomes=outcomes,
        score_before_decisions=None if before is None else float(before),
        decisions=[AppliedDecision(**_decision_fields(d)) for d in _children(el, "decision")],
    )


# ------------------------------------------------------------------ decisions


def _decision_fields(el: etree._Element) -> dict[str, str | None]:
    return {
        "kind": el.get("kind"), "key": el.get("key"), "annotation": el.get("annotation"),
        "by": el.get("by"), "at": el.get("at"), "comment": _text(_child(el, "comment")),
    }


def _decisions(root: etree._Element, path: Path, repairs: list[str]) -> DecisionsFile:
    """A decisions file (scoring.md §9); a decision missing its target names its line."""
    decisions = []
    for el in _children(root, "decision"):
        try:
            decisions.append(Decision(
                trainee=el.get("trainee"), annotations_sha256=el.get("annotations-sha256"),
                **_decision_fields(el),
            ))
        except ValidationError as exc:
            where = XML_REASON("decision_at", line=el.sourceline)
            raise FormatError(path, XML_REASON(
                "field_problem", where=where, problem=_pydantic_problem(exc)[1])) from None
    return DecisionsFile(exercise=root.get("exercise"), decisions=decisions)


# --------------------------------------------------------- binding to an article


def bind_submission(
    loaded: Loaded[Submission], exercise: Exercise
) -> list[str]:
    """Check a submission against its exercise and anchor its annotations.

    Returns notices (re-anchoring, orphans); raises FormatError when the
    submission belongs to another exercise or uses a category the exercise
    does not have. Orphaned annotations are kept and flagged.
    """
    submission, path = loaded.document, loaded.path
    if submission.exercise != exercise.id:
        raise FormatError(path, XML_REASON(
            "other_exercise",
            found=quoted(submission.exercise, 40), expected=quoted(exercise.id, 40),
        ))
    notices: list[str] = []
    anchorer = Anchorer(exercise.article.text, path)
    if submission.text_sha256 != exercise.article.sha256:
        notices.append(XML_REASON("submission_hash_differs"))
    known = set(exercise.tagset.ids())
    for annotation in submission.annotations:
        if annotation.category not in known:
            raise FormatError(path, XML_REASON(
                "unknown_category", where=XML_REASON("annotation", id=annotation.id),
                category=quoted(annotation.category, 40),
            ))
        if annotation.features:
            check_given(annotation, exercise.tagset,
                        later("annotation", id=annotation.id), path)
        if not annotation.orphaned and anchorer.in_place(
            annotation.start, annotation.end, annotation.quote
        ):
            continue  # nothing to place, and no label to make for a repair
        start, end, orphaned = _anchor(
            anchorer, annotation.start, annotation.end, annotation.quote,
            later("annotation", id=annotation.id), notices,
        )
        if (start, end, orphaned) != (annotation.start, annotation.end, annotation.orphaned):
            # Only when it moved: pydantic's __setattr__ costs more than the anchoring.
            annotation.start, annotation.end, annotation.orphaned = start, end, orphaned
    for attempt in submission.attempts:
        _bind_attempt(attempt, anchorer, known, path, notices)
    return notices


def _bind_attempt(attempt, anchorer: Anchorer, known: set[str], path: Path,
                  notices: list[str]) -> None:
    """An attempt's annotations, placed on the article like the current ones."""
    for annotation in attempt.annotations:
        label = later("attempt_annotation", n=attempt.n, id=annotation.id)
        if annotation.category not in known:
            raise FormatError(path, XML_REASON(
                "unknown_category", where=label(), category=quoted(annotation.category, 40),
            ))
        if anchorer.in_place(annotation.start, annotation.end, annotation.quote):
            continue
        start, end, orphaned = _anchor(
            anchorer, annotation.start, annotation.end, annotation.quote, label, notices,
        )
        annotation.start, annotation.end, annotation.orphaned = start, end, orphaned


def bind_key(loaded: Loaded[KeyFile], exercise: Exercise) -> list[KeySpan]:
    """Anchor a key file's spans on an exercise's article; repairs go to ``loaded.repairs``."""
    key, path = loaded.document, loaded.path
    if key.exercise != exercise.id:
        raise FormatError(path, XML_REASON(
            "key_other_exercise", found=quoted(key.exercise, 40), expected=quoted(exercise.id, 40)
        ))
    if key.text_sha256 != exercise.article.sha256:
        loaded.repairs.append(XML_REASON("key_hash_differs"))
    known = set(exercise.tagset.ids())
    anchorer = Anchorer(exercise.article.text, path)
    spans = []
    for span in key.spans:
        if span.category not in known:
            raise FormatError(path, XML_REASON(
                "unknown_category", where=XML_REASON("key_span", id=span.id),
                category=quoted(span.category, 40),
            ))
        check_accepted(span, exercise.tagset, later("key_span", id=span.id), path)
        start, end, orphaned = _anchor(
            anchorer, span.start, span.end, span.quote, later("key_span", id=span.id),
            loaded.repairs,
        )
        alternatives = [
            alternative.model_copy(update=dict(zip(("start", "end", "orphaned"), _anchor(
                anchorer, alternative.start, alternative.end, alternative.quote,
                later("alternative", id=span.id, n=number), loaded.repairs,
            ), strict=True)))
            for number, alternative in enumerate(span.alternatives, start=1)
        ]
        spans.append(span.model_copy(update={
            "start": start, "end": end, "orphaned": orphaned, "alternatives": alternatives,
        }))
    return spans
