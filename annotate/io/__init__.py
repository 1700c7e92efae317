"""Exports and imports: one module per format, pure functions ``write_x(selection, path)`` / ``read_x(...)``."""
