"""How fast is ``annotator grade`` on a class set? Run on demand, not by pytest.

    python benchmarks/grade.py [--submissions 1000] [--spans 100] [--runs 3]

Makes a long article with a 100-span key and 1,000 submissions of 100
annotations each in a temporary folder, then times three things:

1. the whole command, as an instructor runs it (a new process, ``--json``
   into a file): start-up, safe parsing, schema checks, grading, output;
2. lxml alone parsing the same files: the floor that any XML-based grader
   pays. Timed twice: in this process (the loop alone), and as a command
   like the grader's (a new Python process that imports lxml and parses
   them), which is the like-for-like figure: both then include start-up;
3. nervaluate (the MUC/SemEval-2013 scorer) on the same spans, in this
   process, with the spans handed to it ready-made (no parsing at all).
   It is not a project dependency; for this figure install it with
   ``pip install nervaluate``. Without it the figure is skipped.

Goal: under 3 s in total, no slower than nervaluate, within 3x of bare parsing.
"""

from __future__ import annotations

import argparse
import gc
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from annotator.cli.grading import Batch
from annotator.core.model import (
    Annotation,
    Article,
    Block,
    Exercise,
    KeySpan,
    Submission,
    Trainee,
)
from annotator.core.tagset import default_tagset
from annotator.xmlio.writers import to_bytes

WORDS = (
    "el la los las un una de del en con por para según que como más sobre entre "
    "presidente gobierno ministro portavoz fuentes oficiales comunicado cumbre acuerdo "
    "conversación telefónica alianza guerra región frontera tropas ejército liberación "
    "cooperación estratégica desarrollo relaciones amistad vecindad direcciones marco "
    "informó señaló indicó destacó afirmó aseguró confirmó negó anunció concluyó "
    "Kremlin Moscú Pionyang Washington Alaska Ucrania Kursk Corea Rusia Trump Putin Kim "
    "martes miércoles agosto julio junio 2024 2025 80 15 19 millones ciento"
).split()
CATEGORIES = ("claim", "attribution", "framing")


def make_article(rng: random.Random, paragraphs: int = 160) -> Article:
    blocks = [Block(kind="headline", text=_sentence(rng, 12))]
    for _ in range(paragraphs):
        text = " ".join(_sentence(rng, rng.randint(12, 30)) + "." for _ in range(rng.randint(2, 4)))
        blocks.append(Block(kind="paragraph", text=text))
    return Article(blocks=blocks)


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    for i in range(2, words - 1, rng.randint(5, 9)):
        chosen[i] += ","
    return " ".join(chosen)


def word_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], None
    for i, ch in enumerate(text + " "):
        if ch.isalnum():
            start = i if start is None else start
        elif start is not None:
            bounds.append((start, i))
            start = None
    return bounds


def make_key(rng: random.Random, text: str, words: list[tuple[int, int]], count: int):
    spans = []
    for number, first in enumerate(sorted(rng.sample(range(len(words) - 12), count)), start=1):
        last = first + rng.randint(0, 8)
        start, end = words[first][0], words[last][1]
        spans.append(KeySpan(
            id=f"k{number}", category=rng.choice(CATEGORIES), start=start, end=end,
            quote=text[start:end], required=rng.random() > 0.1,
            explanations={"es": f"Explicación del tramo {number}.",
                          "en": f"Explanation of span {number}."},
        ))
    return spans


def make_submission(rng: random.Random, text: str, words: list[tuple[int, int]],
                    key: list[KeySpan], exercise: Exercise, number: int, count: int):
    starts = [w[0] for w in words]
    marks = []
    for k in key:
        if len(marks) >= count:
            break
        roll = rng.random()
        if roll < 0.2:
            continue  # missed
        first = starts.index(k.start) if k.start in starts else 0
        last = first
        while last + 1 < len(words) and words[last + 1][1] <= k.end:
            last += 1
        category = k.category
        if roll < 0.45:
            first = max(0, first + rng.randint(-2, 2))
            last = min(len(words) - 1, max(first, last + rng.randint(-2, 2)))
        elif roll < 0.55:
            category = rng.choice([c for c in CATEGORIES if c != k.category])
        marks.append((words[first][0], words[last][1], category))
    while len(marks) < count:  # extras
        first = rng.randrange(len(words) - 6)
        marks.append((words[first][0], words[first + rng.randint(0, 5)][1],
                      rng.choice(CATEGORIES)))
    annotations = [Annotation(id=f"a{i}", category=c, start=s, end=e, quote=text[s:e])
                   for i, (s, e, c) in enumerate(marks, start=1)]
    return Submission(exercise=exercise.id, exercise_version="1",
                      text_sha256=exercise.article.sha256,
                      trainee=Trainee(id=f"s{number:04d}", name=f"Estudiante {number}"),
                      annotations=annotations)


def build(folder: Path, submissions: int, spans: int, seed: int = 2025) -> list[str]:
    rng = random.Random(seed)
    article = make_article(rng)
    text = article.text
    words = word_bounds(text)
    key = make_key(rng, text, words, spans)
    exercise = Exercise(id="benchmark", title="Benchmark", tagset=default_tagset(),
                        article=article, key=key)
    (folder / "benchmark.exercise.xml").write_bytes(to_bytes(exercise))
    names = []
    for number in range(1, submissions + 1):
        name = f"s{number:04d}.submission.xml"
        document = make_submission(rng, text, words, key, exercise, number, spans)
        (folder / name).write_bytes(to_bytes(document))
        names.append(name)
    print(f"article {len(text):,} characters; key {len(key)} spans; "
          f"{submissions} submissions x {spans} annotations")
    return names


def time_cli(folder: Path, names: list[str], runs: int) -> float:
    command = [sys.executable, "-m", "annotator", "grade", "--key", "benchmark.exercise.xml",
               "--json", *names]
    times = []
    for _ in range(runs):
        with open(folder / "grades.json", "wb") as out:
            started = time.perf_counter()
            result = subprocess.run(command, cwd=folder, stdout=out, stderr=subprocess.PIPE)
            times.append(time.perf_counter() - started)
        if result.returncode != 0:
            raise SystemExit(f"grade failed ({result.returncode}): {result.stderr.decode()[:500]}")
    return min(times)


PARSE_ONLY = (
    "import sys\n"
    "from pathlib import Path\n"
    "from lxml import etree\n"
    "for name in sys.argv[1:]:\n"
    "    etree.fromstring(Path(name).read_bytes())\n"
)


def time_lxml_command(folder: Path, names: list[str], runs: int) -> float:
    """Bare parsing as a command: a new process, as the grader is timed."""
    command = [sys.executable, "-c", PARSE_ONLY, *names]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=folder, check=True)
        times.append(time.perf_counter() - started)
    return min(times)


def time_lxml(folder: Path, names: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for name in names:
            etree.fromstring((folder / name).read_bytes())
        times.append(time.perf_counter() - started)
    return min(times)


def spans_for_nervaluate(folder: Path, names: list[str]) -> tuple[list, list]:
    """The same spans as plain dicts, read here so that nervaluate's time excludes it."""
    ns = "{urn:x-annotator:1}"
    root = etree.fromstring((folder / "benchmark.exercise.xml").read_bytes())
    key = [{"label": s.get("category"), "start": int(s.get("start")), "end": int(s.get("end"))}
           for s in root.iter(f"{ns}span") if s.get("required") != "false"]
    true, pred = [], []
    for name in names:
        doc = etree.fromstring((folder / name).read_bytes())
        pred.append([{"label": a.get("category"), "start": int(a.get("start")),
                      "end": int(a.get("end"))} for a in doc.iter(f"{ns}annotation")])
        true.append(key)
    return true, pred


def time_nervaluate(folder: Path, names: list[str], runs: int) -> float | None:
    try:
        from nervaluate import Evaluator
    except ImportError:
        print("nervaluate not installed (pip install nervaluate): its figure is skipped")
        return None
    true, pred = spans_for_nervaluate(folder, names)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        Evaluator(true, pred, tags=list(CATEGORIES)).evaluate()
        times.append(time.perf_counter() - started)
    return min(times)


def time_stages(folder: Path, names: list[str], runs: int) -> dict[str, float]:
    """Where one file's time goes, in this process, one worker: milliseconds a file per stage.

    Each stage is timed over all files on the previous stage's output, best of
    ``runs``; the sum is close to what one worker spends a file. The
    cyclic collector is off, as ``annotator grade`` runs.
    """
    from annotator.cli.grading import Graded, json_entry
    from annotator.services.classroom import load_key
    from annotator.xmlio import readers, safe, schema

    key = load_key(str(folder / "benchmark.exercise.xml"), None, None)
    grader = Batch(key, want_json=True).grader
    paths = [folder / name for name in names]
    data = [safe.read_capped(p) for p in paths]

    def best(work):
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            out = work()
            times.append(time.perf_counter() - started)
        return out, 1000 * min(times) / len(paths)

    figures = {}
    gc.disable()
    roots, figures["safe parse"] = best(lambda: [safe.parse_bytes(d, p)
                                                 for d, p in zip(data, paths, strict=True)])
    _, figures["schema check"] = best(lambda: [schema.validate(r, p)
                                               for r, p in zip(roots, paths, strict=True)])
    read, figures["to models"] = best(lambda: [readers._submission(r, p, [])
                                               for r, p in zip(roots, paths, strict=True)])
    loaded = [readers.Loaded(s, p, b"") for s, p in zip(read, paths, strict=True)]
    _, figures["anchor on article"] = best(
        lambda: [readers.bind_submission(one, key.exercise) for one in loaded])
    results, figures["grade"] = best(
        lambda: [grader.grade(s.annotations, key.scheme, key.pass_mark) for s in read])
    _, figures["JSON entry"] = best(lambda: [json_entry(Graded(file="x"), r) for r in results])
    gc.enable()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--spans", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    parser.add_argument("--keep", metavar="DIR", help="build the files in DIR and keep them")
    parser.add_argument("--stages", action="store_true",
                        help="also print where one file's time goes, stage by stage")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as temp:
        folder = Path(args.keep or temp)
        folder.mkdir(parents=True, exist_ok=True)
        names = build(folder, args.submissions, args.spans)
        cli = time_cli(folder, names, args.runs)
        bare = time_lxml(folder, names, args.runs)
        bare_command = time_lxml_command(folder, names, args.runs)
        other = time_nervaluate(folder, names, max(1, args.runs - 2))
        stages = time_stages(folder, names, args.runs) if args.stages else {}
    print(f"annotator grade --json (whole command): {cli:7.2f} s")
    print(f"lxml parsing the same files alone:      {bare:7.2f} s   "
          f"grade / parsing = {cli / bare:.1f}x (in-process loop)")
    print(f"  the same as a command (new process):  {bare_command:7.2f} s   "
          f"grade / parsing = {cli / bare_command:.1f}x (like for like; goal <= 3x)")
    if other is not None:
        print(f"nervaluate on the same spans:           {other:7.2f} s   "
              f"grade / nervaluate = {cli / other:.2f}x (goal <= 1x)")
    print(f"goal: under 3 s in total: {'met' if cli < 3 else 'not met'}")
    if stages:
        print(f"one file, stage by stage (one worker; lxml alone: "
              f"{1000 * bare / len(names):.3f} ms a file):")
        for stage, ms in stages.items():
            print(f"  {stage:<20} {ms:6.3f} ms")
        print(f"  {'sum':<20} {sum(stages.values()):6.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
