"""Run a collection of reports: jobs → cache → worker processes → manifest and index page.

Each worker process imports the stack once, keeps a warm kernel ready for its next job
(see ``kernels.py``) and exports in-process. A job whose outputs exist under the same key is
skipped. ``outputs/manifest.json`` is rewritten after every job, so an interrupted run
resumes where it stopped.
"""

from __future__ import annotations

import json
import os
import signal
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from . import index_page, jobkey
from ..files import write_atomically
from .manifest import Job

MANIFEST = "manifest.json"


@dataclass
class Plan:
    """Jobs to run and jobs whose outputs are current, with their keys."""

    run: list[tuple[Job, str]]
    cached: list[tuple[Job, str]]


def job_dir(out_dir: Path, job: Job) -> Path:
    return out_dir / job.group


def read_manifest(out_dir: Path) -> dict[str, dict]:
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("jobs", {})
    except json.JSONDecodeError:
        return {}


def is_current(record: dict | None, key: str, out_dir: Path) -> bool:
    """Outputs recorded under ``key`` exist and the run that made them succeeded."""
    if not record or record.get("key") != key or record.get("status") not in ("done", "cached"):
        return False
    return all((out_dir / p).exists() for p in record.get("outputs", {}).values())


def plan(jobs: list[Job], out_dir: Path, force: bool = False) -> Plan:
    jobkey.reset()
    records = read_manifest(out_dir)
    run, cached = [], []
    for job in jobs:
        k = jobkey.key(job)
        (cached if not force and is_current(records.get(job.id), k, out_dir) else run).append(
            (job, k))
    return Plan(run=run, cached=cached)


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which cancels them cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from . import kernels

    kernels.prestart()


def _run_one(job: Job, key: str, out_dir: str) -> dict:
    """Render one job in a worker; returns its manifest record (never raises)."""
    from . import kernels
    from ..exceptions import NotebookExecutionError
    from ..render.pipeline import render

    started = time.perf_counter()
    target = Path(out_dir) / job.group
    record = {"group": job.group, "name": job.name, "notebook": str(job.notebook.name),
              "params": job.params, "key": key, "formats": list(job.formats)}
    try:
        result = kernels.with_retries(lambda km: render(job.notebook, job.params, target,
                                                        job.formats, name=job.name, km=km))
        record.update(status="done", title=result.title, timings=result.timings,
                      outputs={k: str(Path(v).relative_to(out_dir))
                               for k, v in result.outputs.items()})
    except NotebookExecutionError as exc:
        record.update(status="failed", cell=exc.cell, error=f"{exc.ename}: {exc.evalue}",
                      failed_notebook=str(Path(exc.failed_notebook).relative_to(out_dir))
                      if exc.failed_notebook else None)
    except Exception as exc:  # a job's failure must not stop the others
        record.update(status="failed", cell=None, error=f"{type(exc).__name__}: {exc}")
    record["seconds"] = round(time.perf_counter() - started, 2)
    return record


def _save(out_dir: Path, records: dict[str, dict]) -> None:
    manifest = {"jobs": dict(sorted(records.items()))}
    write_atomically(out_dir, {
        MANIFEST: (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode(),
        "index.html": index_page.render(records, out_dir).encode()})


def run(the_plan: Plan, out_dir: Path, workers: int, progress=None) -> dict[str, dict]:
    """Run the plan's jobs in ``workers`` processes; returns the records of all jobs."""
    out_dir.mkdir(parents=True, exist_ok=True)
    records = read_manifest(out_dir)
    for job, k in the_plan.cached:
        records[job.id] = {**records[job.id], "status": "cached", "seconds": 0.0}
    if not the_plan.run:
        _save(out_dir, records)
        return records
    ctx = get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=max(1, min(workers, len(the_plan.run))),
                               mp_context=ctx, initializer=_worker_init)
    pending = {pool.submit(_run_one, job, k, str(out_dir)): job for job, k in the_plan.run}
    if progress:
        progress.start(len(the_plan.run))
    try:
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                records[job.id] = future.result()
                _save(out_dir, records)
                if progress:
                    progress.advance(job, records[job.id])
    except KeyboardInterrupt:
        for future in pending:
            future.cancel()
        _stop(pool)
        _save(out_dir, records)
        raise
    finally:
        if progress:
            progress.stop()
    pool.shutdown()
    return records


def _stop(pool: ProcessPoolExecutor) -> None:
    """Ask workers to stop (SIGTERM lets them shut their kernels down), then wait."""
    for process in list(getattr(pool, "_processes", {}).values()):
        try:
            os.kill(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    pool.shutdown(wait=True, cancel_futures=True)
