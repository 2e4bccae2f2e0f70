"""The ``annotator`` command: opens the app, or runs a headless subcommand.

Headless subcommands (validate, import-text, grade, ...) never import Qt, so
they run on a server or in a school script without a display. The window is
imported lazily, only when it is wanted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from annotator import __version__, collector

# Each command's module; only the one asked for is imported, so that a
# quick ``annotator grade`` does not pay for the HTML importer and the reports.
SUBCOMMANDS = {
    "validate": "validate",
    "import-text": "importing",
    "import-html": "html",
    "grade": "grading",
    "report": "report",
    "export": "export",
    "import-key": "import_key",
    "seal": "sealing",
}


def _subcommand_parser(command: str) -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Media-literacy annotation: highlight claims, attributions and framing, "
        "and compare with an expert key.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    importlib.import_module(f"annotator.cli.{SUBCOMMANDS[command]}").register(commands)
    return parser


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        usage="annotator [FILE] [--tour] [--screenshot OUT.png] | annotator COMMAND ...",
        description="Open the annotator on an exercise or submission (the library of "
        f"exercises without FILE). Commands: {', '.join(SUBCOMMANDS)}; "
        "see annotator COMMAND --help.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument("file", nargs="?", help="an .exercise.xml or .submission.xml file")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="save a picture of the window and exit"
    )
    parser.add_argument(
        "--check", action="store_true",
        help="open comparing the highlights with the expert's key (as Check my work does)"
    )
    parser.add_argument("--language", choices=("es", "en"), help="interface language")
    parser.add_argument(
        "--tour", action="store_true",
        help="start the 5-minute guided example (with --screenshot: a picture of its second step)"
    )
    parser.add_argument("--author", action="store_true",
                        help="open the authoring window; FILE: an exercise to edit, or a saved "
                        ".html page or .txt article to start from")
    parser.add_argument("--class", dest="class_key", metavar="KEY_OR_EXERCISE",
                        help="grade a class: the instructor's exercise (or a key file), then "
                        "FILE and more submission files or folders")
    parser.add_argument("--release-code", metavar="CODE",
                        help="with --class: the release code of a sealed student copy "
                        "given as KEY_OR_EXERCISE (the window asks for it otherwise)")
    parser.add_argument("more", nargs="*", metavar="FILE_OR_FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--class-page", choices=("gradebook", "overview", "problems", "sources"),
                        default="gradebook", help="the class window's page (with --screenshot)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # No third-party pydantic plugins: none is wanted on every file a student
    # sends, and looking for them reads every installed package's metadata
    # (a tenth of a quick command's start-up). An explicit setting still wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        parsed = _subcommand_parser(args[0]).parse_args(args)
        return int(parsed.run(parsed) or 0)
    collector.pause(collector.WINDOW_START)  # see annotator/collector.py
    try:
        return _open_window(args)
    finally:
        collector.resume(collector.WINDOW_START)  # if no event loop ended it: a picture


def _open_window(args: list[str]) -> int:
    parser = _app_parser()
    parsed = parser.parse_args(args)
    sources = ([parsed.file] if parsed.file else []) + parsed.more
    if parsed.class_key is not None:
        from annotator.gui.classroom.launch import run_class  # Qt only from here on

        return run_class(parsed.class_key, sources, parsed.language, parsed.screenshot,
                         parsed.class_page, parsed.release_code)
    if parsed.more:
        parser.error("one FILE at a time (several only with --class)")
    if parsed.author:
        from annotator.gui.authoring.launch import run_authoring  # Qt only from here on

        return run_authoring(parsed.file, parsed.language, parsed.screenshot)
    from annotator.gui.app import run  # Qt only from here on

    return run(parsed)


if __name__ == "__main__":
    sys.exit(main())
