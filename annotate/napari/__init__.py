"""The napari plugin and viewer launcher. The only part of the project that imports napari or Qt.

Importing this package does not import napari; its modules do, when used.
"""
