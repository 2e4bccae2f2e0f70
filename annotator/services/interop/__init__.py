"""Speaking other annotation tools' formats: W3C Web Annotation, UIMA CAS XMI, brat.

:mod:`.export` writes exercises (their key), submissions (their
annotations, with verdicts once graded) and class folders for those tools;
:mod:`.key_import` brings a key annotated there into an exercise. One
module per format (:mod:`.w3c`, :mod:`.xmi`, :mod:`.brat`) writes and reads
it; offsets stay code points into the canonical text throughout, and each
format module says how its own offsets relate to them.
"""
