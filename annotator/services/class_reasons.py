"""Why a class set's file was not graded, or the key cannot be used, in English and Spanish.

``annotator grade`` and ``annotator report`` print the English; the class
window lists them on its Problems page in the interface language.
"""

from __future__ import annotations

from annotator.core.messages import catalog

CLASS_REASON = catalog(__name__, {
    "file_reason": ("{file}: {reason}", "{file}: {reason}"),
    "no_key": ("{file}: exercise has no key (a student copy); "
               "use the instructor's exercise file or a key file",
               "{file}: el ejercicio no tiene clave (es una copia para estudiantes); "
               "usa el archivo del ejercicio del docente o un archivo de clave"),
    "key_is_submission": ("{file}: is a submission file, not an exercise or key file",
                          "{file}: es un archivo de entrega, no un ejercicio ni una clave"),
    "other_exercise": ("made for exercise {found}, not {expected}",
                       "hecho para el ejercicio {found}, no para {expected}"),
    "other_article": ("made on another version of the article than the key (text-sha256 "
                      "differs); a key file carries no article to re-anchor it: grade with the "
                      "exercise file",
                      "hecho sobre otra versión de la noticia que la clave (text-sha256 "
                      "distinto); un archivo de clave no trae la noticia para recolocarlo: "
                      "califica con el archivo del ejercicio"),
    "cannot_create": ("cannot create: {system}", "no se puede crear: {system}"),
    "cannot_list": ("cannot list folder: {system}", "no se puede leer la carpeta: {system}"),
    "by_id": ("id", "número"),
    "by_name": ("name", "nombre"),
    "newer_file": ("same trainee ({kind} {who}) as {file}, which is newer and was graded instead",
                   "mismo estudiante ({kind} {who}) que {file}; se calificó ese, "
                   "que es más reciente"),
    "later_file": ("same trainee ({kind} {who}) as {file}, which is saved at the same time and "
                   "later in the list and was graded instead",
                   "mismo estudiante ({kind} {who}) que {file}; se calificó ese, "
                   "guardado a la vez y después en la lista"),
})
