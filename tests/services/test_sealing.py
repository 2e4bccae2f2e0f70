"""Sealed student copies: the spec's recipe, release codes, and hostile inputs (attempts.md)."""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from annotator import bundled
from annotator.services import release_codes, sealing
from annotator.xmlio.readers import read_bytes, read_exercise
from annotator.xmlio.writers import to_bytes

NS = {"a": "urn:x-annotator:1"}
CODE = "luna-campo-verde-salto"
SALT = bytes(range(16))
NONCE = bytes(range(12))
# scrypt(b"luna-campo-verde-salto", salt=bytes(range(16)), n=2**15, r=8, p=1, dklen=32):
# a fixed answer, so that a change of any parameter fails here.
DERIVED = "894bea31429cc16fd4e8c08dbc32a3f7507325a59144ae7f4307092d2e053dce"


@pytest.fixture(scope="module")
def exercise():
    return read_exercise(bundled.first_exercise()).document


@pytest.fixture(scope="module")
def sealed(exercise):
    return sealing.seal(exercise, CODE, salt=SALT, nonce=NONCE)


def test_the_key_is_derived_exactly_as_the_spec_says():
    """Ensure the derivation matches a known answer for the spec's parameters."""
    assert sealing.derive_key(CODE, SALT).hex() == DERIVED


def test_the_spec_recipe_alone_unseals_a_sealed_copy(exercise, sealed):
    """Ensure anyone with the code and attempts.md opens the key: hashlib and AESGCM, no
    project code between the sealed bytes and the plaintext."""
    data = to_bytes(sealed.student)
    element = etree.fromstring(data).find("a:sealed-key", NS)
    assert (element.get("cipher"), element.get("kdf")) == ("AES-256-GCM", "scrypt")
    n, r, p = (int(element.get(name)) for name in "nrp")
    assert (n, r, p) == (2**15, 8, 1)
    salt = base64.b64decode(element.get("salt"))
    nonce = base64.b64decode(element.get("nonce"))
    key = hashlib.scrypt(CODE.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                         maxmem=64 * 1024 * 1024, dklen=32)
    root = etree.fromstring(data)
    text = "\n".join(b.text for b in root.findall("a:article/a:block", NS))
    text_sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    aad = f"{root.get('id')}\n{root.get('version', '1')}\n{text_sha}".encode()
    plaintext = AESGCM(key).decrypt(nonce, base64.b64decode(element.text), aad)
    assert hashlib.sha256(plaintext).hexdigest() == element.get("key-sha256")
    key_root = etree.fromstring(plaintext)
    assert etree.QName(key_root).localname == "key"
    assert key_root.get("exercise") == exercise.id
    quotes = [q.text for q in key_root.findall("a:span/a:quote", NS)]
    assert quotes == [s.quote for s in exercise.key]


def test_a_sealed_copy_holds_no_quote_explanation_or_code_of_the_key(exercise, sealed):
    """Ensure nothing of the key is readable in the sealed copy, by eye or by search."""
    data = to_bytes(sealed.student)
    text = data.decode("utf-8")
    assert "<key" not in text and "<span" not in text and "<quote" not in text
    assert "sealing" not in text and CODE not in text
    for span in exercise.key:
        for explanation in span.explanations.values():
            assert explanation not in text
    assert not re.search(r'\bstart="\d', text)
    # The instructor's notes may give the key away (a date the article gets wrong).
    assert exercise.notes is not None and sealed.student.notes is None
    assert "instructor-notes" not in text
    for facts in exercise.notes.background.values():
        assert all(fact not in text for fact in facts)


def test_the_instructors_copy_keeps_the_key_and_the_code(exercise, sealed):
    instructor = read_bytes(to_bytes(sealed.instructor), "i.exercise.xml").document
    assert instructor.key == exercise.key
    assert instructor.sealing_code == CODE
    assert instructor.student_copy().sealing_code is None


def test_a_code_opens_whatever_case_accents_spaces_and_separators(exercise, sealed):
    copy = read_bytes(to_bytes(sealed.student), "c.exercise.xml").document
    opened = sealing.unseal(copy, "  LÚNA campo — Verde.  salto ")
    assert opened.spans == exercise.key
    assert opened.key_sha256 == copy.sealed_key.key_sha256


def test_a_wrong_code_says_so_and_nothing_else(sealed):
    with pytest.raises(sealing.WrongCode) as caught:
        sealing.unseal(sealed.student, "luna-campo-verde-salta")
    assert caught.value.message == "This code does not open the key"
    assert caught.value.message.text("es") == "Este código no abre la clave"


def test_a_sealed_key_moved_to_another_article_does_not_open(exercise, sealed):
    """Ensure the associated data ties the key to its exercise: a new version refuses it."""
    moved = sealed.student.model_copy(update={"version": "2"})
    with pytest.raises(sealing.WrongCode):
        sealing.unseal(moved, CODE)


def _damaged(sealed, **changes):
    return sealed.student.model_copy(
        update={"sealed_key": sealed.student.sealed_key.model_copy(update=changes)}
    )


def test_a_flipped_byte_in_the_ciphertext_does_not_open(sealed):
    raw = bytearray(base64.b64decode(sealed.student.sealed_key.ciphertext))
    raw[10] ^= 1
    tampered = _damaged(sealed, ciphertext=base64.b64encode(bytes(raw)).decode())
    with pytest.raises(sealing.WrongCode):
        sealing.unseal(tampered, CODE)


@pytest.mark.parametrize("changes, word", [
    ({"nonce": base64.b64encode(b"short").decode()}, "nonce"),
    ({"salt": base64.b64encode(b"x" * 5).decode()}, "salt"),
    ({"ciphertext": "AAAA"}, "too short"),
    ({"ciphertext": "not base64!"}, "base64"),
    ({"n": 3}, "scrypt"),
])
def test_a_damaged_sealed_key_is_refused_in_one_line_before_any_code(sealed, changes, word):
    damaged = _damaged(sealed, **changes)
    problem = sealing.seal_problem(damaged)
    assert problem is not None and word in problem and "\n" not in problem
    with pytest.raises(sealing.DamagedSeal):
        sealing.unseal(damaged, CODE)


def test_a_new_code_is_four_words_of_the_exercise_language():
    for language in ("es", "en"):
        words = release_codes.new_code(language).split("-")
        assert len(words) == 4
        assert set(words) <= set(release_codes.word_list(language))


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_word_lists_are_2048_plain_words_told_apart_by_four_letters(language):
    """Ensure 44 bits a code, no accents, and no two words that start alike."""
    words = release_codes.word_list(language)
    assert len(words) == len(set(words)) == 2048
    assert all(re.fullmatch(r"[a-z]{3,8}", w) for w in words)
    assert len({w[:4] for w in words}) == 2048


def test_normalising_is_what_the_spec_says():
    assert release_codes.normalise(" Ñandú  ÁRBOL,pez_sol ") == "nandu-arbol-pez-sol"
    assert release_codes.normalise("luna-campo-verde-salto") == "luna-campo-verde-salto"


_WORDS = st.sampled_from(release_codes.word_list("es"))


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_WORDS, min_size=4, max_size=4),
       style=st.sampled_from(["-", " ", ". ", "  "]), upper=st.booleans())
def test_seal_then_unseal_gives_the_key_back(exercise, words, style, upper):
    """Ensure any code, however typed, opens exactly the key it sealed."""
    made = sealing.seal(exercise, "-".join(words))
    copy = read_bytes(to_bytes(made.student), "c.exercise.xml").document
    typed = style.join(words)
    typed = typed.upper() if upper else typed
    typed = unicodedata.normalize("NFC", typed)
    assert sealing.unseal(copy, typed).spans == exercise.key
