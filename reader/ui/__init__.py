"""The Qt user interface: one module per pane; main_window.py wires them together."""
