"""reports.yaml → the list of jobs: notebook × expanded parameter grid × formats.

A manifest is validated as a whole before anything runs: every unknown notebook, unknown
parameter and disallowed value is listed in one :class:`ManifestError`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import paths
from ..files import slug
from ..data.codebook import SafeLoader
from ..render.params import ParameterError, validate

FORMATS = ("html", "pdf")


class ManifestError(ValueError):
    """Every problem of a manifest, listed together."""

    def __init__(self, path: Path, problems: list[str]):
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} problem(s):\n"
                         + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class Job:
    """One report: a notebook run with one parameter set, exported to some formats."""

    notebook: Path
    params: dict = field(hash=False)
    formats: tuple[str, ...]
    name: str

    @property
    def group(self) -> str:
        return self.notebook.stem

    @property
    def id(self) -> str:
        return f"{self.group}/{self.name}"


def expand(grid: dict) -> list[dict]:
    """``{a: [1, 2], b: x}`` → ``[{a: 1, b: x}, {a: 2, b: x}]`` (lists expand to a product).

    A parameter that itself takes a list (``regions``) is written as a list of lists.
    """
    names = list(grid)
    choices = [v if isinstance(v, list) else [v] for v in grid.values()]
    return [dict(zip(names, combo)) for combo in itertools.product(*choices)]


def fill_wildcards(notebook: Path, grid: dict) -> dict:
    """``year: "*"`` → every allowed value (given the grid's single-valued parameters)."""
    from ..render.params import allowed_values

    fixed = {k: v for k, v in grid.items() if not isinstance(v, list) and v != "*"}
    return {k: allowed_values(notebook, k, fixed) if v == "*" else v for k, v in grid.items()}


def load(path: Path | None = None, notebooks_dir: Path | None = None) -> list[Job]:
    """The jobs of ``path`` (default reports.yaml), validated. Notebooks are looked up in
    ``notebooks_dir``, else the manifest's ``notebooks:`` folder, else ``notebooks/``."""
    path = Path(path or paths.project_root() / "reports.yaml")
    doc = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}
    if notebooks_dir is None:
        notebooks_dir = (path.parent / doc["notebooks"]) if "notebooks" in doc else paths.notebooks_dir()
    default_formats = doc.get("formats", list(FORMATS))
    problems, jobs = [], []
    for number, entry in enumerate(doc.get("reports") or [], start=1):
        where = f"report {number} ({entry.get('notebook', '?')})"
        notebook = notebooks_dir / f"{entry.get('notebook')}.ipynb"
        if not notebook.exists():
            available = ", ".join(sorted(p.stem for p in notebooks_dir.glob("*.ipynb")))
            problems.append(f"{where}: unknown notebook; available: {available}")
            continue
        formats = tuple(entry.get("formats", default_formats))
        bad = [f for f in formats if f not in FORMATS]
        if bad:
            problems.append(f"{where}: unknown format(s) {bad}; allowed: {', '.join(FORMATS)}")
        try:
            grid = fill_wildcards(notebook, entry.get("grid") or {})
        except ParameterError as exc:
            problems.append(f"{where}: {exc}")
            continue
        for params in expand(grid):
            try:
                full = validate(notebook, params)
            except ParameterError as exc:
                problems.append(f"{where}, parameters {params}: {exc}")
                continue
            name = (slug(entry["name"].format(**params)) if entry.get("name")
                    else "_".join(slug(v) for v in params.values()) or "default")
            jobs.append(Job(notebook=notebook, params=full, formats=formats, name=name))
    seen: dict[str, int] = {}
    for job in jobs:
        seen[job.id] = seen.get(job.id, 0) + 1
    problems += [f"job {jid} appears {n} times" for jid, n in seen.items() if n > 1]
    if problems:
        raise ManifestError(path, problems)
    return jobs


def select(jobs: list[Job], only: str | None = None, overrides: dict | None = None) -> list[Job]:
    """Jobs whose id matches the glob ``only`` and whose parameters equal ``overrides``."""
    from fnmatch import fnmatch

    chosen = [j for j in jobs if not only or fnmatch(j.id, only) or fnmatch(j.group, only)]
    for name, value in (overrides or {}).items():
        chosen = [j for j in chosen if str(j.params.get(name)) == str(value)]
    return chosen
