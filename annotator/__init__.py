"""annotator: media-literacy annotation training.

The package is split in two: :mod:`annotator.core` and :mod:`annotator.xmlio`
know nothing of Qt (models, offsets, scoring, file formats) and
:mod:`annotator.gui` is a thin Qt layer over them.
"""

__version__ = "0.1.0"
