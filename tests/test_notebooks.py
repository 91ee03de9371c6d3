"""Every analysis notebook runs in a real kernel with its defaults and with another valid
parameter set (including lang=en); invalid parameters are refused naming what is allowed."""

from __future__ import annotations

import re

import nbformat
import pytest

from judicial_trends.render import params
from judicial_trends import paths
from judicial_trends.exceptions import ParameterError
from judicial_trends.render.pipeline import render

EXPLORE = "00_explore"  # the analyst's start, not a report: tests/test_explore.py runs it
NOTEBOOKS = sorted(p.stem for p in paths.notebooks_dir().glob("*.ipynb") if p.stem != EXPLORE)
OTHER = {
    "01_dataset_overview": {"region": "XJ", "lang": "en"},
    "02_caseload_trends": {"start_year": 2018, "end_year": 2021, "lang": "en"},
    "03_criminal_justice": {"region": "CN", "lang": "en"},
    "04_civil_administrative_enforcement": {"lang": "en"},
    "05_dispute_resolution_legal_services": {"region": "XJ-BT", "lang": "en"},
    "06_public_interest_environment": {"region": "XZ-LS", "lang": "en"},
    "07_region_comparison": {"regions": ["XZ", "CN"], "indicators": ["court.enforcement.amount"],
                             "lang": "en"},
    "08_indicator_profile": {"indicator": "public_security.satisfaction_pct", "lang": "en"},
    "10_annual_report": {"year": 2021, "lang": "en"},
}
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_notebook_has_a_schema_a_parameters_cell_and_no_outputs():
    assert set(NOTEBOOKS) == set(params.SCHEMAS) == set(OTHER)
    for name in NOTEBOOKS:
        nb = nbformat.read(paths.notebooks_dir() / f"{name}.ipynb", as_version=4)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, name
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), name
        assert f'params.validate("{name}"' in "".join(c.source for c in nb.cells), name


@pytest.mark.parametrize("name", NOTEBOOKS)
@pytest.mark.parametrize("variant", ["defaults", "other"])
def test_notebook_renders(name, variant, tmp_path):
    given = {} if variant == "defaults" else OTHER[name]
    result = render(paths.notebooks_dir() / f"{name}.ipynb", given, tmp_path, formats=("html",))
    html = result.outputs["html"].read_text(encoding="utf-8")
    assert "Traceback" not in html and "Error" not in result.title
    assert result.title and result.title in html
    if given.get("lang") == "en":
        assert not CJK.search(result.title), result.title
    else:
        assert CJK.search(result.title)
    assert "jt-figure" in html or "jt-table" in html or "jt-note" in html


@pytest.mark.parametrize("name, bad, allowed", [
    ("10_annual_report", {"year": 1990}, "2024"),
    ("10_annual_report", {"year": 2023}, "nearest: 2022, 2024"),
    ("10_annual_report", {"region": "XZ-LS", "year": 2024}, "no value qualifies with region=XZ-LS"),
    ("02_caseload_trends", {"region": "Tibet"}, "XZ"),
    ("08_indicator_profile", {"indicator": "court.nonsense"}, "court.cases.accepted"),
    ("01_dataset_overview", {"lang": "fr"}, "zh, en"),
])
def test_invalid_parameters_name_the_allowed_values(name, bad, allowed):
    with pytest.raises(ParameterError) as error:
        params.validate(name, bad)
    assert allowed in str(error.value)


def test_a_year_the_record_lacks_is_said_with_the_nearest_years(tmp_path):
    """Xizang courts printed no caseload for 2022: the section says so, naming nearer years."""
    result = render(paths.notebooks_dir() / "02_caseload_trends.ipynb",
                    {"start_year": 2022, "end_year": 2022}, tmp_path, formats=("html",))
    html = result.outputs["html"].read_text(encoding="utf-8")
    assert "受理与审执结案件：2022年没有公开数字；最近有数字的年份为" in html


def test_an_annual_report_shows_nothing_after_its_year(tmp_path):
    """The 2021 report charts and describes the years up to 2021 only (2024 figures are not
    news of 2021); later years may appear only as the nearest years with figures."""
    import base64

    result = render(paths.notebooks_dir() / "10_annual_report.ipynb", {"year": 2021, "lang": "en"},
                    tmp_path, formats=("html",))
    html = result.outputs["html"].read_text(encoding="utf-8")
    charts = [base64.b64decode(data).decode() for data in
              re.findall(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", html)]
    years = {int(y) for svg in charts for y in re.findall(r">((?:19|20)\d\d)</text>", svg)}
    assert charts and max(years) <= 2021, sorted(years)
    assert not re.search(r"\bIn 202[2-9],", html)


def test_a_long_coverage_is_split_into_legible_charts(tmp_path):
    # The national data has well over a hundred indicators with two or more years: one chart
    # of them all shrank to unreadable type on the printed page.
    from judicial_trends.analysis.notebook_blocks.overview import COVERAGE_ROWS
    from judicial_trends.data import coverage, dataset

    grid = coverage.table(dataset.load(), "CN")
    rows = int(((grid != "").sum(axis=1) >= 2).sum())
    assert rows > 2 * COVERAGE_ROWS
    result = render(paths.notebooks_dir() / "01_dataset_overview.ipynb",
                    {"region": "CN", "lang": "en"}, tmp_path, formats=("html",))
    html = result.outputs["html"].read_text(encoding="utf-8")
    parts = -(-rows // COVERAGE_ROWS)
    titles = re.findall(r"Indicators with two or more years \((\d+)/(\d+)\)", html)
    assert list(dict.fromkeys(titles)) == [(str(n), str(parts)) for n in range(1, parts + 1)]


def test_the_population_is_not_compared_per_100000_residents(tmp_path):
    # The comparison printed a table of 100000.0 for every region and year.
    result = render(paths.notebooks_dir() / "07_region_comparison.ipynb",
                    {"regions": ["XZ", "XJ"], "indicators": ["statistics.population.year_end",
                                                             "court.cases.accepted"],
                     "lang": "en"}, tmp_path, formats=("html",))
    html = result.outputs["html"].read_text(encoding="utf-8")
    assert "Cases accepted by courts per 100,000 residents" in html
    assert "population per 100,000 residents" not in html
