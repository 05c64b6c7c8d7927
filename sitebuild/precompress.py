"""Write .gz (and .br where the brotli package is installed) next to text files, for servers to send as is."""
from __future__ import annotations

import gzip
import os

try:
    import brotli
except ImportError:  # brotli is optional; gzip alone is enough for nginx's gzip_static
    brotli = None

EXTENSIONS = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")
MIN_SIZE = 1024


def compress_tree(root: str) -> int:
    count = 0
    for folder, _, names in os.walk(root):
        for name in names:
            if not name.endswith(EXTENSIONS):
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as fh:
                data = fh.read()
            if len(data) < MIN_SIZE:
                continue
            with open(path + ".gz", "wb") as fh:
                fh.write(gzip.compress(data, compresslevel=9, mtime=0))
            if brotli is not None:
                with open(path + ".br", "wb") as fh:
                    fh.write(brotli.compress(data, quality=9))
            count += 1
    return count
