"""Charts: bounds and implied values look different, gaps stay open, Chinese labels render."""

from __future__ import annotations

import io
import warnings

import matplotlib
import pandas as pd
import pytest
import yaml

matplotlib.use("Agg")

from judicial_trends import fonts  # noqa: E402
from judicial_trends.analysis import charts  # noqa: E402
from judicial_trends.data import events  # noqa: E402
from judicial_trends.data.sources import DataError  # noqa: E402


def series(points: dict) -> pd.DataFrame:
    return pd.DataFrame({"value": [v for v, _, _ in points.values()],
                         "qualifier": [q for _, q, _ in points.values()],
                         "derivation": [d for _, _, d in points.values()]},
                        index=pd.Index(list(points), name="year"))


def test_qualifiers_have_their_own_markers_and_gaps_are_not_bridged():
    s = series({2018: (30577, "exact", ""), 2019: (40000, "at_least", ""),
                2020: (50520, "exact", "implied_by_yoy"), 2022: (100000, "at_least", "")})
    fig, unit = charts.series_chart({"受理案件": s}, "case", "zh")
    ax = fig.axes[0]
    points = {tuple(line.get_xdata()): line for line in ax.get_lines()}
    assert points[(2018,)].get_marker() == "o" and points[(2018,)].get_fillstyle() == "full"
    assert points[(2019,)].get_marker() == "^" and points[(2019,)].get_fillstyle() == "none"
    assert points[(2020,)].get_marker() == "s" and points[(2020,)].get_fillstyle() == "none"
    segments = [x for x in points if len(x) == 2]
    assert (2018, 2019) in segments and points[(2018, 2019)].get_linestyle() == ":"
    assert not [x for x in segments if x[1] - x[0] > 1], "a gap was bridged"
    assert unit == "万件"


def test_every_year_of_a_short_series_is_labelled():
    """A point must never sit between two unlabelled ticks (2021 read as 2022)."""
    fig, _ = charts.series_chart({"审结案件": series({2021: (1257, "exact", ""),
                                                     2024: (5456, "exact", "")})}, "case", "zh")
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels == ["2021", "2022", "2023", "2024"]


def test_chinese_labels_have_glyphs():
    fig, _ = charts.series_chart({"审结刑事案件": series({2023: (2800, "exact", ""),
                                                         2024: (2912, "exact", "")})},
                                 "case", "zh", events=[{"date": "2024-01", "zh": "西藏法院改革",
                                                        "en": "reform", "region": "XZ"}])
    fig.axes[0].set_title("西藏自治区审结刑事案件（件）")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(io.BytesIO(), format="svg")
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert not missing, missing


def test_events_file_is_valid_and_errors_name_the_field(tmp_path):
    assert all(e["zh"] and e["en"] and e["source"] for e in events.load())
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    for name in ("indicators.yaml", "regions.yaml"):
        (data / name).write_text((events.paths.data_dir() / name).read_text(encoding="utf-8"),
                                 encoding="utf-8")
    bad = [{"date": "2024-07", "region": "Tibet", "organ": "court", "zh": "某事", "en": "x",
            "source": "s", "quote": "q"}]
    (data / "events.yaml").write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    (data / "sources" / "s.yaml").write_text("title: t\n", encoding="utf-8")
    with pytest.raises(DataError, match="field 'region' = 'Tibet'"):
        events.load(data / "events.yaml")


def test_the_pdf_names_the_chart_font_as_matplotlib_does():
    """Chart SVGs ask for the font by matplotlib's name; the PDF's @font-face must answer to it."""
    assert fonts.chart_family() == charts.setup()


def test_chart_svg_is_cropped_as_matplotlib_crops_tight():
    """The report's SVG is drawn once and cropped to its content: the same box as matplotlib's
    own ``bbox_inches="tight"``, nothing cut off and no margin left over."""
    import base64
    import re

    from judicial_trends.analysis.report import svg_data_uri

    def chart():
        fig, _ = charts.series_chart({"审结刑事案件": series({2019: (2800, "exact", ""),
                                                             2024: (29120, "at_least", "")})},
                                     "case", "zh")
        fig.axes[0].set_title("西藏自治区审结刑事案件（件）")
        return fig

    def size(svg: str) -> list[float]:
        root = re.search(r'<svg [^>]*width="([\d.]+)pt" height="([\d.]+)pt" viewBox="([^"]*)"',
                         svg)
        assert [float(v) for v in root.group(3).split()[2:]] == \
            [float(root.group(1)), float(root.group(2))]
        return [float(root.group(1)), float(root.group(2))]

    ours = base64.b64decode(svg_data_uri(chart()).split(",", 1)[1]).decode()
    tight = io.BytesIO()
    full = chart()
    full.savefig(tight, format="svg", bbox_inches="tight")
    assert size(ours) == pytest.approx(size(tight.getvalue().decode()), abs=1.0)
    assert size(ours)[0] < full.get_figwidth() * 72


def test_long_milestone_labels_stay_inside_the_plot_and_chinese_units_stand_upright():
    event = {"date": "2021-03", "region": "XZ", "zh": "自治区公共法律服务中心筹备专班成立并开始运行",
             "en": "Preparations for the regional Public Legal Service Center begin in Lhasa"}
    for lang in ("en", "zh"):
        fig, _ = charts.series_chart({"x": series({2019: (2800, "exact", ""),
                                                   2024: (29120, "exact", "")})},
                                     "case", lang, events=[event, {**event, "date": "2021-09"}])
        fig.canvas.draw()
        ax = fig.axes[0]
        plot = ax.get_window_extent()
        for label in ax.texts:
            box = label.get_window_extent()
            assert box.y0 >= plot.y0 and box.y1 <= plot.y1, (lang, label.get_text())
        assert ax.texts[0].get_window_extent().x1 <= ax.texts[1].get_window_extent().x0 + 1
    assert fig.axes[0].yaxis.label.get_rotation() == 0  # 件, not on its side


def test_bar_legend_never_covers_a_bar_and_names_the_bounds_it_shows():
    changes = pd.DataFrame({"value": [32.2, 23.7], "qualifier": ["exact", "at_most"],
                            "derivation": ["", ""]}, index=pd.Index([2019, 2020], name="year"))
    fig, _ = charts.bars_chart(changes, "percent", "zh", signed=True)
    fig.canvas.draw()
    ax = fig.axes[0]
    legend = ax.get_legend().get_window_extent()
    assert not any(legend.overlaps(bar.get_window_extent()) for bar in ax.patches)
    assert [t.get_text() for t in ax.get_legend().get_texts()][1] == "上限"
