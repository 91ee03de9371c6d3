"""Trend measures that carry their qualifiers: a CAGR to a lower bound is a lower bound.

A series is a DataFrame indexed by year with ``value``, ``qualifier``, ``derivation`` and
``source_id`` (the preferred annual figures of one region and indicator, see :func:`series`).
Every computed value comes back with a qualifier; a value whose direction cannot be known
(the ratio of two lower bounds) is not computed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

# direction of the true value relative to the printed one: +1 at least, -1 at most
_DIRECTION = {"exact": 0, "approx": 0, "at_least": 1, "at_most": -1}
MIN_TREND_POINTS = 4


@dataclass(frozen=True)
class Q:
    """A value with its qualifier (exact, at_least, at_most, approx)."""

    value: float
    qualifier: str = "exact"


def _combine(numerator: str, denominator: str) -> str | None:
    """Qualifier of numerator ÷ denominator (or of any function increasing in the first and
    decreasing in the second); None when the direction cannot be known."""
    direction = {_DIRECTION[numerator], -_DIRECTION[denominator]} - {0}
    if len(direction) > 1:
        return None
    if direction:
        return "at_least" if direction.pop() > 0 else "at_most"
    return "approx" if "approx" in (numerator, denominator) else "exact"


def ratio(a: Q, b: Q) -> Q | None:
    """``a / b`` with its qualifier, or None if ``b`` is zero or the direction is unknown."""
    qualifier = _combine(a.qualifier, b.qualifier)
    if qualifier is None or b.value == 0:
        return None
    return Q(a.value / b.value, qualifier)


def change_pct(before: Q, after: Q) -> Q | None:
    """Percentage change from ``before`` to ``after``."""
    r = ratio(after, before)
    return None if r is None else Q((r.value - 1) * 100, r.qualifier)


def difference(before: Q, after: Q) -> Q | None:
    """``after − before`` (for rates: the change in percentage points)."""
    qualifier = _combine(after.qualifier, before.qualifier)
    return None if qualifier is None else Q(after.value - before.value, qualifier)


def cagr(first_year: int, first: Q, last_year: int, last: Q) -> Q | None:
    """Compound annual growth rate in percent between two points."""
    years = last_year - first_year
    r = ratio(last, first)
    if r is None or years <= 0 or r.value <= 0:
        return None
    return Q((r.value ** (1 / years) - 1) * 100, r.qualifier)


SERIES_COLUMNS = ["value", "qualifier", "derivation", "source_id", "unit"]


def series(data: pd.DataFrame, indicator: str, region: str, start: int | None = None,
           end: int | None = None) -> pd.DataFrame:
    """Preferred annual figures of one indicator and region, indexed by year (selected in
    numpy: a report builds a hundred of these)."""
    year = data["year"].to_numpy(dtype=float, na_value=np.nan)
    keep = ((data["indicator"].to_numpy() == indicator) & (data["region"].to_numpy() == region)
            & data["preferred"].to_numpy(dtype=bool)
            & (year >= (-np.inf if start is None else start))
            & (year <= (np.inf if end is None else end)))  # NaN (not annual) fails both
    rows = np.flatnonzero(keep)
    rows = rows[np.argsort(year[rows], kind="stable")]
    out = data.iloc[rows, [data.columns.get_loc(c) for c in SERIES_COLUMNS]]
    out.index = pd.Index(year[rows].astype(int), name="year")
    return out


def _q(row) -> Q:
    return Q(float(row["value"]), row["qualifier"])


def _frame(records: list[tuple[int, Q | None]]) -> pd.DataFrame:
    kept = [(year, q) for year, q in records if q is not None]
    return pd.DataFrame({"value": [q.value for _, q in kept],
                         "qualifier": [q.qualifier for _, q in kept]},
                        index=pd.Index([year for year, _ in kept], name="year"), dtype=object
                        ).astype({"value": float})


def yoy(s: pd.DataFrame, points: bool = False) -> pd.DataFrame:
    """Year-on-year change, only between consecutive years: in percent, or for a series of
    rates (``points``) in percentage points."""
    step = difference if points else change_pct
    return _frame([(year, step(_q(s.loc[year - 1]), _q(s.loc[year])))
                   for year in s.index if year - 1 in s.index])


def paired(numerator: pd.DataFrame, denominator: pd.DataFrame, scale: float) -> pd.DataFrame:
    """``numerator / denominator × scale`` for the years both have."""
    common = numerator.index.intersection(denominator.index)
    records = []
    for year in common:
        r = ratio(_q(numerator.loc[year]), _q(denominator.loc[year]))
        records.append((year, None if r is None else Q(r.value * scale, r.qualifier)))
    return _frame(records)


def closure_rate(concluded: pd.DataFrame, accepted: pd.DataFrame) -> pd.DataFrame:
    """结案率: cases concluded ÷ cases accepted, in percent."""
    return paired(concluded, accepted, 100)


def per_100k(s: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """Per 100,000 residents (population in persons, same years)."""
    return paired(s, population, 100_000)


def share(s: pd.DataFrame, total: pd.DataFrame) -> pd.DataFrame:
    """Share of a total (e.g. of the national figure), in percent."""
    return paired(s, total, 100)


def index_to_base(s: pd.DataFrame, base_year: int) -> pd.DataFrame:
    """Index with ``base_year`` = 100; empty when the base year has no figure."""
    if base_year not in s.index:
        return _frame([])
    base = _q(s.loc[base_year])
    return paired(s, pd.DataFrame({"value": [base.value] * len(s),
                                   "qualifier": [base.qualifier] * len(s)}, index=s.index), 100)


@dataclass(frozen=True)
class TrendFit:
    """A straight-line fit, or the reason it was not made."""

    ok: bool
    slope: float = math.nan
    intercept: float = math.nan
    points: int = 0
    reason: str = ""

    def predict(self, year: int) -> float:
        return self.slope * year + self.intercept


def trend_fit(s: pd.DataFrame) -> TrendFit:
    """Least-squares line through the exact printed points, if there are at least four."""
    exact = s[(s["qualifier"] == "exact") & (s.get("derivation", "") == "")]
    if len(exact) < MIN_TREND_POINTS:
        return TrendFit(ok=False, points=len(exact),
                        reason=f"too few exact points for a trend ({len(exact)} of "
                               f"{MIN_TREND_POINTS} needed)")
    slope, intercept = np.polyfit(exact.index.to_numpy(float), exact["value"].to_numpy(float), 1)
    return TrendFit(ok=True, slope=float(slope), intercept=float(intercept), points=len(exact))
