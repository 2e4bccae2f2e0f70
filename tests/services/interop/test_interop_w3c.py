"""W3C exports check against the W3C test suite's schemas and read as JSON-LD of the oa: vocabulary.

Every annotation, its bodies, its target with its selectors, and its other
properties are judged by the suite's own definitions (``w3c/definitions``,
copied unchanged). Two rules are written here because the definitions have
none for them: an annotation has a target, and never both ``body`` and
``bodyValue`` (model 3.1 and 3.2.5). The suite's definitions are draft-04, where a keyword beside a
``$ref`` is ignored, so where the suite relies on one (``selectorDetected``'s
``required``) the schema below asks for it next to the referenced definition.
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


def _all(*targets: str) -> dict:
    return {"allOf": [_ref(t) for t in targets]}


def _includes(schema: dict) -> dict:
    """The suite's draft-04 idiom for "the array has an item matching": not all items fail."""
    return {"type": "array", "minItems": 1, "not": {"items": {"not": schema}}}


# Model 3.1 and 3.3: the annotation itself.
ANNOTATION_MUSTS = {
    "3.1 @context": {"type": "object", "required": ["@context"], "properties": {"@context": {
        "oneOf": [_ref("annotations.json#/definitions/contextValueFound"),
                  _ref("annotations.json#/definitions/contextValueInArrayFound")]}}},
    "3.1 id": _ref("id.json#/definitions/idValueFound"),
    "3.1 type": _ref("annotations.json#/definitions/annotationTypeValueFound"),
    "3.1 target (no suite definition)": {"type": "object", "required": ["target"]},
    "3.2.5 body xor bodyValue (no suite definition)": {
        "type": "object", "not": {"required": ["body", "bodyValue"]}},
    "3.2.5 bodyValue": _ref("annotations.json#/definitions/bodyValueValidIfPresent"),
    "3.3 other properties": _all(
        "otherProperties.json#/definitions/createdValidIfPresent",
        "otherProperties.json#/definitions/generatedValidIfPresent",
        "otherProperties.json#/definitions/modifiedValidIfPresent",
        "otherProperties.json#/definitions/creatorValidIfPresent",
        "otherProperties.json#/definitions/generatorValidIfPresent",
        "otherProperties.json#/definitions/audienceValidIfPresent",
        "otherProperties.json#/definitions/rightsValidIfPresent",
        "otherProperties.json#/definitions/canonicalValidIfPresent",
        "otherProperties.json#/definitions/viaValidIfPresent"),
    "3.3.2 creator agent": {"type": "object", "properties": {"creator": _all(
        "otherProperties.json#/definitions/agentTypeDefinition",
        "otherProperties.json#/definitions/agentSingularNameDefinition",
        "otherProperties.json#/definitions/agentSingularNicknameDefinition",
        "otherProperties.json#/definitions/agentEmailDefinition",
        "otherProperties.json#/definitions/agentEmail_sha1Definition")}},
    "3.3.5 motivation": _ref("annotations.json#/definitions/motivationRecognizedIfPresent"),
    "4.4 stylesheet": _ref("annotations.json#/definitions/stylesheetValueDefinition"),
}

# Model 3.2: every body is an embedded textual body with a recognised purpose.
BODY_MUSTS = {
    "3.2 body resource": _ref("bodyTarget.json#/definitions/bodyResourcesFound"),
    "3.2.4 TextualBody": _ref("bodyTarget.json#/definitions/embeddedTextTypeIncludesTextualBody"),
    "3.2 body keys (MUST)": _ref("bodyTarget.json#/definitions/optionalBodyPropertiesMust"),
    "3.2 body keys (SHOULD)": _ref("bodyTarget.json#/definitions/optionalBodyPropertiesShould"),
    "3.3.5 purpose": _ref("otherProperties.json#/definitions/purposePropertyFound"),
}

_QUOTE = "specificResource.json#/definitions/textQuoteSelectorDetected"
_POSITION = "specificResource.json#/definitions/textPositionSelectorDetected"
_EVERY_SELECTOR_TYPE_VALID = _all(*(
    f"specificResource.json#/definitions/{kind}SelectorTypeValidIfPresent"
    for kind in ("fragment", "css", "xpath", "textQuote", "textPosition", "dataPosition",
                 "svg", "range")))

# Model 3.2 and 4: the target is a specific resource of the text, selected by quote and position.
TARGET_MUSTS = {
    "3.2 target resource": _ref("bodyTarget.json#/definitions/targetResourcesFound"),
    "4 specific resource": _ref("specificResource.json#/definitions/specificeResourceDetected"),
    "4.2 selectors recognised": {"allOf": [
        _ref("specificResource.json#/definitions/selectorDefined"), {"required": ["selector"]}]},
    "4.2 every selector meets its type": {"properties": {"selector": {
        "type": "array", "items": _EVERY_SELECTOR_TYPE_VALID}}},
    "4.2.4 and 4.2.5 quote and position": {"properties": {"selector": {
        "allOf": [_includes(_ref(_QUOTE)), _includes(_ref(_POSITION))]}}},
    "3.2 target keys (MUST)": _ref("bodyTarget.json#/definitions/optionalTargetPropertiesMust"),
    "3.2 target keys (SHOULD)": _ref("bodyTarget.json#/definitions/optionalTargetPropertiesShould"),
}

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


def _problems(schemas: dict[str, dict], instance: object, registry: Registry) -> list[str]:
    found = []
    for name, schema in schemas.items():
        validator = Draft4Validator(schema, registry=registry, format_checker=FormatChecker())
        found += [f"{name}: {error.message}" for error in validator.iter_errors(instance)]
    return found


def _annotation_problems(item: dict, registry: Registry) -> list[str]:
    """Everything the suite's definitions find wrong with one annotation, its bodies and target."""
    found = _problems(ANNOTATION_MUSTS, item, registry)
    bodies = item.get("body", [])
    for body in bodies if isinstance(bodies, list) else [bodies]:
        found += _problems(BODY_MUSTS, body, registry)
    found += _problems(TARGET_MUSTS, item.get("target"), registry)
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


def test_the_format_checker_checks_uris_and_dates():
    """Ensure the suite's "uri" and "date-time" formats are checked, not silently passed."""
    checker = FormatChecker()
    assert not checker.conforms("not a uri", "uri")
    assert checker.conforms("urn:x-annotator:text:sha256:00", "uri")
    assert not checker.conforms("yesterday", "date-time")


def test_every_annotation_passes_the_w3c_suite_definitions(exported):
    """Ensure each exported annotation (bodies, target, selectors, other keys), page and
    collection meets the suite's definitions."""
    registry = _registry()
    problems = []
    annotations = 0
    for path in sorted(exported.glob("*.jsonld")):
        collection = json.loads(path.read_text(encoding="utf-8"))
        problems += _problems(COLLECTION_MUSTS, collection, registry)
        problems += _problems(PAGE_MUSTS, collection["first"], registry)
        for item in collection["first"]["items"]:
            problems += _annotation_problems(item, registry)
            annotations += 1
    assert problems == []
    assert annotations > 0
    assert sorted(p.name for p in exported.iterdir()) == ["ana.jsonld", "putin-kim-alaska.jsonld"]


def _ana_items(exported: Path) -> list[dict]:
    return json.loads((exported / "ana.jsonld").read_text(encoding="utf-8"))["first"]["items"]


def test_the_graded_export_uses_every_body_the_checks_cover(exported):
    """Ensure the graded file carries a note with its language and format and a creator, so
    the body and agent definitions above judged real values."""
    items = _ana_items(exported)
    bodies = [body for item in items for body in item["body"]]
    assert {body["purpose"] for body in bodies} >= {"tagging", "commenting", "assessing"}
    assert any("language" in body and "format" in body for body in bodies)
    assert all("creator" in item for item in items)


def _broken(item: dict, change) -> dict:
    copy = json.loads(json.dumps(item))
    change(copy)
    return copy


@pytest.mark.parametrize(("what", "change"), [
    ("no target", lambda a: a.pop("target")),
    ("another context", lambda a: a.update({"@context": "http://example.org/other.jsonld"})),
    ("a purpose the model does not know", lambda a: a["body"][0].update({"purpose": "grading"})),
    ("a body without value", lambda a: a["body"][0].pop("value")),
    ("a body of another type", lambda a: a["body"][0].update({"type": "Note"})),
    ("a language that is not a tag", lambda a: a["body"][1].update({"language": "Spanish"})),
    ("a format that is not a media type", lambda a: a["body"][1].update({"format": "plain"})),
    ("a source that is not a URI", lambda a: a["target"].update({"source": "the article"})),
    ("no selector", lambda a: a["target"].pop("selector")),
    ("a negative start", lambda a: a["target"]["selector"][1].update({"start": -1})),
    ("a quote selector without exact", lambda a: a["target"]["selector"][0].pop("exact")),
    ("no position selector", lambda a: a["target"]["selector"].pop(1)),
    ("a creator of unknown type", lambda a: a["creator"].update({"type": "Student"})),
    ("two nicknames", lambda a: a["creator"].update({"nickname": ["ana", "ana2"]})),
    ("a created that is not a date", lambda a: a.update({"created": "yesterday"})),
    ("a motivation the model does not know", lambda a: a.update({"motivation": "grading"})),
])
def test_the_suite_definitions_can_fail(exported, what, change):
    """Ensure each kind of fault in an annotation is caught by the checks above."""
    registry = _registry()
    item = next(i for i in _ana_items(exported)
                if len(i["body"]) > 1 and "language" in i["body"][1])
    assert _annotation_problems(item, registry) == []
    assert _annotation_problems(_broken(item, change), registry), what


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
