"""Quotes: at most 40 characters of the original text around a figure, never normalised."""

from __future__ import annotations

import re

from ..sources import QUOTE_MAX
from .view import View

CLAUSE_END = re.compile(r"[，。；;！？!?\n\[\]]|,(?!\d)|\.(?=\s)")
_BULLET = re.compile(r"^[\s\-•·*>#]+")


def quote(v: View, start: int, end: int, english: bool = False,
          next_start: int | None = None) -> str:
    """At most 40 characters of the original text (whitespace runs as one space) holding the
    figure and the words before it that say what it counts, and a few after (not reaching
    into the next figure, which starts at ``next_start``)."""
    text = v.text
    ends = [m.end() for m in CLAUSE_END.finditer(text, 0, start)]
    s = ends[-1] if ends else 0
    stop = CLAUSE_END.search(text, end)
    e = stop.start() if stop else len(text)

    def length(a: int, b: int) -> int:
        return len(_squash(v.original(a, b)))

    pause = text.find("、", end, e)
    if length(s, e) > QUOTE_MAX and pause != -1:
        e = pause  # the words after: up to the next item of a list
    if length(s, e) > QUOTE_MAX and next_start is not None and end < next_start < e:
        e = next_start  # never half of the next figure
    clause_start, clause_end = s, e
    after = 25 if english else 12  # English names what it counts after the number
    while length(s, e) > QUOTE_MAX:
        if e - end > after or s >= start:
            e -= 1
        else:
            s += 1
    if s > clause_start and not text[s - 1].isspace():  # start after a pause, not mid-word
        pause = re.search(r"[、\s]", text[s:max(s, start - (1 if english else 6))])
        s = s + pause.end() if pause else s
    if english and e < clause_end:  # end after a whole word
        e = max(end, text.rfind(" ", end, e + 1) if text.rfind(" ", end, e + 1) != -1 else e)
    raw_start, raw_end = v.span(s, e)
    text = v.raw[raw_start:raw_end]
    return _BULLET.sub("", _squash(text)).strip()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
