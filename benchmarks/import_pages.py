"""How much of the story does ``import-html`` keep, next to trafilatura? Run on demand.

    python benchmarks/import_pages.py [--corpus DIR] [--worst 10] [--limit N] [--markup-only]

The corpus is the article-extraction benchmark's development set (saved
pages as ``html/*.html.gz`` and ``ground-truth.json``, the article text a
person marked on each page); by default it is looked for in
``shared/corpora/article-extraction-benchmark`` in a folder above the
repository.
It is for measuring, not for tuning: no page of it is a test fixture.

For each page both extractors run in this process on the same bytes:

- ours: ``import_html``; its body text is the blocks of running story text
  (standfirst, paragraphs, subheadings, list items, quotes), without the
  headline, byline, dateline, captions and credits, which the ground truth
  leaves out too;
- the peer: ``trafilatura.extract`` (comments off, tables on) on its own,
  as anyone would call it;
- with ``--markup-only``, ours without the detector: the route an import
  takes when trafilatura finds nothing (the page's ``<article>``/``<main>``
  and furniture names), to see what the detector adds.

Headlines have no ground truth; the count of pages whose headline reads
like the page's own title (og:title or ``<title>``) is printed as a check.

Texts are compared as word tokens in order (case-folded ``\\w+`` runs,
aligned by longest matching blocks): precision is the share of the tokens
we kept that are story, recall the share of the story we kept. "Cut words"
counts story tokens missing from between two kept tokens of the same
ground-truth paragraph: words lost from inside running text, the fault an
annotator can least afford. Timings are the CPU time of this process per
page (on a shared machine the clock on the wall measures the neighbours
too), with the peer's median as the baseline; ours includes running the
peer. Goal: under 100 ms for a typical (median) page.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from annotator.services import html_import
from annotator.services.html_import import decode_page, import_html
from annotator.services.html_import.metadata import page_metadata, page_title
from annotator.services.html_import.reading import parse
from annotator.services.html_import.story import reads_like
from annotator.services.importer import ImportProblem

BODY_KINDS = {"standfirst", "paragraph", "subheading", "list-item", "quote"}
WORD = re.compile(r"\w+")
CORPUS = Path("shared", "corpora", "article-extraction-benchmark")


def default_corpus() -> Path:
    """The first ``shared/corpora/article-extraction-benchmark`` above this file's folder."""
    here = Path(__file__).resolve().parent
    return next((p / CORPUS for p in here.parents if (p / CORPUS).is_dir()), CORPUS)


@dataclass
class Score:
    """One extractor on one page."""

    precision: float
    recall: float
    cut: int  # story tokens missing from inside a paragraph otherwise kept
    seconds: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class Extractor:
    name: str
    body: Callable[[bytes], str]
    scores: dict[str, Score] = field(default_factory=dict)
    failures: int = 0


def tokens(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def ours(data: bytes) -> str:
    imported = import_html(data)
    return "\n".join(b.text for b in imported.article.blocks if b.kind in BODY_KINDS)


def headline_agrees(data: bytes) -> bool:
    """Whether our headline reads like the page's own title (untimed: a check, not the import)."""
    meta = page_metadata(parse(decode_page(data)[0]))
    return reads_like(import_html(data).title, page_title(meta) or "")


def markup_only(data: bytes) -> str:
    """Ours without the detector: the route an import takes when trafilatura finds nothing."""
    detector = html_import.story_words
    html_import.story_words = lambda document: []
    try:
        return ours(data)
    finally:
        html_import.story_words = detector


def peer(data: bytes) -> str:
    return trafilatura.extract(
        data, include_comments=False, include_tables=True, deduplicate=False,
    ) or ""


def score(extracted: str, truth: str, seconds: float) -> Score:
    """Precision, recall and interior cuts of ``extracted`` against the person's text."""
    got = tokens(extracted)
    paragraphs = [tokens(p) for p in truth.split("\n")]
    want = [t for p in paragraphs for t in p]
    matcher = difflib.SequenceMatcher(None, got, want, autojunk=False)
    kept = [False] * len(want)
    matched = 0
    for block in matcher.get_matching_blocks():
        matched += block.size
        kept[block.b: block.b + block.size] = [True] * block.size
    cut = 0
    start = 0
    for paragraph in paragraphs:
        flags = kept[start: start + len(paragraph)]
        start += len(paragraph)
        if True in flags:
            first = flags.index(True)
            last = len(flags) - 1 - flags[::-1].index(True)
            cut += flags[first:last].count(False)
    precision = matched / len(got) if got else 0.0
    recall = matched / len(want) if want else 1.0
    return Score(precision, recall, cut, seconds)


def run(extractor: Extractor, pages: dict[str, dict], corpus: Path) -> None:
    for name, truth in pages.items():
        data = gzip.decompress((corpus / "html" / f"{name}.html.gz").read_bytes())
        started = time.process_time()
        try:
            text = extractor.body(data)
        except ImportProblem:
            text = ""
            extractor.failures += 1
        seconds = time.process_time() - started
        extractor.scores[name] = score(text, truth["articleBody"], seconds)


def summary_rows(extractors: list[Extractor]) -> list[tuple[str, list[str]]]:
    rows = []
    for label, measure in (("precision", "precision"), ("recall", "recall"), ("F1", "f1")):
        for how, aggregate in (("mean", statistics.fmean), ("median", statistics.median)):
            rows.append((f"{how} {label}", [
                f"{aggregate([getattr(s, measure) for s in e.scores.values()]):.3f}"
                for e in extractors
            ]))
    rows.append(("pages with F1 < 0.8", [
        str(sum(s.f1 < 0.8 for s in e.scores.values())) for e in extractors
    ]))
    rows.append(("cut words (pages)", [
        f"{sum(s.cut for s in e.scores.values())} "
        f"({sum(s.cut > 0 for s in e.scores.values())})" for e in extractors
    ]))
    rows.append(("refused pages", [str(e.failures) for e in extractors]))
    rows.append(("median CPU ms / page", [
        f"{1000 * statistics.median(s.seconds for s in e.scores.values()):.1f}"
        for e in extractors
    ]))
    rows.append(("slowest CPU ms / page", [
        f"{1000 * max(s.seconds for s in e.scores.values()):.1f}" for e in extractors
    ]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--worst", type=int, default=10, help="pages to list where we lose most")
    parser.add_argument("--limit", type=int, help="only the first N pages (a quick look)")
    parser.add_argument(
        "--markup-only", action="store_true",
        help="also ours without the detector (the route taken when it finds nothing)",
    )
    args = parser.parse_args(argv)
    corpus = args.corpus or default_corpus()
    truth_file = corpus / "ground-truth.json"
    if not truth_file.is_file():
        print(f"{truth_file}: not found; pass --corpus DIR", file=sys.stderr)
        return 1
    pages = json.loads(truth_file.read_text(encoding="utf-8"))
    if args.limit:
        pages = dict(list(pages.items())[: args.limit])
    extractors = [Extractor("import-html", ours)]
    if args.markup_only:
        extractors.append(Extractor("markup only", markup_only))
    extractors.append(Extractor("trafilatura", peer))
    for extractor in extractors:
        run(extractor, pages, corpus)

    print(f"{len(pages)} pages, body text as word tokens in order\n")
    width = max(len(e.name) for e in extractors) + 2
    print(f"{'':<22}" + "".join(f"{e.name:>{max(width, 14)}}" for e in extractors))
    for label, cells in summary_rows(extractors):
        print(f"{label:<22}" + "".join(f"{c:>{max(width, 14)}}" for c in cells))
    agree = sum(
        headline_agrees(gzip.decompress((corpus / "html" / f"{name}.html.gz").read_bytes()))
        for name in pages
    )
    print(f"\nour headline reads like the page's title (og:title or <title>) on {agree} of "
          f"{len(pages)} pages (the rest: check by hand; a title may be reworded for search)")
    us, them = extractors[0], extractors[-1]
    ratio = statistics.median(s.seconds for s in us.scores.values()) / statistics.median(
        s.seconds for s in them.scores.values()
    )
    wins = sum(us.scores[n].f1 >= them.scores[n].f1 for n in pages)
    print(f"\nours / peer median time: {ratio:.2f}x (ours includes running the peer); "
          f"our F1 >= peer's on {wins} of {len(pages)} pages")
    ranked = sorted(pages, key=lambda n: us.scores[n].f1)[: args.worst]
    print("\nwhere we lose most (F1; P/R; cut words; peer F1):")
    for name in ranked:
        mine = us.scores[name]
        print(f"  {mine.f1:.3f}  {mine.precision:.2f}/{mine.recall:.2f}  {mine.cut:>4}  "
              f"{them.scores[name].f1:.3f}  {name[:12]}  {pages[name].get('url', '')[:64]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
