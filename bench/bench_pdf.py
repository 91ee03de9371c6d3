#!/usr/bin/env python3
"""Benchmark: where the time of one PDF goes, side by side in one process (CPU seconds).

For each report HTML of a run_all.py output folder (default outputs/): cutting the CJK fonts
to the document's characters, WeasyPrint's layout, and painting + writing the PDF with the
fonts subset by fontTools (WeasyPrint's fallback when the system lacks HarfBuzz-Subset)
against HarfBuzz (what html_to_pdf uses). Prints the medians and the size of the PDFs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "lib"))

from judicial_trends import fonts  # noqa: E402
from judicial_trends.render import pdf  # noqa: E402


def cpu(fn):
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "outputs",
                        help="a run_all.py output folder (default: outputs/)")
    parser.add_argument("--limit", type=int, default=12, help="at most this many reports")
    args = parser.parse_args()
    reports = sorted(args.out.glob("*/*.html"))[:args.limit]
    if not reports:
        print(f"no report HTML in {args.out}: run `make report` first")
        return 1
    from weasyprint.pdf import fonts as pdf_fonts

    fonttools_subset = pdf_fonts.Font.subset
    rows = {k: [] for k in ("cut fonts", "layout", "write, fontTools", "write, HarfBuzz")}
    sizes = {"fontTools": 0, "HarfBuzz": 0}
    pdf.html_to_pdf(reports[0].read_text(encoding="utf-8"))  # imports, Pango start-up
    for report in reports:
        html = report.read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as folder:
            rows["cut fonts"].append(cpu(lambda: fonts.font_face_css(pdf.printed_text(html),
                                                                      Path(folder)))[0])
        for name, subset in (("fontTools", fonttools_subset),
                             ("HarfBuzz", pdf._harfbuzz_subset)):
            pdf_fonts.Font.subset = subset
            seconds, document = cpu(lambda: pdf.layout(html))
            rows["layout"].append(seconds)
            seconds, content = cpu(document.write_pdf)
            rows[f"write, {name}"].append(seconds)
            sizes[name] += len(content)
        print(f"  {report.parent.name}/{report.name}: layout {rows['layout'][-1]:.2f} s, "
              f"write {rows['write, fontTools'][-1]:.2f} s (fontTools) / "
              f"{rows['write, HarfBuzz'][-1]:.2f} s (HarfBuzz)", flush=True)
    print(f"{len(reports)} reports, median CPU seconds per PDF:")
    for name, values in rows.items():
        print(f"  {name:18s} {statistics.median(values):6.2f}")
    print(f"PDF bytes in all: fontTools {sizes['fontTools']:,}, HarfBuzz {sizes['HarfBuzz']:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
