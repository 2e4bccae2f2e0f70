"""Features in the formats (formats.md, scoring.md §10): round trips, refusals naming the span."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator import bundled
from annotator.core.model import (
    Annotation,
    Article,
    Block,
    Category,
    Exercise,
    Feature,
    FeatureOutcome,
    FeaturesSummary,
    FeatureValue,
    Figures,
    Grade,
    GradingSettings,
    KeyFile,
    KeySpan,
    Outcome,
    Submission,
    Tagset,
)
from annotator.xmlio.errors import FormatError
from annotator.xmlio.readers import (
    bind_key,
    bind_submission,
    read_document,
    read_exercise,
    read_submission,
)
from annotator.xmlio.writers import save, to_bytes

IDS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.\-]{0,10}", fullmatch=True).filter(
    lambda i: i != "total")
FREE_TEXT = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"),
    max_size=40,
)
LANG_TEXTS = st.dictionaries(st.sampled_from(["es", "en"]), FREE_TEXT, max_size=2)
TEXT = "El Kremlin dijo que la cumbre será en Alaska, según fuentes anónimas."
ROUND_TRIP = settings(max_examples=60, deadline=None,
                      suppress_health_check=[HealthCheck.too_slow])


@st.composite
def features(draw, ids: list[str]) -> list[Feature]:
    made = []
    for feature_id in ids:
        kind = draw(st.sampled_from(["choice", "text"]))
        values = [] if kind == "text" else [
            FeatureValue(id=v, labels=draw(LANG_TEXTS) or {"es": v},
                         descriptions=draw(LANG_TEXTS))
            for v in draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
        ]
        made.append(Feature(id=feature_id, kind=kind, required=draw(st.booleans()),
                            labels=draw(LANG_TEXTS) or {"en": feature_id},
                            descriptions=draw(LANG_TEXTS), values=values))
    return made


@st.composite
def featured_exercises(draw) -> tuple[Exercise, Submission]:
    category_ids = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    feature_ids = draw(st.lists(IDS, max_size=4, unique=True))
    owners = [draw(st.sampled_from(category_ids)) for _ in feature_ids]
    declared = draw(features(feature_ids))
    categories = [
        Category(id=c, color="#123456", labels={"es": c},
                 features=[f for f, owner in zip(declared, owners, strict=True) if owner == c])
        for c in category_ids
    ]
    tagset = Tagset(categories=categories)
    key, annotations = [], []
    for number in range(draw(st.integers(0, 4))):
        category = draw(st.sampled_from(categories))
        start = draw(st.integers(0, len(TEXT) - 1))
        end = draw(st.integers(start + 1, len(TEXT)))
        accepted = {
            f.id: draw(st.lists(st.sampled_from(f.value_ids()), min_size=1, unique=True))
            for f in category.features if f.kind == "choice" and draw(st.booleans())
        }
        key.append(KeySpan(id=f"k{number}", category=category.id, start=start, end=end,
                           quote=TEXT[start:end], accepted=accepted))
        given_values = {
            f.id: draw(st.sampled_from(f.value_ids()) if f.kind == "choice" else FREE_TEXT)
            for f in category.features if draw(st.booleans())
        }
        annotations.append(Annotation(id=f"a{number}", category=category.id, start=start,
                                      end=end, quote=TEXT[start:end], features=given_values))
    exercise = Exercise(
        id="ex", title="t", tagset=tagset,
        article=Article(blocks=[Block(kind="paragraph", text=TEXT)]),
        grading=GradingSettings(features_weight=draw(st.floats(0, 1))), key=key,
    )
    submission = Submission(exercise="ex", text_sha256=exercise.article.sha256,
                            annotations=annotations)
    return exercise, submission


def assert_round_trip(document, path: Path):
    data = to_bytes(document)
    path.write_bytes(data)
    loaded = read_document(path)
    assert loaded.repairs == []
    assert loaded.document.model_dump() == document.model_dump()
    assert to_bytes(loaded.document) == data
    return loaded


@ROUND_TRIP
@given(pair=featured_exercises())
def test_features_round_trip_in_exercises_and_submissions(pair, tmp_path_factory):
    """Ensure declarations, accepted values, given values and w survive save and load."""
    exercise, submission = pair
    folder = tmp_path_factory.mktemp("features")
    loaded_exercise = assert_round_trip(exercise, folder / "e.exercise.xml").document
    loaded = assert_round_trip(submission, folder / "s.submission.xml")
    assert bind_submission(loaded, loaded_exercise) == []
    key_file = KeyFile(exercise="ex", text_sha256=exercise.article.sha256, spans=exercise.key)
    assert_round_trip(key_file, folder / "k.key.xml")


@ROUND_TRIP
@given(outcomes=st.lists(st.builds(
    FeatureOutcome, feature=IDS, given=st.none() | IDS,
    verdict=st.sampled_from(["correct", "wrong", "missing"]),
    accepted=st.lists(IDS, max_size=3)), max_size=3, unique_by=lambda o: o.feature),
    summary=st.none() | st.builds(FeaturesSummary, accuracy=st.none() | st.floats(0, 1),
                                  weight=st.floats(0, 1)))
def test_feature_outcomes_round_trip_in_a_grade(outcomes, summary, tmp_path_factory):
    """Ensure <feature-outcome> and <features accuracy weight> survive save and load."""
    grade = Grade(scheme="partial", score=50, pass_mark=60, passed=False, key_sha256="0" * 64,
                  total=Figures(precision=0.5, recall=0.5, f1=0.5), features=summary,
                  outcomes=[Outcome(key="k1", annotation="a1", verdict="found", overlap=1,
                                    features=outcomes)])
    submission = Submission(exercise="ex", text_sha256="0" * 64, grade=grade)
    assert_round_trip(submission, tmp_path_factory.mktemp("grade") / "g.submission.xml")


# ------------------------------------------------------------------ refusals


def exercise_with(tmp_path: Path, before: str, after: str) -> Path:
    data = bundled.first_exercise().read_text(encoding="utf-8")
    assert before in data
    path = tmp_path / "edited.exercise.xml"
    path.write_text(data.replace(before, after, 1), encoding="utf-8")
    return path


def test_a_key_value_the_tagset_does_not_declare_is_refused_naming_the_span(tmp_path):
    """Ensure an undeclared accepted value refuses the exercise with one line naming the span."""
    path = exercise_with(tmp_path, '<feature-value feature="checkable">false</feature-value>',
                         '<feature-value feature="checkable">fake</feature-value>')
    with pytest.raises(FormatError) as caught:
        read_exercise(path)
    assert "key span k16" in caught.value.reason and "'fake'" in caught.value.reason
    assert "\n" not in str(caught.value)


def test_a_key_feature_of_another_category_is_refused_naming_the_span(tmp_path):
    """Ensure a feature not declared for the span's category refuses the exercise."""
    path = exercise_with(tmp_path, '<feature-value feature="checkable">false</feature-value>',
                         '<feature-value feature="source-kind">official</feature-value>')
    with pytest.raises(FormatError) as caught:
        read_exercise(path)
    assert "key span k16" in caught.value.reason and "source-kind" in caught.value.reason


def test_a_key_value_for_a_text_feature_is_refused(tmp_path):
    """Ensure the key gives values only for choice features."""
    path = exercise_with(tmp_path, '<feature-value feature="checkable">false</feature-value>',
                         '<feature-value feature="evidence">x</feature-value>')
    with pytest.raises(FormatError) as caught:
        read_exercise(path)
    assert "key span k16" in caught.value.reason and "free text" in caught.value.reason


def submission_with(tmp_path: Path, values: dict[str, str], category="attribution") -> Path:
    exercise = read_exercise(bundled.first_exercise()).document
    text = exercise.article.text
    quote = "informó en Telegram el Kremlin"
    start = text.index(quote)
    path = tmp_path / "s.submission.xml"
    save(Submission(exercise=exercise.id, text_sha256=exercise.article.sha256, annotations=[
        Annotation(id="a7", category=category, start=start, end=start + len(quote),
                   quote=quote, features=values)]), path)
    return path


@pytest.mark.parametrize("values, words", [
    ({"source-kind": "aliens"}, "'aliens'"),
    ({"checkable": "true"}, "checkable"),
])
def test_an_undeclared_value_or_feature_in_a_submission_is_refused_naming_the_span(
        tmp_path, values, words):
    """Ensure a submission's unknown value or feature is one line naming the annotation."""
    exercise = read_exercise(bundled.first_exercise()).document
    loaded = read_submission(submission_with(tmp_path, values))
    with pytest.raises(FormatError) as caught:
        bind_submission(loaded, exercise)
    assert "annotation a7" in caught.value.reason and words in caught.value.reason


def test_a_text_value_over_2000_characters_is_refused(tmp_path):
    """Ensure the 2,000-character cap of a text feature holds on reading and on writing."""
    path = submission_with(tmp_path, {"source-kind": "official"}, )
    data = path.read_text(encoding="utf-8").replace(
        '<feature-value feature="source-kind">official</feature-value>',
        '<feature-value feature="evidence">' + "x" * 2001 + "</feature-value>")
    path.write_text(data, encoding="utf-8")
    with pytest.raises(FormatError):
        read_submission(path)
    with pytest.raises(ValueError):
        to_bytes(Submission(exercise="e", text_sha256="0" * 64, annotations=[
            Annotation(id="a", category="claim", start=0, end=1, quote="x",
                       features={"evidence": "y" * 2001})]))


def test_a_key_file_is_checked_against_the_exercise_when_bound(tmp_path):
    """Ensure a key file's undeclared value is refused once its exercise is known."""
    exercise = read_exercise(bundled.first_exercise()).document
    span = exercise.key[2].model_copy(update={"accepted": {"checkable": ["maybe"]}})
    path = tmp_path / "k.key.xml"
    save(KeyFile(exercise=exercise.id, text_sha256=exercise.article.sha256, spans=[span]), path)
    with pytest.raises(FormatError) as caught:
        bind_key(read_document(path), exercise)
    assert f"key span {span.id}" in caught.value.reason


def test_the_bundled_exercise_gives_values_for_every_required_attribution_and_claim():
    """Ensure the course exercise teaches the judgement on every required attribution and claim."""
    exercise = read_exercise(bundled.first_exercise()).document
    for span in exercise.key:
        if span.required and span.category == "attribution":
            assert span.accepted.get("source-kind"), span.id
        if span.required and span.category == "claim":
            assert span.accepted.get("checkable"), span.id


def test_answers_frozen_in_an_attempt_round_trip(tmp_path):
    """Ensure a handed-in attempt keeps the trainee's answers through save and load."""
    from annotator.services.attempts import next_attempt

    path = submission_with(tmp_path, {"source-kind": "anonymous"})
    loaded = read_submission(path).document
    with_attempt = loaded.model_copy(update={
        "attempts": [next_attempt([], loaded.annotations)]})
    save(with_attempt, path)
    again = read_submission(path).document
    assert again.attempts[0].annotations[0].features == {"source-kind": "anonymous"}
    assert to_bytes(again) == path.read_bytes()
