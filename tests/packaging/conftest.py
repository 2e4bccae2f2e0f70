"""Packaging tests: the frozen-app build runs only when asked for.

Building with PyInstaller takes a network install and tens of seconds, so
tests marked ``packaging`` are skipped unless ANNOTATOR_TEST_PACKAGING=1.
"""

from __future__ import annotations

import os

import pytest

OPT_IN = "ANNOTATOR_TEST_PACKAGING"


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("packaging") and os.environ.get(OPT_IN) != "1":
        pytest.skip(f"builds the frozen app; set {OPT_IN}=1 to run it")
