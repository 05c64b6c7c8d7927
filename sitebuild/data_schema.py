"""The shape of every data file, checked against the JSON schemas in data/schema/, errors in Swedish with lines.

Schemas say which fields exist and what kind of value each holds (unknown fields are errors, so a typo
like `linkss:` is caught). Whether a value refers to something that exists – an owner, a report, an
actor, a step – is checked by the loaders in code. A schema may give a field a Swedish hint in `x-hur`.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from . import yaml_lines
from .parts import Parts
from .problems import Problem

SCHEMA_DIR = os.path.join("data", "schema")
# data file (relative to the repository) -> schema file in data/schema/
FILES = {
    "data/owners.yaml": "owners.schema.json",
    "data/sources.yaml": "sources.schema.json",
    "data/glossary.yaml": "glossary.schema.json",
    "data/actors.yaml": "actors.schema.json",
    "data/county-map.yaml": "county-map.schema.json",
    "data/ui.yaml": "ui.schema.json",
    "data/regions.yaml": "regions.schema.json",
    "data/navigation.yaml": "navigation.schema.json",
    "data/search.yaml": "search.schema.json",
}
PROCESS_FOLDER, PROCESS_SCHEMA = "data/processes", "process.schema.json"
KINDS = {"string": "text", "integer": "ett heltal", "number": "ett tal", "boolean": "true eller false",
         "array": "en lista", "object": "en grupp av fält (med indrag)", "null": "tom"}


def data_files(root: str) -> list[tuple[str, str]]:
    """(data file, schema file) for every data file that exists, process maps included."""
    out = [(rel, schema) for rel, schema in FILES.items() if os.path.exists(os.path.join(root, rel))]
    folder = os.path.join(root, PROCESS_FOLDER)
    if os.path.isdir(folder):
        out += [(f"{PROCESS_FOLDER}/{n}", PROCESS_SCHEMA) for n in sorted(os.listdir(folder)) if n.endswith(".yaml")]
    return out


def _per_part(schema, parts: Parts):
    """A block with `"x-keys": {"parts" | "languages" | "generated" | "youth": shape}` gets one field of that
    shape per such part (every part; the languages; the languages with generated pages; the youth part) and
    no field beyond those and its own `properties`. So the schemas name no language, and a misspelt
    language key is an unknown field. Which keys must be there is checked in code (sitebuild/data_shapes.py)."""
    if isinstance(schema, list):
        return [_per_part(s, parts) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _per_part(v, parts) for k, v in schema.items()}
    if isinstance(out.get("x-keys"), dict):
        chosen = {"parts": parts.all, "languages": parts.languages, "generated": parts.generated,
                  "youth": tuple(p for p in parts.all if p.youth)}
        added = {p.key: shape for kind, shape in out["x-keys"].items() for p in chosen.get(kind, ())}
        out["properties"] = added | out.get("properties", {})
        out["additionalProperties"] = False
    return out


def _validators(root: str, parts: Parts) -> dict[str, Draft202012Validator]:
    folder = os.path.join(root, SCHEMA_DIR)
    schemas = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".schema.json"):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                schemas[name] = _per_part(json.load(fh), parts)
    registry = Registry().with_resources((name, Resource.from_contents(s)) for name, s in schemas.items())
    return {name: Draft202012Validator(s, registry=registry) for name, s in schemas.items()}


def _plain(value):
    """YAML values as JSON would have them: dates as ÅÅÅÅ-MM-DD text, keys as text."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return value


def _node_at(doc: yaml_lines.Located, path) -> yaml_lines.Located:
    node = doc
    for part in path:
        if isinstance(node.children, dict) and str(part) in node.children:
            node = node.children[str(part)]
        elif isinstance(node.children, list) and isinstance(part, int) and part < len(node.children):
            node = node.children[part]
        else:
            break
    return node


def _name(path) -> str:
    """`counties[3].contacts[0].kind` – where in the file, as the editor reads it."""
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "filen"


def _hint(schema) -> str | None:
    return schema.get("x-hur") if isinstance(schema, dict) else None


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _messages(error, doc, display) -> list[Problem]:
    path = list(error.absolute_path)
    where = _name(path)
    node = _node_at(doc, path)
    kind = error.validator
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        allowed = error.schema.get("properties", {})
        patterns = error.schema.get("patternProperties", {})
        extra = [k for k in error.instance if k not in allowed and not any(re.search(p, k) for p in patterns)]
        names = ", ".join(sorted(allowed)) or "inga"
        return [Problem(display, node.line_of(k), f"{where}: okänt fält `{_short(k)}`",
                        f"ta bort fältet eller rätta stavningen; tillåtna fält här: {names}") for k in extra]
    if kind == "required":
        missing = [k for k in error.validator_value if isinstance(error.instance, dict) and k not in error.instance]
        return [Problem(display, node.line, f"{where}: fältet `{k}` saknas", f"lägg till `{k}:` med rätt indrag")
                for k in missing]
    if kind == "propertyNames":
        return [Problem(display, node.line, f"{where}: ett namn har fel form",
                        _hint(error.validator_value) or "använd små bokstäver a–z, siffror och bindestreck")]
    hint = _hint(error.schema) or _hint(getattr(error, "parent", None) and error.parent.schema)
    if kind == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        what = " eller ".join(KINDS.get(w, w) for w in wanted)
        return [Problem(display, node.line, f"{where} ska vara {what}", hint or f"skriv {what} här")]
    if kind == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return [Problem(display, node.line, f"{where}: `{_short(error.instance)}` är inget tillåtet värde",
                        hint or f"använd en av: {allowed}")]
    if kind in ("minLength", "minItems", "minProperties"):
        return [Problem(display, node.line, f"{where} är tom", hint or "fyll i ett värde eller ta bort fältet")]
    if kind in ("pattern", "minimum", "maximum", "format"):
        return [Problem(display, node.line, f"{where}: `{_short(error.instance)}` har fel form", hint or "rätta värdet")]
    if kind == "anyOf":
        return [Problem(display, node.line, f"{where} har fel form", hint or "jämför med ett annat block i samma fil")]
    return [Problem(display, node.line, f"{where} har fel form", hint or "jämför med ett annat block i samma fil")]


def validate(doc: yaml_lines.Located, validator: Draft202012Validator, display: str) -> list[Problem]:
    problems = []
    for error in sorted(validator.iter_errors(_plain(doc.value)), key=lambda e: list(map(str, e.absolute_path))):
        problems += _messages(error, doc, display)
    return problems


def check(root: str, parts: Parts) -> list[Problem]:
    """Every data file against its schema. Files that cannot be read are reported by their loaders."""
    try:
        validators = _validators(root, parts)
    except (OSError, json.JSONDecodeError) as exc:
        return [Problem(SCHEMA_DIR, 1, f"schemana i {SCHEMA_DIR} går inte att läsa ({exc})",
                        "återställ mappen från repositoriet (git checkout data/schema)")]
    problems = []
    for rel, schema in data_files(root):
        try:
            doc = yaml_lines.load_file(os.path.join(root, rel), rel)
        except yaml_lines.YamlSyntaxError:
            continue
        if doc.value is None:
            continue
        problems += validate(doc, validators[schema], rel)
    return problems
