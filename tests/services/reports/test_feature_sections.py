"""Reports say how trainees judged sources and claims (scoring.md §10), in es and en."""

from __future__ import annotations

from pathlib import Path

from annotator import bundled
from annotator.core.model import Annotation, Submission, Trainee
from annotator.services.classroom import grade_class
from annotator.services.reports import class_report, trainee_report
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save

EXERCISE = read_exercise(bundled.first_exercise()).document
TEXT = EXERCISE.article.text


def mark(span_id: str, category: str, quote: str, **values: str) -> Annotation:
    start = TEXT.index(quote)
    return Annotation(id=span_id, category=category, start=start, end=start + len(quote),
                      quote=quote, features={k.replace("_", "-"): v for k, v in values.items()})


def graded_class(tmp_path: Path):
    folder = tmp_path / "class"
    folder.mkdir()
    for number, value in enumerate(["anonymous", "official", "official"]):
        save(Submission(exercise=EXERCISE.id, text_sha256=EXERCISE.article.sha256,
                        trainee=Trainee(id=f"s{number}", name=f"T{number}"),
                        annotations=[mark("a1", "attribution", "informó en Telegram el Kremlin",
                                          source_kind=value)]),
             folder / f"t{number}.submission.xml")
    return grade_class(bundled.first_exercise(), [folder])


def test_the_trainee_report_explains_the_judgement_with_both_values(tmp_path):
    """Ensure the trainee's report names both answers and says what judgements count for."""
    graded = graded_class(tmp_path)
    row = next(r for r in graded.rows if r.trainee_id == "s0")
    english = trainee_report(row, graded.key, "en")
    assert "you chose «Anonymous»; the expert sees «Official, named» or «Interested party, " \
           "named»" in english
    assert "Judgements of sources and claims: 0 of 1 as the expert&#x27;s" in english
    spanish = trainee_report(row, graded.key, "es")
    assert "elegiste «Anónima»; el experto ve «Oficial, con nombre»" in spanish
    assert "no cambian la nota" in spanish


def test_the_class_report_counts_each_answer(tmp_path):
    """Ensure the class report's table: per passage and question, each answer's count."""
    graded = graded_class(tmp_path)
    html = class_report(graded, language="en")
    assert "How the class judged the sources" in html
    assert "✓ Official, named: 2, ✓ Interested party, named: 0, Anonymous: 1" in html
    assert "Cómo juzgó la clase las fuentes" in class_report(graded, language="es")
