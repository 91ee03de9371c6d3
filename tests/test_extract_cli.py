"""`python -m judicial_trends data extract` end to end: text, HTML, PDF and stdin in, a draft
in the data/sources format out (never into data/sources/), every figure pending review."""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from judicial_trends import paths

SEEDS = paths.project_root().parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(),
                                reason="../shared/seeds is not beside the clone")


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def run(*args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "judicial_trends", "data", "extract", *args],
                          input=stdin, capture_output=True, text=True, cwd=paths.project_root())


def draft(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_text_file_gives_a_draft_in_the_sources_format(tmp_path):
    out = tmp_path / "xz_legal_daily_draft.yaml"
    result = run(str(seed("001")), "--published", "2025-09-12", "--out", str(out))
    assert result.returncode == 0, result.stderr
    doc = draft(out)
    assert {"title", "publisher", "published", "url", "language", "kind", "reliability"} <= set(doc)
    assert doc["language"] == "zh" and str(doc["published"]) == "2025-09-12"
    figures = doc["figures"]
    assert all(f["review"] == "pending" for f in figures)
    assert [f["printed"] for f in figures[3:6]] == ["2000余件", "6000余名", "3900余万元"]
    assert figures[3]["period"] == "2021-01-01..2025-09-12"
    # the hand transcription of this seed is in the clean data: its figures are flagged
    assert figures[3]["duplicate_of"] == "xz_legal_daily_2025_09_12_legal_aid"
    text = out.read_text(encoding="utf-8")
    assert "publisher: null  # fill in" in text and "indicator: null  # nearest:" in text


def test_html_page_body_only_with_title(tmp_path):
    lines = seed("002").read_text(encoding="utf-8").strip().splitlines()
    title, body, footer = lines[0], lines[1:-1], lines[-1]
    page = (f"<html><head><title>{html.escape(title)}</title>"
            "<style>.summary { width: 100% }</style></head><body>"
            f"<nav>{html.escape(footer)}</nav><script>var shown = 2025;</script>"
            + "".join(f"<p>{html.escape(line)}</p>" for line in body if line.strip())
            + "</body></html>")
    path = tmp_path / "linkage.html"
    path.write_text(page, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert run(str(path), "--published", "2025-12-17", "--out", str(out)).returncode == 0
    doc = draft(out)
    assert doc["title"] == title and doc["language"] == "en"
    printed = [f["printed"] for f in doc["figures"]]
    assert "over 1,000 cases" in printed and "111" in printed and "100%" not in printed
    assert all(f["region"] == "XZ-LS" for f in doc["figures"])
    assert all(f["period"] == "2024-07-01..2025-12-17" for f in doc["figures"])


def test_pdf_text_layer(tmp_path):
    from weasyprint import HTML

    text = seed("002").read_text(encoding="utf-8")  # its English lines: no CJK font needed
    pdf = tmp_path / "linkage.pdf"
    HTML(string="".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()
                        if line.strip() and line.isascii())).write_pdf(pdf)
    out = tmp_path / "draft.yaml"
    result = run(str(pdf), "--id", "linkage", "--published", "2025-12-17", "--out", str(out))
    assert result.returncode == 0, result.stderr
    printed = [f["printed"] for f in draft(out)["figures"]]
    for figure in ("over 1,000 cases", "308", "over 33 million yuan", "211", "334", "111",
                   "over 3,000 cases"):
        assert figure in printed


def test_stdin_needs_an_id_and_writes_to_drafts_by_default_or_to_stdout(tmp_path):
    text = seed("004").read_text(encoding="utf-8")
    assert "--id" in run("-", stdin=text).stderr
    result = run("-", "--id", "test_extract_stdin_draft", "--published", "2025-01", stdin=text)
    target = paths.data_dir() / "drafts" / "test_extract_stdin_draft.yaml"
    try:
        assert result.returncode == 0, result.stderr
        figures = draft(target)["figures"]
        assert figures[0]["printed"] == "突破10万件" and figures[0]["period"] == 2024
        assert len(figures) >= 70
    finally:
        target.unlink(missing_ok=True)
    piped = run("-", "--id", "piped", "--published", "2025-01", "--out", "-", stdin=text)
    assert piped.returncode == 0 and "wrote standard output" in piped.stderr
    assert yaml.safe_load(piped.stdout)["figures"] == figures
    assert not (paths.project_root() / "-").exists()


def test_refuses_data_sources_and_names_bad_input(tmp_path):
    into_sources = paths.sources_dir() / "test_extract_refused.yaml"
    result = run(str(seed("001")), "--out", str(into_sources))
    assert result.returncode != 0 and "never written into data/sources/" in result.stderr
    assert not into_sources.exists()
    doc = tmp_path / "report.docx"
    doc.write_bytes(b"PK")
    result = run(str(doc))
    assert result.returncode != 0 and f"{doc}: unknown kind of file '.docx'" in result.stderr
    result = run(str(seed("001")), "--region", "LHASA")
    assert result.returncode != 0 and "--region 'LHASA'" in result.stderr
    result = run(str(seed("001")), "--period", "2024-13")
    assert result.returncode != 0 and "--period '2024-13'" in result.stderr
