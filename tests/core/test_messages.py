"""Messages from the Qt-free layers: English by default, Spanish on request, same facts in both."""

from __future__ import annotations

import errno
import importlib
import json
import pickle
import re
from pathlib import Path

from annotator.core.messages import catalog, catalogs, os_reason
from annotator.xmlio.errors import FormatError

PACKAGE = Path(__file__).resolve().parents[2] / "annotator"
# Every module that keeps a catalog; a new one is found by the scan below.
_CATALOG_CALL = re.compile(r"^(\w+) = catalog\(__name__", re.MULTILINE)

SAMPLE = catalog("tests.core.test_messages", {
    "where": ("annotation {id}", "anotación {id}"),
    "bad": ("{where}: end {end} is before start {start}",
            "{where}: el final {end} está antes del inicio {start}"),
})


def _owning_modules() -> list[str]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        if _CATALOG_CALL.search(path.read_text(encoding="utf-8")):
            relative = path.relative_to(PACKAGE.parent).with_suffix("")
            found.append(".".join(relative.parts))
    return sorted(found)


def _all_catalogs():
    for module in _owning_modules():
        importlib.import_module(module)
    return catalogs()


def test_a_message_is_its_english_sentence_and_renders_pieces_in_one_language():
    message = SAMPLE("bad", where=SAMPLE("where", id="a3"), start=10, end=4)

    assert message == "annotation a3: end 4 is before start 10"
    assert message.text("es") == "anotación a3: el final 4 está antes del inicio 10"
    assert message.text("fr") == str(message)  # any other language gets English
    assert json.loads(json.dumps({"error": message})) == {"error": str(message)}
    assert " · ".join([message, "x"]).endswith(" · x")


def test_a_message_survives_a_trip_to_another_process():
    message = SAMPLE("bad", where=SAMPLE("where", id="a3"), start=10, end=4)
    again = pickle.loads(pickle.dumps(message))
    assert again.text("es") == message.text("es")


def test_a_format_error_speaks_both_languages_and_stays_one_line():
    error = FormatError("ana.submission.xml", SAMPLE("where", id="a\n1"))
    assert str(error) == "ana.submission.xml: annotation a 1"
    assert error.text("es") == "ana.submission.xml: anotación a 1"
    plain = FormatError("x.xml", "just English")
    assert plain.text("es") == "x.xml: just English"


def test_system_errors_keep_the_system_words_in_english_and_say_them_in_spanish():
    full = os_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert full == "No space left on device"
    assert full.text("es") == "no queda espacio en el disco"
    odd = os_reason(OSError(errno.EBUSY, "Device or resource busy"))
    assert odd.text("es") == "Device or resource busy"  # no Spanish known: the system's words


def test_every_catalog_has_both_languages_with_the_same_fields():
    found = _all_catalogs()
    assert len(found) >= 2
    for name, each in found.items():
        for key, (english, spanish) in each.sentences.items():
            assert english.strip() and spanish.strip(), f"{name}:{key} is empty"
            english_fields, spanish_fields = each.field_names(key)
            # Spanish may leave out the system's or the library's English words
            # ({system}, {library}), never add a field.
            assert spanish_fields <= english_fields, f"{name}:{key}"
            if not {"system", "library"} & english_fields:
                assert spanish_fields == english_fields, f"{name}:{key}"


def test_every_key_used_anywhere_is_in_its_catalog():
    by_variable = {}
    for module in _owning_modules():
        source = (PACKAGE.parent / Path(*module.split("."))).with_suffix(".py").read_text("utf-8")
        for name in _CATALOG_CALL.findall(source):
            by_variable[name] = getattr(importlib.import_module(module), name)
    used = 0
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for name, each in by_variable.items():
            for key in re.findall(rf"\b{name}\(\s*\"(\w+)\"", source):
                assert key in each.sentences, f"{path.name}: {name}({key!r}) is not in the catalog"
                used += 1
    assert used > 0, "no catalog key found in use: is the pattern still right?"


def test_every_catalog_renders_each_message_in_english_and_in_spanish():
    """Ensure every sentence of every area says itself in both languages, and that the
    Spanish is not the English left as it was (sentences that are only fields aside)."""
    found = _all_catalogs()
    expected = {
        "annotator.xmlio.reasons", "annotator.xmlio.library_reasons",
        "annotator.xmlio.save_reasons", "annotator.core.model_reasons",
        "annotator.core.grading_notices", "annotator.services.class_reasons",
        "annotator.services.import_reasons", "annotator.gui.reasons",
    }
    assert expected <= set(found)
    for name in expected:
        each = found[name]
        for key, (english, _) in each.sentences.items():
            fields = each.field_names(key)[0]
            message = each(key, **{field: f"<{field}>" for field in fields})
            assert str(message) == english.format(**{f: f"<{f}>" for f in fields})
            spanish = message.text("es")
            assert spanish.strip(), f"{name}:{key}"
            if re.sub(r"\{\w+\}|\W", "", english):  # some words of its own
                assert spanish != str(message), f"{name}:{key} is not translated"
