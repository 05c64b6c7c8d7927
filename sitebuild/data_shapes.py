"""The shape of the small data files (owners, sources, glossary, actors, county map): each field of the
kind the build expects, so a list where text belongs is a Swedish `fil:rad:` error, never a traceback.

Fields not named here are left alone (other checks own them); data/regions.yaml and the process files
have their own loaders with line-level checks.
"""
from __future__ import annotations

import datetime as dt

from .parts import Parts
from .problems import Problem

TEXT = "text"
TEXT_OR_DATE = "text eller datum"
FLAG = "true eller false"
NUMBER = "heltal"
CODE = "text med siffror"
KIND = {TEXT: (str,), TEXT_OR_DATE: (str, dt.date), FLAG: (bool,), NUMBER: (int,), CODE: (str, int)}


class Each:
    """A mapping whose keys the editor chooses (owner keys, report keys…), each value of `shape`."""

    def __init__(self, shape, at_least_one: bool = True):
        self.shape, self.at_least_one = shape, at_least_one


class ListOf:
    def __init__(self, shape, at_least_one: bool = True):
        self.shape, self.at_least_one = shape, at_least_one


def required(shape):
    return ("required", shape)


REPORT = {"title": required(TEXT), "issuer": required(TEXT), "diary": required(TEXT), "date": required(TEXT_OR_DATE), "kind": required(TEXT)}
TERM_TEXTS = {"expansion": TEXT, "explanation": required(TEXT)}
TILE = {"row": required(NUMBER), "col": required(NUMBER), "label": required(TEXT)}

SOURCE = {"report": TEXT, "section": TEXT}
TEXTS = None  # set below: text per language


class _Texts(Each):
    pass


TEXTS = _Texts(TEXT, at_least_one=False)
REGION = {"id": TEXT, "name": TEXTS, "how_to_reach": TEXTS, "source": SOURCE}
CONTACT = {"kind": TEXT, "value": CODE, "label": TEXTS, "source": SOURCE, "verified": TEXT_OR_DATE}
COUNTY = {"slug": TEXT, "code": CODE, "name": TEXTS, "police_region": TEXT, "municipality_count": NUMBER,
          "municipalities": ListOf({"code": CODE, "name": TEXT}, at_least_one=False),
          "contacts": ListOf(CONTACT, at_least_one=False)}
STEP = {"id": TEXT, "actors": ListOf(TEXT, at_least_one=False), "title": TEXTS, "what_happens": TEXTS,
        "you_can_expect": TEXTS, "links": ListOf(TEXT, at_least_one=False), "sources": ListOf(SOURCE, at_least_one=False),
        "join": TEXT, "after": TEXT}
PROCESS = {"id": TEXT, "title": TEXTS, "synthesis": FLAG, "note": TEXTS, "steps": ListOf(STEP),
           "side_paths": ListOf(STEP, at_least_one=False)}



def shapes(parts: Parts) -> dict:
    """Per-language fields follow the parts declaration: a declared language without its key is a
    `fil:rad` error naming the key (owners: one name per language; actors: per part, youth included;
    glossary: the languages with generated pages and the youth part)."""
    every = {p.key: required(TEXT) for p in parts.all}
    owner = {p.key: required(TEXT) for p in parts.languages} | {"team": required(TEXT)}
    term = ({"term": required(TEXT), "abbr": FLAG, "source": {"report": required(TEXT), "section": TEXT}}
            | {p.key: required(TERM_TEXTS) for p in parts.generated} | {p.key: required(TEXT) for p in parts.all if p.youth})
    county = COUNTY | {"board_work": {p.key: TEXT for p in parts.generated} | {"source": SOURCE}}
    return {
        "data/regions.yaml": {"reviewed": TEXT_OR_DATE, "review_by": TEXT_OR_DATE, "police_regions": ListOf(REGION),
                              "counties": ListOf(county)},
        "data/owners.yaml": {"owners": required(Each(owner))},
        "data/sources.yaml": {"reports": required(Each(REPORT))},
        "data/glossary.yaml": {"terms": required(ListOf(term))},
        "data/actors.yaml": {"actors": required(Each(every | {"page": TEXT}))},
        "data/county-map.yaml": Each(TILE),
    }


def check(path: str, doc, parts: Parts) -> list[Problem]:
    shape = shapes(parts).get(path, PROCESS if path.startswith("data/processes/") else None)
    return _check(path, doc, shape, "filen") if shape is not None else []


def _describe(shape) -> str:
    if isinstance(shape, dict) or isinstance(shape, Each):
        return "ett block med fält"
    if isinstance(shape, ListOf):
        return "en lista (rader som börjar med -)"
    return shape


def _check(path, node, shape, where) -> list[Problem]:
    if isinstance(shape, tuple) and shape[0] == "required":
        shape = shape[1]
    value = node.value
    fix = f"skriv {where} som {_describe(shape)}; jämför med versionen i repositoriet (git diff)"
    if isinstance(shape, str):
        ok = isinstance(value, KIND[shape]) and not (shape == NUMBER and isinstance(value, bool))
        return [] if ok else [Problem(path, node.line, f"{where} ska vara {shape}", fix)]
    if isinstance(shape, ListOf):
        if not isinstance(value, list):
            return [Problem(path, node.line, f"{where} ska vara en lista", fix)]
        if shape.at_least_one and not value:
            return [Problem(path, node.line, f"{where} är tom", "återställ posterna från repositoriet; en tom lista tar bort allt tyst")]
        return [p for i, child in enumerate(node) for p in _check(path, child, shape.shape, f"post {i + 1} i {where}")]
    if not isinstance(value, dict):
        return [Problem(path, node.line, f"{where} ska vara ett block med fält", fix)]
    if isinstance(shape, Each):
        if shape.at_least_one and not value:
            return [Problem(path, node.line, f"{where} är tom", "återställ posterna från repositoriet; ett tomt block tar bort allt tyst")]
        return [p for key, child in node.items() for p in _check(path, child, shape.shape, f"`{key}`")]
    problems = []
    for key, field in shape.items():
        child = node.get(key)
        if child is None or child.value is None:
            if isinstance(field, tuple) and field[0] == "required":
                problems.append(Problem(path, node.line, f"{where} saknar fältet `{key}`", f"lägg till `{key}:` under {where}"))
            continue
        problems += _check(path, child, field, f"`{key}` i {where}" if where != "filen" else f"`{key}`")
    return problems
