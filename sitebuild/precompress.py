"""Write .gz (and .br where the brotli package is installed) next to text files, for servers to send as is."""
from __future__ import annotations

import gzip
import os
from concurrent.futures import ThreadPoolExecutor

try:
    import brotli
except ImportError:  # brotli is optional; gzip alone is enough for nginx's gzip_static
    brotli = None

EXTENSIONS = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")  # not source maps: no reader loads them
MIN_SIZE = 1024


def _compress(path: str) -> bool:
    with open(path, "rb") as fh:
        data = fh.read()
    if len(data) < MIN_SIZE:
        return False
    with open(path + ".gz", "wb") as fh:
        fh.write(gzip.compress(data, compresslevel=9 if len(data) < 200_000 else 6, mtime=0))
    if brotli is not None:
        with open(path + ".br", "wb") as fh:
            fh.write(brotli.compress(data, quality=5))  # 9 costs several times the time for a few % smaller files
    return True


def compress_tree(root: str) -> int:
    paths = [os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names if name.endswith(EXTENSIONS)]
    # zlib and brotli release the GIL, so threads use every core.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return sum(pool.map(_compress, paths))
