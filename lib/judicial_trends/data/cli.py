"""``python -m judicial_trends data build | check | coverage | extract``."""

from __future__ import annotations

import argparse
import io
import re
import sys
from pathlib import Path

import pandas as pd

from . import codebook, coverage, dataset
from .. import paths
from .sources import DataBuildError, parse_period

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


def cmd_extract(args) -> int:
    from . import extract as extract_mod  # imported here: OpenCC and pypdf load only for this
    from .extract.reading import read

    source_id = args.id or re.sub(r"[^a-z0-9]+", "_", Path(args.file).stem.lower()).strip("_")
    if not source_id or args.file == "-" and not args.id:
        print("give the source id with --id (reading standard input)", file=sys.stderr)
        return 2
    book = codebook.load()
    if args.region and args.region not in book.regions:
        print(f"--region {args.region!r}: not in data/regions.yaml; "
              f"allowed: {', '.join(book.regions)}", file=sys.stderr)
        return 2
    for name in ("period", "published"):
        value = getattr(args, name)
        try:
            if value:
                parse_period(value)
        except ValueError as exc:
            print(f"--{name} {value!r}: {exc}", file=sys.stderr)
            return 2
    clean = dataset.load(check=False) if (paths.clean_dir() / dataset.CLEAN_FILE).exists() \
        else None
    draft = extract_mod.extract(read(args.file), source_id, book, region=args.region,
                                period=args.period, published=args.published, clean=clean)
    if str(args.out) == "-":
        sys.stdout.write(extract_mod.render(draft, book))
        out = "standard output"
    else:
        out = extract_mod.write(draft, book, args.out)
    suggested = sum(1 for f in draft.figures if f.indicator)
    duplicates = sum(1 for f in draft.figures if f.duplicate_of)
    print(f"wrote {out}: {len(draft.figures)} figures ({suggested} with a suggested indicator, "
          f"{duplicates} already in the clean data), each marked review: pending", file=sys.stderr)
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m judicial_trends data",
                                     description="Build, check and describe the clean dataset; "
                                                 "draft a source file from a report's text.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build data/clean from data/sources and refresh data/README.md")
    sub.add_parser("check", help="fail if data/clean or data/README.md differ from a fresh build")
    cov = sub.add_parser("coverage", help="indicator × year table of what exists for a region")
    cov.add_argument("--region", default="XZ", help="region code (default XZ)")
    cov.add_argument("--write", action="store_true", help="also rewrite data/README.md's section")
    ext = sub.add_parser("extract", help="a report's text → a draft source file in data/drafts/")
    ext.add_argument("file", help="a .txt, .html/.htm or .pdf file, or - for standard input")
    ext.add_argument("--id", help="source id (default: the file name)")
    ext.add_argument("--region", help="region code for every figure (default: from the text)")
    ext.add_argument("--period", help="period for every figure: YYYY or START..END")
    ext.add_argument("--published", help="publication date YYYY[-MM[-DD]]: resolves 今年, 去年, "
                                         "以来 (default: the first date in the text)")
    ext.add_argument("--out", type=Path,
                     help="draft path (default data/drafts/<id>.yaml; - for standard output)")
    args = parser.parse_args(argv)
    try:
        return {"build": cmd_build, "check": cmd_check, "coverage": cmd_coverage,
                "extract": cmd_extract}[args.command](args)
    except (DataBuildError, ValueError) as exc:  # every message names the file at fault
        print(exc, file=sys.stderr)
        return 1
