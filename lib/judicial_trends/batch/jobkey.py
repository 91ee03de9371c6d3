"""The cache key of a job: everything its outputs depend on, hashed.

Ingredients: the notebook source without outputs, the parameters, the slice of the clean
dataset the job reads (its regions and indicators, see ``params.scope``), the library source,
the templates and CSS, and the versions of the packages that render it.
"""

from __future__ import annotations

import csv
import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .. import paths
from .manifest import Job
from ..render.params import scope

PACKAGES = ("pandas", "matplotlib", "seaborn", "papermill", "nbconvert", "weasyprint",
            "mplfonts", "uharfbuzz", "nbformat", "ipykernel")


def notebook_source(path: Path) -> str:
    """The notebook's cells (type + source) and parameters tag, outputs and counts ignored."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = [(c["cell_type"], "".join(c["source"]) if isinstance(c["source"], list) else c["source"],
              sorted(c.get("metadata", {}).get("tags", []))) for c in nb["cells"]]
    return json.dumps(cells, ensure_ascii=False)


def _digest_files(files: list[Path], root: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(files):
        h.update(str(f.relative_to(root)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Library source and templates (``lib/judicial_trends``, all files but caches)."""
    root = paths.PACKAGE_DIR
    files = [p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return _digest_files(files, root)


@lru_cache(maxsize=1)
def versions() -> str:
    return ";".join(f"{name}=={metadata.version(name)}" for name in PACKAGES)


def _records(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=2)
def _clean_tables(clean_dir: str) -> tuple[list[dict], list[dict], bytes]:
    root = Path(clean_dir)
    rows = _records(root / "judicial_indicators.csv")
    sources = _records(root / "sources.csv")
    extra = b"".join((root / name).read_bytes() for name in ("codebook.csv", "regions.csv"))
    events = paths.data_dir() / "events.yaml"
    return rows, sources, extra + (events.read_bytes() if events.exists() else b"")


def data_digest(job: Job, clean_dir: Path | None = None) -> str:
    """Hash of the dataset rows in the job's scope, their sources, codebook and events."""
    rows, sources, extra = _clean_tables(str(clean_dir or paths.clean_dir()))
    regions, prefixes = scope(job.notebook, job.params)
    prefixes = None if prefixes is None else tuple(prefixes)
    used = [r for r in rows if (regions is None or r["region"] in regions)
            and (prefixes is None or r["indicator"].startswith(prefixes))]
    cited = {r["source_id"] for r in used}
    h = hashlib.sha256()
    for record in used + [s for s in sources if s["source_id"] in cited]:
        h.update(json.dumps(list(record.values()), ensure_ascii=False).encode())
    h.update(extra)
    return h.hexdigest()


def reset() -> None:
    """Forget cached digests (the data, code or templates may have changed on disk)."""
    for cached in (code_digest, versions, _clean_tables):
        cached.cache_clear()


def key(job: Job, clean_dir: Path | None = None) -> str:
    """The job's cache key."""
    parts = {"notebook": notebook_source(job.notebook), "params": job.params,
             "formats": list(job.formats), "data": data_digest(job, clean_dir),
             "code": code_digest(), "versions": versions()}
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:20]
