"""Why the models refuse a value (a block's text, a tagset), in English and Spanish.

These reach the user through a reader ("line 26: block 1: empty block") and
the importers, so they are sentences for people, not only for programmers.
"""

from __future__ import annotations

from annotator.core.messages import catalog

MODEL_REASON = catalog(__name__, {
    "empty_block": ("empty block", "el bloque está vacío"),
    "xml_character": ("character that XML cannot store",
                      "hay un carácter que XML no puede guardar"),
    "line_break": ("line break inside a block", "hay un salto de línea dentro del bloque"),
    "outer_space": ("leading or trailing white space in a block",
                    "el bloque empieza o termina con espacios"),
    "not_nfc": ("block text is not NFC-normalised",
                "el texto del bloque no está normalizado en NFC"),
    "duplicate_category": ("duplicate category id {id}",
                           "identificador de categoría repetido: {id}"),
    "duplicate_shortcut": ("duplicate category shortcut {key}",
                           "tecla de categoría repetida: {key}"),
    "key_and_sealed_key": ("an exercise holds a key or a sealed key, not both",
                           "un ejercicio lleva una clave o una clave sellada, no las dos"),
    "attempt_gap": ("attempt {n} where attempt {expected} should come (attempts count 1, 2, 3… "
                    "without gaps)",
                    "intento {n} donde debería ir el intento {expected} (los intentos se "
                    "numeran 1, 2, 3… sin saltos)"),
    "check_past_attempts": ("a check after attempt {attempt}, but there are only {last} "
                            "attempts",
                            "una comprobación tras el intento {attempt}, pero solo hay "
                            "{last} intentos"),
    "alternative_repeats": ("key span {id}: an alternative repeats the span or another "
                            "alternative",
                            "pasaje de la clave {id}: una alternativa repite el pasaje u otra "
                            "alternativa"),
    "target_key": ("key item", "pasaje de la clave"),
    "target_annotation": ("annotation", "subrayado"),
    "decision_target": ("a {kind} decision needs its {target}",
                        "una decisión {kind} necesita su {target}"),
    "decision_extra_target": ("a {kind} decision takes no {target}",
                              "una decisión {kind} no lleva {target}"),
    "duplicate_feature": ("duplicate feature id {id}",
                          "identificador de característica repetido: {id}"),
    "reserved_feature": ("a feature cannot be called {id}",
                         "una característica no puede llamarse {id}"),
    "duplicate_value": ("feature {feature}: duplicate value id {id}",
                        "característica {feature}: identificador de valor repetido: {id}"),
    "text_feature_values": ("feature {feature}: a text feature has no values to choose from",
                            "característica {feature}: una característica de texto no tiene "
                            "valores para elegir"),
})
