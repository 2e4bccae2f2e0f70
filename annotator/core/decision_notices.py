"""What grading says about an instructor's decisions, in English and Spanish.

A decision that is not applied is never silent: each notice names the
trainee and the decision (its kind and target), so the instructor can find it.
"""

from __future__ import annotations

from annotator.core.messages import catalog

DECISION_NOTICE = catalog(__name__, {
    "what": ("{kind} {target}", "{kind} {target}"),
    "what_whole": ("{kind} on the whole submission", "{kind} sobre toda la entrega"),
    "kind_accept": ("accept", "aceptar"),
    "kind_excuse": ("excuse", "dispensar"),
    "kind_full-credit": ("full-credit", "acierto completo"),
    "kind_comment": ("comment", "comentario"),
    "changed": ("decision {what} for trainee {trainee} not applied: the trainee's annotations "
                "changed since it was made",
                "decisión {what} para {trainee} no aplicada: los subrayados cambiaron "
                "después de tomarla"),
    "missing_target": ("decision {what} for trainee {trainee} not applied: there is no {target}",
                       "decisión {what} para {trainee} no aplicada: no existe {target}"),
    "optional_excused": ("decision {what} for trainee {trainee} not applied: the key item is "
                         "optional, so missing it already costs nothing",
                         "decisión {what} para {trainee} no aplicada: el pasaje de la clave es "
                         "opcional y omitirlo ya no resta"),
    "two_on_one": ("two decisions on one target for trainee {trainee}: {what} is the later "
                   "and counts, {other} does not",
                   "dos decisiones sobre lo mismo para {trainee}: cuenta {what}, la más "
                   "reciente, y no {other}"),
    "not_paired": ("decision {what} for trainee {trainee} not applied: that key item and "
                   "annotation are not paired in the same category",
                   "decisión {what} para {trainee} no aplicada: ese pasaje de la clave y ese "
                   "subrayado no forman pareja en la misma categoría"),
    "no_submission": ("decision {what} for trainee {trainee}: no submission of that trainee "
                      "was graded",
                      "decisión {what} para {trainee}: no se corrigió ninguna entrega de "
                      "ese alumno"),
    "other_exercise": ("{file}: decisions for exercise {found}, not {expected}; graded without "
                       "decisions",
                       "{file}: decisiones del ejercicio {found}, no de {expected}; se corrige "
                       "sin decisiones"),
    "unreadable": ("{file}: {reason}; graded without decisions",
                   "{file}: {reason}; se corrige sin decisiones"),
})
