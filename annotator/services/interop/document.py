"""What every export format writes: one text and the spans on it, whatever file they came from.

An exercise gives its key (explanations as notes); a submission gives its
annotations (notes as notes), with each one's verdict when it was graded.
The three writers (W3C, XMI, brat) read only this, so a span's category,
note and verdict mean the same in every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from annotator.core.model import Exercise, Feature, Grade, Submission

# A key span's verdict, said of the annotation paired with it (formats.md).
_PAIRED_VERDICT = {"found": "correct"}


@dataclass(frozen=True)
class ExportSpan:
    """One span: code-point offsets into the canonical text, as everywhere in the program."""

    id: str
    category: str
    start: int
    end: int
    quote: str
    note: str | None = None
    verdict: str | None = None
    # (feature id, value) pairs (scoring.md §10): the trainee's answers, or every answer
    # the expert accepts (one pair each) for a key span
    features: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ExportDocument:
    """One text and its spans, named for the files it becomes (``NAME.jsonld``, ...)."""

    name: str
    kind: str  # "key" or "submission"
    exercise_id: str
    title: str
    language: str
    text: str
    text_sha256: str
    categories: tuple[str, ...]
    spans: tuple[ExportSpan, ...] = ()
    creator: str | None = None  # the trainee's name (or id) for a submission
    creator_id: str | None = None
    graded: bool = False
    source_url: str | None = None
    features: tuple[Feature, ...] = ()  # the questions the tagset asks, in its order

    @cached_property
    def _choice_ids(self) -> frozenset[str]:
        return frozenset(f.id for f in self.features if f.kind == "choice")

    def is_choice(self, feature_id: str) -> bool:
        """Whether answers to this question are choices (brat attributes, W3C ``classifying``).

        A key span's accepted answers always are; a trainee's free-text answer
        (where they checked) is not.
        """
        return self.kind == "key" or feature_id in self._choice_ids


def key_document(exercise: Exercise, name: str) -> ExportDocument:
    """An exercise's key (none for a student copy: the text alone, to annotate elsewhere)."""
    spans = tuple(
        ExportSpan(
            id=span.id, category=span.category, start=span.start, end=span.end,
            quote=span.quote, note=span.explanation(exercise.language) or None,
            features=tuple((f, v) for f, values in span.accepted.items() for v in values),
        )
        for span in sorted(exercise.key or [], key=lambda s: (s.start, s.end, s.id))
    )
    return ExportDocument(
        name=name, kind="key", exercise_id=exercise.id, title=exercise.title,
        language=exercise.language, text=exercise.article.text,
        text_sha256=exercise.article.sha256, categories=tuple(exercise.tagset.ids()),
        spans=spans, source_url=exercise.source.url if exercise.source else None,
        features=tagset_features(exercise),
    )


def submission_document(submission: Submission, exercise: Exercise, name: str) -> ExportDocument:
    """A trainee's annotations on the exercise's text, with verdicts when graded."""
    verdicts = annotation_verdicts(submission.grade) if submission.grade else {}
    spans = tuple(
        ExportSpan(
            id=a.id, category=a.category, start=a.start, end=a.end, quote=a.quote,
            note=a.note or None, verdict=verdicts.get(a.id),
            features=tuple(a.features.items()),
        )
        for a in sorted(submission.annotations, key=lambda s: (s.start, s.end, s.id))
    )
    trainee = submission.trainee
    return ExportDocument(
        name=name, kind="submission", exercise_id=exercise.id, title=exercise.title,
        language=exercise.language, text=exercise.article.text,
        text_sha256=exercise.article.sha256, categories=tuple(exercise.tagset.ids()),
        spans=spans,
        creator=(trainee.name or trainee.id) if trainee else None,
        creator_id=trainee.id if trainee else None,
        graded=submission.grade is not None,
        source_url=exercise.source.url if exercise.source else None,
        features=tagset_features(exercise),
    )


def tagset_features(exercise: Exercise) -> tuple[Feature, ...]:
    """Every question the exercise's categories ask (brat and XMI declare them up front)."""
    return tuple(f for c in exercise.tagset.categories for f in c.features)


def annotation_verdicts(grade: Grade) -> dict[str, str]:
    """Each graded annotation's verdict: its own outcome, or its key span's said of it."""
    verdicts: dict[str, str] = {}
    for outcome in grade.outcomes:
        if outcome.annotation is None:
            continue
        if outcome.key is not None:
            verdicts[outcome.annotation] = _PAIRED_VERDICT.get(outcome.verdict, outcome.verdict)
        else:
            verdicts.setdefault(outcome.annotation, outcome.verdict)
    return verdicts
