"""PySide6 6.12.0 on CPython 3.11 lowers None's refcount on every void Qt call until
the interpreter aborts; the project pins below it. Ensure the installed Qt is sane."""

from __future__ import annotations

import sys

import pytest


def test_void_qt_calls_do_not_steal_references_to_none():
    QtCore = pytest.importorskip("PySide6.QtCore")  # noqa: N806
    o = QtCore.QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        o.setObjectName("x")
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references"
