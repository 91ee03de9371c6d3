"""Warm kernels for batch workers: the next job's kernel is ready before the job arrives.

Each job still gets a fresh kernel process (no state carries over between notebooks); it is
forked from this worker's warmed-up template (``kernel_fork``), so the heavy imports, the clean
data and the chart setup are paid once per worker. Kernel start failures (port races, slow
starts) are retried and never reported as a notebook failure.
"""

from __future__ import annotations

import atexit
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from queue import Empty
from typing import Callable, TypeVar

from jupyter_client import AsyncKernelManager
from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_core.utils import run_sync

from .. import paths

FORK = "judicial_trends.batch.kernel_fork"
START_ATTEMPTS = 3
T = TypeVar("T")
_spare: AsyncKernelManager | None = None
_server: subprocess.Popen | None = None
_address: Path | None = None


class KernelStartError(RuntimeError):
    """A kernel could not be started after several attempts."""


class ForkedKernelSpecs(KernelSpecManager):
    """One kernel spec: a stand-in that has the fork server at ``address`` fork a kernel."""

    def __init__(self, address: Path, **kwargs):
        super().__init__(**kwargs)
        self.address = address

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        return KernelSpec(argv=[sys.executable, "-m", FORK, "launch", str(self.address),
                                "-f", "{connection_file}",
                                # a report run is not the analyst's history (nor a lock on it)
                                "--HistoryManager.enabled=False"],
                          display_name="Python 3 (warm)", language="python",
                          interrupt_mode="signal")


class PromptClient(AsyncKernelClient):
    """A client that is ready as soon as the kernel answers on the shell and IOPub channels.
    jupyter_client's own ``wait_for_ready`` then also waits 0.2 s for IOPub to stay quiet,
    which every job would pay (messages left over are ignored by their parent id anyway)."""

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        deadline = time.monotonic() + (timeout if timeout is not None else float("inf"))
        while True:
            self.kernel_info()
            try:
                reply = await self.shell_channel.get_msg(timeout=1)
                if reply["msg_type"] == "kernel_info_reply":
                    await self.iopub_channel.get_msg(timeout=0.2)  # IOPub is connected too
                    self._handle_kernel_info_reply(reply)
                    return
            except Empty:
                pass
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")


def _fork_server() -> Path:
    """The socket of this worker's fork server, started on first use (again if it died)."""
    global _server, _address
    if _server is None or _server.poll() is not None:
        _address = Path(tempfile.mkdtemp(prefix="jt-kernels-")) / "fork.sock"
        _server = subprocess.Popen([sys.executable, "-m", FORK, "serve", str(_address)],
                                   stdin=subprocess.PIPE, cwd=str(paths.project_root()))
    return _address


def _stop_server() -> None:
    global _server
    if _server is not None:
        _server.stdin.close()
        try:
            _server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _server.kill()
        shutil.rmtree(_address.parent, ignore_errors=True)
        _server = None


atexit.register(_stop_server)  # after the kernels (atexit runs last-registered first)


def _start() -> AsyncKernelManager:
    """A kernel forked in the project folder, while the worker goes on (papermill's nbclient
    drives an async manager, so that is what it gets; it waits for the kernel to answer)."""
    km = AsyncKernelManager(kernel_name="warm", client_class=f"{__name__}.PromptClient",
                            kernel_spec_manager=ForkedKernelSpecs(_fork_server()))
    run_sync(km.start_kernel)(cwd=str(paths.project_root()), stderr=subprocess.DEVNULL)
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
