"""The county directory from data/regions.yaml: load, validate (Swedish errors with line numbers), render pages.

Every value from the file reaches HTML through `_e` (escaped); generated pages are Markdown with
HTML blocks built here, so `<script>` in a county text is shown as text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import yaml_lines
from .front_matter import as_date
from .links import relative
from .parts import Part, page_url
from .html_text import escape as _e
from .problems import Problem

DISPLAY = "data/regions.yaml"
POLICE_REGIONS = ("nord", "mitt", "stockholm", "ost", "vast", "syd", "bergslagen")
TOP_FIELDS = {"reviewed", "review_by", "police_regions", "counties"}
REGION_FIELDS = {"id", "name", "how_to_reach", "source"}
COUNTY_FIELDS = {"slug", "code", "name", "police_region", "municipality_count", "municipalities", "board_work", "contacts"}
COUNTY_REQUIRED = COUNTY_FIELDS - {"contacts"}
CONTACT_KINDS = ("phone", "email", "web", "address")
CONTACT_FIELDS = {"kind", "value", "label", "source", "verified"}
STALE_AFTER_DAYS = 365
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass
class County:
    slug: str
    code: str
    name: dict
    police_region: str
    municipalities: list  # [{code, name}]
    board_work: dict
    contacts: list = field(default_factory=list)
    line: int = 0


@dataclass
class Directory:
    regions: dict        # id -> {name, how_to_reach, source}
    counties: list       # [County] in file order
    reviewed: str = ""
    review_by: str = ""

    def region_counties(self, region_id: str) -> list:
        return [c for c in self.counties if c.police_region == region_id]

    def municipality_count(self) -> int:
        return sum(len(c.municipalities) for c in self.counties)


def _p(line, what, fix, severity="fel") -> Problem:
    return Problem(DISPLAY, line, what, fix, severity)


def _texts(node, name, where, langs) -> list[Problem]:
    value = node.get(name) if node is not None else None
    if value is None or not isinstance(value.value, dict):
        return [_p(node.line if node else 1, f"{where} saknar `{name}`", f"lägg till `{name}:` med {' och '.join(f'`{l}:`' for l in langs)}")]
    return [_p(value.line, f"{where}: `{name}` saknar text på `{lang}`", f"lägg till `{lang}: \"…\"` under `{name}`")
            for lang in langs if not str(value.value.get(lang) or "").strip()]


def _unknown_fields(node, allowed, where) -> list[Problem]:
    return [_p(child.line, f"{where}: okänt fält `{key}`", f"ta bort fältet eller rätta stavningen; tillåtna fält: {', '.join(sorted(allowed))}")
            for key, child in node.items() if key not in allowed]


def _check_contact(node, where, today, reports) -> list[Problem]:
    c = node.value if isinstance(node.value, dict) else {}
    problems = _unknown_fields(node, CONTACT_FIELDS, where)
    kind, value = c.get("kind"), str(c.get("value") or "")
    if kind not in CONTACT_KINDS:
        problems.append(_p(node.line_of("kind"), f"{where}: okänd kontakttyp `{kind}`", f"använd en av: {', '.join(CONTACT_KINDS)}"))
    if not c.get("source"):
        problems.append(_p(node.line, f"{where}: kontaktuppgiften saknar `source`",
                           "ange var uppgiften kommer ifrån: `source: {report: \"3428-2026\", section: \"…\"}`; utan källa ska uppgiften bort"))
    elif not isinstance(c["source"], dict) or c["source"].get("report") not in reports:
        problems.append(_p(node.line_of("source"), f"{where}: okänd källa i `source`",
                           f"använd `report:` med en nyckel från data/sources.yaml: {', '.join(reports)}"))
    verified = as_date(c.get("verified")) if c.get("verified") else None
    if not c.get("verified"):
        problems.append(_p(node.line, f"{where}: kontaktuppgiften saknar `verified`",
                           "ange datumet då uppgiften senast kontrollerades: `verified: 2026-11-25`"))
    elif verified is None:
        problems.append(_p(node.line_of("verified"), f"{where}: `verified` är inte ett datum", "skriv datumet som ÅÅÅÅ-MM-DD"))
    elif verified > today:
        problems.append(_p(node.line_of("verified"), f"{where}: `verified` ligger i framtiden ({verified})",
                           "skriv dagens datum eller det datum då uppgiften kontrollerades"))
    elif (today - verified).days > STALE_AFTER_DAYS:
        problems.append(_p(node.line_of("verified"), f"{where}: kontaktuppgiften kontrollerades senast {verified}, för mer än ett år sedan",
                           "kontrollera uppgiften och uppdatera `verified`", "varning"))
    line = node.line_of("value")
    if kind == "phone":
        import phonenumbers  # imported only when needed: with email_validator it adds ~35 ms to every build
        try:
            number = phonenumbers.parse(value, "SE")
            ok = phonenumbers.is_valid_number(number)
        except phonenumbers.NumberParseException:
            ok = False
        if not ok:
            problems.append(_p(line, f"{where}: `{value}` är inte ett giltigt telefonnummer", "skriv numret med riktnummer, till exempel 010-223 00 00"))
    elif kind == "email":
        import email_validator
        try:
            email_validator.validate_email(value, check_deliverability=False)
        except email_validator.EmailNotValidError:
            problems.append(_p(line, f"{where}: `{value}` är inte en giltig e-postadress", "skriv adressen som namn@myndighet.se"))
    elif kind == "web" and not re.match(r"^https://[^\s/]+\.[^\s/]+", value):
        problems.append(_p(line, f"{where}: webbadressen `{value}` börjar inte med https://",
                           "använd en säker adress som börjar med https://"))
    elif kind == "address" and not value.strip():
        problems.append(_p(line, f"{where}: adressen är tom", "skriv postadressen eller ta bort kontaktuppgiften"))
    return problems


def _mapping(value) -> dict:
    """A field that should hold fields per language; anything else has been reported as a problem."""
    return dict(value) if isinstance(value, dict) else {}


def load_text(text: str, reports, today: dt.date | None = None, langs: tuple = ()) -> tuple[Directory | None, list[Problem]]:
    """`langs`: the data keys every name and text needs (the languages with generated pages)."""
    today = today or dt.date.today()
    try:
        doc = yaml_lines.parse(text, DISPLAY)
    except yaml_lines.YamlSyntaxError as exc:
        return None, [exc.problem]
    if not isinstance(doc.value, dict):
        return None, [_p(1, "filen ska börja med fälten `police_regions:` och `counties:`", "se kommentaren överst i filen")]
    problems = _unknown_fields(doc, TOP_FIELDS, "filen")
    for name in ("reviewed", "review_by"):
        if as_date(doc.value.get(name)) is None:
            problems.append(_p(doc.line_of(name), f"fältet `{name}` saknas eller är inte ett datum", f"skriv `{name}: ÅÅÅÅ-MM-DD` överst i filen"))
    regions: dict = {}
    for node in doc.get("police_regions") or []:
        r = node.value if isinstance(node.value, dict) else {}
        rid = r.get("id")
        where = f"polisregion `{rid}`"
        problems += _unknown_fields(node, REGION_FIELDS, where)
        if rid not in POLICE_REGIONS:
            problems.append(_p(node.line_of("id"), f"okänd polisregion `{rid}`", f"använd en av: {', '.join(POLICE_REGIONS)}"))
            continue
        problems += _texts(node, "name", where, langs) + _texts(node, "how_to_reach", where, langs)
        regions[rid] = r
    for rid in POLICE_REGIONS:
        if rid not in regions:
            problems.append(_p(doc.line_of("police_regions"), f"polisregion `{rid}` saknas", "lägg till regionen under `police_regions:`"))
    counties, slugs, codes = [], {}, {}
    municipality_seen: dict = {}
    for node in doc.get("counties") or []:
        c = node.value if isinstance(node.value, dict) else {}
        slug = c.get("slug")
        where = f"län `{slug or c.get('code') or '?'}`"
        problems += _unknown_fields(node, COUNTY_FIELDS, where)
        for name in sorted(COUNTY_REQUIRED - set(c)):
            problems.append(_p(node.line, f"{where} saknar fältet `{name}`", f"lägg till `{name}:` under länet"))
        if slug is not None and (not isinstance(slug, str) or not SLUG.match(slug)):
            problems.append(_p(node.line_of("slug"), f"{where}: `slug` får bara ha små bokstäver a–z, siffror och bindestreck",
                               "skriv till exempel `slug: vastra-gotaland`"))
        if slug in slugs:
            problems.append(_p(node.line_of("slug"), f"länet `{slug}` finns två gånger (även rad {slugs[slug]})", "ta bort dubbletten"))
        slugs.setdefault(slug, node.line)
        code = str(c.get("code") or "")
        if "code" in c and not re.fullmatch(r"\d{2}", code):
            problems.append(_p(node.line_of("code"), f"{where}: länskoden `{code}` ska vara två siffror", "skriv koden inom citattecken, till exempel `code: \"25\"`"))
        if code in codes:
            problems.append(_p(node.line_of("code"), f"länskoden `{code}` används två gånger (även rad {codes[code]})", "rätta länskoden"))
        codes.setdefault(code, node.line)
        if "police_region" in c and c.get("police_region") not in POLICE_REGIONS:
            problems.append(_p(node.line_of("police_region"), f"{where}: okänd polisregion `{c.get('police_region')}`",
                               f"använd en av: {', '.join(POLICE_REGIONS)}"))
        if "name" in c:
            problems += _texts(node, "name", where, langs)
        if "board_work" in c:
            problems += _texts(node, "board_work", where, langs)
            source = (c.get("board_work") or {}).get("source") if isinstance(c.get("board_work"), dict) else None
            if not isinstance(source, dict) or source.get("report") not in reports:
                problems.append(_p(node.get("board_work").line, f"{where}: `board_work` saknar giltig `source`",
                                   "ange `source: {report: \"3428-2026\", section: \"…\"}`"))
        munis = []
        for mnode in node.get("municipalities") or []:
            m = mnode.value if isinstance(mnode.value, dict) else {}
            mcode, mname = str(m.get("code") or ""), str(m.get("name") or "").strip()
            if not re.fullmatch(r"\d{4}", mcode) or not mname:
                problems.append(_p(mnode.line, f"{where}: kommunen behöver `code` (fyra siffror) och `name`",
                                   "skriv till exempel `- {code: \"2584\", name: Kiruna}`"))
                continue
            if code and not mcode.startswith(code):
                problems.append(_p(mnode.line, f"{where}: kommunkoden {mcode} ({mname}) börjar inte med länskoden {code}",
                                   "kontrollera att kommunen står under rätt län"))
            for key in (("code", mcode), ("name", mname.casefold())):
                if key in municipality_seen:
                    other = municipality_seen[key]
                    problems.append(_p(mnode.line, f"kommunen {mname} ({mcode}) finns redan på rad {other[0]} under {other[1]}",
                                       "en kommun får bara stå en gång, under sitt eget län"))
                    break
            municipality_seen.setdefault(("code", mcode), (mnode.line, where))
            municipality_seen.setdefault(("name", mname.casefold()), (mnode.line, where))
            munis.append({"code": mcode, "name": mname})
        declared = c.get("municipality_count")
        if isinstance(declared, int) and declared != len(munis):
            problems.append(_p(node.line_of("municipality_count"),
                               f"{where}: `municipality_count` är {declared} men listan har {len(munis)} kommuner",
                               "lägg till eller ta bort kommuner, eller rätta antalet"))
        elif "municipality_count" in c and not isinstance(declared, int):
            problems.append(_p(node.line_of("municipality_count"), f"{where}: `municipality_count` ska vara ett heltal", "skriv antalet kommuner, till exempel 14"))
        contacts = []
        for i, cnode in enumerate(node.get("contacts") or []):
            problems += _check_contact(cnode, f"{where}, kontakt {i + 1}", today, reports)
            contacts.append(cnode.value)
        counties.append(County(slug or "", code, _mapping(c.get("name")), c.get("police_region"), munis,
                               _mapping(c.get("board_work")), contacts, node.line))
    return Directory(regions, counties, str(doc.value.get("reviewed", "")), str(doc.value.get("review_by", ""))), problems


def load(path: str, reports, today: dt.date | None = None, langs: tuple = ()) -> tuple[Directory | None, list[Problem]]:
    try:
        with open(path, encoding="utf-8") as fh:
            return load_text(fh.read(), reports, today, langs)
    except FileNotFoundError:
        return None, [_p(1, "filen finns inte", "återställ data/regions.yaml från repositoriet")]


# --- Rendering -------------------------------------------------------------------------------------



def generated_paths(directory: Directory) -> list[str]:
    """Pages (relative to a language folder) this module generates."""
    return ["kontakter/index.md", "kontakter/kommuner.md"] + [f"kontakter/{c.slug}.md" for c in directory.counties]


def _front_matter(title: str, description: str, directory: Directory, part: Part, path: str, reports: dict, source: str) -> str:
    lines = ["---", f"title: {_yaml_str(title)}", f"description: {_yaml_str(description)}",
             "audience: [avhoppare, anhoriga, yrkesverksamma]", "owner: lansstyrelserna", "sources:"]
    for key, section in (("3428-2026", "Regional samordning och kunskapsspridning"), ("polisen.se", "Vill du hoppa av? Så här gör du")):
        lines += [f"  - report: {_yaml_str(key)}", f"    title: {_yaml_str(reports[key]['title'])}", f"    section: {_yaml_str(section)}"]
    lines += [f"reviewed: {directory.reviewed}", f"review_by: {directory.review_by}", "history_path: data/regions.yaml"]
    if path == "kontakter/kommuner.md":
        lines += ["search:", "  boost: 0.5"]  # the A–Ö list names every municipality; the county page should win
    if not part.default:
        lines += ["translation:", f"  source: {source}/{path}", f"  source_reviewed: {directory.reviewed}", "  status: unreviewed"]
    lines.append("---")
    return "\n".join(lines) + "\n"


def _yaml_str(text: str) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


PHONE_NUMBERS = (("114 14", "11414"), ("112", "112"))
_PHONE = re.compile(r"(?<![\d\w])(114 14|112)(?![\d\w])")


def _with_phone_links(escaped: str) -> str:
    """112 and 114 14 in an already escaped text become tel: links (only these known numbers, never others)."""
    return _PHONE.sub(lambda m: f'<a href="tel:{dict(PHONE_NUMBERS)[m.group(1)]}">{m.group(1)}</a>', escaped)


def _first_steps(directory: Directory, region_id: str | None, lang: str, t: dict) -> str:
    region = directory.regions.get(region_id) if region_id else None
    police = (region.get("how_to_reach") or {}).get(lang) if region else None
    police = _with_phone_links(_e(police or t["police_general"]))
    return (f'<ol class="county-first-steps" data-first-steps>\n<li><strong>{_with_phone_links(_e(t["danger"]))}</strong></li>\n'
            f'<li>{_with_phone_links(_e(t["social_services"]))}</li>\n<li>{police}</li>\n</ol>\n')


def _filter(t: dict, target: str) -> str:
    """A field that narrows the list as you type. Hidden until the external script shows it, so without
    JavaScript the page is a plain list with nothing that does not work."""
    return (f'<div class="municipality-filter" data-municipality-filter="{_e(target)}" hidden>\n'
            f'<label for="kommunfilter-{_e(target)}">{_e(t["filter_label"])}</label>\n'
            f'<input id="kommunfilter-{_e(target)}" type="search" autocomplete="off" spellcheck="false" '
            f'data-status-many="{_e(t["filter_status"])}" data-status-none="{_e(t["filter_none"])}">\n'
            f'<p class="municipality-filter__status" role="status" aria-live="polite"></p>\n</div>\n')


def render_county(directory: Directory, county: County, part: Part, t: dict, reports: dict, source: str) -> str:
    """First what to do, then the municipalities (findable by typing), then the police region, and last the
    county board's work, for professionals. A section whose data is missing is left out, never shown empty."""
    path = f"kontakter/{county.slug}.md"
    lang, here = part.key, page_url(path, part.url)
    name = county.name.get(lang) or county.slug
    region = directory.regions.get(county.police_region) or {}
    region_name = (region.get("name") or {}).get(lang, "")
    md = [_front_matter(name, t["county_description"].format(county=name), directory, part, path, reports, source)]
    md.append(f'<p class="county-lead">{_e(t["county_lead"].format(county=name))}</p>\n')
    md.append(f'## {_e(t["first_heading"])}\n\n' + _first_steps(directory, county.police_region, lang, t))
    if county.contacts:
        md.append(f'## {_e(t["contacts_heading"])}\n\n' + _contacts(county, lang, t))
    if county.municipalities:
        items = "\n".join(f'<li data-municipality="{_e(m["name"])}">{_e(m["name"])}</li>'
                          for m in sorted(county.municipalities, key=lambda m: _sort_key(m["name"])))
        md.append(f'## {_e(t["municipalities_heading"].format(count=len(county.municipalities)))}\n\n'
                  f'<p>{_e(t["municipalities_county_lead"])}</p>\n' + _filter(t, county.slug) +
                  f'<ul class="county-municipalities" data-municipalities data-municipality-list="{_e(county.slug)}">\n{items}\n</ul>\n')
    others = [c for c in directory.region_counties(county.police_region) if c.slug != county.slug]
    if region_name:
        md.append(f'## {_e(t["region_heading"])}\n\n<p data-police-region="{_e(county.police_region)}">'
                  f'{_e(t["region_text"].format(county=name, region=region_name))}</p>\n')
        if others:
            links = ", ".join(f'<a href="{_e(relative(here, page_url(f"kontakter/{c.slug}.md", part.url)))}">{_e(c.name.get(lang, c.slug))}</a>'
                              for c in others)
            md.append(f'<p>{_e(t["region_others"])} {links}</p>\n')
    if (county.board_work or {}).get(lang):
        md.append(f'## {_e(t["board_heading"])}\n\n<p data-board-work>{_e(county.board_work[lang])}</p>\n')
    return "\n".join(md)


def _contacts(county: County, lang: str, t: dict) -> str:
    if not county.contacts:
        return f'<p data-no-contacts>{_e(t["no_contacts"])}</p>\n'
    items = []
    for c in county.contacts:
        label = (c.get("label") or {}).get(lang) or c.get("kind")
        value = str(c.get("value"))
        href = {"phone": "tel:" + re.sub(r"[^\d+]", "", value), "email": "mailto:" + value, "web": value}.get(c.get("kind"))
        shown = f'<a href="{_e(href)}">{_e(value)}</a>' if href else _e(value)
        items.append(f'<li data-contact="{_e(c.get("kind"))}">{_e(label)}: {shown} '
                     f'<span class="county-contact__verified">({_e(t["verified"])} {_e(c.get("verified"))})</span></li>')
    return '<ul class="county-contacts">\n' + "\n".join(items) + "\n</ul>\n"


def render_index(directory: Directory, part: Part, t: dict, tiles: dict, reports: dict, source: str) -> str:
    path = "kontakter/index.md"
    lang, here = part.key, page_url(path, part.url)
    md = [_front_matter(t["index_title"], t["index_description"], directory, part, path, reports, source)]
    md.append(f'<p class="county-lead">{_e(t["index_lead"])}</p>\n')
    md.append(f'## {_e(t["first_heading"])}\n\n' + _first_steps(directory, None, lang, t))
    md.append(f'## {_e(t["map_heading"])}\n\n' + render_tile_map(directory, part, here, tiles, t))
    md.append(f'## {_e(t["list_heading"])}\n')
    for rid in POLICE_REGIONS:
        region = directory.regions.get(rid)
        counties = directory.region_counties(rid)
        if not region or not counties:
            continue
        links = "\n".join(f'<li><a href="{_e(relative(here, page_url(f"kontakter/{c.slug}.md", part.url)))}">{_e(c.name[lang])}</a></li>'
                          for c in counties)
        md.append(f'### {_e(region["name"][lang])}\n\n<ul class="county-list" data-police-region-list="{_e(rid)}">\n{links}\n</ul>\n')
    md.append(f'<p><a href="{_e(relative(here, page_url("kontakter/kommuner.md", part.url)))}">{_e(t["municipality_index_link"])}</a></p>\n')
    return "\n".join(md)


def render_tile_map(directory: Directory, part: Part, here: str, tiles: dict, t: dict) -> str:
    """A schematic map: one square per county, placed on a grid. The list below it is its text equivalent."""
    cells = []
    for c in directory.counties:
        pos = tiles.get(c.slug)
        if not pos:
            continue
        href = relative(here, page_url(f"kontakter/{c.slug}.md", part.url))
        cells.append(f'<a class="county-map__tile county-map__tile--r{int(pos["row"])} county-map__tile--c{int(pos["col"])} '
                     f'county-map__tile--{_e(c.police_region)}" href="{_e(href)}" tabindex="-1">'
                     f'<span class="county-map__abbr">{_e(pos["label"])}</span></a>')
    return (f'<div class="county-map" data-county-map aria-hidden="true">\n' + "\n".join(cells) + "\n</div>\n"
            f'<p class="county-map__note">{_e(t["map_note"])}</p>\n')


def render_municipality_index(directory: Directory, part: Part, t: dict, reports: dict, source: str) -> str:
    path = "kontakter/kommuner.md"
    lang, here = part.key, page_url(path, part.url)
    md = [_front_matter(t["municipalities_title"], t["municipalities_description"], directory, part, path, reports, source)]
    md.append(f'<p>{_e(t["municipalities_lead"])}</p>\n' + _filter(t, "alla"))
    rows = sorted(((m["name"], c) for c in directory.counties for m in c.municipalities), key=lambda r: _sort_key(r[0]))
    letter = None
    block: list[str] = []
    for name, county in rows:
        first = name[0].upper()
        if first != letter:
            if block:
                block.append("</ul>\n")
            letter = first
            block.append(f'## {_e(letter)}\n\n<ul class="municipality-index" data-municipality-index data-municipality-list="alla">')
        href = relative(here, page_url(f"kontakter/{county.slug}.md", part.url))
        block.append(f'<li data-municipality="{_e(name)}" data-county="{_e(county.slug)}">{_e(name)} – '
                     f'<a href="{_e(href)}">{_e(county.name[lang])}</a></li>')
    if block:
        block.append("</ul>\n")
    md.append("\n".join(block))
    return "\n".join(md)


def _sort_key(name: str) -> tuple:
    # Swedish alphabetical order: å, ä, ö come after z.
    order = {"å": "z{", "ä": "z|", "ö": "z}"}
    return tuple("".join(order.get(ch, ch) for ch in name.casefold()))


def render_all(directory: Directory, part: Part, t: dict, tiles: dict, reports: dict, source: str) -> dict[str, str]:
    """Every county page, the county index and the municipality index in `part`; `source`: the default part's folder."""
    pages = {"kontakter/index.md": render_index(directory, part, t, tiles, reports, source),
             "kontakter/kommuner.md": render_municipality_index(directory, part, t, reports, source)}
    for county in directory.counties:
        pages[f"kontakter/{county.slug}.md"] = render_county(directory, county, part, t, reports, source)
    return pages
