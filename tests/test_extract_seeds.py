"""Extraction of the seed texts against their hand transcriptions in data/sources/.

Seeds 004 (court infographic), 001 (西藏法制报 page) and 002 (English summary) were transcribed
by hand before the extractor existed. Extraction of each seed's text must find at least 90 % of
those figures with the same value, unit and qualifier, put the right period on at least 90 % of
them, and quote only text that is in the seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_scoring import bad_quotes, dated, match, missed, source

from judicial_trends import paths
from judicial_trends.data import codebook
from judicial_trends.data.extract import extract
from judicial_trends.data.extract.reading import read

SEEDS = paths.project_root().parent / "shared" / "seeds"
HAND = {"004": "xz_court_2024_work_report_infographic",
        "001": "xz_legal_daily_2025_09_12_legal_aid",
        "002": "xzls_proc_2025_linkage_reportify_summary"}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(),
                                reason="../shared/seeds is not beside the clone")


def _seed_file(seed: str) -> Path:
    return next(SEEDS.glob(f"{seed}_*.txt"))


@pytest.fixture(scope="module")
def book():
    return codebook.load()


@pytest.mark.parametrize("seed", sorted(HAND))
def test_seed_extraction_matches_the_hand_transcription(seed, book):
    meta = source(HAND[seed])
    doc = read(str(_seed_file(seed)))
    draft = extract(doc, HAND[seed], book, published=str(meta["published"]))
    hand = meta["figures"]
    pairs = match(hand, draft.figures, book)
    assert len(pairs) >= 0.9 * len(hand), \
        f"seed {seed}: missed {[h['printed'] for h in missed(hand, pairs)]}"
    right = dated(pairs)
    wrong = [(h["printed"], h["period"], str(f.period)) for h, f in pairs if (h, f) not in right]
    assert len(right) >= 0.9 * len(hand), f"seed {seed}: wrong periods {wrong}"
    assert not bad_quotes(draft.figures, doc.text)
