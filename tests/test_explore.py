"""The analyst API (``import judicial_trends as jt``) and notebooks/00_explore.ipynb: the clean
data as typed pandas tables, labels and sources that join, one series traceable to its quotes."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

import judicial_trends as jt
from judicial_trends import paths


def _csv(name: str) -> pd.DataFrame:
    return pd.read_csv(paths.clean_dir() / name, dtype=str, keep_default_na=False)


def test_import_stays_light():
    code = "import sys, judicial_trends; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_load_is_every_figure_with_typed_columns():
    df = jt.load()
    assert len(df) == len(_csv("judicial_indicators.csv"))
    assert pd.api.types.is_float_dtype(df["value"])
    assert pd.api.types.is_datetime64_any_dtype(df["period_end"])
    assert df["preferred"].dtype == bool
    assert jt.load(preferred_only=True)["preferred"].all()


def test_labels_and_sources_join_without_gaps():
    df = jt.load()
    joined = (df.merge(jt.codebook(), on="indicator", how="left")
              .merge(jt.regions(), on="region", how="left", suffixes=("", "_region"))
              .merge(jt.sources(), on="source_id", how="left"))
    assert len(joined) == len(df)
    assert joined["zh"].ne("").all() and joined["en"].notna().all()
    assert joined["zh_region"].notna().all() and joined["title"].notna().all()


def test_series_is_the_preferred_annual_figures_with_their_quotes():
    raw = _csv("judicial_indicators.csv")
    expected = raw[(raw["indicator"] == "court.cases.accepted") & (raw["region"] == "XZ")
                   & (raw["preferred"] == "true") & (raw["year"] != "")]
    s = jt.series("court.cases.accepted", "XZ")
    assert sorted(s.index) == sorted(int(y) for y in expected["year"])
    for _, row in expected.iterrows():
        got = s.loc[int(row["year"])]
        assert got["value"] == float(row["value"]) and got["quote"] == row["quote"]
        assert got["qualifier"] == row["qualifier"] and got["printed"] == row["printed"]
        assert got["title"] == _csv("sources.csv").set_index("source_id").loc[row["source_id"], "title"]


@pytest.mark.parametrize("indicator, region, named", [
    ("court.case.accepted", "XZ", "court.cases.accepted"),
    ("court.cases.accepted", "Tibet", "XZ"),
])
def test_series_names_the_nearest_ids_for_a_typo(indicator, region, named):
    with pytest.raises(KeyError, match=named):
        jt.series(indicator, region)


def test_explore_notebook_runs_top_to_bottom_and_shows_real_data():
    nb = nbformat.read(paths.notebooks_dir() / "00_explore.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(paths.project_root())}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    text = "\n".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
                     for o in outputs)
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs), "no chart drawn"
    latest = jt.series("court.criminal.concluded", "XZ").iloc[-1]
    assert latest["quote"] in text and latest["title"] in text, "the source of a point is shown"
    assert "Noto" in text and "CJK" in text, "the chart uses the reports' CJK font"
