"""Report structure emitted from a notebook: title, sections, prose, numbered figures and tables.

Everything is displayed as HTML outputs that read well in JupyterLab and carry the classes the
report template and print stylesheet style (see ``templates/judicial``). Text from the data is
escaped here, once. The title output is tagged in its metadata so the exporter can put it on
the cover and in the running header.
"""

from __future__ import annotations

import base64
import html
import io
import unicodedata

import pandas as pd

LABELS = {"zh": {"figure": "图", "table": "表", "source": "资料来源", "note": "注"},
          "en": {"figure": "Figure", "table": "Table", "source": "Source", "note": "Note"}}
TITLE_KEY = "judicial_trends"
_SVG = "http://www.w3.org/2000/svg"


def _display(markup: str, plain: str, metadata: dict | None = None) -> None:
    from IPython.display import display

    display({"text/html": markup, "text/plain": plain}, raw=True, metadata=metadata or {})


def _display_width(text: str) -> int:
    """Columns the text takes in print: a CJK (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


CELL_PADDING = 3  # columns (half an em each): the print CSS pads a cell .6em on either side


def column_widths(frame: pd.DataFrame, narrowest: int = 6, widest: int = 40) -> list[float]:
    """Percent widths of a table's columns, from the longest header or cell of each (clamped,
    as long cells wrap) plus the cell's padding, so the table lays out at once at a fixed
    width and a short word (printed, 公布值) stays on one line."""
    longest = [max([_display_width(str(name))] + [_display_width(str(v)) for v in frame[name]])
               for name in frame.columns]
    clamped = [min(max(n, narrowest), widest) + CELL_PADDING for n in longest]
    return [round(100 * n / sum(clamped), 1) for n in clamped]


def svg_data_uri(fig) -> str:
    """The figure as an SVG data URI: vector, its text as text in the CJK font's family (the PDF
    embeds that font; a browser without it falls back to its own CJK font)."""
    import matplotlib
    import matplotlib.pyplot as plt

    # Cropped to its content like bbox_inches="tight", but laid out and drawn once: the crop is
    # measured when the drawing ends, with the SVG renderer that has every text measured.
    crops = []
    fig.canvas.mpl_connect("draw_event", lambda event: crops.append(fig.get_tightbbox(
        event.renderer).padded(matplotlib.rcParams["savefig.pad_inches"])))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg")
    plt.close(fig)
    svg = _printable(buffer.getvalue(), crops[-1], fig.get_figheight())
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _printable(svg: bytes, box, height: float) -> str:
    """matplotlib's SVG (in points) showing only ``box`` (in inches, y up from the bottom of a
    figure ``height`` inches tall), without its metadata and with the groups that only carry
    an id unwrapped: the same drawing in a third fewer elements for the PDF renderer to walk."""
    from xml.etree import ElementTree

    for prefix, uri in (("", _SVG), ("xlink", "http://www.w3.org/1999/xlink")):
        ElementTree.register_namespace(prefix, uri)
    root = ElementTree.fromstring(svg)
    x, y, width, tall = (round(v * 72, 3) for v in (box.x0, height - box.y1, box.width,
                                                    box.height))
    root.set("width", f"{width}pt")
    root.set("height", f"{tall}pt")
    root.set("viewBox", f"{x} {y} {width} {tall}")
    root.remove(root.find(f"{{{_SVG}}}metadata"))
    _unwrap_groups(root)
    return ElementTree.tostring(root, encoding="unicode")


def _unwrap_groups(element) -> None:
    children = []
    for child in element:
        _unwrap_groups(child)
        children += list(child) if child.tag == f"{{{_SVG}}}g" and set(child.attrib) <= {"id"} \
            else [child]
    element[:] = children


class Report:
    """Numbered output of one notebook run in one language (``zh`` or ``en``)."""

    def __init__(self, lang: str = "zh"):
        self.lang = lang
        self.words = LABELS[lang]
        self.figures = 0
        self.tables = 0
        self._heading = ("", "")

    def _show(self, markup: str, plain: str, metadata: dict | None = None) -> None:
        """Display ``markup``; a pending section heading goes in the same output, so a page
        never ends with a heading whose content starts on the next page."""
        heading, heading_plain = self._heading
        self._heading = ("", "")
        _display(heading + markup, "\n".join(x for x in (heading_plain, plain) if x), metadata)

    def pick(self, zh: str, en: str) -> str:
        return zh if self.lang == "zh" else en

    def title(self, title: str, subtitle: str = "") -> None:
        sub = f'<p class="jt-subtitle">{html.escape(subtitle)}</p>' if subtitle else ""
        self._show(f'<h1 class="jt-title">{html.escape(title)}</h1>{sub}', title,
              {TITLE_KEY: {"title": title, "subtitle": subtitle}})

    def section(self, text: str, level: int = 2) -> None:
        """A heading, shown with the next output (see ``_show``)."""
        pending, plain = self._heading
        self._heading = (pending + f"<h{level}>{html.escape(text)}</h{level}>",
                         "\n".join(x for x in (plain, text) if x))

    def prose(self, *sentences: str) -> None:
        """One paragraph from sentences (already in the report's language)."""
        joiner = "" if self.lang == "zh" else " "
        text = joiner.join(s for s in sentences if s)
        if text:
            self._show(f'<p class="jt-prose">{html.escape(text)}</p>', text)

    def bullets(self, items: list[str]) -> None:
        if items:
            lis = "".join(f"<li>{html.escape(i)}</li>" for i in items)
            self._show(f'<ul class="jt-list">{lis}</ul>', "\n".join(items))

    def note(self, text: str) -> None:
        self._show(f'<p class="jt-note"><strong>{self.words["note"]}</strong> {html.escape(text)}</p>',
              text)

    def _source_line(self, sources: list[str]) -> str:
        if not sources:
            return ""
        sep = "；" if self.lang == "zh" else "; "
        colon = "：" if self.lang == "zh" else ": "
        return (f'<p class="jt-source">{self.words["source"]}{colon}'
                f"{html.escape(sep.join(sources))}</p>")

    def _label(self, word: str, number: int) -> str:
        return f"{word}{number}" if self.lang == "zh" else f"{word} {number}"

    def figure(self, fig, title: str, caption: str = "", sources: list[str] | None = None,
               unit: str = "", alt: str = "") -> None:
        """A numbered figure: the chart, its title and unit, a caption and a source note."""
        self.figures += 1
        number = self._label(self.words["figure"], self.figures)
        unit_text = f"（{unit}）" if unit and self.lang == "zh" else (f" ({unit})" if unit else "")
        heading = f"{number}  {title}{unit_text}"
        markup = (f'<figure class="jt-figure" id="fig-{self.figures}">'
                  f'<figcaption class="jt-figtitle">{html.escape(heading)}</figcaption>'
                  f'<img src="{svg_data_uri(fig)}" alt="{html.escape(alt or title)}"/>'
                  + (f'<p class="jt-caption">{html.escape(caption)}</p>' if caption else "")
                  + self._source_line(sources or []) + "</figure>")
        self._show(markup, heading)

    def table(self, frame: pd.DataFrame, title: str, caption: str = "",
              sources: list[str] | None = None) -> None:
        """A numbered table (header row repeats on every printed page; columns as wide as
        their content needs, see :func:`column_widths`)."""
        self.tables += 1
        number = self._label(self.words["table"], self.tables)
        heading = f"{number}  {title}"
        body = frame.to_html(index=False, escape=True, border=0, classes="jt-table",
                             na_rep="—")
        columns = "".join(f'<col style="width: {w}%"/>' for w in column_widths(frame))
        body = body.replace(">", f"><colgroup>{columns}</colgroup>", 1)  # after <table …>
        markup = (f'<div class="jt-table-block" id="tab-{self.tables}">'
                  f'<p class="jt-tabtitle">{html.escape(heading)}</p>{body}'
                  + (f'<p class="jt-caption">{html.escape(caption)}</p>' if caption else "")
                  + self._source_line(sources or []) + "</div>")
        self._show(markup, heading + "\n" + frame.to_string(index=False))
