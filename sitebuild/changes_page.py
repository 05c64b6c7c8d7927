"""The generated page "Ändringar på webbplatsen": recent content changes from git history."""
from __future__ import annotations

from .git_history import Change
from .html_text import escape as e
from .parts import Part


def render(changes: list[Change], part: Part, t: dict, reports: dict, reviewed: str, review_by: str, source: str) -> str:
    """`source`: the default part's folder, which a translation's front matter names."""
    fm = ["---", f'title: "{t["title"]}"', f'description: "{t["description"]}"',
          "audience: [yrkesverksamma, avhoppare, anhoriga, unga]", "owner: polisen", "sources:",
          '  - report: "polisen.se"', f'    title: "{reports["polisen.se"]["title"]}"', '    section: "Webbplatsens förvaltning"',
          f"reviewed: {reviewed}", f"review_by: {review_by}", "search:", "  exclude: true"]
    if not part.default:
        fm += ["translation:", f"  source: {source}/andringar.md", f"  source_reviewed: {reviewed}", "  status: reviewed"]
    fm.append("---")
    body = [f'<p>{e(t["lead"])}</p>\n']
    if not changes:
        body.append(f'<p data-changes-unknown>{e(t["unknown"])}</p>\n')
    else:
        rows = "\n".join(f'<tr data-change><td><time datetime="{e(c.date)}">{e(c.date)}</time></td>'
                         f"<td><code>{e(c.path)}</code></td><td>{e(c.subject)}</td></tr>" for c in changes)
        body.append(f'<table class="changes" data-changes>\n<thead><tr><th scope="col">{e(t["date"])}</th>'
                    f'<th scope="col">{e(t["file"])}</th><th scope="col">{e(t["what"])}</th></tr></thead>\n'
                    f"<tbody>\n{rows}\n</tbody>\n</table>\n")
        body.append(f'<p>{e(t["older"])}</p>\n')
    return "\n".join(fm) + "\n" + "\n".join(body)
