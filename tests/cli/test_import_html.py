"""`annotator import-html` and `annotator validate` as an instructor runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator.xmlio.readers import read_exercise

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "services" / "html"
WIRE_STORY = PAGES / "putin-kim-alaska.es.html"
FIRST_EXERCISE = REPO / "exercises" / "putin-kim-alaska.exercise.xml"


def annotator(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True, text=True, timeout=60, cwd=cwd,
    )


def test_import_html_makes_a_valid_exercise_with_the_first_exercise_article(tmp_path):
    """Ensure the saved wire-story page becomes a valid exercise with the bundled article."""
    out = tmp_path / "putin-kim-alaska.exercise.xml"
    result = annotator("import-html", str(WIRE_STORY), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        f"{out}: exercise 'putin-kim-alaska', 13 blocks, no key"
    )
    assert "dropped web residue (3), e.g. 'Publicidad'" in result.stdout  # told what went

    checked = annotator("validate", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr

    exercise = read_exercise(out).document
    bundled = read_exercise(FIRST_EXERCISE).document
    assert exercise.article == bundled.article
    assert exercise.language == "es"
    assert exercise.title == bundled.article.blocks[0].text
    assert exercise.key is None
    assert exercise.tagset.ids() == ["claim", "attribution", "framing"]
    assert exercise.source.published == "2025-08-12"
    assert exercise.source.publisher == "Diario del Caribe"


def test_import_html_options_override_what_the_page_says(tmp_path):
    """Ensure --id, --title, --instructions and --lang win over the page's own values."""
    out = tmp_path / "ledger.exercise.xml"
    result = annotator(
        "import-html", str(PAGES / "harbour-council.en.html"), "-o", str(out),
        "--id", "harbour-car-park", "--title", "Harbour car park",
        "--instructions", "Mark who says what.", "--lang", "es",
    )
    assert result.returncode == 0, result.stderr
    assert annotator("validate", str(out)).returncode == 0
    exercise = read_exercise(out).document
    assert (exercise.id, exercise.title, exercise.instructions, exercise.language) == (
        "harbour-car-park", "Harbour car park", "Mark who says what.", "es",
    )


def test_import_html_takes_the_language_from_the_page(tmp_path):
    """Ensure an English page gets English default instructions without --lang."""
    out = tmp_path / "ledger.exercise.xml"
    result = annotator("import-html", str(PAGES / "harbour-council.en.html"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    exercise = read_exercise(out).document
    assert exercise.language == "en"
    assert exercise.instructions == "Mark the claims, the attributions and the framing."


def test_import_html_reads_a_windows_1252_page(tmp_path):
    """Ensure a page in windows-1252 becomes a valid UTF-8 exercise with its accents intact."""
    out = tmp_path / "vigo.exercise.xml"
    result = annotator("import-html", str(PAGES / "vigo-puerto.es-1252.html"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert annotator("validate", str(out)).returncode == 0
    assert "“histórico”" in read_exercise(out).document.article.text


def test_import_html_errors_are_one_line_naming_the_file(tmp_path):
    """Ensure each refusal is one 'FILE: reason' line on stderr, exit 1, and nothing written."""
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    bomb = tmp_path / "bomb.html"
    bomb.write_bytes(
        b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        b"<html><body><h1>&b;</h1></body></html>"
    )
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(17 * 1024 * 1024)
    cases = {
        empty: "empty file",
        binary: "not an HTML page: binary data",
        bomb: "DOCTYPE with entity declarations; not a page saved from a browser",
        huge: "page larger than 16 MB; refused",
        tmp_path / "missing.html": "not a regular file",
    }
    for page, reason in cases.items():
        out = tmp_path / "out.exercise.xml"
        result = annotator("import-html", str(page), "-o", str(out))
        assert result.returncode == 1, (page, result.stdout)
        assert result.stderr.splitlines() == [f"{page}: {reason}"]
        assert not out.exists()


def test_import_html_makes_a_valid_id_from_a_dated_file_name(tmp_path):
    """Ensure '2025-08-12-sudan.exercise.xml' gives the id 'x-2025-08-12-sudan', not a refusal."""
    out = tmp_path / "2025-08-12-sudan.exercise.xml"
    result = annotator("import-html", str(WIRE_STORY), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert read_exercise(out).document.id == "x-2025-08-12-sudan"
    spaced = tmp_path / "2025 Sudán.exercise.xml"
    assert annotator("import-html", str(WIRE_STORY), "-o", str(spaced)).returncode == 0
    assert read_exercise(spaced).document.id == "x-2025-sudan"


def test_import_html_refuses_a_bad_id_in_one_plain_line(tmp_path):
    """Ensure --id 2025-sudan is refused whole, in one line naming the file, before any work."""
    out = tmp_path / "sudan.exercise.xml"
    result = annotator("import-html", str(WIRE_STORY), "-o", str(out), "--id", "2025-sudan")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{out}: '2025-sudan' is not a valid exercise id: use letters, digits, '-', '_' or '.', "
        "starting with a letter"
    ]
    assert not out.exists()


def test_import_html_never_loads_qt(tmp_path):
    """Ensure the command runs headless: PySide6 is never imported."""
    out = tmp_path / "a.exercise.xml"
    code = (
        "import sys\n"
        "from annotator.cli import main\n"
        f"status = main(['import-html', {str(WIRE_STORY)!r}, '-o', {str(out)!r}])\n"
        "assert status == 0, status\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
