"""Whatever another tool's file holds, reading it ends in a result or in one line: never a crash.

Hypothesis builds JSON with the model's keys in the wrong shapes, brat lines
with odd offsets and XML of odd shapes; the readers and the key import may
refuse (FormatError, ImportRefused) or list spans as left out, and nothing else.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.bundled import first_exercise
from annotator.services.interop.key_import import ImportRefused, import_key
from annotator.services.interop.reader import read_foreign
from annotator.xmlio.errors import FormatError
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import to_bytes

EXERCISE = read_exercise(first_exercise()).document
TEXT = EXERCISE.article.text
KEYS = ["type", "@type", "body", "target", "selector", "purpose", "value", "exact", "prefix",
        "suffix", "start", "end", "items", "first", "rows", "tags", "text", "bodyValue"]
WORDS = ["Annotation", "AnnotationPage", "AnnotationCollection", "TextQuoteSelector",
         "TextPositionSelector", "tagging", "commenting", "claim", "framing", "Putin", "",
         "Alianza geopolítica en desarrollo", "😀"]
scalars = (st.none() | st.booleans() | st.integers(-3, len(TEXT) + 3) | st.sampled_from(WORDS)
           | st.floats(allow_nan=False) | st.text(max_size=5))
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner,
                                                                max_size=6),
    max_leaves=30,
)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read_and_import(path, fmt) -> None:
    try:
        found = read_foreign(path, fmt)
    except FormatError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path))
        return
    try:
        result = import_key(found, EXERCISE, {"Claim": "claim"})
    except ImportRefused as exc:
        assert "\n" not in str(exc)
        return
    for span in result.exercise.key:
        assert TEXT[span.start:span.end] == span.quote and span.quote
    to_bytes(result.exercise)  # notes from the file are fit for XML


@SETTINGS
@given(document=json_values)
def test_any_json_is_read_or_refused_in_one_line(tmp_path_factory, document):
    """Ensure JSON of any shape with the model's keys never crashes the W3C reader."""
    path = tmp_path_factory.mktemp("w3c") / "in.jsonld"
    path.write_text(json.dumps(document), encoding="utf-8")
    _read_and_import(path, "w3c")


def _maybe(value):
    return st.one_of(st.just(None), value, scalars)


annotations = st.fixed_dictionaries({"type": st.just("Annotation")}, optional={
    "body": _maybe(st.fixed_dictionaries({}, optional={
        "purpose": _maybe(st.sampled_from(["tagging", "commenting"])),
        "value": _maybe(st.sampled_from(["claim", "Claim", "framing", "odd"]))})),
    "target": _maybe(st.fixed_dictionaries({}, optional={"selector": _maybe(st.lists(
        st.fixed_dictionaries({"type": st.sampled_from(WORDS[3:5])}, optional={
            "exact": scalars, "prefix": scalars, "suffix": scalars,
            "start": st.integers(-3, 60) | scalars, "end": st.integers(-3, 60) | scalars}),
        max_size=2))})),
})


NEGATIVE_START = [{"type": "Annotation", "body": {"purpose": "tagging", "value": "claim"},
                   "target": {"selector": [{"type": "TextPositionSelector", "start": -2,
                                            "end": 3}]}}]


@SETTINGS
@given(items=st.lists(annotations, min_size=1, max_size=4))
@example(items=NEGATIVE_START)
def test_annotations_with_odd_values_are_placed_or_listed(tmp_path_factory, items):
    """Ensure annotation-shaped JSON with wrong or missing values never crashes import-key."""
    path = tmp_path_factory.mktemp("w3c") / "in.jsonld"
    path.write_text(json.dumps(items), encoding="utf-8")
    _read_and_import(path, "w3c")


brat_lines = st.lists(st.one_of(
    st.builds(lambda n, c, s, e, t: f"T{n}\t{c} {s} {e}\t{t}", st.integers(0, 9),
              st.sampled_from(["claim", "Claim", "odd"]), st.integers(0, 400),
              st.integers(0, 400), st.text(max_size=5)),
    st.builds(lambda n, s: f"#{n}\tAnnotatorNotes T{n}\t{s}", st.integers(0, 9),
              st.text(max_size=8)),
    st.builds(lambda a, b: f"T1\tclaim {a};{b}\tx", st.text(max_size=6), st.text(max_size=6)),
    st.text(max_size=20),
), max_size=6)


@SETTINGS
@given(lines=brat_lines, text=st.sampled_from([TEXT, TEXT[:300], "x\r\ny", ""]))
@example(lines=["T1\tclaim 0 5\tPutin", "#1\tAnnotatorNotes T1\tcontrol \x01 char"],
         text=TEXT)
def test_any_ann_is_read_or_refused_in_one_line(tmp_path_factory, lines, text):
    """Ensure any .ann lines against a text never crash the brat reader."""
    folder = tmp_path_factory.mktemp("brat")
    (folder / "in.txt").write_text(text, encoding="utf-8", newline="")
    (folder / "in.ann").write_text("\n".join(lines), encoding="utf-8")
    _read_and_import(folder / "in.ann", "brat")


xml_parts = st.lists(st.sampled_from([
    '<?xml version="1.0"?>', '<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" '
    'xmlns:cas="http:///uima/cas.ecore" xmlns:custom="http:///webanno/custom.ecore" '
    'xmi:version="2.0">', "</xmi:XMI>", '<cas:NULL xmi:id="0"/>',
    '<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" sofaString="Putin 😀 conversa"/>',
    '<custom:MediaLiteracy xmi:id="2" sofa="1" begin="0" end="5" category="claim"/>',
    '<custom:MediaLiteracy xmi:id="3" sofa="1" begin="9" end="4" category="claim"/>',
    '<custom:MediaLiteracy xmi:id="4" sofa="1" begin="x" end="400" category="Claim"/>',
    '<custom:MediaLiteracy xmi:id="2" sofa="7" begin="6" end="8"/>',
    '<cas:View sofa="1" members="2 3 4"/>', '<cas:View sofa="9" members="99"/>', "<", "&",
]), max_size=8)


@SETTINGS
@given(parts=xml_parts)
def test_any_xmi_is_read_or_refused_in_one_line(tmp_path_factory, parts):
    """Ensure XMI of odd shapes (bad offsets, dangling ids, broken XML) never crashes."""
    path = tmp_path_factory.mktemp("xmi") / "in.xmi"
    path.write_text("".join(parts), encoding="utf-8")
    _read_and_import(path, "xmi")
