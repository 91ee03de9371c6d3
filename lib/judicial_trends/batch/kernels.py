"""Warm kernels for batch workers: the next job's kernel boots and warms up while this one runs.

Each job still gets a fresh kernel process (no state carries over between notebooks); only
the heavy imports, the clean data and the chart setup are done ahead of time. Kernel start
failures (port races, slow starts) are retried and never reported as a notebook failure.
"""

from __future__ import annotations

import atexit
import signal
import subprocess
import sys
from typing import Callable, TypeVar

from jupyter_client import AsyncKernelManager
from jupyter_core.utils import run_sync

from .. import paths

# Run by a new kernel at start-up (IPython's exec_lines), binding no name in its namespace.
WARM_UP = "__import__('judicial_trends.batch.kernels', fromlist=['warm_up']).warm_up()"
START_ATTEMPTS = 3
T = TypeVar("T")
_spare: AsyncKernelManager | None = None


class KernelStartError(RuntimeError):
    """A kernel could not be started after several attempts."""


def warm_up() -> None:
    """What every report notebook needs first: the stack, the library, the clean data (kept per
    dataset version, see ``data.dataset.load``) and the chart theme."""
    import matplotlib.pyplot  # noqa: F401
    import seaborn  # noqa: F401

    from ..analysis import blocks, charts  # noqa: F401
    from ..analysis.notebook_blocks import (  # noqa: F401
        annual, caseload, comparison, overview, profile)
    from ..data import dataset

    dataset.load()
    charts.setup()


def _start() -> AsyncKernelManager:
    """A kernel in the project folder that does :func:`warm_up` as soon as it boots, while the
    worker goes on (papermill's nbclient drives an async manager, so that is what it gets;
    it waits for the kernel to answer, so a job never starts before the warm-up is done)."""
    km = AsyncKernelManager(kernel_name="python3")
    run_sync(km.start_kernel)(cwd=str(paths.project_root()), stderr=subprocess.DEVNULL,
                              extra_arguments=[f"--IPKernelApp.exec_lines={WARM_UP}"])
    return km


def shutdown(km: AsyncKernelManager) -> None:
    if km.has_kernel:
        run_sync(km.shutdown_kernel)(now=True)


def prestart() -> None:
    """Start this worker's first warm kernel; make SIGTERM shut kernels down cleanly."""
    global _spare
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    atexit.register(_shutdown_spare)
    try:
        _spare = _start()
    except Exception:  # a failed pre-start is retried when the job takes its kernel
        _spare = None


def _shutdown_spare() -> None:
    global _spare
    if _spare is not None:
        shutdown(_spare)
        _spare = None


def _take() -> AsyncKernelManager:
    global _spare
    km, _spare = _spare, None
    if km is None or not run_sync(km.is_alive)():
        km = _start()
    try:
        _spare = _start()
    except Exception:
        _spare = None
    return km


def is_start_failure(exc: BaseException) -> bool:
    """Errors that come from starting a kernel rather than from the notebook's code."""
    import zmq

    text = str(exc)
    return isinstance(exc, (zmq.ZMQError, TimeoutError, KernelStartError)) or (
        isinstance(exc, RuntimeError) and ("Kernel died" in text or "kernel_info" in text
                                           or "Kernel didn't respond" in text))


def with_retries(job: Callable[[AsyncKernelManager], T]) -> T:
    """Run ``job(km)`` on a warm kernel, retrying with a new kernel if the start failed."""
    for attempt in range(1, START_ATTEMPTS + 1):
        km = None
        try:
            km = _take()
            return job(km)
        except Exception as exc:
            if not is_start_failure(exc) or attempt == START_ATTEMPTS:
                raise
        finally:
            if km is not None:
                shutdown(km)
    raise KernelStartError("unreachable")
