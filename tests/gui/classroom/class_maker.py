"""A realistic class of submissions on the bundled first exercise, for tests, screenshots
and the benchmark.

    python tests/gui/classroom/class_maker.py OUT_FOLDER [--size 25] [--seed 7]

Trainees differ in skill, and expert passages in difficulty (the caption
and the wrong date are easy to miss, the headline frame hard to miss), so
the class overview shows what a real class shows: a few passages most
missed, the same extras marked by many, attributions taken for claims.
``broken`` and ``foreign`` add an unreadable file and one made for another
exercise; ``duplicate`` an older copy of a trainee's file.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from annotator import bundled
from annotator.core.model import Annotation, Check, Submission, Trainee
from annotator.services.attempts import next_attempt
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import to_bytes

FIRST_NAMES = ["Ana", "Bruno", "Carla", "Diego", "Elena", "Fátima", "Gonzalo", "Hugo", "Inés",
               "Javier", "Lucía", "Mateo", "Nuria", "Óscar", "Paula", "Quique", "Rocío",
               "Sergio", "Tomás", "Úrsula", "Valeria", "Xavier", "Yolanda", "Zoe", "Iker",
               "Noa", "Marc", "Aitana", "Jorge", "Sofía"]
SURNAMES = ["Pérez", "García", "López", "Martín", "Sánchez", "Gómez", "Ruiz", "Díaz", "Núñez",
            "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez",
            "Ramos", "Gil", "Serrano", "Blanco", "Castro", "Ortega", "Rubio", "Marín"]
# How easily each expert passage is found (0..1); the rest default to 0.6.
EASE = {"k1": 0.95, "k2": 0.7, "k3": 0.85, "k4": 0.55, "k5": 0.6, "k6": 0.8, "k7": 0.9,
        "k8": 0.5, "k9": 0.35, "k10": 0.65, "k11": 0.55, "k13": 0.3, "k14": 0.6,
        "k15": 0.45, "k16": 0.25, "k17": 0.4, "k18": 0.5, "k19": 0.7}
# Passages many trainees mark that the expert did not (quote, category, how many).
POPULAR_EXTRAS = [("Kim Jong-un", "claim", 0.45), ("Putin conversa con Kim Jong-un", "claim", 0.3),
                  ("Celebración compartida", "claim", 0.15)]
# Categories trainees confuse: an attribution often taken for a claim, and so on.
CONFUSED = {"attribution": "claim", "framing": "claim", "claim": "framing"}

EXERCISE = read_exercise(bundled.first_exercise()).document


def trainee_submission(number: int, rng: random.Random, saved_at: str,
                       skill_shift: float = 0.0) -> Submission:
    text = EXERCISE.article.text
    skill = min(1.0, max(0.15, rng.gauss(0.62, 0.2) + skill_shift))
    marks: list[tuple[int, int, str]] = []
    for k in EXERCISE.key:
        chance = EASE.get(k.id, 0.5) * (0.5 + skill)
        if rng.random() > chance:
            continue
        start, end, category = k.start, k.end, k.category
        if rng.random() > skill:  # a less careful trainee: wider or narrower
            start = max(0, start - rng.randint(0, 12))
            end = min(len(text), max(start + 3, end + rng.randint(-8, 10)))
        if rng.random() < 0.18 * (1.2 - skill):
            category = CONFUSED[category]
        marks.append((start, end, category))
    for quote, category, share in POPULAR_EXTRAS:
        if rng.random() < share:
            start = text.index(quote)
            marks.append((start, start + len(quote), category))
    for _ in range(rng.randint(0, 3)):
        start = rng.randrange(len(text) - 60)
        marks.append((start, start + rng.randint(8, 50), rng.choice(EXERCISE.tagset.ids())))
    judge = random.Random(f"{number}-features")  # its own draws: the marks stay as they were
    values = [_judgement(text, s, e, c, skill, judge) for s, e, c in marks]
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    last = SURNAMES[(number * 7) % len(SURNAMES)]
    return Submission(
        exercise=EXERCISE.id, exercise_version="1", text_sha256=EXERCISE.article.sha256,
        trainee=Trainee(id=f"s{number + 1:04d}", name=f"{first} {last}"), saved_at=saved_at,
        annotations=[Annotation(id=f"a{i}", category=c, start=s, end=e, quote=text[s:e],
                                features=v)
                     for i, ((s, e, c), v) in enumerate(zip(marks, values, strict=True), start=1)],
    )


def with_two_attempts(submission: Submission, number: int, seed: int) -> Submission:
    """The same trainee having handed in twice: a weaker first try, checked, then this work."""
    first = trainee_submission(number, random.Random(seed * 1000 + number),
                               "2025-03-10T09:40:00+01:00", skill_shift=-0.25)
    attempts = []
    for marks, at in ((first.annotations, "2025-03-10T08:40:00Z"),
                      (submission.annotations, "2025-03-10T09:10:00Z")):
        attempts.append(next_attempt(attempts, marks).model_copy(
            update={"handed_in_at": at}))
    check = Check(at="2025-03-10T08:41:00Z", attempt=1, key_sha256="0" * 64, unlocked=True)
    return submission.model_copy(update={"attempts": attempts, "checks": [check]})


def _judgement(text: str, start: int, end: int, category: str, skill: float,
               rng: random.Random) -> dict[str, str]:
    """The trainee's answers (scoring.md §10): the expert's value more often the more skilled;
    "official" for a source that is also interested is the common half-right answer."""
    values: dict[str, str] = {}
    category_model = EXERCISE.tagset.get(category)
    key = next((k for k in EXERCISE.key if k.category == category and k.start < end
                and start < k.end), None)
    for feature in category_model.features:
        if feature.kind != "choice" or rng.random() < 0.15:  # some leave it for later
            continue
        accepted = key.accepted.get(feature.id, []) if key else []
        if accepted and rng.random() < 0.35 + 0.5 * skill:
            values[feature.id] = accepted[0]
        else:
            values[feature.id] = rng.choice(feature.value_ids())
    return values


def make_class(folder: Path, size: int = 25, seed: int = 7, broken: bool = False,
               foreign: bool = False, duplicate: bool = False,
               attempts: bool = False) -> list[Path]:
    """Write ``size`` trainees' submissions (and the odd files asked for) into ``folder``.

    With ``attempts`` every trainee handed in twice (attempts.md).
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    for number in range(size):
        submission = trainee_submission(number, rng, "2025-03-10T10:15:00+01:00")
        if attempts:
            submission = with_two_attempts(submission, number, seed)
        slug = submission.trainee.name.split()[0].lower()
        path = folder / f"{number + 1:04d}-{slug}.submission.xml"
        path.write_bytes(to_bytes(submission))
        written.append(path)
    if duplicate:  # an older copy of the first trainee's work, from a USB stick
        older = trainee_submission(0, random.Random(seed + 1), "2025-03-10T09:00:00+01:00")
        path = folder / "usb-copy.submission.xml"
        path.write_bytes(to_bytes(older.model_copy(update={"annotations": []})))
        written.append(path)
    if broken:
        path = folder / "broken.submission.xml"
        path.write_text("<submission><annotations", encoding="utf-8")
        written.append(path)
    if foreign:
        other = trainee_submission(size + 1, rng, "2025-03-10T10:15:00+01:00")
        path = folder / "other-exercise.submission.xml"
        path.write_bytes(to_bytes(other.model_copy(update={"exercise": "otro-ejercicio"})))
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", type=int, default=25)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--odd-files", action="store_true",
                        help="also a broken file, a foreign one and an older duplicate")
    parser.add_argument("--attempts", action="store_true",
                        help="every trainee handed in twice (a weaker first attempt)")
    args = parser.parse_args()
    odd = args.odd_files
    files = make_class(args.folder, args.size, args.seed, odd, odd, odd, args.attempts)
    print(f"{len(files)} files in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
