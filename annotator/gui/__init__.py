"""The Qt layer: windows and widgets over the core. Only this package imports PySide6."""
