"""``annotator import-text``: a plain-text article (and key table) to an exercise file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from annotator.core.authoring import (
    AuthoringError,
    check_exercise_id,
    exercise_id_from_file_name,
)
from annotator.core.messages import counted
from annotator.core.model import Exercise, GradingSettings, Source
from annotator.core.tagset import default_tagset
from annotator.core.text import short_title
from annotator.services.course_notes import parse_course_notes
from annotator.services.importer import (
    DEFAULT_INSTRUCTIONS,
    ImportProblem,
    explanation_languages,
    import_text,
    key_from_rows,
    parse_key_table,
    read_text_source,
)
from annotator.xmlio.atomic import SaveError
from annotator.xmlio.writers import save


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import-text",
        help="make an exercise from a plain-text article",
        description="One block per non-empty line (indentation dropped). Kinds: --kinds, else "
        "headline, standfirst, then paragraphs; a leading bullet makes a list item.",
    )
    parser.add_argument("article", metavar="ARTICLE.txt")
    parser.add_argument("-o", "--output", required=True, metavar="X.exercise.xml")
    parser.add_argument("--id", help="exercise id (default: from the output file name)")
    parser.add_argument("--title", help="title (default: the first sentence of the first block)")
    parser.add_argument("--instructions")
    parser.add_argument("--lang", default="es", help="language of the article (default es)")
    parser.add_argument(
        "--kinds", help="comma-separated block kinds, one per kept line (e.g. headline,paragraph)"
    )
    parser.add_argument(
        "--skip", action="append", default=[], metavar="LINE",
        help="drop lines equal to this text (web residue); repeatable",
    )
    parser.add_argument("--key", metavar="KEY.tsv", help="tab-separated expert key by quote")
    parser.add_argument("--publisher")
    parser.add_argument("--url")
    parser.add_argument("--published", metavar="YYYY-MM-DD")
    parser.add_argument("--licence", help="licence and provenance of the text")
    parser.add_argument(
        "--course", metavar="NOTES.txt",
        help="level, minutes, skills and instructor notes, one 'field: value' a line",
    )
    parser.add_argument("--scheme", choices=("partial", "strict", "lenient"), default="partial")
    parser.add_argument("--pass", dest="pass_mark", type=float, default=60.0)
    parser.set_defaults(run=run)


def chosen_exercise_id(given: str | None, output: Path) -> str | None:
    """--id checked, else an id from the output file's name; None once said why on stderr.

    Checked before any work, so a bad id is one plain line naming the output
    file rather than the model's pattern.
    """
    try:
        if given is None:
            return exercise_id_from_file_name(output.name)
        return check_exercise_id(given)
    except AuthoringError as exc:
        print(f"{output}: {exc}", file=sys.stderr)
        return None


def report_failure(exc: ImportProblem | ValueError | SaveError, reading: Path) -> int:
    """Say on stderr why an import stopped (naming the file being read) and return 1."""
    if isinstance(exc, ImportProblem):
        print(f"{reading}: {exc}", file=sys.stderr)
    elif isinstance(exc, ValidationError):  # the model refused a value: say which, plainly
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        print(f"{reading}: {where}: {' '.join(error['msg'].split())}", file=sys.stderr)
    elif isinstance(exc, ValueError):
        print(f"{reading}: {' '.join(str(exc).split())}", file=sys.stderr)
    else:
        print(str(exc), file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    article_path = Path(args.article)
    output = Path(args.output)
    exercise_id = chosen_exercise_id(args.id, output)
    if exercise_id is None:
        return 1
    current = article_path
    try:
        kinds = [k.strip() for k in args.kinds.split(",")] if args.kinds else None
        article = import_text(read_text_source(article_path), kinds=kinds, skip=args.skip)
        tagset = default_tagset()
        key = None
        if args.key:
            current = Path(args.key)
            rows = parse_key_table(read_text_source(current), explanation_languages(args.lang))
            key = key_from_rows(article, rows, tagset.ids(), tagset)
        course = notes = None
        if args.course:
            current = Path(args.course)
            course, notes = parse_course_notes(read_text_source(current), args.lang)
        exercise = Exercise(
            id=exercise_id,
            language=args.lang,
            title=args.title or short_title(article.blocks[0].text),
            instructions=args.instructions or DEFAULT_INSTRUCTIONS.get(args.lang),
            source=Source(
                publisher=args.publisher, url=args.url, published=args.published,
                licence=args.licence,
            )
            if (args.publisher or args.url or args.published or args.licence)
            else None,
            course=course,
            notes=notes,
            tagset=tagset,
            article=article,
            grading=GradingSettings(scheme=args.scheme, pass_mark=args.pass_mark),
            key=key,
        )
        save(exercise, output)
    except (ImportProblem, ValueError, SaveError) as exc:
        return report_failure(exc, current)
    blocks = len(exercise.article.blocks)
    spans = len(key) if key else 0
    print(f"{output}: exercise {exercise.id!r}, {counted(blocks, 'block')}, "
          f"{counted(spans, 'key span')}")
    return 0
