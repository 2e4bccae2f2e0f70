"""The frozen app (PyInstaller, one folder) works on its own, outside the checkout.

Skipped unless ANNOTATOR_TEST_PACKAGING=1 (see conftest.py). It builds with
packaging/build.sh, or tests an existing build given as
ANNOTATOR_FROZEN_APP=dist/annotator (the folder). Every command runs from a
temporary folder, so nothing is found through the checkout by accident.
"""

from __future__ import annotations

import importlib.util
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from annotator import __version__

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(1200)]

REPO = Path(__file__).resolve().parents[2]
EXERCISE_NAME = "putin-kim-alaska.exercise.xml"
QT_MODULES_USED = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}


@pytest.fixture(scope="module")
def app_dir() -> Path:
    given = os.environ.get("ANNOTATOR_FROZEN_APP")
    if given:
        folder = Path(given).resolve()
    else:
        build = subprocess.run(
            ["bash", str(REPO / "packaging" / "build.sh")],
            capture_output=True, text=True, timeout=1100,
        )
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
        folder = REPO / "dist" / "annotator"
    assert (folder / "annotator").is_file(), f"no frozen app in {folder}"
    return folder


@pytest.fixture
def run(app_dir, tmp_path):
    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(app_dir / "annotator"), *args], cwd=tmp_path, capture_output=True, text=True,
            timeout=120, env={**os.environ, **(env or {})},
        )
    return run


@pytest.fixture
def bundled_exercise(app_dir) -> Path:
    found = list(app_dir.rglob(EXERCISE_NAME))
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def submission(tmp_path, bundled_exercise) -> Path:
    """A one-annotation submission, written by hand as formats.md describes.
    Its exercise is not beside it: the app must find the bundled one itself."""
    exercise = etree.parse(str(bundled_exercise)).getroot()
    ns = {"a": "urn:x-annotator:1"}
    text_sha = exercise.find("a:article", ns).get("text-sha256")
    path = tmp_path / "ana.submission.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<submission xmlns="urn:x-annotator:1" format="1" exercise="putin-kim-alaska"'
        f' exercise-version="1" text-sha256="{text_sha}">\n'
        '  <trainee id="s017" name="Ana Pérez"/>\n'
        '  <annotation id="a1" category="framing" start="159" end="192">\n'
        "    <quote>Alianza geopolítica en desarrollo</quote>\n"
        "  </annotation>\n"
        "</submission>\n",
        encoding="utf-8",
    )
    return path


def loaded_qt(result: subprocess.CompletedProcess[str]) -> bool:
    """Whether the dynamic loader's trace (LD_DEBUG=libs) shows a Qt library."""
    return "libQt6Core" in result.stderr


LOADER_TRACE = {"LD_DEBUG": "libs"}
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="LD_DEBUG (the glibc loader trace) is Linux only"
)


@linux_only
def test_version_prints_without_loading_qt(run):
    """Ensure `--version` answers without Qt: PyInstaller's own PySide6 start-up
    hook would import QtCore in every run, and the spec replaces it."""
    result = run("--version", env=LOADER_TRACE)
    assert result.returncode == 0
    assert result.stdout.strip() == f"annotator {__version__}"
    assert not loaded_qt(result)


@linux_only
def test_validate_accepts_the_bundled_exercise_without_qt(run, bundled_exercise):
    result = run("validate", str(bundled_exercise), env=LOADER_TRACE)
    assert result.returncode == 0, result.stdout
    assert "valid" in result.stdout
    assert not loaded_qt(result)


def test_validate_finds_the_bundled_exercise_for_a_submission(run, submission):
    """Ensure importlib.resources finds the collected exercises inside the frozen app."""
    result = run("validate", str(submission))
    assert result.returncode == 0, result.stdout + result.stderr
    assert EXERCISE_NAME in result.stdout


def test_grade_scores_a_submission_against_the_bundled_exercise(run, bundled_exercise, submission):
    if "usage: annotator grade" not in run("grade", "--help").stdout:
        pytest.skip("`annotator grade` is not in this build yet")
    result = run("grade", "--json", "--key", str(bundled_exercise), str(submission))
    assert result.returncode == 0, result.stdout + result.stderr
    graded = json.loads(result.stdout)["submissions"][0]
    assert graded["score"] > 0
    k1 = next(v for v in graded["key_verdicts"] if v["key"] == "k1")
    assert (k1["verdict"], k1["annotation"], k1["overlap"]) == ("found", "a1", 1.0)


def test_import_html_finds_the_story_as_the_installed_package_does(run, tmp_path):
    """Ensure trafilatura, jusText and tld find their data files in the frozen app: the
    exercise it writes from a saved page is the one the installed package writes (the
    importer falls back to a cruder reading when trafilatura cannot load)."""
    page = REPO / "tests" / "services" / "html" / "carril-bici.es.html"
    frozen_out, installed_out = tmp_path / "frozen.exercise.xml", tmp_path / "pip.exercise.xml"
    result = run("import-html", "--id", "carril", "-o", str(frozen_out), str(page))
    assert result.returncode == 0, result.stdout + result.stderr
    here = subprocess.run(
        [sys.executable, "-m", "annotator", "import-html", "--id", "carril", "-o",
         str(installed_out), str(page)], capture_output=True, text=True, timeout=120)
    assert here.returncode == 0, here.stderr
    ns = {"a": "urn:x-annotator:1"}

    def blocks(path: Path) -> list[tuple[str, str]]:
        root = etree.parse(str(path)).getroot()
        return [(b.get("kind"), b.text) for b in root.iterfind("a:article/a:block", ns)]

    assert blocks(frozen_out) == blocks(installed_out)
    assert run("validate", str(frozen_out)).returncode == 0


def test_a_sealed_copy_opens_with_its_release_code(run, tmp_path, bundled_exercise, submission):
    """Ensure the cipher (cryptography's compiled part) works frozen: seal a copy, then grade
    against it with the code, and with a wrong code get one line and exit 2."""
    copy = tmp_path / "student.exercise.xml"
    sealed = run("seal", "--no-record", "-o", str(copy), str(bundled_exercise))
    assert sealed.returncode == 0, sealed.stdout + sealed.stderr
    code = sealed.stdout.strip().splitlines()[-1]
    graded = run("grade", "--json", "--key", str(copy), "--release-code", code, str(submission))
    assert graded.returncode == 0, graded.stdout + graded.stderr
    assert json.loads(graded.stdout)["submissions"][0]["score"] > 0
    wrong = run("grade", "--key", str(copy), "--release-code", "uno-dos-tres-cuatro",
                str(submission))
    assert wrong.returncode != 0 and wrong.stderr.count("\n") == 1, wrong.stderr


def test_screenshot_of_the_window_offscreen(run, tmp_path):
    """Ensure the GUI starts from the frozen app (plugins, fonts, resources) and paints."""
    if importlib.util.find_spec("annotator.gui.app") is None:
        pytest.skip("the GUI (annotator.gui.app) is not in the source tree yet")
    out = tmp_path / "window.png"
    result = run("--screenshot", str(out), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    header = out.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert width >= 640 and height >= 400
    assert out.stat().st_size > 10_000  # a painted window, not a blank one


def test_only_the_qt_modules_the_app_uses_are_bundled(app_dir):
    bundled = {p.name.split(".")[0] for p in app_dir.rglob("PySide6/Qt*.so")}
    bundled |= {p.name.split(".")[0] for p in app_dir.rglob("PySide6/Qt*.pyd")}
    assert bundled == QT_MODULES_USED
    libraries = {p.name for p in app_dir.rglob("libQt6*")}
    for unused in ("Qml", "Quick", "WebEngine", "Multimedia", "Pdf", "Network"):
        assert not any(name.startswith(f"libQt6{unused}") for name in libraries), unused


def test_the_folder_stays_small(app_dir):
    """Guards against a stray import pulling in a large part of Qt or another library.

    Measured: 142 MB before the HTML importer used trafilatura, 193 MB with it
    (its URL library, courlan, imports babel, whose locale data is 35 MB, and
    cryptography is 11 MB). The Qt modules are checked one by one above.
    """
    size = sum(p.stat().st_size for p in app_dir.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 210 * 1024 * 1024, f"{size / 2**20:.0f} MB"
