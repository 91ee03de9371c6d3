#!/usr/bin/env python3
"""Benchmark: the naive papermill + nbconvert loop against run_all.py, side by side.

Runs in a throw-away copy of the project (data, notebooks, reports.yaml), so the checkout
is never touched. Measures on the default collection (or --only GLOB):

  (a) naive loop: per job `papermill` CLI, then `jupyter nbconvert --to judicial-html`,
      then `--to judicial-pdf`, one job after another;
  (b) run_all.py cold (empty output folder);
  (c) run_all.py again with nothing changed;
  (d) run_all.py after editing one data source (and rebuilding the data);
  (e) what an analyst might pick for PDFs instead: stock `jupyter nbconvert --to pdf` (LaTeX)
      on each notebook executed in (a), where xelatex is installed.

Prints the times, the ratios a/b and a/c, how many jobs (d) rebuilt, the peak memory of (b)
(proportional set size of run_all.py, its workers, their kernel templates and kernels
together, sampled from /proc)
and the median stage times of (b) from its manifest.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
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
    return timed_with_memory(cmd, env, cwd)[0]


def _pss(pid: int) -> int:
    """Proportional set size: a page shared by n processes counts 1/n to each, so forked
    kernels sharing their template's pages are not counted several times."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_memory(root: int) -> int:
    """Memory of process ``root`` and all its descendants (Linux /proc, PSS)."""
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss(pid)
        todo += children.get(pid, [])
    return total


def timed_with_memory(cmd: list[str], env: dict, cwd: Path) -> tuple[float, int]:
    """Wall time of ``cmd`` and the peak memory (PSS) of its process tree."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    peak = 0

    def sample():
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_memory(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    if process.wait() != 0:
        raise subprocess.CalledProcessError(process.returncode, cmd)
    elapsed = time.perf_counter() - start
    sampler.join()
    return elapsed, peak


def latex_pdfs(executed: list[Path], env: dict, cwd: Path) -> float | None:
    """Stock `jupyter nbconvert --to pdf` (LaTeX) on each executed notebook (None without
    xelatex)."""
    if not shutil.which("xelatex"):
        return None
    start = time.perf_counter()
    for notebook in executed:
        subprocess.run([str(BIN / "jupyter"), "nbconvert", "--to", "pdf", str(notebook)],
                       env=env, cwd=cwd, check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_stages(manifest: Path) -> str:
    records = json.loads(manifest.read_text())["jobs"].values()
    timings = [r["timings"] for r in records if r.get("timings")]
    return "   ".join(f"{stage} {statistics.median(t[stage] for t in timings if stage in t):.2f} s"
                      for stage in ("execute", "html", "pdf"))


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
        b, peak = timed_with_memory(run_all, env, root)
        print(f"(b) run_all.py cold:                  {b:8.1f} s   "
              f"peak memory {peak / 2**20:.0f} MiB")
        print(f"    median per job: {median_stages(Path(tmp) / 'out' / 'manifest.json')}")
        c = timed(run_all, env, root)
        print(f"(c) run_all.py, nothing changed:      {c:8.2f} s")
        edited = edit_one_source(root)
        subprocess.run([sys.executable, "-m", "judicial_trends", "data", "build"], env=env,
                       cwd=root, check=True, stdout=subprocess.DEVNULL)
        d = timed(run_all, env, root)
        records = json.loads((Path(tmp) / "out" / "manifest.json").read_text())["jobs"]
        rebuilt = sum(r["status"] == "done" for r in records.values())
        print(f"(d) after editing {edited}: {d:8.1f} s, rebuilt {rebuilt} of {len(records)} jobs")
        e = latex_pdfs(sorted((Path(tmp) / "naive").glob("*.ipynb")), env, root)
        if e is None:
            print("(e) stock nbconvert --to pdf (LaTeX): skipped, xelatex is not installed")
        else:
            print(f"(e) stock nbconvert --to pdf (LaTeX), PDFs only: {e:8.1f} s "
                  "(its default template has no CJK font: the Chinese text is dropped)")
        print(f"ratios: a/b = {a / b:.1f}×   a/c = {a / c:.0f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
