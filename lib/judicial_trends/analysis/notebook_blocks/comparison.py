"""Notebook 07: one indicator across regions: levels, per 100,000 residents, indexed."""

from __future__ import annotations

import pandas as pd

from .. import charts, trends
from ..blocks import COMPUTED_WORDS, Analysis

POPULATION = "statistics.population.year_end"


def comparison(a: Analysis, indicator: str, regions: list[str]) -> None:
    """One indicator across regions: levels, per 100,000 residents, index, national share."""
    label = a.label(indicator)
    a.report.section(label)
    named = {a.region_name(r): a.annual(indicator, r, clip=False) for r in regions}
    colours = {a.region_name(r): charts.REGION_COLOURS.get(r) for r in regions}
    if not a.series_figure(named, a.unit(indicator), label, colours):
        a.figures_table([indicator], a.t(f"{label}：各地区公开数字",
                                               f"{label}: published figures by region"),
                           region=regions[0])
        for r in regions[1:]:
            a.figures_table([indicator], a.region_name(r), region=r)
    missing = [a.region_name(r) for r, s in zip(regions, named.values()) if s.empty]
    if missing:
        a.report.note(a.t(f"{'、'.join(missing)}没有该指标的年度公开数字。",
                                f"No annual figure for {', '.join(missing)}."))
    per_capita = {}
    for r in regions:
        population = a.annual(POPULATION, r, clip=False)
        rate = trends.per_100k(a.annual(indicator, r, clip=False), population)
        if not rate.empty:
            per_capita[a.region_name(r)] = rate.assign(derivation="")
    if a.unit(indicator) != "percent" and indicator != POPULATION:  # not people per people
        title = a.t(f"每十万常住人口{label}", f"{label} per 100,000 residents")
        if per_capita and sum(len(v) for v in per_capita.values()) >= 1:
            table = pd.DataFrame([(k, y, round(r["value"], 1), COMPUTED_WORDS[a.lang][r["qualifier"]])
                                  for k, v in per_capita.items() for y, r in v.iterrows()],
                                 columns=[a.t("地区", "Region"), a.t("年份", "Year"),
                                          a.t("每十万人", "Per 100,000"), a.t("性质", "Kind")])
            rows = pd.concat([a.rows(POPULATION, r) for r in regions]
                             + [a.rows(indicator, r) for r in regions])
            a.report.table(table, title, a.t("分子与年末常住人口同年时才计算。",
                                                   "Only where the population of the same year is known."),
                              a.source_notes(rows))
        else:
            a.report.prose(a.t("没有与年末常住人口同年的数字，无法计算每十万人比率。",
                                     "No figure shares a year with a year-end population, "
                                     "so no per-capita rate is computed."))
    indexed = {}
    for r in regions:
        s = a.annual(indicator, r, clip=False)
        exact = s[s["qualifier"] == "exact"]
        if len(exact) >= 2:
            indexed[a.region_name(r)] = trends.index_to_base(s, int(exact.index.min())).assign(derivation="")
    if indexed:
        fig, _ = charts.series_chart(indexed, "count", a.lang, colours)
        a.report.figure(fig, a.t(f"{label}指数（各地区首个精确年份=100）",
                                       f"{label}, index (each region's first exact year = 100)"),
                           a.caption_for(list(indexed.values())),
                           a.source_notes(pd.concat([a.rows(indicator, r) for r in regions])))
