"""Figures as printed → numbers: ``"突破10万件"`` → 100000 case, at_least.

``parse`` reads the printed forms seen in Chinese and English reports: 万/亿 multipliers,
thousands separators, full-width digits, traditional characters (萬, 億), mirror-site pinyin
insertions (``10萬(wàn)件``), Chinese numerals (``二十多个``), bounds (余, 多, 突破, 超过, 以上,
more than, over), approximations (约, 近, about, nearly) and stated changes (增长/下降).
``format_zh`` and ``format_en`` write a value back in the style of the language.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

QUALIFIERS = ("exact", "at_least", "at_most", "approx")
UNITS = ("case", "person", "person_time", "yuan", "percent", "count")


class NumberFormatError(ValueError):
    """A printed figure that cannot be read."""


@dataclass(frozen=True)
class Parsed:
    """A printed figure read as a number.

    ``resolution`` is the size of one step of the last printed digit in base units
    (``41.33亿`` → 1e6), so two printings of the same figure can be compared fairly.
    """

    value: float
    unit: str | None
    qualifier: str
    resolution: float


_TRAD = str.maketrans({"萬": "万", "億": "亿", "餘": "余", "約": "约", "點": "点", "達": "达",
                       "幾": "几", "過": "过", "兩": "两", "個": "个", "場": "场", "項": "项",
                       "條": "条", "間": "间", "處": "处", "減": "减", "長": "长", "較": "较",
                       "別": "别", "張": "张", "筆": "笔", "塊": "块", "則": "则"})
_PINYIN = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ\s]+\)")

AT_LEAST = ("more than", "over", "at least", "in excess of", "exceeding", "above",
             "突破", "超过", "至少", "逾", "超", "以上", "余", "多")
AT_MOST = ("less than", "under", "at most", "up to", "fewer than",
            "不到", "不足", "至多", "最多", "以下", "以内")
APPROX = ("approximately", "about", "nearly", "around", "almost", "roughly", "some",
           "约", "近", "左右", "大约")
DOWN = ("下降率", "减少率", "下降", "降幅", "减少", "下滑", "降低", "decrease of", "decreased by",
        "down", "fell", "decline of", "declined by", "dropped", "decrease", "decline", "drop")
UP = ("增长率", "增长", "增幅", "上升", "增加", "提高", "increase of", "increased by", "up", "rose",
      "growth of", "increase", "rise", "growth")
_FILLER = ("同比", "较上年", "比上年", "分别", "year-on-year", "year on year", "yoy", "a total of",
           "total", "共", "累计", "达到", "达", "为", "了", "计", "by", "of", "the", "a", "an",
           "respectively")

ZH_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百万": 1e6}
EN_MULT = {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3, "bn": 1e9, "mn": 1e6}
UNIT_WORDS = [
    ("person-times", "person_time"), ("person times", "person_time"), ("人次", "person_time"),
    ("人(次)", "person_time"), ("场(次)", "count"), ("项(次)", "count"),
    ("场次", "count"), ("件次", "case"), ("家次", "count"),
    ("percent", "percent"), ("per cent", "percent"), ("%", "percent"), ("百分之", "percent"),
    ("yuan", "yuan"), ("rmb", "yuan"), ("元", "yuan"),
    ("cases", "case"), ("case", "case"), ("件", "case"), ("起", "case"), ("宗", "case"),
    ("persons", "person"), ("people", "person"), ("person", "person"), ("individuals", "person"),
    ("人", "person"), ("名", "person"), ("位", "person"), ("户", "count"),
    ("times", "count"), ("items", "count"), ("units", "count"),
    ("个", "count"), ("次", "count"), ("场", "count"), ("项", "count"), ("家", "count"),
    ("条", "count"), ("份", "count"), ("期", "count"), ("批", "count"), ("篇", "count"),
    ("所", "count"), ("处", "count"), ("间", "count"), ("支", "count"), ("部", "count"),
    ("张", "count"), ("笔", "count"), ("艘", "count"), ("块", "count"), ("则", "count"),
    ("枚", "count"), ("把", "count"),
]
_ARABIC = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:\.(\d+))?")
_CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿点]+")


def normalize(printed: str) -> str:
    """Full-width → ASCII, traditional → simplified for number words, pinyin removed."""
    text = unicodedata.normalize("NFKC", printed).translate(_TRAD)
    text = _PINYIN.sub("", text)
    text = text.replace("廿", "二十").replace("卅", "三十").replace("卌", "四十")
    return re.sub(r"\s+", " ", text.replace("**", "")).strip()


def parse(printed: str) -> Parsed:
    """Read one printed figure; raise :class:`NumberFormatError` when it cannot be read."""
    if not isinstance(printed, str) or not printed.strip():
        raise NumberFormatError(f"empty figure {printed!r}")
    text = normalize(printed)
    rest = re.sub(r"(?<=\d)-(?=per)|(?<=percent)-(?=[a-z])", " ", text.lower())  # 4.8-percent

    qualifier = "exact"
    for name, words in (("at_most", AT_MOST), ("approx", APPROX), ("at_least", AT_LEAST)):
        for word in words:
            if _contains(rest, word):
                if qualifier not in ("exact", name):
                    raise NumberFormatError(f"contradictory qualifiers in {printed!r}")
                qualifier, rest = name, _remove(rest, word)

    sign = 1.0
    for word in DOWN:
        if _contains(rest, word):
            sign, rest = -1.0, _remove(rest, word)
    for word in UP:
        rest = _remove(rest, word)
    if rest.lstrip().startswith(("-", "−")):
        sign, rest = -1.0, rest.lstrip()[1:]

    number, resolution, before, after = _take_number(rest, printed)
    multiplier, after = _take_multiplier(after)
    rest = before + " " + after
    unit, rest = _take_unit(rest)
    for word in _FILLER:
        rest = _remove(rest, word)
    leftover = re.sub(r"[\s,.;:，。、()（）]+", "", rest)
    if leftover:
        raise NumberFormatError(f"cannot read {leftover!r} in figure {printed!r}")
    value = sign * number * multiplier
    return Parsed(value=_clean_float(value), unit=unit, qualifier=qualifier,
                  resolution=_clean_float(resolution * multiplier))


def _contains(text: str, word: str) -> bool:
    if word.isascii():
        return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) is not None
    return word in text


def _remove(text: str, word: str) -> str:
    if word.isascii():
        return re.sub(rf"(?<![a-z]){re.escape(word)}(?![a-z])", " ", text, count=1)
    return text.replace(word, " ", 1)


def _take_number(text: str, printed: str) -> tuple[float, float, str, str]:
    """The one number in ``text`` (Arabic digits, or a run of Chinese numerals), its
    resolution, and the text before and after it."""
    arabic = list(_ARABIC.finditer(text))
    if len(arabic) > 1:
        raise NumberFormatError(f"more than one number in figure {printed!r}")
    if arabic:
        match = arabic[0]
        whole, frac = re.sub(r"[, ]", "", match.group(1)), match.group(2) or ""
        number = float(f"{whole}.{frac}" if frac else whole)
        return number, 10.0 ** -len(frac), text[: match.start()], text[match.end():]
    chinese = [m for m in _CHINESE.finditer(text) if m.group(0) not in ("万", "亿", "千", "百")]
    if len(chinese) != 1:
        raise NumberFormatError(f"no readable number in figure {printed!r}")
    match = chinese[0]
    token = match.group(0)
    multiplier = 1.0
    for suffix in ("万亿", "亿", "万"):
        if token.endswith(suffix) and len(token) > len(suffix):
            token, multiplier = token[: -len(suffix)], ZH_MULT[suffix]
            break
    number = _chinese_number(token)
    if number is None:
        raise NumberFormatError(f"cannot read Chinese numeral {token!r} in {printed!r}")
    return number * multiplier, multiplier, text[: match.start()], text[match.end():]


def chinese_integer(word: str) -> int | None:
    """十三 → 13, 三十一 → 31; None for what is no whole Chinese numeral (十一一, 一点六)."""
    number = _chinese_number(word)
    return int(number) if number is not None and number.is_integer() else None


def _chinese_number(word: str) -> float | None:
    """A run of Chinese numerals read by cn2an (strict): 六十六点三 → 66.3; None if unreadable."""
    import cn2an  # imported here: it takes longer to import than the rest of the package

    try:
        return float(cn2an.cn2an(word, "strict"))
    except (ValueError, KeyError):
        return None


def _take_multiplier(text: str) -> tuple[float, str]:
    stripped = text.lstrip()
    for word, mult in sorted(ZH_MULT.items(), key=lambda kv: -len(kv[0])):
        if stripped.startswith(word):
            return mult, stripped[len(word):]
    for word, mult in EN_MULT.items():
        if re.match(rf"{word}(?![a-z])", stripped):
            return mult, stripped[len(word):]
    return 1.0, text


def _take_unit(text: str) -> tuple[str | None, str]:
    for word, unit in UNIT_WORDS:
        if _contains(text, word):
            return unit, _remove(text, word)
    return None, text


def _clean_float(value: float) -> float:
    """Round away binary noise from decimal scaling (41.33 × 1e8 → 4133000000.0)."""
    if value == 0 or not math.isfinite(value):
        return value
    return float(f"{value:.12g}")


# -- writing numbers back -------------------------------------------------------------------

_ZH_UNIT = {"case": "件", "person": "人", "person_time": "人次", "yuan": "元", "percent": "%",
            "count": ""}
_EN_UNIT = {"case": "cases", "person": "persons", "person_time": "person-times",
            "yuan": "yuan", "percent": "%", "count": ""}
_ZH_QUAL = {"exact": "", "at_least": "至少", "at_most": "至多", "approx": "约"}
_EN_QUAL = {"exact": "", "at_least": "at least ", "at_most": "at most ", "approx": "about "}


def _trim(number: float, digits: int) -> str:
    text = f"{number:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_zh(value: float, unit: str | None = None, qualifier: str = "exact",
              digits: int = 2) -> str:
    """``4.133e9, 'yuan'`` → ``41.33亿元``; bounds get 至少/至多, approximations 约."""
    sign, magnitude = ("-" if value < 0 else ""), abs(value)
    if unit == "percent":
        body = _trim(magnitude, digits)
    elif magnitude >= 1e8:
        body = _trim(magnitude / 1e8, digits) + "亿"
    elif magnitude >= 1e5:
        body = _trim(magnitude / 1e4, digits) + "万"
    else:
        body = _trim(magnitude, digits).replace(",", "")
    return f"{_ZH_QUAL[qualifier]}{sign}{body}{_ZH_UNIT.get(unit or 'count', '')}"


def format_en(value: float, unit: str | None = None, qualifier: str = "exact",
              digits: int = 2) -> str:
    """``4.133e9, 'yuan'`` → ``4.13 billion yuan``; bounds get 'at least'/'at most'."""
    sign, magnitude = ("-" if value < 0 else ""), abs(value)
    if unit == "percent":
        return f"{_EN_QUAL[qualifier]}{sign}{_trim(magnitude, digits)}%"
    if magnitude >= 1e9:
        body = _trim(magnitude / 1e9, digits) + " billion"
    elif magnitude >= 1e6:
        body = _trim(magnitude / 1e6, digits) + " million"
    else:
        body = _trim(magnitude, digits)
    word = _EN_UNIT.get(unit or "count", "")
    return f"{_EN_QUAL[qualifier]}{sign}{body}{' ' + word if word else ''}"
