"""The CSP's script allowlist comes from the templates, never from what the built pages contain."""
import pathlib

import material

from sitebuild import csp
from tests.security.corpus import ROOT

TEMPLATES = [str(ROOT / "overrides"), str(pathlib.Path(material.__file__).parent / "templates")]
PATTERNS = csp.template_patterns(TEMPLATES)
BASE = ('__md_scope=new URL("{}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
        '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
        '__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{t.setItem(a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}')


def test_the_themes_scripts_are_trusted_at_any_depth():
    for base in (".", "..", "../..", "../../.."):
        assert csp.is_trusted(BASE.format(base), PATTERNS)


def test_a_template_script_cannot_be_bent_into_other_code():
    assert not csp.is_trusted(BASE.format('.",alert(1),"'), PATTERNS)
    assert not csp.is_trusted(BASE.format(".") + ";alert(1)", PATTERNS)
    assert not csp.is_trusted("alert(document.domain)", PATTERNS)


def test_only_trusted_scripts_are_hashed_and_the_rest_reported():
    page = (f"<script>{BASE.format('..')}</script><script id=\"__config\" type=\"application/json\">{{}}</script>"
            "<SCRIPT >alert(1)</script ><script\n>alert(2)")
    hashes, others = csp.untrusted_scripts(page, PATTERNS)
    assert hashes == {csp.script_hash(BASE.format(".."))}
    assert [body for _, body in others] == ["alert(1)", "alert(2)"]


def test_the_policy_lets_search_compile_webassembly_and_loosens_nothing_else():
    directives = dict(d.split(" ", 1) for d in csp.policy({"'sha256-abc='"}).split("; "))
    assert directives["script-src"].split() == ["'self'", "'wasm-unsafe-eval'", "'sha256-abc='"]
    assert directives["worker-src"] == directives["connect-src"] == directives["default-src"] == "'self'"
    assert "unsafe-inline" not in csp.policy(set()) and "'unsafe-eval'" not in csp.policy(set())
