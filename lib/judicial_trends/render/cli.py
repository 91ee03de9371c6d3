"""``python -m judicial_trends render NOTEBOOK -p name value … --out DIR --formats html,pdf``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import paths
from ..exceptions import NotebookExecutionError, ParameterError
from .pipeline import FORMATS, render


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m judicial_trends render",
        description="Execute one notebook with parameters and export it as a report.")
    parser.add_argument("notebook", help="path to the notebook, or its name in notebooks/")
    parser.add_argument("-p", "--param", nargs=2, action="append", default=[],
                        metavar=("NAME", "VALUE"), help="a parameter (repeatable); lists "
                        "are comma-separated: -p regions XZ,XJ,CN")
    parser.add_argument("--out", default=None, help="output folder (default outputs/<notebook>)")
    parser.add_argument("--formats", default=",".join(FORMATS),
                        help="comma-separated formats: html,pdf (default both)")
    parser.add_argument("--name", default=None, help="output file name without extension")
    args = parser.parse_args(argv)
    notebook = Path(args.notebook)
    if not notebook.exists():
        notebook = paths.notebooks_dir() / f"{Path(args.notebook).stem}.ipynb"
    out = Path(args.out) if args.out else paths.outputs_dir() / notebook.stem
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    try:
        result = render(notebook, dict(args.param), out, formats, name=args.name)
    except (ParameterError, NotebookExecutionError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{result.title}")
    for fmt, path in result.outputs.items():
        print(f"  {fmt:5s} {path}")
    return 0
