"""libxml2's own complaints (syntax errors, schema violations) said in Spanish too.

libxml2 words its messages in English only. The English line stays exactly
the library's (cut short by :func:`~annotator.xmlio.errors.library_message`):
``annotator validate`` prints it and scripts compare it. For the common
errors, known by libxml2's error code, the Spanish line is ours and keeps
the names the library quoted (the tag, the attribute, the value), which a
pattern takes out of the English. A pattern's template rebuilds the English
from the pieces; when it does not rebuild it exactly (a new libxml2 wording,
a name cut short), the error counts as one we do not know, and Spanish says
in general words what is wrong, with the library's detail in parentheses.

``{library}`` in a template is the rest of the library's English (where in
the file, the list it expected): Spanish leaves it out.
"""

from __future__ import annotations

import re

from annotator.core.messages import Message, catalog

LIBXML_REASON = catalog(__name__, {
    "at_line": ("line {line}: {problem}", "línea {line}: {problem}"),
    # ------------------------------------------------------------ syntax
    "malformed": ("not well-formed ({detail})", "el XML está mal formado ({detail})"),
    "malformed_known": ("not well-formed ({detail})", "el XML está mal formado: {detail}"),
    "entities": ("entities are not allowed ({detail})", "no se admiten entidades ({detail})"),
    "entities_known": ("entities are not allowed ({detail})", "no se admiten entidades: {detail}"),
    "tag_mismatch": ("Opening and ending tag mismatch: {open} line {open_line} and {close}"
                     "{library}",
                     "la etiqueta <{open}> de la línea {open_line} se cierra con </{close}>"),
    "invalid_char": ("{library}", "hay un carácter que XML no admite"),
    "premature_end": ("Premature end of data in tag {tag} line {tag_line}{library}",
                      "el archivo termina antes de cerrar la etiqueta <{tag}> "
                      "de la línea {tag_line}; puede estar incompleto"),
    "attribute_without_value": ("Specification mandates value for attribute {attribute}{library}",
                                "el atributo {attribute} no tiene valor"),
    "undeclared_entity": ("Entity '{entity}' not defined{library}",
                          "la entidad &{entity}; no está definida"),
    "name_required": ("{library}", "falta el nombre de una etiqueta o hay uno no válido"),
    "attribute_redefined": ("Attribute {attribute} redefined{library}",
                            "el atributo {attribute} aparece dos veces"),
    "extra_content": ("{library}", "hay contenido después del final del documento"),
    "start_tag_expected": ("{library}", "no empieza por una etiqueta"),
    "quote_expected": ("{library}", "falta una comilla alrededor del valor de un atributo"),
    "lt_in_attribute": ("{library}", "hay un «<» sin escapar en el valor de un atributo"),
    "gt_required": ("{library}", "falta un «>» al final de una etiqueta"),
    # ------------------------------------------------------------ schema
    "schema": ("{detail}", "no sigue el formato de annotator ({detail})"),
    "attribute_missing": ("{where}: The attribute '{attribute}' is required but missing{library}",
                          "a <{where}> le falta el atributo obligatorio «{attribute}»"),
    "attribute_not_allowed": ("{where}: The attribute '{attribute}' is not allowed{library}",
                              "{where}: el atributo «{attribute}» no está permitido"),
    "element_unexpected": ("{element}: This element is not expected{library}",
                           "el elemento <{element}> no se esperaba aquí"),
    "element_instead": ("{element}: This element is not expected. Expected is ( {expected} )"
                        "{library}",
                        "el elemento <{element}> no se esperaba aquí; se esperaba {expected}"),
    "element_instead_of": ("{element}: This element is not expected. Expected is one of "
                           "( {expected} ){library}",
                           "el elemento <{element}> no se esperaba aquí; se esperaba uno de "
                           "estos: {expected}"),
    "child_missing": ("{element}: Missing child element(s). Expected is ( {expected} ){library}",
                      "a <{element}> le falta un elemento; se esperaba {expected}"),
    "child_missing_of": ("{element}: Missing child element(s). Expected is one of "
                         "( {expected} ){library}",
                         "a <{element}> le falta un elemento; se esperaba uno de estos: "
                         "{expected}"),
    "not_valid_type": ("{where}: '{value}' is not a valid '{type}'{library}",
                       "{where}: «{value}» no es un valor válido de tipo {type}"),
    "not_in_set": ("{where}: The value '{value}' is not an element of the set {library}",
                   "{where}: el valor «{value}» no es uno de los permitidos"),
    "no_match": ("{where}: The value '{value}' does not match '{pattern}'{library}",
                 "{where}: el valor «{value}» no tiene la forma esperada ({pattern})"),
    "above_maximum": ("{where}: The value '{value}' is above the maximum ('{limit}'){library}",
                      "{where}: el valor «{value}» supera el máximo ({limit})"),
    "below_minimum": ("{where}: The value '{value}' is below the minimum ('{limit}'){library}",
                      "{where}: el valor «{value}» está por debajo del mínimo ({limit})"),
    "too_long": ("{where}: The value has a length of '{length}'; this exceeds the allowed "
                 "maximum length of '{limit}'{library}",
                 "{where}: el texto tiene {length} caracteres; el máximo es {limit}"),
    "duplicate": ("{where}: Duplicate key-sequence [{value}] in unique identity-constraint "
                  "'{constraint}'{library}",
                  "{where}: el valor {value} se repite y debe ser único"),
})

_NAME = r"[^\s'<>:,()]+"
_WHERE = r"[^\s:']+"

# libxml2's error codes (lxml's ``code``) and schema error types (``type_name``),
# each with the patterns that take its names out of the English.
_SYNTAX = {
    76: [("tag_mismatch", rf"Opening and ending tag mismatch: (?P<open>{_NAME}) "
                          rf"line (?P<open_line>\d+) and (?P<close>{_NAME})(?P<library>,.*)")],
    9: [("invalid_char", r"(?P<library>.*)")],
    77: [("premature_end", rf"Premature end of data in tag (?P<tag>{_NAME}) "
                           rf"line (?P<tag_line>\d+)(?P<library>,.*)")],
    41: [("attribute_without_value",
          rf"Specification mandates value for attribute (?P<attribute>{_NAME})(?P<library>,.*)")],
    26: [("undeclared_entity", rf"Entity '(?P<entity>{_NAME})' not defined(?P<library>,.*)")],
    68: [("name_required", r"(?P<library>.*)")],
    42: [("attribute_redefined", rf"Attribute (?P<attribute>{_NAME}) redefined(?P<library>,.*)")],
    5: [("extra_content", r"(?P<library>Extra content at the end of the document.*)")],
    4: [("start_tag_expected", r"(?P<library>Start tag expected.*)")],
    39: [("quote_expected", r"(?P<library>.*)")],
    38: [("lt_in_attribute", r"(?P<library>.*)")],
    73: [("gt_required", r"(?P<library>.*)")],
}
_VALUE = r"(?P<value>[^']*)"
_SCHEMA = {
    "SCHEMAV_CVC_COMPLEX_TYPE_4": [(
        "attribute_missing",
        rf"(?P<where>{_WHERE}): The attribute '(?P<attribute>{_NAME})' is required but missing"
        r"(?P<library>)")],
    "SCHEMAV_CVC_COMPLEX_TYPE_3_2_1": [(
        "attribute_not_allowed",
        rf"(?P<where>{_WHERE}): The attribute '(?P<attribute>{_NAME})' is not allowed"
        r"(?P<library>)")],
    "SCHEMAV_ELEMENT_CONTENT": [
        ("element_instead", rf"(?P<element>{_NAME}): This element is not expected\. "
                            r"Expected is \( (?P<expected>[^()]*) \)(?P<library>)"),
        ("element_instead_of", rf"(?P<element>{_NAME}): This element is not expected\. "
                               r"Expected is one of \( (?P<expected>[^()]*) \)(?P<library>)"),
        ("element_unexpected", rf"(?P<element>{_NAME}): This element is not expected"
                               r"(?P<library>)"),
        ("child_missing", rf"(?P<element>{_NAME}): Missing child element\(s\)\. "
                          r"Expected is \( (?P<expected>[^()]*) \)(?P<library>)"),
        ("child_missing_of", rf"(?P<element>{_NAME}): Missing child element\(s\)\. "
                             r"Expected is one of \( (?P<expected>[^()]*) \)(?P<library>)"),
    ],
    "SCHEMAV_CVC_DATATYPE_VALID_1_2_1": [(
        "not_valid_type",
        rf"(?P<where>{_WHERE}): '{_VALUE}' is not a valid '(?P<type>{_NAME})'(?P<library>)")],
    "SCHEMAV_CVC_ENUMERATION_VALID": [(
        "not_in_set",
        rf"(?P<where>{_WHERE}): The value '{_VALUE}' is not an element of the set "
        r"(?P<library>\{.*)")],
    "SCHEMAV_CVC_PATTERN_VALID": [(
        "no_match",
        rf"(?P<where>{_WHERE}): The value '{_VALUE}' does not match '(?P<pattern>[^']*)'"
        r"(?P<library>)")],
    "SCHEMAV_CVC_MAXINCLUSIVE_VALID": [(
        "above_maximum",
        rf"(?P<where>{_WHERE}): The value '{_VALUE}' is above the maximum \('(?P<limit>[^']*)'\)"
        r"(?P<library>)")],
    "SCHEMAV_CVC_MININCLUSIVE_VALID": [(
        "below_minimum",
        rf"(?P<where>{_WHERE}): The value '{_VALUE}' is below the minimum \('(?P<limit>[^']*)'\)"
        r"(?P<library>)")],
    "SCHEMAV_CVC_MAXLENGTH_VALID": [(
        "too_long",
        rf"(?P<where>{_WHERE}): The value has a length of '(?P<length>\d+)'; this exceeds the "
        r"allowed maximum length of '(?P<limit>\d+)'(?P<library>)")],
    "SCHEMAV_CVC_IDC": [(
        "duplicate",
        rf"(?P<where>{_WHERE}): Duplicate key-sequence \[(?P<value>[^\]]*)\] in unique "
        r"identity-constraint '(?P<constraint>[^']*)'(?P<library>)")],
}


def _known(detail: str, patterns) -> Message | None:
    """Our sentence for the library's ``detail``, if a pattern rebuilds it exactly.

    Patterns are compiled on first use (``re`` keeps them): every program
    start loads this module, few ever meet a broken file.
    """
    for key, pattern in patterns:
        match = re.fullmatch(pattern, detail)
        if match:
            message = LIBXML_REASON(key, **match.groupdict())
            if message == detail:
                return message
    return None


def _at(line: int | None, problem: Message) -> Message:
    return LIBXML_REASON("at_line", line=line, problem=problem) if line else problem


def syntax_reason(detail: str, code: int | None, line: int | None) -> Message:
    """A parse error: ``line N: not well-formed (DETAIL)`` (or entities), as always in English."""
    known = _known(detail, _SYNTAX.get(code, ()))
    entities = "entit" in detail.lower()
    if known is None:
        problem = LIBXML_REASON("entities" if entities else "malformed", detail=detail)
    else:
        problem = LIBXML_REASON("entities_known" if entities else "malformed_known", detail=known)
    return _at(line, problem)


def schema_reason(detail: str, kind: str, line: int | None) -> Message:
    """A schema violation: ``line N: DETAIL``, ``DETAIL`` as tidied from the library's."""
    known = _known(detail, _SCHEMA.get(kind, ()))
    problem = known if known is not None else LIBXML_REASON("schema", detail=detail)
    return LIBXML_REASON("at_line", line=line, problem=problem)
