"""Caseload blocks of notebook 02: closure rate, composition, share of the national figure."""

from __future__ import annotations

import pandas as pd

from .. import charts, narrative, trends
from ..blocks import Analysis
from ..trends import Q


def closure_rate_figure(a: Analysis) -> None:
    """结案率: concluded ÷ accepted, only for years with both (bounds propagate)."""
    label = a.t("结案率（审执结案件数÷受理案件数）", "Closure rate (concluded ÷ accepted)")
    rate = trends.closure_rate(a.annual("court.cases.concluded"),
                               a.annual("court.cases.accepted"))
    a.report.section(label, level=3)
    if rate.empty:
        a.report.prose(a.t("没有同一年的受理数和审执结数（或两者均为界值），无法计算结案率。",
                                 "No year has both cases accepted and concluded as usable "
                                 "figures, so the closure rate cannot be computed."))
        return
    fig, _ = charts.bars_chart(rate.assign(derivation=""), "percent", a.lang)
    rows = pd.concat([a.rows("court.cases.concluded"), a.rows("court.cases.accepted")])
    a.report.figure(fig, label, a.t("只计算两项都有数字的年份；斜线柱为界值。",
                                          "Only years with both figures; hatched bars are bounds."),
                       a.source_notes(rows), unit="%")
    a.report.prose(*[a.t(f"{y}年结案率为{narrative.percent(Q(r['value'], r['qualifier']), 'zh')}。",
                               f"In {y} the closure rate was {narrative.percent(Q(r['value'], r['qualifier']), 'en')}.")
                        for y, r in rate.iterrows()])

def composition_figure(a: Analysis, parts: tuple[str, ...], total_label_zh: str, total_label_en: str) -> None:
    """Stacked bars of the parts of a total, for years where every part is exact."""
    named = {a.label(p): a.annual(p) for p in parts}
    fig, unit_label, years = charts.composition_chart(named, "case", a.lang)
    title = a.t(f"{total_label_zh}构成", f"Composition of {total_label_en}")
    a.report.section(title, level=3)
    if not years:
        import matplotlib.pyplot as plt

        plt.close(fig)
        a.report.prose(a.t("没有哪一年同时公布了各类案件的精确数字，无法绘制构成图。",
                                 "No year has exact figures for every case type, so the "
                                 "composition cannot be drawn."))
        a.figures_table([p for p in parts if not a.rows(p).empty], title)
        return
    rows = pd.concat([a.rows(p) for p in parts])
    a.report.figure(fig, title, a.t("仅含各类数字齐全的年份。", "Years with every part only."),
                       a.source_notes(rows), unit=unit_label)

def national_share_figure(a: Analysis, indicator: str, national: dict[str, str]) -> None:
    """Share of national figures, one line per national basis (never spliced)."""
    label = a.label(indicator)
    title = a.t(f"{label}占全国比重", f"{label} as a share of the national figure")
    a.report.section(title, level=3)
    named = {}
    for national_id, basis in national.items():
        share = trends.share(a.annual(indicator), a.annual(national_id, "CN", clip=False))
        if not share.empty:
            named[basis] = share.assign(derivation="")
    if not named:
        a.report.prose(a.t("没有与全国数字同年的数据，无法计算占比。",
                                 "No year matches a national figure, so no share is computed."))
        return
    fig, _ = charts.series_chart(named, "percent", a.lang)
    rows = pd.concat([a.rows(indicator)] + [a.rows(n, "CN") for n in national])
    a.report.figure(fig, title, a.t(
        "全国口径随年份变化（地方各级法院、全国法院、含诉前调解），各口径分别成线，不拼接。",
        "The national basis changes over the years (local courts, all courts, incl. "
        "pre-litigation mediation); each basis is its own line, never spliced."),
        a.source_notes(rows), unit="%")
