"""Build ``data/sources/*.yaml`` into the clean tables, and load them.

``build()`` reads every source, applies the rules (sources.py per figure, rules.py across
figures), adds implied values, and writes, deterministically and atomically:
``judicial_indicators.csv`` / ``.parquet``, ``sources.csv``, ``codebook.csv``, ``regions.csv``
and a Frictionless ``datapackage.json``. ``load()`` returns the typed, validated table.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa_arrow
import pyarrow.parquet as pq

from . import codebook as codebook_mod
from .. import paths
from ..files import write_atomically
from . import rules
from .numbers import QUALIFIERS, UNITS
from .sources import QUOTE_MAX, DataBuildError, DataError, Figure, read_all

COLUMNS = {
    "region": "region code from regions.yaml",
    "indicator": "indicator id from indicators.yaml",
    "period_start": "first day of the period (ISO date)",
    "period_end": "last day of the period (ISO date)",
    "year": "the calendar year when the period is exactly one calendar year, else empty",
    "value": "value in base units (case, person, person_time, yuan, percent, count)",
    "unit": "codebook unit",
    "qualifier": "exact | at_least | at_most | approx, as the source printed it",
    "source_id": "file stem in data/sources",
    "quote": "at most 40 characters of the source around the number",
    "printed": "the figure exactly as printed (empty for derived values)",
    "derivation": "empty for printed figures; implied_by_yoy for values implied by a stated change",
    "preferred": "true for the one figure used per region × indicator × period",
    "note": "remarks: why a figure is preferred, how a value was derived, known exceptions",
}
SOURCE_COLUMNS = ("source_id", "title", "publisher", "published", "url", "accessed", "language",
                  "kind", "reliability", "seed", "notes", "figures")
CODEBOOK_COLUMNS = ("id", "zh", "en", "organ", "topic", "unit", "base", "part_of", "basis",
                    "definition_zh", "definition_en")
CLEAN_FILE = "judicial_indicators.csv"


def build(data_dir: Path | None = None, out_dir: Path | None = None) -> dict[str, bytes]:
    """Build the clean tables from ``data_dir``; write them into ``out_dir`` if given.

    Returns the file contents by name. Raises :class:`DataBuildError` listing every problem;
    nothing is written then.
    """
    data_dir = Path(data_dir or paths.data_dir())
    book = codebook_mod.load(data_dir)
    incomplete = codebook_mod.problems(book, UNITS)
    if incomplete:
        raise DataBuildError([DataError(data_dir / "indicators.yaml", p) for p in incomplete])
    sources, figures = read_all(data_dir / "sources", book)
    reliability = {s["source_id"]: s.get("reliability") for s in sources}

    errors = rules.check_conflicts(figures)
    preferred = rules.choose_preferred(figures, reliability)
    errors += rules.check_stated_changes(figures, preferred, book)
    errors += rules.check_parts(figures, preferred, book)
    if errors:
        raise DataBuildError(errors)
    implied = rules.implied_by_stated_changes(figures, preferred, book)
    preferred |= {id(f) for f in implied}

    rows = [_row(f, id(f) in preferred) for f in figures + implied]
    rows.sort(key=lambda r: (r["region"], r["indicator"], r["period_start"], r["period_end"],
                             r["derivation"], r["source_id"], r["printed"]))
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    validate(typed(table), book)

    counts = table.groupby("source_id").size().to_dict()
    files = {
        CLEAN_FILE: _csv(list(COLUMNS), rows),
        "sources.csv": _csv(SOURCE_COLUMNS, [{**s, "figures": counts.get(s["source_id"], 0)}
                                             for s in sources]),
        "codebook.csv": _csv(CODEBOOK_COLUMNS, [{"id": k, **v} for k, v in
                                                sorted(book.indicators.items())]),
        "regions.csv": _csv(("code", "zh", "en", "parent", "level"),
                            [{"code": k, **v} for k, v in sorted(book.regions.items())]),
    }
    files["judicial_indicators.parquet"] = _parquet(typed(table))
    files["datapackage.json"] = _datapackage(files, sources)
    if out_dir is not None:
        write_atomically(Path(out_dir), files)
    return files


def _row(f: Figure, preferred: bool) -> dict:
    note = f.note
    if f.explicit_preference:
        note = "; ".join(x for x in (note, "preferred: " + f.extra["preferred_reason"]) if x)
    if f.known_exception:
        note = "; ".join(x for x in (note, "known exception: " + f.known_exception) if x)
    return {"region": f.region, "indicator": f.indicator,
            "period_start": f.period_start.isoformat(), "period_end": f.period_end.isoformat(),
            "year": "" if f.year is None else str(f.year), "value": _number(f.value),
            "unit": f.unit, "qualifier": f.qualifier, "source_id": f.source_id,
            "quote": f.quote, "printed": f.printed, "derivation": f.derivation,
            "preferred": "true" if preferred else "false", "note": note}


def _number(value: float) -> str:
    return format(value, ".15g")


def _csv(columns, rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n",
                            extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else str(row.get(k)).strip()
                         for k in columns})
    return buffer.getvalue().encode("utf-8")


def typed(table: pd.DataFrame) -> pd.DataFrame:
    """The clean table with dates, integer years, floats and booleans typed."""
    out = table.copy()
    out["period_start"] = pd.to_datetime(out["period_start"])
    out["period_end"] = pd.to_datetime(out["period_end"])
    out["year"] = pd.to_numeric(out["year"].replace("", None)).astype("Int64")
    out["value"] = out["value"].astype(float)
    out["preferred"] = out["preferred"].map({"true": True, "false": False}).astype(bool)
    for name in ("region", "indicator", "unit", "qualifier", "source_id", "quote", "printed",
                 "derivation", "note"):
        out[name] = out[name].fillna("").astype(str)
    return out


def _parquet(table: pd.DataFrame) -> bytes:
    buffer = pa_arrow.BufferOutputStream()
    arrow = pa_arrow.Table.from_pandas(table, preserve_index=False).replace_schema_metadata(None)
    pq.write_table(arrow, buffer, compression="zstd")
    return buffer.getvalue().to_pybytes()


def _datapackage(files: dict[str, bytes], sources: list[dict]) -> bytes:
    version = hashlib.sha256(files[CLEAN_FILE]).hexdigest()[:12]
    types = {"period_start": "date", "period_end": "date", "year": "integer",
             "value": "number", "preferred": "boolean"}
    fields = [{"name": n, "type": types.get(n, "string"), "description": d}
              for n, d in COLUMNS.items()]
    package = {
        "name": "judicial-indicators",
        "title": "Yearly judicial indicators: Xizang, Lhasa, Xinjiang, XPCC and China",
        "version": version,
        "description": "One row per figure as printed in a public source, with provenance.",
        "sources": [{"title": s["title"], "path": s.get("url") or "",
                     "id": s["source_id"]} for s in sources],
        "resources": [
            {"name": "judicial_indicators", "path": CLEAN_FILE, "format": "csv",
             "mediatype": "text/csv", "encoding": "utf-8",
             "hash": "sha256:" + hashlib.sha256(files[CLEAN_FILE]).hexdigest(),
             "schema": {"fields": fields, "missingValues": [""],
                        "foreignKeys": [{"fields": "source_id",
                                         "reference": {"resource": "sources",
                                                       "fields": "source_id"}}]}},
            {"name": "judicial_indicators_parquet", "path": "judicial_indicators.parquet",
             "format": "parquet", "mediatype": "application/vnd.apache.parquet"},
            *({"name": name.removesuffix(".csv"), "path": name, "format": "csv",
               "mediatype": "text/csv", "encoding": "utf-8",
               "hash": "sha256:" + hashlib.sha256(files[name]).hexdigest()}
              for name in ("sources.csv", "codebook.csv", "regions.csv")),
        ],
    }
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def schema(book: codebook_mod.Codebook):
    """pandera schema of the clean table."""
    import pandera.pandas as pa

    return pa.DataFrameSchema({
        "region": pa.Column(str, pa.Check.isin(list(book.regions))),
        "indicator": pa.Column(str, pa.Check.isin(list(book.indicators))),
        "period_start": pa.Column("datetime64[ns]"),
        "period_end": pa.Column("datetime64[ns]"),
        "year": pa.Column("Int64", pa.Check.in_range(1949, 2100), nullable=True),
        "value": pa.Column(float),
        "unit": pa.Column(str, pa.Check.isin(list(UNITS))),
        "qualifier": pa.Column(str, pa.Check.isin(list(QUALIFIERS))),
        "source_id": pa.Column(str, pa.Check.str_length(min_value=1)),
        "quote": pa.Column(str, pa.Check.str_length(min_value=1, max_value=QUOTE_MAX)),
        "printed": pa.Column(str),
        "derivation": pa.Column(str, pa.Check.isin(["", "implied_by_yoy"])),
        "preferred": pa.Column(bool),
        "note": pa.Column(str),
    }, checks=[
        pa.Check(lambda df: df["period_start"] <= df["period_end"], name="period_order"),
        pa.Check(lambda df: (df["derivation"] != "") | (df["printed"] != ""),
                 name="printed_unless_derived"),
    ], strict=True, coerce=False)


def validate(table: pd.DataFrame, book: codebook_mod.Codebook) -> pd.DataFrame:
    return schema(book).validate(table, lazy=True)


# The last table loaded, keyed on its folder and dataset version: a warm kernel loads it
# before its job arrives (batch.kernel_fork), and a rebuilt dataset is read afresh.
_loaded: dict[tuple, pd.DataFrame] = {}
_validated: set[tuple] = set()


def load(preferred_only: bool = False, clean_dir: Path | None = None,
         check: bool = True) -> pd.DataFrame:
    """The clean table, typed and (unless ``check`` is False) validated with pandera;
    ``preferred_only`` keeps one row per figure. Read and validated once per dataset version."""
    directory = Path(clean_dir or paths.clean_dir()).resolve()
    key = (directory, version(directory))
    if key not in _loaded:
        _loaded.clear()
        _validated.clear()
        _loaded[key] = typed(pd.read_csv(directory / CLEAN_FILE, dtype=str,
                                         keep_default_na=False))
    if check and key not in _validated:
        _loaded[key] = validate(_loaded[key], codebook_mod.load(directory.parent))
        _validated.add(key)
    table = _loaded[key].copy()
    if preferred_only:
        table = table[table["preferred"]].reset_index(drop=True)
    return table


def load_sources(clean_dir: Path | None = None) -> pd.DataFrame:
    """The sources table (one row per source document)."""
    directory = Path(clean_dir or paths.clean_dir())
    return pd.read_csv(directory / "sources.csv", dtype=str, keep_default_na=False)


def version(clean_dir: Path | None = None) -> str:
    """Short hash of the clean table: the dataset version printed on reports."""
    path = Path(clean_dir or paths.clean_dir()) / CLEAN_FILE
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.exists() else "n/a"
