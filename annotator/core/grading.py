"""Grading: a trainee's spans against the expert key, exactly as scoring.md says.

One-to-one pairing per category (as GATE's Annotation Diff and the MUC
schemes) with credit in proportion to shared characters (as SemEval PTC).
The grader needs no article: a key file carries none, so every span is
trimmed through its own quote, which the readers guarantee equals
``text[start:end]`` once a span is anchored.

Nothing here depends on the order of spans in a file: spans are sorted by
(start, end, id) before anything is decided, and every tie in the pairing is
broken by that order.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from annotator.core.decision_notices import DECISION_NOTICE
from annotator.core.decisions import Ruling, rule, who
from annotator.core.feature_grading import (
    FeatureGrades,
    check_weight,
    combined_score,
    feature_outcomes,
    judge_features,
    values_by_counted_copy,
)
from annotator.core.grading_notices import GRADE_NOTICE
from annotator.core.model import (
    DEFAULT_PASS_MARK,
    SCHEMES,
    Annotation,
    AppliedDecision,
    CategoryFigures,
    Figures,
    Grade,
    KeySpan,
    Outcome,
    Span,
)
from annotator.core.spans import is_trimmable

# ----------------------------------------------------------------- result types


@dataclass(slots=True, eq=False)
class Placed:
    """A span as the grader counts it: trimmed offsets and the quote of that stretch.

    ``source`` is the key span or annotation it came from (explanations,
    notes, the quote as written). Placed spans compare by identity: a key
    span and a trainee span at the same place are still two nodes to pair.
    """

    id: str
    category: str
    start: int
    end: int
    quote: str
    source: Span
    orphaned: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def order(self) -> tuple[int, int, str]:
        """Text order; the id only separates spans at the very same place."""
        return (self.start, self.end, self.id)

    def shared(self, other: Placed) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


# Sort key for text order; attrgetter is several times cheaper than a lambda on a property.
_TEXT_ORDER = attrgetter("start", "end", "id")


@dataclass(slots=True)
class KeyOutcome:
    """The verdict on one expert span.

    ``verdict`` is found, partial, wrong-category or missed for a required
    span, and ``optional`` for an optional one; ``annotation`` is the trainee
    span paired with it (for an optional span, the one that marked most of
    it); ``overlap`` is |k∩t| / |k|, 0 when nothing was paired.

    With alternatives (scoring.md §8), ``key`` is the item's main extent
    and ``matched`` the extent the trainee's span was measured against;
    ``extent`` numbers it (0 the main extent, n the n-th alternative in file
    order), None when nothing was paired. ``verdict`` is ``excused`` for an
    item an instructor excused; ``credited`` marks a full-credit pair (§9).
    """

    key: Placed
    verdict: str
    annotation: Placed | None
    overlap: float
    extent: int | None = None
    matched: Placed | None = None
    credited: bool = False
    feature_verdicts: list = field(default_factory=list)  # FeatureVerdict, scoring.md §10

    @property
    def span(self) -> KeySpan:
        return self.key.source  # type: ignore[return-value]


@dataclass(slots=True)
class AnnotationOutcome:
    """The verdict on one trainee span: correct, partial, wrong-category, extra or optional.

    ``key`` is the expert span it was judged against (None for an extra);
    ``duplicate_of`` names the identical span whose verdict it shares;
    ``extent`` the key item's extent it was measured against (§8). An
    annotation an instructor accepted has the verdict ``accepted`` (§9).
    """

    annotation: Placed
    verdict: str
    key: Placed | None
    duplicate_of: str | None = None
    extent: int | None = None

    @property
    def span(self) -> Annotation:
        return self.annotation.source  # type: ignore[return-value]


@dataclass(frozen=True)
class Measures:
    """Precision, recall and F1 over a set of spans, with the counts behind them.

    ``key_spans`` counts required expert spans; ``annotations`` the trainee
    spans that count (after trimming, duplicates and optional spans).
    """

    precision: float
    recall: float
    f1: float
    key_spans: int
    annotations: int


@dataclass(frozen=True)
class GradeResult:
    """Everything a grade says: numbers, a verdict for every span, and notices."""

    scheme: str
    pass_mark: float
    score: float
    passed: bool
    total: Measures
    categories: dict[str, Measures]
    key_outcomes: list[KeyOutcome]
    annotation_outcomes: list[AnnotationOutcome]
    notices: list[str] = field(default_factory=list)
    # scoring.md §9: the decisions applied, and the score without them (None: no decisions).
    decisions: list[AppliedDecision] = field(default_factory=list)
    score_before_decisions: float | None = None
    features: FeatureGrades | None = None  # scoring.md §10


KEY_VERDICTS = ("found", "partial", "wrong-category", "missed", "optional", "excused")
ANNOTATION_VERDICTS = ("correct", "partial", "wrong-category", "extra", "optional", "accepted")

# ----------------------------------------------------------------- normalising


def place(span: Span) -> Placed | None:
    """Trim a span past white space and punctuation, counting on its quote; None if empty.

    Works without the article: the quote is the text at the span's offsets,
    so the blanks and punctuation at its edges are those of the text.
    """
    return _trimmed(span, span.start, span.end, span.quote, span.orphaned)


def _trimmed(span: Span, start: int, end: int, quote: str, orphaned: bool) -> Placed | None:
    """One extent of ``span`` (itself or an alternative, §8) trimmed as §2.1 says."""
    if quote and quote[0].isalnum() and quote[-1].isalnum():  # the usual case: whole words
        return Placed(span.id, span.category, start, end, quote, span, orphaned)
    size = len(quote)
    lead = 0
    while lead < size and is_trimmable(quote[lead]):
        lead += 1
    if lead == size:
        return None
    trail = 0
    while is_trimmable(quote[size - 1 - trail]):
        trail += 1
    first = start + lead
    last = max(first + 1, end - trail)
    return Placed(span.id, span.category, first, last, quote[lead : size - trail], span, orphaned)


class _Intervals:
    """Spans sorted by start with a running maximum of their ends.

    Finds every span that overlaps a stretch by looking only at those that
    start before its end and stopping as soon as none further back reaches it.
    """

    def __init__(self, spans: Iterable[Placed]) -> None:
        self.spans = sorted(spans, key=_TEXT_ORDER)
        self.starts = [s.start for s in self.spans]
        self.reach: list[int] = []
        furthest = -1
        for s in self.spans:
            furthest = max(furthest, s.end)
            self.reach.append(furthest)

    def overlapping(self, start: int, end: int) -> list[Placed]:
        i = bisect_left(self.starts, end) - 1
        found = []
        while i >= 0 and self.reach[i] > start:
            if self.spans[i].end > start:
                found.append(self.spans[i])
            i -= 1
        return found


# -------------------------------------------------------------------- pairing


@dataclass(slots=True, eq=False)
class _Edge:
    """A candidate pair: a key item, a trainee span, and the item's extent that fits best.

    ``extent`` is that extent (the item itself when it has no alternatives)
    and ``number`` its number (§8); ``shared`` counts characters shared with it.
    """

    key: Placed
    annotation: Placed
    shared: int
    extent: Placed
    number: int = 0

    @property
    def rank(self) -> tuple:
        """Text order of the pair: the matched extent's place, then the trainee span's."""
        return (self.extent.order, self.annotation.order)


def _edge(key: Placed, annotation: Placed) -> _Edge:
    return _Edge(key, annotation, key.shared(annotation), key)


def _best_extent(
    key: Placed, extents: list[tuple[int, Placed]], annotation: Placed
) -> _Edge:
    """§8: the extent with the largest Dice; ties to more shared, the main, then text order."""
    best, best_rank = None, None
    for number, extent in extents:
        shared = extent.shared(annotation)
        if not shared:
            continue
        dice = (2 * shared, extent.length + annotation.length)
        rank = (dice, shared, number == 0, (-extent.start, -extent.end, -number))
        if best_rank is None or _beats(rank, best_rank):
            best, best_rank = (number, extent, shared), rank
    number, extent, shared = best  # type: ignore[misc]
    return _Edge(key, annotation, shared, extent, number)


def _beats(rank: tuple, other: tuple) -> bool:
    """Dice compared exactly (a/b > c/d as a·d > c·b), then the tie-breaks of §8."""
    (a, b), (c, d) = rank[0], other[0]
    if a * d != c * b:
        return a * d > c * b
    return rank[1:] > other[1:]


def pair(edges: Sequence[_Edge]) -> list[_Edge]:
    """The one-to-one choice among candidate pairs that scoring.md §3 asks for.

    Largest total Dice 2|k∩t|/(|k|+|t|); ties to more shared characters, then
    to the assignment that takes the pair first in text order. Connected
    components of the overlap graph are independent, so each is solved alone:
    a single pair or a star directly, anything else by the Hungarian method.
    """
    degree: dict[Placed, int] = {}
    for e in edges:
        degree[e.key] = degree.get(e.key, 0) + 1
        degree[e.annotation] = degree.get(e.annotation, 0) + 1
    chosen = [e for e in edges if degree[e.key] == 1 and degree[e.annotation] == 1]
    tangled = [e for e in edges if degree[e.key] > 1 or degree[e.annotation] > 1]
    for component in _components(tangled):
        if len(component) == 1:
            chosen.extend(component)
        else:
            chosen.extend(_best_assignment(component))
    return chosen


def _components(edges: Sequence[_Edge]) -> list[list[_Edge]]:
    # Placed compares by identity, so a key span and a trainee span are distinct nodes.
    parent: dict[Placed, Placed] = {}

    def root(node: Placed) -> Placed:
        while parent.setdefault(node, node) is not node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for e in edges:
        a, b = root(e.key), root(e.annotation)
        if a is not b:
            parent[a] = b
    groups: dict[Placed, list[_Edge]] = {}
    for e in edges:
        groups.setdefault(root(e.key), []).append(e)
    return list(groups.values())


def _weights(component: list[_Edge]) -> list[int]:
    """Exact integer weights whose sums order assignments as §3 does.

    Each weight packs three tiers into one integer: Dice scaled by the least
    common multiple of its denominators, then shared characters, then one
    bit per pair, the earlier pair in text order on the higher bit. The lower
    tiers summed over any assignment stay below one unit of the tier above,
    so comparing sums compares (Dice, shared, text order) lexicographically
    and no two assignments tie. Python integers keep all of it exact.
    """
    denominators = [e.extent.length + e.annotation.length for e in component]
    scale = math.lcm(*denominators)
    count = len(component)
    bit_unit = 1 << count
    shared_unit = bit_unit * (sum(e.shared for e in component) + 1)
    ranks = {e: r for r, e in enumerate(sorted(component, key=lambda e: e.rank))}
    return [
        2 * e.shared * (scale // d) * shared_unit
        + e.shared * bit_unit
        + (1 << (count - 1 - ranks[e]))
        for e, d in zip(component, denominators, strict=True)
    ]


def _best_assignment(component: list[_Edge]) -> list[_Edge]:
    weights = _weights(component)
    keys = list(dict.fromkeys(e.key for e in component))
    annotations = list(dict.fromkeys(e.annotation for e in component))
    if len(keys) == 1 or len(annotations) == 1:  # a star: only one pair can be taken
        return [component[_argmax(weights)]]
    rows, cols = (keys, annotations) if len(keys) <= len(annotations) else (annotations, keys)
    row_index = {x: i for i, x in enumerate(rows)}
    col_index = {x: j for j, x in enumerate(cols)}
    heaviest = max(weights)
    cost = [[heaviest] * len(cols) for _ in rows]
    by_cell: dict[tuple[int, int], _Edge] = {}
    for e, w in zip(component, weights, strict=True):
        a, b = (e.key, e.annotation) if rows is keys else (e.annotation, e.key)
        cell = (row_index[a], col_index[b])
        cost[cell[0]][cell[1]] = heaviest - w
        by_cell[cell] = e
    assignment = hungarian(cost)
    return [by_cell[(i, j)] for i, j in enumerate(assignment) if (i, j) in by_cell]


def _argmax(values: list[int]) -> int:
    return max(range(len(values)), key=values.__getitem__)


def hungarian(cost: list[list[int]]) -> list[int]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns).

    The shortest-augmenting-path form of the Hungarian method with row and
    column potentials, O(rows² × columns). Written out here because the
    project takes on no numeric dependency for one function, and because it
    must run on exact integers: ``_weights`` packs the tie-breaks into
    integers far beyond a float's precision.
    """
    rows, cols = len(cost), len(cost[0]) if cost else 0
    if rows == 0:
        return []
    infinity = (max(max(r) for r in cost) + 1) * (rows + cols + 2) * 2
    u = [0] * (rows + 1)
    v = [0] * (cols + 1)
    owner = [0] * (cols + 1)  # owner[j]: the row (1-based) holding column j; 0 is free
    for i in range(1, rows + 1):
        owner[0] = i
        j0 = 0
        best = [infinity] * (cols + 1)
        came_from = [0] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            row = cost[i0 - 1]
            delta, j1 = infinity, 0
            for j in range(1, cols + 1):
                if not used[j]:
                    reduced = row[j - 1] - u[i0] - v[j]
                    if reduced < best[j]:
                        best[j], came_from[j] = reduced, j0
                    if best[j] < delta:
                        delta, j1 = best[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    best[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = came_from[j0]
            owner[j0] = owner[j1]
            j0 = j1
    assignment = [0] * rows
    for j in range(1, cols + 1):
        if owner[j]:
            assignment[owner[j] - 1] = j - 1
    return assignment


# -------------------------------------------------------------------- grading


class Grader:
    """An expert key made ready to grade many submissions against it.

    Trimming the key and indexing it by category happen once here, not once
    per submission: a class set is graded against the same key.
    ``categories`` fixes which categories get figures and in what order (the
    tagset's); without it, the key's categories in text order.

    A key span with alternatives (scoring.md §8) is one *item* with several
    extents: the item is the node that is paired, and every extent is
    indexed so that a trainee span touching any of them is a candidate.
    """

    def __init__(
        self,
        key: Sequence[KeySpan],
        categories: Sequence[str] | None = None,
        features: Sequence[str] = (),
    ) -> None:
        self.notices: list[str] = []
        # Only items with alternatives are listed: the item node -> (number, extent).
        self._extents: dict[Placed, list[tuple[int, Placed]]] = {}
        self._owner: dict[Placed, Placed] = {}  # an extent -> its item node
        self.choice_features = tuple(features)  # the exercise's, in tagset order (§10)
        placed: list[Placed] = []
        for span in sorted(key, key=_TEXT_ORDER):
            item = self._place_item(span)
            if item is not None:
                placed.append(item)
        placed.sort(key=_TEXT_ORDER)
        self.key_spans = placed
        self._required_spans = [s for s in placed if s.source.required]
        self._required_flags = [s.source.required for s in placed]
        self.items: dict[str, bool] = {s.id: s.source.required for s in placed}
        for span in placed:
            if span.orphaned and span.source.required:
                self.notices.append(GRADE_NOTICE("key_span_unplaced", id=span.id))
        self._required = self._index(s for s in placed if s.source.required)
        self._optional = self._index(s for s in placed if not s.source.required)
        order = list(categories) if categories is not None else []
        order += [s.category for s in placed if s.category not in order]
        self.categories: list[str] = list(dict.fromkeys(order))

    def _place_item(self, span: KeySpan) -> Placed | None:
        """Trim every extent of a key span (§8); the item node is its first extent left."""
        main = place(span)
        extents = [] if main is None else [(0, main)]
        for number, alternative in enumerate(span.alternatives, start=1):
            trimmed = _trimmed(
                span, alternative.start, alternative.end, alternative.quote, alternative.orphaned
            )
            if trimmed is None:
                self.notices.append(GRADE_NOTICE("alternative_blank", id=span.id, n=number))
            elif trimmed.orphaned and not span.orphaned:
                self.notices.append(GRADE_NOTICE("alternative_unplaced", id=span.id, n=number))
            else:
                extents.append((number, trimmed))
        if not extents:
            self.notices.append(GRADE_NOTICE("key_span_blank", id=span.id))
            return None
        if main is None:
            self.notices.append(GRADE_NOTICE("main_extent_blank", id=span.id))
        item = extents[0][1]
        if len(extents) > 1 or main is None:
            self._extents[item] = extents
            for _, extent in extents:
                self._owner[extent] = item
        return item

    def _extents_of(self, item: Placed) -> list[tuple[int, Placed]]:
        return self._extents.get(item) or [(0, item)]

    def _index(self, items: Iterable[Placed]) -> dict[str, _Intervals]:
        """Every extent of the placed items, by category."""
        if not self._extents:
            return _by_category(item for item in items if not item.orphaned)
        return _by_category(
            extent for item in items if not item.orphaned
            for _, extent in self._extents_of(item)
        )

    def _make_edge(self, item: Placed, annotation: Placed) -> _Edge:
        extents = self._extents.get(item) if self._extents else None
        return _edge(item, annotation) if extents is None else _best_extent(
            item, extents, annotation)

    def grade(
        self,
        annotations: Sequence[Annotation],
        scheme: str = "partial",
        pass_mark: float = DEFAULT_PASS_MARK,
        decisions: Sequence[AppliedDecision] = (),
        trainee: str = "",
        features_weight: float = 0.0,
    ) -> GradeResult:
        """Grade one submission's annotations (anchored on the article, or orphaned).

        ``decisions`` are an instructor's decisions on this submission
        (scoring.md §9; already checked to be for these annotations, see
        :func:`annotator.core.decisions.for_trainee`); ``trainee`` names the
        trainee in the notices about them.
        """
        if scheme not in SCHEMES:
            raise ValueError(f"unknown scheme {scheme!r}; expected one of {', '.join(SCHEMES)}")
        features_weight = check_weight(features_weight)
        ruling = (rule(decisions, self.items, {a.id for a in annotations}, trainee)
                  if decisions else Ruling())
        notices = list(self.notices) + ruling.notices
        accepted = [p for a in annotations if a.id in ruling.accepted
                    if (p := place(a)) is not None]
        kept = [a for a in annotations if a.id not in ruling.accepted] if ruling.accepted \
            else annotations
        counted, duplicates = _normalise(kept, notices)
        required_items = [s for s in self._required_spans if s.id not in ruling.excused] \
            if ruling.excused else self._required_spans
        required = self._index(required_items) if ruling.excused else self._required
        optional, trainee_spans = self._set_aside_optional(counted, required)
        for span in trainee_spans:
            if span.orphaned:
                notices.append(GRADE_NOTICE("annotation_unplaced", id=span.id))
        placed = [t for t in trainee_spans if not t.orphaned]

        same = pair([
            self._make_edge(k, t) for t in placed for k in self._items_at(required, t)
        ])
        taken_keys = {e.key for e in same}
        taken = {e.annotation for e in same}
        leftover = _Intervals(
            extent for k in required_items if k not in taken_keys and not k.orphaned
            for _, extent in self._extents_of(k)
        )
        crossed = pair([
            self._make_edge(k, t)
            for t in placed if t not in taken
            for k in self._owners(leftover.overlapping(t.start, t.end))
            if k.category != t.category
        ])
        credited = self._credited(same, ruling, notices, trainee)

        key_outcomes = self._key_outcomes(same, crossed, optional, ruling, credited)
        annotation_outcomes = _annotation_outcomes(
            trainee_spans, same, crossed, optional, duplicates, accepted)
        categories = self.categories + sorted(
            {t.category for t in trainee_spans} - set(self.categories)
        )
        total, per_category = _measures(
            scheme, categories, required_items, trainee_spans, same, credited
        )
        features = self._judge_features(
            key_outcomes, annotation_outcomes, annotations, features_weight, notices
        )
        score = combined_score(total.f1, features)
        applied = [d for d in ruling.decisions()
                   if d.kind != "full-credit" or (d.key, d.annotation) in credited]
        before = None
        if decisions:
            before = self.grade(annotations, scheme, pass_mark,
                                features_weight=features_weight).score
        return GradeResult(
            scheme=scheme,
            pass_mark=float(pass_mark),
            score=score,
            passed=score >= pass_mark,
            total=total,
            categories=per_category,
            key_outcomes=key_outcomes,
            annotation_outcomes=annotation_outcomes,
            notices=notices,
            decisions=applied,
            score_before_decisions=before,
            features=features,
        )

    def _judge_features(
        self,
        key_outcomes: list[KeyOutcome],
        annotation_outcomes: list[AnnotationOutcome],
        annotations: Sequence[Annotation],
        weight: float,
        notices: list[str],
    ) -> FeatureGrades:
        """§10, after pairing (and decisions): feature verdicts on each same-category pair."""
        duplicates = [
            (o.annotation.id, o.duplicate_of) for o in annotation_outcomes if o.duplicate_of
        ]
        values_of = values_by_counted_copy(annotations, duplicates) if duplicates else {}
        features = judge_features(key_outcomes, values_of, self.choice_features, weight)
        for outcome in key_outcomes:
            outcome.feature_verdicts = features.verdicts.get(outcome.key.id, [])
        if weight > 0 and features.accuracy is None:
            notices.append(GRADE_NOTICE("features_not_counted"))
        return features

    def _items_at(self, index: dict[str, _Intervals], span: Placed) -> list[Placed]:
        """The items of ``span``'s category with an extent sharing a character with it."""
        spans = index.get(span.category)
        if not spans:
            return []
        hits = spans.overlapping(span.start, span.end)
        return self._owners(hits) if self._owner else hits

    def _owners(self, extents: list[Placed]) -> list[Placed]:
        """The items these extents belong to, each once (themselves, without alternatives)."""
        if not self._owner:
            return extents
        return list(dict.fromkeys(self._owner.get(e, e) for e in extents))

    def _credited(
        self, same: list[_Edge], ruling: Ruling, notices: list[str], trainee: str
    ) -> set[tuple[str, str]]:
        """§9: full-credit pairs that are paired in §3.1; the others are noticed, not applied."""
        if not ruling.credited:
            return set()
        paired = {(e.key.id, e.annotation.id) for e in same}
        credited = set()
        for target, decision in ruling.credited.items():
            if target in paired:
                credited.add(target)
            else:
                notices.append(DECISION_NOTICE("not_paired", trainee=trainee, what=who(decision)))
        return credited

    def _set_aside_optional(
        self, counted: list[Placed], required: dict[str, _Intervals]
    ) -> tuple[dict[Placed, Placed], list[Placed]]:
        """Step 2.3: spans that touch only optional key items of their category leave.

        Returns those spans, each with the optional item it shares most
        with (over its extents), and the spans that stay to be graded.
        """
        optional: dict[Placed, Placed] = {}
        trainee: list[Placed] = []
        for span in counted:
            if not span.orphaned:
                hits = self._items_at(self._optional, span)
                if hits and not self._items_at(required, span):
                    optional[span] = min(hits, key=lambda k: (
                        -self._make_edge(k, span).shared, k.order))
                    continue
            trainee.append(span)
        return optional, trainee

    def _key_outcomes(
        self,
        same: list[_Edge],
        crossed: list[_Edge],
        optional: dict[Placed, Placed],
        ruling: Ruling,
        credited: set[tuple[str, str]],
    ) -> list[KeyOutcome]:
        same_by_key = {e.key: e for e in same}
        crossed_by_key = {e.key: e for e in crossed}
        excused = ruling.excused
        outcomes = []
        for key, required in zip(self.key_spans, self._required_flags, strict=True):
            if not required:
                marks = [self._make_edge(key, t) for t in optional if t.category == key.category
                         and any(e.shared(t) for _, e in self._extents_of(key))]
                best = min(marks, key=lambda e: (-e.shared, e.annotation.order), default=None)
                if best is None:
                    outcomes.append(KeyOutcome(key, "optional", None, 0.0))
                else:
                    outcomes.append(KeyOutcome(
                        key, "optional", best.annotation, best.shared / best.extent.length,
                        best.number, best.extent))
                continue
            if excused and key.id in excused:
                outcomes.append(KeyOutcome(key, "excused", None, 0.0))
                continue
            edge = same_by_key.get(key) or crossed_by_key.get(key)
            if edge is None:
                outcomes.append(KeyOutcome(key, "missed", None, 0.0))
                continue
            t, extent = edge.annotation, edge.extent
            if edge is crossed_by_key.get(key):
                verdict = "wrong-category"
            elif (t.start, t.end) == (extent.start, extent.end):
                verdict = "found"
            else:
                verdict = "partial"
            outcomes.append(KeyOutcome(
                key, verdict, t, edge.shared / extent.length, edge.number, extent,
                bool(credited) and (key.id, t.id) in credited))
        return outcomes


def _by_category(spans: Iterable[Placed]) -> dict[str, _Intervals]:
    groups: dict[str, list[Placed]] = {}
    for span in spans:
        groups.setdefault(span.category, []).append(span)
    return {category: _Intervals(group) for category, group in groups.items()}


def _normalise(
    annotations: Sequence[Annotation], notices: list[str]
) -> tuple[list[Placed], list[tuple[Placed, Placed]]]:
    """Steps 2.1 and 2.2: trim, drop what trims to nothing, count identical spans once.

    Returns the spans that count, in text order, and (duplicate, counted copy) pairs.
    """
    placed = []
    for annotation in sorted(annotations, key=_TEXT_ORDER):
        trimmed = place(annotation)
        if trimmed is None:
            notices.append(GRADE_NOTICE("annotation_blank", id=annotation.id))
        else:
            placed.append(trimmed)
    placed.sort(key=_TEXT_ORDER)
    first: dict[tuple, Placed] = {}
    counted, duplicates = [], []
    for span in placed:
        identity = (span.category, span.start, span.end, span.orphaned)
        original = first.setdefault(identity, span)
        if original is span:
            counted.append(span)
        else:
            duplicates.append((span, original))
            notices.append(
                GRADE_NOTICE("annotation_repeated", id=span.id, original=original.id)
            )
    return counted, duplicates


def _annotation_outcomes(
    trainee: list[Placed],
    same: list[_Edge],
    crossed: list[_Edge],
    optional: dict[Placed, Placed],
    duplicates: list[tuple[Placed, Placed]],
    accepted: list[Placed] = (),  # type: ignore[assignment]
) -> list[AnnotationOutcome]:
    by_span: dict[Placed, AnnotationOutcome] = {}
    for t, key in optional.items():
        by_span[t] = AnnotationOutcome(t, "optional", key)
    for t in accepted:
        by_span[t] = AnnotationOutcome(t, "accepted", None)
    same_by_span = {e.annotation: e for e in same}
    crossed_by_span = {e.annotation: e for e in crossed}
    for t in trainee:
        if t in same_by_span:
            edge = same_by_span[t]
            extent = edge.extent
            verdict = "correct" if (t.start, t.end) == (extent.start, extent.end) else "partial"
            by_span[t] = AnnotationOutcome(t, verdict, edge.key, None, edge.number)
        elif t in crossed_by_span:
            edge = crossed_by_span[t]
            by_span[t] = AnnotationOutcome(t, "wrong-category", edge.key, None, edge.number)
        else:
            by_span[t] = AnnotationOutcome(t, "extra", None)
    for duplicate, original in duplicates:
        shared = by_span[original]
        by_span[duplicate] = AnnotationOutcome(
            duplicate, shared.verdict, shared.key, original.id, shared.extent)
    return sorted(by_span.values(), key=lambda o: (o.annotation.start, o.annotation.end,
                                                   o.annotation.id))


def _measures(
    scheme: str,
    categories: list[str],
    required: list[Placed],
    trainee: list[Placed],
    same: list[_Edge],
    credited: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
) -> tuple[Measures, dict[str, Measures]]:
    """§5: numerators per scheme over the same-category pairs; micro total over categories.

    ``k`` is each pair's matched extent (§8); a credited pair counts 1 and 1 (§9).
    """
    key_counts = dict.fromkeys(categories, 0)
    span_counts = dict.fromkeys(categories, 0)
    for k in required:
        key_counts[k.category] = key_counts.get(k.category, 0) + 1
    for t in trainee:
        span_counts[t.category] = span_counts.get(t.category, 0) + 1
    precision_num = dict.fromkeys(key_counts, 0.0)
    recall_num = dict.fromkeys(key_counts, 0.0)
    # Summing in the key's text order keeps every float identical whatever the file order.
    same_by_key = {e.key: e for e in same}
    for item in required:
        e = same_by_key.get(item)
        if e is None:
            continue
        t, k = e.annotation, e.extent
        if credited and (item.id, t.id) in credited:
            p = r = 1.0
        elif scheme == "partial":
            p, r = e.shared / t.length, e.shared / k.length
        elif scheme == "strict":
            p = r = 1.0 if (k.start, k.end) == (t.start, t.end) else 0.0
        else:
            p = r = 1.0
        precision_num[item.category] += p
        recall_num[item.category] += r
    per_category = {
        c: _figures(precision_num[c], recall_num[c], span_counts[c], key_counts[c])
        for c in key_counts
    }
    total = _figures(
        sum(precision_num.values()),
        sum(recall_num.values()),
        sum(span_counts.values()),
        sum(key_counts.values()),
    )
    return total, per_category


def _figures(precision_num: float, recall_num: float, spans: int, keys: int) -> Measures:
    """Precision, recall and F1 with the conventions of §5 for empty sides."""
    precision = precision_num / spans if spans else 0.0
    recall = recall_num / keys if keys else 0.0
    if not spans and not keys:
        f1 = 1.0
    elif precision + recall == 0:
        f1 = 0.0
    else:
        f1 = min(1.0, 2 * precision * recall / (precision + recall))
    return Measures(precision, recall, f1, keys, spans)


def grade(
    key: Sequence[KeySpan],
    annotations: Sequence[Annotation],
    scheme: str = "partial",
    pass_mark: float = DEFAULT_PASS_MARK,
    categories: Sequence[str] | None = None,
    features: Sequence[str] = (),
    features_weight: float = 0.0,
) -> GradeResult:
    """Grade one submission; for many against one key, make a :class:`Grader` once."""
    return Grader(key, categories, features).grade(
        annotations, scheme, pass_mark, features_weight=features_weight
    )


# ------------------------------------------------------------- into the model


def to_grade(result: GradeResult, key_sha256: str) -> Grade:
    """The ``<grade>`` of a graded submission (formats.md): figures and outcomes.

    One outcome per key span, then one per annotation that no key outcome
    names as its pair (extras, optional spans, duplicates). Outcomes repeat
    the quote and the explanations in every language, so that the graded file
    reads on its own.
    """
    outcomes = [
        Outcome(
            key=o.key.id,
            annotation=o.annotation.id if o.annotation else None,
            verdict=o.verdict,
            overlap=o.overlap,
            quote=o.span.quote,
            explanations=dict(o.span.explanations),
            extent=o.extent or None,
            credited=o.credited,
            features=feature_outcomes(o.feature_verdicts),
        )
        for o in result.key_outcomes
    ]
    paired = {
        o.annotation.id for o in result.key_outcomes if o.annotation and o.verdict != "optional"
    }
    for o in result.annotation_outcomes:
        if o.annotation.id in paired:
            continue
        explanations: Mapping[str, str] = o.key.source.explanations if o.key else {}
        outcomes.append(
            Outcome(
                annotation=o.annotation.id,
                verdict=o.verdict,
                quote=o.span.quote,
                explanations=dict(explanations),
            )
        )
    return Grade(
        scheme=result.scheme,
        score=result.score,
        pass_mark=result.pass_mark,
        passed=result.passed,
        key_sha256=key_sha256,
        total=_model_figures(result.total),
        categories=[
            CategoryFigures(id=c, **_model_figures(m).model_dump())
            for c, m in result.categories.items()
        ],
        features=result.features.summary() if result.features is not None else None,
        outcomes=outcomes,
        score_before_decisions=result.score_before_decisions,
        decisions=list(result.decisions),
    )


def _model_figures(measures: Measures) -> Figures:
    return Figures(precision=measures.precision, recall=measures.recall, f1=measures.f1)
