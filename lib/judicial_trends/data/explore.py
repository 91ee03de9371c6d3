"""The analyst's front door: the clean data as plain pandas tables.

``load()`` is the clean table with typed columns; ``codebook()``, ``regions()`` and
``sources()`` join onto it by ``indicator``, ``region`` and ``source_id``; ``series()`` is one
annual series with the qualifier, the figure as printed, the quote and the source of each year.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pandas as pd

from .. import paths
from . import dataset

SERIES_COLUMNS = ["value", "unit", "qualifier", "derivation", "printed", "quote", "source_id",
                  "title", "publisher", "published", "url"]


def load(preferred_only: bool = False, clean_dir: Path | None = None) -> pd.DataFrame:
    """Every figure (one row per figure and source; ``preferred_only`` keeps one per figure)."""
    return dataset.load(preferred_only=preferred_only, clean_dir=clean_dir, check=False)


def _table(name: str, key: str, clean_dir: Path | None) -> pd.DataFrame:
    table = pd.read_csv(Path(clean_dir or paths.clean_dir()) / name, dtype=str,
                        keep_default_na=False)
    return table.rename(columns={table.columns[0]: key}) if key != table.columns[0] else table


def codebook(clean_dir: Path | None = None) -> pd.DataFrame:
    """One row per indicator: zh/en names, organ, topic, unit, definitions (key ``indicator``)."""
    return _table("codebook.csv", "indicator", clean_dir)


def regions(clean_dir: Path | None = None) -> pd.DataFrame:
    """One row per region: zh/en names, parent, level (key ``region``)."""
    return _table("regions.csv", "region", clean_dir)


def sources(clean_dir: Path | None = None) -> pd.DataFrame:
    """One row per source document: title, publisher, date, URL, kind, reliability."""
    return dataset.load_sources(clean_dir)


def _check_indicator(indicator: str, known: pd.Series) -> None:
    if indicator not in set(known):
        near = difflib.get_close_matches(indicator, sorted(set(known)), n=5, cutoff=0.5)
        hint = f"; nearest: {', '.join(near)}" if near else ""
        raise KeyError(f"unknown indicator {indicator!r} in data/clean/codebook.csv{hint}")


def series(indicator: str, region: str = "XZ", clean_dir: Path | None = None) -> pd.DataFrame:
    """The preferred annual figures of one indicator and region, indexed by year.

    Each row keeps its qualifier (``at_least`` for “突破”, “余” …), the figure as printed, the
    quote and its source's title, publisher, date and URL. Multi-year figures are not annual
    and are left out (find them in ``load()``); a year without a figure has no row.
    """
    table = load(preferred_only=True, clean_dir=clean_dir)
    _check_indicator(indicator, codebook(clean_dir)["indicator"])
    places = regions(clean_dir)
    if region not in set(places["region"]):
        listed = "; ".join(f"{r.region} ({r.zh}, {r.en})" for r in places.itertuples())
        raise KeyError(f"unknown region {region!r}; regions: {listed}")
    rows = table[(table["indicator"] == indicator) & (table["region"] == region)
                 & table["year"].notna()]
    rows = rows.merge(sources(clean_dir)[["source_id", "title", "publisher", "published", "url"]],
                      on="source_id", how="left")
    rows = rows.assign(year=rows["year"].astype(int)).set_index("year").sort_index()
    return rows[SERIES_COLUMNS]
