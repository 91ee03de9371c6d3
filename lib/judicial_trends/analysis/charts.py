"""Charts: theme and CJK font, colours, and the standard charts of the reports.

``setup()`` registers the report's CJK font with matplotlib and sets a seaborn theme, so
labels never turn into tofu boxes. Colours are colour-blind safe (Okabe–Ito), fixed per organ
and per region. Exact values, lower bounds and implied values look different; gaps between
years are never bridged by a line.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass, field

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator
from matplotlib.transforms import offset_copy

from .. import fonts

ORGAN_COLOURS = {"court": "#0072B2", "procuratorate": "#D55E00", "justice": "#009E73",
                 "public_security": "#CC79A7", "statistics": "#E69F00"}
REGION_COLOURS = {"XZ": "#0072B2", "XZ-LS": "#009E73", "XJ": "#E69F00", "XJ-BT": "#56B4E9",
                  "CN": "#555555"}
EXTRA_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#555555"]
_family: str | None = None


def setup() -> str:
    """Register the CJK font, set the theme; returns the font family (idempotent)."""
    global _family
    import seaborn as sns

    if _family is None:
        _family = fonts.register_matplotlib()
    sns.set_theme(style="whitegrid", context="notebook", font=_family, rc={
        "font.sans-serif": [_family, "DejaVu Sans"],
        "axes.unicode_minus": False,
        "figure.dpi": 110,
        "savefig.dpi": 200,
        "svg.fonttype": "none",  # text stays text: searchable, crisp, and cheap to print
        "svg.hashsalt": "judicial-trends",
        "axes.titleweight": "normal",  # the CJK font has one weight: asking bold only warns
        "axes.spines.top": False,
        "axes.spines.right": False,
        "grid.color": "#e3e7ec",
    })
    matplotlib.rcParams["font.family"] = "sans-serif"
    return _family


WIDTH = 6.7    # inches: the text width of an A4 page
EVENT_SIZE = 6.5  # points: milestone labels
HEIGHT = 2.6
STYLE_WORDS = {
    "zh": {"exact": "公布值", "at_least": "下限（“突破”“余”等）", "at_most": "上限",
           "approx": "约数", "implied": "由同比增幅推算", "gap": "虚线处无相邻年份数据",
           "year": "年份"},
    "en": {"exact": "printed value", "at_least": "lower bound (“more than”)",
           "at_most": "upper bound", "approx": "approximate", "implied": "implied by stated change",
           "gap": "", "year": "year"},
}
MARKERS = {"exact": dict(marker="o", fillstyle="full"),
           "at_least": dict(marker="^", fillstyle="none", markeredgewidth=1.6),
           "at_most": dict(marker="v", fillstyle="none", markeredgewidth=1.6),
           "approx": dict(marker="o", fillstyle="none", markeredgewidth=1.4),
           "implied": dict(marker="s", fillstyle="none", markeredgewidth=1.2)}


@dataclass
class Chart:
    """A figure with what the report prints around it."""

    fig: object
    title: str
    unit: str = ""
    caption: str = ""
    sources: list[str] = field(default_factory=list)


def scale_for(values, unit: str, lang: str) -> tuple[float, str]:
    """Divisor and unit label for readable axes: 万件 / thousand cases, 亿元 / billion yuan."""
    top = max((abs(v) for v in values), default=0)
    zh = {"case": "件", "person": "人", "person_time": "人次", "yuan": "元", "percent": "%",
          "count": "个"}
    en = {"case": "cases", "person": "persons", "person_time": "person-times", "yuan": "yuan",
          "percent": "%", "count": "count"}
    if unit in ("percent", "points"):
        return 1, {"percent": "%", "points": "个百分点" if lang == "zh" else "percentage points"}[unit]
    if lang == "zh":
        if top >= 1e8:
            return 1e8, "亿" + zh[unit]
        if top >= 1e5:
            return 1e4, "万" + zh[unit]
        return 1, zh[unit]
    if top >= 1e9:
        return 1e9, "billion " + en[unit]
    if top >= 1e6:
        return 1e6, "million " + en[unit]
    if top >= 1e4:
        return 1e3, "thousand " + en[unit]
    return 1, en[unit]


def _wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in "WF"


def _unit_label(ax, label: str) -> None:
    """The unit beside the value axis: a Chinese unit stands upright, one character above the
    next (件, 万件, 个百分点), where rotated it would lie on its side."""
    if label and all(map(_wide, label)):
        ax.set_ylabel("\n".join(label), rotation=0, va="center", ha="center",
                      linespacing=1.0, labelpad=10)
    else:
        ax.set_ylabel(label)


def kind_of(row) -> str:
    return "implied" if row.get("derivation") else row["qualifier"]


def _years_axis(ax, years, most: int = 12) -> None:
    """Every year labelled when ``most`` labels fit (so no point sits between unlabelled
    ticks), else at most ``most`` round years."""
    span = range(min(years), max(years) + 1) if len(years) else range(0)
    ax.xaxis.set_major_locator(FixedLocator(span) if 0 < len(span) <= most
                               else MaxNLocator(integer=True, nbins=most))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{int(v)}"))
    if len(years):
        ax.set_xlim(min(years) - 0.6, max(years) + 0.6)


def draw_series(ax, s: pd.DataFrame, colour: str, label: str, divisor: float = 1) -> set[str]:
    """One series: markers by qualifier, solid lines only between consecutive exact years,
    dotted where either end is a bound or implied, nothing across a gap. Returns the kinds."""
    kinds = set()
    rows = dict(zip(s.index, s.to_dict("records")))
    years = list(rows)
    for a, b in zip(years, years[1:]):
        if b - a != 1:
            continue
        soft = kind_of(rows[a]) != "exact" or kind_of(rows[b]) != "exact"
        ax.plot([a, b], [rows[a]["value"] / divisor, rows[b]["value"] / divisor],
                color=colour, linewidth=1.8, linestyle=":" if soft else "-", zorder=2)
    for year in years:
        kind = kind_of(rows[year])
        kinds.add(kind)
        ax.plot([year], [rows[year]["value"] / divisor], color=colour, markersize=7,
                linestyle="none", zorder=3, **MARKERS[kind])
    ax.plot([], [], color=colour, linewidth=1.8, label=label)
    return kinds


def _style_legend(ax, kinds: set[str], lang: str, series_legend: bool) -> None:
    words = STYLE_WORDS[lang]
    handles, labels = ax.get_legend_handles_labels() if series_legend else ([], [])
    for kind in ("exact", "at_least", "at_most", "approx", "implied"):
        if kind in kinds and (kinds != {"exact"} or not series_legend):
            handles.append(Line2D([], [], color="#444444", linestyle="none", markersize=7,
                                  **MARKERS[kind]))
            labels.append(words[kind])
    if handles:  # below the plot, where it never hides a point or a milestone label
        ax.legend(handles, labels, frameon=False, fontsize=8, loc="upper center",
                  bbox_to_anchor=(0.5, -0.14), ncol=min(4, len(handles)))


def series_chart(named: dict[str, pd.DataFrame], unit: str, lang: str = "zh",
                 colours: dict[str, str] | None = None, events: list[dict] | None = None,
                 height: float = HEIGHT):
    """Lines of one or more series over years (see :func:`draw_series`)."""
    setup()
    fig, ax = plt.subplots(figsize=(WIDTH, height))
    values = [v for s in named.values() for v in s["value"]]
    divisor, unit_label = scale_for(values, unit, lang)
    kinds: set[str] = set()
    for i, (label, s) in enumerate(named.items()):
        colour = (colours or {}).get(label, EXTRA_COLOURS[i % len(EXTRA_COLOURS)])
        kinds |= draw_series(ax, s, colour, label, divisor)
    years = sorted({y for s in named.values() for y in s.index})
    _years_axis(ax, years)
    _unit_label(ax, unit_label)
    ax.set_ylim(bottom=0 if min(values, default=0) >= 0 else None)
    ax.set_ylim(top=ax.get_ylim()[1] * 1.12)
    if events:
        annotate_events(ax, events, years, lang)
    _style_legend(ax, kinds, lang, series_legend=len(named) > 1)
    return fig, unit_label


def annotate_events(ax, events: list[dict], years: list[int], lang: str) -> None:
    """Milestones as thin vertical lines with short labels, within the years shown."""
    if not years:
        return
    shown = [e for e in events if min(years) <= int(str(e["date"])[:4]) <= max(years)]
    top = ax.get_ylim()[1]
    # a label runs down from the top, wrapped to the plot's height: 0.5 em a Latin letter
    room = 0.93 * ax.get_position().height * ax.figure.get_figheight() * 72 / (EVENT_SIZE / 2)
    per_year: dict[int, int] = {}
    for event in shown[:4]:  # vertical labels beside their line never run into each other
        year = int(str(event["date"])[:4])
        label = textwrap.fill(event[lang], int(room / 2 if any(map(_wide, event[lang]))
                                              else room))
        offset = per_year.get(year, 0)
        per_year[year] = offset + label.count("\n") + 1
        ax.axvline(year, color="#9aa5b1", linewidth=0.8, linestyle="--", zorder=1)
        beside = offset_copy(ax.transData, fig=ax.figure, x=2 + 8 * offset, units="points")
        ax.text(year, top * 0.97, label, fontsize=EVENT_SIZE, color="#5b6673", va="top",
                ha="left", rotation=90, transform=beside)  # 8 pt apart: a line of text


def bars_chart(values: pd.DataFrame, unit: str, lang: str = "zh", colour: str = "#0072B2",
               signed: bool = False):
    """Bars by year (e.g. YoY change); bounds hatched and labelled, zero line for changes."""
    setup()
    fig, ax = plt.subplots(figsize=(WIDTH, HEIGHT * 0.85))
    divisor, unit_label = scale_for(values["value"], unit, lang)
    for year, row in values.iterrows():
        v = row["value"] / divisor
        kind = kind_of(row)
        face = ("#D55E00" if v < 0 else colour) if signed else colour
        ax.bar(year, v, color=face if kind == "exact" else "white", edgecolor=face,
               hatch=None if kind == "exact" else "///", linewidth=1.2, width=0.65)
        text = f"{v:.1f}" if abs(v) < 100 else f"{v:,.0f}"
        prefix = {"at_least": "≥", "at_most": "≤", "approx": "≈"}.get(row["qualifier"], "")
        ax.annotate(prefix + text, (year, v), ha="center", va="bottom" if v >= 0 else "top",
                    fontsize=7.5, xytext=(0, 2 if v >= 0 else -2), textcoords="offset points")
    if signed:
        ax.axhline(0, color="#1d2733", linewidth=0.8)
    _years_axis(ax, list(values.index))
    _unit_label(ax, unit_label)
    kinds = {kind_of(r) for _, r in values.iterrows()}
    hatched = [STYLE_WORDS[lang][k] for k in ("at_least", "at_most", "approx", "implied")
               if k in kinds]
    if hatched:  # below the plot, where it never covers a bar
        handles = [plt.Rectangle((0, 0), 1, 1, facecolor=colour),
                   plt.Rectangle((0, 0), 1, 1, facecolor="white", edgecolor=colour, hatch="///")]
        ax.legend(handles, [STYLE_WORDS[lang]["exact"], ("、" if lang == "zh" else ", ").join(
            hatched)], frameon=False, fontsize=8, loc="upper center",
                  bbox_to_anchor=(0.5, -0.18), ncol=2)
    return fig, unit_label


def composition_chart(parts: dict[str, pd.DataFrame], unit: str, lang: str = "zh",
                      colours: list[str] | None = None):
    """Stacked bars of parts by year, only for years where every part is an exact figure."""
    setup()
    frame = pd.DataFrame({k: s["value"].where(s["qualifier"] == "exact") for k, s in parts.items()})
    frame = frame.dropna()
    fig, ax = plt.subplots(figsize=(WIDTH, HEIGHT))
    divisor, unit_label = scale_for(frame.sum(axis=1), unit, lang)
    bottom = pd.Series(0.0, index=frame.index)
    for i, column in enumerate(frame.columns):
        ax.bar(frame.index, frame[column] / divisor, bottom=bottom, width=0.65,
               color=(colours or EXTRA_COLOURS)[i % 7], label=column)
        bottom += frame[column] / divisor
    _years_axis(ax, list(frame.index))
    _unit_label(ax, unit_label)
    ax.legend(frameon=False, fontsize=8, loc="upper left", ncol=min(4, len(frame.columns)))
    ax.set_ylim(top=ax.get_ylim()[1] * 1.15)
    return fig, unit_label, list(frame.index)


def small_multiples(named: dict[str, tuple[pd.DataFrame, str]], lang: str = "zh",
                    colour: str = "#0072B2", columns: int = 3):
    """One small series chart per indicator (``label → (series, unit)``), own y-axis each."""
    setup()
    rows = -(-len(named) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(WIDTH, 1.9 * rows), squeeze=False)
    kinds: set[str] = set()
    for ax, (label, (s, unit)) in zip(axes.flat, named.items()):
        divisor, unit_label = scale_for(s["value"], unit, lang)
        kinds |= draw_series(ax, s, colour, label, divisor)
        ax.set_title(f"{label}（{unit_label}）" if lang == "zh" else f"{label} ({unit_label})",
                     fontsize=8, fontweight="normal", loc="left")
        _years_axis(ax, list(s.index), most=5)
        ax.tick_params(labelsize=7)
        ax.set_ylim(bottom=0)
    for ax in list(axes.flat)[len(named):]:
        ax.axis("off")
    fig.tight_layout()
    if kinds - {"exact"}:
        words = STYLE_WORDS[lang]
        fig.legend([Line2D([], [], color="#444", linestyle="none", markersize=6, **MARKERS[k])
                    for k in sorted(kinds)], [words[k] for k in sorted(kinds)],
                   loc="lower center", ncol=len(kinds), frameon=False, fontsize=7,
                   bbox_to_anchor=(0.5, -0.04))
    return fig


def coverage_chart(grid: pd.DataFrame, labels: list[str], lang: str = "zh"):
    """Indicator × year matrix with the qualifier marker of each figure (blank: none)."""
    setup()
    kinds = {"●": "exact", "≥": "at_least", "≤": "at_most", "~": "approx", "◌": "implied"}
    fig, ax = plt.subplots(figsize=(WIDTH, 0.28 * len(grid) + 1.0))
    for row, (_, marks) in enumerate(grid.iterrows()):
        for year, mark in marks.items():
            if mark:
                ax.plot([year], [row], color="#0072B2", markersize=6, linestyle="none",
                        **MARKERS[kinds[mark]])
    ax.set_yticks(range(len(grid)), labels, fontsize=7)
    ax.invert_yaxis()
    _years_axis(ax, list(grid.columns))
    ax.tick_params(axis="x", labelsize=7)
    ax.grid(axis="y", color="#eef1f4")
    _style_legend(ax, set(kinds.values()), lang, series_legend=False)
    ax.legend(ax.get_legend().legend_handles, [t.get_text() for t in ax.get_legend().get_texts()],
              frameon=False, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=5)
    return fig
