"""numbers.parse on the printed forms of the sources, malformed ones, and round trips."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judicial_trends.data.numbers import (NumberFormatError, chinese_integer, format_en, format_zh,
                                          parse)


@pytest.mark.parametrize("printed, value, unit, qualifier", [
    ("突破10万件", 100_000, "case", "at_least"),
    ("3900余万元", 39_000_000, "yuan", "at_least"),
    ("41.33亿元", 4_133_000_000, "yuan", "exact"),
    ("2.1万余条", 21_000, "count", "at_least"),
    ("1494.71万元", 14_947_100, "yuan", "exact"),
    ("4557.4万件", 45_574_000, "case", "exact"),
    ("45.574 million", 45_574_000, None, "exact"),
    ("45.574 million cases", 45_574_000, "case", "exact"),
    ("more than 1,000", 1_000, None, "at_least"),
    ("over 99%", 99, "percent", "at_least"),
    ("about 3,000 people", 3_000, "person", "approx"),
    ("nearly 2,000 cases", 2_000, "case", "approx"),
    ("98.97%", 98.97, "percent", "exact"),
    ("90%以上", 90, "percent", "at_least"),
    ("近3万件", 30_000, "case", "approx"),
    ("约1.2万人", 12_000, "person", "approx"),
    ("1300余次", 1_300, "count", "at_least"),
    ("1,300余次", 1_300, "count", "at_least"),
    ("40,429 cases", 40_429, "case", "exact"),
    ("2912件", 2_912, "case", "exact"),
    ("2912 件", 2_912, "case", "exact"),
    ("1526人次", 1_526, "person_time", "exact"),
    ("211人", 211, "person", "exact"),
    ("114名", 114, "person", "exact"),
    ("同比增长24.96%", 24.96, "percent", "exact"),
    ("同比分別上升24.7%", 24.7, "percent", "exact"),  # a list of changes, traditional 別
    ("下降3.2%", -3.2, "percent", "exact"),
    ("减少率为1.1%", -1.1, "percent", "exact"),  # antpedia.com 2015: 比去年减少27家,减少率为1.1%
    ("增幅8.17%", 8.17, "percent", "exact"),  # 增幅/降幅: the size of a rise or a fall
    ("降幅为0.2%", -0.2, "percent", "exact"),  # (cnlaw365.cn, lawyers in 2014)
    ("decrease of 4.1%", -4.1, "percent", "exact"),
    ("-3.5%", -3.5, "percent", "exact"),
    ("３９００余万元", 39_000_000, "yuan", "at_least"),  # full-width digits
    ("41.33億元", 4_133_000_000, "yuan", "exact"),  # traditional 億
    ("10萬(wàn)件", 100_000, "case", "exact"),  # mirror-site pinyin
    ("廿五人", 25, "person", "exact"),  # 廿 = 20, Taiwan press
    ("卅三人", 33, "person", "exact"),
    ("審結(jié)2912件", None, None, None),  # text beyond the figure is refused (see below)
    ("二十多个", 20, "count", "at_least"),
    ("百分之六十六点三", 66.3, "percent", "exact"),  # chinanews.com.cn 2009, in Chinese numerals
    ("三千九百余万元", 39_000_000, "yuan", "at_least"),
    ("up to 5 cases", 5, "case", "at_most"),
    ("不到100人", 100, "person", "at_most"),
    ("最多5件", 5, "case", "at_most"),
    ("至多5件", 5, "case", "at_most"),
])
def test_printed_forms(printed, value, unit, qualifier):
    if value is None:
        with pytest.raises(NumberFormatError, match="cannot read"):
            parse(printed)
        return
    parsed = parse(printed)
    assert math.isclose(parsed.value, value, rel_tol=1e-12)
    assert (parsed.unit, parsed.qualifier) == (unit, qualifier)


def test_resolution_follows_last_printed_digit():
    assert parse("41.33亿元").resolution == 1_000_000
    assert parse("4557.4万件").resolution == 1_000
    assert parse("40,429 cases").resolution == 1


@pytest.mark.parametrize("printed", ["", "件", "abc", "10万件与20万件", "2024年受理5件",
                                     "12 apples", "约突破5件以下"])
def test_malformed_forms_are_errors_naming_the_text(printed):
    with pytest.raises(NumberFormatError) as info:
        parse(printed)
    assert repr(printed) in str(info.value) or printed == ""


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["case", "yuan", "person"]),
       st.sampled_from(["exact", "at_least", "approx"]))
def test_zh_round_trip_within_printed_precision(value, unit, qualifier):
    parsed = parse(format_zh(value, unit, qualifier))
    assert parsed.unit == unit and parsed.qualifier == qualifier
    assert abs(parsed.value - value) <= parsed.resolution / 2 + 1e-6 * max(1, value)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["case", "yuan"]))
def test_en_round_trip_within_printed_precision(value, unit):
    parsed = parse(format_en(value, unit))
    assert parsed.unit == unit
    assert abs(parsed.value - value) <= parsed.resolution / 2 + 1e-6 * max(1, value)


@given(st.floats(min_value=-99.99, max_value=1000, allow_nan=False).map(lambda x: round(x, 2)))
def test_percent_round_trip(value):
    assert math.isclose(parse(format_zh(value, "percent")).value, value, abs_tol=1e-9)


def test_chinese_integers_of_days_and_years():
    # 於六月十三日至十月三十一日 (orientaldaily.on.cc 2019), 四年多来; not a run of numerals
    assert [chinese_integer(w) for w in ("六", "十三", "十", "三十一", "四")] == [6, 13, 10, 31, 4]
    assert chinese_integer("十一一") is None and chinese_integer("三三") is None
