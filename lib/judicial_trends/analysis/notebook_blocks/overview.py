"""Notebook 01: what the dataset holds for a region, where it comes from, what is missing."""

from __future__ import annotations

from .. import charts, narrative
from ...data import coverage
from ..blocks import QUALIFIER_WORDS, Analysis

COVERAGE_ROWS = 25  # indicators a coverage chart shows at a size a printed page can hold


def overview(a: Analysis) -> None:
    """Coverage, sources by kind and reliability, qualifier mix and known gaps."""
    rows = a.preferred[a.preferred["region"] == a.region]
    all_rows = a.data[a.data["region"] == a.region]
    a.report.section(a.t("概况", "At a glance"))
    if rows.empty:
        a.no_data(a.region_name())
        return
    annual = rows[rows["year"].notna()]
    a.report.prose(a.t(
        f"数据集收录{a.region_name()}{len(all_rows)}个数字（{rows['indicator'].nunique()}个指标，"
        f"{all_rows['source_id'].nunique()}份来源），其中年度数字{len(annual)}个，"
        f"其余为多年累计或年内部分时期的数字。",
        f"The dataset holds {len(all_rows)} figures for {a.region_name()} "
        f"({rows['indicator'].nunique()} indicators from {all_rows['source_id'].nunique()} sources); "
        f"{len(annual)} are annual, the rest cover several years or part of a year."))
    grid = coverage.table(a.data, a.region)
    series = grid[(grid != "").sum(axis=1) >= 2] if not grid.empty else grid
    a.report.section(a.t("覆盖情况", "Coverage"))
    parts = -(-len(series) // COVERAGE_ROWS)  # charts of at most COVERAGE_ROWS rows: legible
    for n in range(parts):
        part = series.iloc[n * len(series) // parts:(n + 1) * len(series) // parts]
        fig = charts.coverage_chart(part, [a.label(i) for i in part.index], a.lang)
        title = a.t("有两年及以上数字的指标", "Indicators with two or more years")
        a.report.figure(fig, title + (f" ({n + 1}/{parts})" if parts > 1 else ""),
                        a.caption_for([]), a.source_notes(annual[annual["indicator"].isin(part.index)]))
    if len(grid) > len(series):
        a.report.prose(a.t(f"另有{len(grid) - len(series)}个指标只有一个年度数字。",
                           f"{len(grid) - len(series)} more indicators have a single annual figure."))
    a.report.section(a.t("来源类型与可靠性", "Sources by kind and reliability"))
    used = a.sources.loc[sorted(set(all_rows["source_id"]))]
    counts = used.groupby(["kind", "reliability"]).size().reset_index(name="n")
    counts.columns = [a.t("类型", "Kind"), a.t("可靠性", "Reliability"), a.t("来源数", "Sources")]
    a.report.table(counts, a.t("来源按类型与可靠性", "Sources by kind and reliability"),
                      a.t("primary：发布机关或官方媒体；secondary：新闻转载、镜像、译文。",
                             "primary: the issuing organ or an official outlet; secondary: "
                             "news, reposts, mirrors, translations."))
    a.report.section(a.t("数字的性质", "What kind of numbers"))
    words = QUALIFIER_WORDS[a.lang]
    kinds = all_rows.apply(lambda r: a.t("推算", "implied") if r["derivation"] else words[r["qualifier"]], axis=1)
    mix = kinds.value_counts().reset_index()
    mix.columns = [a.t("性质", "Kind"), a.t("数字个数", "Figures")]
    a.report.table(mix, a.t("公布值、界值、约数与推算值", "Printed, bounds, approximations and implied values"))
    a.report.section(a.t("已知缺口", "Known gaps"))
    gaps = coverage.gaps(a.data, a.region)
    if gaps:
        a.report.bullets([f"{a.label(i)}：{narrative.gap(y, 'zh')}" if a.lang == "zh"
                             else f"{a.label(i)}: {narrative.gap(y, 'en')}" for i, y in gaps.items()])
    else:
        a.report.prose(a.t("年度序列内部没有缺年。", "No annual series has a missing year inside it."))
