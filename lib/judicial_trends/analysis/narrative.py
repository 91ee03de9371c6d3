"""Computed facts → sentences in Chinese and English that state bounds and gaps honestly.

Numbers follow the language (万/亿 in Chinese, thousands/millions in English). A lower bound
is rounded down and an upper bound up, so a sentence never claims more than the data. Counts
change in percent; rates and shares change in percentage points.
"""

from __future__ import annotations

import math

import pandas as pd

from . import trends
from ..data.coverage import year_ranges
from ..data.numbers import format_en, format_zh
from .trends import Q


def _safe(value: float, qualifier: str, step: float) -> float:
    """Round to ``step`` towards the side the qualifier guarantees."""
    if qualifier == "at_least":
        return math.floor(value / step + 1e-9) * step
    if qualifier == "at_most":
        return math.ceil(value / step - 1e-9) * step
    return round(value / step) * step


def _step(value: float, unit: str | None, lang: str) -> float:
    magnitude = abs(value)
    if unit == "percent":
        return 0.1
    if lang == "zh":
        return 1e6 if magnitude >= 1e8 else 100 if magnitude >= 1e5 else 1
    return 1e7 if magnitude >= 1e9 else 1e4 if magnitude >= 1e6 else 1


def number(q: Q, unit: str | None, lang: str = "zh") -> str:
    """``Q(100000, 'at_least'), 'case'`` → ``至少10万件`` / ``at least 100,000 cases``."""
    value = _safe(q.value, q.qualifier, _step(q.value, unit, lang))
    return (format_zh if lang == "zh" else format_en)(value, unit, q.qualifier)


def percent(q: Q, lang: str = "zh", signed: bool = False) -> str:
    """A percentage with its bound words; ``signed`` adds + for increases."""
    value = _safe(q.value, q.qualifier, 0.1)
    text = number(Q(value, q.qualifier), "percent", lang)
    if signed and value > 0:
        prefix = {"exact": "", "approx": "约" if lang == "zh" else "about ",
                  "at_least": "至少" if lang == "zh" else "at least ",
                  "at_most": "至多" if lang == "zh" else "at most "}[q.qualifier]
        text = prefix + "+" + text[len(prefix):]
    return text


def points(q: Q, lang: str = "zh", signed: bool = False) -> str:
    """A difference of two percentages: ``+1.6个百分点`` / ``+1.6 percentage points``."""
    return percent(q, lang, signed)[:-1] + ("个百分点" if lang == "zh" else " percentage points")


def change_between(before: Q, after: Q, unit: str | None, lang: str = "zh") -> str | None:
    """The signed change from ``before`` to ``after``: in percentage points between two
    percentages, else in percent; None when the bounds leave its direction open."""
    if unit == "percent":
        delta = trends.difference(before, after)
        return None if delta is None else points(delta, lang, signed=True)
    delta = trends.change_pct(before, after)
    return None if delta is None else percent(delta, lang, signed=True)


def gap(years: list[int], lang: str = "zh") -> str:
    """``[2022, 2023]`` → ``2022–2023年无公开数据`` / ``no public figure for 2022–2023``."""
    if not years:
        return ""
    spans = year_ranges(sorted(years))
    return f"{spans}年无公开数据" if lang == "zh" else f"no public figure for {spans}"


def not_in_years(what: str, start: int, end: int, years: list[int], lang: str = "zh") -> str:
    """``受理与审执结案件：2022年没有公开数字；最近有数字的年份为2021年和2024年。``"""
    span = str(start) if start == end else f"{start}–{end}"
    nearest = [y for y in years if y < start][-1:] + [y for y in years if y > end][:1]
    if lang == "zh":
        near = "和".join(f"{y}年" for y in nearest)
        return (f"{what}：{span}年没有公开数字" +
                (f"；最近有数字的年份为{near}。" if nearest else "，其他年份也没有。"))
    near = " and ".join(map(str, nearest))
    nearest_is = "the nearest years with figures are" if len(nearest) > 1 else "the nearest year with figures is"
    return (f"{what}: no published figure for {span}" +
            (f"; {nearest_is} {near}." if nearest else ", nor for any other year."))


def _direction(q: Q) -> int:
    """+1 if the change is known to be a rise, -1 a fall, 0 if the data cannot tell."""
    if q.qualifier in ("exact", "approx") or (q.qualifier == "at_least" and q.value >= 0) \
            or (q.qualifier == "at_most" and q.value <= 0):
        return (q.value > 0) - (q.value < 0)
    return 0


def change(label: str, first_year: int, first: Q, last_year: int, last: Q, unit: str,
           lang: str = "zh") -> str:
    """How a series moved between two years, with the compound annual rate where defined."""
    a, b = number(first, unit, lang), number(last, unit, lang)
    rate = (trends.difference(first, last) if unit == "percent"
            else trends.cagr(first_year, first, last_year, last))
    move = _direction(rate) if rate else 0
    if lang == "zh":
        text = f"{label}从{first_year}年的{a}{ {1: '增至', -1: '降至', 0: '变为'}[move]}{last_year}年的{b}"
    else:
        text = f"{label} { {1: 'rose', -1: 'fell', 0: 'went'}[move]} from {a} in {first_year} " \
               f"to {b} in {last_year}"
    if rate is None:
        return text + ("，两端均为估计或界值，年均变化无法确定。" if lang == "zh" else
                       "; both ends are bounds or estimates, so the annual rate cannot be stated.")
    if unit == "percent":
        moved = points(rate, lang, signed=True)
        return text + (f"，变化{moved}。" if lang == "zh" else f", a change of {moved}.")
    size = percent(Q(abs(rate.value), _flip(rate) if rate.value < 0 else rate.qualifier), lang)
    if lang == "zh":
        return text + f"，年均{'增长' if rate.value >= 0 else '下降'}{size}。"
    return text + f", an average annual {'growth' if rate.value >= 0 else 'decline'} of {size}."


def _flip(q: Q) -> str:
    """Qualifier of ``-q``: a lower bound of a negative change is an upper bound of the fall."""
    return {"at_least": "at_most", "at_most": "at_least"}.get(q.qualifier, q.qualifier)


def latest(label: str, s: pd.DataFrame, unit: str, lang: str = "zh") -> str:
    """The latest figure and its change on the previous available year."""
    year = int(s.index.max())
    now = Q(float(s.loc[year, "value"]), s.loc[year, "qualifier"])
    text = (f"{year}年{label}{number(now, unit, lang)}" if lang == "zh"
            else f"In {year}, {label[0].lower() + label[1:]}: {number(now, unit, lang)}")
    earlier = [y for y in s.index if y < year]
    if not earlier:
        return text + ("。" if lang == "zh" else ".")
    prev_year = int(max(earlier))
    prev = Q(float(s.loc[prev_year, "value"]), s.loc[prev_year, "qualifier"])
    moved = change_between(prev, now, unit, lang)
    if moved is None:
        return text + (f"（上一可得年份{prev_year}年为{number(prev, unit, lang)}，变化幅度无法确定）。"
                       if lang == "zh" else
                       f" ({prev_year}: {number(prev, unit, lang)}; the change cannot be stated).")
    return text + (f"，较{prev_year}年变化{moved}。" if lang == "zh"
                   else f", {moved} on {prev_year}.")


def describe(label: str, s: pd.DataFrame, unit: str, lang: str = "zh") -> list[str]:
    """Sentences on one series: latest value, long-run change, gaps, trend availability."""
    if s.empty:
        return ["暂无该指标的年度公开数据。" if lang == "zh"
                else "There is no annual public figure for this indicator."]
    sentences = [latest(label, s, unit, lang)]
    years = [int(y) for y in s.index]
    if len(years) >= 2:
        first, last = years[0], years[-1]
        sentences.append(change(label, first, Q(float(s.loc[first, "value"]),
                                                 s.loc[first, "qualifier"]),
                                last, Q(float(s.loc[last, "value"]), s.loc[last, "qualifier"]),
                                unit, lang))
        missing = [y for y in range(first, last + 1) if y not in years]
        if missing:
            sentences.append((gap(missing, "zh") + "。") if lang == "zh"
                             else gap(missing, "en").capitalize() + ".")
    fit = trends.trend_fit(s)
    if not fit.ok:
        sentences.append(f"精确数据点不足{trends.MIN_TREND_POINTS}个，不作趋势拟合。" if lang == "zh"
                         else f"Fewer than {trends.MIN_TREND_POINTS} exact points: no trend line is fitted.")
    return sentences
