"""The exercises shipped with the program, and what each file held when it shipped.

``SHIPPED`` maps each bundled exercise to the CRC-32 of its bytes. A file
that still matches is the one the tests read whole, with every check
(tests/test_shipped_exercises.py), so the window may paint it from its
first frame and read it without the schema (annotator/bundled.py). One that
does not, damaged on disk or edited after installing, is read whole before
anything of it is shown, like any file a user opens. A checksum, not a
signature: it tells a changed file, not a forged one; whoever can write here
can change the program too.

Kept by ``scripts/update_exercise_digests``; the tests fail when it is stale.
"""

SHIPPED = {
    "ejemplo-resuelto.exercise.xml": 0xccd5a711,
    "harbour-road-cycle-lane.exercise.xml": 0x075635ce,
    "huelga-castrelo-noticias.exercise.xml": 0x6139a4ba,
    "huelga-castrelo-voz.exercise.xml": 0xcb0cc014,
    "millbrook-flood.exercise.xml": 0x28467c58,
    "northgate-jobs.exercise.xml": 0x0a7ac710,
    "puente-valdemora.exercise.xml": 0x0812a528,
    "putin-kim-alaska.exercise.xml": 0xe1527b2a,
    "robos-puerto-sorell.exercise.xml": 0x9048be78,
    "worked-example.exercise.xml": 0x9b937d1d,
}
