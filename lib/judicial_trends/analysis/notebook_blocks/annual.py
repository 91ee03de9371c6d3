"""Notebook 10, the annual digest: headline table, organ sections, milestones, data notes."""

from __future__ import annotations

import pandas as pd

from ...data import events
from .. import narrative
from ..blocks import Analysis
from ..trends import Q


def year_rows(a: Analysis, year: int) -> pd.DataFrame:
    rows = a.preferred[(a.preferred["region"] == a.region) & (a.preferred["year"] == year)]
    return rows[~rows["indicator"].map(a.book.is_change)]

def kpi_table(a: Analysis, year: int, indicators: tuple[str, ...]) -> list[tuple[str, str]]:
    """Headline table: value in ``year``, previous available year, change. Returns the
    (indicator, sentence) pairs for the highlights."""
    records, sentences, used = [], [], []
    for indicator in indicators:
        s = a.annual(indicator, clip=False)
        if year not in s.index:
            continue
        now = Q(float(s.loc[year, "value"]), s.loc[year, "qualifier"])
        earlier = [y for y in s.index if y < year]
        prev_text, change_text, shown = "—", "—", {year}
        if earlier:
            py = int(max(earlier))
            shown.add(py)
            prev = Q(float(s.loc[py, "value"]), s.loc[py, "qualifier"])
            implied = bool(s.loc[py, "derivation"])
            tag = f"{py}{a.t('，推算', ', implied') if implied else ''}"
            prev_text = a.value_text(prev.value, prev.qualifier, indicator) + \
                a.t(f"（{tag}）", f" ({tag})")
            change_text = narrative.change_between(prev, now, a.unit(indicator), a.lang) \
                or a.t("无法确定", "cannot be stated")
        records.append((a.label(indicator), a.value_text(now.value, now.qualifier, indicator),
                        prev_text, change_text))
        sentences.append((indicator, narrative.latest(a.label(indicator), s[s.index <= year],
                                                      a.unit(indicator), a.lang)))
        rows = a.rows(indicator)
        used.append(rows[rows["year"].isin(shown)])  # the sources of the values in the table
    if records:
        table = pd.DataFrame(records, columns=[a.t("指标", "Indicator"), a.t(f"{year}年", str(year)),
                                               a.t("上一可得年份", "Previous available year"),
                                               a.t("变化", "Change")])
        a.report.table(table, a.t(f"{year}年主要指标", f"Headline indicators, {year}"),
                          a.t("“至少”表示原文为下限（如“突破”“余”）；变化按上一可得年份计算，未必是上一年。",
                                 "'at least' marks a lower bound in the source; changes are on the "
                                 "previous available year, which need not be the year before."),
                          a.source_notes(pd.concat(used)))
    else:
        a.no_data(a.t(f"{year}年主要指标", f"Headline indicators for {year}"))
    return sentences

def organ_sections(a: Analysis, year: int, organs: tuple[str, ...]) -> None:
    """One section per organ with every figure of the year."""
    rows = year_rows(a, year)
    names = {"court": ("法院", "Courts"), "procuratorate": ("检察", "Procuratorates"),
             "justice": ("司法行政与法律服务", "Justice administration and legal services"),
             "public_security": ("公安与社会治安", "Public security"), "statistics": ("人口", "Population")}
    for organ in organs:
        inds = sorted(i for i in set(rows["indicator"]) if a.book.indicator(i)["organ"] == organ)
        zh, en = names[organ]
        a.report.section(a.t(zh, en))
        if not inds:
            of_organ = [i for i in a.present() if a.book.indicator(i)["organ"] == organ]
            a.report.note(narrative.not_in_years(a.t(zh, en), year, year,
                                                 a.figure_years(of_organ), a.lang))
            continue
        multi = [i for i in inds if len(a.annual(i)) >= 2]
        for indicator in multi[:4]:
            a.report.section(a.label(indicator), level=3)
            a.indicator_block(indicator)
        a.figures_table(inds, a.t(f"{year}年{zh}公开数字", f"{en}: figures published for {year}"),
                           year=year)

def milestones(a: Analysis, year: int) -> None:
    a.report.section(a.t("年度大事", "Milestones of the year"))
    found = [e for e in events.in_region(a.events, a.region) if e["date"][:4] == str(year)]
    if not found:
        a.report.prose(a.t(f"数据集中没有{year}年的大事记录。",
                                 f"The dataset records no milestone for {year}."))
        return
    a.report.bullets([f"{e['date']}　{e[a.lang]}" for e in found])
    a.used_sources |= {e["source"] for e in found if e["source"] in a.sources.index}

def data_notes(a: Analysis, year: int, indicators: tuple[str, ...]) -> None:
    """What the reader should know: bounds, implied values, headline gaps."""
    a.report.section(a.t("数据说明", "Data notes"))
    rows = year_rows(a, year)
    notes = []
    bounds = rows[rows["qualifier"] != "exact"]
    if len(bounds):
        notes.append(a.t(f"{year}年的{len(rows)}个数字中有{len(bounds)}个是界值或约数（原文为“突破”“余”“约”等），"
                            "表中标明，计算变化时按界值方向处理。",
                            f"{len(bounds)} of the {len(rows)} figures for {year} are bounds or "
                            "approximations in the source; tables mark them and changes respect their direction."))
    implied = rows[rows["derivation"] != ""]
    if len(implied):
        notes.append(a.t(f"{len(implied)}个数值由公布的同比增幅推算，图中以空心方块表示。",
                            f"{len(implied)} values are implied by a stated year-on-year change (hollow squares)."))
    missing = [a.label(i) for i in indicators if i not in set(rows["indicator"])]
    if missing:
        notes.append(a.t(f"以下主要指标{year}年没有公开数字：{'、'.join(missing)}。",
                            f"No public figure for {year}: {', '.join(missing)}."))
    notes.append(a.t("数字取自公开的工作报告、新闻和统计公报，每个数字的来源见附录；"
                        "来源之间不一致时保留全部并标明采用哪一个。",
                        "Figures come from published work reports, news and communiqués; every "
                        "source is in the appendix. Where sources disagree, all are kept and the "
                        "one used is marked."))
    a.report.bullets(notes)
