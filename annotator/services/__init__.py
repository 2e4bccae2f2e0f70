"""Use cases over the domain: the jobs that read and write files.

Grading a class folder, keeping the trainee's journal, importing plain text
and web pages, writing gradebooks and reports. Each job builds on the pure
domain in ``annotator.core`` and the file formats in ``annotator.xmlio``; the
GUI and the command line call these jobs and never the other way round. See
``docs/architecture.md``.
"""
