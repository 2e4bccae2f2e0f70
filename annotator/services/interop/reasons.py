"""What exporting and importing other tools' files refuse and report, in English and Spanish.

``annotator export`` and ``import-key`` print the English; the class and
authoring windows show the same sentence in the interface language.
"""

from __future__ import annotations

from annotator.core.messages import catalog

INTEROP_REASON = catalog(__name__, {
    # ------------------------------------------------------------ export
    "no_exercise_for": (
        "no exercise for this submission (exercise {exercise}); give it with --exercise "
        "or put the .exercise.xml in the same folder",
        "no hay ejercicio para esta entrega (ejercicio {exercise}); indícalo con --exercise "
        "o pon el .exercise.xml en la misma carpeta"),
    "not_exportable": ("neither an exercise nor a submission",
                       "no es un ejercicio ni una entrega"),
    "key_file": ("a key file on its own has no text: export its exercise instead",
                 "un archivo de clave suelto no tiene texto: exporta su ejercicio"),
    "orphan_left_out": ("{where} {quote} is not in the text any more; left out of the export",
                        "{where} {quote} ya no está en el texto; no se exporta"),
    "cannot_list": ("cannot list the folder: {system}", "no se puede ver la carpeta: {system}"),
    "needs_cassis": (
        "XMI needs the dkpro-cassis library: pip install 'annotator[interop]'",
        "XMI necesita la biblioteca dkpro-cassis: pip install 'annotator[interop]'"),
    # ------------------------------------------------------------ reading other tools' files
    "not_json": ("not JSON ({detail})", "no es JSON ({detail})"),
    "too_deep_json": ("JSON nested too deeply", "JSON anidado a demasiada profundidad"),
    "not_annotations": (
        "not a W3C annotation file: no Annotation, AnnotationPage or AnnotationCollection",
        "no es un archivo de anotaciones W3C: no hay Annotation, AnnotationPage ni "
        "AnnotationCollection"),
    "not_xmi": ("not a UIMA XMI file ({detail})", "no es un archivo XMI de UIMA ({detail})"),
    "bad_typesystem": ("not a UIMA type system ({detail})",
                       "no es un sistema de tipos de UIMA ({detail})"),
    "no_layer": (
        "no {layer} annotations with a {feature} feature; name the layer with --layer TYPE "
        "--feature NAME",
        "no hay anotaciones {layer} con el rasgo {feature}; indica la capa con --layer TIPO "
        "--feature NOMBRE"),
    "no_brat_text": ("no {name} beside it: brat keeps the text in a .txt of the same name",
                     "no está {name} a su lado: brat guarda el texto en un .txt del mismo nombre"),
    "brat_line": ("line {line}: not a brat annotation line", "línea {line}: no es una línea de "
                  "anotación de brat"),
    "brat_offsets": ("line {line}: offsets {start}-{end} outside the text ({length} characters)",
                     "línea {line}: posiciones {start}-{end} fuera del texto "
                     "({length} caracteres)"),
    "not_utf8": ("not UTF-8 text", "no es texto UTF-8"),
    "file_reason": ("{file}: {reason}", "{file}: {reason}"),
    # ------------------------------------------------------------ spans that do not come in
    "not_placed": ("{where} {quote}: not found in the exercise's text",
                   "{where} {quote}: no está en el texto del ejercicio"),
    "no_quote": ("{where}: no text and no position to place it by",
                 "{where}: sin texto ni posición para situarla"),
    "no_category": ("{where} {quote}: no category", "{where} {quote}: sin categoría"),
    "unknown_answer": ("{where} {quote}: answer {answer} is not one its category asks; "
                       "left out (the span came in)",
                       "{where} {quote}: la respuesta {answer} no es de las que pregunta su "
                       "categoría; se deja fuera (el pasaje sí entra)"),
    "discontinuous": ("{where}: a span in pieces (only whole passages come in)",
                      "{where}: un fragmento partido en trozos (solo entran pasajes enteros)"),
    "unknown_categories": (
        "unknown categories: {categories}; map each to one of ours ({ours}) with "
        "--map THEIRS=OURS",
        "categorías desconocidas: {categories}; asigna cada una a una de las nuestras ({ours}) "
        "con --map SUYA=NUESTRA"),
    "bad_map": ("--map {value}: write THEIRS=OURS", "--map {value}: escribe SUYA=NUESTRA"),
    "map_target": ("--map {value}: {category} is not a category of the exercise ({ours})",
                   "--map {value}: {category} no es una categoría del ejercicio ({ours})"),
    "would_replace_key": (
        "{file} already has a key of {count} spans: write the imported key to another file",
        "{file} ya tiene una clave de {count} fragmentos: escribe la clave importada en otro "
        "archivo"),
    "no_spans": ("no annotations to import", "no hay anotaciones que importar"),
    "other_text": (
        "none of its {count} spans is in this exercise's text: is it the key of another "
        "exercise?",
        "ninguno de sus {count} fragmentos está en el texto de este ejercicio: ¿es la clave de "
        "otro ejercicio?"),
    "sealed_exercise": ("this is a sealed student copy: import the key into the instructor's "
                        "exercise, then seal a new copy",
                        "es una copia sellada para estudiantes: importa la clave en el ejercicio "
                        "del docente y sella después una copia nueva"),
    "where_annotation": ("annotation {number}", "anotación {number}"),
    "where_brat": ("{id} (line {line})", "{id} (línea {line})"),
})
