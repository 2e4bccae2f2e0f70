"""Export exercises, submissions and class folders for other annotation tools.

The job behind ``annotator export`` and the windows' Export menus: read the
files (a folder gives its exercises and submissions), tie each submission
to its exercise (its text lives there), turn each into an
:class:`~annotator.services.interop.document.ExportDocument` and write it in
the format asked for. A file that cannot be exported is listed with its
reason and the others are still written; every file is saved atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from annotator.bundled import exercises_dir
from annotator.core.messages import in_language, os_reason
from annotator.core.model import Exercise, Feature, KeyFile, Submission
from annotator.services.classroom import (
    ClassRow,
    GradedClass,
    graded_document,
    is_instructor_file,
)
from annotator.services.interop import brat, w3c, xmi
from annotator.services.interop.document import (
    ExportDocument,
    key_document,
    submission_document,
)
from annotator.services.interop.reasons import INTEROP_REASON
from annotator.services.on_disk import is_conflict_copy
from annotator.xmlio.atomic import SaveError, atomic_write
from annotator.xmlio.errors import FormatError, quoted
from annotator.xmlio.locate import find_exercise
from annotator.xmlio.readers import Loaded, bind_submission, read_document
from annotator.xmlio.save_reasons import SAVE_REASON

FORMATS = ("w3c", "xmi", "brat")
_SUFFIXES = (".exercise.xml", ".submission.xml", ".key.xml", ".xml")


@dataclass(frozen=True)
class ExportProblem:
    """A file left out (or a span left out of one), and why, in one line."""

    file: str
    reason: str

    def text(self, language: str = "en") -> str:
        return f"{self.file}: {in_language(self.reason, language)}"


@dataclass
class ExportResult:
    written: list[Path] = field(default_factory=list)
    documents: list[ExportDocument] = field(default_factory=list)
    problems: list[ExportProblem] = field(default_factory=list)


def export(
    sources: Iterable[str | Path], fmt: str, folder: str | Path,
    exercises: Iterable[str | Path] = (),
) -> ExportResult:
    """Read ``sources`` and write them in ``fmt`` into ``folder``.

    ``exercises`` are extra exercise files to find a submission's text in
    (besides those among the sources and in the submission's own folder).
    Raises :class:`~annotator.xmlio.atomic.SaveError` when the folder cannot
    be written and :class:`~annotator.services.interop.xmi.CassisMissing`
    when XMI is asked for without dkpro-cassis; files that cannot be read
    are listed in the result instead.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "xmi":
        xmi.typesystem(graded=False)  # fail before reading anything when cassis is missing
    result = ExportResult()
    result.documents = collect(sources, exercises, result.problems)
    if result.documents:
        result.written = write(result.documents, fmt, Path(folder))
    return result


# ------------------------------------------------------------------ reading


def _expand(sources: Iterable[str | Path], problems: list[ExportProblem]) -> list[Path]:
    """Files as given; a folder's exercises then its submissions (sorted, not hidden)."""
    files: list[Path] = []
    for source in sources:
        path = Path(source)
        if not path.is_dir():
            files.append(path)
            continue
        try:
            children = sorted(p for p in path.iterdir() if not p.name.startswith("."))
        except OSError as exc:
            problems.append(ExportProblem(
                str(path), INTEROP_REASON("cannot_list", system=os_reason(exc))
            ))
            continue
        xml = [c for c in children if c.name.lower().endswith(".xml") and c.is_file()]
        files += [c for c in xml if c.name.lower().endswith(".exercise.xml")]
        # The trainees' files as a class folder gives them to grading: no conflict copies.
        files += [c for c in xml
                  if not is_instructor_file(c.name) and not is_conflict_copy(c.name)]
    unique: dict[Path, Path] = {}
    for file in files:
        unique.setdefault(file.resolve(), file)
    return list(unique.values())


def _base_name(path: Path) -> str:
    name = path.name
    for suffix in _SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or "document"
    return path.stem or "document"


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{name}-{number}"
    taken.add(candidate.lower())
    return candidate


def collect(
    sources: Iterable[str | Path], exercises: Iterable[str | Path] = (),
    problems: list[ExportProblem] | None = None,
) -> list[ExportDocument]:
    """The documents to write, in the order given; unreadable files go to ``problems``."""
    problems = problems if problems is not None else []
    pool: list[tuple[Path, Exercise]] = []
    for name in exercises:
        try:
            loaded = read_document(name)
        except FormatError as exc:
            problems.append(ExportProblem(exc.path, exc.message))
            continue
        if isinstance(loaded.document, Exercise):
            pool.append((Path(name), loaded.document))
        else:
            problems.append(ExportProblem(str(name), INTEROP_REASON("not_exportable")))
    loaded_files: list[Loaded] = []
    for path in _expand(sources, problems):
        try:
            loaded = read_document(path)
        except FormatError as exc:
            problems.append(ExportProblem(exc.path, exc.message))
            continue
        if isinstance(loaded.document, Exercise):
            pool.append((path, loaded.document))
        loaded_files.append(loaded)
    taken: set[str] = set()
    documents: list[ExportDocument] = []
    for loaded in loaded_files:
        document = loaded.document
        name = _unique(_base_name(loaded.path), taken)
        if isinstance(document, Exercise):
            documents.append(
                _without_orphans(key_document(document, name), str(loaded.path), problems)
            )
        elif isinstance(document, KeyFile):
            problems.append(ExportProblem(str(loaded.path), INTEROP_REASON("key_file")))
        elif isinstance(document, Submission):
            exercise = _exercise_for(document, loaded.path, pool)
            if exercise is None:
                problems.append(ExportProblem(str(loaded.path), INTEROP_REASON(
                    "no_exercise_for", exercise=quoted(document.exercise, 40)
                )))
                continue
            try:
                bind_submission(loaded, exercise)
            except FormatError as exc:
                problems.append(ExportProblem(exc.path, exc.message))
                continue
            exported = submission_document(document, exercise, name)
            documents.append(_without_orphans(exported, str(loaded.path), problems))
    return documents


def _exercise_for(
    submission: Submission, path: Path, pool: list[tuple[Path, Exercise]]
) -> Exercise | None:
    """The submission's exercise: same id and text first, then same id, nearest folder first."""
    same_id = [(p, e) for p, e in pool if e.id == submission.exercise]
    if not same_id:  # beside the submission, else among the bundled exercises
        found = find_exercise(submission.exercise, path.parent, [exercises_dir()])
        try:
            loaded = read_document(found) if found is not None else None
        except FormatError:
            loaded = None
        if loaded is not None and isinstance(loaded.document, Exercise):
            pool.append((found, loaded.document))
            same_id.append((found, loaded.document))
    if not same_id:
        return None
    folder = path.resolve().parent
    return min(
        same_id,
        key=lambda pe: (pe[1].article.sha256 != submission.text_sha256,
                        pe[0].resolve().parent != folder),
    )[1]


def _without_orphans(
    document: ExportDocument, source: str, problems: list[ExportProblem]
) -> ExportDocument:
    """Spans whose quote is no longer in the text have no place to point at: list them."""
    kept = []
    for span in document.spans:
        if document.text[span.start:span.end] == span.quote and span.quote:
            kept.append(span)
        else:
            problems.append(ExportProblem(source, INTEROP_REASON(
                "orphan_left_out", where=span.id, quote=quoted(span.quote, 40)
            )))
    if len(kept) == len(document.spans):
        return document
    return replace(document, spans=tuple(kept))


DocumentMaker = Callable[[list[ExportProblem]], ExportDocument]


def class_makers(graded: GradedClass) -> list[DocumentMaker]:
    """A class as the class window holds it: the key, then every trainee graded in memory.

    One maker per document, so that a window can build and write them one at
    a time (five thousand trainees take over a minute); each drops the spans
    whose quote left the text and lists them in the problems it is given.
    The verdicts are the window's (the files on disk may not be graded yet).
    The class must have been graded with an exercise: a key file has no text.
    """
    exercise = graded.key.exercise
    if exercise is None:
        raise ValueError("a class graded with a key file has no text to export")
    taken: set[str] = set()
    key_name = _unique(_base_name(Path(graded.key.name)), taken)

    def the_key(problems: list[ExportProblem]) -> ExportDocument:
        return _without_orphans(key_document(exercise, key_name), graded.key.name, problems)

    makers: list[DocumentMaker] = [the_key]
    for row in graded.rows:
        name = _unique(_base_name(Path(row.file)), taken)
        makers.append(partial(_trainee_document, graded, row, name))
    return makers


def _trainee_document(
    graded: GradedClass, row: ClassRow, name: str, problems: list[ExportProblem]
) -> ExportDocument:
    submission = graded_document(row.submission, row.result, graded.key)
    document = submission_document(submission, graded.key.exercise, name)
    return _without_orphans(document, row.file, problems)


# ------------------------------------------------------------------ writing


class FormatWriter:
    """The files of one format: one or two per document, and the shared ones once.

    ``categories`` go into brat's ``annotation.conf``; ``graded`` adds the
    verdict (the XMI layer's ``verdict`` feature, brat's ``Verdict`` attribute).
    """

    def __init__(self, fmt: str, categories: Iterable[str], graded: bool,
                 features: Iterable[Feature] = ()) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.fmt = fmt
        self.categories = list(dict.fromkeys(categories))
        self.graded = graded
        self.features = list({f.id: f for f in features}.values())  # scoring.md §10
        self.types = (xmi.typesystem(graded, [f.id for f in self.features])
                      if fmt == "xmi" else None)  # CassisMissing here

    def document_files(self, document: ExportDocument) -> dict[str, bytes]:
        if self.fmt == "w3c":
            return {f"{document.name}{w3c.SUFFIX}": w3c.to_bytes(document)}
        if self.fmt == "xmi":
            return {f"{document.name}.xmi": xmi.to_xmi(document, self.types)}
        return brat.files(document)

    def shared_files(self) -> dict[str, bytes]:
        if self.fmt == "xmi":
            return {xmi.TYPESYSTEM_NAME: xmi.typesystem_bytes(self.types)}
        if self.fmt == "brat":
            config = brat.config_text(self.categories, self.graded, self.features)
            return {brat.CONFIG_NAME: config.encode("utf-8")}
        return {}


def output_files(documents: list[ExportDocument], fmt: str) -> dict[str, bytes]:
    """Every file an export writes, by name: one or two per document, plus shared ones."""
    writer = FormatWriter(fmt, [c for d in documents for c in d.categories],
                          any(d.graded for d in documents),
                          [f for d in documents for f in d.features])
    files: dict[str, bytes] = {}
    for document in documents:
        files.update(writer.document_files(document))
    files.update(writer.shared_files())
    return files


def write(documents: list[ExportDocument], fmt: str, folder: Path) -> list[Path]:
    """Make every file first, then save each atomically into ``folder`` (made if missing)."""
    files = output_files(documents, fmt)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(folder, SAVE_REASON("not_saved", system=os_reason(exc))) from None
    written = []
    for name, data in files.items():
        atomic_write(folder / name, data)
        written.append(folder / name)
    return written
