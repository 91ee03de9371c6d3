"""nbconvert exporters for executed report notebooks: ``judicial-html`` and ``judicial-pdf``.

Registered as nbconvert entry points, so ``jupyter nbconvert --to judicial-pdf x.ipynb``
works as well as ``judicial_trends.render.pipeline``. The HTML hides every code input and the
parameters cells, drops stderr noise, puts the title on a cover with the parameters, dataset
version and date, and adds a table of contents; it is self-contained (no scripts, no
external references). The PDF is that HTML printed by WeasyPrint (see ``pdf.py``).
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from bs4 import BeautifulSoup
from nbconvert.exporters import HTMLExporter
from traitlets import default

from ..data import dataset
from .. import paths
from ..analysis.report import TITLE_KEY

WORDS = {"zh": {"toc": "目录", "params": "参数", "version": "数据版本", "generated": "生成日期",
                "kicker": "司法统计趋势报告"},
         "en": {"toc": "Contents", "params": "Parameters", "version": "Dataset version",
                "generated": "Generated", "kicker": "Judicial statistics trend report"}}
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
HIDDEN_TAGS = {"parameters", "injected-parameters", "remove"}


def report_meta(nb, name: str) -> dict:
    """Title, subtitle, parameters, language, dataset version and date of an executed notebook."""
    params = nb.metadata.get("papermill", {}).get("parameters", {}) or {}
    lang = params.get("lang") if params.get("lang") in WORDS else "zh"
    title, subtitle = None, ""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            tagged = output.get("metadata", {}).get(TITLE_KEY)
            if tagged and title is None:
                title, subtitle = tagged["title"], tagged.get("subtitle", "")
    if title is None:
        headings = [m.group(1) for c in nb.cells if c.cell_type == "markdown"
                    for m in [re.match(r"#\s+(.+)", c.source.strip())] if m]
        title = headings[0] if headings else nb.metadata.get("title", name)
    return {"title": title, "subtitle": subtitle, "lang": lang, "words": WORDS[lang],
            "params": [(k, "—" if v is None else ", ".join(map(str, v)) if isinstance(v, list)
                        else str(v)) for k, v in params.items()],
            "version": dataset.version(), "generated": dt.date.today().isoformat()}


def strip_for_readers(nb):
    """Drop parameters cells, the title output (it goes on the cover) and stderr streams."""
    nb.cells = [c for c in nb.cells
                if not HIDDEN_TAGS & set(c.get("metadata", {}).get("tags", []))]
    for cell in nb.cells:
        if "outputs" in cell:
            cell.outputs = [o for o in cell.outputs
                            if not o.get("metadata", {}).get(TITLE_KEY)
                            and not (o.output_type == "stream" and o.name == "stderr")]
    return nb


def finish(html: str) -> str:
    """Fill the ``nav.jt-toc`` placeholder from the h2/h3 of the body; drop CSS comments."""
    soup = BeautifulSoup(html, "html.parser")
    nav = soup.select_one("nav.jt-toc ol")
    main = soup.find("main")
    if nav is None or main is None:
        return html
    for number, heading in enumerate(main.find_all(["h2", "h3"]), start=1):
        heading["id"] = f"sec-{number}"
        for anchor in heading.select("a.anchor-link"):
            anchor.decompose()
        item = soup.new_tag("li", attrs={"class": f"jt-toc-{heading.name}"})
        link = soup.new_tag("a", href=f"#sec-{number}")
        link.string = heading.get_text(" ", strip=True)
        item.append(link)
        nav.append(item)
    if not nav.find("li"):
        soup.select_one("nav.jt-toc").decompose()
    for style in soup.find_all("style"):
        style.string = CSS_COMMENT.sub("", style.get_text())
    return str(soup)


class JudicialHTMLExporter(HTMLExporter):
    """A report page: cover, contents, outputs only."""

    export_from_notebook = "Judicial report (HTML)"

    @default("extra_template_basedirs")
    def _default_basedirs(self):
        return [str(paths.TEMPLATES_DIR)]

    @default("template_name")
    def _default_template_name(self):
        return "judicial"

    @default("exclude_input")
    def _default_exclude_input(self):
        return True

    @default("exclude_input_prompt")
    def _default_exclude_input_prompt(self):
        return True

    @default("exclude_output_prompt")
    def _default_exclude_output_prompt(self):
        return True

    def from_notebook_node(self, nb, resources=None, **kw):
        resources = self._init_resources(resources)
        meta = report_meta(nb, resources.get("metadata", {}).get("name", "report"))
        nb = strip_for_readers(copy.deepcopy(nb))
        nb.metadata["title"] = meta["title"]
        resources["jt"] = meta
        resources["language_code"] = "zh-Hans" if meta["lang"] == "zh" else "en"
        html, resources = super().from_notebook_node(nb, resources, **kw)
        return finish(html), resources


class JudicialPDFExporter(JudicialHTMLExporter):
    """The same report printed to A4 PDF by WeasyPrint with embedded CJK fonts."""

    export_from_notebook = "Judicial report (PDF)"
    output_mimetype = "application/pdf"

    @default("file_extension")
    def _file_extension_default(self):
        return ".pdf"

    @default("template_file")
    def _template_file_default(self):
        return "index.html.j2"

    def from_notebook_node(self, nb, resources=None, **kw):
        from .pdf import html_to_pdf

        html, resources = super().from_notebook_node(nb, resources, **kw)
        resources["output_extension"] = ".pdf"
        return html_to_pdf(html), resources
