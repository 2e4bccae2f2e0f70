"""``annotator seal``: a sealed student copy of an exercise, and its release code.

The copy carries the key encrypted (attempts.md); the release code is
printed on the last line, and kept in the instructor's exercise as
``<sealing code>`` (unless --no-record), so the instructor can always look
it up. Exit 0: sealed; 2: usage error, or an exercise that cannot be sealed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.core.model import Exercise
from annotator.services.attempt_reasons import ATTEMPT_REASON
from annotator.services.classroom import resolved_path
from annotator.services.sealing import seal
from annotator.xmlio.atomic import SaveError
from annotator.xmlio.errors import FormatError
from annotator.xmlio.readers import read_document
from annotator.xmlio.writers import save


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "seal",
        help="write a sealed student copy: the key encrypted, opened by a release code",
        description="Write a student copy whose key is sealed with a new release code (four "
        "words). The code is printed on the last line and recorded in EXERCISE as "
        "<sealing code> unless --no-record. Give trainees the copy; give them the code "
        "when they may check their work.",
    )
    parser.add_argument("exercise", metavar="EXERCISE", help="the instructor's .exercise.xml")
    parser.add_argument("-o", "--output", required=True, metavar="COPY",
                        help="where to write the sealed copy (.exercise.xml)")
    parser.add_argument("--no-record", action="store_true",
                        help="do not write the release code into EXERCISE")
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"annotator seal: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    source, target = Path(args.exercise), Path(args.output)
    if resolved_path(source) == resolved_path(target):
        return _fail(f"{target}: would overwrite the instructor's exercise")
    try:
        loaded = read_document(source)
    except FormatError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{source}: {exc.strerror or exc}")
    exercise = loaded.document
    if not isinstance(exercise, Exercise) or exercise.sealed_key is not None:
        reason = "already_sealed" if isinstance(exercise, Exercise) else "nothing_to_seal"
        return _fail(ATTEMPT_REASON(reason, file=source))
    if not exercise.key:  # no key, or a key without spans: nothing worth a code
        return _fail(ATTEMPT_REASON("nothing_to_seal", file=source))
    for repair in loaded.repairs:
        print(f"{source}: repaired: {repair}", file=sys.stderr)
    sealed = seal(exercise)
    try:
        save(sealed.student, target)
        if not args.no_record:
            save(sealed.instructor, source)
    except SaveError as exc:
        return _fail(str(exc))
    print(f"sealed copy: {target}")
    if not args.no_record:
        print(f"release code recorded in {source}")
    print(sealed.code)
    return 0
