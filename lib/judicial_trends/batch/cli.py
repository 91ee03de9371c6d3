"""Command line of run_all.py: plan, run in parallel, show progress and a summary."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import local, manifest, runner
from .. import paths
from ..files import slug
from ..render.params import ParameterError, validate

DESCRIPTION = """Run the report collection of reports.yaml: every notebook over its parameter
grid, exported to HTML and PDF, in parallel worker processes (or on a Dask cluster). Jobs
whose inputs (notebook, parameters, the data they read, library code, templates, package
versions) are unchanged since their last successful run are skipped."""


class RichProgress:
    """A progress bar naming the jobs still running."""

    def __init__(self, console: Console):
        self.bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.fields[last]}"),
                            console=console, transient=False)
        self.task = None

    def start(self, total: int) -> None:
        self.bar.start()
        self.task = self.bar.add_task("reports", total=total, last="")

    def advance(self, job: manifest.Job, record: dict) -> None:
        mark = "✓" if record["status"] == "done" else "✗"
        self.bar.update(self.task, advance=1, last=f"{mark} {job.id}")

    def stop(self) -> None:
        self.bar.stop()


def parse_params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise SystemExit(f"--param expects name=value, got {pair!r}")
        out[name] = value
    return out


def apply_params(jobs: list[manifest.Job], given: dict[str, str]) -> list[manifest.Job]:
    """A value the grid has filters its jobs; a value it lacks overrides the parameter."""
    chosen = jobs
    for name, value in given.items():
        relevant = [j for j in chosen if name in j.params]
        matching = [j for j in relevant if str(j.params[name]) == value]
        if matching or not relevant:
            chosen = [j for j in chosen if name not in j.params or j in matching]
            continue
        overridden = {}
        for job in relevant:
            try:
                params = validate(job.notebook, {**job.params, name: value})
            except ParameterError as exc:
                raise SystemExit(f"--param {name}={value}: {exc}") from exc
            new = manifest.Job(job.notebook, params, job.formats,
                               "_".join(slug(v) for v in params.values()))
            overridden[new.id] = new
        chosen = [j for j in chosen if name not in j.params] + list(overridden.values())
    return chosen


def summary(console: Console, records: dict[str, dict], ids: set[str]) -> Table:
    table = Table(title="Summary")
    for col in ("status", "reports", "time (s)"):
        table.add_column(col)
    for status in ("done", "cached", "failed"):
        chosen = [r for i, r in records.items() if i in ids and r.get("status") == status]
        table.add_row(status, str(len(chosen)), f"{sum(r.get('seconds') or 0 for r in chosen):.1f}")
    return table


def executor(args: argparse.Namespace) -> runner.Executor:
    """Where the jobs run: local worker processes, or the Dask cluster of ``--cluster``."""
    if not args.cluster:
        return functools.partial(local.run, workers=args.jobs)
    try:
        from . import cluster
    except ImportError as exc:
        raise SystemExit(f"--cluster needs Dask: pip install -e '.[cluster]' ({exc})") from exc
    return functools.partial(cluster.run, address=args.cluster)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run_all.py", description=DESCRIPTION)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes running reports at once (default: CPU cores)")
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="run the jobs on the Dask scheduler at ADDRESS, e.g. "
                             "tcp://10.0.0.5:8786, instead of local processes (--jobs is "
                             "ignored; the cluster's workers run one report each at a time)")
    parser.add_argument("--only", metavar="GLOB",
                        help="only jobs whose id (notebook/name) or notebook matches, "
                             "e.g. '10_*' or '*_en'")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="keep jobs with this parameter value; if no job of a notebook has "
                             "it, run that notebook's jobs with the value instead (repeatable)")
    parser.add_argument("--formats", help="comma-separated subset of html,pdf (default: each "
                                          "report's formats in reports.yaml)")
    parser.add_argument("--force", action="store_true", help="rebuild even unchanged reports")
    parser.add_argument("--dry-run", action="store_true",
                        help="print the plan (what would run, what is cached); write nothing")
    parser.add_argument("--out", type=Path, default=None,
                        help="output folder (default: outputs/)")
    parser.add_argument("--manifest", type=Path, default=None,
                        help="collection file (default: reports.yaml)")
    args = parser.parse_args(argv)
    console = Console(stderr=False, highlight=False)
    out_dir = (args.out or paths.outputs_dir()).resolve()
    try:
        jobs = manifest.load(args.manifest)
    except manifest.ManifestError as exc:
        print(exc, file=sys.stderr)
        return 2
    jobs = apply_params(manifest.select(jobs, args.only), parse_params(args.param))
    if args.formats:
        wanted = tuple(f.strip() for f in args.formats.split(",") if f.strip())
        bad = [f for f in wanted if f not in manifest.FORMATS]
        if bad:
            print(f"--formats: unknown {bad}; allowed: {', '.join(manifest.FORMATS)}",
                  file=sys.stderr)
            return 2
        jobs = [manifest.Job(j.notebook, j.params, wanted, j.name) for j in jobs]
    if not jobs:
        print("no report matches the selection", file=sys.stderr)
        return 2
    the_plan = runner.plan(jobs, out_dir, force=args.force)
    if args.dry_run:
        for job, key in the_plan.run:
            print(f"run     {job.id}  {job.params}  [{key}]")
        for job, key in the_plan.cached:
            print(f"cached  {job.id}  [{key}]")
        print(f"{len(the_plan.run)} to run, {len(the_plan.cached)} cached → {out_dir}")
        return 0
    try:
        records = runner.run(the_plan, out_dir, executor(args), RichProgress(console))
    except KeyboardInterrupt:
        print("interrupted: finished reports are kept; run again to resume", file=sys.stderr)
        return 130
    except ConnectionError as exc:
        print(f"--cluster: {exc}", file=sys.stderr)
        return 2
    ids = {job.id for job, _ in the_plan.run + the_plan.cached}
    console.print(summary(console, records, ids))
    failed = [i for i in sorted(ids) if records[i].get("status") == "failed"]
    for job_id in failed:
        r = records[job_id]
        where = f" (cell {r['cell']})" if r.get("cell") is not None else ""
        console.print(f"FAILED {job_id}{where}: {r.get('error')}", markup=False)
    console.print(f"index: {out_dir / 'index.html'}", markup=False)
    return 1 if failed else 0
