"""Fresh kernels forked from a warmed-up template: a job's kernel is up in a fraction of a
second with pandas, matplotlib, seaborn, the library and the clean data already in memory.

``serve`` runs once per batch worker. It does :func:`warm_up`, then forks one child per kernel
the worker asks for; the child becomes an ordinary IPython kernel (its own process, an empty
namespace, nothing left over from earlier jobs). What the worker's KernelManager launches is
``launch``, a small stand-in: it hands the server the connection file, its environment, working
folder and standard streams, forwards signals (interrupts) to the kernel and lives as long as the
kernel does. The kernel exits when its stand-in dies, so killing the stand-in, as the
KernelManager does, kills the kernel.

Only the standard library is imported at module level: the stand-in must start fast.
"""

from __future__ import annotations

import gc
import json
import os
import select
import signal
import socket
import sys
import threading
import time

CONNECT_SECONDS = 120  # the server may still be warming up when the first kernel is asked for
_SIZE = 8


def warm_up() -> None:
    """What every report notebook needs first: the stack, the library, the clean data and its
    preferred figures by series (kept per dataset version, see ``data.dataset.load``) and the
    chart theme."""
    import matplotlib.pyplot  # noqa: F401
    import seaborn  # noqa: F401

    from ..analysis import blocks, charts
    from ..analysis.notebook_blocks import (  # noqa: F401
        annual, caseload, comparison, overview, profile)

    blocks.preferred_figures()
    charts.setup()


def serve(address: str) -> None:
    """Warm up, then fork a kernel for each stand-in that connects to ``address`` (a Unix
    socket), until standard input closes (the worker is gone)."""
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):  # no threads to lose in a fork
        os.environ.setdefault(var, "1")
    warm_up()
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # debugpy's notice on import
    # what starting a kernel imports, so that each kernel does not (half its start-up time)
    import IPython.core.debugger  # noqa: F401
    import ipykernel.debugger  # noqa: F401
    import ipykernel.ipkernel  # noqa: F401
    import ipykernel.kernelapp  # noqa: F401

    gc.freeze()  # the template's objects: kernels neither collect nor copy them
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the system reaps the kernels
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(address)
        listener.listen()
        while True:
            ready, _, _ = select.select([listener, sys.stdin], [], [])
            if sys.stdin in ready and not os.read(sys.stdin.fileno(), 1024):
                return
            if listener in ready:
                _fork_one(listener)
    finally:
        listener.close()
        os.unlink(address)


def _fork_one(listener: socket.socket) -> None:
    conn, _ = listener.accept()
    with conn:
        message, fds = _receive(conn)
        pid = os.fork()
        if pid == 0:
            try:
                listener.close()
                conn.close()
                _become_kernel(message, fds)
            finally:
                os._exit(1)
        for fd in fds:
            os.close(fd)
        conn.sendall(str(pid).encode())


def _receive(conn: socket.socket) -> tuple[dict, list[int]]:
    data, fds, _, _ = socket.recv_fds(conn, 1 << 16, 4)
    size = int.from_bytes(data[:_SIZE], "big")
    while len(data) < _SIZE + size:
        data += conn.recv(1 << 16)
    return json.loads(data[_SIZE:]), fds


def _become_kernel(message: dict, fds: list[int]) -> None:
    """In the forked child: take the stand-in's streams, environment and folder, exit when the
    stand-in does, and run an IPython kernel on its connection file."""
    import random

    import numpy
    from ipykernel.kernelapp import IPKernelApp

    lifeline, *streams = fds
    os.setsid()
    for fd, target in zip(streams, (0, 1, 2)):
        os.dup2(fd, target)
        os.close(fd)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    os.environ.clear()
    os.environ.update(message["env"])
    os.chdir(message["cwd"])
    random.seed()
    numpy.random.seed()
    threading.Thread(target=_exit_with_stand_in, args=(lifeline,), daemon=True).start()
    sys.argv = ["ipykernel_launcher", *message["argv"]]
    # read from the environment at import, i.e. in the server: read it again for this kernel
    app = IPKernelApp.instance(parent_handle=int(os.environ.get("JPY_PARENT_PID") or 0))
    app.initialize(message["argv"])
    app.start()
    os._exit(0)


def _exit_with_stand_in(lifeline: int) -> None:
    os.read(lifeline, 1)  # returns only when the stand-in's end of the pipe closes
    os._exit(1)


def launch(address: str, argv: list[str]) -> int:
    """The stand-in: have the server fork a kernel with ``argv`` (``-f CONNECTION_FILE``), pass
    signals on to it and return when it exits."""
    lifeline, keep = os.pipe()
    conn = _connect(address)
    payload = json.dumps({"argv": argv, "env": dict(os.environ), "cwd": os.getcwd()}).encode()
    socket.send_fds(conn, [len(payload).to_bytes(_SIZE, "big") + payload], [lifeline, 0, 1, 2])
    os.close(lifeline)
    pid = int(conn.recv(32))
    conn.close()
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, _: os.kill(pid, signum))
    _wait_for(pid)
    os.close(keep)
    return 0


def _wait_for(pid: int) -> None:
    """Return when process ``pid`` (the server's child, not ours) has exited: at once through
    a pidfd on Linux, elsewhere by asking every tenth of a second."""
    try:
        select.select([os.pidfd_open(pid)], [], [])
        return
    except ProcessLookupError:
        return
    except AttributeError:  # no pidfd_open (macOS)
        pass
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)


def _connect(address: str) -> socket.socket:
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            conn.connect(address)
            return conn
        except (FileNotFoundError, ConnectionRefusedError):
            conn.close()
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        serve(sys.argv[2])
    else:
        sys.exit(launch(sys.argv[2], sys.argv[3:]))
