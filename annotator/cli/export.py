"""``annotator export``: exercises, submissions and class folders for other annotation tools."""

from __future__ import annotations

import argparse
import sys

from annotator.core.messages import counted
from annotator.services.interop.export import FORMATS, export
from annotator.services.interop.xmi import CassisMissing
from annotator.xmlio.atomic import SaveError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export",
        help="write exercises, submissions or a class folder as W3C, XMI or brat files",
        description="An exercise gives its key, a submission its annotations (with the "
        "verdicts once graded), a folder its exercises and submissions. w3c: NAME.jsonld "
        "(W3C Web Annotation, e.g. for Hypothesis); xmi: NAME.xmi and TypeSystem.xml "
        "(INCEpTION); brat: NAME.txt, NAME.ann and annotation.conf. Exit 0: all written; "
        "1: some files left out (one line each); 2: nothing could be written.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE_OR_FOLDER")
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("-o", "--output", required=True, metavar="DIR",
                        help="folder to write into (made if missing)")
    parser.add_argument("--exercise", action="append", default=[], metavar="EXERCISE",
                        help="where the submissions' text is (default: an exercise among the "
                        "files, beside them or bundled); repeatable")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        result = export(args.files, args.format, args.output, args.exercise)
    except (SaveError, CassisMissing) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for problem in result.problems:
        print(problem.text(), file=sys.stderr)
    for document in result.documents:
        what = "key span" if document.kind == "key" else "annotation"
        print(f"{document.name}: {counted(len(document.spans), what)}")
    print(f"{args.output}: {counted(len(result.written), 'file')} written")
    if not result.documents:
        return 2
    return 1 if result.problems else 0
