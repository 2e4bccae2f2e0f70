"""The class overview: what a whole class marked, missed and added, in numbers.

An instructor returning a class set wants to see where the class went
wrong together before reading forty reports: which passages everyone
marked, which expert spans most missed, which passages many marked that
the expert did not, and which categories were confused for which. Every
figure here comes from the grades (core.grading), so it agrees with them:
offsets are the grader's trimmed ones, extras and misses are its verdicts.

Built for thousands of trainees: coverage is counted with sorted boundary
events (never per character per trainee) and handed over as runs of equal
count, which is what a painter or a report needs.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from annotator.core.grading import GradeResult, Placed

MISSED = "missed"  # the confusion table's column for key spans nobody paired
EXTRA = "extra"  # and its row for trainee spans the expert did not mark
KEY_COUNTED = ("found", "partial", "wrong-category", "missed")


@dataclass(frozen=True)
class Run:
    """A stretch [start, end) of the canonical text marked by ``count`` trainees."""

    start: int
    end: int
    count: int


@dataclass(frozen=True)
class KeyTally:
    """How the class did on one required expert span: a count per verdict."""

    span: Placed  # trimmed, as graded; ``span.source`` is the KeySpan
    found: int
    partial: int
    wrong_category: int
    missed: int

    @property
    def trainees(self) -> int:
        return self.found + self.partial + self.wrong_category + self.missed


@dataclass(frozen=True)
class FrequentExtra:
    """A passage that several trainees marked and the expert did not (in this category).

    ``start``/``end`` is the stretch most of them share (``peak`` of them
    mark every character of it); ``extent`` is the whole cluster of
    overlapping extras; ``trainees`` counts distinct trainees in it.
    """

    category: str
    start: int
    end: int
    quote: str
    trainees: int
    peak: int
    extent: tuple[int, int]
    spans: int


@dataclass
class Confusion:
    """Expert category (rows, then ``extra``) against the trainee's (columns, then ``missed``).

    Same-category pairs sit on the diagonal, wrong-category pairs off it; a
    missed key span counts in the ``missed`` column and an extra in the
    ``extra`` row. Optional spans and repeated identical spans do not count.
    """

    categories: list[str]
    counts: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def rows(self) -> list[str]:
        return [*self.categories, EXTRA]

    @property
    def columns(self) -> list[str]:
        return [*self.categories, MISSED]

    def cell(self, expert: str, trainee: str) -> int:
        return self.counts.get((expert, trainee), 0)

    def add(self, expert: str, trainee: str) -> None:
        self.counts[(expert, trainee)] = self.counts.get((expert, trainee), 0) + 1


@dataclass(frozen=True)
class Scores:
    """The score distribution: counts per band of ten points (the last includes 100)."""

    bands: list[int]
    passed: int
    mean: float
    median: float
    lowest: float
    highest: float

    @staticmethod
    def band_label(index: int) -> str:
        return f"{10 * index}–{10 * index + 10}" if index < 9 else "90–100"


@dataclass
class Overview:
    trainees: int
    categories: list[str]
    coverage: dict[str, list[Run]]
    key_spans: list[KeyTally]
    extras: list[FrequentExtra]
    confusion: Confusion
    scores: Scores


def overview(results: Sequence[GradeResult], categories: Sequence[str]) -> Overview:
    """Everything the class overview shows, from one grade per trainee."""
    categories = list(categories)
    for result in results:  # a key file: categories only trainees used
        for category in result.categories:
            if category not in categories:
                categories.append(category)
    return Overview(
        trainees=len(results),
        categories=categories,
        coverage=coverage(results, categories),
        key_spans=key_tallies(results),
        extras=frequent_extras(results),
        confusion=confusion(results, categories),
        scores=scores(results),
    )


# ------------------------------------------------------------------ coverage


def _marked(result: GradeResult) -> Iterable[Placed]:
    """Every span a trainee marked that has a place (all verdicts; orphans have none)."""
    return (o.annotation for o in result.annotation_outcomes if not o.annotation.orphaned)


def coverage(results: Iterable[GradeResult], categories: Sequence[str]) -> dict[str, list[Run]]:
    """Per category, runs of code points with how many trainees marked them (count > 0).

    A trainee counts once per character, however many of their spans cover it.
    """
    deltas: dict[str, dict[int, int]] = {c: {} for c in categories}
    for result in results:
        by_category: dict[str, list[tuple[int, int]]] = {}
        for span in _marked(result):
            by_category.setdefault(span.category, []).append((span.start, span.end))
        for category, spans in by_category.items():
            events = deltas.setdefault(category, {})
            for start, end in _union(spans):
                events[start] = events.get(start, 0) + 1
                events[end] = events.get(end, 0) - 1
    return {category: _runs(events) for category, events in deltas.items()}


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _runs(events: dict[int, int]) -> list[Run]:
    runs: list[Run] = []
    count, previous = 0, None
    for position in sorted(events):
        if previous is not None and count > 0 and position > previous:
            if runs and runs[-1].end == previous and runs[-1].count == count:
                runs[-1] = Run(runs[-1].start, position, count)
            else:
                runs.append(Run(previous, position, count))
        count += events[position]
        previous = position
    return runs


def count_at(runs: Sequence[Run], position: int) -> int:
    """How many trainees marked the code point at ``position`` (a binary search over runs)."""
    low, high = 0, len(runs)
    while low < high:
        middle = (low + high) // 2
        if runs[middle].end <= position:
            low = middle + 1
        else:
            high = middle
    return runs[low].count if low < len(runs) and runs[low].start <= position else 0


# ----------------------------------------------------------------- key spans


def key_tallies(results: Iterable[GradeResult]) -> list[KeyTally]:
    """Required expert spans, most missed first; ties in text order."""
    spans: dict[str, Placed] = {}
    counts: dict[str, dict[str, int]] = {}
    for result in results:
        for outcome in result.key_outcomes:
            if outcome.verdict not in KEY_COUNTED:
                continue  # optional spans cannot be missed
            key = outcome.key
            spans.setdefault(key.id, key)
            tally = counts.setdefault(key.id, dict.fromkeys(KEY_COUNTED, 0))
            tally[outcome.verdict] += 1
    tallies = [
        KeyTally(spans[k], c["found"], c["partial"], c["wrong-category"], c["missed"])
        for k, c in counts.items()
    ]
    tallies.sort(key=lambda t: (-t.missed, t.span.start, t.span.end, t.span.id))
    return tallies


# -------------------------------------------------------------------- extras


def frequent_extras(results: Sequence[GradeResult]) -> list[FrequentExtra]:
    """Clusters of overlapping extras of one category across trainees, most trainees first.

    Ties: more trainees on the shared stretch, then text order.
    """
    by_category: dict[str, list[tuple[int, Placed]]] = {}
    for trainee, result in enumerate(results):
        for o in result.annotation_outcomes:
            if o.verdict == "extra" and o.duplicate_of is None and not o.annotation.orphaned:
                by_category.setdefault(o.annotation.category, []).append((trainee, o.annotation))
    found: list[FrequentExtra] = []
    for category, marks in by_category.items():
        marks.sort(key=lambda m: (m[1].start, m[1].end))
        cluster: list[tuple[int, Placed]] = []
        reach = -1
        for mark in marks:  # sorted by start: a cluster ends where nothing reaches further
            if cluster and mark[1].start >= reach:
                found.append(_cluster(category, cluster))
                cluster, reach = [], -1
            cluster.append(mark)
            reach = max(reach, mark[1].end)
        if cluster:
            found.append(_cluster(category, cluster))
    found.sort(key=lambda e: (-e.trainees, -e.peak, e.start, e.end, e.category))
    return found


def _cluster(category: str, marks: list[tuple[int, Placed]]) -> FrequentExtra:
    per_trainee: dict[int, list[tuple[int, int]]] = {}
    for trainee, span in marks:
        per_trainee.setdefault(trainee, []).append((span.start, span.end))
    events: dict[int, int] = {}
    for spans in per_trainee.values():
        for start, end in _union(spans):
            events[start] = events.get(start, 0) + 1
            events[end] = events.get(end, 0) - 1
    runs = _runs(events)
    peak = max(r.count for r in runs)
    best = None
    for run in runs:  # the longest stretch at the peak count; ties to the first
        if run.count == peak and (best is None or run.end - run.start > best.end - best.start):
            best = run
    quote = _stitched_quote([s for _, s in marks], best.start, best.end)
    return FrequentExtra(
        category=category,
        start=best.start,
        end=best.end,
        quote=quote,
        trainees=len(per_trainee),
        peak=peak,
        extent=(marks[0][1].start, max(s.end for _, s in marks)),
        spans=len(marks),
    )


def _stitched_quote(spans: Sequence[Placed], start: int, end: int) -> str:
    """The text of [start, end) pieced together from the quotes of spans that cover it.

    The shared stretch is covered by the union of each trainee's spans, not
    always by one span (``[0,10)+[8,20)`` and ``[0,12)+[11,20)`` share
    ``[0,20)``), so the quote is read piece by piece: at each point, from
    the covering span that reaches furthest.
    """
    ordered = sorted(spans, key=lambda s: s.start)
    pieces: list[str] = []
    position, next_span, holder = start, 0, None
    while position < end:
        while next_span < len(ordered) and ordered[next_span].start <= position:
            if holder is None or ordered[next_span].end > holder.end:
                holder = ordered[next_span]  # of those begun, the one that reaches furthest
            next_span += 1
        if holder is None or holder.end <= position:
            break  # cannot happen for a stretch with a positive count
        stop = min(end, holder.end)
        pieces.append(holder.quote[position - holder.start : stop - holder.start])
        position = stop
    return "".join(pieces)


# ----------------------------------------------------------------- confusion


def confusion(results: Iterable[GradeResult], categories: Sequence[str]) -> Confusion:
    """The expert's category against the trainee's, over every pair and every unpaired span."""
    table = Confusion(list(categories))
    for result in results:
        for o in result.key_outcomes:
            if o.verdict in ("found", "partial"):
                table.add(o.key.category, o.key.category)
            elif o.verdict == "wrong-category":
                table.add(o.key.category, o.annotation.category)
            elif o.verdict == "missed":
                table.add(o.key.category, MISSED)
        for o in result.annotation_outcomes:
            if o.verdict == "extra" and o.duplicate_of is None:
                table.add(EXTRA, o.annotation.category)
    for expert, trainee in table.counts:
        for category in (expert, trainee):
            if category not in (EXTRA, MISSED) and category not in table.categories:
                table.categories.append(category)
    return table


# -------------------------------------------------------------------- scores


def scores(results: Sequence[GradeResult]) -> Scores:
    values = [r.score for r in results]
    bands = [0] * 10
    for value in values:
        bands[min(9, max(0, int(value // 10)))] += 1
    if not values:
        return Scores(bands, 0, 0.0, 0.0, 0.0, 0.0)
    return Scores(
        bands=bands,
        passed=sum(1 for r in results if r.passed),
        mean=statistics.fmean(values),
        median=statistics.median(values),
        lowest=min(values),
        highest=max(values),
    )
