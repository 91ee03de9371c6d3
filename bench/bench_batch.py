#!/usr/bin/env python3
"""Benchmark: the naive papermill + nbconvert loop against run_all.py, side by side.

Runs in a throw-away copy of the project (data, notebooks, reports.yaml), so the checkout
is never touched. Measures on the default collection (or --only GLOB):

  (a) naive loop: per job `papermill` CLI, then `jupyter nbconvert --to judicial-html`,
      then `--to judicial-pdf`, one job after another;
  (b) run_all.py cold (empty output folder);
  (c) run_all.py again with nothing changed;
  (d) run_all.py after editing one data source (and rebuilding the data).

Prints the times, the ratios a/b and a/c, and how many jobs (d) rebuilt.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def copy_project(dest: Path) -> Path:
    for name in ("data", "notebooks"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "reports.yaml", dest / "reports.yaml")
    return dest


def timed(cmd: list[str], env: dict, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def naive_loop(jobs, env: dict, cwd: Path, out: Path) -> float:
    start = time.perf_counter()
    for job in jobs:
        out.mkdir(parents=True, exist_ok=True)
        executed = out / f"{job.group}__{job.name}.ipynb"
        args = [str(BIN / "papermill"), str(job.notebook), str(executed), "--cwd", str(cwd)]
        for name, value in job.params.items():
            args += ["-y", yaml.safe_dump({name: value}, allow_unicode=True)]
        subprocess.run(args, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        for fmt in ("judicial-html", "judicial-pdf"):
            subprocess.run([str(BIN / "jupyter"), "nbconvert", "--to", fmt, str(executed)],
                           env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def edit_one_source(root: Path) -> str:
    """Change one quote of one non-Xizang source (a real edit an analyst might make)."""
    path = sorted((root / "data" / "sources").glob("xj_*.yaml"))[0]
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["figures"][0]["quote"] = doc["figures"][0]["quote"][:38] + "…"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path.name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="restrict to jobs matching this glob (as run_all.py)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        root = copy_project(Path(tmp) / "project")
        env = {**os.environ, "JUDICIAL_TRENDS_ROOT": str(root)}
        sys.path.insert(0, str(ROOT / "lib"))
        os.environ["JUDICIAL_TRENDS_ROOT"] = str(root)
        from judicial_trends.batch import manifest

        jobs = manifest.select(manifest.load(root / "reports.yaml", root / "notebooks"),
                               args.only)
        run_all = [sys.executable, str(ROOT / "run_all.py"), "--out", str(Path(tmp) / "out"),
                   "--jobs", str(args.jobs)] + (["--only", args.only] if args.only else [])
        print(f"{len(jobs)} jobs, {args.jobs} workers")
        a = naive_loop(jobs, env, root, Path(tmp) / "naive")
        print(f"(a) naive papermill + nbconvert loop: {a:8.1f} s")
        b = timed(run_all, env, root)
        print(f"(b) run_all.py cold:                  {b:8.1f} s")
        c = timed(run_all, env, root)
        print(f"(c) run_all.py, nothing changed:      {c:8.2f} s")
        edited = edit_one_source(root)
        subprocess.run([sys.executable, "-m", "judicial_trends", "data", "build"], env=env,
                       cwd=root, check=True, stdout=subprocess.DEVNULL)
        d = timed(run_all, env, root)
        records = json.loads((Path(tmp) / "out" / "manifest.json").read_text())["jobs"]
        rebuilt = sum(r["status"] == "done" for r in records.values())
        print(f"(d) after editing {edited}: {d:8.1f} s, rebuilt {rebuilt} of {len(records)} jobs")
        print(f"ratios: a/b = {a / b:.1f}×   a/c = {a / c:.0f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
