"""``python -m judicial_trends data build | check | coverage``."""

from __future__ import annotations

import argparse
import io
import sys

import pandas as pd

from . import codebook, coverage, dataset
from .. import paths
from .sources import DataBuildError

README_REGIONS = ["XZ", "XZ-LS", "XJ", "XJ-BT", "CN"]


def _table_from(files: dict[str, bytes]) -> pd.DataFrame:
    raw = pd.read_csv(io.BytesIO(files[dataset.CLEAN_FILE]), dtype=str, keep_default_na=False)
    return dataset.typed(raw)


def _readme_with_coverage(files: dict[str, bytes]) -> str:
    book = codebook.load()
    readme = paths.data_dir() / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else "# Data\n"
    section = coverage.markdown(_table_from(files), README_REGIONS, book)
    return coverage.replace_section(text, section)


def cmd_build(args) -> int:
    files = dataset.build(out_dir=paths.clean_dir())
    dataset.write_atomically(paths.data_dir(), {"README.md":
                                                _readme_with_coverage(files).encode("utf-8")})
    table = _table_from(files)
    print(f"built {len(table)} figures from {table['source_id'].nunique()} sources "
          f"into {paths.clean_dir()} (version {dataset.version()})")
    return 0


def cmd_check(args) -> int:
    files = dataset.build()
    expected = {paths.clean_dir() / name: content for name, content in files.items()}
    expected[paths.data_dir() / "README.md"] = _readme_with_coverage(files).encode("utf-8")
    stale = [str(p.relative_to(paths.project_root())) for p, content in expected.items()
             if not p.exists() or p.read_bytes() != content]
    if stale:
        print("out of date (run `make data`): " + ", ".join(stale))
        return 1
    print(f"data/clean is up to date ({len(files)} files, version {dataset.version()})")
    return 0


def cmd_coverage(args) -> int:
    book = codebook.load()
    table = dataset.load()
    if args.region not in book.regions:
        print(f"unknown region {args.region!r}; allowed: {', '.join(book.regions)}")
        return 2
    grid = coverage.table(table, args.region)
    if grid.empty:
        print(f"no annual figures for {args.region}")
    else:
        grid.index = [f"{i}" for i in grid.index]
        with pd.option_context("display.max_rows", None, "display.width", 200):
            print(grid.replace("", "·").to_string())
        print(coverage.LEGEND)
    for indicator, years in coverage.gaps(table, args.region).items():
        print(f"gap: {indicator}: {coverage.year_ranges(years)}")
    if args.write:
        files = {dataset.CLEAN_FILE: (paths.clean_dir() / dataset.CLEAN_FILE).read_bytes()}
        dataset.write_atomically(paths.data_dir(), {
            "README.md": _readme_with_coverage(files).encode("utf-8")})
        print("wrote the coverage section of data/README.md")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m judicial_trends data",
                                     description="Build, check and describe the clean dataset.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build data/clean from data/sources and refresh data/README.md")
    sub.add_parser("check", help="fail if data/clean or data/README.md differ from a fresh build")
    cov = sub.add_parser("coverage", help="indicator × year table of what exists for a region")
    cov.add_argument("--region", default="XZ", help="region code (default XZ)")
    cov.add_argument("--write", action="store_true", help="also rewrite data/README.md's section")
    args = parser.parse_args(argv)
    try:
        return {"build": cmd_build, "check": cmd_check, "coverage": cmd_coverage}[args.command](args)
    except (DataBuildError, ValueError) as exc:  # every message names the file at fault
        print(exc, file=sys.stderr)
        return 1
