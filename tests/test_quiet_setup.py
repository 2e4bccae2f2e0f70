"""Setting up prints no warnings to a new user (the README's two commands).

setuptools adds a note for developers to every editable install; the set-up
scripts filter that one note by its text. This builds the editable wheel the
way pip does, with and without the scripts' filter, so the check fails if
setuptools changes its words or a script loses the filter.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = [REPO / "scripts" / "test", REPO / "scripts" / "run"]
BUILD = "import setuptools.build_meta as b, sys; b.build_editable(sys.argv[1])"


def _script_filter(script: Path) -> str:
    text = script.read_text(encoding="utf-8")
    match = re.search(r'^QUIET_SETUP="([^"]+)"$', text, re.MULTILINE)
    assert match, f"{script.name} sets no QUIET_SETUP filter"
    installs = [line for line in text.splitlines() if "pip install" in line and " -e " in line]
    assert installs and all('PYTHONWARNINGS="$QUIET_SETUP"' in line for line in installs), script
    return match.group(1)


def _build_editable(tmp_path: Path, warnings_filter: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    if warnings_filter:
        env["PYTHONWARNINGS"] = warnings_filter
    result = subprocess.run([sys.executable, "-c", BUILD, str(tmp_path)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_the_setup_scripts_install_without_a_warning(script, tmp_path):
    """Ensure the editable install, as each script runs it, prints no warning."""
    assert "Warning" not in _build_editable(tmp_path, _script_filter(script))


@pytest.mark.slow
def test_without_the_filter_setuptools_does_warn(tmp_path):
    """Ensure the check above can fail: the bare editable build prints the warning."""
    assert "Editable installation" in _build_editable(tmp_path, None)
