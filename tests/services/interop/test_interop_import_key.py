"""`annotator import-key` as an instructor runs it on keys made in INCEpTION, brat or a W3C tool."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.xmlio.readers import read_exercise

REPO = Path(__file__).resolve().parents[3]
FIRST_EXERCISE = REPO / "exercises" / "putin-kim-alaska.exercise.xml"


def annotator(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def text() -> str:
    return read_exercise(FIRST_EXERCISE).document.article.text


def _import(source: Path, fmt: str, out: Path, *more: str) -> subprocess.CompletedProcess:
    return annotator("import-key", str(source), "--format", fmt, "--exercise",
                     str(FIRST_EXERCISE), "-o", str(out), *more)


def test_a_brat_key_on_a_different_text_is_placed_by_quote_and_the_rest_listed(tmp_path, text):
    """Ensure spans move to their quotes in our text, and one not in it is listed, not dropped."""
    theirs = "Pasted from the web\r\n" + text.replace("\n", "\r\n\r\n")
    kim = theirs.index("y Kim Jong-un") + 2  # the standfirst's, not the headline's
    alliance = theirs.index("Alianza geopolítica")
    (tmp_path / "key.txt").write_text(theirs, encoding="utf-8", newline="")
    (tmp_path / "key.ann").write_text(
        f"T1\tattribution {kim} {kim + 11}\tKim Jong-un\n"
        f"T2\tframing {alliance} {alliance + 33}\tAlianza geopolítica en desarrollo\n"
        "#1\tAnnotatorNotes T2\tNadie citado dice «alianza».\n"
        "T3\tclaim 0 19\tPasted from the web\n"
        "R1\tRelated Arg1:T1 Arg2:T2\n", encoding="utf-8")
    out = tmp_path / "out.exercise.xml"
    result = _import(tmp_path / "key.ann", "brat", out)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{tmp_path / 'key.ann'}: T3 (line 4) 'Pasted from the web': not found in the "
        "exercise's text"]
    assert result.stdout.strip() == f"{out}: 2 key spans, 2 placed by their quote, 1 left out"
    key = read_exercise(out).document.key
    assert [(s.category, text[s.start:s.end]) for s in key] == [
        ("attribution", "Kim Jong-un"), ("framing", "Alianza geopolítica en desarrollo")]
    assert key[1].explanation("es") == "Nadie citado dice «alianza»."
    assert key[0].start == text.index("y Kim Jong-un") + 2
    checked = annotator("validate", str(out))
    assert checked.returncode == 0, checked.stdout


def _w3c(items: list[dict]) -> dict:
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage",
            "id": "urn:x-test:page", "items": items}


def _annotation(tag: str, **selector) -> dict:
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "id": f"urn:x-test:{tag}",
            "type": "Annotation",
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": tag}],
            "target": {"source": "https://example.org/story",
                       "selector": {"type": "TextQuoteSelector", **selector}}}


def test_unknown_categories_are_listed_with_a_hint_and_map_brings_them_in(tmp_path, text):
    """Ensure their category names stop the import with a hint, and --map fixes it."""
    second = text.index("Putin", 10)  # the quote occurs more than once: the prefix decides
    source = tmp_path / "hypothesis.jsonld"
    source.write_text(json.dumps(_w3c([
        _annotation("Claim", exact="Putin", prefix=text[second - 20:second]),
        _annotation("loaded-word", exact="Alianza geopolítica en desarrollo"),
    ])), encoding="utf-8")
    out = tmp_path / "out.exercise.xml"
    refused = _import(source, "w3c", out)
    assert refused.returncode == 1 and not out.exists()
    assert refused.stderr.splitlines() == [
        f"{source}: unknown categories: 'loaded-word'; map each to one of ours (claim, "
        "attribution, framing) with --map THEIRS=OURS"]
    mapped = _import(source, "w3c", out, "--map", "loaded-word=framing")
    assert mapped.returncode == 0, mapped.stderr
    key = read_exercise(out).document.key
    assert [(s.category, s.start) for s in key] == [
        ("claim", second), ("framing", text.index("Alianza geopolítica en desarrollo"))]


def _assert_refused(result: subprocess.CompletedProcess, out: Path, *words: str) -> str:
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert all(word in lines[0] for word in words), lines[0]
    assert not out.exists() and list(out.parent.glob("*.exercise.xml")) == []
    return lines[0]


def test_json_that_is_not_an_annotation_gets_one_line(tmp_path):
    """Ensure a JSON document of another kind is refused in one line and nothing is written."""
    source = tmp_path / "package.json"
    source.write_text('{"name": "left-pad", "version": "1.3.0"}', encoding="utf-8")
    out = tmp_path / "out.exercise.xml"
    _assert_refused(_import(source, "w3c", out), out, str(source), "not a W3C annotation file")


def test_deeply_nested_json_gets_one_line(tmp_path):
    """Ensure JSON nested past the parser's limit is refused, not a RecursionError."""
    source = tmp_path / "deep.jsonld"
    source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    out = tmp_path / "out.exercise.xml"
    _assert_refused(_import(source, "w3c", out), out, str(source))


def test_xmi_without_the_layer_gets_one_line(tmp_path):
    """Ensure an XMI with no MediaLiteracy spans says which layer to name."""
    source = tmp_path / "other.xmi"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" '
        'xmlns:cas="http:///uima/cas.ecore" xmi:version="2.0"><cas:NULL xmi:id="0"/>'
        '<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" '
        'sofaString="Hola"/><cas:View sofa="1" members=""/></xmi:XMI>', encoding="utf-8")
    out = tmp_path / "out.exercise.xml"
    _assert_refused(_import(source, "xmi", out), out, str(source),
                    "no webanno.custom.MediaLiteracy annotations", "--layer")


def test_xmi_with_a_doctype_gets_one_line(tmp_path):
    """Ensure an XMI declaring entities is refused before any library expands them."""
    source = tmp_path / "bomb.xmi"
    source.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        '<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0">&b;</xmi:XMI>',
        encoding="utf-8")
    out = tmp_path / "out.exercise.xml"
    _assert_refused(_import(source, "xmi", out), out, str(source), "DOCTYPE")


def test_ann_offsets_past_the_text_get_one_line(tmp_path):
    """Ensure a .ann pointing past the end of its .txt is refused, naming the line."""
    (tmp_path / "key.txt").write_text("Hola mundo", encoding="utf-8")
    source = tmp_path / "key.ann"
    source.write_text("T1\tclaim 0 4\tHola\nT2\tclaim 5 500\tmundo\n", encoding="utf-8")
    out = tmp_path / "out.exercise.xml"
    _assert_refused(_import(source, "brat", out), out, str(source), "line 2",
                    "5-500 outside the text (10 characters)")


@pytest.mark.parametrize("fmt,name", [("w3c", "huge.jsonld"), ("xmi", "huge.xmi"),
                                      ("brat", "huge.ann")])
def test_a_50_mb_file_gets_one_line(tmp_path, fmt, name):
    """Ensure a 50 MB file is refused by its size, whatever the format."""
    source = tmp_path / name
    with open(source, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "huge.txt").write_text("Hola", encoding="utf-8")
    out = tmp_path / "out.exercise.xml"
    _assert_refused(_import(source, fmt, out), out, str(source), "larger than 16 MB")


def test_the_key_is_not_written_over_the_exercise_it_replaces(tmp_path, first_exercise_path):
    """Ensure -o naming the keyed exercise itself is refused: its key would be lost."""
    (tmp_path / "key.txt").write_text("Putin", encoding="utf-8")
    (tmp_path / "key.ann").write_text("T1\tclaim 0 5\tPutin\n", encoding="utf-8")
    before = first_exercise_path.read_bytes()
    result = annotator("import-key", str(tmp_path / "key.ann"), "--format", "brat",
                       "--exercise", str(first_exercise_path), "-o", str(first_exercise_path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{tmp_path / 'key.ann'}: {first_exercise_path} already has a key of 32 spans: write "
        "the imported key to another file"]
    assert first_exercise_path.read_bytes() == before


def test_an_inception_key_on_another_layer_comes_in_with_layer_and_feature(tmp_path, text):
    """Ensure --layer/--feature read a layer of the instructor's own naming, typed by the
    TypeSystem.xml beside the file, and that the default layer is then reported missing."""
    from cassis import Cas, TypeSystem

    types = TypeSystem()
    claims = types.create_type("webanno.custom.Claims", supertypeName="uima.tcas.Annotation")
    types.create_feature(claims, "label", "uima.cas.String")
    cas = Cas(typesystem=types)
    cas.sofa_string = text
    start = text.index("Alianza geopolítica en desarrollo")
    cas.add(claims(begin=start, end=start + 33, label="framing"))
    cas.to_xmi(tmp_path / "doc.xmi")
    types.to_xml(tmp_path / "TypeSystem.xml")
    out = tmp_path / "out.exercise.xml"
    missing = _import(tmp_path / "doc.xmi", "xmi", out)
    _assert_refused(missing, out, "no webanno.custom.MediaLiteracy annotations with a category")
    found = _import(tmp_path / "doc.xmi", "xmi", out, "--layer", "webanno.custom.Claims",
                    "--feature", "label")
    assert found.returncode == 0, found.stderr
    [span] = read_exercise(out).document.key
    assert (span.category, span.start, span.quote) == (
        "framing", start, "Alianza geopolítica en desarrollo")


def test_an_xmi_without_its_type_system_comes_in_quietly(tmp_path, text):
    """Ensure an .xmi alone (no TypeSystem.xml beside it) with other tools' types is read
    for our layer, the other types passed over without a word on the terminal."""
    from cassis import Cas, TypeSystem

    types = TypeSystem()
    token = types.create_type("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                              supertypeName="uima.tcas.Annotation")
    layer = types.create_type("webanno.custom.MediaLiteracy",
                              supertypeName="uima.tcas.Annotation")
    types.create_feature(layer, "category", "uima.cas.String")
    cas = Cas(typesystem=types)
    cas.sofa_string = text
    start = text.index("Kim Jong-un")
    cas.add(token(begin=0, end=5))
    cas.add(layer(begin=start, end=start + 11, category="attribution"))
    cas.to_xmi(tmp_path / "alone.xmi")
    out = tmp_path / "out.exercise.xml"
    result = _import(tmp_path / "alone.xmi", "xmi", out)
    assert result.returncode == 0 and result.stderr == ""
    [span] = read_exercise(out).document.key
    assert (span.category, span.start, span.quote) == ("attribution", start, "Kim Jong-un")


def test_a_sealed_student_copy_is_refused_in_one_line(tmp_path, text):
    """Ensure a key is never written in the clear into a sealed copy (it would drop the seal
    while the file still looks like a copy to hand out)."""
    exercise = tmp_path / "mine.exercise.xml"
    exercise.write_bytes(FIRST_EXERCISE.read_bytes())
    sealed = tmp_path / "sealed" / "student.exercise.xml"
    sealed.parent.mkdir()
    made = annotator("seal", str(exercise), "-o", str(sealed), "--no-record")
    assert made.returncode == 0, made.stderr
    kim = text.index("Kim Jong-un")
    (tmp_path / "key.txt").write_text(text, encoding="utf-8", newline="")
    (tmp_path / "key.ann").write_text(f"T1\tattribution {kim} {kim + 11}\tKim Jong-un\n",
                                      encoding="utf-8")
    out = tmp_path / "out" / "keyed.exercise.xml"
    out.parent.mkdir()
    result = annotator("import-key", str(tmp_path / "key.ann"), "--format", "brat",
                       "--exercise", str(sealed), "-o", str(out))
    _assert_refused(result, out, "sealed student copy")


def test_the_key_of_another_exercise_is_refused_in_one_line(tmp_path):
    """Ensure a key whose text is another story says so once, not once per span."""
    other = REPO / "exercises" / "millbrook-flood.exercise.xml"
    done = annotator("export", "--format", "w3c", "-o", str(tmp_path / "w3c"), str(other))
    assert done.returncode == 0, done.stderr
    exported = next((tmp_path / "w3c").glob("*.jsonld"))
    spans = len(read_exercise(other).document.key)
    result = _import(exported, "w3c", tmp_path / "out.exercise.xml")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{exported}: none of its {spans} spans is in this exercise's text: is it the key of "
        "another exercise?"]
    assert not (tmp_path / "out.exercise.xml").exists()
