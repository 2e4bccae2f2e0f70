"""The core, the XML layer and the headless commands never load Qt.

Scripts and school servers import them without a display; napari and Anki
keep the same split. Two checks: the import-linter contract in
pyproject.toml (static), and a runtime check in a fresh interpreter.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

RUNTIME_CHECK = """
import sys, pkgutil, importlib
import annotator, annotator.core, annotator.xmlio, annotator.services
for package in (annotator.core, annotator.xmlio, annotator.services):
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
from annotator.cli import main
for argv in ARGVS:
    try:
        main(argv)
    except SystemExit:
        pass
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "annotator.gui")))
print("QT:" + ",".join(loaded))
"""


def _run_without_qt(argvs: list[list[str]], cwd: Path) -> str:
    code = f"ARGVS = {argvs!r}\n" + RUNTIME_CHECK
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line.startswith("QT:")][-1]


def test_core_xmlio_and_headless_commands_do_not_load_qt(tmp_path, first_exercise_path):
    """Ensure importing every core/xmlio module and running the headless commands loads no Qt."""
    argvs = [
        ["--version"],
        ["validate", str(first_exercise_path)],
        ["import-text", str(REPO / "exercises/sources/putin-kim-alaska.es.txt"),
         "-o", str(tmp_path / "x.exercise.xml")],
        ["export", "--format", "xmi", str(first_exercise_path), "-o", str(tmp_path / "xmi")],
    ]
    assert _run_without_qt(argvs, tmp_path) == "QT:"


def test_import_contract_holds():
    """Ensure the static import-linter contract (core and xmlio never import Qt) is kept."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(lint).exists():
        pytest.skip("import-linter is not installed")
    result = subprocess.run([lint], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout
