"""Scoring `data extract` against the hand transcriptions in data/sources/ (shared by the
extraction tests and bench/eval_extract.py).

Expected values come only from the hand-transcribed yaml files, never from the extractor.
"""

from __future__ import annotations

import difflib
import multiprocessing
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd
import yaml

from judicial_trends import paths
from judicial_trends.data.extract import extract
from judicial_trends.data.extract.reading import read
from judicial_trends.data.numbers import DOWN, UP, parse
from judicial_trends.data.sources import parse_period

PAGES = Path(__file__).resolve().parent / "fixtures" / "texts"
_SHARED_VERB = re.compile("^(?:" + "|".join(re.escape(w.replace(" ", "")) for w in UP + DOWN) + ")")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def match(hand: list[dict], found, book) -> list[tuple[dict, object]]:
    """Pairs (hand figure, extracted figure) with the same value, unit and qualifier; each
    extracted figure used once, the one whose quote is closest to the hand quote first. A
    figure printed without a unit word (突破5万) takes its indicator's unit, so two printings
    without one agree."""
    pairs, used = [], set()
    for h in hand:
        parsed = parse(str(h["printed"]))
        unit = parsed.unit or book.unit(h["indicator"])
        same = [i for i, f in enumerate(found) if i not in used
                and (f.unit == unit or f.unit is parsed.unit is None)
                and f.qualifier == parsed.qualifier
                and abs(f.value - parsed.value) <= 1e-9 * max(1.0, abs(parsed.value))]
        if same:
            best = max(same, key=lambda i: difflib.SequenceMatcher(
                None, squash(found[i].quote).replace("**", ""), squash(h["quote"])).ratio())
            used.add(best)
            pairs.append((h, found[best]))
    return pairs


def bad_quotes(figures, text: str) -> list[tuple[str, str]]:
    """(printed, quote) of every figure whose quote is not a substring of ``text`` (whitespace
    aside), is longer than 40 characters, or does not contain the printed figure (a listed
    change, 分别上升42.6%和43%, is printed with the verb it shares: 上升43%)."""
    text = squash(text)
    return [(f.printed, f.quote) for f in figures
            if squash(f.quote) not in text or len(f.quote) > 40
            or _SHARED_VERB.sub("", squash(f.printed).replace("**", ""))
            not in squash(f.quote).replace("**", "")]


def source(source_id: str) -> dict:
    return yaml.safe_load((paths.sources_dir() / f"{source_id}.yaml").read_text("utf-8"))


def page_split() -> dict[str, str]:
    """source id → "tune" or "held-out", from the table in fixtures/texts/SOURCES.md."""
    rows = re.findall(r"^\| (\w+) \| (tune|held-out) \|", (PAGES / "SOURCES.md").read_text("utf-8"),
                      re.M)
    return dict(rows)


@dataclass
class Score:
    """One text against its hand figures: what was found and how its indicator was suggested."""

    source_id: str
    text: str
    figures: list                       # the draft's figures
    hand: list[dict]                    # hand figures whose quote is in the text
    absent: list[dict]                  # hand figures whose quote is not (derived, other page)
    pairs: list[tuple[dict, object]]
    right: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    null: list = field(default_factory=list)

    @cached_property
    def dated(self) -> list[tuple[dict, object]]:
        return dated(self.pairs)

    @property
    def misdated(self) -> list[tuple[dict, object]]:
        return [pair for pair in self.pairs if pair not in self.dated]

    @property
    def missed(self) -> list[dict]:
        return missed(self.hand, self.pairs)


def dated(pairs: list[tuple[dict, object]]) -> list[tuple[dict, object]]:
    """The pairs whose period is the hand figure's."""
    return [(h, f) for h, f in pairs
            if f.period and (f.period.start, f.period.end) == parse_period(h["period"])]


def missed(hand: list[dict], pairs: list[tuple[dict, object]]) -> list[dict]:
    """The hand figures no extracted figure was paired with."""
    paired = [id(h) for h, _ in pairs]
    return [h for h in hand if id(h) not in paired]


def score(source_id: str, book, clean: pd.DataFrame | None = None) -> Score:
    """Extract the stored text of ``source_id`` with its published date, as the CLI does (with
    the clean data, less the rows of this source, as if it were new), and compare with the hand
    figures whose quote is in the text. A pair counts for the indicator only when the hand
    indicator is in the codebook (a stated absolute change has no id and is left out)."""
    meta = source(source_id)
    doc = read(str(PAGES / f"{source_id}.txt"))
    text = squash(doc.text)
    hand = [h for h in meta["figures"] if squash(h["quote"]) in text]
    absent = [h for h in meta["figures"] if squash(h["quote"]) not in text]
    published = str(meta["published"]) if meta.get("published") else None
    others = None if clean is None else clean[clean["source_id"] != source_id]
    draft = extract(doc, source_id, book, published=published, clean=others)
    result = Score(source_id, doc.text, draft.figures, hand, absent,
                   match(hand, draft.figures, book))
    for h, f in result.pairs:
        if h["indicator"] not in book.indicators:
            continue
        bucket = result.right if f.indicator == h["indicator"] else \
            result.null if f.indicator is None else result.wrong
        bucket.append((h, f))
    return result


_SHARED: dict = {}


def _score_shared(source_id: str) -> Score:
    return score(source_id, *_SHARED["book_and_clean"])


def score_all(ids: Iterable[str], book, clean: pd.DataFrame | None = None) -> Iterator[Score]:
    """score() of each id, in order, over the machine's cores (each page is extracted alone)."""
    ids = list(ids)
    jobs = min(os.cpu_count() or 1, len(ids))
    if jobs <= 1:
        yield from (score(source_id, book, clean) for source_id in ids)
        return
    _SHARED["book_and_clean"] = (book, clean)
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(_score_shared, ids, chunksize=4)
