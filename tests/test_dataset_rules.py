"""Each validation rule of the build, on a tiny fixture tree, producing its own error."""

import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml

from judicial_trends.data import dataset
from judicial_trends.data.sources import DataBuildError

FIXTURE = Path(__file__).parent / "fixtures" / "data"
META = {"title": "西藏自治区高级人民法院工作报告", "publisher": "西藏自治区高级人民法院",
        "published": "2025-01-20", "language": "zh", "kind": "work_report",
        "reliability": "primary"}


def fig(indicator="court.cases.accepted", printed="40429件", period=2019, region="XZ",
        quote="受理案件40429件", **extra):
    return {"indicator": indicator, "region": region, "period": period, "printed": printed,
            "quote": quote, **extra}


def tree(tmp_path, **sources):
    """A data dir with the fixture codebook and one YAML per keyword argument."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    (data / "sources").mkdir()
    for name, spec in sources.items():
        meta, figures = spec if isinstance(spec, tuple) else (META, spec)
        doc = {**meta, "figures": figures}
        (data / "sources" / f"{name}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True),
                                                       encoding="utf-8")
    return data


def build_error(data) -> str:
    with pytest.raises(DataBuildError) as info:
        dataset.build(data)
    return str(info.value)


def test_valid_tree_builds_typed_table(tmp_path):
    data = tree(tmp_path, report=[fig(), fig(printed="35661件", indicator="court.cases.concluded",
                                             quote="审结35661件")])
    dataset.build(data, data / "clean")
    table = dataset.load(clean_dir=data / "clean")
    assert table["value"].dtype == float and str(table["year"].dtype) == "Int64"
    assert table["period_start"].iloc[0] == pd.Timestamp("2019-01-01")
    assert set(table["qualifier"]) == {"exact"}


def test_unknown_indicator(tmp_path):
    message = build_error(tree(tmp_path, report=[fig(indicator="court.cases.acceptd")]))
    assert "report.yaml: figure 1" in message and "'court.cases.acceptd'" in message
    assert "unknown indicator" in message


def test_unknown_region(tmp_path):
    message = build_error(tree(tmp_path, report=[fig(region="TIBET")]))
    assert "field 'region' = 'TIBET'" in message and "unknown region" in message


def test_unit_must_match_codebook(tmp_path):
    message = build_error(tree(tmp_path, report=[fig(printed="2912人")]))
    assert "'2912人'" in message and "unit 'person' does not match" in message


def test_unreadable_figure_names_file_and_text(tmp_path):
    message = build_error(tree(tmp_path, report=[fig(printed="四万余件左右多")]))
    assert "report.yaml: figure 1" in message and "四万余件左右多" in message


def test_negative_count(tmp_path):
    message = build_error(tree(tmp_path, report=[fig(printed="-5件")]))
    assert "negative value -5" in message


def test_percentage_out_of_range(tmp_path):
    message = build_error(tree(tmp_path, report=[
        fig(indicator="court.mediation.success_rate_pct", printed="120%", quote="调解成功率120%")]))
    assert "percentage 120 outside 0–100" in message


def test_quote_missing_or_too_long(tmp_path):
    message = build_error(tree(tmp_path, report=[fig(quote=""), fig(quote="很" * 41)]))
    assert "figure 1: field 'quote'" in message and "needs a quote" in message
    assert "figure 2: field 'quote'" in message and "41 characters; at most 40" in message


def test_source_without_title_or_publisher(tmp_path):
    meta = {**META, "title": "", "publisher": None}
    message = build_error(tree(tmp_path, report=(meta, [fig()])))
    assert "field 'title' = ''" in message and "field 'publisher' = None" in message


def test_conflicting_sources_need_a_preference(tmp_path):
    message = build_error(tree(tmp_path, report=[fig()],
                               news=[fig(printed="40430件", quote="受理案件40430件")]))
    assert "sources disagree and none is marked preferred" in message
    assert "news #1" in message and "report #1" in message


def test_preferred_figure_resolves_conflict_and_both_stay(tmp_path):
    data = tree(tmp_path, report=[fig(preferred=True, preferred_reason="full official text")],
                news=[fig(printed="40430件", quote="受理案件40430件")])
    files = dataset.build(data, data / "clean")
    table = dataset.load(clean_dir=data / "clean")
    assert len(table) == 2
    chosen = table[table["preferred"]]
    assert list(chosen["source_id"]) == ["report"] and "full official text" in chosen["note"].iloc[0]
    assert files["judicial_indicators.csv"] == (data / "clean" / dataset.CLEAN_FILE).read_bytes()


def test_same_figure_at_different_precision_is_no_conflict(tmp_path):
    data = tree(tmp_path, a=[fig(printed="4.04万件", quote="4.04万件")], b=[fig()])
    table = pd.read_csv(__import__("io").BytesIO(dataset.build(data)[dataset.CLEAN_FILE]))
    assert table["preferred"].sum() == 1
    assert table.loc[table["preferred"], "source_id"].item() == "b"  # the more precise one


def test_bound_consistent_with_exact_is_no_conflict_but_contradicting_one_is(tmp_path):
    ok = tree(tmp_path / "ok", a=[fig(printed="突破4万件", quote="突破4万件")], b=[fig()])
    dataset.build(ok)
    bad = tree(tmp_path / "bad", a=[fig(printed="突破5万件", quote="突破5万件")], b=[fig()])
    assert "sources disagree" in build_error(bad)


def test_stated_change_must_agree_with_values(tmp_path):
    figures = [fig(), fig(period=2020, printed="50000件", quote="受理案件50000件"),
               fig(indicator="court.cases.accepted.yoy_pct", period=2020, printed="增长30.5%",
                   quote="同比增长30.5%")]
    message = build_error(tree(tmp_path, report=figures))
    assert "stated change 30.5% disagrees" in message and "23.67%" in message


def test_a_change_listed_after_a_fall_must_print_its_verb(tmp_path):
    # szb.qzwb.com 2024: 全国110刑事、治安警情同比分别下降18.1%、10.9%; the second is a fall too
    quote = "受理案件同比分别下降18.1%、10.9%"
    figures = [fig(indicator="court.cases.accepted.yoy_pct", printed="10.9%", quote=quote)]
    message = build_error(tree(tmp_path, report=figures))
    assert "figure 1: field 'printed' = '10.9%'" in message and "reads as a rise" in message
    figures[0]["printed"] = "下降10.9%"
    dataset.build(tree(tmp_path / "fixed", report=figures))


def test_known_exception_silences_a_documented_mismatch(tmp_path):
    figures = [fig(), fig(period=2020, printed="50000件", quote="受理案件50000件"),
               fig(indicator="court.cases.accepted.yoy_pct", period=2020, printed="增长30.5%",
                   quote="同比增长30.5%", known_exception="change is on new cases only")]
    dataset.build(tree(tmp_path, report=figures))


def test_parts_larger_than_total(tmp_path):
    figures = [fig(indicator="court.cases.concluded", printed="3000件", quote="审结3000件"),
               fig(indicator="court.criminal.concluded", printed="3500件", quote="审结刑事3500件")]
    message = build_error(tree(tmp_path, report=figures))
    assert "part court.criminal.concluded = 3500 is larger than its total" in message


def test_value_implied_by_stated_change_is_flagged(tmp_path):
    figures = [fig(), fig(indicator="court.cases.accepted.yoy_pct", period=2020,
                          printed="同比增长24.96%", quote="同比增长24.96%")]
    data = tree(tmp_path, report=figures)
    dataset.build(data, data / "clean")
    table = dataset.load(clean_dir=data / "clean")
    implied = table[table["derivation"] == "implied_by_yoy"]
    assert len(implied) == 1
    row = implied.iloc[0]
    assert row["year"] == 2020 and row["value"] == round(40429 * 1.2496)
    assert row["qualifier"] == "approx" and row["printed"] == "" and row["preferred"]


def test_failed_build_leaves_previous_clean_files(tmp_path):
    data = tree(tmp_path, report=[fig()])
    dataset.build(data, data / "clean")
    before = (data / "clean" / dataset.CLEAN_FILE).read_bytes()
    (data / "sources" / "bad.yaml").write_text(yaml.safe_dump({**META, "figures": [
        fig(region="MARS")]}), encoding="utf-8")
    with pytest.raises(DataBuildError):
        dataset.build(data, data / "clean")
    assert (data / "clean" / dataset.CLEAN_FILE).read_bytes() == before
    assert not list((data / "clean").glob(".*.tmp"))


def test_incomplete_codebook_entry_is_named(tmp_path):
    data = tree(tmp_path, report=[fig()])
    book = yaml.safe_load((data / "indicators.yaml").read_text(encoding="utf-8"))
    del book["court.cases.accepted"]["definition_en"]
    book["court.cases.concluded"]["unit"] = "cases"
    (data / "indicators.yaml").write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    message = build_error(data)
    assert "court.cases.accepted: missing definition_en" in message
    assert "court.cases.concluded: unit 'cases'" in message


def test_undated_copy_is_allowed_but_a_bad_date_is_not(tmp_path):
    undated = ({**META, "published": None}, [fig()])
    dataset.build(tree(tmp_path / "a", report=undated))
    message = build_error(tree(tmp_path / "b", report=({**META, "published": "Jan 2025"}, [fig()])))
    assert "'published' = 'Jan 2025'" in message


def test_draft_figures_pending_review_or_without_indicator_are_refused(tmp_path):
    message = build_error(tree(tmp_path, report=[
        fig(review="pending"), fig(indicator=None, printed="35661件", quote="审结35661件"),
        fig(printed="2912件", indicator="court.criminal.concluded", quote="审结刑事案件2912件",
            review="done")]))
    assert "report.yaml: figure 1: field 'review' = 'pending': still marked for review" in message
    assert "report.yaml: figure 2: field 'indicator' = None: no indicator chosen" in message
    assert "figure 3" not in message


def test_codebook_aliases_are_lists_and_name_one_indicator_per_unit(tmp_path):
    data = tree(tmp_path, report=[fig()])
    book = yaml.safe_load((data / "indicators.yaml").read_text(encoding="utf-8"))
    book["court.cases.accepted"]["aliases"] = ["受理案件"]
    book["court.cases.concluded"]["aliases"] = ["受理案件"]
    book["court.criminal.concluded"]["aliases"] = "审结刑事案件"
    (data / "indicators.yaml").write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    message = build_error(data)
    assert "court.cases.concluded: alias '受理案件' also names court.cases.accepted" in message
    assert "court.criminal.concluded: aliases '审结刑事案件' must be a list" in message


def test_a_key_written_twice_is_refused_naming_file_and_lines(tmp_path):
    # Two helpers once added the same codebook id; YAML alone keeps the last entry silently.
    data = tree(tmp_path, report=[fig()])
    book = data / "indicators.yaml"
    text = book.read_text(encoding="utf-8")
    entry = text[text.index("court.cases.accepted:"):]
    entry = entry[:entry.index("\n", entry.index("definition_en"))] + "\n"
    book.write_text(text + entry, encoding="utf-8")
    with pytest.raises(ValueError) as info:
        dataset.build(data)
    assert "indicators.yaml" in str(info.value)
    assert "key 'court.cases.accepted' is written twice" in str(info.value)
    book.write_text(text, encoding="utf-8")
    source = data / "sources" / "report.yaml"
    source.write_text(source.read_text(encoding="utf-8") + "figures: []\n", encoding="utf-8")
    message = build_error(data)
    assert "report.yaml" in message and "key 'figures' is written twice" in message
