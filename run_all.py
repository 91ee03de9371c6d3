#!/usr/bin/env python3
"""Run the whole report collection (reports.yaml): `python run_all.py --help`."""

import sys

from judicial_trends.batch.cli import main

if __name__ == "__main__":
    sys.exit(main())
