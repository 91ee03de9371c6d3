"""outputs/index.html: every report of a run, grouped by notebook, self-contained."""

from __future__ import annotations

from html import escape
from pathlib import Path

STYLE = """
body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:2rem auto;max-width:70rem;
color:#1d2733;padding:0 1rem}
h1{font-size:1.6rem;border-bottom:3px solid #1f4e79;padding-bottom:.4rem}
h2{font-size:1.15rem;margin-top:2rem;color:#1f4e79}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #d5dbe3;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f7}
.status-done{color:#1b7f3b}.status-cached{color:#5a6b7d}.status-failed{color:#b42318;font-weight:bold}
pre{white-space:pre-wrap;margin:.3rem 0 0;font-size:.8rem;color:#b42318}
.params code{background:#f3f5f8;padding:0 .25rem;margin-right:.25rem}
"""


def _link(out_dir: Path, path: str | None, label: str) -> str:
    if not path:
        return ""
    rel = Path(path)
    rel = rel.relative_to(out_dir) if rel.is_absolute() and rel.is_relative_to(out_dir) else rel
    return f'<a href="{escape(rel.as_posix())}">{label}</a>'


def render(records: dict[str, dict], out_dir: Path, title: str = "Judicial trend reports") -> str:
    """HTML of the index for manifest ``records`` (job id → record)."""
    groups: dict[str, list[dict]] = {}
    for job_id, record in sorted(records.items()):
        groups.setdefault(record.get("group", job_id.split("/")[0]), []).append(record)
    counts = {s: sum(r.get("status") == s for r in records.values())
              for s in ("done", "cached", "failed")}
    parts = [f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'>"
             f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{escape(title)}</h1>",
             f"<p>{len(records)} reports · {counts['done']} built · {counts['cached']} "
             f"unchanged · {counts['failed']} failed</p>"]
    for group, items in groups.items():
        parts.append(f"<h2>{escape(group)}</h2><table><tr><th>report</th><th>parameters</th>"
                     "<th>files</th><th>status</th><th>time</th></tr>")
        for r in items:
            outputs = r.get("outputs", {})
            files = " · ".join(x for x in (_link(out_dir, outputs.get("pdf"), "PDF"),
                                           _link(out_dir, outputs.get("html"), "HTML"),
                                           _link(out_dir, outputs.get("ipynb"), "notebook")) if x)
            params = "".join(f"<code>{escape(str(k))}={escape('—' if v is None else str(v))}</code>"
                             for k, v in r.get("params", {}).items())
            status = escape(r.get("status", "?"))
            error = ""
            if r.get("status") == "failed":
                where = f"cell {r['cell']}: " if r.get("cell") is not None else ""
                error = f"<pre>{escape(where + str(r.get('error', '')))}</pre>"
                files = files or _link(out_dir, r.get("failed_notebook"), "failed notebook")
            seconds = r.get("seconds")
            parts.append(f"<tr><td>{escape(r.get('title') or r.get('name', ''))}</td>"
                         f"<td class='params'>{params}</td><td>{files}</td>"
                         f"<td class='status-{status}'>{status}{error}</td>"
                         f"<td>{'' if seconds is None else f'{seconds:.1f} s'}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)
