"""Features in the grader's outputs (scoring.md §10): JSON pieces and the class's judgements.

``annotator grade --json`` writes the ``features`` block and each key
verdict's ``feature_verdicts`` from here; the class overview and the
reports take from here how the class judged each key item's features
("how many trainees chose each value").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from annotator.core.feature_grading import TOTAL, FeatureGrades, FeatureTally, FeatureVerdict
from annotator.core.grading import GradeResult
from annotator.core.model import Feature, KeySpan, Tagset

# ---------------------------------------------------------------------- JSON


def _tally(tally: FeatureTally) -> dict:
    return {"correct": tally.correct, "wrong": tally.wrong, "missing": tally.missing,
            "graded": tally.graded, "accuracy": tally.accuracy}


def json_features(features: FeatureGrades) -> str:
    """``{"features": {feature: {...}, ..., "total": {...}}}`` as JSON text."""
    block = {feature: _tally(t) for feature, t in features.by_feature.items()}
    block[TOTAL] = _tally(features.total)
    return json.dumps({"features": block}, ensure_ascii=False)


def json_feature_verdicts(verdicts: Sequence[FeatureVerdict]) -> str:
    """A key verdict's ``feature_verdicts`` list (empty for unpaired, wrong-category, optional).

    Most verdicts have none: "[]" is written without a ``json.dumps`` call, which
    a class set makes a hundred thousand times.
    """
    if not verdicts:
        return "[]"
    return json.dumps(
        [{"feature": v.feature, "given": v.given, "accepted": list(v.accepted),
          "verdict": v.verdict} for v in verdicts],
        ensure_ascii=False,
    )


# ---------------------------------------------------- how the class judged


@dataclass
class ItemJudgements:
    """For one key item and one feature: how many trainees chose each value.

    ``counts`` holds every declared value (0 when nobody chose it), in the
    feature's order, then any value the grader met that the tagset lacks;
    ``missing`` counts trainees who paired the item but chose nothing;
    ``not_paired`` those who did not find the item (no judgement to count).
    """

    key: KeySpan
    feature: str
    accepted: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    missing: int = 0
    not_paired: int = 0

    @property
    def judged(self) -> int:
        return sum(self.counts.values())


def class_judgements(
    key: Sequence[KeySpan], results: Iterable[GradeResult], tagset: Tagset | None = None
) -> list[ItemJudgements]:
    """One row per (key item, feature it gives values for), in text order of the key.

    Counts what each trainee's graded pair gave for that feature; a trainee
    whose span was not paired with the item (missed, wrong category) counts
    as ``not_paired``.
    """
    declared: dict[str, Feature] = {}
    if tagset is not None:
        declared = {f.id: f for c in tagset.categories for f in c.features}
    ordered = sorted(key, key=lambda s: (s.start, s.end, s.id))
    rows: dict[tuple[str, str], ItemJudgements] = {}
    for span in ordered:
        if not span.required:
            continue
        for feature, accepted in span.accepted.items():
            if not accepted:
                continue
            values = declared[feature].value_ids() if feature in declared else list(accepted)
            rows[(span.id, feature)] = ItemJudgements(
                span, feature, list(accepted), dict.fromkeys(values, 0)
            )
    for result in results:
        seen: set[tuple[str, str]] = set()
        for outcome in result.key_outcomes:
            for verdict in outcome.feature_verdicts:
                row = rows.get((outcome.key.id, verdict.feature))
                if row is None:
                    continue
                seen.add((outcome.key.id, verdict.feature))
                if verdict.given is None:
                    row.missing += 1
                else:
                    row.counts[verdict.given] = row.counts.get(verdict.given, 0) + 1
        for where, row in rows.items():
            if where not in seen:
                row.not_paired += 1
    return list(rows.values())
