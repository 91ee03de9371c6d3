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
