"""The hostile and broken input corpus of the XML layer, written on demand.

Every case is derived from three small valid documents (an exercise whose
article mixes emoji, Hebrew and Arabic, a submission and a key made on it),
so the corpus follows the format when the format moves. Big files (a 10 MB
attribute, a gzip bomb, a file over the size cap) are generated, never
committed. The tests build the corpus in a temporary folder; to look at it:

    python tests/xmlio/make_corpus.py OUT_DIR

Each case says what must happen (formats.md, "Repair or refuse"): refused
with one line that contains ``says``, loaded with a repair report that
contains ``says``, or valid as it stands.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from annotator.core.model import Annotation, Article, Block, Exercise, KeyFile, KeySpan, Submission
from annotator.core.tagset import default_tagset
from annotator.xmlio.writers import to_bytes

REFUSE, REPAIR, VALID = "refuse", "repair", "valid"
SECRET = "TOP-SECRET-3f9a1c-never-show-this"
QUOTE = "alianza geopolítica en desarrollo"
BLOCKS = [
    ("headline", "Putin y Kim 🚀 hablan de Alaska"),
    ("paragraph", f"Según el Kremlin, «una {QUOTE}» 🇷🇺🇰🇵 marca el camino."),
    ("paragraph", f"שלום y مرحبا: otra {QUOTE}, dice el titular."),
]


@dataclass(frozen=True)
class Case:
    """One input: the file to hand to the loader and what must come of it."""

    name: str
    path: Path
    expect: str  # REFUSE, REPAIR or VALID
    says: str  # part of the refusal line or of a repair line ("" for VALID)
    data: bytes = b""  # what the file holds, to check that messages do not repeat it

    @property
    def kind(self) -> str:
        """exercise, submission or key: submissions and keys are checked against the base."""
        return self.name.split(".")[-2]


def utf16_units(text: str, offset: int) -> int:
    """The UTF-16 position of a code-point offset: what Qt counts, and a file must not."""
    return len(text[:offset].encode("utf-16-le")) // 2


def base_exercise() -> Exercise:
    article = Article(blocks=[Block(kind=k, text=t) for k, t in BLOCKS])

    def span(span_id: str, category: str, quote: str) -> KeySpan:
        start = article.text.index(quote)
        return KeySpan(
            id=span_id, category=category, start=start, end=start + len(quote), quote=quote,
            explanations={"es": "Encuadre sin fuente.", "en": "Framing without a source."},
        )

    return Exercise(
        id="mini", title="Putin, Kim y Alaska", instructions="Marca el encuadre.",
        tagset=default_tagset(), article=article,
        key=[
            span("k1", "framing", QUOTE),
            span("k2", "claim", "hablan de Alaska"),
            span("k3", "attribution", "Según el Kremlin"),
        ],
    )


def base_submission(exercise: Exercise) -> Submission:
    text = exercise.article.text
    second, claim = text.rindex(QUOTE), text.index("hablan de Alaska")
    return Submission(
        exercise=exercise.id, exercise_version="1", text_sha256=exercise.article.sha256,
        annotations=[
            Annotation(id="a1", category="framing", start=second, end=second + len(QUOTE),
                       quote=QUOTE, note='Nadie citado dice "alianza".\r\n  fin  '),
            Annotation(id="a2", category="claim", start=claim, end=claim + 16,
                       quote="hablan de Alaska"),
        ],
    )


def swap(data: bytes, old: str | bytes, new: str | bytes) -> bytes:
    """Replace text that must be there: a corpus case that silently stays valid is worthless."""
    old = old.encode() if isinstance(old, str) else old
    new = new.encode() if isinstance(new, str) else new
    assert old in data, old
    return data.replace(old, new, 1)


def offsets(span: KeySpan | Annotation) -> str:
    return f'start="{span.start}" end="{span.end}"'


def utf16_offsets(text: str, span: KeySpan | Annotation) -> str:
    return f'start="{utf16_units(text, span.start)}" end="{utf16_units(text, span.end)}"'


def with_doctype(data: bytes, doctype: str) -> bytes:
    return swap(data, b"?>\n", f"?>\n{doctype}\n".encode())


def gzip_bomb(megabytes: int) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as archive:
        for _ in range(megabytes):
            archive.write(b"\0" * (1 << 20))
    return out.getvalue()


def zipped(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return out.getvalue()


def many_spans(template: str, count: int) -> str:
    return "".join(template.format(i=i, at=i * 97, to=i * 97 + 2) for i in range(count))


# fmt: off
def exercise_cases(ex: bytes, exercise: Exercise, secret: Path, trap: Path, url: str):
    """(name, expect, says, bytes) for exercise files."""
    k1, k2, k3 = exercise.key
    text, sha = exercise.article.text, exercise.article.sha256
    title = "<title>Putin, Kim y Alaska</title>"
    at_k1 = offsets(k1)
    xi = 'xmlns:xi="http://www.w3.org/2001/XInclude"'
    to_secret = f'<!DOCTYPE exercise [<!ENTITY s SYSTEM "file://{secret}">]>'
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    long_block = '<block kind="paragraph">' + "a" * 4_000_000 + "</block></article>"

    def edit(old: str | bytes, new: str | bytes) -> bytes:
        return swap(ex, old, new)

    def with_long_article(*spans: str) -> bytes:
        return swap(edit("<key>", "<key>" + "".join(spans)), "</article>", long_block)

    def doctype(declaration: str, new_title: str = title) -> bytes:
        return swap(with_doctype(ex, declaration), title, new_title)

    yield from [
        # Entities, DTDs, XInclude, the network
        ("xxe-local-file", REFUSE, "DOCTYPE", doctype(to_secret, "<title>&s;</title>")),
        ("xxe-http", REFUSE, "DOCTYPE", doctype(
            f'<!DOCTYPE exercise [<!ENTITY s SYSTEM "{url}/xxe">]>', "<title>&s;</title>")),
        ("xxe-parameter-entity", REFUSE, "DOCTYPE",
         doctype(f'<!DOCTYPE exercise [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]>')),
        ("external-dtd-http", REFUSE, "DOCTYPE", doctype(f'<!DOCTYPE exercise SYSTEM "{url}/x">')),
        ("external-dtd-file", REFUSE, "DOCTYPE", doctype(f'<!DOCTYPE exercise SYSTEM "{trap}">')),
        ("dtd-at-dev-stdin", REFUSE, "DOCTYPE", doctype('<!DOCTYPE exercise SYSTEM "/dev/stdin">')),
        ("doctype-after-comment", REFUSE, "DOCTYPE",
         doctype(f'<!-- x --><?pi x?> <!DOCTYPE exercise SYSTEM "{trap}">')),
        ("billion-laughs", REFUSE, "DOCTYPE",
         doctype(f'<!DOCTYPE exercise [<!ENTITY l0 "ha">{laughs}]>', "<title>&l9;</title>")),
        ("quadratic-blowup", REFUSE, "DOCTYPE", doctype(
            f'<!DOCTYPE exercise [<!ENTITY b "{"B" * 50_000}">]>',
            f"<title>{'&b;' * 50_000}</title>")),
        ("undeclared-entity", REFUSE, "entities are not allowed",
         edit(title, "<title>&s;</title>")),
        ("xinclude-file", REFUSE, "not expected",
         edit("<tagset>", f'<xi:include {xi} href="{secret}" parse="text"/><tagset>')),
        ("xinclude-http", REFUSE, "not expected",
         edit("<tagset>", f'<xi:include {xi} href="{url}/inc.xml"/><tagset>')),
        ("xinclude-root", REFUSE, "unknown namespace",
         f'<xi:include {xi} href="{secret}" parse="text"/>'.encode()),
        ("schema-location-hints", VALID, "", edit(
            'format="1"', 'format="1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            f'xsi:schemaLocation="urn:x-annotator:1 {url}/s.xsd" '
            f'xsi:noNamespaceSchemaLocation="{trap}"')),
        # Compressed, binary and renamed files
        ("gzip-bomb", REFUSE, "gzip", gzip_bomb(64)),
        ("gzip-of-a-valid-file", REFUSE, "gzip", gzip.compress(ex, mtime=0)),
        ("renamed-zip", REFUSE, "zip archive", zipped("mini.exercise.xml", ex)),
        ("renamed-png", REFUSE, "PNG image", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        ("binary", REFUSE, "not UTF-8", random.Random(7).randbytes(4096).replace(b"\0", b"\xff")),
        # Encodings
        ("invalid-utf8-overlong", REFUSE, "not UTF-8", edit(title, b"<title>\xc0\xaf</title>")),
        ("invalid-utf8-lone-continuation", REFUSE, "not UTF-8",
         edit(title, b"<title>\x80</title>")),
        ("invalid-utf8-truncated-sequence", REFUSE, "not UTF-8",
         edit(title, b"<title>\xe2\x82</title>")),
        ("invalid-utf8-surrogate", REFUSE, "not UTF-8",
         edit(title, b"<title>\xed\xa0\x80</title>")),
        ("invalid-utf8-above-unicode", REFUSE, "not UTF-8",
         edit(title, b"<title>\xf4\x90\x80\x80</title>")),
        ("invalid-utf8-at-end", REFUSE, "not UTF-8", ex + b"\xf0\x9f\x98"),
        ("utf16-with-bom", REFUSE, "UTF-16", edit("UTF-8", "UTF-16").decode().encode("utf-16")),
        ("utf16-le-without-bom", REFUSE, "UTF-16",
         edit("UTF-8", "UTF-16").decode().encode("utf-16-le")),
        ("utf16-be-without-bom", REFUSE, "UTF-16",
         edit("UTF-8", "UTF-16").decode().encode("utf-16-be")),
        ("utf16-hiding-a-doctype", REFUSE, "UTF-16",
         doctype(to_secret, "<title>&s;</title>").decode().encode("utf-16")),
        ("utf32", REFUSE, "UTF-32", ex.decode().encode("utf-32")),
        ("declared-latin1", REFUSE, "declares encoding", edit("UTF-8", "ISO-8859-1")),
        ("utf8-with-bom", VALID, "", b"\xef\xbb\xbf" + ex),
        # Empty, truncated, padded, not a document
        ("empty", REFUSE, "empty file", b""),
        ("whitespace-only", REFUSE, "empty file", b" \n\t\r\n  "),
        ("truncated", REFUSE, "not well-formed", ex[: len(ex) // 2]),
        ("nul-padded", REFUSE, "NUL bytes", ex + b"\0" * 4096),
        ("nul-only", REFUSE, "NUL bytes", b"\0" * 4096),
        ("char-reference-to-control", REFUSE, "not well-formed",
         edit(title, "<title>&#1;</title>")),
        ("no-root", REFUSE, "not well-formed", b"<?xml version='1.0'?>\n<!-- nothing -->\n"),
        # The wrong document
        ("wrong-root", REFUSE, "unknown document <exercises>",
         swap(edit("<exercise ", "<exercises "), "</exercise>", "</exercises>")),
        ("wrong-namespace", REFUSE, "unknown namespace 'urn:x-annotator:2'",
         edit("urn:x-annotator:1", "urn:x-annotator:2")),
        ("no-namespace", REFUSE, "no namespace", edit(' xmlns="urn:x-annotator:1"', "")),
        ("future-format-version", REFUSE, "format version '2' is not supported",
         edit('format="1"', 'format="2"')),
        ("missing-format", REFUSE, "has no format attribute", edit('format="1" ', "")),
        # Size, depth, width
        ("deep-nesting-40", REFUSE, "nested deeper than 32",
         edit(title, "<title>" + "<i>" * 40 + "</i>" * 40 + "</title>")),
        ("deep-nesting-5000", REFUSE, "not well-formed",
         edit(title, "<title>" + "<i>" * 5000 + "</i>" * 5000 + "</title>")),
        ("deep-nesting-150000", REFUSE, "more than 200000 tags",
         edit(title, "<title>" + "<i>" * 150_000 + "</i>" * 150_000 + "</title>")),
        ("wide-300000-elements", REFUSE, "more than 200000 tags",
         edit(title, title + "<i/>" * 300_000)),
        ("gigantic-attribute-10mb", REFUSE, "category/@id",
         edit('id="claim"', 'id="claim' + "x" * 9_999_000 + '"')),
        ("gigantic-attribute-11mb", REFUSE, "not well-formed",
         edit('id="claim"', 'id="claim' + "x" * 11_000_000 + '"')),
        ("gigantic-attribute-with-quotes", REFUSE, "category/@color",
         edit('color="#0072b2"', 'color="' + "a'b c" * 1_500_000 + '"')),
        ("gigantic-text-9mb", REFUSE, "title", edit(title, f"<title>{'t' * 9_000_000}</title>")),
        ("gigantic-text-12mb", REFUSE, "Text node too long",
         edit(title, f"<title>{'t' * 12_000_000}</title>")),
        ("gigantic-tag-name", REFUSE, "not well-formed",
         edit(title, title + "<" + "n" * 40_000 + ">")),
        ("over-the-size-cap", REFUSE, "larger than 16 MB", edit(title, title + " " * (17 << 20))),
        ("long-article-without-hash", REPAIR, "no text-sha256",
         swap(edit(f' text-sha256="{sha}"', ""), "</article>", long_block)),
        # Offsets
        ("offsets-out-of-range", REPAIR, f"re-anchored by its quote from {len(text) + 5}",
         edit(at_k1, f'start="{len(text) + 5}" end="{len(text) + 5 + len(QUOTE)}"')),
        ("offsets-negative", REFUSE, "span/@start", edit(at_k1, f'start="-3" end="{k1.end}"')),
        ("offsets-reversed", REFUSE, f"end {k1.start} is before start {k1.end}",
         edit(at_k1, f'start="{k1.end}" end="{k1.start}"')),
        ("offsets-empty-span", REFUSE, "empty span",
         edit(at_k1, f'start="{k1.start}" end="{k1.start}"')),
        ("offsets-decimal", REFUSE, "span/@start",
         edit(at_k1, f'start="{k1.start}.5" end="{k1.end}"')),
        ("offsets-not-a-number", REFUSE, "span/@end", edit(at_k1, f'start="{k1.start}" end="ten"')),
        ("offsets-hexadecimal", REFUSE, "span/@start", edit(at_k1, f'start="0x10" end="{k1.end}"')),
        ("offsets-too-big", REFUSE, "span/@end", edit(at_k1, f'start="1" end="{2**31}"')),
        ("offsets-with-5000-leading-zeros", VALID, "",
         edit(at_k1, f'start="{"0" * 5000}{k1.start}" end="+{k1.end}"')),
        ("offsets-in-utf16-units", REPAIR, "re-anchored by its quote", swap(swap(
            edit(at_k1, utf16_offsets(text, k1)), offsets(k2), utf16_offsets(text, k2)),
            offsets(k3), utf16_offsets(text, k3))),
        ("quote-mismatch-reanchored", REPAIR, "key span k1 re-anchored",
         edit(at_k1, f'start="{k1.start + 3}" end="{k1.end + 3}"')),
        ("quote-not-in-article-orphaned", REPAIR, "key span k1 orphaned",
         edit(f"<quote>{QUOTE}</quote>", "<quote>alianza inexistente</quote>")),
        ("empty-quote", REFUSE, "empty quote", edit(f"<quote>{QUOTE}</quote>", "<quote/>")),
        ("hash-mismatch", REPAIR, "text-sha256 mismatch", edit(sha, "0" * 64)),
        ("hash-missing", REPAIR, "no text-sha256", edit(f' text-sha256="{sha}"', "")),
        ("hash-not-hex", REFUSE, "article/@text-sha256", edit(sha, "Z" * 64)),
        ("quote-only-span", VALID, "", edit(at_k1 + " ", "")),
        ("quote-only-second-occurrence", VALID, "", edit(at_k1 + " ", 'occurrence="2" ')),
        ("quote-only-not-found", REFUSE, "key span k1: quote 'alianza inexistente' does not occur",
         swap(edit(at_k1 + " ", ""), f"<quote>{QUOTE}</quote>",
              "<quote>alianza inexistente</quote>")),
        ("quote-only-too-few-occurrences", REFUSE, "does not occur 3 times",
         edit(at_k1 + " ", 'occurrence="3" ')),
        ("quote-only-half-offsets", REFUSE, "give both start and end",
         edit(f' end="{k1.end}"', "")),
        ("reanchoring-3000-absent-quotes", REFUSE, "too many spans to re-anchor", with_long_article(
            many_spans('<span id="z{i}" category="claim" start="1" end="3">'
                       "<quote>q{i}</quote></span>", 3000))),
        ("reanchoring-millionth-occurrence", REFUSE, "too many spans to re-anchor",
         with_long_article(
            many_spans('<span id="f{i}" category="claim" occurrence="3999990">'
                       "<quote>a</quote></span>", 50))),
        ("reanchoring-20000-moved-spans", REPAIR, "key span m19999 re-anchored", with_long_article(
            many_spans('<span id="m{i}" category="claim" start="{at}" end="{to}">'
                       "<quote>a</quote></span>", 20_000))),
        # Ids and references
        ("duplicate-key-span-ids", REFUSE, "Duplicate key-sequence ['k1']",
         edit('id="k2"', 'id="k1"')),
        ("duplicate-category-ids", REFUSE, "Duplicate key-sequence ['claim']",
         edit('id="framing"', 'id="claim"')),
        ("duplicate-shortcuts", REFUSE, "duplicate category shortcut",
         edit('shortcut="2"', 'shortcut="1"')),
        ("duplicate-label-language", REFUSE, "labelLanguage",
         edit('<label xml:lang="en">Claim', '<label xml:lang="es">Claim')),
        ("unknown-category", REFUSE, "key span k1: unknown category 'opinion'",
         edit('category="framing"', 'category="opinion"')),
        ("non-ascii-id", REFUSE, "exercise/@id", edit('id="mini"', 'id="míni"')),
        ("id-with-spaces", REFUSE, "exercise/@id", edit('id="mini"', 'id=" mini "')),
        ("unknown-block-kind", REFUSE, "block/@kind", edit('kind="headline"', 'kind="poem"')),
        ("unknown-element", REFUSE, "not expected", edit(title, title + "<script>x</script>")),
        ("unknown-attribute", REFUSE, "not allowed", edit('format="1"', 'format="1" onload="x"')),
        # Block texts that the importer would have normalised
        ("block-leading-space", REFUSE, "block 1: leading or trailing white space",
         edit(">Putin y Kim", "> Putin y Kim")),
        ("block-line-break", REFUSE, "block 1: line break", edit("Putin y Kim", "Putin&#10;y Kim")),
        ("block-not-nfc", REFUSE, "block 1: block text is not NFC",
         edit("Putin y Kim", "Pute\u0301n")),
        ("block-empty", REFUSE, "block 1: empty block",
         edit(f'<block kind="headline">{BLOCKS[0][1]}</block>', '<block kind="headline"/>')),
        # Markup that is harmless and must not be refused
        ("comment-mentioning-doctype", VALID, "", edit(title, f"<!-- <!DOCTYPE x> -->{title}")),
        ("cdata-title", VALID, "", edit(title, "<title><![CDATA[Putin, Kim y Alaska]]></title>")),
    ]


def submission_cases(sub: bytes, submission: Submission, exercise: Exercise):
    """(name, expect, says, bytes) for submissions, checked against the base exercise."""
    a1, a2 = submission.annotations
    text, sha = exercise.article.text, exercise.article.sha256
    grade = (
        f'<grade scheme="partial" score="73.5" pass="60" passed="true" key-sha256="{"a" * 64}">'
        '<total precision="1" recall="0.5" f1="0.6666666666666666"/>'
        '<outcome key="k1" annotation="a1" verdict="found" overlap="1"/></grade></submission>'
    )

    def edit(old: str | bytes, new: str | bytes) -> bytes:
        return swap(sub, old, new)

    def graded(old: str = "", new: str = "") -> bytes:
        return edit("</submission>", grade.replace(old, new))

    annotations = sub[sub.index(b"<annotation"):sub.index(b"</submission>")]
    yield from [
        ("valid", VALID, "", sub),
        ("unknown-category", REFUSE, "annotation a1: unknown category 'opinion'",
         edit('category="framing"', 'category="opinion"')),
        ("duplicate-annotation-ids", REFUSE, "Duplicate key-sequence ['a1']",
         edit('id="a2"', 'id="a1"')),
        ("other-exercise", REFUSE, "made for exercise 'other', not 'mini'",
         edit('exercise="mini"', 'exercise="other"')),
        ("hash-mismatch", REPAIR, "text-sha256 differs", edit(sha, "0" * 64)),
        ("offsets-in-utf16-units", REPAIR, "annotation a1 re-anchored",
         edit(offsets(a1), utf16_offsets(text, a1))),
        ("quote-not-in-article-orphaned", REPAIR, "annotation a2 orphaned",
         edit("<quote>hablan de Alaska</quote>", "<quote>hablan de Ohio</quote>")),
        ("offsets-reversed", REFUSE, "annotation a2: end",
         edit(offsets(a2), f'start="{a2.end}" end="1"')),
        ("offsets-zero-padded-past-int", VALID, "",
         edit(offsets(a1), f'start="{"0" * 5000}{a1.start}" end="+{a1.end}"')),
        ("missing-offsets", REFUSE, "annotation: The attribute 'end' is required",
         edit(f' end="{a2.end}"', "")),
        ("grade-unknown-verdict", REFUSE, "outcome/@verdict", graded("found", "great")),
        ("grade-score-over-100", REFUSE, "grade/@score", graded('score="73.5"', 'score="173.5"')),
        ("graded-with-spaced-boolean", VALID, "", graded('passed="true"', 'passed=" true "')),
        ("empty-trainee-and-no-annotations", VALID, "", edit(annotations, b"<trainee/>")),
    ]


def key_cases(key: bytes, exercise: Exercise):
    """(name, expect, says, bytes) for key files, checked against the base exercise."""
    k1 = exercise.key[0]

    def edit(old: str | bytes, new: str | bytes) -> bytes:
        return swap(key, old, new)

    yield from [
        ("valid", VALID, "", key),
        ("quote-only", REFUSE, "a key file must give start and end", edit(offsets(k1) + " ", "")),
        ("other-exercise", REFUSE, "key for exercise 'other', not 'mini'",
         edit('exercise="mini"', 'exercise="other"')),
        ("hash-mismatch", REPAIR, "text-sha256 differs", edit(exercise.article.sha256, "1" * 64)),
        ("duplicate-span-ids", REFUSE, "Duplicate key-sequence ['k1']", edit('id="k2"', 'id="k1"')),
        ("unknown-category", REFUSE, "key span k2: unknown category 'opinion'",
         edit('category="claim"', 'category="opinion"')),
    ]
# fmt: on


def build(folder: Path, secret: Path, trap: Path, url: str) -> tuple[Path, list[Case]]:
    """Write the corpus into ``folder``; returns the base exercise and the cases.

    ``secret`` is a file no output may ever show, ``trap`` a FIFO that nothing
    may open, ``url`` an address where nothing may connect.
    """
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / "base.exercise.xml"
    base.write_bytes(to_bytes(base_exercise()))
    cases: list[Case] = []
    for name, expect, says, data in tables(secret, trap, url):
        path = folder / name
        path.write_bytes(data)
        cases.append(Case(name, path, expect, says, data))
    return base, cases + special_files(folder, secret)


def tables(secret: Path, trap: Path, url: str):
    """(file name, expect, says, bytes) of every case that is a regular file."""
    exercise = base_exercise()
    submission = base_submission(exercise)
    ex, sub = to_bytes(exercise), to_bytes(submission)
    key = to_bytes(
        KeyFile(exercise=exercise.id, text_sha256=exercise.article.sha256, spans=exercise.key)
    )
    for kind, made in [
        ("exercise", exercise_cases(ex, exercise, secret, trap, url)),
        ("submission", submission_cases(sub, submission, exercise)),
        ("key", key_cases(key, exercise)),
    ]:
        for name, expect, says, data in made:
            yield f"{name}.{kind}.xml", expect, says, data


def case_names() -> list[str]:
    """Every case's file name, for test ids: the tables built in memory, nothing written."""
    nowhere = Path("/nonexistent")
    names = [name for name, *_ in tables(nowhere, nowhere, "http://127.0.0.1:9")]
    return names + [f"{name}.exercise.xml" for name in SPECIAL]


SPECIAL = ("a-folder", "a-fifo", "missing", "link-to-a-secret")


def special_files(folder: Path, secret: Path) -> list[Case]:
    """Things named as the file to open that are not regular files, or not there."""
    directory = folder / "a-folder.exercise.xml"
    directory.mkdir(exist_ok=True)
    fifo = folder / "a-fifo.exercise.xml"
    if not fifo.exists():
        os.mkfifo(fifo)
    link = folder / "link-to-a-secret.exercise.xml"
    if not link.is_symlink():
        link.symlink_to(secret)
    missing = folder / "missing.exercise.xml"
    return [
        Case(directory.name, directory, REFUSE, "is a folder, not a file"),
        Case(fifo.name, fifo, REFUSE, "not a regular file"),
        Case(missing.name, missing, REFUSE, "cannot read: No such file or directory"),
        Case(link.name, link, REFUSE, "not well-formed", secret.read_bytes()),
    ]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: make_corpus.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    secret, trap = out / "secret.txt", out / "trap.fifo"
    secret.write_text(SECRET + "\n")
    if not trap.exists():
        os.mkfifo(trap)
    base, cases = build(out / "corpus", secret, trap, "http://127.0.0.1:9")
    print(f"{len(cases)} cases in {base.parent}, checked against {base.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
