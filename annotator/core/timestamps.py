"""Times as the files write them: UTC, whole seconds, ``Z`` (an xs:dateTime).

Submissions (saved-at), hand-ins, checks and instructor decisions all say
when in this one form, so any two can be compared as written.
"""

from __future__ import annotations

from datetime import UTC, datetime


def file_time(when: datetime | None = None) -> str:
    """``when`` (now if not given) as the files write it, e.g. ``2026-12-06T15:42:42Z``."""
    moment = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return moment.isoformat().replace("+00:00", "Z")
