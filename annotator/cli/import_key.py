"""``annotator import-key``: a key annotated in INCEpTION, brat or a W3C tool, into an exercise."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.core.messages import counted
from annotator.services.interop.key_import import ImportRefused, import_key, parse_map
from annotator.services.interop.reader import read_foreign
from annotator.services.interop.reasons import INTEROP_REASON
from annotator.services.interop.xmi import CATEGORY_FEATURE, LAYER, CassisMissing
from annotator.xmlio.atomic import SaveError
from annotator.xmlio.errors import FormatError, one_line
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import-key",
        help="make another tool's annotations an exercise's key",
        description="Reads a W3C .jsonld, an INCEpTION .xmi (TypeSystem.xml beside it) or a "
        "brat .ann (.txt beside it) and writes the exercise with that key. Spans are placed by "
        "their quote when the tool's text differs; any that cannot be placed is listed. Exit "
        "0: every span came in; 1: some were listed as left out, or nothing was written.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--format", required=True, choices=("w3c", "xmi", "brat"))
    parser.add_argument("--exercise", required=True, metavar="EX.exercise.xml")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.exercise.xml")
    parser.add_argument("--layer", default=LAYER, metavar="TYPE",
                        help=f"XMI: the span layer holding the key (default {LAYER})")
    parser.add_argument("--feature", default=CATEGORY_FEATURE, metavar="NAME",
                        help=f"XMI: its feature naming the category (default {CATEGORY_FEATURE})")
    parser.add_argument("--map", action="append", default=[], metavar="THEIRS=OURS",
                        help="take their category THEIRS as our OURS; repeatable")
    parser.set_defaults(run=run)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and a.samefile(b)
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    try:
        exercise = read_exercise(args.exercise).document
        if exercise.key and _same_file(Path(args.output), Path(args.exercise)):
            raise ImportRefused(INTEROP_REASON(
                "would_replace_key", file=args.exercise, count=len(exercise.key)))
        mapping = parse_map(args.map, exercise)
        found = read_foreign(args.file, args.format, layer=args.layer, feature=args.feature)
        result = import_key(found, exercise, mapping)
        save(result.exercise, Path(args.output))
    except ImportRefused as exc:
        for line in exc.listed:
            print(f"{args.file}: {line}", file=sys.stderr)
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    except (FormatError, SaveError, CassisMissing) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except ValueError as exc:  # a value the exercise format refuses, said in one line
        print(f"{args.file}: {one_line(str(exc))}", file=sys.stderr)
        return 1
    for line in result.left_out:
        print(f"{args.file}: {line}", file=sys.stderr)
    moved = f", {result.moved} placed by their quote" if result.moved else ""
    left = f", {len(result.left_out)} left out" if result.left_out else ""
    print(f"{args.output}: {counted(result.placed, 'key span')}{moved}{left}")
    return 1 if result.left_out else 0
