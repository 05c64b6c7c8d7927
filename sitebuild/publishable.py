"""What may be published from docs/: Markdown pages and raster images, in plain files with plain names.

Everything else in docs/ would be copied to the site unchecked (an .html page with a script, an .svg
with a script, a .js file the CSP's 'self' allows, a symlink to a file outside the repository), so it
stops the build. Reserved paths, two files for one address, names readers and servers trip over, a
hand-written page where a generated one goes, and front matter that is unsafe to parse are errors too.
"""
from __future__ import annotations

import os
import re
import unicodedata

from . import yaml_lines
from .parts import Parts
from .problems import Problem

PAGE_TYPES = (".md",)
# Raster formats only: none of them can carry script. SVG can, so it is not published.
IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".avif")
# Checked for their magic bytes, so an HTML file renamed to .png is not served as an image.
MAGIC = {".png": (b"\x89PNG\r\n\x1a\n",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",),
         ".gif": (b"GIF87a", b"GIF89a"), ".webp": (b"RIFF",), ".avif": (b"\x00\x00\x00",)}
RESERVED = ("search", "assets", "_deploy", "_headers", "404.html", "sitemap.xml", "sitemap.xml.gz")  # and every part's folder
SKIPPED_DIRS = ("_mallar",)          # templates for editors (exclude_docs in mkdocs.yml)
SKIPPED_FILES = ("README.md",)
GOOD_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9]+)?$")
NAME_FIX = ("byt namn på filen till små bokstäver a–z, siffror och bindestreck, utan mellanslag och åäö "
            "(till exempel `stod-till-anhoriga.md`) och uppdatera länkarna till den")


def _suggest(name: str) -> str:
    base = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.]+", "-", base).strip("-")


def check_tree(docs_dir: str, generated: set[str], parts: Parts) -> list[Problem]:
    """Every problem with what is in docs/. `generated` holds `sv/kontakter/index.md`-style paths the build makes;
    `parts` the folders pages may be in (a part's folder name is reserved inside the others: its URL)."""
    problems: list[Problem] = []
    folders = parts.keys
    prefixes = tuple(p.url.strip("/") for p in parts.all if p.url)
    urls: dict[str, str] = {}
    for folder, dirs, names in os.walk(docs_dir, followlinks=False):
        rel_folder = os.path.relpath(folder, docs_dir).replace(os.sep, "/")
        rel_folder = "" if rel_folder == "." else rel_folder
        if rel_folder == "":
            dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
        for d in list(dirs):
            full = os.path.join(folder, d)
            shown = f"docs/{rel_folder + '/' if rel_folder else ''}{d}"
            if os.path.islink(full):
                problems.append(Problem(shown, 1, "mappen är en symbolisk länk",
                                        "ersätt länken med en riktig mapp; bygget publicerar inget utanför repositoriet"))
                dirs.remove(d)
            elif not GOOD_NAME.match(d) and not d.startswith("_"):
                problems.append(Problem(shown, 1, f"mappnamnet `{d}` har tecken som inte fungerar i webbadresser",
                                        NAME_FIX.replace("filen", "mappen").replace("`stod-till-anhoriga.md`", f"`{_suggest(d)}`")))
        for name in sorted(names):
            rel = f"{rel_folder}/{name}" if rel_folder else name
            shown = f"docs/{rel}"
            full = os.path.join(folder, name)
            if not rel_folder and name in SKIPPED_FILES:
                continue
            problems += _check_file(full, rel, shown, name, generated, urls, folders, prefixes)
    return problems


def _check_file(full, rel, shown, name, generated, urls, folders, prefixes) -> list[Problem]:
    if os.path.islink(full):
        return [Problem(shown, 1, "filen är en symbolisk länk",
                        "ersätt länken med en riktig fil; bygget publicerar inget utanför repositoriet")]
    if not os.path.isfile(full):
        return [Problem(shown, 1, "det här är ingen vanlig fil", "ta bort den ur docs/")]
    ext = os.path.splitext(name)[1].lower()
    if ext not in PAGE_TYPES + IMAGE_TYPES:
        what = "SVG-bilder publiceras inte (de kan innehålla skript)" if ext == ".svg" else f"filtypen `{ext or name}` publiceras inte"
        return [Problem(shown, 1, what, "docs/ får bara innehålla sidor (.md) och bilder i PNG, JPEG, WebP, GIF eller AVIF; "
                                        "spara en SVG som PNG och ta bort andra filer")]
    problems = []
    if not GOOD_NAME.match(name):
        fix = NAME_FIX.replace("`stod-till-anhoriga.md`", f"`{_suggest(name)}`")
        problems.append(Problem(shown, 1, f"filnamnet `{name}` har tecken som inte fungerar i webbadresser", fix))
    part = rel.split("/", 1)[0]
    if "/" not in rel or part not in folders:
        problems.append(Problem(shown, 1, "filen ligger utanför språkmapparna",
                                f"flytta den till en av mapparna {', '.join('docs/' + d for d in folders)}"))
        return problems
    inner = rel.split("/", 1)[1]
    if inner.split("/", 1)[0] in RESERVED + prefixes or inner in RESERVED:
        problems.append(Problem(shown, 1, f"sökvägen `{inner.split('/', 1)[0]}` är reserverad för webbplatsens egna filer",
                                "byt namn på filen eller mappen"))
    if ext in IMAGE_TYPES:
        with open(full, "rb") as fh:
            head = fh.read(16)
        if not head.startswith(MAGIC[ext]):
            problems.append(Problem(shown, 1, f"filen är inte en riktig {ext[1:].upper()}-bild",
                                    "spara bilden på nytt i ett bildprogram med rätt format"))
        return problems
    if rel in generated:
        problems.append(Problem(shown, 1, "sidan skapas av bygget från en datafil och skulle ersättas",
                                "ta bort filen och ändra i datafilen i stället (data/regions.yaml eller git-historiken för ändringssidan)"))
    url = inner[:-3]
    url = url[: -len("index")] if url == "index" or url.endswith("/index") else url + "/"
    key = f"{part}/{url}"
    if key in urls:
        problems.append(Problem(shown, 1, f"två filer ger samma adress: {urls[key]} och {shown}",
                                "ta bort eller byt namn på en av dem (till exempel `ny.md` eller `ny/index.md`, inte båda)"))
    urls.setdefault(key, shown)
    problems += _check_page_text(full, shown)
    return problems


def _check_page_text(full: str, shown: str) -> list[Problem]:
    """UTF-8 and a front matter that is safe to hand to MkDocs' own YAML reading."""
    try:
        text = yaml_lines.read_text(full, shown)
        fm, start = yaml_lines.front_matter_text(text)
        if fm:
            yaml_lines.scan(fm, shown, line_offset=start - 1)
    except yaml_lines.YamlSyntaxError as exc:
        return [exc.problem]
    return []
