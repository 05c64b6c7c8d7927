"""The build writes a .gz beside every text file a reader may fetch, with the file's exact content, for nginx's
gzip_static; no .br, which Debian's nginx (no brotli module) would never send."""
import gzip
import json

from sitebuild.precompress import EXTENSIONS, MIN_SIZE
from sitebuild.search_index import lunr_scripts

LUNR = ("assets", "javascripts", "lunr")


def fetched(site_dir, path) -> bool:
    """Files in the theme's lunr folder are fetched only for the languages the search indexes use."""
    rel = path.relative_to(site_dir).parts
    if rel[:3] != LUNR:
        return True
    langs = {lang for index in site_dir.rglob("search_index.json") for lang in json.loads(index.read_text())["config"]["lang"]}
    return "/".join(rel[3:]) in lunr_scripts(langs)


def test_every_text_file_has_a_fresh_gzip_twin_and_nothing_nginx_never_sends(site_dir):
    checked = 0
    for path in site_dir.rglob("*"):
        if not path.is_file() or not path.name.endswith(EXTENSIONS) or path.stat().st_size < MIN_SIZE or not fetched(site_dir, path):
            continue
        data = path.read_bytes()
        gz = path.with_name(path.name + ".gz")
        assert gz.exists(), f"{path.relative_to(site_dir)} has no precompressed twin"
        assert gzip.decompress(gz.read_bytes()) == data, f"{gz.relative_to(site_dir)} is stale"
        checked += 1
    assert checked > 100, checked
    assert (site_dir / "search" / "search_index.json.gz").exists()
    assert (site_dir / "assets" / "javascripts" / "lunr" / "min" / "lunr.sv.min.js.gz").exists()
    assert not list(site_dir.rglob("*.br"))
    assert not (site_dir / "assets" / "javascripts" / "lunr" / "wordcut.js.gz").exists()  # Thai and Hindi only
