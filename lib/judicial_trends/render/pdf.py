"""HTML report → PDF with WeasyPrint: the report's print CSS, embedded CJK fonts, no network.

The ``@font-face`` fonts are subsets holding the document's characters (see ``fonts.py``),
those of the charts included: a chart's text is SVG text in the CJK font's own family name,
which the sans subset answers to. The fonts only take effect when the same
``FontConfiguration`` is given to the stylesheet and to the renderer, so both are built here
together. WeasyPrint cuts each font down to the glyphs it
used with the system's HarfBuzz-Subset library and, where that library is missing, with
fontTools, which takes seconds per font; :func:`use_harfbuzz_subset` gives it the same
HarfBuzz subsetting from the ``uharfbuzz`` wheel instead. :func:`draw_svg_text_in_runs` has it
draw a chart label as one run of text instead of letter by letter. Both replace parts of
WeasyPrint 70 (pinned).
"""

from __future__ import annotations

import base64
import html as html_lib
import re
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

from .. import fonts, paths
from ..exceptions import UnsafeResourceError


class SafeFetcher:
    """A WeasyPrint URL fetcher that serves ``data:`` URIs and files inside allowed folders,
    and refuses everything else (network URLs above all). Refused URLs are kept in ``refused``."""

    def __init__(self, folders: list[Path], files: list[Path] = ()):
        from weasyprint.urls import URLFetcher

        self._inner = URLFetcher(allowed_protocols={"data", "file"})
        self._fail_on_errors = False
        self.folders = [Path(f).resolve() for f in folders]
        self.files = {Path(f).resolve() for f in files}
        self.refused: list[str] = []

    def allows(self, url: str) -> bool:
        parsed = urlparse(url)
        if parsed.scheme == "data":
            return True
        if parsed.scheme != "file":
            return False
        path = Path(unquote(parsed.path)).resolve()
        return path in self.files or any(path.is_relative_to(f) for f in self.folders)

    def __call__(self, url: str):
        if not self.allows(url):
            self.refused.append(url)
            raise UnsafeResourceError(f"refused to fetch {url}: only data: URIs and files in "
                                      f"{', '.join(map(str, self.folders))} are allowed")
        return self._inner.fetch(url)


_DROPPED_TABLES = (b"BASE", b"DSIG", b"EBDT", b"EBLC", b"EBSC", b"GPOS", b"GSUB", b"JSTF",
                   b"LTSH", b"PCLT", b"SVG ")


def _harfbuzz_subset(font, to_unicode, hinting) -> None:
    """WeasyPrint's ``Font.subset`` done as its own HarfBuzz-Subset path does it (same flags,
    same dropped tables: used glyphs at their ids, trailing ids cut), through ``uharfbuzz``."""
    import uharfbuzz as hb
    from weasyprint.logger import LOGGER

    if not to_unicode:
        return
    flags = hb.SubsetFlags.PASSTHROUGH_UNRECOGNIZED | hb.SubsetFlags.DESUBROUTINIZE
    if font.missing:
        flags |= hb.SubsetFlags.NOTDEF_OUTLINE
    face = hb.Face(hb.Blob(font.file_content), font.index)
    try:
        for glyphs, extra in ((sorted(to_unicode), hb.SubsetFlags.RETAIN_GIDS),
                              (range(max(to_unicode) + 1),
                               hb.SubsetFlags.NO_HINTING if not hinting else 0)):
            wanted = hb.SubsetInput()
            wanted.glyph_set.update(glyphs)
            wanted.drop_table_tag_set.update(int.from_bytes(t, "big") for t in _DROPPED_TABLES)
            wanted.flags = flags | extra
            face = hb.subset(face, wanted)
    except RuntimeError:  # as WeasyPrint does: the whole font is embedded instead
        LOGGER.warning('Unable to subset "%s" with HarfBuzz', font.family)
        return
    font.file_content = face.blob.data


def use_harfbuzz_subset() -> None:
    """Make WeasyPrint subset fonts with HarfBuzz even without the system library."""
    from weasyprint.pdf import fonts as pdf_fonts

    if pdf_fonts.harfbuzz_subset is None:
        pdf_fonts.Font.subset = _harfbuzz_subset


_PER_LETTER = ("dx", "dy", "rotate", "textLength", "letter-spacing", "display-anchor",
               "dominant-baseline", "alignment-baseline")
_by_letter = None  # WeasyPrint's own SVG text drawer, for the text a run cannot draw


def _svg_text_run(svg, node, font_size) -> None:
    """An SVG ``<text>`` with one position and nothing set per letter (matplotlib's labels) laid
    out and drawn as one run, as WeasyPrint does HTML text; any other is left to WeasyPrint's
    own drawer, which lays out and draws each letter alone (a fifth of a chart-heavy PDF)."""
    from weasyprint.css.properties import INITIAL_VALUES
    from weasyprint.draw.text import draw_emojis, draw_first_line
    from weasyprint.matrix import Matrix
    from weasyprint.svg.bounding_box import extend_bounding_box
    from weasyprint.svg.text import Style, TextBox
    from weasyprint.svg.utils import size
    from weasyprint.text.line_break import split_first_line

    if not node.text or any(name in node.attrib for name in _PER_LETTER) or any(
            len(node.attrib.get(name, "").split()) > 1 for name in ("x", "y")):
        return _by_letter(svg, node, font_size)
    style = Style(INITIAL_VALUES)
    style.font_config = svg.font_config
    weight = {"normal": "400", "bold": "700"}.get(node.get("font-weight"),
                                                  str(node.get("font-weight", 400)))
    style.update(font_size=font_size, font_style=node.get("font-style", "normal"),
                 font_weight=int(weight) if weight.isdigit() else 400,
                 font_family=[family.strip("\"' ") for family in
                              node.get("font-family", "sans-serif").split(",")])
    layout, _, _, width, height, baseline = split_first_line(node.text, style, svg.context,
                                                             float("inf"), 0)
    position = []
    for axis, name, extent in ((0, "x", svg.inner_width), (1, "y", svg.inner_height)):
        if name in node.attrib:
            svg.cursor_d_position[axis] = 0
            position.append(size(node.attrib[name], font_size, extent))
        else:
            position.append(svg.cursor_position[axis])
    svg.cursor_position = position[0] + width, position[1]
    x, y = position[0] + svg.cursor_d_position[0], position[1] + svg.cursor_d_position[1]
    node.text_bounding_box = extend_bounding_box(  # the renderer aligns the run by it
        node.text_bounding_box, ((x, y - baseline), (x + width, y - baseline + height)))
    svg.stream.push_state()
    fill, stroke = svg.set_graphical_state(node, font_size)
    svg.stream.begin_text()
    layout.reactivate(style)
    svg.fill_stroke(fill, stroke, text=True)
    box = TextBox(layout, style)
    box.baseline = baseline
    emojis = draw_first_line(svg.stream, box, "none", "none", Matrix(a=1, d=-1, e=x, f=y))
    svg.stream.end_text()
    svg.stream.pop_state()
    draw_emojis(svg.stream, style, x, y, emojis)


def draw_svg_text_in_runs() -> None:
    """Make WeasyPrint draw one-position SVG text as runs (:func:`_svg_text_run`)."""
    global _by_letter
    import weasyprint.svg as svg_module

    if _by_letter is None:
        _by_letter = svg_module.text
        svg_module.text = _svg_text_run  # the renderer tells text nodes by this drawer
        svg_module.TAGS.update({tag: _svg_text_run for tag, drawer in svg_module.TAGS.items()
                                if drawer is _by_letter})


_SVG_URI = re.compile(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)")


def printed_text(html: str) -> str:
    """Every character the PDF may print: the HTML's text and the text of its SVG charts."""
    charts = (base64.b64decode(data).decode("utf-8", "replace") for data in _SVG_URI.findall(html))
    return html_lib.unescape("\n".join([html, *charts]))


def layout(html: str, base_dir: Path | None = None, extra_folders: list[Path] = ()):
    """The report HTML laid out in A4 pages (a WeasyPrint ``Document``) with its fonts."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    base_dir = Path(base_dir or paths.project_root())
    with tempfile.TemporaryDirectory(prefix="jt-fonts-") as font_dir:
        fetcher = SafeFetcher([paths.project_root(), base_dir, *extra_folders, font_dir])
        font_config = FontConfiguration()
        faces = weasyprint.CSS(string=fonts.font_face_css(printed_text(html), font_dir),
                               font_config=font_config, url_fetcher=fetcher)
        document = weasyprint.HTML(string=html, base_url=str(base_dir), url_fetcher=fetcher,
                                   media_type="print")
        return document.render(stylesheets=[faces], font_config=font_config)


def html_to_pdf(html: str, base_dir: Path | None = None,
                extra_folders: list[Path] = ()) -> bytes:
    """Render report HTML to PDF bytes (A4, cover, TOC page numbers, running header)."""
    use_harfbuzz_subset()
    draw_svg_text_in_runs()
    return layout(html, base_dir, extra_folders).write_pdf()
