"""How a reader makes a model from what it read: checked, or trusted.

``checked`` runs every validator of the model: any file from outside.
``trusted`` makes the model as it was read, with only the reader's own
checks: for the exercises shipped inside the package, which the test suite
reads checked and compares. Building pydantic's validators was most of the
time to open the first exercise, and a student waits for that at every start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Make = Callable[..., Any]


def checked(cls: type, **fields: Any) -> Any:
    return cls(**fields)


def trusted(cls: type, **fields: Any) -> Any:
    given = set(fields)
    for name, info in cls.model_fields.items():
        # Filled here: pydantic would inspect each factory's signature (list, dict)
        # on every call, which cost as much as the validators it saves.
        if name not in fields and info.default_factory is not None:
            fields[name] = info.default_factory()
    return cls.model_construct(_fields_set=given, **fields)
