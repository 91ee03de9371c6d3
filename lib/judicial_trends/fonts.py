"""The CJK fonts of the reports: found once, shared by matplotlib and the PDF.

Noto Sans / Serif CJK SC come from the system when fontconfig knows them, otherwise from the
files shipped in the PyPI package ``mplfonts``. For a PDF, HarfBuzz cuts each 65,000-glyph font
down to the characters of that one document (simplified, traditional, Latin, symbols) in a few
milliseconds, so WeasyPrint loads and embeds a font of a few hundred glyphs, with no font
conversion, no cache and no fallback font. The cut font's glyphs are then renumbered as CIDs
0, 1, 2…, the numbers a PDF shows them by (:func:`number_cids_as_glyphs`).
"""

from __future__ import annotations

import io
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

FAMILIES = {"sans": ("Noto Sans CJK SC", "NotoSansCJKsc-Regular.otf"),
            "serif": ("Noto Serif CJK SC", "NotoSerifCJKsc-Regular.otf")}


def _system_font(family: str) -> Path | None:
    if not shutil.which("fc-match"):
        return None
    out = subprocess.run(["fc-match", "-f", "%{family}\t%{file}", f"{family}:lang=zh-cn"],
                         capture_output=True, text=True, check=False).stdout
    name, _, file = out.partition("\t")
    return Path(file) if family in name and file and Path(file).exists() else None


@lru_cache(maxsize=None)
def font_file(kind: str = "sans") -> Path:
    """The OpenType file of the ``sans`` or ``serif`` CJK font."""
    family, filename = FAMILIES[kind]
    system = _system_font(family)
    if system is not None:
        return system
    import mplfonts

    bundled = Path(mplfonts.__file__).parent / "fonts" / filename
    if not bundled.exists():
        raise FileNotFoundError(f"no {family} font: neither installed nor in mplfonts ({bundled})")
    return bundled


# Characters WeasyPrint may print that need not appear in the HTML: list markers, ellipsis.
GENERATED = "".join(map(chr, range(0x20, 0x7F))) + "•◦▪…–—"


def subset_font(kind: str, text: str, target: Path) -> Path:
    """Write to ``target`` the ``kind`` font cut down to the characters of ``text`` (HarfBuzz)."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(font_file(kind))))
    wanted = hb.SubsetInput()
    wanted.unicode_set.update(ord(c) for c in set(text + GENERATED))
    wanted.flags = hb.SubsetFlags.NO_HINTING | hb.SubsetFlags.NO_LAYOUT_CLOSURE
    target.write_bytes(number_cids_as_glyphs(hb.subset(face, wanted).blob.data))
    return target


def number_cids_as_glyphs(font: bytes) -> bytes:
    """The CID-keyed OpenType ``font`` with CID n for glyph n (a one-range CFF charset).

    WeasyPrint shows each glyph by its glyph id, as the CID of a ``CIDFontType0`` font, and a
    reader finds a CID's glyph through the font's charset (PDF 32000 9.7.4.2). HarfBuzz keeps
    each glyph's CID from the full font (刑 is CID 11978 at glyph 170), so MuPDF drew no glyph
    for most characters (pdf.js and Acrobat are reported to fail alike) while Poppler and
    PDFium, which take the glyph id, drew them all. The charset is rewritten in place: offsets
    and outlines stay as they are."""
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables.DefaultTable import DefaultTable

    parsed = TTFont(io.BytesIO(font), lazy=True, recalcBBoxes=False, recalcTimestamp=False)
    top = parsed["CFF "].cff.topDictIndex[0] if "CFF " in parsed else None
    if top is None or "ROS" not in top.rawDict:
        return font
    table = bytearray(parsed.reader["CFF "])
    start, count = top.rawDict["charset"], len(top.CharStrings)
    # one range: CIDs 1 … count - 1 for glyphs 1 … count - 1 (glyph 0 is .notdef), in format 1
    # (1-byte count) or 2; the charset it replaces is never shorter
    size = 1 if count - 2 < 256 else 2
    table[start:start + 3 + size] = bytes([size, 0, 1]) + (count - 2).to_bytes(size, "big")
    patched = DefaultTable("CFF ")
    patched.data = bytes(table)
    parsed["CFF "] = patched
    out = io.BytesIO()
    parsed.save(out)
    return out.getvalue()


def font_face_css(text: str, folder: Path) -> str:
    """``@font-face`` rules for the families ``JT Sans`` and ``JT Serif``, each a subset (in
    ``folder``) holding every character of ``text`` that the CJK font has. The sans subset also
    answers to the font's own family name, the one chart SVGs ask for (``chart_family``)."""
    rules = []
    for kind in FAMILIES:
        src = subset_font(kind, text, Path(folder) / f"{kind}.otf").as_uri()
        names = [f"JT {kind.capitalize()}"] + ([chart_family()] if kind == "sans" else [])
        rules += [f'@font-face {{ font-family: "{name}"; src: url("{src}"); }}' for name in names]
    return "\n".join(rules)


@lru_cache(maxsize=None)
def chart_family() -> str:
    """The family name of the sans CJK font, as matplotlib and the chart SVGs name it (the
    typographic family, as FreeType reads it), without importing matplotlib."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(font_file("sans"))))
    return (face.get_name(hb.OTNameIdPredefined.TYPOGRAPHIC_FAMILY)
            or face.get_name(hb.OTNameIdPredefined.FONT_FAMILY))


def register_matplotlib() -> str:
    """Register the sans CJK font with matplotlib; returns its family name."""
    from matplotlib import font_manager

    path = font_file("sans")
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()
