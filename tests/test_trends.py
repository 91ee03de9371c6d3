"""trends: measures computed by hand, with qualifiers propagated."""

import math

import pandas as pd
import pytest

from judicial_trends.analysis import trends
from judicial_trends.analysis.trends import Q


def frame(points):
    """{year: (value, qualifier)} → a series frame as trends.series returns it."""
    return pd.DataFrame({"value": [v for v, _ in points.values()],
                         "qualifier": [q for _, q in points.values()],
                         "derivation": ["" for _ in points], "source_id": ["s" for _ in points],
                         "unit": ["case" for _ in points]},
                        index=pd.Index(list(points), name="year"))


def test_cagr_to_a_lower_bound_is_a_lower_bound():
    # XZ cases accepted: 40,429 (2019) → 突破10万 (2024): (100000/40429)^(1/5) - 1 = 19.85 %
    result = trends.cagr(2019, Q(40429), 2024, Q(100_000, "at_least"))
    assert result.qualifier == "at_least"
    assert math.isclose(result.value, ((100_000 / 40_429) ** 0.2 - 1) * 100)
    assert 19.8 < result.value < 19.9


def test_ratio_of_two_lower_bounds_is_not_computed():
    assert trends.ratio(Q(10, "at_least"), Q(5, "at_least")) is None
    assert trends.ratio(Q(10, "at_least"), Q(5, "at_most")).qualifier == "at_least"
    assert trends.ratio(Q(10), Q(5, "at_least")).qualifier == "at_most"
    assert trends.ratio(Q(10, "approx"), Q(5)).qualifier == "approx"


def test_yoy_only_between_consecutive_years():
    s = frame({2019: (100, "exact"), 2020: (125, "exact"), 2022: (150, "exact")})
    result = trends.yoy(s)
    assert list(result.index) == [2020]
    assert result.loc[2020, "value"] == pytest.approx(25.0)


def test_closure_rate_and_share_and_per_100k():
    concluded = frame({2019: (35661, "exact")})
    accepted = frame({2019: (40429, "exact")})
    assert trends.closure_rate(concluded, accepted).loc[2019, "value"] == pytest.approx(
        35661 / 40429 * 100)
    population = frame({2019: (3_500_000, "exact")})
    assert trends.per_100k(accepted, population).loc[2019, "value"] == pytest.approx(
        40429 / 35)
    national = frame({2019: (31_000_000, "exact")})
    assert trends.share(accepted, national).loc[2019, "value"] == pytest.approx(
        40429 / 31_000_000 * 100)


def test_index_to_base_year():
    s = frame({2019: (200, "exact"), 2020: (250, "exact")})
    result = trends.index_to_base(s, 2019)
    assert list(result["value"]) == [100.0, 125.0]
    assert trends.index_to_base(s, 2015).empty


def test_trend_fit_needs_four_exact_points():
    few = frame({2019: (1, "exact"), 2020: (2, "exact"), 2021: (3, "exact"),
                 2022: (4, "at_least")})
    fit = trends.trend_fit(few)
    assert not fit.ok and "3 of 4" in fit.reason
    enough = frame({2019: (1, "exact"), 2020: (3, "exact"), 2021: (5, "exact"),
                    2022: (7, "exact")})
    fit = trends.trend_fit(enough)
    assert fit.ok and fit.slope == pytest.approx(2.0) and fit.predict(2023) == pytest.approx(9.0)


def test_year_on_year_change_of_a_rate_is_in_points():
    s = pd.DataFrame({"value": [80.0, 90.0], "qualifier": ["exact", "exact"]},
                     index=pd.Index([2020, 2021], name="year"))
    assert trends.yoy(s, points=True).loc[2021, "value"] == pytest.approx(10.0)
    assert trends.yoy(s).loc[2021, "value"] == pytest.approx(12.5)
