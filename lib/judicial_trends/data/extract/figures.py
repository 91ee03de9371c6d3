"""Every printed figure of a text: a number with a unit word or a percent sign, and stated changes.

Chinese figures need a unit word (``件 人 人次 元 % 个 …``, the units of
:mod:`judicial_trends.data.numbers`); English ones are any number that is not a year, a date,
a time, an ordinal, a reference or a label. Years (``2024年``), dates, article and ordinal
numbers (``第3条``, ``第十四届``), phone numbers and small Chinese numerals in names
(``四件大事``) are not figures. Matching runs on the normalised :class:`View`; ``printed`` is the
original text of the match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..numbers import (APPROX, AT_LEAST, AT_MOST, DOWN, EN_MULT, UNIT_WORDS, UP, ZH_MULT,
                       NumberFormatError, Parsed, parse)
from .view import View, inside_title

LIST_GAP = r"[\s、和及与,，]*"  # between the items of a list (125.1万件、130.5万件和131.9万件)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUM_ZH = rf"(?:\d{{1,3}}(?:[ \u2009\u202f]\d{{3}})+(?!\d)(?:\.\d+)?|{_NUM})"  # also 4 338家
_CN_NUMERALS = "[零〇一二两三四五六七八九十百千]"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ZH_UNITS = _alternation(w for w, _ in UNIT_WORDS if not w.isascii())
_EN_UNITS = _alternation(w for w, _ in UNIT_WORDS if w.isascii() and w != "%")
_ZH_PRE = _alternation(w for w in AT_LEAST + AT_MOST + APPROX
                       if not w.isascii() and w not in ("余", "多", "以上", "以下", "左右", "以内"))
_EN_PRE = _alternation(w for w in AT_LEAST + AT_MOST + APPROX if w.isascii()).replace("\\ ", r"\s+")
_ZH_MULTS = _alternation(ZH_MULT)
_ZH_CHANGE = (r"(?:(?:同比|较上年|比上年|较去年|比去年)\s*)?(?:分别\s*)?(?:"
              + _alternation(w for w in UP + DOWN if not w.isascii() and w != "提高")
              + r")(?:了|达到|达|(?<=[幅率])为)?\s*")  # 增幅为11%, 增长率为2.2%; not 下降为0.2%, a level
_EN_CHANGE = (r"(?:(?:an?\s+)?(?:increase|decrease|rise|drop|decline|growth)\s+of"
              r"|(?:increased|decreased|rose|fell|dropped|declined|grew|up|down)(?:\s+by)?)\s+")
_EN_POSTFIX = (r"(?:\s+(?:year[-\s]on[-\s]year))?\s+(?:down|up|decrease|increase|drop|rise"
               r"|decline|growth)\b(?!\s*\d)")  # 13.2 percent down from, a 2.6 percent
# year-on-year decrease; not the direction of the next figure (39.2% Up 10.8%)

# People named by who they are, after a count in 万/亿 with no unit word: 246.7万农民工
_PERSONS_ZH = ("农民工|残疾人|老年人|未成年人|妇女|儿童|群众|律师|公证员|仲裁员|调解员|志愿者|法官|检察官|警力"
               "|罪犯|犯罪嫌疑人|被告人|被执行人|社区矫正对象|鉴定人|人员|干警|民众")
_PEOPLE_BEFORE = re.compile(rf"(?:{_PERSONS_ZH})\s*$")  # 我国有律师83万,仲裁员6.7万
ZH_FIGURE = re.compile(
    rf"(?<![\dA-Za-z.\-:/#])(?P<change>{_ZH_CHANGE})?(?P<pre>(?:{_ZH_PRE})\s*)?"
    rf"(?P<num>{_NUM_ZH}|(?P<cn>{_CN_NUMERALS}+(?:[万亿]{_CN_NUMERALS}+)?))"  # 十五万五千宗
    rf"[ \t]*(?:{_ZH_MULTS})?[ \t]*(?:余|多)?[ \t]*(?:{_ZH_MULTS})?[ \t]*"
    rf"(?:(?<=[万亿])\n[ \t]*)?"  # a hard-wrapped line: 民事经济一审案件2244万\n件
    rf"(?:(?P<unit>%|{_ZH_UNITS})(?:[ \t]*(?:以上|以下|左右|以内))?"
    rf"|(?:(?<=[万亿])|(?<=[万亿][余多]))(?=(?P<people>{_PERSONS_ZH}))"
    rf"|(?<=[万亿余多])(?<!\d[余多])(?![\d\u4e00-\u9fff]*[年月日]))")
ZH_PERCENT = re.compile(r"百分之[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?")  # 百分之六十六点三
EN_FIGURE = re.compile(
    rf"(?<![\w.\-:/#$€£])(?P<change>{_EN_CHANGE})?(?P<pre>(?:{_EN_PRE})\s+)?"
    rf"(?P<cur>(?:RMB|CNY)\s*)?(?P<num>{_NUM})"
    rf"(?!\d|[,.]\d|[-:/]\d|st\b|nd\b|rd\b|th\b|\])"
    rf"(?P<mult>\s*(?:{'|'.join(EN_MULT)})\b)?"
    rf"(?P<unit>(?:\s*|-)(?:%|percent\b|per\s+cent\b)(?P<post>{_EN_POSTFIX})?"  # a 4.8-percent
    rf"|\s+(?:{_EN_UNITS})\b)?",
    re.IGNORECASE)

_MONEY_BEFORE = re.compile(r"(?:经费|资金|金额|投入|标的额?|款项?|损失|费用)[^，。,;；\d]{0,6}$")
# A unit word that starts a longer word is not a unit: 人民, 名单, 条例, 期间, 场所, 个百分点 …
_NOT_AFTER = {"人": "民", "名": "单", "条": "例件", "期": "间限", "所": "有", "家": "庭",
              "次": "日", "场": "所", "处": "理罚", "部": "门署", "起": "诉草", "位": "于置",
              "份": "额", "支": "持付", "批": "准捕复", "个": "月百", "间": "接", "户": "籍口",
              "把": "握关手"}
_NOT_FIGURE_BEFORE_EN = re.compile(
    r"(?:group|section|article|chapter|no\.|part|phase|item|figure|table|page|paragraph|"
    r"clause|level|grade|top|number|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"\.?\s*$", re.IGNORECASE)  # not a day: Nov. 30
_DURATION_AFTER_EN = re.compile(r"\s*(?:years?(?![\s-]+on[\s-]+year)|months?|days?|weeks?|hours?"
                                r"|minutes?|am|pm)\b", re.IGNORECASE)  # not "year on year"
_WORDS_EN = re.compile(r"\s+([A-Za-z'-]+)")
_PERSONS_EN = ("suspects", "defendants", "criminals", "offenders", "juveniles", "lawyers",
               "notaries", "mediators", "judges", "prosecutors", "procurators", "officers",
               "authenticators", "appraisers", "volunteers", "workers", "officials", "employees",
               "fugitives", "minors", "residents", "convicts", "arbitrators", "litigants",
               "citizens", "inmates", "prisoners", "victims", "children", "women", "migrants",
               "personnel", "professionals", "staff")
_CASES_EN = ("lawsuits", "matters", "affairs", "arbitrations", "disputes")
_UNITS_EN = {w: u for w, u in UNIT_WORDS if w.isascii()} | dict.fromkeys(_PERSONS_EN, "person") \
    | dict.fromkeys(_CASES_EN, "case")


@dataclass(frozen=True)
class Found:
    """One figure: its span in the view, the original text, what it reads as."""

    start: int
    end: int
    printed: str
    parsed: Parsed
    unit: str | None     # the printed unit, or for English the noun a few words on
    change: bool         # a stated change (同比上升11.86%), not a level
    lang: str            # zh | en
    guessed: bool = False  # "count" from a plural noun only (412 mechanisms): the indicator
    # the figure is given decides its unit (742,000 minors: a person indicator)


def find(v: View) -> list[Found]:
    """Every figure of the text, in text order."""
    found = [f for m in ZH_FIGURE.finditer(v.text) if (f := _zh(v, m))]
    found += [f for m in ZH_PERCENT.finditer(v.text) if (f := _zh_percent(v, m))]
    taken = [(f.start, f.end) for f in found]
    for m in EN_FIGURE.finditer(v.text):
        if not any(s < m.end() and m.start() < e for s, e in taken) and (f := _en(v, m)):
            found.append(f)
    return _ones(v, _shared_postfix(v, _listed_changes(v, sorted(found, key=lambda f: f.start))))


def _ones(v: View, found: list[Found]) -> list[Found]:
    """"heard 82,383 cases and closed 79,692 ones": a figure counting "ones" has the unit of
    the figure before it in its sentence."""
    for i in range(1, len(found)):
        prev, f = found[i - 1], found[i]
        if f.lang == "en" and re.match(r"\s+ones\b", v.text[f.end:]) \
                and not re.search(r"[.;]\s", v.text[prev.end:f.start]):
            found[i] = replace(f, unit=prev.unit, guessed=prev.guessed)
    return found


def _listed_changes(v: View, found: list[Found]) -> list[Found]:
    """``分别上升24.7%、21.1%和54.5%``, "a decrease of 18.17% and 9.67%, respectively", "down
    12.9 percent and 11.7 percent year-on-year respectively":
    percentages listed after a stated change are changes in the same direction; their printed
    form carries the verb (上升21.1%, decrease of 9.67%) so the sign survives."""
    for i in range(1, len(found)):
        prev, f = found[i - 1], found[i]
        if not (prev.change and f.unit == "percent" and not f.change):
            continue
        if f.lang == "en":
            verb = next((w for w in UP + DOWN if w.isascii()
                         and re.match(rf"(?i){w}\b", prev.printed)), None)
            listed = re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", v.text[prev.end:f.start]) \
                and re.match(r"(?i)(?:\s+year[-\s]on[-\s]year)?,?\s+respectively\b", v.text[f.end:])
        else:
            verb = next((w for w in UP + DOWN if w in prev.printed and not w.isascii()), None)
            listed = re.fullmatch(LIST_GAP, v.text[prev.end:f.start])
        if verb and listed:
            printed = f"{verb} {f.printed}" if f.lang == "en" else verb + f.printed
            found[i] = Found(f.start, f.end, printed, parse(printed), f.unit, True, f.lang)
    return found


def _shared_postfix(v: View, found: list[Found]) -> list[Found]:
    """"13.2 percent and 9.9 percent down from": percentages listed before an English change
    that names its direction after them are changes in that direction, printed with it (down
    13.2 percent) so the sign survives."""
    for i in range(len(found) - 1, 0, -1):
        f = found[i]
        verb = re.search(rf"{_EN_POSTFIX}$", f.printed, re.IGNORECASE)
        if not (f.change and f.lang == "en" and verb):
            continue
        word = verb.group(0).split()[-1]
        j = i - 1
        while j >= 0 and found[j].unit == "percent" and not found[j].change and re.fullmatch(
                r"\s*(?:,|and|,\s*and)\s*", v.text[found[j].end:found[j + 1].start]):
            printed = f"{word} {found[j].printed}"
            found[j] = replace(found[j], printed=printed, parsed=parse(printed), change=True)
            j -= 1
    return found


def _read(v: View, start: int, end: int, lang: str) -> tuple[str, Parsed] | None:
    """The figure as printed (Markdown emphasis and, in Chinese, spacing left out), read."""
    printed = v.original(start, end).replace("**", "")
    printed = re.sub(r"\s+", "" if lang == "zh" else " ", printed).strip()
    try:  # read the normalised text: 分別, 審結(jié) and full-width digits read as they mean
        return printed, parse(v.text[start:end])
    except NumberFormatError:
        return None


def _ordinal(v: View, start: int, unit_word: str | None = None) -> bool:
    """A number that ranks (第3条), or that numbers a journal's issue after its year (2018年3期)."""
    before = v.text[max(0, start - 3):start]
    return re.search(r"第\s*$", before) is not None \
        or unit_word == "期" and re.search(r"\d\s*年\s*$", before) is not None


def _zh(v: View, m: re.Match) -> Found | None:
    unit_word = m.group("unit")
    large = re.search(r"[万亿]", m.group(0))
    money = unit_word is None and large \
        and _MONEY_BEFORE.search(v.text, max(0, m.start() - 12), m.start())
    people = m.group("people") or unit_word is None and large \
        and _PEOPLE_BEFORE.search(v.text, max(0, m.start() - 12), m.start())
    if unit_word is None and not (m.group("pre") and large) and not money and not people:
        return None  # without a unit word only a bound in 万/亿 is a figure: 突破5万(关口),
        # an amount of money (经费总投入是36亿) or people (为246.7万农民工…提供法律援助)
    following = v.text[m.end():m.end() + 1]
    if following and following in _NOT_AFTER.get(unit_word, "") \
            or _ordinal(v, m.start(), unit_word):
        return None
    if following in ("年", "月", "日", "号", "岁", "届"):
        return None
    if inside_title(v.text, m.start()) or unit_word == "%" and _english(v.text, m):
        return None  # a percentage in English text is read as English (up 3% year-on-year)
    read = _read(v, m.start(), m.end(), "zh")
    if read is None:
        return None
    printed, parsed = read
    if m.group("cn") and parsed.qualifier == "exact" and abs(parsed.value) < 10:
        return None  # 四件大事, 三个规定: names, not counts
    unit = "yuan" if money else "person" if people else parsed.unit
    return Found(m.start(), m.end(), printed, parsed, unit,
                 bool(m.group("change")), "zh")


def _zh_percent(v: View, m: re.Match) -> Found | None:
    """A percentage in Chinese numerals: 占…的百分之六十六点三."""
    read = None if inside_title(v.text, m.start()) else _read(v, m.start(), m.end(), "zh")
    return read and Found(m.start(), m.end(), *read, read[1].unit, False, "zh")


def _en(v: View, m: re.Match) -> Found | None:
    text = v.text
    if not _english(text, m):
        return None  # a number in Chinese text without a unit word: not a figure
    measured = m.group("unit") or m.group("mult") or m.group("cur")
    bare = not (measured or m.group("pre") or m.group("change"))
    number = m.group("num")
    if bare and float(number.replace(",", "")) < 10 \
            or not measured and re.fullmatch(r"(19|20)\d\d", number):
        return None  # a small number written as a label, or a year (up 2.07 percent over 2005)
    label = not m.group("change") \
        and _NOT_FIGURE_BEFORE_EN.search(text[max(0, m.start() - 12):m.start()])  # not "The figure
    if label or text[m.start() - 1:m.start()] == "[" or _ordinal(v, m.start()):  # rose 83.8%"
        return None
    if not m.group("unit") and _DURATION_AFTER_EN.match(text, m.end()):
        return None
    read = _read(v, m.start(), m.end(), "en")
    if read is None:
        return None
    printed, parsed = read
    unit = parsed.unit or _inferred_unit(text, m.end())
    return Found(m.start(), m.end(), printed, parsed, unit,
                 bool(m.group("change") or m.group("post")), "en",
                 guessed=not parsed.unit and unit == "count")


def _english(text: str, m: re.Match) -> bool:
    """More Latin letters than Chinese characters around the match."""
    window = text[max(0, m.start() - 30):m.end() + 30]
    return len(re.findall(r"[A-Za-z]", window)) > len(re.findall(r"[\u4e00-\u9fff]", window))


def _inferred_unit(text: str, end: int) -> str | None:
    """``308 civil prosecution cases`` → case; ``1,088,490 suspects`` → person; ``111 big data
    supervision models`` → count."""
    words = []
    while len(words) < 4 and (m := _WORDS_EN.match(text, end)):
        words.append(m.group(1).lower())
        end = m.end()
    for word in words:
        if word in _UNITS_EN:
            return _UNITS_EN[word]
    plural = [w for w in words if w.endswith("s") and not w.endswith("ss")]
    return "count" if plural else None
