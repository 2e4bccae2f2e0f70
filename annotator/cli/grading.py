"""``annotator grade``: see scoring.md §6. (Being built.)"""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    return None
