"""`annotator --help` describes each option as it behaves."""

from __future__ import annotations

import subprocess
import sys


def _option_help(text: str, option: str) -> str:
    """The help of one option: its line and the indented lines that continue it."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(option))
    block = [lines[start]]
    for line in lines[start + 1:]:
        if line.strip().startswith("-") or not line.startswith(" " * 10):
            break
        block.append(line)
    return " ".join(" ".join(block).split())


def test_check_is_described_without_a_screenshot_condition():
    """Ensure --help says what --check does and no longer that it needs --screenshot."""
    result = subprocess.run([sys.executable, "-m", "annotator", "--help"],
                            capture_output=True, text=True, timeout=60)
    described = _option_help(result.stdout, "--check")
    assert "screenshot" not in described and "key" in described
