"""Notebook 08: everything about one indicator in one region."""

from __future__ import annotations

import pandas as pd

from .. import charts, narrative, trends
from ..blocks import QUALIFIER_WORDS, Analysis
from ..trends import Q


def profile(a: Analysis, indicator: str) -> None:
    """Everything about one indicator in one region: series, sources, changes, trend."""
    label = a.label(indicator)
    entry = a.book.indicator(indicator)
    a.report.section(a.t("定义", "Definition"))
    a.report.prose(entry["definition_" + a.lang])
    if entry.get("basis"):
        a.report.note(entry["basis"])
    a.report.section(a.t("数据序列", "Series"))
    s = a.annual(indicator, clip=False)
    a.series_figure({label: s}, a.unit(indicator), label,
                       {label: charts.ORGAN_COLOURS.get(entry["organ"])}, entry["organ"])
    a.report.prose(*narrative.describe(label, s, a.unit(indicator), a.lang))
    fit = trends.trend_fit(s)
    if fit.ok:
        per_year = narrative.number(Q(abs(fit.slope), "approx"), a.unit(indicator), a.lang)
        a.report.prose(a.t(
            f"按{fit.points}个精确年度数据拟合直线，年均{'增加' if fit.slope >= 0 else '减少'}{per_year}。",
            f"A straight line through the {fit.points} exact annual figures "
            f"{'rises' if fit.slope >= 0 else 'falls'} by {per_year} a year."))
    a.yoy_figure(indicator)
    a.report.section(a.t("全部来源", "Every source behind it"))
    rows = a.data[(a.data["indicator"] == indicator) & (a.data["region"] == a.region)]
    if rows.empty:
        a.no_data(label)
        return
    rows = rows.sort_values(["period_end", "source_id"])
    words = QUALIFIER_WORDS[a.lang]
    records = rows.to_dict("records")
    table = pd.DataFrame({
        a.t("时期", "Period"): [a.period_text(r) for r in records],
        a.t("原文", "As printed"): [r["printed"] or a.t("（推算）", "(implied)") for r in records],
        a.t("数值", "Value"): [a.value_text(r["value"], r["qualifier"], indicator) for r in records],
        a.t("性质", "Kind"): [a.t("推算", "implied") if r["derivation"] else words[r["qualifier"]]
                                 for r in records],
        a.t("采用", "Used"): ["✓" if p else "" for p in rows["preferred"]],
        a.t("来源", "Source"): [a.source_label(i) for i in rows["source_id"]],
    })
    a.used_sources |= set(rows["source_id"])
    a.report.table(table, a.t(f"{label}的全部公开数字", f"Every published figure of {label}"),
                      a.t("同一时期有多个来源而数值不同时，采用标“✓”者，理由见数据说明。",
                             "Where sources disagree for one period, the ticked figure is used; "
                             "the reason is in the data notes."))
    notes = [n for n in rows["note"] if n]
    if notes:
        a.report.bullets(notes)
