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
})
