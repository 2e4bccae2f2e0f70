"""Hand in, checks, and which attempt is graded (attempts.md).

Hand in freezes the trainee's current annotations as the next numbered
attempt; every look at the comparison is recorded as a check. Both only
ever add to a submission's history: an attempt is never changed or removed.
Grading picks the first attempt (the work before any feedback), the last,
or the current annotations, and says so when a submission has no attempt
to pick.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from annotator.core.check_policy import may_check as may_check
from annotator.core.messages import Message
from annotator.services.attempt_reasons import ATTEMPT_REASON

if TYPE_CHECKING:  # graders are passed in: the window loads the grader at the first check
    from datetime import datetime

    from annotator.core.grading import Grader, GradeResult
    from annotator.core.model import Annotation, Attempt, Check, KeySpan, Submission

Which = Literal["first", "last", "current"]
CHOICES: tuple[str, ...] = ("first", "last", "current")


def next_attempt(attempts: list[Attempt], annotations: Iterable[Annotation],
                 when: datetime | None = None) -> Attempt:
    """The attempt Hand in adds: numbered after the last, the annotations as they are now."""
    from annotator.core.annotation_hash import annotations_sha256
    from annotator.core.model import Attempt  # loaded with the first hand-in, not at start
    from annotator.core.timestamps import file_time

    frozen = [a.model_copy() for a in annotations]
    return Attempt(
        n=len(attempts) + 1, handed_in_at=file_time(when),
        annotations_sha256=annotations_sha256(frozen), annotations=frozen,
    )


def new_check(attempts: list[Attempt], key_sha256: str, unlocked: bool,
              when: datetime | None = None) -> Check:
    """A look at the comparison: the latest attempt at that moment (0 before any)."""
    from annotator.core.model import Check
    from annotator.core.timestamps import file_time

    return Check(at=file_time(when), attempt=len(attempts), key_sha256=key_sha256,
                 unlocked=unlocked)


def default_choice(policy: str, submission: Submission) -> Which:
    """``first`` for an after-hand-in exercise when the submission has attempts, else current."""
    return "first" if policy == "after-hand-in" and submission.attempts else "current"


def graded_annotations(submission: Submission, which: Which
                       ) -> tuple[list[Annotation], Message | None]:
    """The annotations to grade, and a notice when there was no attempt to pick."""
    if which == "current":
        return submission.annotations, None
    if not submission.attempts:
        return submission.annotations, ATTEMPT_REASON("no_attempts")
    attempt = submission.attempts[0] if which == "first" else submission.attempts[-1]
    return attempt.annotations, None


@dataclass(frozen=True)
class History:
    """What the class sees of one trainee's attempts: scores, checks, gain."""

    scores: list[tuple[int, float, str]]  # (n, score, handed_in_at)
    checks: int
    checks_before_hand_in: int
    first_results: GradeResult | None
    last_results: GradeResult | None

    @property
    def gain(self) -> float | None:
        """Last minus first score; None with fewer than two attempts."""
        if len(self.scores) < 2:
            return None
        return self.scores[-1][1] - self.scores[0][1]

    def json(self) -> dict:
        return {
            "attempts": [{"n": n, "score": score, "handed_in_at": at}
                         for n, score, at in self.scores],
            "checks": {"count": self.checks, "before_hand_in": self.checks_before_hand_in},
            "gain": self.gain,
        }


def history(submission: Submission, grader: Grader, scheme: str, pass_mark: float,
            features_weight: float = 0.0) -> History:
    """Grade every attempt of a submission, and count its checks.

    ``features_weight`` is the w of scoring.md §10, as for the graded attempt.
    """
    results = [grader.grade(a.annotations, scheme, pass_mark, features_weight)
               for a in submission.attempts]
    return History(
        scores=[(a.n, r.score, a.handed_in_at)
                for a, r in zip(submission.attempts, results, strict=True)],
        checks=len(submission.checks),
        checks_before_hand_in=sum(1 for c in submission.checks if c.attempt == 0),
        first_results=results[0] if results else None,
        last_results=results[-1] if results else None,
    )


def fixed_by_feedback(history_: History) -> list[str]:
    """Key items missed in attempt 1 and found in the last (ids), for the class overview."""
    first, last = history_.first_results, history_.last_results
    if first is None or last is None or first is last:
        return []
    missed = {o.key.id for o in first.key_outcomes if o.verdict == "missed"}
    return sorted(o.key.id for o in last.key_outcomes
                  if o.key.id in missed and o.verdict != "missed")


@dataclass(frozen=True)
class Fix:
    """One expert passage, and how many trainees found it only after the feedback."""

    span: KeySpan
    missed_first: int  # trainees with two attempts or more who missed it in attempt 1
    fixed: int  # of those, how many found it (or part of it) in their last attempt


def what_feedback_fixed(histories: Iterable[History | None], spans: list[KeySpan]) -> list[Fix]:
    """Per expert passage missed in some first attempt: how many the feedback fixed.

    Most fixed first, then most missed, then text order; passages nobody
    missed at first are left out.
    """
    missed: Counter[str] = Counter()
    fixed: Counter[str] = Counter()
    for past in histories:
        if past is None or len(past.scores) < 2:
            continue
        first_missed = {o.key.id for o in past.first_results.key_outcomes
                        if o.verdict == "missed"}
        missed.update(first_missed)
        fixed.update(fixed_by_feedback(past))
    fixes = [Fix(span, missed[span.id], fixed[span.id]) for span in spans if missed[span.id]]
    return sorted(fixes, key=lambda f: (-f.fixed, -f.missed_first, f.span.start, f.span.id))
