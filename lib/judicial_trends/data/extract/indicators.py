"""Codebook ids suggested from the words around a figure.

An indicator is suggested only when one of its names (zh, en or an ``aliases`` entry of
data/indicators.yaml) appears in the figure's clause, the unit agrees, and no other indicator's
name is as close to the figure; else the draft gets null and the nearest candidates.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..codebook import Codebook

CANDIDATES = 3
_DROP = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")
_NOTE = re.compile(r"[(（][^)）]*[)）]")
_SUFFIX = re.compile(r"(?:被告人数|被告人|人数|件数|次数|人次|份数|条数|期数|场次|金额|数)$")
_PREFIX = re.compile(r"^(?:全国法院|各级法院|法院)")
ORGAN_WORDS = {"court": ("法院", "审判", "court"), "procuratorate": ("检察", "procurator"),
               "justice": ("司法厅", "司法局", "司法所", "法律援助", "人民调解", "公共法律服务",
                           "legal aid"),
               "public_security": ("公安", "派出所", "police")}


def norm(text: str) -> str:
    """Lower case, letters, digits and Chinese characters only (spaces and punctuation go)."""
    return _DROP.sub("", text.lower())


@dataclass(frozen=True)
class Suggestion:
    indicator: str | None
    candidates: tuple[str, ...]


class Suggester:
    """Matches clauses against the names of the codebook's indicators."""

    def __init__(self, book: Codebook, used: dict[str, set[str]] | None = None):
        """``used``: the regions each indicator has figures for in the clean data, which
        decides between names that fit equally well (全国法院受理案件 is national)."""
        self.book, self.used = book, used or {}
        self.names = {key: {variant: full for name in self._all_names(key)
                            for variant, full in _variants(name).items()}
                      for key in book.indicators}

    def _all_names(self, key: str) -> list[str]:
        """An indicator's names; a stated change is also named by what it changes
        (审执结案件…同比上升 → the change of cases concluded)."""
        base = self.book.base_of(key)
        return self.book.names(key) + (self.book.names(base) if base else [])

    def _compatible(self, key: str, unit: str | None, change: bool) -> bool:
        entry = self.book.indicators[key]
        if change:
            return bool(entry.get("base")) and unit == "percent" == entry.get("unit")
        if self.book.is_change(key):
            return False
        return entry.get("unit") == unit if unit else entry.get("unit") != "percent"

    def suggest(self, before: str, after: str, unit: str | None, change: bool = False,
                base: str | None = None, organ: str | None = None,
                versus: int | None = None, region: str | None = None) -> Suggestion:
        """The indicator the clause (``before`` + figure + ``after``) names, or candidates.

        A stated change of a figure whose indicator is known gets that indicator's
        ``.yoy_pct`` (or ``.change_vs_<year>_pct`` when compared with a named ``versus`` year);
        ``organ`` (court, procuratorate …) and ``region`` decide between names that fit equally
        well; an indicator of another organ is never suggested, only listed."""
        if change and base and unit == "percent":
            linked = f"{base}.change_vs_{versus}_pct" if versus else self.book.yoy_of(base)
            if linked in self.book.indicators:
                return Suggestion(linked, ())
        before, after = norm(before), norm(after)
        keys = [k for k in self.book.indicators if self._compatible(k, unit, change)]
        best: dict[str, tuple] = {}
        for key in keys:
            for name, full in self.names[key].items():
                distance = _distance(name, before, after)
                if distance is not None:
                    score = (-distance, self.book.indicators[key].get("organ") == organ,
                             region in self.used.get(key, ()), full, len(name))
                    best[key] = max(best.get(key, score), score)
        ranked = sorted(best, key=lambda k: best[k], reverse=True)
        confident = ranked and (len(ranked) == 1 or best[ranked[0]] > best[ranked[1]]) \
            and (organ is None or self.book.indicators[ranked[0]].get("organ") == organ)
        if confident:
            return Suggestion(ranked[0], tuple(ranked[1:CANDIDATES]))
        return Suggestion(None, tuple(ranked[:CANDIDATES]) or self._nearest(keys, before + after))

    def _nearest(self, keys: list[str], context: str) -> tuple[str, ...]:
        def overlap(key: str) -> float:
            return max((difflib.SequenceMatcher(None, context, name, autojunk=False)
                        .find_longest_match().size / len(name) for name in self.names[key]),
                       default=0.0)
        scored = sorted(((overlap(k), k) for k in keys), reverse=True)
        return tuple(k for score, k in scored[:CANDIDATES] if score >= 0.3)


def _variants(name: str) -> dict[str, bool]:
    """A name (→ True) and the shorter forms reports print (→ False): ``批准逮捕人数`` →
    批准逮捕, ``法院受理案件`` → 受理案件, ``审结涉黑涉恶案件(人)`` → 审结涉黑涉恶案件."""
    plain = norm(name)
    short = norm(_NOTE.sub("", name))
    forms = {f: False for f in (short, _SUFFIX.sub("", short), _PREFIX.sub("", short))
             if len(f) >= 3}
    if len(plain) >= 2:
        forms[plain] = True
    return forms


def organ_of(text: str) -> str | None:
    """The organ a stretch of text speaks of: the last organ word in it."""
    last, organ = -1, None
    lowered = text.lower()
    for key, words in ORGAN_WORDS.items():
        for word in words:
            at = lowered.rfind(word)
            if at > last:
                last, organ = at, key
    return organ


def _distance(name: str, before: str, after: str) -> int | None:
    """Characters between the name and the figure (closest occurrence), or None if absent."""
    found = []
    at = before.rfind(name)
    if at != -1:
        found.append(len(before) - at - len(name))
    at = after.find(name)
    if at != -1:
        found.append(at)
    return min(found) if found else None
