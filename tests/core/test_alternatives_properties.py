"""The brute-force check of pairing, extended to key items with alternative extents (§8)."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.grading import grade
from annotator.core.model import Alternative, Annotation, KeySpan

LETTERS = "abcdefghijklmnopqrstuvwxyzabcdefghijklmn"  # nothing to trim
CATEGORIES = ("claim", "framing")


@st.composite
def extent(draw):
    start = draw(st.integers(0, len(LETTERS) - 1))
    end = draw(st.integers(start + 1, min(len(LETTERS), start + 20)))
    return start, end


@st.composite
def items(draw, max_size: int = 4):
    made = []
    for number in range(draw(st.integers(0, max_size))):
        places = draw(st.lists(extent(), min_size=1, max_size=3, unique=True))
        (start, end), *others = places
        made.append(KeySpan(
            id=f"k{number}", category=draw(st.sampled_from(CATEGORIES)), start=start, end=end,
            quote=LETTERS[start:end],
            alternatives=[Alternative(start=s, end=e, quote=LETTERS[s:e]) for s, e in others],
        ))
    return made


@st.composite
def marks(draw, max_size: int = 5):
    made = []
    for number in range(draw(st.integers(0, max_size))):
        start, end = draw(extent())
        made.append(Annotation(id=f"a{number}", category=draw(st.sampled_from(CATEGORIES)),
                               start=start, end=end, quote=LETTERS[start:end]))
    return made


def shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def extents(item: KeySpan) -> list[tuple[int, tuple[int, int]]]:
    return [(0, (item.start, item.end))] + [
        (n, (a.start, a.end)) for n, a in enumerate(item.alternatives, start=1)]


def matched(item: KeySpan, mark: Annotation) -> tuple[int, tuple[int, int]] | None:
    """§8 the slow way: largest Dice, then more shared, then the main, then text order."""
    t = (mark.start, mark.end)
    touching = [(n, e) for n, e in extents(item) if shared(e, t)]
    if not touching:
        return None
    return max(touching, key=lambda ne: (
        Fraction(2 * shared(ne[1], t), ne[1][1] - ne[1][0] + t[1] - t[0]),
        shared(ne[1], t), ne[0] == 0, tuple(-x for x in ne[1]), -ne[0]))


def best_pairs(candidates):
    """Every one-to-one assignment; the best by §3 with matched extents."""
    best, best_rank = [], None
    for size in range(len(candidates) + 1):
        for chosen in itertools.combinations(candidates, size):
            if (len({k.id for k, _, _ in chosen}) < size
                    or len({t.id for _, t, _ in chosen}) < size):
                continue
            dice = sum((Fraction(2 * shared(e, (t.start, t.end)),
                                 e[1] - e[0] + t.end - t.start) for _, t, (_, e) in chosen),
                       Fraction(0))
            total = sum(shared(e, (t.start, t.end)) for _, t, (_, e) in chosen)
            order = sorted(((e[0], e[1], k.id), (t.start, t.end, t.id))
                           for k, t, (_, e) in chosen)
            flat = [tuple(-x if isinstance(x, int) else tuple(-ord(c) for c in x)
                          for part in p for x in part) for p in order]
            rank = (dice, total, flat)
            if best_rank is None or rank > best_rank:
                best, best_rank = list(chosen), rank
    return best


def brute_force(keys: list[KeySpan], trainee: list[Annotation]):
    first = {}
    for t in sorted(trainee, key=lambda t: (t.start, t.end, t.id)):
        first.setdefault((t.category, t.start, t.end), t)
    trainee = list(first.values())
    candidates = [(k, t, m) for k in keys for t in trainee
                  if k.category == t.category and (m := matched(k, t)) is not None]
    same = best_pairs(candidates)
    precision_num = sum(Fraction(shared(e, (t.start, t.end)), t.end - t.start)
                        for _, t, (_, e) in same)
    recall_num = sum(Fraction(shared(e, (t.start, t.end)), e[1] - e[0])
                     for _, t, (_, e) in same)
    precision = precision_num / len(trainee) if trainee else 0
    recall = recall_num / len(keys) if keys else 0
    if not keys and not trainee:
        f1 = 1
    elif precision + recall == 0:
        f1 = 0
    else:
        f1 = 2 * precision * recall / (precision + recall)
    pairs = {(k.id, t.id, n) for k, t, (n, _) in same}
    return float(precision), float(recall), float(f1), pairs


@given(items(), marks())
@settings(max_examples=300, deadline=None)
def test_pairing_with_alternatives_equals_brute_force(keys, trainee):
    """Ensure pairs, matched extents and figures equal trying every assignment (§3 with §8)."""
    precision, recall, f1, pairs = brute_force(keys, trainee)
    result = grade(keys, trainee, "partial")
    assert result.total.precision == pytest.approx(precision, abs=1e-12)
    assert result.total.recall == pytest.approx(recall, abs=1e-12)
    assert result.total.f1 == pytest.approx(f1, abs=1e-12)
    graded = {(o.key.id, o.annotation.id, o.extent) for o in result.key_outcomes
              if o.verdict in ("found", "partial")}
    assert graded == pairs


@given(items(), marks(), st.permutations(range(5)))
@settings(max_examples=100, deadline=None)
def test_order_of_items_and_marks_changes_nothing(keys, trainee, order):
    """Ensure file order of items and spans does not change verdicts or extents."""
    shuffled = [trainee[i] for i in order if i < len(trainee)]
    one, two = grade(keys, trainee), grade(list(reversed(keys)), shuffled)
    assert one.score == two.score
    assert ([(o.key.id, o.verdict, o.extent, o.annotation and o.annotation.id)
             for o in one.key_outcomes]
            == [(o.key.id, o.verdict, o.extent, o.annotation and o.annotation.id)
                for o in two.key_outcomes])
