#!/usr/bin/env python3
"""How often two analysts date the same figures alike, and how often `data extract` agrees with
each: the ceiling the extractor's period score is measured against.

tests/fixtures/texts/second_reading/*.csv hold a second analyst's periods (columns source_id, n,
period, why; n is the figure's place in its source file). The second analyst had the page's text,
its publication date, the list of its hand figures (printed, quote, indicator) and the rules of
data/README.md "Dating a figure", and saw neither the first analyst's periods nor the extractor's
output. Agreement is over every figure of the list; the extractor is judged on the figures it
found (same value, unit and qualifier, as bench/eval_extract.py pairs them).

    .venv/bin/python bench/period_agreement.py [-v]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "lib"), str(ROOT / "tests")]

from extract_scoring import PAGES, score_all, source  # noqa: E402

from judicial_trends.data import codebook, dataset  # noqa: E402
from judicial_trends.data.sources import parse_period  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the disagreements")
    args = parser.parse_args()
    book, clean = codebook.load(), dataset.load(check=False)
    for path in sorted((PAGES / "second_reading").glob("*.csv")):
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        counts = dict.fromkeys(("figures", "alike", "found", "extract=first", "extract=second"), 0)
        for scored in score_all(dict.fromkeys(r["source_id"] for r in rows), book, clean):
            source_id = scored.source_id
            figures = source(source_id)["figures"]
            found = {(h["printed"], h["quote"]): f for h, f in scored.pairs}
            for r in (r for r in rows if r["source_id"] == source_id):
                h = figures[int(r["n"]) - 1]
                first, second = parse_period(h["period"]), parse_period(r["period"])
                f = found.get((h["printed"], h["quote"]))
                got = (f.period.start, f.period.end) if f and f.period else None
                counts["figures"] += 1
                counts["alike"] += first == second
                counts["found"] += f is not None
                counts["extract=first"] += f is not None and got == first
                counts["extract=second"] += f is not None and got == second
                if args.verbose and (first != second or f is not None and got != first):
                    print(f"  {source_id} #{r['n']} {h['printed']}: first {h['period']}, second "
                          f"{r['period']} ({r['why']}), extract {f.period if f else 'not found'}")
        n, found_n = counts["figures"], counts["found"]
        print(f"{path.name}: {n} figures; the two analysts date {counts['alike']} alike "
              f"({counts['alike'] / n:.1%}); of the {found_n} the extractor finds, it dates "
              f"{counts['extract=first']} as the first ({counts['extract=first'] / found_n:.1%}) "
              f"and {counts['extract=second']} as the second "
              f"({counts['extract=second'] / found_n:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
