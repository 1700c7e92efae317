"""``python -m imagery.synthetic [OUT_DIR]`` regenerates the sample tiles."""

import sys

from .generate import generate_all

for path in generate_all(sys.argv[1] if len(sys.argv) > 1 else "sample_tiles"):
    print(path, path.stat().st_size)
