"""The cache key of a job: everything its outputs depend on, hashed.

Ingredients: the notebook source without outputs, the parameters, the slice of the clean
dataset the job reads (its regions and indicators, see ``params.scope``), the library source,
the templates and CSS, and the versions of the packages that render it.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import pandas as pd

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


@lru_cache(maxsize=2)
def _clean_tables(clean_dir: str) -> tuple[pd.DataFrame, pd.DataFrame, bytes]:
    root = Path(clean_dir)
    rows = pd.read_csv(root / "judicial_indicators.csv", dtype=str, keep_default_na=False)
    sources = pd.read_csv(root / "sources.csv", dtype=str, keep_default_na=False)
    extra = b"".join((root / name).read_bytes() for name in ("codebook.csv", "regions.csv"))
    events = paths.data_dir() / "events.yaml"
    return rows, sources, extra + (events.read_bytes() if events.exists() else b"")


def data_digest(job: Job, clean_dir: Path | None = None) -> str:
    """Hash of the dataset rows in the job's scope, their sources, codebook and events."""
    rows, sources, extra = _clean_tables(str(clean_dir or paths.clean_dir()))
    regions, prefixes = scope(job.notebook, job.params)
    mask = pd.Series(True, index=rows.index)
    if regions is not None:
        mask &= rows["region"].isin(regions)
    if prefixes is not None:
        mask &= rows["indicator"].map(lambda i: i.startswith(tuple(prefixes)))
    used = rows[mask]
    used_sources = sources[sources["source_id"].isin(set(used["source_id"]))]
    h = hashlib.sha256(used.to_csv(index=False).encode())
    h.update(used_sources.to_csv(index=False).encode())
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
