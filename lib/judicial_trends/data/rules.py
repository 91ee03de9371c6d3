"""Rules across figures: conflicting sources, stated changes, parts and totals.

Also chooses the preferred figure of each region × indicator × period and adds the values a
stated year-on-year change implies (flagged with ``derivation``, never mixed silently).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import replace

from .codebook import Codebook
from .sources import DataError, Figure

APPROX_TOLERANCE = 0.10  # "约/近/about" is read as within ±10 %
_QUALIFIER_RANK = {"exact": 0, "approx": 1, "at_least": 2, "at_most": 2}


def interval(f: Figure) -> tuple[float, float]:
    """The range of true values a printed figure allows."""
    half = f.resolution / 2
    if f.qualifier == "at_least":
        return f.value, math.inf
    if f.qualifier == "at_most":
        return -math.inf, f.value
    if f.qualifier == "approx":
        spread = abs(f.value) * APPROX_TOLERANCE
        return f.value - spread - half, f.value + spread + half
    return f.value - half, f.value + half


def agree(a: Figure, b: Figure) -> bool:
    """Two printings can describe the same true value."""
    (lo_a, hi_a), (lo_b, hi_b) = interval(a), interval(b)
    eps = 1e-9 * max(1.0, abs(a.value), abs(b.value))
    return lo_a < hi_b - eps and lo_b < hi_a - eps


def _key(f: Figure) -> tuple:
    return f.region, f.indicator, f.period_start, f.period_end


def group(figures: list[Figure]) -> dict[tuple, list[Figure]]:
    groups: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figures:
        groups[_key(f)].append(f)
    return groups


def check_conflicts(figures: list[Figure]) -> list[DataError]:
    """Sources that disagree must say which of them is preferred, and why."""
    errors = []
    for members in group(figures).values():
        disagreeing = any(not agree(a, b) for i, a in enumerate(members) for b in members[i + 1:])
        if not disagreeing:
            continue
        chosen = [f for f in members if f.explicit_preference]
        if len(chosen) != 1:
            listed = "; ".join(f"{f.label} = {f.value:g} [{f.qualifier}]" for f in members)
            problem = "none is" if not chosen else f"{len(chosen)} are"
            errors.append(DataError(members[0].path,
                                    f"sources disagree and {problem} marked preferred: {listed}",
                                    figure=members[0].number, field_name="printed",
                                    value=members[0].printed))
    return errors


def _rank(f: Figure, reliability: dict[str, str]) -> tuple:
    tightness = -f.value if f.qualifier == "at_least" else f.value if f.qualifier == "at_most" else 0
    return (not f.explicit_preference, bool(f.derivation), _QUALIFIER_RANK[f.qualifier],
            reliability.get(f.source_id) != "primary", tightness, f.resolution, f.source_id,
            f.number)


def choose_preferred(figures: list[Figure], reliability: dict[str, str]) -> set[int]:
    """ids (``id(figure)``) of the one preferred figure per region × indicator × period."""
    return {id(min(members, key=lambda f: _rank(f, reliability)))
            for members in group(figures).values()}


def _annual(figures: list[Figure], preferred: set[int]) -> dict[tuple, Figure]:
    return {(f.region, f.indicator, f.year): f for f in figures
            if id(f) in preferred and f.year is not None}


def check_stated_changes(figures: list[Figure], preferred: set[int],
                         codebook: Codebook) -> list[DataError]:
    """A stated year-on-year change must agree with the two exact values it describes."""
    annual, errors = _annual(figures, preferred), []
    for f in figures:
        base = codebook.base_of(f.indicator)
        if not base or f.year is None or f.known_exception:
            continue
        now, before = annual.get((f.region, base, f.year)), annual.get((f.region, base, f.year - 1))
        if not now or not before or {now.qualifier, before.qualifier} != {"exact"} \
                or now.derivation or before.derivation or now.known_exception \
                or before.known_exception or before.value == 0:
            continue
        actual = (now.value / before.value - 1) * 100
        rounding = 100 * (now.value / before.value) * (now.resolution / 2 / now.value
                                                        + before.resolution / 2 / before.value)
        tolerance = f.resolution / 2 + rounding + 0.01
        if abs(actual - f.value) > tolerance:
            errors.append(DataError(
                f.path, f"stated change {f.value:g}% disagrees with {before.value:g} "
                f"({before.source_id}, {f.year - 1}) → {now.value:g} ({now.source_id}, {f.year}), "
                f"which is {actual:.2f}%; add known_exception with the reason if this is "
                f"a known basis difference", figure=f.number, field_name="printed",
                value=f.printed))
    return errors


def check_parts(figures: list[Figure], preferred: set[int], codebook: Codebook) -> list[DataError]:
    """A part (criminal cases concluded) may not exceed its total (all cases concluded)."""
    totals = {_key(f): f for f in figures if id(f) in preferred}
    errors = []
    for f in figures:
        total_id = codebook.indicator(f.indicator).get("part_of")
        if not total_id or f.known_exception:
            continue
        total = totals.get((f.region, total_id, f.period_start, f.period_end))
        if total is None or total.known_exception:
            continue
        part_low, total_high = interval(f)[0], interval(total)[1]
        if part_low > total_high:
            errors.append(DataError(
                f.path, f"part {f.indicator} = {f.value:g} is larger than its total "
                f"{total_id} = {total.value:g} ({total.source_id})", figure=f.number,
                field_name="printed", value=f.printed))
    return errors


def implied_by_stated_changes(figures: list[Figure], preferred: set[int],
                              codebook: Codebook) -> list[Figure]:
    """Values a stated change implies where no figure was printed (one step, never chained)."""
    annual = _annual(figures, preferred)
    implied: dict[tuple, Figure] = {}
    for f in sorted(figures, key=lambda x: (x.source_id, x.number)):
        base = codebook.base_of(f.indicator)
        if not base or f.year is None or id(f) not in preferred or f.qualifier != "exact":
            continue
        factor = 1 + f.value / 100
        for known_year, missing_year, scale in ((f.year - 1, f.year, factor),
                                                 (f.year, f.year - 1, 1 / factor)):
            known = annual.get((f.region, base, known_year))
            key = (f.region, base, missing_year)
            if known is None or known.derivation or key in annual or key in implied:
                continue
            value = known.value * scale
            value = round(value) if known.unit not in ("percent",) else round(value, 2)
            implied[key] = replace(
                known, value=float(value), period_start=dt.date(missing_year, 1, 1),
                period_end=dt.date(missing_year, 12, 31),
                qualifier="approx" if known.qualifier == "exact" else known.qualifier,
                source_id=f.source_id, quote=f.quote, printed="", path=f.path, number=f.number,
                derivation="implied_by_yoy", explicit_preference=False, known_exception="",
                note=f"{known.value:g} ({known_year}, {known.source_id}) "
                     f"{'×' if scale == factor else '÷'} (1 {f.value:+g}%)")
    return list(implied.values())
