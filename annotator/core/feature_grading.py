"""Features judged on the pairs the grader made (scoring.md §10).

The span grade says where the trainee looked; features say how they judged
what they found (is the source named, official, anonymous? is the claim
checkable?). This module runs after pairing and after instructor decisions:
it reads the key outcomes (a verdict and the annotation paired with each key
item) and never changes them. Only ``choice`` features are graded; ``text``
features (where the trainee checked) are shown, never scored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from annotator.core.model import Annotation, FeatureOutcome, FeaturesSummary, KeySpan

GRADED_PAIRS = ("found", "partial")  # same-category pairs of §3.1
FEATURE_VERDICTS = ("correct", "wrong", "missing")
TOTAL = "total"


@dataclass(frozen=True, slots=True)
class FeatureVerdict:
    """One choice feature judged on one pair; ``given`` is None when left empty."""

    feature: str
    given: str | None
    accepted: tuple[str, ...]
    verdict: str


@dataclass(frozen=True, slots=True)
class FeatureTally:
    """How many (pair, feature) cases were correct, wrong and missing."""

    correct: int = 0
    wrong: int = 0
    missing: int = 0

    @property
    def graded(self) -> int:
        return self.correct + self.wrong + self.missing

    @property
    def accuracy(self) -> float | None:
        """correct / graded; None when nothing was graded (never 0 by convention)."""
        return self.correct / self.graded if self.graded else None

    def plus(self, verdict: str) -> FeatureTally:
        counts = {name: getattr(self, name) for name in FEATURE_VERDICTS}
        counts[verdict] += 1
        return FeatureTally(**counts)


@dataclass(frozen=True)
class FeatureGrades:
    """Everything features add to a grade: the weight, the tallies and each pair's verdicts.

    ``by_feature`` names every choice feature of the exercise, in tagset
    order, graded or not; ``verdicts`` maps a key item's id to its verdicts.
    """

    weight: float
    by_feature: dict[str, FeatureTally]
    total: FeatureTally
    verdicts: dict[str, list[FeatureVerdict]] = field(default_factory=dict)

    @property
    def accuracy(self) -> float | None:
        return self.total.accuracy

    def counted(self) -> bool:
        """Whether features moved the score: a weight, and something graded."""
        return self.weight > 0 and self.total.graded > 0

    def summary(self) -> FeaturesSummary:
        return FeaturesSummary(accuracy=self.accuracy, weight=self.weight)


def check_weight(weight: float) -> float:
    """w must lie in [0, 1] (scoring.md §10); anything else is refused, never clamped."""
    weight = float(weight)
    if not 0.0 <= weight <= 1.0:  # also refuses NaN
        raise ValueError(f"features weight must be between 0 and 1, not {weight:g}")
    return weight


def judge_features(
    key_outcomes: Iterable,
    values_of: Mapping[str, Annotation],
    choice_features: Sequence[str],
    weight: float,
) -> FeatureGrades:
    """Judge every choice feature the key item gives values for, on every graded pair.

    ``key_outcomes`` are the grader's (``verdict``, ``span`` the key span,
    ``annotation`` the paired trainee span, if any); ``values_of`` maps a
    counted annotation's id to the annotation whose values count (the first
    in file order of identical duplicates). ``choice_features`` are the
    exercise's, in tagset order; a key file has no tagset, so features the
    key names and that list lacks are added in the order met.
    """
    order = list(dict.fromkeys(choice_features))
    tallies = {feature: FeatureTally() for feature in order}
    total = FeatureTally()
    verdicts: dict[str, list[FeatureVerdict]] = {}
    for outcome in key_outcomes:
        key: KeySpan = outcome.span
        if outcome.verdict not in GRADED_PAIRS or outcome.annotation is None or not key.accepted:
            continue
        trainee = values_of.get(outcome.annotation.id, outcome.annotation.source)
        judged = []
        for feature in _features_of(key, order):
            if feature not in tallies:
                order.append(feature)
                tallies[feature] = FeatureTally()
            verdict = judge_one(feature, key.accepted[feature], trainee.features.get(feature))
            judged.append(verdict)
            tallies[feature] = tallies[feature].plus(verdict.verdict)
            total = total.plus(verdict.verdict)
        verdicts[key.id] = judged
    return FeatureGrades(weight, {f: tallies[f] for f in order}, total, verdicts)


def judge_one(feature: str, accepted: Sequence[str], given: str | None) -> FeatureVerdict:
    """correct when the value is one the expert accepts, wrong when another, missing when none."""
    if not given:
        verdict = "missing"
        given = None
    else:
        verdict = "correct" if given in accepted else "wrong"
    return FeatureVerdict(feature, given, tuple(accepted), verdict)


def _features_of(key: KeySpan, order: Sequence[str]) -> list[str]:
    """The features a key item gives values for: tagset order, then the key's own."""
    named = [f for f in order if key.accepted.get(f)]
    return named + [f for f, values in key.accepted.items() if values and f not in named]


def combined_score(f1: float, features: FeatureGrades) -> float:
    """100 × ((1 − w) × F1 + w × accuracy); §5's 100 × F1 when w = 0 or nothing was graded."""
    accuracy = features.accuracy
    if features.weight == 0 or accuracy is None:
        return 100.0 * f1
    return 100.0 * ((1.0 - features.weight) * f1 + features.weight * accuracy)


def values_by_counted_copy(
    annotations: Sequence[Annotation], duplicates: Iterable[tuple[str, str]]
) -> dict[str, Annotation]:
    """For each counted annotation, the annotation whose values count.

    §10: of identical duplicates the first in file order counts, with its
    values. ``duplicates`` are (duplicate id, counted id) pairs.
    """
    position = {a.id: i for i, a in enumerate(annotations)}
    by_id = {a.id: a for a in annotations}
    chosen: dict[str, Annotation] = {}
    for duplicate, counted in duplicates:
        current = chosen.get(counted, by_id[counted])
        if position[duplicate] < position[current.id]:
            chosen[counted] = by_id[duplicate]
        else:
            chosen[counted] = current
    return chosen


def feature_outcomes(verdicts: Sequence[FeatureVerdict]) -> list[FeatureOutcome]:
    """The ``<feature-outcome>`` elements of one ``<outcome>``."""
    return [
        FeatureOutcome(feature=v.feature, given=v.given, verdict=v.verdict,
                       accepted=list(v.accepted))
        for v in verdicts
    ]
