"""Run a collection of reports: jobs → cache → an executor → outputs, manifest, index page.

Planning, cache keys, writing outputs, the manifest and the index page are the same whatever
runs the jobs; an executor only decides where: ``local.run`` (worker processes on this machine,
the default) or ``cluster.run`` (a Dask cluster). An executor takes tickets and yields results
as jobs finish (see ``tickets.py``); the client writes each result's files atomically. A job
whose outputs exist under the same key is skipped. ``outputs/manifest.json`` is rewritten
after every job, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import json
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from . import index_page, jobkey
from ..files import write_atomically
from .manifest import Job
from .tickets import Result, Ticket, ticket, versions

Executor = Callable[[list[Ticket]], Iterator[Result]]

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


def store(out_dir: Path, job: Job, key: str, result: Result) -> dict:
    """Write a result's files into the job's folder (atomically); return its manifest record."""
    target = job_dir(out_dir, job)
    record = {"group": job.group, "name": job.name, "notebook": str(job.notebook.name),
              "params": job.params, "key": key, "formats": list(job.formats),
              "status": result.status, "worker": result.worker}
    failed_notebook = target / f"{job.name}.failed.ipynb"
    if result.status == "done":
        files = {f"{job.name}.{fmt}": content for fmt, content in result.files.items()}
        write_atomically(target, files)
        failed_notebook.unlink(missing_ok=True)
        record.update(title=result.title, timings=result.timings,
                      outputs={fmt: f"{job.group}/{job.name}.{fmt}" for fmt in result.files})
    else:
        kept = result.files.get("failed.ipynb")
        if kept is not None:
            write_atomically(target, {failed_notebook.name: kept})
        record.update(cell=result.cell, error=result.error,
                      failed_notebook=str(failed_notebook.relative_to(out_dir)) if kept else None)
    record["seconds"] = result.seconds
    return record


def _save(out_dir: Path, records: dict[str, dict]) -> None:
    manifest = {"jobs": dict(sorted(records.items()))}
    write_atomically(out_dir, {
        MANIFEST: (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode(),
        "index.html": index_page.render(records, out_dir).encode()})


def run(the_plan: Plan, out_dir: Path, executor: Executor, progress=None) -> dict[str, dict]:
    """Run the plan's jobs with ``executor``; returns the records of all jobs."""
    out_dir.mkdir(parents=True, exist_ok=True)
    records = read_manifest(out_dir)
    for job, k in the_plan.cached:
        records[job.id] = {**records[job.id], "status": "cached", "seconds": 0.0}
    if not the_plan.run:
        _save(out_dir, records)
        return records
    jobs = {job.id: (job, k) for job, k in the_plan.run}
    planned = versions()  # once for the run: every job carries the same
    tickets = [ticket(job, planned) for job, _ in the_plan.run]
    if progress:
        progress.start(len(tickets))
    try:
        with closing(executor(tickets)) as results:
            for result in results:
                job, k = jobs[result.job_id]
                records[job.id] = store(out_dir, job, k, result)
                _save(out_dir, records)
                if progress:
                    progress.advance(job, records[job.id])
    except KeyboardInterrupt:
        _save(out_dir, records)
        raise
    finally:
        if progress:
            progress.stop()
    return records
