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
_SUFFIX = re.compile(r"(?:人数|件数|次数|人次|份数|条数|期数|场次|金额|数)$")
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

    def __init__(self, book: Codebook):
        self.book = book
        self.names = {key: sorted({n for name in book.names(key) for n in _variants(name)},
                                  key=len, reverse=True) for key in book.indicators}

    def _compatible(self, key: str, unit: str | None, change: bool) -> bool:
        entry = self.book.indicators[key]
        if change:
            return bool(entry.get("base")) and unit == "percent" == entry.get("unit")
        if self.book.is_change(key):
            return False
        return entry.get("unit") == unit if unit else entry.get("unit") != "percent"

    def suggest(self, before: str, after: str, unit: str | None, change: bool = False,
                base: str | None = None, organ: str | None = None,
                versus: int | None = None) -> Suggestion:
        """The indicator the clause (``before`` + figure + ``after``) names, or candidates.

        A stated change of a figure whose indicator is known gets that indicator's
        ``.yoy_pct`` (or ``.change_vs_<year>_pct`` when compared with a named ``versus`` year);
        ``organ`` (court, procuratorate …) decides between names that fit equally well."""
        if change and base and unit == "percent":
            linked = f"{base}.change_vs_{versus}_pct" if versus else self.book.yoy_of(base)
            if linked in self.book.indicators:
                return Suggestion(linked, ())
        before, after = norm(before), norm(after)
        keys = [k for k in self.book.indicators if self._compatible(k, unit, change)]
        best: dict[str, tuple] = {}
        for key in keys:
            for name in self.names[key]:
                distance = _distance(name, before, after)
                if distance is not None:
                    score = (-distance, self.book.indicators[key].get("organ") == organ,
                             len(name))
                    best[key] = max(best.get(key, score), score)
        ranked = sorted(best, key=lambda k: best[k], reverse=True)
        if ranked and (len(ranked) == 1 or best[ranked[0]] > best[ranked[1]]):
            return Suggestion(ranked[0], tuple(ranked[1:CANDIDATES]))
        return Suggestion(None, tuple(ranked[:CANDIDATES]) or self._nearest(keys, before + after))

    def _nearest(self, keys: list[str], context: str) -> tuple[str, ...]:
        def overlap(key: str) -> float:
            return max((difflib.SequenceMatcher(None, context, name, autojunk=False)
                        .find_longest_match().size / len(name) for name in self.names[key]),
                       default=0.0)
        scored = sorted(((overlap(k), k) for k in keys), reverse=True)
        return tuple(k for score, k in scored[:CANDIDATES] if score >= 0.3)


def _variants(name: str) -> set[str]:
    """A name and the shorter forms reports print: ``批准逮捕人数`` → 批准逮捕,
    ``法院受理案件`` → 受理案件, ``审结涉黑涉恶案件(人)`` → 审结涉黑涉恶案件."""
    plain = norm(name)
    short = norm(_NOTE.sub("", name))
    forms = {plain, short, _SUFFIX.sub("", short), _PREFIX.sub("", short)}
    return {f for f in forms if len(f) >= (2 if f == plain else 3)}


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
