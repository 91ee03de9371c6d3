"""run_all.py --cluster on a real Dask cluster: a scheduler and two workers started with the
``dask`` command line on 127.0.0.1, the fixture collection, a worker killed mid-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil
import pytest
from distributed import Client

from judicial_trends.batch import manifest, tickets

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
DASK = Path(sys.executable).parent / "dask"
TIMEOUT = 300


def run_all(*args: str) -> list[str]:
    return [sys.executable, str(ROOT / "run_all.py"), "--manifest", str(FIXTURES / "reports.yaml"),
            "--formats", "html", *args]


def records(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["jobs"]


def _stop(processes: list[psutil.Process]) -> None:
    """SIGTERM, then SIGKILL whatever is left after a bounded wait."""
    for process in processes:
        try:
            process.terminate()
        except psutil.NoSuchProcess:
            pass
    _, alive = psutil.wait_procs(processes, timeout=30)
    for process in alive:
        process.kill()
    psutil.wait_procs(alive, timeout=10)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """``dask scheduler`` and two ``dask worker`` (one thread each); every process they
    started, kernels included, is stopped at the end."""
    folder = tmp_path_factory.mktemp("dask")
    scheduler_file = folder / "scheduler.json"
    started: dict[str, subprocess.Popen] = {}

    def start(name: str, *args: str) -> None:
        with open(folder / f"{name}.log", "wb") as log:
            started[name] = subprocess.Popen([str(DASK), *args], stdout=log,
                                             stderr=subprocess.STDOUT, start_new_session=True)

    start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
          "--scheduler-file", str(scheduler_file))
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        for name in ("w1", "w2"):
            start(name, "worker", "--scheduler-file", str(scheduler_file), "--host", "127.0.0.1",
                  "--nthreads", "1", "--name", name, "--no-dashboard")
        address = json.loads(scheduler_file.read_text())["address"]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address, started
    finally:
        everything = []
        for popen in started.values():
            try:
                everything += [psutil.Process(popen.pid)]
                everything += psutil.Process(popen.pid).children(recursive=True)
            except psutil.NoSuchProcess:
                pass
        _stop(everything)


def _tasks(client: Client) -> int:
    """How many tasks the scheduler holds (submitted and not yet released)."""
    return client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))


def _workers(client: Client) -> dict[str, str]:
    """Worker name → address."""
    return {w["name"]: address for address, w in client.scheduler_info()["workers"].items()}


def test_a_worker_with_another_version_refuses_the_job():
    job = next(j for j in manifest.load(FIXTURES / "reports.yaml") if j.group == "chinese_report")
    ticket = tickets.ticket(job)
    planned = tickets.Ticket(**{**ticket.__dict__,
                                "versions": {**ticket.versions, "data": "0123456789ab"}})
    result = tickets.execute(planned, worker="tcp://10.0.0.7:4000")
    assert result.status == "failed" and not result.files
    assert result.error.startswith("VersionMismatch: worker tcp://10.0.0.7:4000 refuses "
                                   "chinese_report/")
    assert f"data {ticket.versions['data']} here, 0123456789ab on the client" in result.error


def test_ctrl_c_cancels_the_submitted_jobs(cluster, tmp_path):
    address, _ = cluster
    with Client(address, timeout=60) as client:
        deadline = time.monotonic() + TIMEOUT  # no task of an earlier test left: the next ones
        while _tasks(client) and time.monotonic() < deadline:  # are this run's
            time.sleep(0.2)
        # a suite started in the background (``make test &``) ignores Ctrl-C, and so would the
        # run it starts: give the run the terminal's default, as a user's shell does
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            process = subprocess.Popen(run_all("--out", str(tmp_path), "--cluster", address),
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        finally:
            signal.signal(signal.SIGINT, previous)
        while not _tasks(client) and time.monotonic() < deadline:
            time.sleep(0.02)  # interrupted as soon as its jobs are submitted, long before
        process.send_signal(signal.SIGINT)  # they can all be done
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 130, (out, err)
        assert "interrupted" in err
        deadline = time.monotonic() + 60
        while _tasks(client) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _tasks(client) == 0


def test_cluster_run_survives_a_killed_worker_and_matches_a_local_run(cluster, tmp_path):
    address, started = cluster
    local, remote = tmp_path / "local", tmp_path / "cluster"
    probe = (f"import sys; from judicial_trends.batch.cli import main; "
             f"rc = main({run_all('--out', str(local), '--jobs', '2')[2:]!r}); "
             f"print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    reference = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                               timeout=TIMEOUT)
    assert reference.stdout.strip().endswith("[]"), "a local run must not import Dask"

    run = subprocess.Popen(run_all("--out", str(remote), "--cluster", address),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with Client(address, timeout=60) as client:
        names = _workers(client)
        deadline = time.monotonic() + TIMEOUT
        busy = {}
        while not busy and time.monotonic() < deadline:
            busy = {a: keys for a, keys in client.processing().items() if keys}
            time.sleep(0.05)
        victim_address, keys = next(iter(busy.items()))
        victim = next(name for name, a in names.items() if a == victim_address)
        survivor = next(a for name, a in names.items() if name != victim)
        worker = psutil.Process(started[victim].pid)
        kernels = [p for p in worker.children(recursive=True) if "ipykernel" in " ".join(p.cmdline())]
        os.killpg(started[victim].pid, signal.SIGKILL)
    out, err = run.communicate(timeout=TIMEOUT)

    assert run.returncode == 1, err   # the failing fixture fails; nothing else does
    jobs = records(remote)
    lost = {key.rsplit("-", 1)[0] for key in keys}
    assert {jobs[job_id]["worker"] for job_id in lost} == {survivor}
    assert {r["worker"] for r in jobs.values()} <= {survivor, victim_address}
    failed = jobs["failing_cell/default"]
    assert failed["status"] == "failed" and failed["cell"] == 3
    assert "deliberate failure" in failed["error"]
    assert (remote / failed["failed_notebook"]).exists()
    expected = records(local)
    for job_id in ("chinese_report/zh_2", "chinese_report/en_2"):
        assert jobs[job_id]["status"] == "done"
        assert jobs[job_id]["outputs"] == expected[job_id]["outputs"]
        html = jobs[job_id]["outputs"]["html"]
        assert (remote / html).read_bytes() == (local / html).read_bytes()
        notebook = nbformat.read(remote / jobs[job_id]["outputs"]["ipynb"], as_version=4)
        reference_nb = nbformat.read(local / jobs[job_id]["outputs"]["ipynb"], as_version=4)
        assert [c.get("outputs") for c in notebook.cells] == \
               [c.get("outputs") for c in reference_nb.cells]
    plain = remote / "plain"
    plain.write_bytes(b"")
    assert (remote / html).stat().st_mode == plain.stat().st_mode   # readable as usual
    _, alive = psutil.wait_procs(kernels, timeout=30)
    assert not alive, "the killed worker's kernels must not outlive it"
