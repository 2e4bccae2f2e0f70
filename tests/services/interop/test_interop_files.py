"""XMI loads in dkpro-cassis against its type system, and brat files read as brat's docs say.

On the bundled exercise, a graded submission and a class folder: the sofa
is the canonical text and every span covers its quote; brat's ``.txt`` is the
canonical text and each text-bound annotation's offsets cut out its quote.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cassis import load_cas_from_xmi, load_typesystem

from annotator.core.model import Annotation, Submission, Trainee
from annotator.xmlio.readers import read_exercise, read_submission
from annotator.xmlio.writers import save

REPO = Path(__file__).resolve().parents[3]
FIRST_EXERCISE = REPO / "exercises" / "putin-kim-alaska.exercise.xml"
ANA = REPO / "exercises" / "examples" / "ana.submission.xml"
LAYER = "webanno.custom.MediaLiteracy"


def annotator(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory) -> Path:
    """A class folder: the exercise, Ana's graded submission and Bruno's ungraded one."""
    folder = tmp_path_factory.mktemp("class")
    shutil.copyfile(FIRST_EXERCISE, folder / FIRST_EXERCISE.name)
    result = annotator("grade", "--key", str(FIRST_EXERCISE), str(ANA), "--graded-dir",
                       str(folder))
    assert result.returncode == 0, result.stderr
    text = read_exercise(FIRST_EXERCISE).document.article.text
    start = text.index("Kim Jong-un")
    bruno = Submission(
        exercise="putin-kim-alaska", text_sha256=read_submission(ANA).document.text_sha256,
        trainee=Trainee(id="s020", name="Bruno Díaz"),
        annotations=[Annotation(id="a1", category="attribution", start=start, end=start + 11,
                                quote="Kim Jong-un", note="¿Quién lo dice?")],
    )
    save(bruno, folder / "bruno.submission.xml")
    return folder


@pytest.fixture(scope="module")
def exercise_text() -> str:
    return read_exercise(FIRST_EXERCISE).document.article.text


def _quotes(path: Path) -> list[tuple[str, str]]:
    from annotator.xmlio.readers import read_document

    document = read_document(path).document
    spans = document.key if hasattr(document, "key") else document.annotations
    return sorted((s.category, s.quote) for s in spans)


def test_xmi_loads_in_cassis_with_the_canonical_text_and_every_quote(tmp_path, class_folder,
                                                                    exercise_text):
    """Ensure every exported XMI loads against TypeSystem.xml with the right sofa and spans."""
    result = annotator("export", "--format", "xmi", str(class_folder), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "TypeSystem.xml", "ana.xmi", "bruno.xmi", "putin-kim-alaska.xmi"]
    with open(tmp_path / "TypeSystem.xml", "rb") as handle:
        types = load_typesystem(handle)
    layer = types.get_type(LAYER)
    assert {f.name for f in layer.features} >= {"category", "note", "verdict"}
    sources = {"ana": class_folder / "ana.submission.xml",
               "bruno": class_folder / "bruno.submission.xml",
               "putin-kim-alaska": FIRST_EXERCISE}
    for name, source in sources.items():
        with open(tmp_path / f"{name}.xmi", "rb") as handle:
            cas = load_cas_from_xmi(handle, typesystem=types)
        assert cas.sofa_string == exercise_text
        spans = list(cas.select(LAYER))
        assert all(s.get_covered_text() == exercise_text[s.begin:s.end] for s in spans)
        assert sorted((s.category, s.get_covered_text()) for s in spans) == _quotes(source)
        [metadata] = cas.select("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData")
        assert metadata.documentId == name and metadata.language == "es"
    with open(tmp_path / "ana.xmi", "rb") as handle:
        ana = load_cas_from_xmi(handle, typesystem=types)
    verdicts = {s.verdict for s in ana.select(LAYER)}
    assert verdicts and verdicts <= {"correct", "partial", "wrong-category", "extra", "optional"}


# brat standoff, as its documentation describes it: ID TAB TYPE START END[;START END]* TAB TEXT
_TEXT_BOUND = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_NOTE = re.compile(r"^#\d+\tAnnotatorNotes (T\d+)\t(.*)$")
_ATTRIBUTE = re.compile(r"^A\d+\t(\S+) (T\d+)(?: (\S+))?$")


def _brat(ann: str, text: str) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for line in ann.splitlines():
        if match := _TEXT_BOUND.match(line):
            ident, kind, offsets, covered = match.groups()
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            assert " ".join(text[s:e] for s, e in pieces) == covered
            found[ident] = {"category": kind, "start": pieces[0][0], "end": pieces[-1][1]}
        elif match := _NOTE.match(line):
            found[match.group(1)]["note"] = match.group(2)
        elif match := _ATTRIBUTE.match(line):
            found[match.group(2)][match.group(1)] = match.group(3)
        else:
            raise AssertionError(f"not a brat standoff line: {line!r}")
    return found


def test_brat_files_follow_the_standoff_format_and_offsets_cut_the_quotes(tmp_path, class_folder,
                                                                          exercise_text):
    """Ensure .txt is the canonical text and each T line's offsets give back its quote."""
    result = annotator("export", "--format", "brat", str(class_folder), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert re.search(r"^\[entities\]\nclaim\nattribution\nframing\n", conf, re.MULTILINE)
    assert "Verdict\tArg:<ENTITY>, Value:correct|partial" in conf
    for name, source in {"ana": class_folder / "ana.submission.xml",
                         "putin-kim-alaska": FIRST_EXERCISE}.items():
        text = (tmp_path / f"{name}.txt").read_text(encoding="utf-8")
        assert text == exercise_text
        spans = _brat((tmp_path / f"{name}.ann").read_text(encoding="utf-8"), text)
        assert sorted((s["category"], text[s["start"]:s["end"]]) for s in spans.values()) == \
            _quotes(source)
    ana = _brat((tmp_path / "ana.ann").read_text(encoding="utf-8"), exercise_text)
    assert all("Verdict" in span for span in ana.values())
    assert any("note" in span for span in ana.values())


def test_a_submission_without_its_exercise_is_listed_and_the_rest_written(tmp_path):
    """Ensure a submission whose exercise cannot be found gets one line, others still export."""
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    submission = read_submission(ANA).document.model_copy(update={"exercise": "elsewhere"})
    save(submission, lonely / "eve.submission.xml")
    out = tmp_path / "out"
    result = annotator("export", "--format", "brat", str(FIRST_EXERCISE),
                       str(lonely / "eve.submission.xml"), "-o", str(out))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(str(lonely / "eve.submission.xml")) and "'elsewhere'" in line
    assert (out / "putin-kim-alaska.ann").is_file() and not (out / "eve.ann").exists()


def test_an_annotation_whose_quote_left_the_text_is_listed_not_exported(tmp_path):
    """Ensure an orphaned annotation (its quote nowhere in the text) is named, and left out
    of the export rather than written at offsets that point at other words."""
    submission = read_submission(ANA).document
    first = submission.annotations[0]
    orphan = first.model_copy(update={"id": "a99", "quote": "Nunca dicho en la noticia"})
    lost = submission.model_copy(update={"annotations": [*submission.annotations, orphan]})
    save(lost, tmp_path / "eve.submission.xml")
    out = tmp_path / "out"
    result = annotator("export", "--format", "w3c", "--exercise", str(FIRST_EXERCISE),
                       str(tmp_path / "eve.submission.xml"), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{tmp_path / 'eve.submission.xml'}: a99 'Nunca dicho en la noticia' is not in the "
        "text any more; left out of the export"]
    exported = (out / "eve.jsonld").read_text(encoding="utf-8")
    assert "a99" not in exported and f":{first.id}\"" in exported


def test_a_class_folder_with_decisions_and_an_older_exercise_exports_cleanly(tmp_path):
    """Ensure the decisions file and an exercise's kept older version beside the submissions
    are neither exported nor reported as broken submissions."""
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copyfile(FIRST_EXERCISE, folder / FIRST_EXERCISE.name)
    shutil.copyfile(FIRST_EXERCISE, folder / "putin-kim-alaska.exercise.v1.xml")
    shutil.copyfile(ANA, folder / "ana.submission.xml")
    (folder / "putin-kim-alaska.decisions.xml").write_text(
        '<decisions xmlns="urn:x-annotator:1" format="1" exercise="putin-kim-alaska"/>',
        encoding="utf-8")
    out = tmp_path / "out"
    result = annotator("export", "--format", "brat", str(folder), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert not any("decisions" in p.name or ".v1" in p.name for p in out.iterdir())


def test_a_conflict_copy_in_a_class_folder_is_not_exported_as_a_trainee(tmp_path):
    """Ensure a window's conflict copy (the version not kept) stays out of a folder's export,
    as it stays out of grading."""
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copyfile(FIRST_EXERCISE, folder / FIRST_EXERCISE.name)
    shutil.copyfile(ANA, folder / "ana.submission.xml")
    shutil.copyfile(ANA, folder / "ana.submission.conflict-20261206-101500.xml")
    out = tmp_path / "out"
    result = annotator("export", "--format", "brat", str(folder), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert not any("conflict" in p.name for p in out.iterdir())
    assert any(p.name.startswith("ana") for p in out.iterdir())
