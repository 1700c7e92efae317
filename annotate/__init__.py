"""The annotation domain: annotations, claims, links, the project store, exports, the CLI and the napari plugin."""

__version__ = "0.1.0"
