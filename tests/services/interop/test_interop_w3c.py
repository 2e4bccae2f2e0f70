"""W3C exports check against the W3C test suite's schemas and read as JSON-LD of the oa: vocabulary.

The suite's definitions (``w3c/definitions``) judge the annotation-level
MUSTs of its ``annotationMusts`` test (context, id, type, target, motivation
and purpose values) and the collection and page; the selector rules of the
model that our annotations use (sections 4.2.4 and 4.2.6) are restated below
with the suite's own ``stringUri`` and ``motivationList``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from pyld import jsonld
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

REPO = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent / "w3c"
FIRST_EXERCISE = REPO / "exercises" / "putin-kim-alaska.exercise.xml"
ANA = REPO / "exercises" / "examples" / "ana.submission.xml"
BASE = "http://annotation-model.test/definitions/"
CONTEXT = "http://www.w3.org/ns/anno.jsonld"
OA = "http://www.w3.org/ns/oa#"


def annotator(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator", *args],
                          capture_output=True, text=True, timeout=120)


def _registry() -> Registry:
    resources = []
    for path in sorted((HERE / "definitions").glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((BASE + path.name, Resource(contents=contents, specification=DRAFT4)))
    return Registry().with_resources(resources)


def _ref(target: str) -> dict:
    return {"$ref": BASE + target}


# The annotationMusts assertions of the suite, each as its schema refers to the definitions.
ANNOTATION_MUSTS = {
    "3.1 @context": {"type": "object", "required": ["@context"], "properties": {"@context": {
        "oneOf": [_ref("annotations.json#/definitions/contextValueFound"),
                  _ref("annotations.json#/definitions/contextValueInArrayFound")]}}},
    "3.1 id": _ref("id.json#/definitions/idValueFound"),
    "3.1 type": _ref("annotations.json#/definitions/annotationTypeValueFound"),
    "3.1 target": {"type": "object", "required": ["target"]},
    "3.2.5 body xor bodyValue": {"type": "object", "not": {"required": ["body", "bodyValue"]}},
    "3.3.5 motivation": _ref("annotations.json#/definitions/motivationRecognizedIfPresent"),
}

# Model 3.2.4 (textual body), 3.3.5 (purpose), 4 (specific resource), 4.2.4 and 4.2.6.
BODY = {"type": "object", "required": ["type", "value", "purpose"], "properties": {
    "type": {"enum": ["TextualBody"]}, "value": {"type": "string"},
    "purpose": _ref("annotations.json#/definitions/motivationList")}}
QUOTE = {"type": "object", "required": ["type", "exact"], "properties": {
    "type": {"enum": ["TextQuoteSelector"]}, "exact": {"type": "string"},
    "prefix": {"type": "string"}, "suffix": {"type": "string"}}}
POSITION = {"type": "object", "required": ["type", "start", "end"], "properties": {
    "type": {"enum": ["TextPositionSelector"]},
    "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}}
ANNOTATION_SHAPE = {"type": "object", "properties": {
    "body": {"type": "array", "minItems": 1, "items": BODY},
    "target": {"type": "object", "required": ["source", "selector"], "properties": {
        "source": _ref("id.json#/definitions/stringUri"),
        "selector": {"type": "array", "items": {"oneOf": [QUOTE, POSITION]}}}}}}

COLLECTION_MUSTS = {
    "5.1 type": _ref("collections.json#/definitions/annotationCollectionTypeValueFound"),
    "5.1 id": _ref("id.json#/definitions/idValueFound"),
    "5.1 label": _ref("collections.json#/definitions/labelDefinition"),
    "5.1 total": _ref("collections.json#/definitions/totalDefinition"),
    "5.1 first": _ref("collections.json#/definitions/firstRequiredIfTotalMoreThanZero"),
}
PAGE_MUSTS = {
    "5.2 type": _ref("collections.json#/definitions/annotationPageTypeValueFound"),
    "5.2 id": _ref("id.json#/definitions/idValueFound"),
    "5.2 items": _ref("collections.json#/definitions/itemsFound"),
    "5.2 startIndex": _ref("collections.json#/definitions/startIndexDefinition"),
}


def _problems(schemas: dict[str, dict], instance: dict, registry: Registry) -> list[str]:
    found = []
    for name, schema in schemas.items():
        validator = Draft4Validator(schema, registry=registry, format_checker=FormatChecker())
        found += [f"{name}: {error.message}" for error in validator.iter_errors(instance)]
    return found


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """A class folder (the bundled exercise and Ana's graded submission) exported as W3C."""
    work = tmp_path_factory.mktemp("w3c")
    graded = work / "class"
    result = annotator("grade", "--key", str(FIRST_EXERCISE), str(ANA),
                       "--graded-dir", str(graded))
    assert result.returncode == 0, result.stderr
    shutil.copyfile(FIRST_EXERCISE, graded / FIRST_EXERCISE.name)
    out = work / "out"
    result = annotator("export", "--format", "w3c", str(graded), "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_every_annotation_passes_the_w3c_suite_definitions(exported):
    """Ensure each exported annotation, page and collection meets the suite's MUSTs."""
    registry = _registry()
    problems = []
    for path in sorted(exported.glob("*.jsonld")):
        collection = json.loads(path.read_text(encoding="utf-8"))
        problems += _problems(COLLECTION_MUSTS, collection, registry)
        problems += _problems(PAGE_MUSTS, collection["first"], registry)
        for item in collection["first"]["items"]:
            problems += _problems(ANNOTATION_MUSTS, item, registry)
            problems += _problems({"bodies and target": ANNOTATION_SHAPE}, item, registry)
    assert problems == []
    assert sorted(p.name for p in exported.iterdir()) == ["ana.jsonld", "putin-kim-alaska.jsonld"]


def test_the_suite_definitions_can_fail(exported):
    """Ensure the checks above reject an annotation without a target or with a bad purpose."""
    registry = _registry()
    item = json.loads((exported / "ana.jsonld").read_text(encoding="utf-8"))["first"]["items"][0]
    broken = {k: v for k, v in item.items() if k != "target"}
    broken["@context"] = "http://example.org/other.jsonld"
    assert len(_problems(ANNOTATION_MUSTS, broken, registry)) == 2
    item["body"][0]["purpose"] = "grading"
    assert _problems({"bodies": ANNOTATION_SHAPE}, item, registry)


def _offline_loader(url, options=None):  # noqa: ARG001  pyld's loader signature
    if url.rstrip("/") in (CONTEXT, CONTEXT.replace("http:", "https:")):
        document = json.loads((HERE / "anno.jsonld").read_text(encoding="utf-8"))
        return {"contentType": "application/ld+json", "contextUrl": None,
                "documentUrl": url, "document": document}
    raise AssertionError(f"the test would have fetched {url}")


def test_the_export_expands_as_json_ld_to_the_oa_vocabulary(exported):
    """Ensure pyld reads the graded submission as oa:Annotations with tags, notes and verdicts."""
    collection = json.loads((exported / "ana.jsonld").read_text(encoding="utf-8"))
    expanded = jsonld.expand(collection, {"documentLoader": _offline_loader})
    [node] = expanded
    assert node["@type"] == ["http://www.w3.org/ns/activitystreams#OrderedCollection"]
    [page] = node["http://www.w3.org/ns/activitystreams#first"]
    items = page["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
    assert len(items) == len(collection["first"]["items"]) > 0
    purposes = set()
    for annotation in items:
        assert annotation["@type"] == [OA + "Annotation"]
        assert annotation["@id"].startswith("urn:x-annotator:")
        for body in annotation[OA + "hasBody"]:
            purposes |= {p["@id"] for p in body[OA + "hasPurpose"]}
        [target] = annotation[OA + "hasTarget"]
        kinds = {s["@type"][0] for s in target[OA + "hasSelector"]}
        assert kinds == {OA + "TextQuoteSelector", OA + "TextPositionSelector"}
    assert {OA + "tagging", OA + "commenting", OA + "assessing"} <= purposes


def test_positions_are_code_points_and_quotes_carry_32_of_context(exported):
    """Ensure the position selector counts code points and prefix/suffix are 32 of them."""
    from annotator.xmlio.readers import read_exercise

    text = read_exercise(FIRST_EXERCISE).document.article.text
    collection = json.loads((exported / "putin-kim-alaska.jsonld").read_text(encoding="utf-8"))
    for item in collection["first"]["items"]:
        quote, position = item["target"]["selector"]
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"]
        assert quote.get("prefix", "") == text[max(0, start - 32):start]
        assert quote.get("suffix", "") == text[end:end + 32]
