"""Answers to the categories' questions (scoring.md §10) travel in every export format.

W3C bodies with purpose ``classifying`` (``describing`` for free text), an
XMI string feature per question, brat attributes declared in
``annotation.conf``; a key span gives one per accepted answer.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from cassis import load_cas_from_xmi, load_typesystem

from annotator import bundled
from annotator.core.model import Annotation, Submission, Trainee
from annotator.services.interop.document import key_document, submission_document
from annotator.services.interop.export import output_files
from annotator.xmlio.readers import read_exercise

EXERCISE = read_exercise(bundled.first_exercise()).document
TEXT = EXERCISE.article.text
KREMLIN = "informó en Telegram el Kremlin"
TREATY = "firmado en Piongyang el 19 de julio de 2024"


def _mark(span_id: str, category: str, quote: str, features: dict[str, str]) -> Annotation:
    start = TEXT.index(quote)
    return Annotation(id=span_id, category=category, start=start, end=start + len(quote),
                      quote=quote, features=features)


SUBMISSION = Submission(
    exercise=EXERCISE.id, text_sha256=EXERCISE.article.sha256, trainee=Trainee(id="s1"),
    annotations=[_mark("a1", "attribution", KREMLIN, {"source-kind": "anonymous"}),
                 _mark("a2", "claim", TREATY, {"checkable": "false",
                                               "evidence": "kcna.kp, 19 de junio"})])
DOCUMENTS = [key_document(EXERCISE, "key"), submission_document(SUBMISSION, EXERCISE, "ana")]


def test_w3c_bodies_classify_choices_and_describe_free_text():
    files = output_files(DOCUMENTS, "w3c")
    ana = json.loads(files["ana.jsonld"])["first"]["items"]
    bodies = {(b["purpose"], b["value"]) for item in ana for b in item["body"]}
    assert ("classifying", "source-kind=anonymous") in bodies
    assert ("classifying", "checkable=false") in bodies
    assert ("describing", "evidence=kcna.kp, 19 de junio") in bodies
    key = json.loads(files["key.jsonld"])["first"]["items"]
    kremlin = next(i for i in key if i["target"]["selector"][0]["exact"] == KREMLIN)
    assert [b["value"] for b in kremlin["body"] if b["purpose"] == "classifying"] == [
        "source-kind=official", "source-kind=interested"]


def test_xmi_has_a_string_feature_per_question(tmp_path: Path):
    files = output_files(DOCUMENTS, "xmi")
    types = load_typesystem(files["TypeSystem.xml"].decode())
    layer = types.get_type("webanno.custom.MediaLiteracy")
    assert {"source_kind", "checkable", "evidence"} <= {f.name for f in layer.all_features}
    cas = load_cas_from_xmi(files["ana.xmi"].decode(), typesystem=types)
    spans = {s.get_covered_text(): s for s in cas.select(layer.name)}
    assert spans[KREMLIN].get("source_kind") == "anonymous"
    assert spans[TREATY].get("evidence") == "kcna.kp, 19 de junio"
    key = load_cas_from_xmi(files["key.xmi"].decode(), typesystem=types)
    kremlin = next(s for s in key.select(layer.name) if s.get_covered_text() == KREMLIN)
    assert kremlin.get("source_kind") == "official interested"


def test_brat_attributes_are_declared_and_free_text_joins_the_note():
    files = output_files(DOCUMENTS, "brat")
    config = files["annotation.conf"].decode()
    assert ("source-kind\tArg:<ENTITY>, Value:official|interested|independent|anonymous|"
            "unclear") in config
    assert "checkable\tArg:<ENTITY>, Value:true|false|unverified|not-checkable" in config
    assert "evidence" not in config  # free text is no brat attribute
    ann = files["ana.ann"].decode()
    tids = dict(re.findall(r"^(T\d+)\t\w+ \d+ \d+\t(.*)$", ann, re.M))
    kremlin = next(t for t, quote in tids.items() if quote == KREMLIN)
    assert re.search(rf"^A\d+\tsource-kind {kremlin} anonymous$", ann, re.M)
    assert re.search(r"^#\d+\tAnnotatorNotes T\d+\tevidence: kcna.kp, 19 de junio$", ann, re.M)
    key = files["key.ann"].decode()
    assert len(re.findall(r"^A\d+\tsource-kind T\d+ (official|interested)$", key, re.M)) == 12


def test_the_expert_answers_come_back_with_import_key_from_every_format(tmp_path: Path):
    """Ensure export then import-key gives the bundled key's accepted answers back, in W3C,
    XMI and brat, and an answer the category does not ask is listed, never guessed."""
    from annotator.services.interop.export import write
    from annotator.services.interop.key_import import import_key
    from annotator.services.interop.reader import read_foreign

    expected = {(s.quote, s.category): s.accepted for s in EXERCISE.key}
    for fmt, name in (("w3c", "key.jsonld"), ("xmi", "key.xmi"), ("brat", "key.ann")):
        folder = tmp_path / fmt
        write([key_document(EXERCISE, "key")], fmt, folder)
        result = import_key(read_foreign(folder / name, fmt), EXERCISE.student_copy(), {})
        got = {(s.quote, s.category): s.accepted for s in result.exercise.key}
        assert got == expected, fmt
        assert result.left_out == []
    ann = tmp_path / "brat" / "key.ann"
    ann.write_text(ann.read_text(encoding="utf-8") + "A999\tsource-kind T1 aliens\n",
                   encoding="utf-8")
    result = import_key(read_foreign(ann, "brat"), EXERCISE.student_copy(), {})
    (line,) = result.left_out
    assert "'source-kind=aliens'" in line and "left out" in line
