"""The format's limits in plain words: which highlight or field, and which limit."""

from __future__ import annotations

from annotator.core.limits import FILE_MAX_BYTES, TAGS_MAX, TEXT_MAX, over_limit, too_big
from annotator.core.model import Annotation, Submission, Trainee

TEXT = "Putin conversa con Kim Jong-un sobre la cumbre. " * 300


def submission(*annotations: Annotation, trainee: Trainee | None = None) -> Submission:
    return Submission(exercise="x", exercise_version="1", text_sha256="0" * 64,
                      trainee=trainee, annotations=list(annotations))


def annotation(aid: str, start: int, end: int, note: str | None = None) -> Annotation:
    return Annotation(id=aid, category="claim", start=start, end=end, quote=TEXT[start:end],
                      note=note)


def test_a_note_at_the_limit_passes_and_one_over_is_named_by_its_place_in_the_list():
    """Ensure the message names the highlight as the list numbers it (text order) and the
    limit, in both languages, with no schema words."""
    fine = annotation("a1", 0, 5, "x" * TEXT_MAX)
    assert over_limit(submission(fine)) is None
    long = annotation("a0", 18, 30, "y" * (TEXT_MAX + 1))
    problem = over_limit(submission(long, fine))
    assert problem is not None
    assert str(problem).startswith("the note of highlight 2 (“Kim Jong-un")
    assert f"{TEXT_MAX + 1} characters" in problem and f"at most {TEXT_MAX}" in problem
    assert "nota del subrayado 2" in problem.text("es")


def test_quotes_and_trainee_fields_over_the_limit_are_named():
    assert "highlight 1" in over_limit(submission(annotation("a1", 0, TEXT_MAX + 1)))
    assert over_limit(submission(annotation("a1", 0, TEXT_MAX))) is None
    named = over_limit(submission(trainee=Trainee(name="n" * (TEXT_MAX + 1))))
    assert str(named).startswith("the trainee's name has")


def test_files_the_reader_would_refuse_are_named_before_writing():
    assert too_big(b"<a/>" * 10) is None
    assert "MB" in too_big(b" " * (FILE_MAX_BYTES + 1))
    assert str(TAGS_MAX) in too_big(b"<" * (TAGS_MAX + 1))


def test_a_free_text_answer_over_its_limit_is_named_with_its_question():
    """A 2,000-character answer (scoring.md §10) saves; one more is named, as the schema
    would refuse it, counted in code points (an emoji is one)."""
    fine = annotation("a1", 0, 5).model_copy(update={"features": {"evidence": "😀" * 2000}})
    assert over_limit(submission(fine)) is None
    long = fine.model_copy(update={"features": {"evidence": "😀" * 2001}})
    problem = over_limit(submission(long))
    assert str(problem).startswith("the answer to “evidence” of highlight 1")
    assert "2001 characters" in problem and "at most 2000" in problem
    assert "respuesta a «evidence» del subrayado 1" in problem.text("es")
