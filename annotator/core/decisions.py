"""Instructor decisions (scoring.md §9): which ones apply to a submission, and how.

A decision overrules the key for one trainee. It names the submission by
the trainee's id and the ``annotations-sha256`` of the annotations graded,
so that a decision made on one version of a file is never applied to
another: a trainee who changes the file gets their new work graded as it
is, and the instructor gets a notice naming the decision that no longer
applies. Nothing here reads a file; the grader applies what
:func:`rule` returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from annotator.core.annotation_hash import annotations_sha256
from annotator.core.decision_notices import DECISION_NOTICE
from annotator.core.model import AppliedDecision, Decision, Span


def moment(at: str) -> datetime:
    """An ``at`` (xs:dateTime) as an aware time; one without a zone is taken as UTC."""
    text = at.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def who(decision: AppliedDecision) -> str:
    """How a notice names a decision: its kind and target ("accept a7", "full-credit k5+a3").

    A message, so that a Spanish notice says "aceptar a7".
    """
    parts = [p for p in (decision.key, decision.annotation) if p]
    kind = DECISION_NOTICE(f"kind_{decision.kind}")
    if not parts:
        return DECISION_NOTICE("what_whole", kind=kind)
    return DECISION_NOTICE("what", kind=kind, target="+".join(parts))


def for_trainee(
    decisions: Sequence[Decision], trainee_id: str | None, annotations: Sequence[Span]
) -> tuple[list[Decision], list[str]]:
    """The decisions made on this trainee's submission as it stands, and notices.

    A decision for this trainee whose ``annotations-sha256`` differs (the
    file changed since) is not applied and gets a notice naming it.
    """
    if not trainee_id or not trainee_id.strip():
        return [], []
    mine = [d for d in decisions if d.trainee.strip() == trainee_id.strip()]
    if not mine:
        return [], []
    digest = annotations_sha256(annotations)
    kept, notices = [], []
    for decision in mine:
        if decision.annotations_sha256 == digest:
            kept.append(decision)
        else:
            notices.append(DECISION_NOTICE("changed", trainee=decision.trainee, what=who(decision)))
    return kept, notices


@dataclass
class Ruling:
    """The decisions that a grade applies, by what they change (scoring.md §9).

    ``accepted`` maps an annotation id, ``excused`` a key item id and
    ``credited`` a (key item, annotation) pair to its decision; ``comments``
    change nothing and are shown with their target.
    """

    accepted: dict[str, AppliedDecision] = field(default_factory=dict)
    excused: dict[str, AppliedDecision] = field(default_factory=dict)
    credited: dict[tuple[str, str], AppliedDecision] = field(default_factory=dict)
    comments: list[AppliedDecision] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.accepted or self.excused or self.credited or self.comments)

    def decisions(self) -> list[AppliedDecision]:
        """Every decision in the ruling, in the order they are applied."""
        return [*self.accepted.values(), *self.excused.values(), *self.credited.values(),
                *self.comments]


def rule(
    decisions: Sequence[AppliedDecision],
    key_items: dict[str, bool],
    annotation_ids: set[str],
    trainee: str = "",
) -> Ruling:
    """Check each decision's targets and settle two decisions on one target.

    ``key_items`` maps each key item id to whether it is required. A
    decision naming a key item or an annotation that does not exist is not
    applied (notice). Of two decisions on one target the later ``at`` wins
    (the later in the file on a tie), with a notice; a comment never
    competes with a decision that changes numbers.
    """
    ruling = Ruling()
    latest: dict[tuple, tuple[datetime, int, AppliedDecision]] = {}
    for number, decision in enumerate(decisions):
        missing = _missing_target(decision, key_items, annotation_ids)
        if missing is not None:
            ruling.notices.append(DECISION_NOTICE(
                "missing_target", trainee=trainee, what=who(decision), target=missing))
            continue
        if decision.kind == "excuse" and not key_items[decision.key]:
            ruling.notices.append(DECISION_NOTICE(
                "optional_excused", trainee=trainee, what=who(decision)))
            continue
        group = "comment" if decision.kind == "comment" else "ruling"
        target = (group, *_target_of(decision))
        candidate = (moment(decision.at), number, decision)
        earlier = latest.get(target)
        if earlier is not None:
            winner, loser = (candidate, earlier) if candidate[:2] >= earlier[:2] else (
                earlier, candidate)
            ruling.notices.append(DECISION_NOTICE(
                "two_on_one", trainee=trainee, what=who(winner[2]), other=who(loser[2])))
            candidate = winner
        latest[target] = candidate
    for _, _, decision in sorted(latest.values(), key=lambda entry: entry[1]):
        if decision.kind == "accept":
            ruling.accepted[decision.annotation] = decision
        elif decision.kind == "excuse":
            ruling.excused[decision.key] = decision
        elif decision.kind == "full-credit":
            ruling.credited[(decision.key, decision.annotation)] = decision
        else:
            ruling.comments.append(decision)
    return ruling


def _target_of(decision: AppliedDecision) -> tuple:
    """What two decisions must share to compete: an annotation, a key item, or a pair."""
    if decision.kind == "accept":
        return ("annotation", decision.annotation)
    if decision.kind == "excuse":
        return ("key", decision.key)
    return ("pair", decision.key, decision.annotation)


def _missing_target(
    decision: AppliedDecision, key_items: dict[str, bool], annotation_ids: set[str]
) -> str | None:
    if decision.key is not None and decision.key not in key_items:
        return decision.key
    if decision.annotation is not None and decision.annotation not in annotation_ids:
        return decision.annotation
    return None
