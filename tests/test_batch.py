"""The batch runner: manifest validation, cache keys, failure isolation, resume, dry run."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judicial_trends.batch import jobkey, manifest
from judicial_trends.batch.manifest import Job, ManifestError

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
NOTEBOOKS = FIXTURES / "notebooks"


def run_all(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run_all.py"),
                           "--manifest", str(FIXTURES / "reports.yaml"), *args],
                          capture_output=True, text=True, **kw)


def records(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["jobs"]


def test_grid_expands_to_the_product_and_names_each_job():
    jobs = manifest.load(FIXTURES / "reports.yaml")
    assert sorted(j.id for j in jobs) == ["chinese_report/en_2", "chinese_report/zh_2",
                                          "failing_cell/default"]
    assert manifest.expand({"a": [1, 2], "b": ["x", "y"], "c": 0}) == [
        {"a": 1, "b": "x", "c": 0}, {"a": 1, "b": "y", "c": 0},
        {"a": 2, "b": "x", "c": 0}, {"a": 2, "b": "y", "c": 0}]


def test_manifest_lists_every_problem_at_once(tmp_path):
    bad = tmp_path / "reports.yaml"
    bad.write_text(f"""notebooks: {NOTEBOOKS}
reports:
  - notebook: no_such_notebook
  - notebook: chinese_report
    grid: {{lang: [zh, fr], colour: red}}
  - notebook: chinese_report
    formats: [docx]
""", encoding="utf-8")
    with pytest.raises(ManifestError) as error:
        manifest.load(bad)
    text = str(error.value)
    assert "no_such_notebook" in text and "chinese_report, failing_cell" in text
    assert "unknown parameter 'colour'" in text
    assert "docx" in text and "allowed: html, pdf" in text


def _job(params=None, notebook=NOTEBOOKS / "chinese_report.ipynb") -> Job:
    return Job(notebook, params or {"lang": "zh", "repeat": 2}, ("html",), "x")


def test_cache_key_changes_with_each_ingredient(tmp_path, monkeypatch):
    base = jobkey.key(_job())
    assert jobkey.key(_job()) == base
    assert jobkey.key(_job({"lang": "en", "repeat": 2})) != base
    edited = tmp_path / "chinese_report.ipynb"
    edited.write_text((NOTEBOOKS / "chinese_report.ipynb").read_text(encoding="utf-8")
                      .replace("报告结束。", "报告完。"), encoding="utf-8")
    assert jobkey.key(_job(notebook=edited)) != base
    clean = tmp_path / "data" / "clean"
    shutil.copytree(ROOT / "data" / "clean", clean)
    assert jobkey.key(_job(), clean_dir=clean) == base
    with open(clean / "sources.csv", "a", encoding="utf-8") as fh:
        fh.write("\n")
    codebook = clean / "codebook.csv"
    codebook.write_text(codebook.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    jobkey.reset()
    assert jobkey.key(_job(), clean_dir=clean) != base
    monkeypatch.setattr(jobkey, "code_digest", lambda: "edited library")
    assert jobkey.key(_job()) != base
    monkeypatch.undo()
    monkeypatch.setattr(jobkey, "versions", lambda: "pandas==0.0")
    assert jobkey.key(_job()) != base


def test_output_notebook_outputs_do_not_change_the_key(tmp_path):
    import nbformat

    nb = nbformat.read(NOTEBOOKS / "chinese_report.ipynb", as_version=4)
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="hi")]
    nb.cells[1].execution_count = 7
    copy = tmp_path / "chinese_report.ipynb"
    nbformat.write(nb, copy)
    assert jobkey.key(_job(notebook=copy)) == jobkey.key(_job())


def test_failure_is_isolated_cached_jobs_skip_and_index_shows_it(tmp_path):
    out = tmp_path / "out"
    first = run_all("--out", str(out), "--jobs", "2")
    assert first.returncode == 1, first.stderr
    jobs = records(out)
    assert jobs["chinese_report/zh_2"]["status"] == "done"
    assert jobs["chinese_report/en_2"]["status"] == "done"
    failed = jobs["failing_cell/default"]
    assert failed["status"] == "failed" and failed["cell"] == 3
    assert "deliberate failure" in failed["error"]
    for fmt in ("html", "pdf", "ipynb"):
        assert (out / jobs["chinese_report/zh_2"]["outputs"][fmt]).exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "deliberate failure" in index and "zh_2.pdf" in index and "http" not in index
    pdf = out / "chinese_report" / "zh_2.pdf"
    stamp = pdf.stat().st_mtime_ns
    second = run_all("--out", str(out), "--only", "chinese_report")
    assert second.returncode == 0, second.stderr
    assert {r["status"] for k, r in records(out).items() if k.startswith("chinese")} == {"cached"}
    assert pdf.stat().st_mtime_ns == stamp
    forced = run_all("--out", str(out), "--only", "chinese_report/zh_*", "--force",
                     "--formats", "html")
    assert forced.returncode == 0 and records(out)["chinese_report/zh_2"]["status"] == "done"


def test_dry_run_writes_nothing(tmp_path):
    out = tmp_path / "out"
    result = run_all("--out", str(out), "--dry-run")
    assert result.returncode == 0
    assert "3 to run, 0 cached" in result.stdout
    assert not out.exists()


def test_interrupted_run_leaves_no_partial_files_and_resumes(tmp_path):
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, str(ROOT / "run_all.py"), "--manifest",
                                str(FIXTURES / "reports.yaml"), "--out", str(out), "--jobs", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not (out / "manifest.json").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    os.kill(process.pid, signal.SIGINT)
    process.communicate(timeout=120)
    assert process.returncode != 0
    leftovers = [p for p in out.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]
    assert not leftovers, leftovers
    finished = {k for k, r in records(out).items() if r["status"] == "done"}
    assert finished
    for job_id in finished:
        for path in records(out)[job_id]["outputs"].values():
            assert (out / path).exists()
    resumed = run_all("--out", str(out))
    assert resumed.returncode == 1  # the failing fixture still fails
    after = records(out)
    assert all(after[j]["status"] == "cached" for j in finished)
    assert all(after[j]["status"] != "cached" for j in set(after) - finished)
