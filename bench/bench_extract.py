#!/usr/bin/env python3
"""Benchmark: the time `data extract` takes on the stored report texts, this tree's lib against
the lib of a git revision, side by side in one run (CPU seconds, each in its own process).

Each side extracts the same pages (every ``--step``-th text of tests/fixtures/texts/, as the
page tests do: with the source's published date, beside the clean data less its own rows) and
prints its seconds; the last line is the ratio, and whether both drafted the same figures with
the same periods and indicators.

    .venv/bin/python bench/bench_extract.py [--against REV] [--step N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SIDE = """
import json, sys, time
from extract_scoring import page_split, score
from judicial_trends.data import codebook, dataset
book, clean = codebook.load(), dataset.load(check=False)
pages = sorted(page_split())[::int(sys.argv[1])]
start = time.process_time()
drafts = {p: [(f.printed, str(f.period), f.indicator) for f in score(p, book, clean).figures]
          for p in pages}
print(json.dumps({"seconds": time.process_time() - start, "pages": len(pages),
                  "drafts": drafts}))
"""


def run(lib: Path, step: int) -> dict:
    env = {"PYTHONPATH": f"{lib}:{ROOT / 'tests'}", "JUDICIAL_TRENDS_ROOT": str(ROOT),
           "PATH": ""}
    out = subprocess.run([sys.executable, "-c", _SIDE, str(step)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD", metavar="REV",
                        help="the revision whose lib to compare with (default HEAD)")
    parser.add_argument("--step", type=int, default=4, help="every N-th page (default 4)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against, "lib"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        then = run(Path(tmp) / "lib", args.step)
    now = run(ROOT / "lib", args.step)
    print(f"{'lib':24} {'pages':>6} {'seconds':>8}")
    print(f"{args.against:24} {then['pages']:6} {then['seconds']:8.1f}")
    print(f"{'this tree':24} {now['pages']:6} {now['seconds']:8.1f}")
    same = "same drafts" if then["drafts"] == now["drafts"] else "DIFFERENT drafts"
    print(f"ratio {then['seconds'] / now['seconds']:.2f}x faster; {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
