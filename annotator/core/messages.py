"""Sentences for the user from the layers without Qt, in English and Spanish.

Readers, importers and the grader run without Qt (in scripts, on servers),
so their one-line reasons cannot go through Qt's translation system. They
build :class:`Message` objects from a :class:`Catalog` instead.

A message *is* its English sentence (a ``str`` subclass): the command line,
JSON output, logs and every existing ``str`` operation keep working
unchanged. The window asks it for ``text("es")``. Pieces of a sentence can
be messages themselves (``where`` = "annotation a3"); they are rendered in
the same language. Anything else in ``params`` (a file name, a quoted value
from the file, a number) is inserted as it is.
"""

from __future__ import annotations

import errno
import string
from collections.abc import Mapping


class Message(str):
    """A sentence known in English and Spanish; ``str()`` and equality are the English one."""

    catalog: Catalog
    key: str
    params: dict[str, object]

    def __new__(cls, catalog: Catalog, key: str, /, **params: object) -> Message:
        english = catalog.render(key, "en", params)
        message = super().__new__(cls, english)
        message.catalog, message.key, message.params = catalog, key, params
        return message

    def text(self, language: str = "en") -> str:
        """The sentence in ``language``: Spanish for ``"es"``, English for anything else."""
        if language == "en":
            return str.__str__(self)
        return self.catalog.render(self.key, language, self.params)

    def __reduce__(self):
        return (_rebuild, (self.catalog, self.key, self.params))

    def __repr__(self) -> str:
        return f"Message({self.catalog.name}:{self.key}, {str.__repr__(self)})"


def _rebuild(catalog: Catalog, key: str, params: dict[str, object]) -> Message:
    return Message(catalog, key, **params)


class Catalog:
    """Named sentence templates, each as ``(english, spanish)`` with the same ``{fields}``.

    Calling the catalog makes a message: ``reason("empty_file")``. An
    unknown key is a programming error and fails at once, in any test that
    reaches the line.
    """

    def __init__(self, name: str, sentences: Mapping[str, tuple[str, str]]) -> None:
        self.name = name
        self.sentences = dict(sentences)

    def __call__(self, key: str, /, **params: object) -> Message:
        return Message(self, key, **params)

    def render(self, key: str, language: str, params: Mapping[str, object]) -> str:
        english, spanish = self.sentences[key]
        template = spanish if language == "es" else english
        return template.format_map({name: in_language(value, language)
                                    for name, value in params.items()})

    def __reduce__(self):
        # Messages cross process boundaries (graded in workers); the catalog
        # travels by name and is found again on the other side.
        return (catalog_named, (self.name,))

    def field_names(self, key: str) -> tuple[set[str], set[str]]:
        """The ``{fields}`` of each language's template, for the consistency test."""
        return tuple(  # type: ignore[return-value]
            {name for _, name, _, _ in string.Formatter().parse(template) if name}
            for template in self.sentences[key]
        )


_CATALOGS: dict[str, Catalog] = {}


def catalog(name: str, sentences: Mapping[str, tuple[str, str]]) -> Catalog:
    """Make and register a catalog; each area of the program keeps its own.

    Name it by the module that makes it (``catalog(__name__, ...)``): a
    message unpickled in another process finds its catalog by importing it.
    """
    made = Catalog(name, sentences)
    _CATALOGS[name] = made
    return made


def catalog_named(name: str) -> Catalog:
    if name not in _CATALOGS:  # unpickled in a fresh process: import the area that owns it
        import importlib

        importlib.import_module(name)
    return _CATALOGS[name]


def catalogs() -> dict[str, Catalog]:
    return dict(_CATALOGS)


def in_language(value: object, language: str) -> str:
    """Any piece of a sentence as text in ``language``: messages translate, the rest stays."""
    if isinstance(value, Message):
        return value.text(language)
    return str(value)


# ------------------------------------------------------------ system errors

# English is the system's own wording (``strerror``, which varies by
# platform); Spanish is ours where we know the error number.
GENERAL = catalog(__name__, {
    "os_error": ("{system}", "{system}"),
    "enoent": ("{system}", "no existe el archivo o la carpeta"),
    "eacces": ("{system}", "permiso denegado"),
    "eperm": ("{system}", "operación no permitida"),
    "enospc": ("{system}", "no queda espacio en el disco"),
    "edquot": ("{system}", "cuota de disco superada"),
    "erofs": ("{system}", "sistema de archivos de solo lectura"),
    "eisdir": ("{system}", "es una carpeta"),
    "enotdir": ("{system}", "no es una carpeta"),
    "eexist": ("{system}", "el archivo ya existe"),
    "eio": ("{system}", "error de entrada/salida"),
    "enametoolong": ("{system}", "nombre de archivo demasiado largo"),
    "eloop": ("{system}", "demasiados enlaces simbólicos"),
    "emfile": ("{system}", "demasiados archivos abiertos"),
})

_ERRNO_KEYS = {
    errno.ENOENT: "enoent", errno.EACCES: "eacces", errno.EPERM: "eperm",
    errno.ENOSPC: "enospc", errno.EDQUOT: "edquot", errno.EROFS: "erofs",
    errno.EISDIR: "eisdir", errno.ENOTDIR: "enotdir", errno.EEXIST: "eexist",
    errno.EIO: "eio", errno.ENAMETOOLONG: "enametoolong", errno.ELOOP: "eloop",
    errno.EMFILE: "emfile",
}


def os_reason(exc: OSError) -> Message:
    """Why a file operation failed: the system's words in English, ours in Spanish."""
    system = " ".join((exc.strerror or str(exc)).split())
    return GENERAL(_ERRNO_KEYS.get(exc.errno, "os_error"), system=system)


def counted(count: int, one: str, many: str | None = None) -> str:
    """``1 span``, ``2 spans``: a count with its noun in the right number (English and Spanish
    both use the singular for exactly one). ``many`` defaults to ``one`` + "s"."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
