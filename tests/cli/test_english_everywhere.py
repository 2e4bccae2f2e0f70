"""The command line speaks English whatever the computer's language: scripts compare it."""

from __future__ import annotations

import os
import subprocess
import sys


def test_validate_prints_english_reasons_under_a_spanish_locale(tmp_path):
    """Ensure a refusal and its libxml2 detail reach stdout in English under es_ES."""
    broken = tmp_path / "roto.exercise.xml"
    broken.write_bytes(b"<?xml version='1.0'?>\n<exercise><title>x</exercise>")
    env = dict(os.environ, LANG="es_ES.UTF-8", LC_ALL="es_ES.UTF-8", LANGUAGE="es")
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "validate", str(broken)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )
    assert done.returncode == 1
    output = done.stdout + done.stderr
    assert f"{broken}: line 2: not well-formed (Opening and ending tag mismatch: title " in output
    assert "línea" not in output and "mal formado" not in output
