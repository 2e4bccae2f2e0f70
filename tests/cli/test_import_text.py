"""`annotator import-text` and `annotator validate` as a user runs them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from annotator.xmlio.readers import read_exercise

REPO = Path(__file__).resolve().parents[2]
# The bundled exercises are rebuilt byte for byte from their sources in tests/test_course.py.


def annotator(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True, text=True, timeout=60, cwd=cwd,
    )


def test_import_text_guesses_kinds_and_strips_bullets(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("  Titular\n\nEntradilla\n• Punto uno\n  Cuerpo\r\n", encoding="utf-8")
    out = tmp_path / "a.exercise.xml"
    result = annotator("import-text", str(article), "-o", str(out))
    assert result.returncode == 0, result.stderr
    blocks = read_exercise(out).document.article.blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("headline", "Titular"), ("standfirst", "Entradilla"),
        ("list-item", "Punto uno"), ("paragraph", "Cuerpo"),
    ]


def test_import_text_names_the_file_and_row_of_a_quote_not_in_the_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Titular\nCuerpo del texto\n", encoding="utf-8")
    key = tmp_path / "k.tsv"
    key.write_text("claim\treq\tno está\tporque\n", encoding="utf-8")
    out = tmp_path / "a.exercise.xml"
    result = annotator("import-text", str(article), "-o", str(out), "--key", str(key))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"{key}: key row 1: quote 'no está' is not in the article"
    ]
    assert not out.exists()


def test_import_text_refuses_a_bad_id_in_one_plain_line(tmp_path):
    """Ensure --id is checked as import-html checks it: one plain line naming the output."""
    article = tmp_path / "a.txt"
    article.write_text("Title.\n\nThe mayor said so.\n", encoding="utf-8")
    out = tmp_path / "a.exercise.xml"
    result = annotator("import-text", str(article), "-o", str(out), "--id", "2025-sudan")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{out}: '2025-sudan' is not a valid exercise id: use letters, digits, '-', '_' or '.', "
        "starting with a letter"
    ]
    assert not out.exists()


def test_import_text_refuses_a_binary_file_in_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(b"\xff\xfe\x00\x00garbage\x80")
    result = annotator("import-text", str(article), "-o", str(tmp_path / "x.exercise.xml"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_import_text_refuses_a_fifo_without_waiting_on_it(tmp_path):
    """Ensure a FIFO named as the article is refused at once (reading it would block)."""
    import os

    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    result = annotator("import-text", str(fifo), "-o", str(tmp_path / "x.exercise.xml"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"{fifo}: not a regular file"


def test_validate_exit_statuses(tmp_path):
    """Ensure validate exits 0 when valid as it stands, 1 when repaired or refused, 2 on usage."""
    good = REPO / "exercises/putin-kim-alaska.exercise.xml"
    ok = annotator("validate", str(good))
    assert ok.returncode == 0 and ok.stdout.startswith(f"{good}: valid")

    unhashed = tmp_path / "unhashed.exercise.xml"
    unhashed.write_text(
        re.sub(r' text-sha256="[0-9a-f]+"', "", good.read_text("utf-8")), encoding="utf-8"
    )
    repaired = annotator("validate", str(unhashed))
    assert repaired.returncode == 1
    assert "repaired: article has no text-sha256" in repaired.stdout

    broken = tmp_path / "broken.exercise.xml"
    broken.write_text("<exercise", encoding="utf-8")
    refused = annotator("validate", str(broken), str(good))
    assert refused.returncode == 1
    lines = refused.stdout.splitlines()
    assert lines[0].startswith(f"{broken}: line 1: not well-formed")
    assert lines[1].startswith(f"{good}: valid")

    assert annotator("validate").returncode == 2


def test_version_answers_without_a_display():
    result = annotator("--version")
    assert result.returncode == 0 and result.stdout.startswith("annotator ")


def test_import_text_reads_course_notes_and_licence(tmp_path):
    """Ensure --course and --licence land in the exercise, and a bad notes line is named."""
    article = tmp_path / "a.txt"
    article.write_text("Titular\nCuerpo del texto\n", encoding="utf-8")
    notes = tmp_path / "a.course.txt"
    notes.write_text("level: 2\nminutes: 15\nskill: numbers\nprompt: ¿Quién lo dice?\n",
                     encoding="utf-8")
    out = tmp_path / "a.exercise.xml"
    result = annotator("import-text", str(article), "-o", str(out), "--course", str(notes),
                       "--licence", "CC BY 4.0")
    assert result.returncode == 0, result.stderr
    exercise = read_exercise(out).document
    assert (exercise.course.level, exercise.course.minutes) == (2, 15)
    assert exercise.notes.prompts == {"es": ["¿Quién lo dice?"]}
    assert exercise.source.licence == "CC BY 4.0"

    notes.write_text("level: 7\n", encoding="utf-8")
    bad = annotator("import-text", str(article), "-o", str(tmp_path / "b.exercise.xml"),
                    "--course", str(notes))
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        f"{notes}: course notes line 1: level must be a whole number from 1 to 3"
    ]


def test_an_english_key_table_explains_in_english_first(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Headline\nThe council voted on Monday.\n", encoding="utf-8")
    key = tmp_path / "k.tsv"
    key.write_text("claim\treq\tvoted on Monday\tChecked in the minutes.\tEn las actas.\n",
                   encoding="utf-8")
    out = tmp_path / "a.exercise.xml"
    result = annotator("import-text", str(article), "-o", str(out), "--lang", "en",
                       "--key", str(key))
    assert result.returncode == 0, result.stderr
    span = read_exercise(out).document.key[0]
    assert span.explanations == {"en": "Checked in the minutes.", "es": "En las actas."}
