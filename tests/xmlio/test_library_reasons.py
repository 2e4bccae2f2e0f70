"""libxml2's complaints: English exactly as the library words them, Spanish ours with its names."""

from __future__ import annotations

import pytest
from lxml import etree

from annotator.bundled import first_exercise
from annotator.xmlio.errors import FormatError
from annotator.xmlio.safe import parse_bytes
from annotator.xmlio.schema import validate

NS = "{urn:x-annotator:1}"
ROOT = '<exercise xmlns="urn:x-annotator:1" format="1">'


@pytest.mark.parametrize(
    ("body", "english", "spanish"),
    [
        ("<a><b></a>", "not well-formed (Opening and ending tag mismatch: b line 2 and a,",
         "el XML está mal formado: la etiqueta <b> de la línea 2 se cierra con </a>"),
        ("<a>\x01</a>", "not well-formed (PCDATA invalid Char value 1",
         "el XML está mal formado: hay un carácter que XML no admite"),
        ("<a>", "not well-formed (Premature end of data in tag a line 2,",
         "el archivo termina antes de cerrar la etiqueta <a> de la línea 2"),
        ("<a x></a>", "not well-formed (Specification mandates value for attribute x,",
         "el XML está mal formado: el atributo x no tiene valor"),
        ("<a>&foo;</a>", "entities are not allowed (Entity 'foo' not defined,",
         "no se admiten entidades: la entidad &foo; no está definida"),
        ("<a><1/></a>", "not well-formed (StartTag: invalid element name,",
         "el XML está mal formado: falta el nombre de una etiqueta o hay uno no válido"),
        ("<a/><b/>", "not well-formed (Extra content at the end of the document,",
         "hay contenido después del final del documento"),
        ("<a><!-- x --><b>", "not well-formed (Premature end of data in tag b line 2,",
         "el archivo termina antes de cerrar la etiqueta <b> de la línea 2"),
    ],
)
def test_syntax_errors_keep_the_english_and_say_the_names_in_spanish(body, english, spanish):
    """Ensure a syntax error reads 'line N: not well-formed (...)' in English, and in
    Spanish names the tag, attribute or entity at the same line."""
    with pytest.raises(FormatError) as caught:
        parse_bytes(f"<?xml version='1.0'?>\n{body}".encode(), "x.xml")
    assert caught.value.reason.startswith("line 2: " + english), caught.value.reason
    assert caught.value.text("es").startswith("x.xml: línea 2: ")
    assert spanish in caught.value.text("es")


def test_an_unknown_syntax_error_is_malformed_in_spanish_with_the_library_detail():
    """Ensure an error we have no sentence for still reads in Spanish, with the detail."""
    deep = "<a>" * 300 + "</a>" * 300
    with pytest.raises(FormatError) as caught:
        parse_bytes(f"<?xml version='1.0'?>\n{deep}".encode(), "x.xml")
    spanish = caught.value.text("es")
    assert spanish.startswith("x.xml: línea 2: el XML está mal formado (Excessive depth")


def _exercise():
    return etree.parse(str(first_exercise())).getroot()


def _violation(change) -> FormatError:
    root = _exercise()
    change(root)
    with pytest.raises(FormatError) as caught:
        validate(root, "x.xml")
    return caught.value


@pytest.mark.parametrize(
    ("change", "english", "spanish"),
    [
        (lambda r: r.attrib.pop("id"), "exercise: The attribute 'id' is required but missing",
         "a <exercise> le falta el atributo obligatorio «id»"),
        (lambda r: r.set("onload", "x"), "exercise/@onload: The attribute 'onload' is not allowed",
         "exercise/@onload: el atributo «onload» no está permitido"),
        (lambda r: r.find(NS + "grading").set("pass", "abc"),
         "grading/@pass: 'abc' is not a valid 'Mark'",
         "grading/@pass: «abc» no es un valor válido de tipo Mark"),
        (lambda r: r.find(NS + "grading").set("scheme", "abc"),
         "grading/@scheme: The value 'abc' is not an element of the set",
         "grading/@scheme: el valor «abc» no es uno de los permitidos"),
        (lambda r: r.find(NS + "grading").set("pass", "-1"),
         "grading/@pass: The value '-1' is below the minimum ('0')",
         "grading/@pass: el valor «-1» está por debajo del mínimo (0)"),
        (lambda r: r.remove(r.find(NS + "tagset")),
         "article: This element is not expected. Expected is ( tagset )",
         "el elemento <article> no se esperaba aquí; se esperaba tagset"),
        (lambda r: etree.SubElement(r, NS + "foo"), "foo: This element is not expected",
         "el elemento <foo> no se esperaba aquí"),
    ],
)
def test_schema_violations_keep_the_english_and_say_the_names_in_spanish(
    change, english, spanish
):
    """Ensure a schema violation keeps libxml2's English (tidied) and reads as ours in Spanish."""
    error = _violation(change)
    assert error.reason.startswith("line "), error.reason
    assert english in error.reason
    line = error.reason.split(":")[0].removeprefix("line ")
    assert error.text("es") == f"x.xml: línea {line}: {spanish}"


def test_an_unknown_schema_violation_says_the_format_is_not_followed():
    """Ensure a violation we have no sentence for is 'does not follow the format' in Spanish."""
    error = _violation(lambda r: setattr(r.find(NS + "title"), "text", None) or etree.SubElement(
        r.find(NS + "title"), NS + "b"))
    assert "no sigue el formato de annotator (title: " in error.text("es")
