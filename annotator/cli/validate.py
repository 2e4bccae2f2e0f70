"""``annotator validate FILE...``: is each file valid as it stands?

Exit 0 when every file is valid as it stands, 1 when any needed repairs or
was refused (one line each), 2 on a usage error (argparse).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator import bundled
from annotator.core.messages import counted
from annotator.core.model import DecisionsFile, Exercise, KeyFile, Submission
from annotator.xmlio.errors import FormatError
from annotator.xmlio.locate import find_exercise
from annotator.xmlio.readers import bind_key, bind_submission, read_document, read_exercise


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "validate",
        help="check exercise, key and submission files against the format",
        description="Check files against the annotator format. Prints one line per file or "
        "problem. Exit 0: all valid as they stand; 1: some needed repairs or were refused.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--exercise", metavar="EXERCISE",
        help="check submissions and keys against this exercise "
        "(default: one found beside them or bundled)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        lines, ok = _check(Path(name), args.exercise)
        for line in lines:
            print(line, flush=True)
        if not ok:
            status = 1
    return status


def _summary(document: Exercise | KeyFile | Submission | DecisionsFile) -> str:
    if isinstance(document, Exercise):
        key = "no key" if document.key is None else counted(len(document.key), "key span")
        if document.sealed_key is not None:
            key = "sealed key"
        return (f"exercise {document.id!r}, {counted(len(document.article.blocks), 'block')}, "
                f"{key}")
    if isinstance(document, KeyFile):
        return f"key for {document.exercise!r}, {counted(len(document.spans), 'span')}"
    if isinstance(document, DecisionsFile):
        return (f"decisions for {document.exercise!r}, "
                f"{counted(len(document.decisions), 'decision')}")
    return (f"submission for {document.exercise!r}, "
            f"{counted(len(document.annotations), 'annotation')}")


def _check(path: Path, exercise_name: str | None) -> tuple[list[str], bool]:
    try:
        loaded = read_document(path)
        repairs = list(loaded.repairs)
        document = loaded.document
        context = ""
        if isinstance(document, (Submission, KeyFile)):
            exercise_path = _exercise_for(document.exercise, path, exercise_name)
            if exercise_path is not None:
                exercise = read_exercise(exercise_path).document
                if isinstance(document, Submission):
                    repairs += bind_submission(loaded, exercise)
                else:
                    bind_key(loaded, exercise)
                    repairs = list(loaded.repairs)
                context = f"; checked against {exercise_path.name}"
            else:
                context = "; exercise not found, offsets not checked against the article"
    except FormatError as exc:
        return [str(exc)], False
    if isinstance(document, Exercise) and document.sealed_key is not None:
        from annotator.services.sealing import seal_problem  # cryptography only here

        problem = seal_problem(document)
        if problem is not None:  # the file opens, but no code can ever open its key
            return [f"{path}: {problem}"], False
    if repairs:
        return [f"{path}: repaired: {r}" for r in repairs], False
    return [f"{path}: valid ({_summary(document)}{context})"], True


def _exercise_for(exercise_id: str, path: Path, given: str | None) -> Path | None:
    if given:
        return Path(given)
    return find_exercise(exercise_id, path.parent, [bundled.exercises_dir()])
