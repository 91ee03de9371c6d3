"""A job as it travels to a worker (:class:`Ticket`) and back (:class:`Result`).

Workers share nothing with the client but these two objects, whatever executor carries them
(local processes or a Dask cluster). A ticket holds the notebook's source, the parameters and
the versions the client planned with; a worker with other versions refuses it. A result holds
the bytes of every output, so the client writes them, wherever the job ran.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from . import jobkey
from .manifest import Job


@dataclass(frozen=True)
class Ticket:
    """Everything a worker needs to render one job, and the versions it must have."""

    job_id: str
    notebook_name: str
    notebook_source: bytes
    params: dict
    formats: tuple[str, ...]
    name: str
    versions: dict[str, str]


@dataclass
class Result:
    """What a worker sends back: status, outputs as bytes (by format), where and how long.

    A failed job's executed notebook travels as ``files["failed.ipynb"]``."""

    job_id: str
    status: str
    worker: str
    seconds: float = 0.0
    title: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    cell: int | None = None
    error: str | None = None


def versions() -> dict[str, str]:
    """The versions a job's outputs depend on: library, its code, data, rendering packages."""
    from ..data.dataset import version as data_version

    return {"judicial-trends": metadata.version("judicial-trends"),
            "library code": jobkey.code_digest()[:12], "data": data_version(),
            "packages": jobkey.versions()}


def ticket(job: Job, planned: dict[str, str] | None = None) -> Ticket:
    """``job`` as a ticket carrying the ``planned`` versions (default: this process's)."""
    return Ticket(job_id=job.id, notebook_name=job.notebook.name,
                  notebook_source=job.notebook.read_bytes(), params=job.params,
                  formats=tuple(job.formats), name=job.name, versions=planned or versions())


def failed(ticket: Ticket, worker: str, error: BaseException | str) -> Result:
    """A result for a job that could not run (refused, or its worker was lost)."""
    text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    return Result(job_id=ticket.job_id, status="failed", worker=worker, error=text)


def warm_up() -> None:
    """A worker's start: its first kernel on the way (``kernels.prestart``), and the export
    stack loaded while the kernel template warms up. A failure here is left for the first job
    to report, with its own error."""
    from . import kernels
    from ..render import pipeline

    kernels.prestart()
    try:
        pipeline.warm_up()
    except Exception:
        pass


def execute(ticket: Ticket, worker: str) -> Result:
    """Render ``ticket`` on this worker in a scratch folder; never raises for a job's failure."""
    from . import kernels
    from ..exceptions import NotebookExecutionError
    from ..render.pipeline import render

    started = time.perf_counter()
    mine = versions()
    differ = [f"{name} {mine.get(name)} here, {wanted} on the client"
              for name, wanted in ticket.versions.items() if mine.get(name) != wanted]
    if differ:
        return failed(ticket, worker, f"VersionMismatch: worker {worker} refuses {ticket.job_id}: "
                      + "; ".join(differ) + " (install the client's version there and restart "
                                            "the worker)")
    result = Result(job_id=ticket.job_id, status="done", worker=worker)
    with tempfile.TemporaryDirectory(prefix="judicial-trends-job-") as scratch:
        notebook = Path(scratch) / ticket.notebook_name
        notebook.write_bytes(ticket.notebook_source)
        out = Path(scratch) / "out"
        try:
            rendered = kernels.with_retries(lambda km: render(
                notebook, ticket.params, out, ticket.formats, name=ticket.name, km=km))
            result.title, result.timings = rendered.title, rendered.timings
            result.files = {fmt: Path(p).read_bytes() for fmt, p in rendered.outputs.items()}
        except NotebookExecutionError as exc:
            result.status, result.cell, result.error = "failed", exc.cell, f"{exc.ename}: {exc.evalue}"
            if exc.failed_notebook:
                result.files = {"failed.ipynb": Path(exc.failed_notebook).read_bytes()}
        except Exception as exc:  # a job's failure must not stop the others
            result = failed(ticket, worker, exc)
    result.seconds = round(time.perf_counter() - started, 2)
    return result
