"""Building blocks of the analysis notebooks: one call per report section.

An :class:`Analysis` holds the validated parameters, the clean data, the codebook, the sources
and a :class:`~judicial_trends.report.Report`. Its methods draw the standard charts, write
the sentences (``narrative``) and tables, and always say plainly when the public record has
no figure, instead of drawing empty axes.
"""

from __future__ import annotations

import pandas as pd

from . import charts, codebook, dataset, events, narrative, trends
from .report import Report
from .topics import Section
from .trends import Q

QUALIFIER_WORDS = {"zh": {"exact": "公布值", "at_least": "下限", "at_most": "上限", "approx": "约数"},
                   "en": {"exact": "printed", "at_least": "lower bound", "at_most": "upper bound",
                          "approx": "approximate"}}


class Analysis:
    """Data, labels and report of one notebook run."""

    def __init__(self, params: dict):
        self.params = params
        self.lang = params.get("lang", "zh")
        self.region = params.get("region", "XZ")
        self.data = dataset.load()
        self.preferred = self.data[self.data["preferred"]]
        self.book = codebook.load()
        self.sources = dataset.load_sources().set_index("source_id")
        self.events = events.load()
        self.report = Report(self.lang)
        self.used_sources: set[str] = set()
        years = self.preferred[self.preferred["region"] == self.region]["year"].dropna()
        self.start = params.get("start_year") or (int(years.min()) if len(years) else None)
        self.end = params.get("end_year") or (int(years.max()) if len(years) else None)
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
    def expand(self, patterns: tuple[str, ...], region: str | None = None) -> list[str]:
        """Indicator ids matching ``patterns`` (ids or prefixes ending in '.') that have data."""
        present = set(self.preferred[self.preferred["region"] == (region or self.region)]
                      ["indicator"])
        found = []
        for pattern in patterns:
            matches = sorted(i for i in present if i == pattern
                             or (pattern.endswith(".") and i.startswith(pattern)))
            found += [m for m in matches if m not in found and not self.book.is_change(m)]
        return found

    def annual(self, indicator: str, region: str | None = None, clip: bool = True) -> pd.DataFrame:
        return trends.series(self.preferred, indicator, region or self.region,
                             self.start if clip else None, self.end if clip else None)

    def rows(self, indicator: str, region: str | None = None) -> pd.DataFrame:
        """Every preferred figure of an indicator for a region (annual and multi-year)."""
        rows = self.preferred[(self.preferred["indicator"] == indicator)
                              & (self.preferred["region"] == (region or self.region))]
        return rows.sort_values(["period_end", "period_start"])

    # ------------------------------------------------------------------ blocks
    def title(self, zh: str, en: str, subtitle_zh: str = "", subtitle_en: str = "") -> None:
        self.report.title(self.t(zh, en), self.t(subtitle_zh, subtitle_en))

    def topic_title(self, zh: str, en: str) -> None:
        """``西藏自治区刑事司法 / 2013–2024年`` style title for a topic notebook."""
        years = f"{self.start}–{self.end}" if self.start else ""
        self.title(f"{self.region_name()}{zh}", f"{en}: {self.region_name()}",
                   f"{years}年趋势分析" if years else "", f"Trends {years}" if years else "")

    def no_data(self, what: str) -> None:
        self.report.note(self.t(f"{what}：公开资料中没有找到数据。",
                                f"{what}: no figure was found in the public record."))

    def caption_for(self, series: list[pd.DataFrame]) -> str:
        kinds = {charts.kind_of(r) for s in series for _, r in s.iterrows()}
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
                      year: int | None = None) -> None:
        """Every figure of ``indicators`` (of ``year`` only, if given) as a table: indicator,
        period, value, kind, as printed; with the sources."""
        region = region or self.region
        frames = [self.rows(i, region) for i in indicators]
        if year is not None:
            frames = [f[f["year"] == year] for f in frames]
        elif self.start and self.end:  # periods overlapping the chosen years
            frames = [f[(f["period_end"].dt.year >= self.start)
                        & (f["period_start"].dt.year <= self.end)] for f in frames]
        rows = pd.concat(frames) if frames else pd.DataFrame()
        if rows.empty:
            return
        words = QUALIFIER_WORDS[self.lang]
        table = pd.DataFrame({
            self.t("指标", "Indicator"): [self.label(i) for i in rows["indicator"]],
            self.t("时期", "Period"): [self.period_text(r) for _, r in rows.iterrows()],
            self.t("数值", "Value"): [self.value_text(r["value"], r["qualifier"], r["indicator"])
                                     for _, r in rows.iterrows()],
            self.t("性质", "Kind"): [self.t("推算", "implied") if r["derivation"]
                                     else words[r["qualifier"]] for _, r in rows.iterrows()],
            self.t("原文", "As printed"): rows["printed"].tolist(),
        })
        self.report.table(table, title, sources=self.source_notes(rows))

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
        if rest:
            self.figures_table(rest, self.t(f"{heading}：其他公开数字", f"{heading}: other published figures"),
                               region)

    def yoy_figure(self, indicator: str) -> None:
        """Year-on-year changes computed from consecutive values, with their qualifiers."""
        changes = trends.yoy(self.annual(indicator))
        label = self.label(indicator)
        if changes.empty:
            self.report.prose(self.t(f"{label}没有相邻两年的数据，无法计算同比变化。",
                                     f"{label}: no two consecutive years, so no year-on-year change."))
            return
        fig, unit_label = charts.bars_chart(changes.assign(derivation=""), "percent", self.lang,
                                            signed=True)
        self.report.figure(fig, self.t(f"{label}同比变化", f"{label}: year-on-year change"),
                           self.t("由相邻年份的数值计算；斜线柱为界值。",
                                  "Computed from consecutive years; hatched bars are bounds."),
                           self.source_notes(self.rows(indicator)), unit="%")

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

    # ------------------------------------------------------------------ caseload (02)
    def closure_rate_figure(self) -> None:
        """结案率: concluded ÷ accepted, only for years with both (bounds propagate)."""
        label = self.t("结案率（审执结案件数÷受理案件数）", "Closure rate (concluded ÷ accepted)")
        rate = trends.closure_rate(self.annual("court.cases.concluded"),
                                   self.annual("court.cases.accepted"))
        self.report.section(label, level=3)
        if rate.empty:
            self.report.prose(self.t("没有同一年的受理数和审执结数（或两者均为界值），无法计算结案率。",
                                     "No year has both cases accepted and concluded as usable "
                                     "figures, so the closure rate cannot be computed."))
            return
        fig, _ = charts.bars_chart(rate.assign(derivation=""), "percent", self.lang)
        rows = pd.concat([self.rows("court.cases.concluded"), self.rows("court.cases.accepted")])
        self.report.figure(fig, label, self.t("只计算两项都有数字的年份；斜线柱为界值。",
                                              "Only years with both figures; hatched bars are bounds."),
                           self.source_notes(rows), unit="%")
        self.report.prose(*[self.t(f"{y}年结案率为{narrative.percent(Q(r['value'], r['qualifier']), 'zh')}。",
                                   f"In {y} the closure rate was {narrative.percent(Q(r['value'], r['qualifier']), 'en')}.")
                            for y, r in rate.iterrows()])

    def composition_figure(self, parts: tuple[str, ...], total_label_zh: str, total_label_en: str) -> None:
        """Stacked bars of the parts of a total, for years where every part is exact."""
        named = {self.label(p): self.annual(p) for p in parts}
        fig, unit_label, years = charts.composition_chart(named, "case", self.lang)
        title = self.t(f"{total_label_zh}构成", f"Composition of {total_label_en}")
        self.report.section(title, level=3)
        if not years:
            import matplotlib.pyplot as plt

            plt.close(fig)
            self.report.prose(self.t("没有哪一年同时公布了各类案件的精确数字，无法绘制构成图。",
                                     "No year has exact figures for every case type, so the "
                                     "composition cannot be drawn."))
            self.figures_table([p for p in parts if not self.rows(p).empty], title)
            return
        rows = pd.concat([self.rows(p) for p in parts])
        self.report.figure(fig, title, self.t("仅含各类数字齐全的年份。", "Years with every part only."),
                           self.source_notes(rows), unit=unit_label)

    def national_share_figure(self, indicator: str, national: dict[str, str]) -> None:
        """Share of national figures, one line per national basis (never spliced)."""
        label = self.label(indicator)
        title = self.t(f"{label}占全国比重", f"{label} as a share of the national figure")
        self.report.section(title, level=3)
        named = {}
        for national_id, basis in national.items():
            share = trends.share(self.annual(indicator), self.annual(national_id, "CN", clip=False))
            if not share.empty:
                named[basis] = share.assign(derivation="")
        if not named:
            self.report.prose(self.t("没有与全国数字同年的数据，无法计算占比。",
                                     "No year matches a national figure, so no share is computed."))
            return
        fig, _ = charts.series_chart(named, "percent", self.lang)
        rows = pd.concat([self.rows(indicator)] + [self.rows(n, "CN") for n in national])
        self.report.figure(fig, title, self.t(
            "全国口径随年份变化（地方各级法院、全国法院、含诉前调解），各口径分别成线，不拼接。",
            "The national basis changes over the years (local courts, all courts, incl. "
            "pre-litigation mediation); each basis is its own line, never spliced."),
            self.source_notes(rows), unit="%")

    # ------------------------------------------------------------------ comparison (07)
    def comparison(self, indicator: str, regions: list[str]) -> None:
        """One indicator across regions: levels, per 100,000 residents, index, national share."""
        label = self.label(indicator)
        self.report.section(label)
        named = {self.region_name(r): self.annual(indicator, r, clip=False) for r in regions}
        colours = {self.region_name(r): charts.REGION_COLOURS.get(r) for r in regions}
        if not self.series_figure(named, self.unit(indicator), label, colours):
            self.figures_table([indicator], self.t(f"{label}：各地区公开数字",
                                                   f"{label}: published figures by region"),
                               region=regions[0])
            for r in regions[1:]:
                self.figures_table([indicator], self.region_name(r), region=r)
        missing = [self.region_name(r) for r, s in zip(regions, named.values()) if s.empty]
        if missing:
            self.report.note(self.t(f"{'、'.join(missing)}没有该指标的年度公开数字。",
                                    f"No annual figure for {', '.join(missing)}."))
        per_capita = {}
        for r in regions:
            population = self.annual("statistics.population.year_end", r, clip=False)
            rate = trends.per_100k(self.annual(indicator, r, clip=False), population)
            if not rate.empty:
                per_capita[self.region_name(r)] = rate.assign(derivation="")
        if self.unit(indicator) != "percent":
            title = self.t(f"每十万常住人口{label}", f"{label} per 100,000 residents")
            if per_capita and sum(len(v) for v in per_capita.values()) >= 1:
                table = pd.DataFrame([(k, y, round(r["value"], 1), QUALIFIER_WORDS[self.lang][r["qualifier"]])
                                      for k, v in per_capita.items() for y, r in v.iterrows()],
                                     columns=[self.t("地区", "Region"), self.t("年份", "Year"),
                                              self.t("每十万人", "Per 100,000"), self.t("性质", "Kind")])
                rows = pd.concat([self.rows("statistics.population.year_end", r) for r in regions]
                                 + [self.rows(indicator, r) for r in regions])
                self.report.table(table, title, self.t("分子与年末常住人口同年时才计算。",
                                                       "Only where the population of the same year is known."),
                                  self.source_notes(rows))
            else:
                self.report.prose(self.t("没有与年末常住人口同年的数字，无法计算每十万人比率。",
                                         "No figure shares a year with a year-end population, "
                                         "so no per-capita rate is computed."))
        indexed = {}
        for r in regions:
            s = self.annual(indicator, r, clip=False)
            exact = s[s["qualifier"] == "exact"]
            if len(exact) >= 2:
                indexed[self.region_name(r)] = trends.index_to_base(s, int(exact.index.min())).assign(derivation="")
        if indexed:
            fig, _ = charts.series_chart(indexed, "count", self.lang, colours)
            self.report.figure(fig, self.t(f"{label}指数（各地区首个精确年份=100）",
                                           f"{label}, index (each region's first exact year = 100)"),
                               self.caption_for(list(indexed.values())),
                               self.source_notes(pd.concat([self.rows(indicator, r) for r in regions])))

    # ------------------------------------------------------------------ profile (08)
    def profile(self, indicator: str) -> None:
        """Everything about one indicator in one region: series, sources, changes, trend."""
        label = self.label(indicator)
        entry = self.book.indicator(indicator)
        self.report.section(self.t("定义", "Definition"))
        self.report.prose(entry["definition_" + self.lang])
        if entry.get("basis"):
            self.report.note(entry["basis"])
        self.report.section(self.t("数据序列", "Series"))
        s = self.annual(indicator, clip=False)
        self.series_figure({label: s}, self.unit(indicator), label,
                           {label: charts.ORGAN_COLOURS.get(entry["organ"])}, entry["organ"])
        self.report.prose(*narrative.describe(label, s, self.unit(indicator), self.lang))
        fit = trends.trend_fit(s)
        if fit.ok:
            per_year = narrative.number(Q(abs(fit.slope), "approx"), self.unit(indicator), self.lang)
            self.report.prose(self.t(
                f"按{fit.points}个精确年度数据拟合直线，年均{'增加' if fit.slope >= 0 else '减少'}{per_year}。",
                f"A straight line through the {fit.points} exact annual figures "
                f"{'rises' if fit.slope >= 0 else 'falls'} by {per_year} a year."))
        self.yoy_figure(indicator)
        self.report.section(self.t("全部来源", "Every source behind it"))
        rows = self.data[(self.data["indicator"] == indicator) & (self.data["region"] == self.region)]
        if rows.empty:
            self.no_data(label)
            return
        rows = rows.sort_values(["period_end", "source_id"])
        words = QUALIFIER_WORDS[self.lang]
        table = pd.DataFrame({
            self.t("时期", "Period"): [self.period_text(r) for _, r in rows.iterrows()],
            self.t("原文", "As printed"): [r["printed"] or self.t("（推算）", "(implied)") for _, r in rows.iterrows()],
            self.t("数值", "Value"): [self.value_text(r["value"], r["qualifier"], indicator) for _, r in rows.iterrows()],
            self.t("性质", "Kind"): [self.t("推算", "implied") if r["derivation"] else words[r["qualifier"]]
                                     for _, r in rows.iterrows()],
            self.t("采用", "Used"): ["✓" if p else "" for p in rows["preferred"]],
            self.t("来源", "Source"): [self.source_label(i) for i in rows["source_id"]],
        })
        self.used_sources |= set(rows["source_id"])
        self.report.table(table, self.t(f"{label}的全部公开数字", f"Every published figure of {label}"),
                          self.t("同一时期有多个来源而数值不同时，采用标“✓”者，理由见数据说明。",
                                 "Where sources disagree for one period, the ticked figure is used; "
                                 "the reason is in the data notes."))
        notes = [n for n in rows["note"] if n]
        if notes:
            self.report.bullets(notes)

    # ------------------------------------------------------------------ annual report (10)
    def year_rows(self, year: int) -> pd.DataFrame:
        rows = self.preferred[(self.preferred["region"] == self.region) & (self.preferred["year"] == year)]
        return rows[~rows["indicator"].map(self.book.is_change)]

    def kpi_table(self, year: int, indicators: tuple[str, ...]) -> list[tuple[str, str]]:
        """Headline table: value in ``year``, previous available year, change. Returns the
        (indicator, sentence) pairs for the highlights."""
        records, sentences, used = [], [], []
        for indicator in indicators:
            s = self.annual(indicator, clip=False)
            if year not in s.index:
                continue
            now = Q(float(s.loc[year, "value"]), s.loc[year, "qualifier"])
            earlier = [y for y in s.index if y < year]
            prev_text, change_text = "—", "—"
            if earlier:
                py = int(max(earlier))
                prev = Q(float(s.loc[py, "value"]), s.loc[py, "qualifier"])
                implied = bool(s.loc[py, "derivation"])
                tag = f"{py}{self.t('，推算', ', implied') if implied else ''}"
                prev_text = self.value_text(prev.value, prev.qualifier, indicator) + \
                    self.t(f"（{tag}）", f" ({tag})")
                delta = trends.change_pct(prev, now)
                change_text = narrative.percent(delta, self.lang, signed=True) if delta else \
                    self.t("无法确定", "cannot be stated")
            records.append((self.label(indicator), self.value_text(now.value, now.qualifier, indicator),
                            prev_text, change_text))
            sentences.append((indicator, narrative.latest(self.label(indicator), s[s.index <= year],
                                                          self.unit(indicator), self.lang)))
            used.append(self.rows(indicator))
        if records:
            table = pd.DataFrame(records, columns=[self.t("指标", "Indicator"), self.t(f"{year}年", str(year)),
                                                   self.t("上一可得年份", "Previous available year"),
                                                   self.t("变化", "Change")])
            self.report.table(table, self.t(f"{year}年主要指标", f"Headline indicators, {year}"),
                              self.t("“至少”表示原文为下限（如“突破”“余”）；变化按上一可得年份计算，未必是上一年。",
                                     "'at least' marks a lower bound in the source; changes are on the "
                                     "previous available year, which need not be the year before."),
                              self.source_notes(pd.concat(used)))
        else:
            self.no_data(self.t(f"{year}年主要指标", f"Headline indicators for {year}"))
        return sentences

    def organ_sections(self, year: int, organs: tuple[str, ...]) -> None:
        """One section per organ with every figure of the year."""
        rows = self.year_rows(year)
        names = {"court": ("法院", "Courts"), "procuratorate": ("检察", "Procuratorates"),
                 "justice": ("司法行政与法律服务", "Justice administration and legal services"),
                 "public_security": ("公安与社会治安", "Public security"), "statistics": ("人口", "Population")}
        for organ in organs:
            inds = sorted(i for i in set(rows["indicator"]) if self.book.indicator(i)["organ"] == organ)
            zh, en = names[organ]
            self.report.section(self.t(zh, en))
            if not inds:
                self.no_data(self.t(f"{year}年{zh}", f"{en}, {year}"))
                continue
            multi = [i for i in inds if len(self.annual(i, clip=False)) >= 2]
            for indicator in multi[:4]:
                self.report.section(self.label(indicator), level=3)
                self.indicator_block(indicator)
            self.figures_table(inds, self.t(f"{year}年{zh}公开数字", f"{en}: figures published for {year}"),
                               year=year)

    def milestones(self, year: int) -> None:
        self.report.section(self.t("年度大事", "Milestones of the year"))
        found = [e for e in events.in_region(self.events, self.region) if e["date"][:4] == str(year)]
        if not found:
            self.report.prose(self.t(f"数据集中没有{year}年的大事记录。",
                                     f"The dataset records no milestone for {year}."))
            return
        self.report.bullets([f"{e['date']}　{e[self.lang]}" for e in found])
        self.used_sources |= {e["source"] for e in found if e["source"] in self.sources.index}

    def data_notes(self, year: int, indicators: tuple[str, ...]) -> None:
        """What the reader should know: bounds, implied values, headline gaps."""
        self.report.section(self.t("数据说明", "Data notes"))
        rows = self.year_rows(year)
        notes = []
        bounds = rows[rows["qualifier"] != "exact"]
        if len(bounds):
            notes.append(self.t(f"{year}年的{len(rows)}个数字中有{len(bounds)}个是界值或约数（原文为“突破”“余”“约”等），"
                                "表中标明，计算变化时按界值方向处理。",
                                f"{len(bounds)} of the {len(rows)} figures for {year} are bounds or "
                                "approximations in the source; tables mark them and changes respect their direction."))
        implied = rows[rows["derivation"] != ""]
        if len(implied):
            notes.append(self.t(f"{len(implied)}个数值由公布的同比增幅推算，图中以空心方块表示。",
                                f"{len(implied)} values are implied by a stated year-on-year change (hollow squares)."))
        missing = [self.label(i) for i in indicators if i not in set(rows["indicator"])]
        if missing:
            notes.append(self.t(f"以下主要指标{year}年没有公开数字：{'、'.join(missing)}。",
                                f"No public figure for {year}: {', '.join(missing)}."))
        notes.append(self.t("数字取自公开的工作报告、新闻和统计公报，每个数字的来源见附录；"
                            "来源之间不一致时保留全部并标明采用哪一个。",
                            "Figures come from published work reports, news and communiqués; every "
                            "source is in the appendix. Where sources disagree, all are kept and the "
                            "one used is marked."))
        self.report.bullets(notes)

    # ------------------------------------------------------------------ overview (01)
    def overview(self) -> None:
        """Coverage, sources by kind and reliability, qualifier mix and known gaps."""
        from . import coverage

        rows = self.preferred[self.preferred["region"] == self.region]
        all_rows = self.data[self.data["region"] == self.region]
        self.report.section(self.t("概况", "At a glance"))
        if rows.empty:
            self.no_data(self.region_name())
            return
        annual = rows[rows["year"].notna()]
        self.report.prose(self.t(
            f"数据集收录{self.region_name()}{len(all_rows)}个数字（{rows['indicator'].nunique()}个指标，"
            f"{all_rows['source_id'].nunique()}份来源），其中年度数字{len(annual)}个，"
            f"其余为多年累计或年内部分时期的数字。",
            f"The dataset holds {len(all_rows)} figures for {self.region_name()} "
            f"({rows['indicator'].nunique()} indicators from {all_rows['source_id'].nunique()} sources); "
            f"{len(annual)} are annual, the rest cover several years or part of a year."))
        grid = coverage.table(self.data, self.region)
        series = grid[(grid != "").sum(axis=1) >= 2] if not grid.empty else grid
        self.report.section(self.t("覆盖情况", "Coverage"))
        if not series.empty:
            fig = charts.coverage_chart(series, [self.label(i) for i in series.index], self.lang)
            self.report.figure(fig, self.t("有两年及以上数字的指标", "Indicators with two or more years"),
                               self.caption_for([]), self.source_notes(annual[annual["indicator"].isin(series.index)]))
        self.report.prose(self.t(f"另有{len(grid) - len(series)}个指标只有一个年度数字。",
                                 f"{len(grid) - len(series)} more indicators have a single annual figure."))
        self.report.section(self.t("来源类型与可靠性", "Sources by kind and reliability"))
        used = self.sources.loc[sorted(set(all_rows["source_id"]))]
        counts = used.groupby(["kind", "reliability"]).size().reset_index(name="n")
        counts.columns = [self.t("类型", "Kind"), self.t("可靠性", "Reliability"), self.t("来源数", "Sources")]
        self.report.table(counts, self.t("来源按类型与可靠性", "Sources by kind and reliability"),
                          self.t("primary：发布机关或官方媒体；secondary：新闻转载、镜像、译文。",
                                 "primary: the issuing organ or an official outlet; secondary: "
                                 "news, reposts, mirrors, translations."))
        self.report.section(self.t("数字的性质", "What kind of numbers"))
        words = QUALIFIER_WORDS[self.lang]
        kinds = all_rows.apply(lambda r: self.t("推算", "implied") if r["derivation"] else words[r["qualifier"]], axis=1)
        mix = kinds.value_counts().reset_index()
        mix.columns = [self.t("性质", "Kind"), self.t("数字个数", "Figures")]
        self.report.table(mix, self.t("公布值、界值、约数与推算值", "Printed, bounds, approximations and implied values"))
        self.report.section(self.t("已知缺口", "Known gaps"))
        gaps = coverage.gaps(self.data, self.region)
        if gaps:
            self.report.bullets([f"{self.label(i)}：{narrative.gap(y, 'zh')}" if self.lang == "zh"
                                 else f"{self.label(i)}: {narrative.gap(y, 'en')}" for i, y in gaps.items()])
        else:
            self.report.prose(self.t("年度序列内部没有缺年。", "No annual series has a missing year inside it."))
