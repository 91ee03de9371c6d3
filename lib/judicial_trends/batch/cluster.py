"""The Dask executor: jobs on a distributed cluster (``run_all.py --cluster tcp://host:8786``).

Every ticket becomes one task on the scheduler. Workers need the project installed at the
version the client planned with (a ticket carries it; see ``tickets.execute``) and share
nothing else: results, with their files as bytes, come back to the client, which writes them.
Each worker keeps a warm kernel ready (:class:`WarmKernel`) and runs one job at a time.

Faults: a worker that dies mid-job loses the task, and the scheduler runs it on another worker
(``distributed.scheduler.allowed-failures`` times at most, then the job is failed with
``KilledWorker``); a failing cell is an ordinary result, recorded once and never retried;
Ctrl-C cancels every submitted job. Only ``run_all.py --cluster`` imports this module.
"""

from __future__ import annotations

import threading
import uuid
from typing import Iterator

from distributed import Client, WorkerPlugin, as_completed, get_worker

from . import tickets
from .tickets import Result, Ticket

CONNECT_TIMEOUT = "30s"
_one_job_at_a_time = threading.Lock()


class WarmKernel(WorkerPlugin):
    """Start a worker's first kernel and load its export stack as it joins, as the local
    worker processes do."""

    idempotent = True  # registered by every run; a worker keeps the one it has

    def setup(self, worker) -> None:
        tickets.warm_up()


def _execute(ticket: Ticket) -> Result:
    with _one_job_at_a_time:  # a worker's warm kernel serves one job at a time
        return tickets.execute(ticket, worker=get_worker().address)


def run(jobs: list[Ticket], address: str) -> Iterator[Result]:
    """Submit the tickets to the scheduler at ``address``; yield results as they finish."""
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except OSError as exc:
        raise ConnectionError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    futures = {}
    try:
        client.register_plugin(WarmKernel(), name="judicial-trends-warm-kernel")
        futures = {client.submit(_execute, ticket, key=f"{ticket.job_id}-{uuid.uuid4().hex[:8]}",
                                 retries=0, pure=False): ticket for ticket in jobs}
        for future in as_completed(futures, loop=client.loop):
            if future.status == "finished":
                yield future.result()
            elif future.status == "error":
                yield tickets.failed(futures[future], address, future.exception())
            else:
                yield tickets.failed(futures[future], address, f"job {future.status} on the cluster")
    except BaseException:  # Ctrl-C, or the caller stopped listening
        client.cancel(list(futures), force=True)
        raise
    finally:
        client.close()
