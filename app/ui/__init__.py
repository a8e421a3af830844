"""The Qt workstation: widgets and item models that render the core's state (see main_window.py)."""
