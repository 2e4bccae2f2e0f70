"""The first frame of a bundled exercise: what the window shows before any model exists.

It must say exactly what the models say (the window swaps them in right
after the first paint and nothing may move), and anything it does not
expect gives no first frame rather than a wrong one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from annotator import bundled
from annotator.xmlio.first_frame import read_first_frame
from annotator.xmlio.readers import read_exercise


@pytest.mark.parametrize("path", bundled.bundled_exercises(), ids=lambda p: p.name)
def test_each_bundled_exercise_has_the_first_frame_its_model_describes(path):
    frame = read_first_frame(path)
    exercise = read_exercise(path).document
    assert frame is not None
    assert frame.title == exercise.title
    assert frame.instructions == exercise.instructions
    assert [(b.kind, b.text) for b in frame.article.blocks] == [
        (b.kind, b.text) for b in exercise.article.blocks]
    assert [(c.id, c.color, c.shortcut, c.labels, c.descriptions)
            for c in frame.tagset.categories] == [
        (c.id, c.color, c.shortcut, c.labels, c.descriptions)
        for c in exercise.tagset.categories]
    for language in ("en", "es", "fr"):
        assert [c.label(language) for c in frame.tagset.categories] == [
            c.label(language) for c in exercise.tagset.categories]
        assert [c.description(language) for c in frame.tagset.categories] == [
            c.description(language) for c in exercise.tagset.categories]
    assert frame.check_policy == exercise.grading.check
    assert frame.has_key == (exercise.key is not None)
    assert frame.sealed == (exercise.sealed_key is not None)
    assert (frame.id, frame.language) == (exercise.id, exercise.language)
    course = exercise.course
    assert (frame.level, frame.minutes) == ((course.level, course.minutes) if course
                                             else (None, None))
    assert frame.skills == ({s.id: dict(s.labels) for s in course.skills} if course else {})


def test_a_policy_and_a_sealed_key_are_read(tmp_path):
    text = bundled.first_exercise().read_text(encoding="utf-8")
    start, end = text.index("<key"), text.index("</key>") + len("</key>")
    changed = tmp_path / "sealed.exercise.xml"
    changed.write_text(
        text[:start] + '<sealed-key salt="AA" nonce="AA" n="32768" r="8" p="1">AA</sealed-key>'
        + text[end:], encoding="utf-8")
    frame = read_first_frame(changed)
    assert frame is not None and frame.sealed and not frame.has_key


@pytest.mark.parametrize("broken", [
    "not xml at all <",
    '<?xml version="1.0"?><submission xmlns="urn:x"/>',
    "",
])
def test_anything_else_gives_no_first_frame(tmp_path, broken):
    path = tmp_path / "odd.exercise.xml"
    path.write_text(broken, encoding="utf-8")
    assert read_first_frame(path) is None
    assert read_first_frame(tmp_path / "missing.exercise.xml") is None


def test_an_exercise_without_categories_gives_no_first_frame(tmp_path):
    text = bundled.first_exercise().read_text(encoding="utf-8")
    start, end = text.index("<tagset"), text.index("</tagset>") + len("</tagset>")
    path = tmp_path / "no-tagset.exercise.xml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert read_first_frame(path) is None


def test_reading_a_first_frame_loads_neither_pydantic_nor_lxml():
    script = ("import json, sys\n"
              "from annotator.bundled import first_exercise\n"
              "from annotator.xmlio.first_frame import read_first_frame\n"
              "assert read_first_frame(first_exercise()) is not None\n"
              "print(json.dumps(sorted(m for m in sys.modules\n"
              "                  if m.split('.')[0] in ('pydantic', 'lxml'))))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env=dict(os.environ), stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
