"""The build writes .gz and .br beside every text file a reader may fetch, with the file's exact content."""
import gzip

import brotli

from sitebuild.precompress import EXTENSIONS, MIN_SIZE


def test_every_text_file_has_fresh_gzip_and_brotli_twins(site_dir):
    checked = 0
    for path in site_dir.rglob("*"):
        if not path.is_file() or not path.name.endswith(EXTENSIONS) or path.stat().st_size < MIN_SIZE:
            continue
        data = path.read_bytes()
        gz, br = path.with_name(path.name + ".gz"), path.with_name(path.name + ".br")
        assert gz.exists() and br.exists(), f"{path.relative_to(site_dir)} has no precompressed twin"
        # Pages are compressed while the build goes on: a twin made before a last change would differ.
        assert gzip.decompress(gz.read_bytes()) == data, f"{gz.relative_to(site_dir)} is stale"
        assert brotli.decompress(br.read_bytes()) == data, f"{br.relative_to(site_dir)} is stale"
        checked += 1
    assert checked > 100, checked
    assert (site_dir / "pagefind" / "pagefind.js.br").exists()  # Pagefind's script, written after the pages
