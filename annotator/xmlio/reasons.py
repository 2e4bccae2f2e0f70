"""Why the XML layer refuses or repairs a file, in English and Spanish.

The English sentences are those ``annotator validate`` has always printed
(tests and scripts compare them); the Spanish ones are what the window
shows a Spanish-speaking trainee or teacher. Words follow the interface:
a trainee's span is a *subrayado*, the expert's a *pasaje de la clave*,
the article a *noticia*.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from annotator.core.messages import Message, catalog

XML_REASON = catalog(__name__, {
    # ------------------------------------------------------------ the bytes
    "folder": ("is a folder, not a file", "es una carpeta, no un archivo"),
    "special_file": ("not a regular file (a device, pipe or socket)",
                     "no es un archivo normal (es un dispositivo, una tubería o un socket)"),
    "cannot_read": ("cannot read: {system}", "no se puede leer: {system}"),
    "too_large": ("file larger than {megabytes} MB", "el archivo ocupa más de {megabytes} MB"),
    "empty_file": ("empty file", "el archivo está vacío"),
    "not_xml": ("not XML: {what}", "no es XML: {what}"),
    "gzip": ("gzip-compressed data", "son datos comprimidos con gzip"),
    "zip": ("a zip archive", "es un archivo zip"),
    "empty_zip": ("an empty zip archive", "es un archivo zip vacío"),
    "png": ("a PNG image", "es una imagen PNG"),
    "pdf": ("a PDF document", "es un documento PDF"),
    "bzip2": ("bzip2-compressed data", "son datos comprimidos con bzip2"),
    "xz": ("xz-compressed data", "son datos comprimidos con xz"),
    "7z": ("a 7-zip archive", "es un archivo 7-zip"),
    "zstd": ("zstd-compressed data", "son datos comprimidos con zstd"),
    "jpeg": ("a JPEG image", "es una imagen JPEG"),
    "gif": ("a GIF image", "es una imagen GIF"),
    "nul_bytes": ("contains NUL bytes", "contiene bytes nulos"),
    "wide_encoding": ("encoded as {encoding}; annotator files must be UTF-8",
                      "está codificado en {encoding}; los archivos de annotator deben ir en UTF-8"),
    "not_utf8": ("line {line}, column {column}: not UTF-8 (byte 0x{byte}: {detail})",
                 "línea {line}, columna {column}: no es UTF-8 (byte 0x{byte}: {detail})"),
    "declared_encoding": ("declares encoding {name}; annotator files must be UTF-8",
                          "declara la codificación {name}; "
                          "los archivos de annotator deben ir en UTF-8"),
    "too_many_tags": ("more than {count} tags; not an annotator file",
                      "tiene más de {count} etiquetas; no es un archivo de annotator"),
    # ------------------------------------------------------------ the XML
    "doctype": ("DOCTYPE declarations are not allowed",
                "no se admiten declaraciones DOCTYPE"),
    "not_well_formed": ("not well-formed ({detail})", "el XML está mal formado ({detail})"),
    "no_root": ("no root element", "no tiene elemento raíz"),
    "too_deep": ("elements nested deeper than {depth} levels",
                 "tiene elementos anidados a más de {depth} niveles"),
    "no_namespace": ("root element has no namespace; expected {namespace}",
                     "el elemento raíz no tiene espacio de nombres; se esperaba {namespace}"),
    "wrong_namespace": ("unknown namespace {found}; expected {namespace}",
                        "espacio de nombres desconocido {found}; se esperaba {namespace}"),
    "unknown_document": ("unknown document <{name}>; expected exercise, key, submission or "
                         "decisions",
                         "documento desconocido <{name}>; se esperaba un ejercicio, "
                         "una clave, una entrega o unas decisiones"),
    "no_format": ("<{name}> has no format attribute", "<{name}> no tiene el atributo format"),
    "future_format": ("format version {version} is not supported "
                      "(this program reads format {supported}); update annotator",
                      "la versión de formato {version} no es compatible (este programa lee la "
                      "versión {supported}); actualiza annotator"),
    "search_abandoned": ("too many spans to re-anchor by their quotes in so long an article "
                         "(search abandoned)",
                         "demasiados pasajes que recolocar por su cita en una noticia tan larga "
                         "(búsqueda abandonada)"),
    # ---------------------------------------------------------- the contents
    "field_problem": ("{where}: {problem}", "{where}: {problem}"),
    "invalid_value": ("{detail}", "valor no válido ({detail})"),
    "unreadable_value": ("unreadable value ({detail})", "valor ilegible ({detail})"),
    "wrong_kind": ("is {found} file, not {expected} file", "es {found}, no {expected}"),
    "an_exercise": ("an exercise", "un archivo de ejercicio"),
    "a_key": ("a key", "un archivo de clave"),
    "a_submission": ("a submission", "un archivo de entrega"),
    "a_decisions_file": ("a decisions", "un archivo de decisiones"),
    "alternative_at": ("line {line}: alternative {n} of key span {id}",
                       "línea {line}: alternativa {n} del pasaje de la clave {id}"),
    "alternative": ("alternative {n} of key span {id}",
                    "alternativa {n} del pasaje de la clave {id}"),
    "alternative_repeats": ("{where}: repeats the span or another of its alternatives",
                            "{where}: repite el pasaje u otra de sus alternativas"),
    "decision_at": ("line {line}: decision", "línea {line}: decisión"),
    "in_key_span": ("{reason} (inside key span {id})",
                    "{reason} (dentro del pasaje de la clave {id})"),
    "block_at": ("line {line}: block {number}", "línea {line}: bloque {number}"),
    "in_tagset": ("tagset: {problem}", "categorías: {problem}"),
    "key_span_at": ("line {line}: key span {id}", "línea {line}: pasaje de la clave {id}"),
    "annotation_at": ("line {line}: annotation {id}", "línea {line}: subrayado {id}"),
    "key_span": ("key span {id}", "pasaje de la clave {id}"),
    "annotation": ("annotation {id}", "subrayado {id}"),
    "attempt_annotation": ("attempt {n}, annotation {id}", "intento {n}, subrayado {id}"),
    "attempt_hash": ("line {line}: attempt {n}: annotations-sha256 does not match its "
                     "annotations (an attempt is never changed)",
                     "línea {line}: intento {n}: annotations-sha256 no coincide con sus "
                     "subrayados (un intento no se cambia nunca)"),
    "unknown_category": ("{where}: unknown category {category}",
                         "{where}: categoría desconocida {category}"),
    "empty_quote": ("{where}: empty quote", "{where}: la cita está vacía"),
    "half_offsets": ("{where}: give both start and end, or neither",
                     "{where}: indica el inicio y el final, o ninguno de los dos"),
    "key_file_offsets": ("{where}: a key file must give start and end",
                         "{where}: un archivo de clave debe indicar el inicio y el final"),
    "quote_absent": ("{where}: quote {quote} does not occur in the article",
                     "{where}: la cita {quote} no aparece en la noticia"),
    "quote_too_few": ("{where}: quote {quote} does not occur {count} times in the article",
                      "{where}: la cita {quote} no aparece {count} veces en la noticia"),
    "end_before_start": ("{where}: end {end} is before start {start}",
                         "{where}: el final {end} está antes del inicio {start}"),
    "empty_span": ("{where}: empty span (start = end = {start})",
                   "{where}: pasaje vacío (inicio = final = {start})"),
    "other_exercise": ("made for exercise {found}, not {expected}",
                       "hecho para el ejercicio {found}, no para {expected}"),
    "key_other_exercise": ("key for exercise {found}, not {expected}",
                           "clave del ejercicio {found}, no de {expected}"),
    # ------------------------------------------------------------ repairs
    "no_hash": ("article has no text-sha256; computed {digest}…",
                "la noticia no tiene text-sha256; calculado {digest}…"),
    "exercise_hash_differs": ("article text differs from the one the key was made on "
                              "(text-sha256 mismatch); key spans re-anchored by their quotes",
                              "el texto de la noticia no es el mismo con el que se hizo la clave "
                              "(text-sha256 distinto); pasajes de la clave recolocados "
                              "según su cita"),
    "submission_hash_differs": ("made on a different version of the article (text-sha256 "
                                "differs); annotations re-anchored by their quotes",
                                "hecho sobre otra versión de la noticia (text-sha256 distinto); "
                                "subrayados recolocados según su cita"),
    "key_hash_differs": ("made on a different version of the article (text-sha256 differs); "
                         "key spans re-anchored by their quotes",
                         "hecho sobre otra versión de la noticia (text-sha256 distinto); "
                         "pasajes de la clave recolocados según su cita"),
    "orphaned": ("{label} orphaned: its quote {quote} is not in the article (kept, not placed)",
                 "{label} sin colocar: su cita {quote} no está en la noticia (se conserva)"),
    "re_anchored": ("{label} re-anchored by its quote from {start}-{end} to {new_start}-{new_end}",
                    "{label} recolocado según su cita: de {start}-{end} a {new_start}-{new_end}"),
})


def later(key: str, /, **params: object) -> Callable[[], Message]:
    """A message made only when asked for: naming every span of a class set up front,
    in case one is refused, cost more than reading them (2 µs a message)."""
    return partial(XML_REASON, key, **params)
