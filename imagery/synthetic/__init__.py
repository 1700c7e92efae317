"""Deterministic generator of the synthetic sample tiles in ``sample_tiles/``.

``python -m imagery.synthetic OUT_DIR`` writes, for each site and date, a tiled
JPEG COG with overviews (``<key>.tif``) whose metadata carries the acquisition
time, site, source and a "synthetic rendering" credit, and the ground truth of
every rendered object (``<key>.truth.json``). The scenes are drawings, not
imagery of the real places.
"""

from .generate import generate_all, write_tile

__all__ = ["generate_all", "write_tile"]
