"""Plain data models of exercises, keys, submissions and grades.

These mirror the XML formats of ``formats.md`` one to one, so that a file
read and written again is the same file. They are pydantic models: the
constraints that do not need the article text (ids, colours, kinds,
non-negative offsets) are checked when a model is built; those that need the
text (quotes, ranges) live in :mod:`annotator.core.spans` and the readers.
"""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from annotator.core.labels import in_language_or_any
from annotator.core.model_reasons import MODEL_REASON
from annotator.core.text import block_text_problem, canonical_text, text_sha256

NCNAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_.\-]*$"
COLOR_PATTERN = r"^#[0-9a-fA-F]{6}$"

BlockKind = Literal[
    "headline",
    "standfirst",
    "byline",
    "dateline",
    "subheading",
    "paragraph",
    "list-item",
    "quote",
    "caption",
    "credit",
]
BLOCK_KINDS: tuple[str, ...] = BlockKind.__args__  # type: ignore[attr-defined]

Scheme = Literal["partial", "strict", "lenient"]
SCHEMES: tuple[str, ...] = Scheme.__args__  # type: ignore[attr-defined]

# attempts.md: when a trainee may compare with the key.
CheckPolicy = Literal["anytime", "after-hand-in"]
CHECK_POLICIES: tuple[str, ...] = CheckPolicy.__args__  # type: ignore[attr-defined]

KeyVerdict = Literal["found", "partial", "wrong-category", "missed"]
AnnotationVerdict = Literal["correct", "partial", "wrong-category", "extra", "optional"]

DEFAULT_PASS_MARK = 60.0

FeatureKind = Literal["choice", "text"]
RESERVED_FEATURE_ID = "total"  # the name of the sum in every output


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False, defer_build=True)


class _Labelled(_Model):
    """Something with an id and a label and description per language."""

    id: str = Field(pattern=NCNAME_PATTERN)
    labels: dict[str, str] = Field(default_factory=dict)  # language -> label
    descriptions: dict[str, str] = Field(default_factory=dict)  # language -> description

    def label(self, language: str) -> str:
        """The label in the language asked for, else any label, else the id."""
        return in_language_or_any(self.labels, language, self.id)

    def description(self, language: str) -> str:
        return in_language_or_any(self.descriptions, language)


class FeatureValue(_Labelled):
    """One value a ``choice`` feature offers (scoring.md §10)."""


class Feature(_Labelled):
    """A question asked of every highlight of a category (scoring.md §10).

    ``choice``: one of ``values``, graded against the key's accepted values;
    ``text``: free text (where the trainee checked), never graded.
    ``required`` only reminds the trainee at hand-in.
    """

    kind: FeatureKind = "choice"
    required: bool = False
    values: list[FeatureValue] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Feature:
        ids = [v.id for v in self.values]
        if len(set(ids)) != len(ids):
            raise ValueError(MODEL_REASON(
                "duplicate_value", feature=repr(self.id), id=repr(_first_duplicate(ids))
            ))
        if self.kind == "text" and self.values:
            raise ValueError(MODEL_REASON("text_feature_values", feature=repr(self.id)))
        return self

    def value(self, value_id: str) -> FeatureValue | None:
        return next((v for v in self.values if v.id == value_id), None)

    def value_ids(self) -> list[str]:
        return [v.id for v in self.values]


class Category(_Labelled):
    """One highlight category of an exercise's tagset."""

    color: str = Field(pattern=COLOR_PATTERN)
    shortcut: str | None = Field(default=None, min_length=1, max_length=1)
    features: list[Feature] = Field(default_factory=list)

    def feature(self, feature_id: str) -> Feature | None:
        return next((f for f in self.features if f.id == feature_id), None)


class Tagset(_Model):
    categories: list[Category] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Tagset:
        ids = [c.id for c in self.categories]
        if len(set(ids)) != len(ids):
            raise ValueError(MODEL_REASON("duplicate_category", id=repr(_first_duplicate(ids))))
        keys = [c.shortcut for c in self.categories if c.shortcut]
        if len(set(keys)) != len(keys):
            raise ValueError(
                MODEL_REASON("duplicate_shortcut", key=repr(_first_duplicate(keys)))
            )
        features = [f.id for c in self.categories for f in c.features]
        if len(set(features)) != len(features):
            raise ValueError(
                MODEL_REASON("duplicate_feature", id=repr(_first_duplicate(features)))
            )
        if RESERVED_FEATURE_ID in features:
            raise ValueError(MODEL_REASON("reserved_feature", id=repr(RESERVED_FEATURE_ID)))
        return self

    def choice_features(self) -> list[Feature]:
        """Every graded feature, in tagset order (the order of every output)."""
        return [f for c in self.categories for f in c.features if f.kind == "choice"]

    def ids(self) -> list[str]:
        return [c.id for c in self.categories]

    def get(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)


class Block(_Model):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: BlockKind
    text: str

    @field_validator("text")
    @classmethod
    def _valid_text(cls, value: str) -> str:
        problem = block_text_problem(value)
        if problem:
            raise ValueError(problem)
        return value


class Article(_Model):
    """A flat list of blocks; its canonical text is what offsets count into."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    blocks: list[Block] = Field(min_length=1)

    @cached_property
    def text(self) -> str:
        return canonical_text(b.text for b in self.blocks)

    @cached_property
    def sha256(self) -> str:
        return text_sha256(self.text)


class Source(_Model):
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    licence: str | None = None  # what the text may be used for, and where it comes from


class GradingSettings(_Model):
    scheme: Scheme = "partial"
    pass_mark: float = Field(default=DEFAULT_PASS_MARK, ge=0, le=100)
    check: CheckPolicy = "anytime"
    features_weight: float = Field(default=0.0, ge=0, le=1)  # w of scoring.md §10


class Span(_Model):
    """A highlighted passage: code-point offsets into the canonical text.

    ``orphaned`` marks a span whose quote could not be found in the text on
    load; it is kept (never dropped) with the offsets it came with, so that a
    later edit of the article or a human can place it again.
    """

    id: str = Field(pattern=NCNAME_PATTERN)
    category: str = Field(pattern=NCNAME_PATTERN)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    orphaned: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span {self.id}: end {self.end} before start {self.start}")
        return self


class Alternative(_Model):
    """Another extent of a key span, equally right (scoring.md §8); same category as its span.

    ``orphaned`` as for a span: its quote could not be placed in the text.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    orphaned: bool = False


class KeySpan(Span):
    required: bool = True
    alternatives: list[Alternative] = Field(default_factory=list)  # file order: extent 1, 2, …
    explanations: dict[str, str] = Field(default_factory=dict)  # language -> text
    # feature id -> the values the expert accepts, in file order (scoring.md §10)
    accepted: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("alternatives")
    @classmethod
    def _distinct_extents(cls, alternatives: list[Alternative], info) -> list[Alternative]:
        """No alternative repeats its span or another alternative (only checked when given)."""
        seen = {(info.data.get("start"), info.data.get("end"))}
        for alternative in alternatives:
            place = (alternative.start, alternative.end)
            if place in seen:
                raise ValueError(MODEL_REASON("alternative_repeats", id=info.data.get("id")))
            seen.add(place)
        return alternatives

    def explanation(self, language: str) -> str:
        return in_language_or_any(self.explanations, language)


class Annotation(Span):
    note: str | None = None
    # feature id -> the trainee's value: a value id, or the text of a text feature
    features: dict[str, str] = Field(default_factory=dict)


class Trainee(_Model):
    id: str | None = None
    name: str | None = None


class Figures(_Model):
    precision: float
    recall: float
    f1: float


class CategoryFigures(Figures):
    id: str


class FeatureOutcome(_Model):
    """One feature judged on a pair: ``given`` is None when the trainee chose nothing."""

    feature: str
    given: str | None = None
    verdict: Literal["correct", "wrong", "missing"]
    accepted: list[str] = Field(default_factory=list)


class FeaturesSummary(_Model):
    """``<features>`` of a grade: the accuracy (None: nothing graded) and the weight."""

    accuracy: float | None = None
    weight: float = 0.0


class Outcome(_Model):
    """One verdict of a grade: for a key span, or for an unpaired annotation."""

    key: str | None = None
    annotation: str | None = None
    verdict: str
    overlap: float | None = None
    quote: str | None = None
    explanations: dict[str, str] = Field(default_factory=dict)
    extent: int | None = None  # the matched extent (scoring.md §8): 0 main, n the n-th alternative
    credited: bool = False  # a full-credit decision counted this pair as found (§9)
    features: list[FeatureOutcome] = Field(default_factory=list)  # §10


DecisionKind = Literal["accept", "excuse", "full-credit", "comment"]
DECISION_KINDS: tuple[str, ...] = DecisionKind.__args__  # type: ignore[attr-defined]


class AppliedDecision(_Model):
    """An instructor's decision as a graded file records it (``<decision>`` in ``<grade>``)."""

    kind: DecisionKind
    key: str | None = Field(default=None, pattern=NCNAME_PATTERN)
    annotation: str | None = Field(default=None, pattern=NCNAME_PATTERN)
    by: str
    at: str
    comment: str | None = None

    @model_validator(mode="after")
    def _has_its_targets(self) -> AppliedDecision:
        needs = {"accept": ("annotation",), "excuse": ("key",),
                 "full-credit": ("key", "annotation")}.get(self.kind, ())
        for name in needs:
            if getattr(self, name) is None:
                raise ValueError(MODEL_REASON(
                    "decision_target", kind=self.kind, target=MODEL_REASON(f"target_{name}")
                ))
        if self.kind == "accept" and self.key is not None:
            raise ValueError(MODEL_REASON(
                "decision_extra_target", kind=self.kind, target=MODEL_REASON("target_key")
            ))
        if self.kind == "excuse" and self.annotation is not None:
            raise ValueError(
                MODEL_REASON(
                    "decision_extra_target", kind=self.kind,
                    target=MODEL_REASON("target_annotation"),
                )
            )
        return self

    def target(self) -> tuple[str | None, str | None]:
        """What it is about: (key item, annotation), either may be None."""
        return (self.key, self.annotation)


class Decision(AppliedDecision):
    """One entry of a decisions file (scoring.md §9): for whom, on which annotations."""

    trainee: str
    annotations_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")

    def applied(self) -> AppliedDecision:
        return AppliedDecision(**self.model_dump(exclude={"trainee", "annotations_sha256"}))


class DecisionsFile(_Model):
    """``NAME.decisions.xml``: one class's decisions on one exercise, in file order."""

    exercise: str = Field(pattern=NCNAME_PATTERN)
    decisions: list[Decision] = Field(default_factory=list)


class Grade(_Model):
    scheme: Scheme
    attempt: Literal["first", "last", "current"] | None = None  # what was graded
    score: float
    pass_mark: float
    passed: bool
    key_sha256: str
    total: Figures
    categories: list[CategoryFigures] = Field(default_factory=list)
    features: FeaturesSummary | None = None
    outcomes: list[Outcome] = Field(default_factory=list)
    score_before_decisions: float | None = None  # only when decisions were applied (§9)
    decisions: list[AppliedDecision] = Field(default_factory=list)


class Skill(_Model):
    """A skill an exercise practises: an id, with labels to show it by."""

    id: str = Field(pattern=NCNAME_PATTERN)
    labels: dict[str, str] = Field(default_factory=dict)  # language -> label

    def label(self, language: str) -> str:
        return in_language_or_any(self.labels, language, self.id)


class CourseInfo(_Model):
    """Where an exercise sits in a course: what the library lists beside its title.

    Every field is optional: an exercise without it is still an exercise.
    ``pairs_with`` names another exercise on the same event, told by another
    outlet, for a comparison in class.
    """

    level: int | None = Field(default=None, ge=1, le=3)
    minutes: int | None = Field(default=None, ge=1, le=600)
    pairs_with: str | None = Field(default=None, pattern=NCNAME_PATTERN)
    skills: list[Skill] = Field(default_factory=list)


class InstructorNotes(_Model):
    """The teacher's kit of an exercise, per language; never in a student copy.

    Background facts may give the key away (the true date of a treaty), so
    they travel with the key and leave with it.
    """

    goals: dict[str, list[str]] = Field(default_factory=dict)  # language -> paragraphs
    background: dict[str, list[str]] = Field(default_factory=dict)  # language -> facts
    prompts: dict[str, list[str]] = Field(default_factory=dict)  # language -> discussion prompts
    time_plan: dict[str, list[str]] = Field(default_factory=dict)  # language -> steps

    def in_language(self, field: str, language: str) -> list[str]:
        """One field's items in ``language``, else in the first language it has."""
        items: dict[str, list[str]] = getattr(self, field)
        return items.get(language) or next(iter(items.values()), [])


class SealedKey(_Model):
    """A key encrypted with a release code (attempts.md, "Sealed key"); all fields as stored.

    ``salt``, ``nonce`` and ``ciphertext`` are base64 text, exactly as in the file.
    """

    cipher: Literal["AES-256-GCM"] = "AES-256-GCM"
    kdf: Literal["scrypt"] = "scrypt"
    n: int = Field(gt=1)
    r: int = Field(ge=1)
    p: int = Field(ge=1)
    salt: str
    nonce: str
    key_sha256: str
    ciphertext: str


class Exercise(_Model):
    id: str = Field(pattern=NCNAME_PATTERN)
    version: str = "1"
    language: str = "es"
    title: str
    instructions: str | None = None
    source: Source | None = None
    course: CourseInfo | None = None
    notes: InstructorNotes | None = None  # None in a student copy
    tagset: Tagset
    article: Article
    grading: GradingSettings = Field(default_factory=GradingSettings)
    key: list[KeySpan] | None = None  # None: a student copy without a key
    sealed_key: SealedKey | None = None  # a sealed student copy's key (attempts.md)
    sealing_code: str | None = None  # the instructor's copy keeps the release code

    @model_validator(mode="after")
    def _one_key(self) -> Exercise:
        if self.key is not None and self.sealed_key is not None:
            raise ValueError(MODEL_REASON("key_and_sealed_key"))
        return self

    def student_copy(self) -> Exercise:
        """The exercise as handed out to trainees: everything but the key, its code and the
        notes."""
        return self.model_copy(update={"key": None, "notes": None, "sealing_code": None})


class KeyFile(_Model):
    """A key on its own (``NAME.key.xml``): the spans and what they were made on."""

    exercise: str = Field(pattern=NCNAME_PATTERN)
    text_sha256: str
    spans: list[KeySpan] = Field(default_factory=list)


class Attempt(_Model):
    """Annotations frozen by Hand in (attempts.md): read-only history, numbered from 1."""

    n: int = Field(ge=1)
    handed_in_at: str
    annotations_sha256: str
    annotations: list[Annotation] = Field(default_factory=list)


class Check(_Model):
    """One look at the comparison: when, after which attempt (0: none), with which key."""

    at: str
    attempt: int = Field(ge=0)
    key_sha256: str
    unlocked: bool = False


class Submission(_Model):
    exercise: str = Field(pattern=NCNAME_PATTERN)
    exercise_version: str | None = None
    text_sha256: str
    trainee: Trainee | None = None
    annotations: list[Annotation] = Field(default_factory=list)
    attempts: list[Attempt] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    grade: Grade | None = None
    saved_at: str | None = None
    app_version: str | None = None

    @model_validator(mode="after")
    def _history_in_order(self) -> Submission:
        """Attempts count 1, 2, 3… without gaps; a check names an attempt that exists."""
        for expected, attempt in enumerate(self.attempts, start=1):
            if attempt.n != expected:
                raise ValueError(MODEL_REASON("attempt_gap", n=attempt.n, expected=expected))
        for check in self.checks:
            if check.attempt > len(self.attempts):
                raise ValueError(MODEL_REASON(
                    "check_past_attempts", attempt=check.attempt, last=len(self.attempts)
                ))
        return self


def _first_duplicate(values: list[str]) -> str:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            return value
        seen.add(value)
    return ""
