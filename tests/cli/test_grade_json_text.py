"""The grader writes each JSON entry as text; it must be exactly what ``json.dumps`` gives."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli.grading import Graded, json_entry
from annotator.core.grading import grade
from annotator.core.model import Annotation, KeySpan

TEXT = "Él dijo: «sí», y ella — no. (Nadie) sabe: ¿cuándo? 25 % de 4,5 millones.\n"


@st.composite
def spans(draw, prefix: str, cls, **kinds):
    made = []
    for number in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(TEXT) - 1))
        end = draw(st.integers(start + 1, min(len(TEXT), start + 25)))
        extra = {name: draw(strategy) for name, strategy in kinds.items()}
        category = draw(st.sampled_from(["claim", "framing"]))
        made.append(cls(id=f"{prefix}{number}", category=category,
                        start=start, end=end, quote=TEXT[start:end], **extra))
    return made


def reference_entry(graded: Graded, result) -> dict:
    """scoring.md §6, field for field, as plain data."""
    return {
        "file": graded.file,
        "trainee": {"id": graded.trainee_id, "name": graded.trainee_name},
        "score": result.score,
        "passed": result.passed,
        "total": {"precision": result.total.precision, "recall": result.total.recall,
                  "f1": result.total.f1},
        "categories": {
            c: {"precision": m.precision, "recall": m.recall, "f1": m.f1,
                "key_spans": m.key_spans, "annotations": m.annotations}
            for c, m in result.categories.items()
        },
        "features": {
            feature: {"correct": t.correct, "wrong": t.wrong, "missing": t.missing,
                      "graded": t.graded, "accuracy": t.accuracy}
            for feature, t in [*result.features.by_feature.items(),
                               ("total", result.features.total)]
        },
        "key_verdicts": [
            {"key": o.key.id, "verdict": o.verdict,
             "annotation": o.annotation.id if o.annotation else None, "overlap": o.overlap,
             "extent": o.extent, **({"credited": True} if o.credited else {}),
             "feature_verdicts": [
                 {"feature": v.feature, "given": v.given, "accepted": list(v.accepted),
                  "verdict": v.verdict} for v in o.feature_verdicts]}
            for o in result.key_outcomes
        ],
        "annotation_verdicts": [
            {"annotation": o.annotation.id, "verdict": o.verdict,
             "key": o.key.id if o.key else None}
            for o in result.annotation_outcomes
        ],
        "notices": graded.notices,
    }


@given(st.data(), st.sampled_from(["partial", "strict", "lenient"]))
@settings(max_examples=200)
def test_the_entry_text_is_what_json_dumps_gives(data, scheme):
    """Ensure the hand-written verdict lists equal json.dumps for any grade, byte for byte."""
    keys = data.draw(spans("k", KeySpan, required=st.booleans()))
    trainee = data.draw(spans("a", Annotation))
    result = grade(keys, trainee, scheme=scheme)
    graded = Graded(file="año/Ana \"P\".submission.xml", trainee_id="s1",
                    trainee_name=data.draw(st.text(max_size=8)),
                    notices=data.draw(st.lists(st.text(max_size=10), max_size=2)))
    text = json_entry(graded, result)
    assert text == json.dumps(reference_entry(graded, result), ensure_ascii=False)
    json.loads(text)
