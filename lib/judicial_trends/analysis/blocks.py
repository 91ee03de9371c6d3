"""Building blocks of the analysis notebooks: one call per report section.

An :class:`Analysis` holds the validated parameters, the clean data, the codebook, the sources
and a :class:`~judicial_trends.analysis.report.Report`. Its methods draw the standard charts, write
the sentences (``narrative``) and tables, and always say plainly when the public record has
no figure, instead of drawing empty axes. Blocks used by one notebook only live in their own
modules in ``notebook_blocks`` (``caseload``, ``comparison``, ``profile``, ``annual``,
``overview``).
"""

from __future__ import annotations

import pandas as pd

from . import charts, narrative, trends
from ..data import codebook, dataset, events
from .report import Report
from .topics import Section
from .trends import Q

QUALIFIER_WORDS = {"zh": {"exact": "公布值", "at_least": "下限", "at_most": "上限", "approx": "约数"},
                   "en": {"exact": "printed", "at_least": "lower bound", "at_most": "upper bound",
                          "approx": "approximate"}}
# For values computed from figures: "exact" means computed from exact figures, not printed.
COMPUTED_WORDS = {"zh": {**QUALIFIER_WORDS["zh"], "exact": "由公布值计算"},
                  "en": {**QUALIFIER_WORDS["en"], "exact": "computed"}}


_PREFERRED: dict[str, tuple[pd.DataFrame, dict[tuple[str, str], pd.DataFrame]]] = {}


def preferred_figures() -> tuple[pd.DataFrame, dict[tuple[str, str], pd.DataFrame]]:
    """The clean data's preferred figures in time order, and grouped by (indicator, region):
    built once per dataset version (a warm kernel has them before its job arrives, see
    ``batch.kernel_fork``), as a report looks up a hundred series."""
    version = dataset.version()
    if version not in _PREFERRED:
        data = dataset.load()
        preferred = data[data["preferred"]].sort_values(["period_end", "period_start"],
                                                        kind="stable")
        _PREFERRED.clear()
        _PREFERRED[version] = preferred, dict(tuple(preferred.groupby(["indicator", "region"],
                                                                      sort=False)))
    return _PREFERRED[version]


class Analysis:
    """Data, labels and report of one notebook run."""

    def __init__(self, params: dict):
        self.params = params
        self.lang = params.get("lang", "zh")
        self.region = params.get("region", "XZ")
        self.data = dataset.load()
        self.preferred, self._groups = preferred_figures()
        self._series: dict[tuple[str, str, bool], pd.DataFrame] = {}
        self.book = codebook.load()
        self.sources = dataset.load_sources().set_index("source_id")
        self.events = events.load()
        self.report = Report(self.lang)
        self.used_sources: set[str] = set()
        years = self.preferred[self.preferred["region"] == self.region]["year"].dropna()
        self.start = params.get("start_year") or (int(years.min()) if len(years) else None)
        # a report of one year (the annual report) shows nothing later than that year
        self.end = params.get("end_year") or params.get("year") or (
            int(years.max()) if len(years) else None)
        charts.setup()

    # ------------------------------------------------------------------ words
    def t(self, zh: str, en: str) -> str:
        return zh if self.lang == "zh" else en

    def label(self, indicator: str) -> str:
        return self.book.label(indicator, self.lang)

    def region_name(self, code: str | None = None) -> str:
        return self.book.region_name(code or self.region, self.lang)

    def unit(self, indicator: str) -> str:
        return self.book.unit(indicator)

    def value_text(self, value: float, qualifier: str, indicator: str) -> str:
        return narrative.number(Q(value, qualifier), self.unit(indicator), self.lang)

    def period_text(self, row) -> str:
        if pd.notna(row["year"]):
            return str(int(row["year"]))
        start, end = row["period_start"], row["period_end"]
        if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
            return f"{start.year}–{end.year}"
        if start == end:  # a stock "as of" one day
            return self.t(f"截至{start:%Y-%m-%d}", f"as of {start:%Y-%m-%d}")
        return f"{start:%Y-%m-%d}–{end:%Y-%m-%d}"

    def source_label(self, source_id: str) -> str:
        src = self.sources.loc[source_id]
        date = f" ({src['published']})" if src["published"] else ""
        if self.lang == "zh":
            return f"{src['publisher']}《{src['title']}》{date}"
        return f"{src['publisher']}, “{src['title']}”{date}"

    def source_notes(self, rows: pd.DataFrame) -> list[str]:
        ids = sorted(set(rows["source_id"]))
        self.used_sources |= set(ids)
        return [self.source_label(i) for i in ids]

    # ------------------------------------------------------------------ data
    def present(self, region: str | None = None) -> set[str]:
        """Indicator ids with a preferred figure for ``region`` (default: the report's)."""
        return set(self.preferred[self.preferred["region"] == (region or self.region)]
                   ["indicator"])

    def expand(self, patterns: tuple[str, ...], region: str | None = None) -> list[str]:
        """Indicator ids matching ``patterns`` (ids or prefixes ending in '.') that have data."""
        present = self.present(region)
        found = []
        for pattern in patterns:
            matches = sorted(i for i in present if i == pattern
                             or (pattern.endswith(".") and i.startswith(pattern)))
            found += [m for m in matches if m not in found and not self.book.is_change(m)]
        return found

    def _figures(self, indicator: str, region: str) -> pd.DataFrame:
        """Preferred figures of one indicator and region, in time order."""
        return self._groups.get((indicator, region), self.preferred.iloc[:0])

    def annual(self, indicator: str, region: str | None = None, clip: bool = True) -> pd.DataFrame:
        """Annual figures by year (clipped to the report's years), built once per report."""
        key = (indicator, region or self.region, clip)
        if key not in self._series:
            self._series[key] = trends.series(self._figures(*key[:2]), *key[:2],
                                              self.start if clip else None,
                                              self.end if clip else None)
        return self._series[key].copy()

    def figure_years(self, indicators: list[str], region: str | None = None) -> list[int]:
        """Years in which a preferred figure of ``indicators`` ends (annual or multi-year)."""
        rows = [self._figures(i, region or self.region) for i in indicators]
        return sorted({int(y) for r in rows for y in r["period_end"].dt.year})

    def rows(self, indicator: str, region: str | None = None) -> pd.DataFrame:
        """Every preferred figure of an indicator for a region (annual and multi-year), in
        time order."""
        return self._figures(indicator, region or self.region)

    # ------------------------------------------------------------------ blocks
    def title(self, zh: str, en: str, subtitle_zh: str = "", subtitle_en: str = "") -> None:
        self.report.title(self.t(zh, en), self.t(subtitle_zh, subtitle_en))

    def topic_title(self, zh: str, en: str) -> None:
        """``西藏自治区刑事司法 / 2013–2024年`` style title for a topic notebook."""
        years = (str(self.start) if self.start == self.end else f"{self.start}–{self.end}") \
            if self.start else ""
        self.title(f"{self.region_name()}{zh}", f"{en}: {self.region_name()}",
                   f"{years}年趋势分析" if years else "", f"Trends {years}" if years else "")

    def no_data(self, what: str) -> None:
        self.report.note(self.t(f"{what}：公开资料中没有找到数据。",
                                f"{what}: no figure was found in the public record."))

    def caption_for(self, series: list[pd.DataFrame]) -> str:
        kinds = {charts.kind_of(r) for s in series for r in s.to_dict("records")}
        parts = [self.t("实心圆点为公布值", "Filled dots are printed values")]
        if "at_least" in kinds:
            parts.append(self.t("空心上三角为下限（如“突破”“余”）", "hollow up-triangles are lower bounds"))
        if "approx" in kinds:
            parts.append(self.t("空心圆为约数", "hollow circles are approximations"))
        if "implied" in kinds:
            parts.append(self.t("空心方块为由同比增幅推算的值", "hollow squares are implied by a stated change"))
        parts.append(self.t("相邻年份才连线，缺年不连", "lines join consecutive years only; gaps stay open"))
        return ("；" if self.lang == "zh" else "; ").join(parts) + ("。" if self.lang == "zh" else ".")

    def series_figure(self, named: dict[str, pd.DataFrame], unit: str, title: str,
                      colours: dict[str, str] | None = None, organ: str | None = None) -> bool:
        """A line chart of ``named`` series, with the milestones of ``organ`` in the region;
        returns False (and draws nothing) when there is nothing to draw."""
        named = {k: v for k, v in named.items() if not v.empty}
        if not named or sum(len(v) for v in named.values()) < 2:
            return False
        milestones = [e for e in events.in_region(self.events, self.region)
                      if e["organ"] == organ] if organ else None
        fig, unit_label = charts.series_chart(named, unit, self.lang, colours, milestones)
        rows = pd.concat(named.values())
        self.report.figure(fig, title, self.caption_for(list(named.values())),
                           self.source_notes(rows), unit=unit_label)
        return True

    def indicator_block(self, indicator: str, region: str | None = None) -> None:
        """Chart (two or more annual points) and sentences on one indicator."""
        region = region or self.region
        s = self.annual(indicator, region)
        label = self.label(indicator)
        organ = self.book.indicator(indicator)["organ"]
        title = f"{self.region_name(region)}{label}" if self.lang == "zh" else \
            f"{label}, {self.region_name(region)}"
        self.series_figure({label: s}, self.unit(indicator), title,
                           {label: charts.ORGAN_COLOURS.get(organ)}, organ)
        self.report.prose(*narrative.describe(label, s, self.unit(indicator), self.lang))

    def figures_table(self, indicators: list[str], title: str, region: str | None = None,
                      year: int | None = None) -> bool:
        """Every figure of ``indicators`` (of ``year`` only, if given) as a table: indicator,
        period, value, kind, as printed; with the sources. False when there is none."""
        region = region or self.region
        if not indicators:
            return False
        rows = pd.concat([self.rows(i, region) for i in indicators])
        if year is not None:
            rows = rows[rows["year"] == year]
        elif self.start and self.end:  # periods overlapping the chosen years
            rows = rows[(rows["period_end"].dt.year >= self.start)
                        & (rows["period_start"].dt.year <= self.end)]
        if rows.empty:
            return False
        words = QUALIFIER_WORDS[self.lang]
        records = rows.to_dict("records")
        table = pd.DataFrame({
            self.t("指标", "Indicator"): [self.label(r["indicator"]) for r in records],
            self.t("时期", "Period"): [self.period_text(r) for r in records],
            self.t("数值", "Value"): [self.value_text(r["value"], r["qualifier"], r["indicator"])
                                     for r in records],
            self.t("性质", "Kind"): [self.t("推算", "implied") if r["derivation"]
                                     else words[r["qualifier"]] for r in records],
            self.t("原文", "As printed"): [r["printed"] for r in records],
        })
        self.report.table(table, title, sources=self.source_notes(rows))
        return True

    def section(self, section: Section, region: str | None = None) -> None:
        """A topic section: a chart for every series with two or more annual points in the
        chosen years, and one table with every other figure."""
        region = region or self.region
        heading = self.t(section.zh, section.en)
        self.report.section(heading)
        indicators = self.expand(section.indicators, region)
        if not indicators:
            self.no_data(heading)
            return
        charted = [i for i in indicators if len(self.annual(i, region)) >= 2]
        for indicator in charted:
            self.report.section(self.label(indicator), level=3)
            self.indicator_block(indicator, region)
        rest = [i for i in indicators if i not in charted]
        shown = bool(charted)
        if rest:
            title = (self.t(f"{heading}：其他公开数字", f"{heading}: other published figures")
                     if charted else self.t(f"{heading}：公开数字", f"{heading}: published figures"))
            shown = self.figures_table(rest, title, region) or shown
        if not shown:
            self.report.note(narrative.not_in_years(heading, self.start, self.end,
                                                    self.figure_years(indicators, region), self.lang))

    def yoy_figure(self, indicator: str) -> None:
        """Year-on-year changes computed from consecutive values, with their qualifiers."""
        rate = self.unit(indicator) == "percent"  # a rate changes in percentage points
        changes = trends.yoy(self.annual(indicator), points=rate)
        label = self.label(indicator)
        if changes.empty:
            self.report.prose(self.t(f"{label}没有相邻两年的数据，无法计算同比变化。",
                                     f"{label}: no two consecutive years, so no year-on-year change."))
            return
        fig, unit_label = charts.bars_chart(changes.assign(derivation=""),
                                            "points" if rate else "percent", self.lang, signed=True)
        self.report.figure(fig, self.t(f"{label}同比变化", f"{label}: year-on-year change"),
                           self.t("由相邻年份的数值计算；斜线柱为界值。",
                                  "Computed from consecutive years; hatched bars are bounds."),
                           self.source_notes(self.rows(indicator)), unit=unit_label)

    def sources_appendix(self) -> None:
        """Every source used in this report: publisher, title, date, kind, reliability, URL."""
        self.report.section(self.t("附录：资料来源", "Appendix: sources"))
        if not self.used_sources:
            self.report.prose(self.t("本报告未引用数据。", "This report cites no figures."))
            return
        src = self.sources.loc[sorted(self.used_sources)]
        items = []
        for sid, row in src.iterrows():
            kind = f"{row['kind']}, {row['reliability']}"
            url = f" {row['url']}" if row["url"] else ""
            items.append(f"{self.source_label(sid)} [{kind}]{url}")
        self.report.bullets(sorted(items))
