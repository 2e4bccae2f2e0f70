"""UIMA CAS XMI, as INCEpTION and DKPro read and write it, through ``dkpro-cassis``.

``NAME.xmi`` holds the canonical text as the sofa, a ``DocumentMetaData``
and one span per highlight on a custom layer, ``webanno.custom.MediaLiteracy``,
with the string features ``category`` and ``note`` (and ``verdict`` when a
graded file is among those exported), plus one string feature per question
the tagset asks (scoring.md §10; ``source-kind`` becomes ``source_kind``, a
key span's accepted answers separated by spaces). ``TypeSystem.xml`` beside it declares
the types, so that INCEpTION imports the layer as a custom one.

XMI counts offsets in UTF-16 code units (Java strings); cassis converts
them to and from code points, so nothing here counts UTF-16 itself. Other
tools' XMI files are parsed first by our safe loader (size, depth, no
DOCTYPE, offline) and only then handed to cassis.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterable
from pathlib import Path

from annotator.services.interop.document import ExportDocument
from annotator.services.interop.foreign import ForeignKey, ForeignSpan
from annotator.services.interop.reasons import INTEROP_REASON
from annotator.xmlio.errors import FormatError, library_message
from annotator.xmlio.safe import parse_untrusted, read_capped

LAYER = "webanno.custom.MediaLiteracy"
CATEGORY_FEATURE = "category"
NOTE_FEATURE = "note"
VERDICT_FEATURE = "verdict"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
TYPESYSTEM_NAME = "TypeSystem.xml"
_STRING = "uima.cas.String"


class CassisMissing(Exception):
    """dkpro-cassis is not installed (it comes with the ``interop`` extra)."""


def _cassis():
    try:
        import cassis
    except ImportError:
        raise CassisMissing(INTEROP_REASON("needs_cassis")) from None
    return cassis


def available() -> bool:
    try:
        _cassis()
    except CassisMissing:
        return False
    return True


def feature_name(feature_id: str) -> str:
    """A question's id as a UIMA feature name (a Java identifier), clear of our own features."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", feature_id)
    if not name[:1].isalpha() or name in (CATEGORY_FEATURE, NOTE_FEATURE, VERDICT_FEATURE):
        name = f"feature_{name}"
    return name


def typesystem(graded: bool, features: Iterable[str] = ()):
    """Our layer and DKPro's document metadata; ``verdict`` only when a file was graded.

    ``features``: the ids of the tagset's questions, one string feature each.
    """
    cassis = _cassis()
    types = cassis.TypeSystem()
    metadata = types.create_type(METADATA, supertypeName="uima.tcas.DocumentAnnotation")
    for name in ("documentTitle", "documentId", "documentUri", "documentBaseUri",
                 "collectionId"):
        types.create_feature(metadata, name, _STRING)
    types.create_feature(metadata, "isLastSegment", "uima.cas.Boolean")
    layer = types.create_type(LAYER, supertypeName="uima.tcas.Annotation")
    types.create_feature(layer, CATEGORY_FEATURE, _STRING)
    types.create_feature(layer, NOTE_FEATURE, _STRING)
    if graded:
        types.create_feature(layer, VERDICT_FEATURE, _STRING)
    for feature_id in dict.fromkeys(features):
        types.create_feature(layer, feature_name(feature_id), _STRING)
    return types


def to_xmi(document: ExportDocument, types) -> bytes:
    """One document as XMI against ``types`` (from :func:`typesystem`)."""
    cas = _cassis().Cas(typesystem=types)
    cas.sofa_string = document.text
    cas.sofa_mime = "text/plain"
    metadata = types.get_type(METADATA)
    cas.add(metadata(
        begin=0, end=len(document.text), language=document.language,
        documentTitle=document.title, documentId=document.name,
        documentUri=document.source_url, collectionId=document.exercise_id,
        isLastSegment=False,
    ))
    layer = types.get_type(LAYER)
    has_verdict = layer.get_feature(VERDICT_FEATURE) is not None
    for span in document.spans:
        values = {CATEGORY_FEATURE: span.category, NOTE_FEATURE: span.note}
        if has_verdict:
            values[VERDICT_FEATURE] = span.verdict
        answers: dict[str, list[str]] = {}
        for feature_id, value in span.features:
            answers.setdefault(feature_name(feature_id), []).append(value)
        for name, given in answers.items():
            if layer.get_feature(name) is not None:
                values[name] = " ".join(given)
        cas.add(layer(begin=span.start, end=span.end, **values))
    return cas.to_xmi(pretty_print=True).encode("utf-8")


def typesystem_bytes(types) -> bytes:
    return types.to_xml().encode("utf-8")


# ------------------------------------------------------------------ reading


def read(path: str | Path, layer: str = LAYER, feature: str = CATEGORY_FEATURE,
         note_feature: str = NOTE_FEATURE) -> ForeignKey:
    """The spans of ``layer`` in an XMI file, with ``feature`` as their category.

    The type system comes from ``TypeSystem.xml`` beside the file (how
    INCEpTION exports it); without one, the layer is declared here and the
    rest of the file's types are passed over.
    """
    cassis = _cassis()
    path = Path(path)
    data = read_capped(path)
    parse_untrusted(data, path)  # refuses DOCTYPEs, bombs and non-XML before cassis reads it
    types, lenient = _types_beside(path, layer, feature, cassis)
    if not types.contains_type(layer) or types.get_type(layer).get_feature(feature) is None:
        raise FormatError(path, INTEROP_REASON("no_layer", layer=layer, feature=feature))
    try:
        with warnings.catch_warnings():  # in lenient mode cassis warns of each type it skips
            warnings.simplefilter("ignore")
            cas = cassis.load_cas_from_xmi(io.BytesIO(data), typesystem=types, lenient=lenient)
    except Exception as exc:  # noqa: BLE001  any failure of the library is the file's
        raise FormatError(path, INTEROP_REASON("not_xmi", detail=_detail(exc))) from None
    kind = types.get_type(layer)
    has_note = kind.get_feature(note_feature) is not None
    own = {"begin", "end", "sofa", feature, note_feature, VERDICT_FEATURE}
    questions = [f.name for f in kind.all_features
                 if f.name not in own and f.rangeType.name == _STRING]
    try:
        text = cas.sofa_string or ""
        found_spans = list(cas.select(layer))
    except Exception as exc:  # noqa: BLE001
        raise FormatError(path, INTEROP_REASON("not_xmi", detail=_detail(exc))) from None
    if not found_spans and lenient:  # nothing of the layer, and no type system declaring it
        raise FormatError(path, INTEROP_REASON("no_layer", layer=layer, feature=feature))
    found = ForeignKey(path=path, text=text)
    for number, item in enumerate(found_spans, start=1):
        start, end = item.begin, item.end
        inside = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
        category = item.get(feature)
        note = item.get(note_feature) if has_note else None
        answers = tuple(
            (name, answer) for name in questions if isinstance(item.get(name), str)
            for answer in item.get(name).split()
        )
        found.spans.append(ForeignSpan(
            where=INTEROP_REASON("where_annotation", number=number),
            category=category if isinstance(category, str) else None,
            start=start if inside else None, end=end if inside else None,
            quote=text[start:end] if inside else None,
            note=note if isinstance(note, str) else None, answers=answers,
        ))
    return found


def _types_beside(path: Path, layer: str, feature: str, cassis):
    for name in (TYPESYSTEM_NAME, "typesystem.xml"):
        candidate = path.parent / name
        if candidate.is_file():
            data = read_capped(candidate)
            parse_untrusted(data, candidate)
            try:
                return cassis.load_typesystem(io.BytesIO(data)), False
            except Exception as exc:  # noqa: BLE001
                raise FormatError(
                    candidate, INTEROP_REASON("bad_typesystem", detail=_detail(exc))
                ) from None
    types = cassis.TypeSystem()
    if "." in layer:
        declared = types.create_type(layer, supertypeName="uima.tcas.Annotation")
        types.create_feature(declared, feature, _STRING)
        if feature != NOTE_FEATURE:
            types.create_feature(declared, NOTE_FEATURE, _STRING)
    return types, True


def _detail(exc: Exception) -> str:
    return library_message(str(exc) or type(exc).__name__)
