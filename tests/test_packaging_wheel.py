"""A plain `pip install .` ships the XSD, the bundled exercise and resources."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(REPO)],
        capture_output=True, text=True, timeout=300,
    )
    if result.returncode != 0:
        pytest.fail(f"wheel build failed: {result.stderr[-2000:]}")
    return next(out.glob("annotator-*.whl"))


def test_wheel_contains_exercise_schema_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "annotator/exercises/putin-kim-alaska.exercise.xml" in names
    for exercise in (Path(__file__).resolve().parent.parent / "exercises").glob("*.exercise.xml"):
        assert f"annotator/exercises/{exercise.name}" in names  # the whole course ships
    assert "annotator/xmlio/annotator.xsd" in names
    assert "annotator/xmlio/xml.xsd" in names
    assert any(n.startswith("annotator/resources/") for n in names)
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_finds_and_validates_the_bundled_exercise(wheel, tmp_path):
    """Ensure an installed copy (not the checkout) loads its own bundled exercise."""
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    code = (
        "import annotator, annotator.bundled as b\n"
        "from annotator.xmlio.readers import read_exercise\n"
        f"assert annotator.__file__.startswith({str(target)!r}), annotator.__file__\n"
        "print(len(read_exercise(b.first_exercise()).document.key))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "32"


def test_every_subpackage_is_in_the_wheel(wheel):
    """Ensure the hand-written package list in pyproject.toml misses no subpackage."""
    names = set(zipfile.ZipFile(wheel).namelist())
    source = REPO / "annotator"
    for init in source.rglob("__init__.py"):
        if "__pycache__" in init.parts:
            continue
        relative = init.relative_to(REPO).as_posix()
        assert relative in names, f"{relative} is not shipped: add it to [tool.setuptools] packages"


def test_wheel_ships_translations_help_and_themes(wheel):
    """Ensure a plain `pip install` speaks Spanish, has its guides and every theme."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("es", "en"):
        assert f"annotator/resources/translations/annotator_{language}.qm" in names
        for guide in ("trainee", "instructor"):
            assert f"annotator/resources/help/{language}/{guide}.html" in names
    assert "annotator/resources/styles/dark/30-dark.qss" in names
    assert "annotator/resources/styles/high-contrast/30-contrast.qss" in names
