#!/usr/bin/env python3
"""How well `data extract` does on the stored report texts of tests/fixtures/texts/.

For each text (extracted with its source's published date, beside the clean data less that
source's own rows) and against the figures transcribed by hand in data/sources/: hand figures
whose quote is in the text, how many were found with the same value, unit and qualifier, with
the right period, and whether the suggested indicator is right, wrong or null. Totals per split
(tune / held-out, see tests/fixtures/texts/SOURCES.md). ``-v`` lists every miss, wrong period,
and wrong and null suggestion with its quote and candidates, to see where it fails.

``--known-at REV`` is a held-out round's measure: the indicator is judged only of figures whose id
the codebook had at git revision REV (leaving out the measures named from the round's own pages),
and the clean data the draft is checked against holds only the sources REV had.

    .venv/bin/python bench/eval_extract.py [-v] [--split tune|held-out] [--known-at REV]
                                           [SOURCE_ID ...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "lib"), str(ROOT / "tests")]

from extract_scoring import page_split, score_all  # noqa: E402

import yaml  # noqa: E402

from judicial_trends.data import codebook, dataset  # noqa: E402

COLUMNS = ("hand", "found", "period", "right", "wrong", "null")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="source ids (default: every stored text)")
    parser.add_argument("--split", choices=("tune", "held-out"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list the failures")
    parser.add_argument("--known-at", metavar="REV",
                        help="judge indicators only of ids the codebook had at git REV")
    args = parser.parse_args()
    known = _ids_at(args.known_at) if args.known_at else None
    splits = page_split()
    ids = args.ids or sorted((s for s in splits if args.split in (None, splits[s])),
                             key=lambda s: splits[s] != "tune")
    book, clean = codebook.load(), dataset.load(check=False)
    if args.known_at:
        clean = clean[clean["source_id"].isin(_sources_at(args.known_at))]
    totals: dict[str, dict[str, int]] = {}
    print(f"{'source':48} {'split':8} " + " ".join(f"{c:>6}" for c in COLUMNS))
    for s in score_all(ids, book, clean):
        source_id = s.source_id
        if known is not None:
            s.right, s.wrong, s.null = ([(h, f) for h, f in bucket if h["indicator"] in known]
                                        for bucket in (s.right, s.wrong, s.null))
        row = dict(zip(COLUMNS, (len(s.hand), len(s.pairs), len(s.dated),
                                 len(s.right), len(s.wrong), len(s.null))))
        split = splits.get(source_id, "-")
        for key in (split, "all"):
            total = totals.setdefault(key, dict.fromkeys(COLUMNS, 0))
            for c in COLUMNS:
                total[c] += row[c]
        print(f"{source_id:48} {split:8} " + " ".join(f"{row[c]:>6}" for c in COLUMNS))
        if args.verbose:
            for h in s.missed:
                print(f"    missed {h['printed']}  「{h['quote']}」")
            for h, f in s.misdated:
                print(f"    period {f.printed}  「{f.quote}」  hand {h['period']}"
                      f"  got {f.period}")
            for label, bucket in (("wrong", s.wrong), ("null", s.null)):
                for h, f in bucket:
                    print(f"    {label:5} {f.printed}  「{f.quote}」  hand {h['indicator']}"
                          f"  got {f.indicator}  candidates {', '.join(f.candidates)}")
            for h in s.absent:
                print(f"    (not in the text: {h['printed']}  「{h['quote']}」)")
    print()
    for key, total in totals.items():
        print(f"{'total ' + key:48} {'':8} " + " ".join(f"{total[c]:>6}" for c in COLUMNS))
    return 0


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args],
                          capture_output=True, text=True, check=True).stdout


def _ids_at(rev: str) -> set[str]:
    """The indicator ids of data/indicators.yaml at git revision ``rev``."""
    return set(yaml.safe_load(_git("show", f"{rev}:data/indicators.yaml")))


def _sources_at(rev: str) -> set[str]:
    """The source ids of data/sources/ at git revision ``rev``."""
    return {Path(p).stem for p in _git("ls-tree", "--name-only", rev, "data/sources/").split()}

if __name__ == "__main__":
    sys.exit(main())
