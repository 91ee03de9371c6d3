"""Figures found in a text → a draft: each with its printed form, quote, period, region, a
suggested indicator (or null with candidates), the figure a stated change describes, and
``duplicate_of`` where the clean data already holds it (same region, period, unit, value; a
figure printed with no unit word, of any unit a count may have), whose indicator it then
takes."""

from __future__ import annotations

import datetime as dt
import re
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

import pandas as pd

from ..codebook import Codebook
from ..sources import parse_period
from . import figures as figures_mod
from .indicators import Suggester, main_organ, organ_of
from .periods import PREVIOUS_YEARS, Period, Periods
from .quotes import CLAUSE_END, quote
from .reading import Document
from .regions import Regions
from .view import view

_GUESSED_UNITS = ("count", "person", "case")  # what a plain plural noun may count (742 arrests)
_VERSUS_SPAN = re.compile(r"(?:比|较|与)\s*((?:19|20)\d\d)\s*年?\s*(?:—|–|-|至|到)\s*((?:19|20)\d\d)")
_VERSUS_YEAR = re.compile(r"(?:比|较)\s*((?:19|20)\d\d)\s*年")
_FROM = re.compile(r"(?:从|由)[^，。；,;\d]{0,8}$|(?i:\bfrom\s+$)")
_TO = re.compile(r"\s*(?:增|增加|增长|上升|提高|发展|扩大|下降|减少|降低|降)?\s*(?:至|到)[^，。；,;\d]{0,6}"
                 r"|\s+to\s+")  # jurors increased from 57,000 to 85,000 over the last five years
_RESPECTIVELY = re.compile(r"分别[^。；;\n]{0,30}$")
_BASE_IN_BRACKETS = re.compile(r"(?:较|比)[^，,。；;]{0,12}[(（]\s*$")  # 较2024年(3.6万件)
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE = re.compile(r"((?:19|20)\d\d)\s*(?:年|-|/)\s*(\d{1,2})\s*(?:月|-|/)\s*(\d{1,2})")


@dataclass
class DraftFigure:
    """One figure of the draft, with what it reads as (for review and tests)."""

    printed: str
    quote: str
    period: Period | None
    region: str | None
    indicator: str | None
    candidates: tuple[str, ...]
    value: float
    unit: str | None
    qualifier: str
    change_of: int | None = None       # number (1-based) of the figure a stated change describes
    duplicate_of: str | None = None


@dataclass
class Draft:
    source_id: str
    meta: dict
    figures: list[DraftFigure] = field(default_factory=list)
    guessed: set = field(default_factory=set)   # metadata fields guessed from the text


def extract(doc: Document, source_id: str, book: Codebook, region: str | None = None,
            period: str | None = None, published: str | None = None,
            clean: pd.DataFrame | None = None) -> Draft:
    """The draft of ``doc``: every figure in text order, metadata to fill."""
    v = view(doc.text)
    guessed = set()
    if published is None:
        published = _first_date(v.text) or _dateline_day(v.text)
        if published:
            guessed.add("published")
    bounds = parse_period(published) if published else None
    forced = Period(*parse_period(period)) if period else None
    found = figures_mod.find(v)
    periods = Periods(v.text, bounds, skip=[(f.start, f.end) for f in found])
    regions = Regions(v.text, book)
    suggester = Suggester(book, _used(clean))
    document_organ = main_organ(v.text[:3000])
    known = _known(clean)
    out: list[DraftFigure] = []
    for i, f in enumerate(found):
        before, after = _clause(v.text, f.start, f.end, found)
        sentence = periods.sentence_start(f.start)
        group = [j for j in range(len(found)) if _same_list(found, j, i, v.text)] \
            if f.change else []
        subject = _listed_subject(found, group, i, v.text) if f.change else None
        described = _described(found, group, i, v.text) if f.change and not subject else None
        before = subject or before
        base = out[described - 1].indicator if described else None
        period_here = forced or periods.at(f.start)
        if described and not forced:  # 今年1月至11月…破获…5万余起,同比上升18%: that figure's
            period_here = out[described - 1].period
        if f.change and not forced:
            period_here = periods.of_change(period_here, v.text[sentence:f.end])
        versus = _versus(v.text[sentence:f.start], period_here) if f.change else None
        figure_region = region or regions.at(f.start, sentence)
        suggestion = suggester.suggest(
            before, after, None if f.guessed else f.unit, f.change, base,
            organ=organ_of(v.text[sentence:f.start], len(before), document_organ),
            document_organ=document_organ,
            versus=versus, region=figure_region,
            year=period_here.end.year if period_here else None,
            lead=() if subject else _lead(v.text, _topic_start(v.text, sentence, periods),
                                          f.start - len(before), found),
            paragraph=v.text[v.text.rfind("\n", 0, f.start) + 1:f.start])
        indicator = suggestion.indicator
        unit = (book.unit(indicator) if indicator else None) if f.guessed else f.unit
        same = [s for u in ([unit] if unit else _GUESSED_UNITS)
                for s in _same(known, (figure_region, period_here, u), f.parsed.value)] \
            if period_here and not described else []
        if len({key for _, key in same}) == 1:
            indicator = same[0][1]  # the English version of a report, a repost
            unit = book.unit(indicator)
        out.append(DraftFigure(
            printed=f.printed, quote=quote(v, f.start, f.end, f.lang == "en",
                                           found[i + 1].start if i + 1 < len(found) else None),
            period=period_here,
            region=figure_region,
            indicator=indicator, candidates=suggestion.candidates,
            value=f.parsed.value, unit=unit, qualifier=f.parsed.qualifier,
            change_of=described, duplicate_of=same[0][0] if same else None))
    if not forced:
        _respective_years(out, found, v.text, periods)
        _from_to(out, found, v.text)
    chinese = len(re.findall(r"[\u4e00-\u9fff]", v.text))
    language = "en" if chinese < len(re.findall(r"[A-Za-z]", v.text)) / 4 else \
        "zh-Hant" if v.converted > chinese / 20 else "zh"
    meta = {"title": doc.title, "publisher": None, "published": published, "url": None,
            "accessed": dt.date.today().isoformat(), "language": language, "kind": None,
            "reliability": None, "notes": f"Drafted by `data extract` from {Path(doc.name).name}."}
    return Draft(source_id, meta, out, guessed)


def _versus(words: str, period: Period | None) -> str | None:
    """What a change is compared with, as codebook ids name it: a year (比2014年 → 2014, but
    year on year when it is the year before), a span of years (与1998—2002年比较 → 1998_2002),
    or the n years before a span of n (比前五年 in a report on 1998–2002 → 1993_1997), or the
    period before one of the same length (环比 → previous_period)."""
    if words.rfind("环比") > words.rfind("同比"):
        return "previous_period"
    span = _VERSUS_SPAN.search(words)
    if span:
        return f"{span.group(1)}_{span.group(2)}"
    year = _VERSUS_YEAR.search(words)
    if year:
        return None if period and int(year.group(1)) == period.start.year - 1 else year.group(1)
    if PREVIOUS_YEARS.search(words) and period and period.end.year > period.start.year:
        n = period.end.year - period.start.year + 1
        return f"{period.start.year - n}_{period.start.year - 1}"
    return None


def _first_date(text: str) -> str | None:
    """The first full date of the text (a newspaper's date line): a guess at publication."""
    for m in _DATE.finditer(text[:2000]):
        try:
            return dt.date(*map(int, m.groups())).isoformat()
        except ValueError:
            continue
    return None


def _dateline_day(text: str) -> str | None:
    """The day a page that prints no year opens on (``2月21日,最高人民检察院召开新闻发布会``), in
    the last year the text names, or the year after in January to March, when texts review the
    year before: a guess at publication."""
    day = _MONTH_DAY.search(text[:300])
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年", text)]
    if not (day and years):
        return None
    month = int(day.group(1))
    with suppress(ValueError):
        return dt.date(max(years) + (month <= 3), month, int(day.group(2))).isoformat()
    return None


def _clause(text: str, start: int, end: int, found) -> tuple[str, str]:
    """The words of the figure's clause before it and after it (up to the next figure or list
    item). In a list (``刑事案件77件、民商事案件7件``) an item's own words stand alone; a figure
    right after another (``143件211人``) shares the words before both."""
    ends = [m.end() for m in CLAUSE_END.finditer(text, max(0, start - 80), start)]
    clause_start = ends[-1] if ends else max(0, start - 80)
    previous = [f.end for f in found if clause_start <= f.end <= start]
    if previous and re.search(r"[^\s、]", text[previous[-1]:start]):
        clause_start = previous[-1]
    stop = CLAUSE_END.search(text, end)
    clause_end = stop.start() if stop else len(text)
    pause = text.find("、", end, clause_end)
    if pause != -1:
        clause_end = pause  # 151件226人、受理审查起诉…: the next item's words are its own
    nxt = [f.start for f in found if f.start >= end]
    if nxt:
        clause_end = min(clause_end, nxt[0])
    return text[clause_start:start], text[end:clause_end]


def _topic_start(text: str, sentence: int, periods: Periods) -> int:
    """Where the words that may name a figure start: its sentence, or when the text since the
    last full stop opens with 其中, the sentence before that (新收…一审案件11444950件。其中,
    刑事一审案件1126748件…;民商事一审案件10097804件: 新收 … 民商事一审案件)."""
    stop = max(text.rfind("。", 0, sentence), text.rfind("\n", 0, sentence))
    if stop > 0 and text[stop + 1:stop + 9].lstrip().startswith("其中"):
        return periods.sentence_start(stop)
    return sentence


def _lead(text: str, sentence: int, clause_start: int, found) -> tuple[str, ...]:
    """The words of the sentence before the figure's clause, split at the figures in them."""
    parts, at = [], sentence
    for f in found:
        if sentence <= f.start and f.end <= clause_start:
            parts.append(text[at:f.start])
            at = f.end
    return (*parts, text[at:clause_start]) if clause_start > sentence else ()


def _described(found, group: list[int], i: int, text: str) -> int | None:
    """The number of the figure a stated change describes: the nearest level before it in
    its clause, or for ``受理15985件,审结14135件,分别上升42.6%和43%`` the level in the same place
    of the list (none for a list of English changes, ``respectively``). ``group``: the changes
    of the list figure ``i`` is in (``_same_list``)."""
    head = group[0]
    if "分别" in text[found[head].start:found[head].end]:
        levels = [j for j in range(head) if not found[j].change
                  and not re.search(r"[。；;\n]", text[found[j].end:found[head].start])]
        if len(levels) >= len(group):
            return levels[len(levels) - len(group) + group.index(i)] + 1
    elif re.match(r"(?:[^.;]|\.\d){0,30}\brespectively", text[found[group[-1]].end:]):
        return None  # up 32.22% and 30.39%, respectively: an English list is not paired
    for j in range(i - 1, -1, -1):
        if found[j].change or (found[i].unit != "percent" and found[j].unit != found[i].unit) \
                or _BASE_IN_BRACKETS.search(text, max(0, found[j].start - 16), found[j].start):
            continue  # 同比增加1576件 describes a count of cases, not the share before it; nor
            # does 下降82.93% describe the base in 较2015年高峰时期(13.9万件)
        between = text[found[j].end:found[i].start]
        near = 20 if found[i].lang == "zh" else 40  # 1,088,490 suspects of various types, up 3%
        return j + 1 if len(between) <= near and not re.search(r"[。；;\n]", between) else None
    return None


def _listed_subject(found, group: list[int], i: int, text: str) -> str | None:
    """The words naming what the n-th change of a list describes, when as many subjects as
    changes are listed before it: 救助件数、人数和发放救助金额同比增长96.9%、77.3%和104% → 人数
    for 77.3%."""
    if len(group) < 2:
        return None
    head = found[group[0]]
    subjects = [s for s in re.split(r"[、和及]", _clause(text, head.start, head.end, found)[0]) if s]
    return subjects[group.index(i)] if len(subjects) == len(group) else None


def _respective_years(out: list[DraftFigure], found, text: str, periods: Periods) -> None:
    """Figures listed after 分别 under a span of whole years, as many as its years, take one
    year each (2012-2014年全国法院分别受理一审离婚案件125.1万件、130.5万件和131.9万件 → 2012, 2013,
    2014; a compound count as one: 分别为6924件13485人、4098件7889人、7049件12729人), and so do the
    changes that describe them. The span is the list's period, or the first of its sentence,
    or the one that opens its paragraph (2021至2023年,…,2023年同比分别上升72%;受理审查起诉分别为
    9611件22011人、…)."""
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and not found[j + 1].change \
                and re.fullmatch(figures_mod.LIST_GAP, text[found[j].end:found[j + 1].start]):
            j += 1
        run = out[i:j + 1]
        item_of = [n - 1 for n in accumulate(  # each figure's item: 6924件13485人 is one
            k == i or found[k].start > found[k - 1].end for k in range(i, j + 1))]
        sentence = periods.sentence_start(found[i].start)
        opening = next((m for m in periods.mentions if sentence <= m.start < found[i].start),
                       None) or next((m for m in periods.mentions  # else the paragraph's opening
                                      if m.start == periods.paragraph_start(found[i].start)), None)
        span = next((p for p in (out[i].period, opening and opening.period)
                     if p and (p.start.month, p.start.day) == (1, 1)
                     and (p.end.month, p.end.day) == (12, 31)
                     and p.end.year - p.start.year + 1 == item_of[-1] + 1 > 1), None)
        if span and not found[i].change and len({f.period for f in run}) == 1 \
                and _RESPECTIVELY.search(text, max(0, found[i].start - 40), found[i].start):
            for k, f in enumerate(run):
                f.period = Period.year(span.start.year + item_of[k])
            for f in out:
                if f.change_of and i < f.change_of <= j + 1:
                    f.period = out[f.change_of - 1].period
        i = j + 1


def _from_to(out: list[DraftFigure], found, text: str) -> None:
    """A level that grew or fell over a span of years, from one figure to the next, is at the
    span's first year and then at its last (十年来…从134个增至2400多个 → 2014, 2024; 日均接访量从成立时的
    1000余人次下降到… in eight years: the first)."""
    for i, f in enumerate(found):
        span = out[i].period
        if f.change or not span or span.start.year == span.end.year \
                or not _FROM.search(text, max(0, f.start - 12), f.start) \
                or not (to := _TO.match(text, f.end)):
            continue
        out[i].period = Period.year(span.start.year)
        nxt = i + 1
        if nxt < len(found) and found[nxt].start == to.end() and out[nxt].period == span \
                and not found[nxt].change:
            out[nxt].period = Period.year(span.end.year)


def _same_list(found, j: int, i: int, text: str) -> bool:
    """Changes ``j`` and ``i`` belong to one list (``分别上升24.7%、21.1%和54.5%``)."""
    low, high = sorted((j, i))
    return all(found[k].change for k in range(low, high + 1)) and all(
        re.fullmatch(figures_mod.LIST_GAP, text[found[k].end:found[k + 1].start])
        for k in range(low, high))


def _used(clean: pd.DataFrame | None) -> dict[str, dict[str, set[int]]]:
    """indicator → region → the years of its clean figures."""
    used: dict[str, dict[str, set[int]]] = {}
    if clean is None:
        return used
    for indicator, region, first, last in zip(*_columns(clean, "indicator", "region"),
                                              clean["period_start"].dt.year.tolist(),
                                              clean["period_end"].dt.year.tolist()):
        used.setdefault(indicator, {}).setdefault(region, set()).update(range(first, last + 1))
    return used


def _known(clean: pd.DataFrame | None) -> dict[tuple, list[tuple[float, str, str]]]:
    """(region, period, unit) → the (value, source, indicator) of each clean row, the
    preferred first."""
    index: dict[tuple, list[tuple[float, str, str]]] = {}
    if clean is None:
        return index
    clean = clean.sort_values("preferred", ascending=False)
    rows = zip(clean["period_start"].dt.date.tolist(), clean["period_end"].dt.date.tolist(),
               *_columns(clean, "region", "unit", "value", "source_id", "indicator"))
    for start, end, region, unit, value, source, indicator in rows:
        index.setdefault((region, Period(start, end), unit), []).append(
            (value, source, indicator))
    return index


def _columns(clean: pd.DataFrame, *names: str) -> list[list]:
    """The values of the named columns as Python lists (faster to walk than rows)."""
    return [clean[name].tolist() for name in names]


def _same(known: dict, key: tuple, value: float) -> list[tuple[str, str]]:
    """(source, indicator) of the clean figures of the same region, period, unit and value."""
    return [(source, indicator) for other, source, indicator in known.get(key, ())
            if abs(other - value) <= 1e-6 * max(1.0, abs(value))]
