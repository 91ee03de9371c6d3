"""Parameter schemas of the notebooks, and their validation.

Each notebook in ``notebooks/`` has a schema here: its parameters, their types, defaults and
allowed values (often read from the data: the regions and years that have figures). The
renderer validates before any kernel starts; each notebook validates again in the cell after
its ``parameters`` cell, so a run from JupyterLab gets the same clear error.

A notebook without a schema here (a user's own, or a test fixture) gets one inferred from its
``parameters`` cell; allowed values may then be listed in the notebook metadata under
``judicial_trends.choices``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable


from ..data import dataset
from .. import paths
from ..exceptions import ParameterError

LANGS = ("zh", "en")
Choices = Callable[[dict], list] | tuple | None


@dataclass(frozen=True)
class Param:
    name: str
    kind: type          # str, int or list (a list of str)
    default: object
    choices: Choices = None   # allowed values (for a list parameter: allowed items)
    optional: bool = False    # None is allowed (meaning "all available")
    help: str = ""


@lru_cache(maxsize=4)
def _table(clean: str, stamp: float):
    return dataset.load(clean_dir=Path(clean), check=False)  # validated when built and tested


def data():
    """The clean table, loaded once per process (reloaded when the file changes)."""
    clean = paths.clean_dir()
    return _table(str(clean), (clean / dataset.CLEAN_FILE).stat().st_mtime)


def regions_with_data(_: dict | None = None) -> list[str]:
    return sorted(data()["region"].unique())


def years_with_data(values: dict) -> list[int]:
    table = data()
    years = table[(table["region"] == values.get("region", "XZ")) & table["year"].notna()]["year"]
    return sorted(int(y) for y in years.unique())


def report_years(values: dict, minimum: int = 5, headline: int = 2) -> list[int]:
    """Years with enough for an annual report: at least ``minimum`` printed annual figures
    for the region, ``headline`` of them core indicators (``topics.CORE``)."""
    from ..analysis.topics import CORE

    table = data()
    rows = table[(table["region"] == values.get("region", "XZ")) & table["year"].notna()
                 & (table["derivation"] == "") & table["preferred"]]
    years = []
    for year, group in rows.groupby("year"):
        found = set(group["indicator"])
        if len(found) >= minimum and len(found & set(CORE)) >= headline:
            years.append(int(year))
    return years


def indicators_with_data(values: dict) -> list[str]:
    table = data()
    region = values.get("region")
    rows = table if region is None else table[table["region"] == region]
    return sorted(rows["indicator"].unique())


def _topic() -> tuple[Param, ...]:
    return (Param("region", str, "XZ", regions_with_data, help="region code"),
            Param("start_year", int, None, years_with_data, optional=True,
                  help="first year shown, a year with figures; default: the earliest"),
            Param("end_year", int, None, years_with_data, optional=True,
                  help="last year shown, a year with figures; default: the latest"),
            Param("lang", str, "zh", LANGS, help="language of the report"))


SCHEMAS: dict[str, tuple[Param, ...]] = {
    "01_dataset_overview": (Param("region", str, "XZ", regions_with_data, help="region code"),
                            Param("lang", str, "zh", LANGS)),
    "02_caseload_trends": _topic(),
    "03_criminal_justice": _topic(),
    "04_civil_administrative_enforcement": _topic(),
    "05_dispute_resolution_legal_services": _topic(),
    "06_public_interest_environment": _topic(),
    "07_region_comparison": (
        Param("regions", list, ["XZ", "XJ", "CN"], regions_with_data, help="regions compared"),
        Param("indicators", list, ["court.cases.accepted", "court.cases.concluded"],
              lambda v: indicators_with_data({}), help="indicator ids compared"),
        Param("lang", str, "zh", LANGS)),
    "08_indicator_profile": (Param("indicator", str, "court.cases.accepted",
                                   indicators_with_data, help="indicators with figures for the region"),
                             Param("region", str, "XZ", regions_with_data),
                             Param("lang", str, "zh", LANGS)),
    "10_annual_report": (Param("region", str, "XZ", regions_with_data, help="region code"),
                         Param("year", int, 2024, report_years,
                               help="years with at least 5 figures, 2 of them headline indicators"),
                         Param("lang", str, "zh", LANGS)),
}
# Regions each notebook reads besides its ``region``/``regions`` parameter (for job keys).
COMPARATORS = {"02_caseload_trends": ("CN",), "07_region_comparison": (),
               "10_annual_report": ("CN",)}


def _stem(notebook: str | Path) -> str:
    return Path(notebook).stem


def _inferred(notebook: Path) -> tuple[Param, ...]:
    """A schema from the notebook's ``parameters`` cell and ``judicial_trends.choices``."""
    import papermill

    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    choices = nb.metadata.get("judicial_trends", {}).get("choices", {})
    kinds = {"int": int, "str": str, "list": list, "float": float, "bool": bool}
    found = papermill.inspect_notebook(str(notebook))
    params = []
    for name, info in found.items():
        default = ast.literal_eval(info["default"])
        kind = kinds.get(info["inferred_type_name"], type(default))
        params.append(Param(name, kind, default, tuple(choices[name]) if name in choices else None,
                            optional=default is None, help=info.get("help", "")))
    return tuple(params)


def schema_for(notebook: str | Path) -> tuple[Param, ...]:
    stem = _stem(notebook)
    if stem in SCHEMAS:
        return SCHEMAS[stem]
    path = Path(notebook)
    if not path.exists():
        path = paths.notebooks_dir() / f"{stem}.ipynb"
    if not path.exists():
        raise ParameterError(stem, [f"no such notebook; known: {', '.join(SCHEMAS)}"])
    return _inferred(path)


def _allowed(param: Param, values: dict) -> list | None:
    if param.choices is None:
        return None
    return list(param.choices(values) if callable(param.choices) else param.choices)


def allowed_values(notebook: str | Path, name: str, given: dict) -> list:
    """The allowed values of parameter ``name`` when the others are ``given`` (defaults else)."""
    schema = {p.name: p for p in schema_for(notebook)}
    if name not in schema or schema[name].choices is None:
        raise ParameterError(_stem(notebook), [f"{name!r} has no list of allowed values for '*'"])
    values = {p.name: given.get(p.name, p.default) for p in schema.values()}
    return _allowed(schema[name], values)


def _coerce(param: Param, value):
    """Accept the right type, or a string that spells it (from a command line)."""
    if value is None and param.optional:
        return None
    if param.kind is list:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return list(value)
        raise TypeError(f"expected a list of strings, got {value!r}")
    if param.kind is int and isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if param.kind is float and isinstance(value, (str, int)):
        return float(value)
    if isinstance(value, param.kind) and not (param.kind is int and isinstance(value, bool)):
        return value
    raise TypeError(f"expected {param.kind.__name__}, got {type(value).__name__} {value!r}")


def _show(values: list) -> str:
    items = [str(v) for v in values]
    return ", ".join(items) if len(items) <= 40 else ", ".join(items[:40]) + f", … ({len(items)})"


def _not_allowed(param: Param, bad: list, allowed: list, values: dict) -> str:
    """``year=2022 is not allowed (years with …); nearest: 2021, 2024; allowed: …``."""
    what = f" ({param.help})" if param.help else ""
    given = f"{param.name}={', '.join(map(str, bad))} is not allowed{what}"
    if not allowed:
        others = {k: v for k, v in values.items() if k != param.name and k != "lang"}
        context = ", ".join(f"{k}={v}" for k, v in others.items() if v is not None)
        return f"{given}: no value qualifies" + (f" with {context}" if context else "")
    if param.kind is int and len(bad) == 1:
        before = [v for v in allowed if v < bad[0]][-1:]
        after = [v for v in allowed if v > bad[0]][:1]
        given += f"; nearest: {', '.join(map(str, before + after))}"
    return f"{given}; allowed: {_show(allowed)}"


def validate(notebook: str | Path, params: dict | None) -> dict:
    """Every parameter of ``notebook`` with defaults filled in; raises :class:`ParameterError`
    listing each unknown name, wrong type and disallowed value with what is allowed."""
    stem = _stem(notebook)
    schema = schema_for(notebook)
    known = {p.name: p for p in schema}
    params = dict(params or {})
    problems = [f"unknown parameter {name!r}; parameters: {', '.join(known)}"
                for name in params if name not in known]
    values: dict = {}
    for p in schema:
        try:
            values[p.name] = _coerce(p, params.get(p.name, p.default))
        except TypeError as exc:
            problems.append(f"{p.name}: {exc}")
    refused = False   # allowed values read from the data depend on the other parameters:
    for p in schema:  # after one refusal they would only add noise
        value = values.get(p.name)
        if value is None or (refused and callable(p.choices)):
            continue
        allowed = _allowed(p, values)
        bad = [v for v in (value if p.kind is list else [value]) if v not in (allowed or [])]
        if allowed is not None and bad:
            problems.append(_not_allowed(p, bad, allowed, values))
            refused = True
    start, end = values.get("start_year"), values.get("end_year")
    if start is not None and end is not None and start > end:
        problems.append(f"start_year={start} is after end_year={end}")
    if problems:
        raise ParameterError(stem, problems)
    return values


def scope(notebook: str | Path, params: dict) -> tuple[list[str] | None, list[str] | None]:
    """Regions and indicator-id prefixes a job reads (None: all), for its cache key."""
    stem = _stem(notebook)
    if stem not in SCHEMAS:
        return None, None
    regions = list(params.get("regions") or [params.get("region", "XZ")])
    regions += list(COMPARATORS.get(stem, ())) + ["CN"] * (stem == "07_region_comparison")
    indicators = None
    if stem == "08_indicator_profile":
        indicators = [params["indicator"], "statistics.population"]
    elif stem == "07_region_comparison":
        indicators = list(params["indicators"]) + ["statistics.population"]
    return sorted(set(regions)), indicators
