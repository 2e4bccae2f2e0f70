"""Frozen-app start-up: tell Qt where its plugins are, without importing Qt.

This replaces PyInstaller's own PySide6 runtime hook, which imports
PySide6.QtCore when the process starts. That would load Qt (and 30 MB of
ICU) into `annotator --version`, `validate` and `grade`, which must run
without Qt. Of what that hook does, the app needs only the plugin path: the
qt.conf it would register is registered by PySide6's QtCore itself, from
the package's location, when the GUI first imports it.
"""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6")
if not sys.platform.startswith("win"):  # the wheels keep Qt in PySide6/Qt on Linux and macOS
    _qt = os.path.join(_qt, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
del _qt
