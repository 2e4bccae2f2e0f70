"""The bundled course: rebuilt from its sources, complete keys, notes, licences, honest guides."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import bundled
from annotator.core.tagset import DESCRIPTIONS
from annotator.xmlio.readers import read_exercise

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "exercises" / "sources"
HELP = REPO / "resources" / "help"
MIN_REQUIRED_SPANS = 12
MIN_EXPLANATION = 60
SITUATIONS = {  # what the course must practise somewhere, by skill id
    "anonymous-source", "numbers", "press-release", "opinion-as-news", "photo-caption",
    "headline-body",
}


def _commands() -> dict[str, list[str]]:
    """The import-text command of each exercise, as the sources README gives it."""
    text = (SOURCES / "README.md").read_text("utf-8")
    commands = {}
    for block in re.findall(r"```\n(annotator import-text .*?)\n```", text, re.S):
        args = shlex.split(block.replace("\\\n", " "))
        output = args[args.index("-o") + 1]
        commands[Path(output).name] = args[1:]
    return commands


def _graded():
    return [read_exercise(path).document for path in bundled.graded_exercises()]


def test_every_bundled_exercise_has_its_command_and_no_command_is_left_over():
    assert sorted(_commands()) == sorted(p.name for p in bundled.bundled_exercises())


@pytest.mark.parametrize("name", sorted(_commands()))
def test_import_text_rebuilds_each_exercise_byte_for_byte(name, tmp_path):
    """Ensure each bundled exercise is exactly what the importer makes of its sources."""
    args = _commands()[name]
    args[args.index("-o") + 1] = str(tmp_path / name)
    result = subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True, text=True, timeout=60, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).read_bytes() == (REPO / "exercises" / name).read_bytes()


def test_validate_is_clean_on_every_bundled_exercise():
    paths = [str(p) for p in bundled.bundled_exercises()]
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "validate", *paths],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_enough_graded_exercises_in_each_language_across_the_levels():
    graded = _graded()
    languages = [e.language for e in graded]
    assert languages.count("es") >= 5 and languages.count("en") >= 3
    assert {e.course.level for e in graded} == {1, 2, 3}
    assert SITUATIONS <= {s.id for e in graded for s in e.course.skills}


@pytest.mark.parametrize("path", bundled.graded_exercises(), ids=lambda p: p.name)
def test_a_graded_exercise_is_complete(path):
    """Ensure >= 12 required spans, every explanation >= 60 characters in the exercise's
    language, instructor notes in that language (goal, background, prompts, plan),
    metadata, and a licence line."""
    exercise = read_exercise(path).document
    language = exercise.language
    required = [s for s in exercise.key if s.required]
    assert len(required) >= MIN_REQUIRED_SPANS
    for span in exercise.key:
        assert len(span.explanations.get(language, "")) >= MIN_EXPLANATION, span.id
    notes = exercise.notes
    for field in ("goals", "background", "prompts", "time_plan"):
        assert getattr(notes, field).get(language), field
    assert exercise.course.level in (1, 2, 3) and exercise.course.minutes
    assert exercise.course.skills
    assert exercise.source and exercise.source.licence


@pytest.mark.parametrize("path", bundled.bundled_exercises(), ids=lambda p: p.name)
def test_every_required_span_says_which_judgements_the_expert_accepts(path):
    """Ensure each question a category asks is answered on every graded span of the key.

    scoring.md §10 grades a choice feature only on required spans whose key
    gives accepted values: a required attribution without its source-kind, or
    a claim without checkable, leaves the trainee's judgement ungraded. Every
    accepted value must be one the tagset declares for that question.
    """
    exercise = read_exercise(path).document
    for span in exercise.key:
        category = exercise.tagset.get(span.category)
        choices = {f.id: f for f in category.features if f.kind == "choice"}
        if span.required:
            unanswered = sorted(set(choices) - {f for f, values in span.accepted.items() if values})
            assert not unanswered, (span.id, span.quote, unanswered)
        for feature_id, values in span.accepted.items():
            assert feature_id in choices, (span.id, feature_id)
            undeclared = set(values) - set(choices[feature_id].value_ids())
            assert not undeclared, (span.id, feature_id, sorted(undeclared))


def test_the_pair_points_both_ways_and_asks_for_a_comparison():
    graded = {e.id: e for e in _graded()}
    pairs = {e.id: e.course.pairs_with for e in graded.values() if e.course.pairs_with}
    assert pairs, "the course has no pair"
    for one, other in pairs.items():
        assert pairs.get(other) == one
        prompts = " ".join(graded[one].notes.prompts[graded[one].language])
        assert "dos" in prompts or "both" in prompts


def test_invented_reports_say_so_in_their_source_line():
    for exercise in _graded() + [read_exercise(p).document for p in _worked_examples()]:
        if exercise.id == "putin-kim-alaska":
            continue  # the seed article: a real report, quoted
        line = f"{exercise.source.publisher} {exercise.source.licence}"
        assert re.search(r"inventad|invented", line), exercise.id


def _worked_examples() -> list[Path]:
    return [bundled.exercises_dir() / f"{n}.exercise.xml" for n in bundled.WORKED_EXAMPLES.values()]


def _guide_text(path: Path) -> str:
    """A guide's visible text: tags dropped, white space folded, entities read."""
    import html

    text = re.sub(r"<style.*?</style>|<[^>]+>", " ", path.read_text("utf-8"), flags=re.S)
    return " ".join(html.unescape(text).split())


def _passages(text: str, words: int = 5) -> set[str]:
    tokens = re.findall(r"\w+", text.lower())
    return {" ".join(tokens[i:i + words]) for i in range(len(tokens) - words + 1)}


GUIDES = sorted(HELP.glob("*/*.html"))


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_guide_quotes_a_graded_exercise(guide):
    """Ensure no run of five words of a graded article appears in a guide.

    The guides teach with the worked examples; quoting a graded article
    gives its answers away before the trainee has tried.
    """
    in_guide = _passages(_guide_text(guide))
    for exercise in _graded():
        shared = in_guide & _passages(exercise.article.text)
        assert not shared, f"{guide.name} quotes {exercise.id}: {sorted(shared)[:3]}"


def test_the_check_fails_on_a_guide_that_quotes_a_graded_exercise(tmp_path):
    """Ensure the check above can fail: a guide quoting a key span of five words or more,
    inside markup and with its own spacing, is caught."""
    exercise = _graded()[0]
    quote = next(s.quote for s in exercise.key if len(re.findall(r"\w+", s.quote)) >= 5)
    guide = tmp_path / "guide.html"
    marked = quote.replace(" ", " <b>\n", 1)
    guide.write_text(f"<p>Ejemplo: <i>{marked}</i></b></p>", encoding="utf-8")
    assert _passages(_guide_text(guide)) & _passages(exercise.article.text)


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_trainee_guide_uses_the_worked_example_and_the_panel_wording(language):
    """Ensure one wording of each category for panel and guide, and examples from the
    worked example of the guide's language."""
    text = _guide_text(HELP / language / "trainee.html")
    for category, descriptions in DESCRIPTIONS.items():
        assert descriptions[language] in text, category
    example = read_exercise(
        bundled.exercises_dir() / f"{bundled.WORKED_EXAMPLES[language]}.exercise.xml"
    ).document
    assert sum(span.quote in text for span in example.key) >= 3


def test_category_descriptions_use_plain_words():
    banned = ("aserción", "cláusula", "verbo de habla", "frase de fuente", "elecciones de palabras")
    for descriptions in DESCRIPTIONS.values():
        for text in descriptions.values():
            assert not any(word in text.lower() for word in banned), text


def test_every_bundled_exercise_describes_its_categories_in_the_panel_wording():
    """Ensure the side panel (which reads the file) says what the guide says."""
    for path in bundled.bundled_exercises():
        exercise = read_exercise(path).document
        for category in exercise.tagset.categories:
            assert category.descriptions == DESCRIPTIONS[category.id], (path.name, category.id)
