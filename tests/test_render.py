"""The renderer on a real kernel and a real PDF: Chinese text present, fonts embedded, no code."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from judicial_trends import paths
from judicial_trends.analysis.report import column_widths
from judicial_trends.exceptions import NotebookExecutionError, ParameterError
from judicial_trends.render.pdf import SafeFetcher
from judicial_trends.render.pipeline import render

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
REPORT = FIXTURES / "chinese_report.ipynb"
TITLE = "西藏司法统计测试报告"
PARAGRAPH = "全区法院受理案件突破十万件"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    return render(REPORT, {"lang": "zh"}, out, name="report"), out


def is_cjk(char: str) -> bool:
    return "CJK" in unicodedata.name(char, "") or 0x3000 <= ord(char) <= 0x303F


def embedded_program(font) -> tuple[str, TTFont] | None:
    """The name and the embedded font program of a (descendant) font dictionary, if embedded."""
    descriptor = font.get_object().get("/FontDescriptor")
    if descriptor is None:
        return None
    descriptor = descriptor.get_object()
    for key in ("/FontFile2", "/FontFile3", "/FontFile"):
        if key in descriptor:
            data = descriptor[key].get_object().get_data()
            return str(descriptor["/FontName"]), TTFont(io.BytesIO(data))
    return None


def embedded_cmaps(reader: PdfReader) -> tuple[set[str], set[int]]:
    """Names of embedded fonts and the code points their embedded programs map."""
    names, covered = set(), set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                if embedded := embedded_program(descendant):
                    names.add(embedded[0])
                    covered |= set(embedded[1].getBestCmap() or {})
    return names, covered


def test_html_is_a_self_contained_report_without_code(rendered):
    result, _ = rendered
    html = result.outputs["html"].read_text(encoding="utf-8")
    assert TITLE in html and PARAGRAPH in html
    assert "import matplotlib" not in html and "repeat = 12" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:|url\(\s*["']?https?:|@import""", html)
    assert "<script" not in html
    assert 'class="jt-toc"' in html and "data:image/svg+xml;base64," in html
    assert result.outputs["ipynb"].exists()


def test_pdf_has_chinese_text_embedded_cjk_font_and_page_numbers(rendered):
    result, _ = rendered
    reader = PdfReader(result.outputs["pdf"])
    pages = len(reader.pages)
    assert pages >= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = re.sub(r"\s+", "", text)
    assert TITLE in flat and PARAGRAPH in flat
    names, covered = embedded_cmaps(reader)
    assert names and any(0x4E00 <= c <= 0x9FFF for c in covered), "no CJK font embedded"
    cjk = {c for c in flat if is_cjk(c)}
    assert cjk, "no Chinese text extracted"
    assert not {c for c in cjk if ord(c) not in covered}, "characters without an embedded glyph"
    assert re.search(rf"\b2\s*/\s*{pages}\b", text), "page x / y footer missing"


def test_invalid_parameter_fails_before_any_kernel_starts(tmp_path, monkeypatch):
    monkeypatch.setattr("judicial_trends.render.pipeline.execute",
                        lambda *a, **k: pytest.fail("a kernel was started"))
    with pytest.raises(ParameterError) as error:
        render(REPORT, {"lang": "fr"}, tmp_path)
    assert "zh, en" in str(error.value) and "lang" in str(error.value)
    with pytest.raises(ParameterError, match="unknown parameter 'colour'"):
        render(REPORT, {"colour": "red"}, tmp_path)
    assert not any(tmp_path.iterdir())


def test_failing_cell_is_named_and_previous_outputs_survive(rendered, tmp_path):
    good, out = rendered
    before = good.outputs["pdf"].read_bytes()
    with pytest.raises(NotebookExecutionError) as error:
        render(FIXTURES / "failing_cell.ipynb", {}, out, name="report")
    assert error.value.cell == 3 and error.value.ename == "ValueError"
    assert "failing_cell.ipynb" in str(error.value) and "deliberate failure" in str(error.value)
    assert good.outputs["pdf"].read_bytes() == before
    assert (out / "report.failed.ipynb").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".render-")]


def test_nbconvert_entry_points_export_an_executed_notebook(rendered, tmp_path):
    result, _ = rendered
    for fmt, ext in (("judicial-html", ".html"), ("judicial-pdf", ".pdf")):
        subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", fmt,
                        str(result.outputs["ipynb"]), "--output-dir", str(tmp_path)],
                       check=True, capture_output=True)
        produced = tmp_path / f"report{ext}"
        assert produced.exists(), fmt
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "report.pdf").pages)
    assert TITLE in re.sub(r"\s+", "", text)


def test_pdf_fetcher_refuses_network_and_foreign_files(tmp_path):
    fetcher = SafeFetcher([tmp_path])
    assert fetcher.allows("data:image/png;base64,AAAA")
    assert fetcher.allows((tmp_path / "chart.svg").as_uri())
    assert not fetcher.allows("https://cdn.example.org/x.css")
    assert not fetcher.allows("http://example.org/x.png")
    assert not fetcher.allows(Path("/etc/passwd").as_uri())
    assert not SafeFetcher([paths.project_root()]).allows("ftp://example.org/x")


def test_table_columns_are_as_wide_as_their_content_needs():
    """Tables are laid out at a fixed width (fast to print): a column of long source titles
    gets more room than a column of years, and the widths fill the page."""
    frame = pd.DataFrame({"年份": [2023, 2024],
                          "资料来源": ["西藏自治区高级人民法院工作报告（2024年1月）", "新华网"]})
    years, titles = column_widths(frame)
    assert titles > 2 * years and abs(years + titles - 100) < 0.5


def test_worker_warm_up_exports_a_report_with_chinese_and_a_chart():
    """Batch workers run this before their first job (its failure is left for the job to
    report): it must go through the real export path without error."""
    from judicial_trends.render import pipeline

    pipeline.warm_up()
