"""When a trainee may compare with the key (attempts.md): the one rule everyone asks.

Apart from :mod:`annotator.services.attempts` because the trainee window
asks it for its first paint, before anything of attempts is needed.
"""

from __future__ import annotations

from collections.abc import Sequence


def may_check(policy: str, attempts: Sequence) -> bool:
    """Whether the policy lets the trainee compare now (the key being available)."""
    return policy != "after-hand-in" or bool(attempts)
