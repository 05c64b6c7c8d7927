"""The build writes a .gz beside every text file a reader may fetch, with the file's exact content, for nginx's
gzip_static; no .br, which Debian's nginx (no brotli module) would never send."""
import gzip

from sitebuild.precompress import EXTENSIONS, MIN_SIZE


def test_every_text_file_has_a_fresh_gzip_twin_and_nothing_nginx_never_sends(site_dir):
    checked = 0
    for path in site_dir.rglob("*"):
        if not path.is_file() or not path.name.endswith(EXTENSIONS) or path.stat().st_size < MIN_SIZE:
            continue
        data = path.read_bytes()
        gz = path.with_name(path.name + ".gz")
        assert gz.exists(), f"{path.relative_to(site_dir)} has no precompressed twin"
        assert gzip.decompress(gz.read_bytes()) == data, f"{gz.relative_to(site_dir)} is stale"
        checked += 1
    assert checked > 100, checked
    assert (site_dir / "pagefind" / "pagefind.js.gz").exists()  # Pagefind's script, written after the pages
    assert not list(site_dir.rglob("*.br"))
