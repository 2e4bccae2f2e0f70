"""``annotator import-html``: a news page saved from a browser, to an exercise file.

The page's furniture (navigation, ads, share buttons...) is dropped; what was
dropped is listed after the summary line, so the instructor knows what to
check before marking the key. No key is made here: that is the authoring
window's job.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.importing import chosen_exercise_id, report_failure
from annotator.core.messages import counted
from annotator.core.model import Exercise
from annotator.core.tagset import default_tagset
from annotator.services.html_import import import_html, read_page
from annotator.services.importer import DEFAULT_INSTRUCTIONS, ImportProblem
from annotator.xmlio.atomic import SaveError
from annotator.xmlio.writers import save


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import-html",
        help="make an exercise from a news page saved from a browser",
        description="Keep the article of a saved .html page (headline, standfirst, paragraphs, "
        "captions, credits...) and drop navigation, ads, scripts and other page furniture. "
        "Prints what was dropped.",
    )
    parser.add_argument("page", metavar="PAGE.html")
    parser.add_argument("-o", "--output", required=True, metavar="X.exercise.xml")
    parser.add_argument(
        "--id", help="exercise id (default: from the output file name, with 'x-' before a "
        "name that starts with a digit)",
    )
    parser.add_argument("--title", help="title (default: the page's headline)")
    parser.add_argument("--instructions")
    parser.add_argument("--lang", help="language of the article (default: the page's, else es)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    page = Path(args.page)
    output = Path(args.output)
    exercise_id = chosen_exercise_id(args.id, output)
    if exercise_id is None:
        return 1
    try:
        imported = import_html(read_page(page))
        language = args.lang or imported.language or "es"
        exercise = Exercise(
            id=exercise_id,
            language=language,
            title=args.title or imported.title,
            instructions=args.instructions or DEFAULT_INSTRUCTIONS.get(language),
            source=imported.source,
            tagset=default_tagset(),
            article=imported.article,
        )
        save(exercise, output)
    except (ImportProblem, ValueError, SaveError) as exc:
        return report_failure(exc, page)
    print(f"{output}: exercise {exercise.id!r}, {counted(len(exercise.article.blocks), 'block')}, "
          "no key")
    for note in imported.notes:
        print(f"  {note}")
    return 0
