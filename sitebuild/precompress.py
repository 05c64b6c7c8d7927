"""Write .gz and .br next to text files, for servers to send as they are.

Theme assets (from their source, before they are copied) and pages (as they are built) are compressed
on other threads while the build goes on: zlib and brotli release the GIL, so that runs on the second
core. What is left – search indexes, the sitemap, 404 pages – is compressed at the end.
"""
from __future__ import annotations

import gzip
import os
from concurrent.futures import Future, ThreadPoolExecutor

import brotli

EXTENSIONS = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")  # not source maps: no reader loads them
MIN_SIZE = 1024


def compress_bytes(path: str, data: bytes) -> bool:
    """Write path.gz and path.br for `data`, the final content of `path`. Small files are left alone."""
    if len(data) < MIN_SIZE:
        return False
    os.makedirs(os.path.dirname(path), exist_ok=True)  # a page's folder may not be written yet
    with open(path + ".gz", "wb") as fh:
        fh.write(gzip.compress(data, compresslevel=6, mtime=0))  # 9 takes three times as long for 0.7 % smaller files
    with open(path + ".br", "wb") as fh:
        fh.write(brotli.compress(data, quality=5))  # 9 costs several times the time for a few % smaller files
    return True


def _read(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def compress_file(path: str) -> bool:
    return compress_bytes(path, _read(path))


def text_files(root: str) -> list[str]:
    return [os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names if name.endswith(EXTENSIONS)]


class Compressor:
    """Compress files in the background: `page()` for content as it is written, `finish()` for the rest."""

    def __init__(self, workers: int | None = None):
        self._pool = ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2)
        self._done: dict[str, Future] = {}

    def page(self, path: str, content: str) -> None:
        """`content` is what will be written to `path`; a later call for the same path replaces it."""
        path = os.path.abspath(path)
        if path in self._done:
            self._done[path].result()  # the older job must not finish last and leave stale files
        # Encoded as MkDocs writes pages, so the twin holds the same bytes as the file.
        self._done[path] = self._pool.submit(compress_bytes, path, content.encode("utf-8", errors="xmlcharrefreplace"))

    def copy_of(self, source: str, path: str) -> None:
        """`path` will be a copy of `source` (a theme asset): compress it now, from the source."""
        path = os.path.abspath(path)
        if path not in self._done:
            self._done[path] = self._pool.submit(lambda: compress_bytes(path, _read(source)))

    def finish(self, root: str, skip: set[str] = frozenset()) -> int:
        """Compress every text file under `root` not handed over already, except `skip`; wait for all.
        Returns how many files got twins."""
        skip = {os.path.abspath(p) for p in skip}
        for path in text_files(root):
            path = os.path.abspath(path)
            if path not in self._done and path not in skip:
                self._done[path] = self._pool.submit(compress_file, path)
        try:
            return sum(f.result() for f in self._done.values())
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Drop what has not started and wait for the rest: a failed build must not write into the next."""
        self._pool.shutdown(wait=True, cancel_futures=True)
