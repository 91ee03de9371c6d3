"""A draft as YAML in the data/sources format, written to data/drafts/ (never data/sources/)."""

from __future__ import annotations

from pathlib import Path

import yaml

from ... import paths
from ...files import write_atomically
from ..codebook import Codebook
from ..sources import KINDS, RELIABILITY, SOURCE_FIELDS
from .draft import Draft

def _scalar(value) -> str:
    if value is None:
        return "null"
    dumped = yaml.safe_dump(value, allow_unicode=True, default_style=None, width=10_000)
    return dumped.removesuffix("\n...\n").strip()


_FILL = {"title": "fill in: the document's title as published",
         "publisher": "fill in: who published this copy",
         "published": "fill in: YYYY-MM-DD (YYYY-MM or YYYY when only that is known)",
         "url": "fill in: where this copy is", "kind": "fill in: " + " | ".join(KINDS),
         "reliability": "fill in: " + " | ".join(RELIABILITY)}


def render(draft: Draft, book: Codebook) -> str:
    """The draft as YAML in the data/sources format, with review notes as comments."""
    lines = [f"# Draft of data/sources/{draft.source_id}.yaml made by `python -m judicial_trends "
             f"data extract`.",
             "# Check each figure against the document: fix it or delete it, choose an indicator",
             "# where it is null, then delete its `review: pending` line. `make data` refuses a",
             "# source with a pending figure or a null indicator."]
    for key in SOURCE_FIELDS:
        if key not in draft.meta:
            continue
        value = draft.meta[key]
        note = _FILL.get(key) if value is None else ("guessed from the text: check"
                                                       if key in draft.guessed else None)
        shown = value if key in ("published", "accessed") and value else _scalar(value)
        lines.append(f"{key}: {shown}" + (f"  # {note}" if note else ""))
    lines.append("figures:")
    for number, f in enumerate(draft.figures, start=1):
        lines.append(f"  - printed: {_scalar(f.printed)}  # {number}")
        lines.append(f"    quote: {_scalar(f.quote)}")
        lines.append(f"    period: {f.period or 'null'}"
                     + ("" if f.period else "  # fill in: no year found"))
        lines.append(f"    region: {_scalar(f.region)}"
                     + ("" if f.region else "  # fill in: a place not in data/regions.yaml"))
        if f.indicator:
            lines.append(f"    indicator: {f.indicator}  # {book.label(f.indicator)}")
        else:
            hint = ("nearest: " + ", ".join(f.candidates)) if f.candidates else \
                "no codebook indicator is close; add one or delete the figure"
            lines.append(f"    indicator: null  # {hint}")
        if f.change_of:
            lines.append(f"    note: stated change of figure {f.change_of} "
                         f"({draft.figures[f.change_of - 1].printed})")
        if f.duplicate_of:
            lines.append(f"    duplicate_of: {f.duplicate_of}")
        lines.append("    review: pending")
    return "\n".join(lines) + "\n"


def write(draft: Draft, book: Codebook, out: Path | None = None) -> Path:
    """Write the draft atomically (default data/drafts/<id>.yaml); never into data/sources/."""
    out = Path(out) if out else paths.data_dir() / "drafts" / f"{draft.source_id}.yaml"
    if out.resolve().parent == paths.sources_dir().resolve():
        raise ValueError(f"{out}: drafts are never written into data/sources/; review the "
                         f"draft, then move it there")
    write_atomically(out.parent, {out.name: render(draft, book).encode("utf-8")})
    return out
