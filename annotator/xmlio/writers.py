"""Writers: models to XML bytes exactly as formats.md, and atomic saving.

The program always writes offsets and the article hash, validates what it is
about to write against the XSD (a bug must never produce a file the next
reader refuses), and saves atomically.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lxml import etree

from annotator.core.limits import over_limit, too_big
from annotator.core.model import (
    Annotation,
    AppliedDecision,
    Decision,
    DecisionsFile,
    Exercise,
    Figures,
    Grade,
    KeyFile,
    KeySpan,
    Submission,
)
from annotator.xmlio import FORMAT_VERSION, schema
from annotator.xmlio.atomic import SaveError, atomic_write
from annotator.xmlio.course import add_course_metadata
from annotator.xmlio.elements import XML_LANG
from annotator.xmlio.elements import element as _el
from annotator.xmlio.elements import lang_texts as _lang_texts
from annotator.xmlio.feature_io import (
    write_accepted,
    write_feature_outcomes,
    write_features,
    write_features_summary,
    write_given,
)
from annotator.xmlio.save_reasons import SAVE_REASON


def decimal_text(value: float) -> str:
    """Full-precision decimal notation (xs:decimal has no exponent): 1e-05 -> 0.00001."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    if text.endswith(".0"):
        text = text[:-2]
    return text


def _bool_text(value: bool) -> str:
    return "true" if value else "false"


def _key_span(parent: etree._Element, span: KeySpan) -> None:
    el = _el(
        parent, "span",
        id=span.id, category=span.category, start=str(span.start), end=str(span.end),
        required=_bool_text(span.required),
    )
    _el(el, "quote", span.quote)
    for alternative in span.alternatives:  # scoring.md §8, after the quote
        alt = _el(el, "alt", start=str(alternative.start), end=str(alternative.end))
        _el(alt, "quote", alternative.quote)
    write_accepted(el, span)
    _lang_texts(el, "explanation", span.explanations)


def exercise_element(exercise: Exercise) -> etree._Element:
    root = _el(None, "exercise", format=FORMAT_VERSION, id=exercise.id, version=exercise.version)
    root.set(XML_LANG, exercise.language)
    _el(root, "title", exercise.title)
    if exercise.instructions is not None:
        _el(root, "instructions", exercise.instructions)
    if exercise.source is not None:
        _el(root, "source", **exercise.source.model_dump())
    add_course_metadata(root, exercise)
    tagset = _el(root, "tagset")
    for category in exercise.tagset.categories:
        c = _el(
            tagset, "category", id=category.id, color=category.color, shortcut=category.shortcut
        )
        _lang_texts(c, "label", category.labels)
        _lang_texts(c, "description", category.descriptions)
        write_features(c, category)
    article = _el(root, "article", text_sha256=exercise.article.sha256)
    for block in exercise.article.blocks:
        _el(article, "block", block.text, kind=block.kind)
    check = exercise.grading.check
    _el(
        root, "grading",
        scheme=exercise.grading.scheme, pass_=decimal_text(exercise.grading.pass_mark),
        check=None if check == "anytime" else check,  # the default stays unwritten
        features_weight=decimal_text(exercise.grading.features_weight)
        if exercise.grading.features_weight else None,
    )
    if exercise.sealing_code is not None:
        _el(root, "sealing", code=exercise.sealing_code)
    if exercise.key is not None:
        key = _el(root, "key")
        for span in exercise.key:
            _key_span(key, span)
    elif exercise.sealed_key is not None:
        sealed = exercise.sealed_key
        _el(
            root, "sealed-key", sealed.ciphertext,
            cipher=sealed.cipher, kdf=sealed.kdf,
            n=str(sealed.n), r=str(sealed.r), p=str(sealed.p),
            salt=sealed.salt, nonce=sealed.nonce, key_sha256=sealed.key_sha256,
        )
    return root


def key_element(key: KeyFile) -> etree._Element:
    root = _el(
        None, "key", format=FORMAT_VERSION, exercise=key.exercise, text_sha256=key.text_sha256
    )
    for span in key.spans:
        _key_span(root, span)
    return root


def _figures(parent: etree._Element, name: str, figures: Figures, **extra) -> None:
    _el(
        parent, name, **extra,
        precision=decimal_text(figures.precision),
        recall=decimal_text(figures.recall),
        f1=decimal_text(figures.f1),
    )


def grade_element(parent: etree._Element, grade: Grade) -> etree._Element:
    el = _el(
        parent, "grade",
        scheme=grade.scheme, score=decimal_text(grade.score), pass_=decimal_text(grade.pass_mark),
        passed=_bool_text(grade.passed), key_sha256=grade.key_sha256, attempt=grade.attempt,
    )
    _figures(el, "total", grade.total)
    for category in grade.categories:
        _figures(el, "category", category, id=category.id)
    write_features_summary(el, grade, decimal_text)
    for outcome in grade.outcomes:
        o = _el(
            el, "outcome",
            key=outcome.key, annotation=outcome.annotation, verdict=outcome.verdict,
            overlap=None if outcome.overlap is None else decimal_text(outcome.overlap),
            extent=str(outcome.extent) if outcome.extent else None,
            credited="true" if outcome.credited else None,
        )
        if outcome.quote is not None:
            _el(o, "quote", outcome.quote)
        _lang_texts(o, "explanation", outcome.explanations)
        write_feature_outcomes(o, outcome)
    for decision in grade.decisions:
        decision_element(el, decision)
    if grade.score_before_decisions is not None:
        el.set("score-before-decisions", decimal_text(grade.score_before_decisions))
    return el


def _annotations(parent: etree._Element, annotations: list[Annotation]) -> None:
    for a in annotations:
        el = _el(
            parent, "annotation",
            id=a.id, category=a.category, start=str(a.start), end=str(a.end),
        )
        _el(el, "quote", a.quote)
        if a.features:
            write_given(el, a)
        if a.note is not None:
            _el(el, "note", a.note)


def decision_element(parent: etree._Element, decision: AppliedDecision) -> etree._Element:
    """A ``<decision>`` (scoring.md §9): in a decisions file with its trainee, or in a grade."""
    extra = {}
    if isinstance(decision, Decision):
        extra = {"trainee": decision.trainee,
                 "annotations_sha256": decision.annotations_sha256}
    el = _el(
        parent, "decision", kind=decision.kind, **extra, key=decision.key,
        annotation=decision.annotation, by=decision.by, at=decision.at,
    )
    if decision.comment is not None:
        _el(el, "comment", decision.comment)
    return el


def decisions_element(decisions: DecisionsFile) -> etree._Element:
    root = _el(None, "decisions", format=FORMAT_VERSION, exercise=decisions.exercise)
    for decision in decisions.decisions:
        decision_element(root, decision)
    return root


def submission_element(submission: Submission) -> etree._Element:
    root = _el(
        None, "submission",
        format=FORMAT_VERSION, exercise=submission.exercise,
        exercise_version=submission.exercise_version, text_sha256=submission.text_sha256,
        saved_at=submission.saved_at, app_version=submission.app_version,
    )
    if submission.trainee is not None:
        _el(root, "trainee", id=submission.trainee.id, name=submission.trainee.name)
    _annotations(root, submission.annotations)
    for attempt in submission.attempts:
        el = _el(
            root, "attempt", n=str(attempt.n), handed_in_at=attempt.handed_in_at,
            annotations_sha256=attempt.annotations_sha256,
        )
        _annotations(el, attempt.annotations)
    for check in submission.checks:
        _el(
            root, "check", at=check.at, attempt=str(check.attempt), key_sha256=check.key_sha256,
            unlocked="true" if check.unlocked else None,
        )
    if submission.grade is not None:
        grade_element(root, submission.grade)
    return root


_BUILDERS = {
    Exercise: exercise_element, KeyFile: key_element, Submission: submission_element,
    DecisionsFile: decisions_element,
}


def to_bytes(document: Exercise | KeyFile | Submission | DecisionsFile) -> bytes:
    """Serialise a document; refuse (ValueError) to produce one that breaks the schema.

    A length limit is checked first so that the reason names the highlight
    or field in plain words; the size caps last, since a file the safe
    reader refuses must never be written.
    """
    problem = over_limit(document)
    if problem is not None:
        raise ValueError(problem)
    root = _BUILDERS[type(document)](document)
    if not schema.is_valid(root):
        error = schema._schema().error_log.filter_from_errors()[0]
        raise ValueError(SAVE_REASON("invalid_document", detail=error.message))
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    problem = too_big(data)
    if problem is not None:
        raise ValueError(problem)
    return data


def save(document: Exercise | KeyFile | Submission | DecisionsFile, path: str | Path) -> bytes:
    """Serialise and save atomically; returns the bytes written. Raises SaveError.

    A document the format cannot hold raises a SaveError with
    ``in_document`` set: another folder would not help, changing the work would.
    """
    try:
        data = to_bytes(document)
    except ValueError as exc:
        raise SaveError(path, exc.args[0] if exc.args else str(exc), in_document=True) from None
    atomic_write(path, data)
    return data
