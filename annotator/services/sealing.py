"""Sealed student copies: the key encrypted with a release code (attempts.md, "Sealed key").

The recipe is the spec's, step by step, so that anyone with the code and
attempts.md can open a sealed key with ``hashlib`` and ``cryptography``
alone: scrypt (n=2**15, r=8, p=1) over the normalised code and a random
16-byte salt gives a 32-byte key; AES-256-GCM with a random 12-byte nonce
encrypts the key document (formats.md, "Key on its own"), with the exercise
id, version and article hash as associated data so a sealed key cannot be
moved to another article. No key text is left in the clear in the copy.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.messages import Message
from annotator.core.model import Exercise, KeyFile, SealedKey
from annotator.core.text import bytes_sha256
from annotator.services import release_codes
from annotator.services.attempt_reasons import ATTEMPT_REASON
from annotator.xmlio.errors import FormatError
from annotator.xmlio.readers import bind_key, read_bytes
from annotator.xmlio.reasons import XML_REASON
from annotator.xmlio.writers import to_bytes

if TYPE_CHECKING:
    from annotator.core.model import KeySpan
    from annotator.xmlio.readers import Loaded

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_MAXMEM = 64 * 1024 * 1024  # OpenSSL 3's default limit is below what n=2**15, r=8 use
KEY_BYTES, SALT_BYTES, NONCE_BYTES, TAG_BYTES = 32, 16, 12, 16


class SealProblem(Exception):
    """The sealed key cannot be opened: ``message`` is one line in English and Spanish."""

    @property
    def message(self) -> Message:
        return self.args[0]


class WrongCode(SealProblem):
    """The code does not open the key (and nothing else is said)."""


class DamagedSeal(SealProblem):
    """The sealed key itself is broken: bad base64, wrong sizes, or a key that does not read."""


def derive_key(normalised_code: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(
        normalised_code.encode("utf-8"), salt=salt, n=n, r=r, p=p,
        maxmem=SCRYPT_MAXMEM, dklen=KEY_BYTES,
    )


def associated_data(exercise: Exercise) -> bytes:
    """What ties a sealed key to its exercise and article (attempts.md)."""
    return f"{exercise.id}\n{exercise.version}\n{exercise.article.sha256}".encode()


def key_document(exercise: Exercise, spans: list[KeySpan]) -> bytes:
    """The key on its own (formats.md), as a released ``.key.xml`` holds it."""
    return to_bytes(KeyFile(exercise=exercise.id, text_sha256=exercise.article.sha256,
                            spans=spans))


def key_sha256(exercise: Exercise) -> str | None:
    """The hash that names this exercise's key in every <check>: of its key document."""
    if exercise.sealed_key is not None:
        return exercise.sealed_key.key_sha256
    if exercise.key is not None:
        try:
            return bytes_sha256(key_document(exercise, exercise.key))
        except ValueError:  # a key the format cannot write on its own: no name for it
            return None
    return None


@dataclass(frozen=True)
class Sealed:
    student: Exercise  # the sealed student copy: <sealed-key>, no key, no code
    instructor: Exercise  # the instructor's exercise: key in the clear and <sealing code>
    code: str
    key_bytes: bytes  # the key document that was encrypted (a released key file)


def seal(exercise: Exercise, code: str | None = None, *, salt: bytes | None = None,
         nonce: bytes | None = None) -> Sealed:
    """Encrypt the exercise's key with a release code (a new random one unless given).

    ``salt`` and ``nonce`` are for test vectors only; otherwise they are random.
    """
    if exercise.key is None:
        raise ValueError("no key to seal")
    code = release_codes.normalise(code or release_codes.new_code(exercise.language))
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    nonce = os.urandom(NONCE_BYTES) if nonce is None else nonce
    plaintext = key_document(exercise, exercise.key)
    aead_key = derive_key(code, salt)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # only to seal or open

    ciphertext = AESGCM(aead_key).encrypt(nonce, plaintext, associated_data(exercise))
    sealed_key = SealedKey(
        n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, salt=_b64(salt), nonce=_b64(nonce),
        key_sha256=bytes_sha256(plaintext), ciphertext=_b64(ciphertext),
    )
    # Everything a student copy leaves out (the key, its code, the instructor's notes,
    # whose background facts may give the key away), with the sealed key in its place.
    student = exercise.student_copy().model_copy(update={"sealed_key": sealed_key})
    instructor = exercise.model_copy(update={"sealing_code": code})
    return Sealed(student, instructor, code, plaintext)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _decoded(text: str, field: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise DamagedSeal(ATTEMPT_REASON("damaged", detail=ATTEMPT_REASON(
            "bad_base64", field=field))) from None


def _parts(sealed: SealedKey) -> tuple[bytes, bytes, bytes]:
    salt = _decoded(sealed.salt, "salt")
    nonce = _decoded(sealed.nonce, "nonce")
    ciphertext = _decoded(sealed.ciphertext, "ciphertext")
    if len(nonce) != NONCE_BYTES:
        raise DamagedSeal(ATTEMPT_REASON("damaged", detail=ATTEMPT_REASON(
            "bad_length", field="nonce", found=len(nonce), expected=NONCE_BYTES)))
    if len(salt) != SALT_BYTES:
        raise DamagedSeal(ATTEMPT_REASON("damaged", detail=ATTEMPT_REASON(
            "bad_length", field="salt", found=len(salt), expected=SALT_BYTES)))
    if len(ciphertext) <= TAG_BYTES:
        raise DamagedSeal(ATTEMPT_REASON("damaged", detail=ATTEMPT_REASON("too_short")))
    n = sealed.n
    if n < 2 or n & (n - 1) or 128 * sealed.r * n > SCRYPT_MAXMEM // 2:
        raise DamagedSeal(ATTEMPT_REASON("damaged", detail=ATTEMPT_REASON("bad_parameters")))
    return salt, nonce, ciphertext


def seal_problem(exercise: Exercise) -> Message | None:
    """Why this exercise's sealed key could never open, whatever the code; None if it may."""
    if exercise.sealed_key is None:
        return None
    try:
        _parts(exercise.sealed_key)
    except DamagedSeal as exc:
        return exc.message
    return None


@dataclass(frozen=True)
class Unsealed:
    spans: list[KeySpan]
    key_sha256: str
    key_bytes: bytes


def unseal(exercise: Exercise, entry: str, label: str | Path = "sealed-key") -> Unsealed:
    """Open the sealed key with a code as typed; raises WrongCode or DamagedSeal.

    The key stays in memory: nothing here writes a file, and the code is not kept.
    """
    sealed = exercise.sealed_key
    if sealed is None:
        raise DamagedSeal(ATTEMPT_REASON("not_sealed", file=label))
    salt, nonce, ciphertext = _parts(sealed)
    code = release_codes.normalise(entry)
    if not code:
        raise WrongCode(ATTEMPT_REASON("empty_code"))
    try:
        aead_key = derive_key(code, salt, sealed.n, sealed.r, sealed.p)
    except (ValueError, MemoryError):
        raise DamagedSeal(ATTEMPT_REASON("damaged", detail=ATTEMPT_REASON(
            "bad_parameters"))) from None
    from cryptography.exceptions import InvalidTag  # only to seal or open: a start-up's worth
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        plaintext = AESGCM(aead_key).decrypt(nonce, ciphertext, associated_data(exercise))
    except InvalidTag:
        raise WrongCode(ATTEMPT_REASON("wrong_code")) from None
    if bytes_sha256(plaintext) != sealed.key_sha256:
        raise DamagedSeal(ATTEMPT_REASON("damaged", detail=ATTEMPT_REASON("hash_differs")))
    try:
        loaded = read_bytes(plaintext, label)
        if not isinstance(loaded.document, KeyFile):
            raise FormatError(label, XML_REASON("wrong_kind", found=XML_REASON(
                "an_exercise" if isinstance(loaded.document, Exercise) else "a_submission"),
                expected=XML_REASON("a_key")))
        spans = bind_key(loaded, exercise)  # type: ignore[arg-type]
    except FormatError as exc:
        raise DamagedSeal(ATTEMPT_REASON("damaged", detail=ATTEMPT_REASON(
            "not_a_key", reason=exc.message))) from None
    return Unsealed(spans, sealed.key_sha256, plaintext)


def opened_key(loaded: Loaded[KeyFile], exercise: Exercise) -> Unsealed:
    """A released key file, checked against this exercise (another article: FormatError)."""
    spans = bind_key(loaded, exercise)
    return Unsealed(spans, bytes_sha256(loaded.data), loaded.data)
