"""Kernel start failures are retried with a fresh kernel; notebook errors are not."""

from __future__ import annotations

import pytest
import zmq

from judicial_trends.batch import kernels


def test_a_start_race_is_retried_on_a_new_kernel():
    seen = []

    def job(km):
        seen.append(km)
        if len(seen) == 1:
            raise zmq.ZMQError(zmq.EADDRINUSE, "Address already in use")
        return "rendered"

    assert kernels.with_retries(job) == "rendered"
    assert len(seen) == 2 and seen[0] is not seen[1]
    assert not seen[0].has_kernel and not seen[1].has_kernel  # both shut down
    kernels._shutdown_spare()


def test_a_notebook_error_is_not_retried():
    calls = []

    def job(km):
        calls.append(km)
        raise ValueError("a cell failed")

    with pytest.raises(ValueError, match="a cell failed"):
        kernels.with_retries(job)
    assert len(calls) == 1
    kernels._shutdown_spare()


def test_a_warm_kernel_has_the_data_loaded_and_an_empty_namespace():
    printed = []

    def job(km):
        client = km.blocking_client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
            return client.execute_interactive(
                "import sys\n"
                "print([k for k in globals() if k in ('dataset', 'charts', 'pandas', 'seaborn')])\n"
                "loaded = sys.modules['judicial_trends.data.dataset']._loaded\n"
                "print([len(t) for t in loaded.values()])\n"
                "print('seaborn' in sys.modules)",
                timeout=60, output_hook=lambda msg: printed.append(msg["content"].get("text", ""))
                if msg["msg_type"] == "stream" else None)
        finally:
            client.stop_channels()

    from judicial_trends.data import dataset

    assert kernels.with_retries(job)["content"]["status"] == "ok"
    assert "".join(printed).split() == ["[]", f"[{len(dataset.load())}]", "True"]
    kernels._shutdown_spare()
