#!/usr/bin/env python3
"""Benchmark: the same jobs with the local executor and on a Dask cluster of the same size.

Runs the default collection (or --only GLOB) cold, twice, into throw-away folders:

  (a) local executor: --workers worker processes (what `run_all.py --jobs N` does);
  (b) Dask: a LocalCluster of --workers worker processes, one thread each (what
      `dask scheduler` + `dask worker --nthreads 1` give), started before the clock starts
      as a standing cluster would be; the run includes registering the warm-kernel plugin.

Prints both times, the ratio b/a (the overhead of Dask on one machine), the client's
planning time per job, and from the cluster's measured cost per report (worker-seconds) an
estimate for the full collection (31 regions × 15 years × 9 notebooks × 2 languages) on N
machines with as many cores as this one.
"""

from __future__ import annotations

import argparse
import functools
import os
import tempfile
import time
from pathlib import Path

from judicial_trends.batch import cluster, local, manifest, runner

FULL_COLLECTION = 31 * 15 * 9 * 2
MACHINES = (1, 4, 16, 64)


def timed_run(jobs, executor) -> tuple[float, dict, float]:
    """Wall seconds of a cold run, its records, and the planning seconds."""
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as out:
        started = time.perf_counter()
        the_plan = runner.plan(jobs, Path(out), force=True)
        planned = time.perf_counter() - started
        records = runner.run(the_plan, Path(out), executor)
        return time.perf_counter() - started, records, planned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="jobs whose id or notebook matches (default: all)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    jobs = manifest.select(manifest.load(), args.only)
    print(f"{len(jobs)} jobs, {args.workers} workers, {os.cpu_count()} cores")

    local_s, local_records, planned = timed_run(
        jobs, functools.partial(local.run, workers=args.workers))
    print(f"(a) local executor       {local_s:8.1f} s")

    from distributed import LocalCluster

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, host="127.0.0.1") as dask_cluster:
        dask_s, dask_records, _ = timed_run(
            jobs, functools.partial(cluster.run, address=dask_cluster.scheduler_address))
    print(f"(b) Dask, same size      {dask_s:8.1f} s   b/a = {dask_s / local_s:.2f}")
    for name, records in (("local", local_records), ("Dask", dask_records)):
        failed = [i for i, r in records.items() if r["status"] != "done"]
        if failed:
            print(f"   {name}: {len(failed)} failed: {', '.join(failed)}")

    per_job = dask_s * args.workers / len(jobs)
    worker_s = sum(r["seconds"] for r in dask_records.values()) / len(jobs)
    print(f"cost per report on the cluster: {per_job:.1f} worker-s (inside the job: "
          f"{worker_s:.1f} s); planning on the client: {planned / len(jobs) * 1000:.0f} ms")
    print(f"\nestimate for {FULL_COLLECTION} reports, machines with {os.cpu_count()} cores "
          f"and one worker per core:")
    plan_s = planned / len(jobs) * FULL_COLLECTION
    for n in MACHINES:
        hours = (FULL_COLLECTION * per_job / (n * (os.cpu_count() or 1)) + plan_s) / 3600
        print(f"  {n:3d} machine(s)  {hours:6.1f} h")
    print(f"  (includes {plan_s / 60:.1f} min of planning on the client)")


if __name__ == "__main__":
    main()
