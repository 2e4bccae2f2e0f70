"""The Qt window over the core: article view, highlights, panels, saving, recovery."""
