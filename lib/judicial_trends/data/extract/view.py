"""A normalised view of a text whose every character maps back to the original.

Full-width forms become ASCII, traditional characters simplified (OpenCC), years written in
Chinese digits Arabic (二00七年五月 → 2007年5月, 六月十三日 → 6月13日), mirror-site pinyin
insertions (``審結(jié)``) and Markdown emphasis (``**``) dropped, and table cells copied without
a space between them (``upon222,000 personsDown 51.2%``) parted. Matching happens on the
view; spans map back with :meth:`View.span`, so what is quoted is always the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..numbers import chinese_integer

_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6} ?\)")
# A year written in Chinese digits, zeros often as 0 or ○ (二00七年, 二○○七年), read as 2007年
_CN_YEAR = re.compile(r"(?<![\d〇○零一二三四五六七八九十])[〇○零一二三四五六七八九0-9]{4}(?=年)")
_CN_MONTH = re.compile(r"(?<=\d年)[一二三四五六七八九](?=月)")  # 2007年五月 → 2007年5月
# A day in Chinese numerals (六月十三日 → 6月13日), spaces keeping the length where it shrinks
_CN_DAY = re.compile(r"(?<![一二三四五六七八九十\d])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
# Where a copied table runs its cells together: upon222,000 personsDown 51.2%, 39.2%Up 10.8%
_GLUED = re.compile(r"(?<=[a-z])(?=\d{1,3}(?:,\d{3})+(?![\d,]))|(?<=[a-z\d%])(?=(?:Up|Down)\s+\d)")


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported here: only the extractor needs it

    return opencc.OpenCC("t2s")


@dataclass(frozen=True)
class View:
    """``text`` normalised; ``origin[i]`` is the index in ``raw`` of ``text[i]``."""

    raw: str
    text: str
    origin: tuple[int, ...]
    converted: int  # characters changed from traditional to simplified

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text behind ``text[start:end]``."""
        return self.origin[start], self.origin[end - 1] + 1

    def original(self, start: int, end: int) -> str:
        first, last = self.span(start, end)
        return self.raw[first:last]


def view(raw: str) -> View:
    """Normalise ``raw`` for matching, keeping the way back to each original character."""
    chars, origin = [], []
    for i, ch in enumerate(raw):
        for part in unicodedata.normalize("NFKC", ch):
            chars.append(part)
            origin.append(i)
    text = "".join(chars)
    keep = [True] * len(text)
    for match in _PINYIN.finditer(text):
        keep[match.start():match.end()] = [False] * (match.end() - match.start())
    for match in re.finditer(r"\*\*", text):
        keep[match.start():match.end()] = [False, False]
    text = "".join(c for c, k in zip(text, keep) if k)
    origin = [o for o, k in zip(origin, keep) if k]
    for match in reversed(list(_GLUED.finditer(text))):  # table cells run together
        text = text[:match.start()] + " " + text[match.start():]
        origin.insert(match.start(), origin[match.start()])
    simplified = _t2s().convert(text)
    if len(simplified) != len(text):  # a phrase rule changed the length: go character by character
        simplified = "".join(_t2s().convert(c) or c for c in text)
    converted = sum(a != b for a, b in zip(text, simplified))
    simplified = _CN_YEAR.sub(_arabic_year, simplified)
    for match in reversed(list(_CN_DAY.finditer(simplified))):
        month, day = chinese_integer(match.group(1)) or 0, chinese_integer(match.group(2)) or 0
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        parts = (f"{month}".ljust(len(match.group(1))) + "月"
                 + f"{day}".ljust(len(match.group(2))) + "日")
        first = origin[match.start()]
        origin[match.start():match.end()] = [first] * (len(parts) - (match.end() - match.start())) \
            + origin[match.start():match.end()]
        simplified = simplified[:match.start()] + parts + simplified[match.end():]
    simplified = _CN_MONTH.sub(lambda m: m.group(0).translate(_YEAR_DIGITS), simplified)
    return View(raw=raw, text=simplified, origin=tuple(origin), converted=converted)


def _arabic_year(m: re.Match) -> str:
    """二00七 → 2007 (same length, so every character keeps its origin); other runs unchanged."""
    year = m.group(0).translate(_YEAR_DIGITS)
    return year if year != m.group(0) and year[:2] in ("19", "20") else m.group(0)


_TITLE_MAX = 80  # characters of a 《title》, marks included


def inside_title(text: str, pos: int) -> bool:
    """Inside 《…》: a document title, whose numbers are part of its name. A 《 with no 》
    within a title's length and sentence (mojibake such as 鄙蛐《〗榻B) opens none."""
    opened, closed = text.rfind("《", 0, pos), text.rfind("》", 0, pos)
    end = text.find("》", pos)
    return opened > closed and end != -1 and end - opened <= _TITLE_MAX \
        and not re.search(r"[。；;\n]", text[opened:end])
