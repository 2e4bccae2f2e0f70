"""Qt's own Open and Save pictures, without the style's Python class.

The toolbar needs two pictures that Qt's common style takes from Qt's
resources; asking the style for them loads its Python class and its
hundreds of enum values, about 6 ms of every start on a school laptop. So
they are read from those resources; a Qt without them gets the style's.
Either way the toolbar looks the same on every machine of a class.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

_QT_PICTURE = ":/qt-project.org/styles/commonstyle/images/standardbutton-{name}-{size}.png"
_STYLE_PIXMAP = {"open": "SP_DialogOpenButton", "save": "SP_DialogSaveButton"}


def dialog_icon(widget, name: str) -> QIcon:
    """``name``: "open" or "save"."""
    icon = QIcon()
    for size in (16, 32, 128):  # a file that is not there adds nothing
        icon.addFile(_QT_PICTURE.format(name=name, size=size))
    if not icon.availableSizes():
        style = widget.style()
        icon = style.standardIcon(getattr(style.StandardPixmap, _STYLE_PIXMAP[name]))
    return icon
