"""What sealing, unlocking and choosing an attempt say to the user, in English and Spanish.

The command line prints the English; the trainee and authoring windows say
them in the interface language. A wrong code says only that it is wrong
(attempts.md): nothing about how near it came.
"""

from __future__ import annotations

from annotator.core.messages import catalog

ATTEMPT_REASON = catalog(__name__, {
    "wrong_code": ("This code does not open the key", "Este código no abre la clave"),
    "empty_code": ("Type the release code your instructor gave you",
                   "Escribe el código de apertura que te dio tu docente"),
    "damaged": ("the sealed key is damaged ({detail}); ask your instructor for a new copy",
                "la clave sellada está dañada ({detail}); pide a tu docente una copia nueva"),
    "bad_base64": ("{field} is not valid base64", "{field} no es base64 válido"),
    "bad_length": ("{field} has {found} bytes, not {expected}",
                   "{field} tiene {found} bytes, no {expected}"),
    "too_short": ("the ciphertext is too short", "el texto cifrado es demasiado corto"),
    "bad_parameters": ("scrypt parameters out of range", "parámetros de scrypt fuera de rango"),
    "hash_differs": ("the opened key does not match its key-sha256",
                     "la clave abierta no coincide con su key-sha256"),
    "not_a_key": ("the opened text is not a key: {reason}",
                  "el texto abierto no es una clave: {reason}"),
    "not_sealed": ("{file}: this exercise has no sealed key", "{file}: este ejercicio no tiene "
                   "clave sellada"),
    "needs_code": ("{file}: the key is sealed; give the release code with --release-code",
                   "{file}: la clave está sellada; da el código de apertura con --release-code"),
    "code_refused": ("{file}: {reason}", "{file}: {reason}"),
    "nothing_to_seal": ("{file}: has no key to seal", "{file}: no tiene clave que sellar"),
    "already_sealed": ("{file}: is already a sealed copy; seal the instructor's exercise",
                       "{file}: ya es una copia sellada; sella el ejercicio del docente"),
    "no_attempts": ("no hand-in yet: graded on the current highlights",
                    "aún no se ha entregado: se califica con los subrayados actuales"),
})
