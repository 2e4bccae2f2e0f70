"""The class window: grade a whole class set, see it as a gradebook and on the article.

The grading, the overview figures, the gradebook files and the reports are
the Qt-free ones in annotator.core and annotator.services.reports (the same that
``annotator report`` uses); this package only shows them and writes them
where the instructor asks.
"""
