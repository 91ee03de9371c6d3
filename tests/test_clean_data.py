"""The committed clean dataset: reproducible, sourced, and right on figures checked by hand."""

import subprocess
import sys

import pytest

from judicial_trends.data import dataset
from judicial_trends import paths


@pytest.fixture(scope="module")
def table():
    return dataset.load()


def test_committed_clean_files_equal_a_fresh_build():
    fresh = dataset.build()
    for name, content in fresh.items():
        committed = (paths.clean_dir() / name).read_bytes()
        assert committed == content, f"data/clean/{name} is stale: run `make data`"


def test_data_check_command_passes_on_committed_files():
    result = subprocess.run([sys.executable, "-m", "judicial_trends", "data", "check"],
                            capture_output=True, text=True, cwd=paths.project_root())
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_row_has_a_source_with_title_and_publisher(table):
    sources = dataset.load_sources().set_index("source_id")
    assert set(table["source_id"]) <= set(sources.index)
    used = sources.loc[sorted(set(table["source_id"]))]
    assert (used["title"].str.strip() != "").all() and (used["publisher"].str.strip() != "").all()


def test_one_preferred_row_per_region_indicator_period(table):
    keys = ["region", "indicator", "period_start", "period_end"]
    assert (table.groupby(keys)["preferred"].sum() == 1).all()


def _one(table, indicator, year, region="XZ"):
    rows = table[(table["indicator"] == indicator) & (table["year"] == year)
                 & (table["region"] == region) & (table["source_id"]
                                                  == "xz_court_2024_work_report_infographic")]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_spot_checks_against_the_2024_infographic(table):
    criminal = _one(table, "court.criminal.concluded", 2024)
    assert (criminal["value"], criminal["qualifier"], criminal["unit"]) == (2912, "exact", "case")
    amount = _one(table, "court.enforcement.amount", 2024)
    assert (amount["value"], amount["qualifier"], amount["unit"]) == (4.133e9, "exact", "yuan")
    accepted = _one(table, "court.cases.accepted", 2024)
    assert (accepted["value"], accepted["qualifier"]) == (100_000, "at_least")


def test_implied_values_are_flagged_never_printed(table):
    implied = table[table["derivation"] != ""]
    assert (implied["printed"] == "").all()
    assert set(implied["derivation"]) <= {"implied_by_yoy"}
