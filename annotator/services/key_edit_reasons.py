"""Why a passage could not be added to the key for the whole class, in English and Spanish."""

from __future__ import annotations

from annotator.core.messages import catalog

KEY_EDIT_REASON = catalog(__name__, {
    "unreadable": ("{file}: {reason}", "{file}: {reason}"),
    "no_key": ("{file}: this exercise has no key to add to (a student copy?)",
               "{file}: este ejercicio no tiene clave a la que añadir (¿copia del alumno?)"),
    "outside": ("the passage {start}-{end} is not inside the article",
                "el pasaje {start}-{end} no está dentro de la noticia"),
    "no_item": ("there is no key span {id}", "no existe el pasaje de la clave {id}"),
    "other_category": ("key span {id} is not of category {category}: an alternative has its "
                       "span's category",
                       "el pasaje de la clave {id} no es de la categoría {category}: una "
                       "alternativa tiene la categoría de su pasaje"),
    "same_extent": ("key span {id} already accepts exactly this passage",
                    "el pasaje de la clave {id} ya acepta exactamente este pasaje"),
    "unknown_category": ("unknown category {category}", "categoría desconocida {category}"),
})
