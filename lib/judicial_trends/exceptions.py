"""Errors that carry their location, so a user knows what to fix without a traceback."""

from __future__ import annotations


class ParameterError(ValueError):
    """A notebook parameter is unknown, of the wrong type, or not an allowed value."""

    def __init__(self, notebook: str, problems: list[str]):
        self.notebook = notebook
        self.problems = problems
        super().__init__(f"{notebook}: " + "; ".join(problems))


class NotebookExecutionError(RuntimeError):
    """A cell of a notebook raised. ``cell`` is the 1-based cell number in the source notebook."""

    def __init__(self, notebook: str, cell: int | None, ename: str, evalue: str,
                 failed_notebook: str | None = None):
        self.notebook, self.cell, self.ename, self.evalue = notebook, cell, ename, evalue
        self.failed_notebook = failed_notebook
        where = f"cell {cell}" if cell is not None else "a cell"
        kept = f" (executed notebook kept at {failed_notebook})" if failed_notebook else ""
        super().__init__(f"{notebook}: {where} raised {ename}: {evalue}{kept}")


class UnsafeResourceError(PermissionError):
    """The PDF renderer was asked for a network URL or a file outside the allowed folders."""
