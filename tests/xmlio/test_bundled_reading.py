"""The exercises shipped with the program read the same without validators.

``read_bundled_exercise`` skips pydantic's validators (the start-up's
largest cost) and trusts the package's own files; this is the check that
earns the trust: every bundled exercise, read both ways, is the same model.
"""

from __future__ import annotations

import pytest

from annotator import bundled
from annotator.xmlio.readers import read_bundled_exercise, read_exercise


def _fields_set(model) -> list:
    """Every model's given fields, depth first: what ``model_construct`` could get wrong."""
    found = [(type(model).__name__, sorted(model.model_fields_set))]
    for name in type(model).model_fields:
        value = getattr(model, name)
        for item in value if isinstance(value, list) else [value]:
            if hasattr(item, "model_fields_set"):
                found += _fields_set(item)
    return found


@pytest.mark.parametrize("path", bundled.bundled_exercises(), ids=lambda p: p.name)
def test_each_bundled_exercise_reads_the_same_trusted_and_checked(path):
    trusted, checked = read_bundled_exercise(path), read_exercise(path)
    assert trusted.document == checked.document
    assert trusted.document.model_dump() == checked.document.model_dump()
    assert _fields_set(trusted.document) == _fields_set(checked.document)
    assert trusted.repairs == checked.repairs
