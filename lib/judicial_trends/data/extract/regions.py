"""The region of each figure, from the place names of data/regions.yaml.

A region's zh and en names and their short forms (西藏自治区 → 西藏, 拉萨市 → 拉萨) name it;
全区, 我区, 自治区, 区委 and 区党委 name the document's own region (the province it names most,
default XZ). A place that is not in regions.yaml (山南法院, 四川) makes the region null. The
nearest name in the figure's sentence decides; else the nearest heading that names one; else
the document's region.
"""

from __future__ import annotations

import re
from collections import Counter

from ..codebook import Codebook
from .periods import is_heading, line_at

_SUFFIXES = ("维吾尔自治区", "自治区", "市", "县", "区")
_OWN = ("全区", "我区", "自治区", "区党委", "区委")
_NOT_PLACES = {"全区", "各级", "基层", "边境", "高级", "中级", "区高", "全国", "人民", "我区", "地区",
               "全市", "全县", "各地", "两级", "三级", "当地", "所在", "自治区", "区直", "同级", "军事", "铁路", "巡回"}
_ORGANS = r"(?:人民)?(?:法院|检察院|公安局|司法局)"
_OTHER_PLACE = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)(?:市|县|地区)(?:{_ORGANS}|公安)"
                          rf"|(?:^|(?<=[\s、，。；：:“”]))([\u4e00-\u9fff]{{2}})(?:县|区)?{_ORGANS}",
                          re.MULTILINE)
_ENGLISH_EXTRA = {"XZ": ("Tibet", "Xizang"), "XJ": ("Xinjiang",), "CN": ("nationwide", "national")}


class Regions:
    """Region mentions of one text and the region of any position in it."""

    def __init__(self, text: str, book: Codebook):
        names = {}
        for code, entry in book.regions.items():
            for name in (entry.get("zh"), entry.get("en")):
                if not name:
                    continue
                names[name] = code
                short = next((name[: -len(s)] for s in _SUFFIXES
                              if name.endswith(s) and len(name) - len(s) >= 2), None)
                if short and short != "比如":  # 比如 is also "for example"
                    names[short] = code
            for name in _ENGLISH_EXTRA.get(code, ()):
                names[name] = code
        for name in ("全国", "中国", "最高人民法院", "最高人民检察院", "最高法", "最高检"):
            names[name] = "CN"
        self.names = names
        pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self.mentions: list[tuple[int, str | None]] = []
        for m in re.finditer(pattern, text):
            self.mentions.append((m.start(), names[m.group(0)]))
        provinces = Counter(code for _, code in self.mentions
                            if code and book.regions[code].get("level") in ("province", "country"))
        own_words = len(re.findall("|".join(_OWN), text))
        top = next((c for c, _ in provinces.most_common() if c != "CN"), "XZ")
        self.own = "CN" if provinces["CN"] > provinces[top] + own_words else top
        if self.own != "CN":  # 全国 in a regional report is a comparison or a national event
            self.mentions = [(start, code) for start, code in self.mentions if code != "CN"]
        for m in re.finditer("|".join(_OWN), text):
            self.mentions.append((m.start(), self.own))
        known = {m[0] for m in self.mentions}
        for m in _OTHER_PLACE.finditer(text):
            if m.start() not in known and _unknown_place(m.group(1) or m.group(2), names):
                self.mentions.append((m.start(), None))
        self.mentions.sort()
        self.headings = [(start, code) for start, code in self.mentions
                         if is_heading(line_at(text, start))]

    def at(self, pos: int, sentence_start: int) -> str | None:
        """The last region named in the figure's sentence, else in the nearest heading above
        it, else the document's own region."""
        inside = [code for start, code in self.mentions if sentence_start <= start < pos]
        if inside:
            return inside[-1]
        above = [code for start, code in self.headings if start < pos]
        return above[-1] if above else self.own


def _unknown_place(place: str, names: dict) -> bool:
    """``山南`` (in 山南法院) is a place regions.yaml does not know; ``全区``, ``各级`` are not places."""
    return not any(word in place for word in _NOT_PLACES) and "级" not in place \
        and not any(place.startswith(n) or n.startswith(place) for n in names)
