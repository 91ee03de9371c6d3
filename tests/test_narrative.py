"""narrative: sentences that state bounds and gaps, in zh and en."""

import pandas as pd

from judicial_trends.analysis import narrative
from judicial_trends.analysis.trends import Q


def frame(points):
    return pd.DataFrame({"value": [v for v, _ in points.values()],
                         "qualifier": [q for _, q in points.values()],
                         "derivation": ["" for _ in points]},
                        index=pd.Index(list(points), name="year"))


def test_numbers_follow_the_language():
    assert narrative.number(Q(4.133e9), "yuan", "zh") == "41.33亿元"
    assert narrative.number(Q(4.133e9), "yuan", "en") == "4.13 billion yuan"
    assert narrative.number(Q(100_000, "at_least"), "case", "zh") == "至少10万件"
    assert narrative.number(Q(40429), "case", "en") == "40,429 cases"


def test_bounds_round_towards_the_safe_side():
    # 19.85 % as a lower bound must not be shown as 19.9 %
    assert narrative.percent(Q(19.85, "at_least"), "en") == "at least 19.8%"
    assert narrative.percent(Q(19.81, "at_most"), "zh") == "至多19.9%"


def test_cagr_sentence_to_a_lower_bound():
    zh = narrative.change("受理案件", 2019, Q(40429), 2024, Q(100_000, "at_least"), "case", "zh")
    assert zh == "受理案件从2019年的40429件增至2024年的至少10万件，年均增长至少19.8%。"
    en = narrative.change("Cases accepted", 2019, Q(40429), 2024, Q(100_000, "at_least"),
                          "case", "en")
    assert "at least 100,000 cases in 2024" in en and "at least 19.8%" in en


def test_two_bounds_give_no_rate():
    text = narrative.change("Cases", 2019, Q(4e4, "at_least"), 2024, Q(1e5, "at_least"),
                            "case", "en")
    assert "cannot be stated" in text and "%" not in text


def test_gaps_are_named():
    s = frame({2019: (40429, "exact"), 2020: (50521, "exact"), 2024: (100000, "at_least")})
    sentences = narrative.describe("Cases accepted", s, "case", "en")
    assert "No public figure for 2021–2023." in sentences
    assert any("no trend line" in x for x in sentences)
    zh = narrative.describe("受理案件", s, "case", "zh")
    assert "2021–2023年无公开数据。" in zh


def test_latest_change_with_a_bound():
    s = frame({2023: (90_000, "exact"), 2024: (100_000, "at_least")})
    assert narrative.latest("Cases accepted", s, "case", "en") == \
        "In 2024, cases accepted: at least 100,000 cases, at least +11.1% on 2023."


def test_a_year_without_figures_names_the_nearest_years():
    zh = narrative.not_in_years("受理与审执结案件", 2022, 2022, [2019, 2020, 2024], "zh")
    assert zh == "受理与审执结案件：2022年没有公开数字；最近有数字的年份为2020年和2024年。"
    en = narrative.not_in_years("Juveniles", 2022, 2023, [2024], "en")
    assert en == "Juveniles: no published figure for 2022–2023; the nearest year with figures is 2024."


def test_rates_change_in_percentage_points_not_percent():
    """93.7 % after 94 % is 0.3 points down (a reader's 'change of a rate'), not −0.3 %; a lower
    bound after an exact value bounds the change from below."""
    s = frame({2012: (94.0, "exact"), 2019: (93.7, "exact")})
    zh = narrative.describe("人民调解成功率", s, "percent", "zh")
    assert zh[0] == "2019年人民调解成功率93.7%，较2012年变化-0.3个百分点。"
    assert zh[1] == "人民调解成功率从2012年的94%降至2019年的93.7%，变化-0.3个百分点。"
    en = narrative.latest("Satisfaction", frame({2016: (99.6, "exact"), 2022: (98.0, "at_least")}),
                          "percent", "en")
    assert en == "In 2022, satisfaction: at least 98%, at least -1.6 percentage points on 2016."
    assert narrative.change_between(Q(4e4), Q(5e4), "case", "en") == "+25%"
