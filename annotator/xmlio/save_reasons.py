"""Why a save failed, in English and Spanish; the system's own words come from os_reason."""

from __future__ import annotations

from annotator.core.messages import catalog

SAVE_REASON = catalog(__name__, {
    "cannot_write_in": ("cannot write in {folder}: {system}",
                        "no se puede escribir en {folder}: {system}"),
    "not_saved": ("not saved: {system}", "no se guardó: {system}"),
    "cannot_create_folder": ("cannot create folder: {system}",
                             "no se puede crear la carpeta: {system}"),
    "cannot_create": ("cannot create: {system}", "no se puede crear: {system}"),
    "invalid_document": ("refusing to write an invalid document: {detail}",
                         "no se escribe un documento que no sigue el formato: {detail}"),
})
