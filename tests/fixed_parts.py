"""The site's parts as the unit tests know them (sv, en, ar and the youth part), fixed so that a language
added to mkdocs.yml does not change what these tests expect."""
from sitebuild import parts

PARTS = parts.from_config_text("""
plugins:
  - i18n:
      languages:
        - {locale: sv, name: Svenska, default: true}
        - {locale: en, name: English}
        - {locale: ar, name: العربية}
extra:
  parts:
    generated_pages: [sv, en]
    youth: {folder: ungdom, language: sv}
""")
SV, EN, AR, YOUTH = (PARTS.get(k) for k in ("sv", "en", "ar", "ungdom"))
MENUS = {k: tuple(p.key for p in v) for k, v in PARTS.menus.items()}
