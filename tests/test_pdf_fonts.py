"""Every character of a PDF is printed in an embedded CJK font: traditional characters from
the titles of mirror-site sources, symbols and English included, in the text and inside the
charts; nothing dropped, no tofu."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

import judicial_trends as jt
from judicial_trends import fonts
from test_render import embedded_cmaps, embedded_program
from judicial_trends.render.pipeline import render

REPORT = Path(__file__).parent / "fixtures" / "notebooks" / "traditional_and_symbols.ipynb"
TRADITIONAL = "國報網會來區發統經計濟"
SYMBOLS = "≥≤×·"
CHART_FONT = fonts.chart_family().replace(" ", "-")  # as a PDF names the charts' font


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    out = tmp_path_factory.mktemp("fonts")
    return PdfReader(render(REPORT, {"lang": "en"}, out, formats=("pdf",), name="r").outputs["pdf"])


def flat_text(reader: PdfReader) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def pdf_fonts(reader: PdfReader) -> list[dict]:
    """The descendant (glyph-carrying) font dictionaries used on any page."""
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found += [d.get_object() for d in font.get("/DescendantFonts", [font])]
    return found


def test_traditional_titles_symbols_and_english_are_in_the_text_layer(pdf):
    text = flat_text(pdf)
    sources = jt.sources()
    mirrors = sources[sources["title"].str.contains(f"[{TRADITIONAL}]")]
    assert len(mirrors) >= 5
    for title in mirrors["title"]:
        assert re.sub(r"\s+", "", title) in text, title
    assert set(TRADITIONAL) <= set(text)
    assert set(SYMBOLS) <= set(text)
    assert "Lowerboundsprintas≥andupperboundsas≤" in text
    assert "Chart:網站來源統計≥≤×·" in text  # a chart's title, printed as text


def test_every_font_is_an_embedded_cjk_font_and_no_glyph_is_missing(pdf):
    fonts = pdf_fonts(pdf)
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), \
            f"font {font['/BaseFont']} is not embedded"
        name = str(font["/BaseFont"])
        assert "JT" in name or CHART_FONT in name, f"fallback font {name} used"
    _, covered = embedded_cmaps(pdf)
    missing = {c for c in flat_text(pdf) if ord(c) not in covered}
    assert not missing, f"characters without a glyph in the embedded fonts: {missing}"


def shown_glyphs(font: dict) -> list[tuple[str, str, str]]:
    """(character, glyph a PDF reader draws for it, glyph the font program maps it to) for each
    single character of the font's ``ToUnicode``: the reader takes the shown CID to a glyph
    through the CFF charset (``CIDFontType0``) or the ``CIDToGIDMap`` (``CIDFontType2``)."""
    _, program = embedded_program(font["/DescendantFonts"][0])
    cff = "CFF " in program and "ROS" in program["CFF "].cff.topDictIndex[0].rawDict
    order, cmap = program.getGlyphOrder(), program.getBestCmap()
    unicode_map = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    shown = []
    for cid, text in re.findall(r"<([0-9a-f]{4})>\s*<([0-9a-f]{4})>", unicode_map, re.I):
        cid, char = int(cid, 16), chr(int(text, 16))
        if ord(char) in cmap:
            drawn = (f"cid{cid:05d}" if cid else ".notdef") if cff else order[cid]
            shown.append((char, drawn, cmap[ord(char)]))
    return shown


def test_every_reader_draws_each_character_with_its_own_glyph(pdf):
    """Poppler and PDFium draw a CID font's glyphs by glyph id; MuPDF, pdf.js and Acrobat by
    the CID as the font program numbers it. Both must find the glyph of the character."""
    seen, wrong = set(), []
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            for char, drawn, own in shown_glyphs(font.get_object()):
                seen.add(char)
                if drawn != own:
                    wrong.append(f"{char}: {drawn} instead of {own}")
    assert set(TRADITIONAL) | set(SYMBOLS) | set("西藏Lower") <= seen
    assert not wrong, f"{len(wrong)} characters draw another glyph or none, e.g. {wrong[:5]}"
