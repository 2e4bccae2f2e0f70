"""The window's own one-line reasons that sit beside the core's, in English and Spanish.

Opening a file and writing a graded copy fail with a reason built from the
core's (a FormatError, a KeyProblem, a SaveError); these sentences join
them, so the whole line can be said in the window's language.
"""

from __future__ import annotations

from annotator.core.messages import catalog

WINDOW_REASON = catalog(__name__, {
    "file_reason": ("{file}: {reason}", "{file}: {reason}"),
    "key_file": ("is a key file; open an exercise or a submission",
                 "es un archivo de clave; abre un ejercicio o una entrega"),
    "input_file": ("{file}: is an input file; choose another name for the copy",
                   "{file}: es uno de los archivos de partida; elige otro nombre para la copia"),
    "overwrite_input": ("{file}: would overwrite an input file; not written",
                        "{file}: sobrescribiría uno de los archivos de partida; no se escribió"),
    "cannot_create": ("{folder}: cannot create: {system}",
                      "{folder}: no se puede crear: {system}"),
})
