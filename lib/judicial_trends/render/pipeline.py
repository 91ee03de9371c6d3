"""One notebook + parameters → executed ``.ipynb``, ``.html`` and ``.pdf``.

Parameters are validated before any kernel starts. Everything is produced in a hidden
staging folder inside the output folder and renamed into place only when all of it
succeeded, so a failed or interrupted run leaves the previous good outputs untouched. A
failing cell raises :class:`NotebookExecutionError` naming the notebook, the cell and the
exception; the failed executed notebook is kept as ``<name>.failed.ipynb``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .. import paths
from ..files import slug
from ..exceptions import NotebookExecutionError
from .params import validate

FORMATS = ("html", "pdf")


@dataclass
class Rendered:
    title: str
    outputs: dict[str, Path]
    timings: dict[str, float] = field(default_factory=dict)


def default_name(notebook: Path, params: dict) -> str:
    """The output name from the parameters that have a value: ``XZ_2022_zh``."""
    return "_".join(slug(v) for v in params.values() if v is not None) or Path(notebook).stem


def _source_cell_number(executed, index: int) -> int:
    """1-based number of the failing cell in the source notebook (injected cells skipped)."""
    injected = sum("injected-parameters" in c.get("metadata", {}).get("tags", [])
                   for c in executed.cells[:index])
    return index - injected + 1


def execute(notebook: Path, params: dict, target: Path, km=None) -> None:
    """Run ``notebook`` with papermill into ``target``; raise NotebookExecutionError on failure."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        papermill.execute_notebook(str(notebook), str(target), parameters=params,
                                   kernel_name="python3", cwd=str(paths.project_root()),
                                   progress_bar=False, km=km,
                                   # written once at the end (or on failure), not at every cell
                                   request_save_on_cell_execute=False)
    except PapermillExecutionError as exc:
        executed = nbformat.read(target, as_version=4)
        raise NotebookExecutionError(notebook.name, _source_cell_number(executed, exc.cell_index),
                                     exc.ename, exc.evalue) from None


def export(executed: Path, name: str, formats) -> tuple[str, dict[str, bytes], dict]:
    """The report's title and the bytes of each requested format, with timings."""
    from .exporters import JudicialHTMLExporter
    from .pdf import html_to_pdf

    nb = nbformat.read(executed, as_version=4)
    timings, files = {}, {}
    started = time.perf_counter()
    html, resources = JudicialHTMLExporter().from_notebook_node(
        nb, resources={"metadata": {"name": name, "path": str(executed.parent)}})
    timings["html"] = time.perf_counter() - started
    if "html" in formats:
        files["html"] = html.encode("utf-8")
    if "pdf" in formats:
        started = time.perf_counter()
        files["pdf"] = html_to_pdf(html)
        timings["pdf"] = time.perf_counter() - started
    return resources["jt"]["title"], files, timings


def warm_up() -> None:
    """Load what exporting needs (nbconvert's template, WeasyPrint, Pango, the CJK fonts) by
    exporting a one-line report with a chart, so that a batch worker's first report exports
    as fast as its others."""
    import base64

    from .. import fonts
    from .exporters import JudicialHTMLExporter
    from .pdf import html_to_pdf

    chart = (f'<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"><text x="0" '
             f'y="15" font-family="{fonts.chart_family()}">图表 Chart 2024</text></svg>')
    image = "data:image/svg+xml;base64," + base64.b64encode(chart.encode()).decode()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(
        f'# 报告 Report\n\n<img src="{image}" alt="图表"/>')])
    html, _ = JudicialHTMLExporter().from_notebook_node(
        nb, resources={"metadata": {"name": "warm-up", "path": str(paths.project_root())}})
    html_to_pdf(html)


def render(notebook: str | Path, params: dict | None, out_dir: str | Path,
           formats=FORMATS, name: str | None = None, km=None) -> Rendered:
    """Validate, execute and export one report into ``out_dir``; see the module docstring."""
    notebook = Path(notebook)
    if not notebook.exists():
        raise FileNotFoundError(f"no such notebook: {notebook}")
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {unknown}; allowed: {', '.join(FORMATS)}")
    params = validate(notebook, params)
    name = name or default_name(notebook, params)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(dir=out_dir, prefix=".render-"))
    failed = out_dir / f"{name}.failed.ipynb"
    try:
        started = time.perf_counter()
        executed = stage / f"{name}.ipynb"
        try:
            execute(notebook, params, executed, km=km)
        except NotebookExecutionError as exc:
            os.replace(executed, failed)
            raise NotebookExecutionError(exc.notebook, exc.cell, exc.ename, exc.evalue,
                                         str(failed)) from None
        timings = {"execute": time.perf_counter() - started}
        title, files, export_timings = export(executed, name, formats)
        timings.update(export_timings)
        staged = {"ipynb": executed}
        for fmt, content in files.items():
            staged[fmt] = stage / f"{name}.{fmt}"
            staged[fmt].write_bytes(content)
        outputs = {}
        for fmt, path in staged.items():
            outputs[fmt] = out_dir / path.name
            os.replace(path, outputs[fmt])
        failed.unlink(missing_ok=True)
        return Rendered(title=title, outputs=outputs,
                        timings={k: round(v, 2) for k, v in timings.items()})
    finally:
        shutil.rmtree(stage, ignore_errors=True)
