"""The site's identity – its address, repository, feedback address and quick-exit site – all set in mkdocs.yml.

A value that is empty or on a reserved example domain is a placeholder. A placeholder is never shown
to readers (links that need it are left out); a normal build warns about it, a production build
(SITE_PRODUCTION=1, or `make build PRODUCTION=1`) stops.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .problems import Problem

# key in mkdocs.yml (site_url at the top level, the others under `extra:`) -> what it is, in Swedish
FIELDS = {
    "site_url": "webbplatsens adress",
    "repository": "repositoriet där sidorna redigeras",
    "feedback_email": "e-postadressen för synpunkter och tillgänglighetsproblem",
    "quick_exit_url": "den neutrala webbplatsen som Lämna sidan snabbt leder till",
}
# Reserved for examples and tests (RFC 2606, RFC 6761), or clearly not decided.
_PLACEHOLDER_HOST = re.compile(r"(^|\.)(example(\.[a-z]+)?|invalid|test|localhost|exempel(\.[a-z]+)?)$", re.I)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@(?P<host>[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})$")
TRUE = ("1", "true", "ja", "yes")


@dataclass(frozen=True)
class Identity:
    site_url: str
    repository: str
    feedback_email: str
    quick_exit_url: str

    def usable(self, key: str) -> str | None:
        """The value when it may be shown on the site, None when it is a placeholder or invalid."""
        value = getattr(self, key)
        return None if _problem(key, value) else value


def read(site_url, extra: dict) -> Identity:
    extra = extra if hasattr(extra, "get") else {}  # MkDocs hands over its own mapping type, not a dict

    def text(value):
        return value.strip() if isinstance(value, str) else ""
    return Identity(text(site_url), text(extra.get("repository")), text(extra.get("feedback_email")),
                    text(extra.get("quick_exit_url")))


def _problem(key: str, value: str) -> str | None:
    """Why `value` cannot be used for `key`, in Swedish, or None."""
    if not value:
        return "är inte ifylld"
    if key == "feedback_email":
        m = _EMAIL.match(value)
        if not m:
            return f"`{value}` är ingen e-postadress"
        host = m.group("host")
    else:
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.hostname:
            return f"`{value}` är ingen https-adress"
        host = parts.hostname
    if _PLACEHOLDER_HOST.search(host):
        return f"`{value}` är en platshållare (en exempeladress)"
    return None


def problems(identity: Identity, config_text: str, production: bool) -> list[Problem]:
    """One problem per unusable value: a warning in a normal build, an error in a production build."""
    out = []
    for key, meaning in FIELDS.items():
        why = _problem(key, getattr(identity, key))
        if why is None:
            continue
        m = re.search(rf"^[ \t]*{key}[ \t]*:", config_text, re.M)
        line = config_text.count("\n", 0, m.start()) + 1 if m else 1
        if production:
            fix = (f"skriv den riktiga adressen i `{key}` i mkdocs.yml; ett bygge för publicering "
                   "(PRODUCTION=1) stoppas så länge en platshållare står kvar")
            out.append(Problem("mkdocs.yml", line, f"`{key}` ({meaning}) {why}", fix))
        else:
            fix = (f"skriv den riktiga adressen i `{key}` i mkdocs.yml innan webbplatsen publiceras; "
                   "tills dess visas den inte på webbplatsen")
            out.append(Problem("mkdocs.yml", line, f"`{key}` ({meaning}) {why}", fix, "varning"))
    return out


def configured_site_url(config_text: str) -> str:
    m = re.search(r"^site_url[ \t]*:[ \t]*['\"]?([^'\"\s#]*)", config_text, re.M)
    return m.group(1) if m else ""


def production_requested(environ) -> bool:
    return str(environ.get("SITE_PRODUCTION", "")).strip().lower() in TRUE


def feedback_markdown(texts: dict, email: str | None) -> str:
    """The feedback route for the `<!-- återkoppling -->` marker, from data/ui.yaml (`feedback:`)."""
    texts = texts if isinstance(texts, dict) else {}
    if email and _EMAIL.match(email):
        return str(texts.get("with_email", "")).replace("{email}", email) + "\n"
    return str(texts.get("without_email", "")) + "\n"
