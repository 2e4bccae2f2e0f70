"""Attempts, checks, check policy and sealing in the files (formats.md, attempts.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator import bundled
from annotator.core.annotation_hash import annotations_sha256
from annotator.core.session import Session
from annotator.services import attempts as attempt_ops
from annotator.xmlio.errors import FormatError
from annotator.xmlio.readers import bind_submission, read_bytes, read_exercise, read_submission
from annotator.xmlio.writers import save, to_bytes


@pytest.fixture(scope="module")
def exercise():
    return read_exercise(bundled.first_exercise()).document


def _session_with_history(exercise) -> Session:
    session = Session(exercise)
    session.add(session.new_annotation("claim", 0, 5))
    session.attempts.append(attempt_ops.next_attempt(session.attempts, session.annotations))
    session.checks.append(attempt_ops.new_check(session.attempts, "a" * 64, unlocked=True))
    session.add(session.new_annotation("framing", 10, 20))
    session.attempts.append(attempt_ops.next_attempt(session.attempts, session.annotations))
    return session


def test_attempts_and_checks_round_trip_byte_for_byte(exercise, tmp_path):
    session = _session_with_history(exercise)
    document = session.to_submission()
    data = to_bytes(document)
    loaded = read_bytes(data, tmp_path / "s.submission.xml")
    assert loaded.document == document
    assert to_bytes(loaded.document) == data
    text = data.decode()
    assert text.index("<attempt ") > text.index("<annotation id=\"a2\"")  # after the current ones
    assert '<check at="' in text and 'unlocked="true"' in text and 'attempt="1"' in text


def test_a_session_reopened_keeps_its_history(exercise, tmp_path):
    path = tmp_path / "s.submission.xml"
    save(_session_with_history(exercise).to_submission(), path)
    loaded = read_submission(path)
    bind_submission(loaded, exercise)
    again = Session.from_submission(exercise, loaded.document)
    assert [a.n for a in again.attempts] == [1, 2]
    assert len(again.checks) == 1 and again.checks[0].attempt == 1


def test_the_annotations_hash_follows_formats_md(exercise):
    session = _session_with_history(exercise)
    lines = "a1\tclaim\t0\t5\na2\tframing\t10\t20\n"
    import hashlib

    assert annotations_sha256(reversed(session.annotations)) == hashlib.sha256(
        lines.encode()).hexdigest()


def _in_attempt_1(text: str, old: str, new: str) -> str:
    """The text with ``old`` changed to ``new`` once, inside attempt 1 only."""
    start = text.index('<attempt n="1"')
    end = text.index("</attempt>", start)
    return text[:start] + text[start:end].replace(old, new, 1) + text[end:]


def _write(tmp_path: Path, exercise, edit) -> Path:
    text = to_bytes(_session_with_history(exercise).to_submission()).decode()
    path = tmp_path / "odd.submission.xml"
    path.write_text(edit(text), encoding="utf-8")
    return path


@pytest.mark.parametrize("edit, words", [
    (lambda t: t.replace('<attempt n="2"', '<attempt n="3"'), "attempt 3 where attempt 2"),
    (lambda t: t.replace('attempt="1"', 'attempt="4"'), "check after attempt 4"),
    (lambda t: _in_attempt_1(t, 'category="claim"', 'category="framing"'),
     "attempt 1: annotations-sha256 does not match"),
])
def test_a_gap_or_a_check_past_the_last_attempt_is_refused_by_validate(
        exercise, tmp_path, edit, words):
    """Ensure validate refuses such a history with one line, exit 1, and repairs nothing."""
    path = _write(tmp_path, exercise, edit)
    before = path.read_bytes()
    with pytest.raises(FormatError) as caught:
        read_submission(path)
    assert words in str(caught.value)
    run = subprocess.run([sys.executable, "-m", "annotator", "validate", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert words in run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    assert path.read_bytes() == before


def test_the_check_policy_round_trips_and_defaults_to_anytime(exercise, tmp_path):
    assert exercise.grading.check == "anytime"
    strict = exercise.model_copy(update={
        "grading": exercise.grading.model_copy(update={"check": "after-hand-in"})})
    data = to_bytes(strict)
    assert b'check="after-hand-in"' in data
    assert read_bytes(data, tmp_path / "e.exercise.xml").document.grading.check == "after-hand-in"
    assert b"check=" not in to_bytes(exercise)


def test_an_exercise_with_a_key_and_a_sealed_key_is_refused(exercise, tmp_path):
    from annotator.services import sealing

    sealed = to_bytes(sealing.seal(exercise, "luna-campo-verde-salto").student).decode()
    key_xml = to_bytes(exercise).decode()
    key_part = key_xml[key_xml.index("<key>"):key_xml.index("</key>") + 6]
    both = sealed.replace("<sealed-key", key_part + "<sealed-key")
    with pytest.raises(FormatError):
        read_bytes(both.encode(), tmp_path / "both.exercise.xml")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(marks=st.lists(st.tuples(st.integers(0, 300), st.integers(1, 40),
                                st.sampled_from(["claim", "framing", "attribution"])),
                      max_size=6),
       hand_ins=st.lists(st.integers(0, 3), max_size=4))
def test_any_history_round_trips(exercise, tmp_path, marks, hand_ins):
    """Ensure any sequence of marks, hand-ins and checks reads back as it was written."""
    session = Session(exercise)
    text = exercise.article.text
    for (start, length, category), stop in zip(marks, hand_ins + [0] * len(marks),
                                               strict=False):
        end = min(len(text), start + length)
        if start < end and session.find(category, start, end) is None:
            session.add(session.new_annotation(category, start, end))
        for _ in range(stop):
            session.attempts.append(attempt_ops.next_attempt(session.attempts,
                                                             session.annotations))
            session.checks.append(attempt_ops.new_check(session.attempts, "b" * 64, False))
    document = session.to_submission()
    assert read_bytes(to_bytes(document), tmp_path / "x.submission.xml").document == document


def test_validate_names_a_damaged_sealed_key_in_one_line(exercise, tmp_path):
    from annotator.services import sealing

    good = tmp_path / "good.exercise.xml"
    good.write_bytes(to_bytes(sealing.seal(exercise, "luna-campo-verde-salto").student))
    text = good.read_text(encoding="utf-8")
    start = text.index('salt="') + len('salt="')
    bad = tmp_path / "bad.exercise.xml"
    bad.write_text(text[:start] + "AAAA" + text[start + 24:], encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "annotator", "validate", str(good), str(bad)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    lines = run.stdout.strip().splitlines()
    assert lines[0] == f"{good}: valid (exercise 'putin-kim-alaska', 13 blocks, sealed key)"
    assert lines[1].startswith(f"{bad}: the sealed key is damaged (salt has 3 bytes, not 16)")
    assert len(lines) == 2 and "Traceback" not in run.stderr
