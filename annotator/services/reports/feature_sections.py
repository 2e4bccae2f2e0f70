"""The reports' parts about judging sources and claims (scoring.md §10).

A trainee's report says how many judgements matched the expert's and what
they count for; the class report gets "How the class judged the sources":
for each expert passage and question, how many trainees chose each answer.
Its words are in the reports' own table (words.py), in Spanish and English.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from annotator.core.feature_feedback import feature_label, value_label
from annotator.core.grading import GradeResult
from annotator.core.model import Tagset
from annotator.services.feature_report import class_judgements
from annotator.services.reports.words import Words


def judgement_line(words: Words, result: GradeResult) -> str:
    """One paragraph for a trainee's report; "" when no judgement was graded."""
    features = result.features
    if features is None or not features.total.graded:
        return ""
    line = words["features.line"].format(correct=features.total.correct,
                                         graded=features.total.graded)
    tail = (words["features.weight"].format(weight=words.percent(features.weight, 0))
            if features.weight > 0 else words["features.no_weight"])
    return f'<p class="small">{escape(line)} · {escape(tail)}</p>'


def class_section(
    words: Words, key_spans, results: Sequence[GradeResult], tagset: Tagset | None,
    table: Callable[..., str], short: Callable[[str, int], str],
) -> str:
    """The class report's section; "" when the key asks no question of any passage."""
    rows = class_judgements(key_spans, results, tagset)
    if not rows:
        return ""
    body = []
    for row in rows:
        answers = ", ".join(
            ("✓ " if value in row.accepted else "")
            + f"{escape(value_label(tagset, row.feature, value, words.language))}: {count}"
            for value, count in row.counts.items() if count or value in row.accepted
        )
        body.append([short(row.key.quote, 100), escape(feature_label(tagset, row.feature,
                                                                      words.language)),
                     answers, str(row.missing), str(row.not_paired)])
    head = [words[f"features.{name}"]
            for name in ("passage", "question", "answers", "no_answer", "not_found")]
    return (f"<h2>{escape(words['features.title'])}</h2>"
            f'<p class="small">{escape(words["features.intro"])}</p>'
            + table(head, body, numeric=(3, 4), widths=(30, 16, 34, 10, 10)))
