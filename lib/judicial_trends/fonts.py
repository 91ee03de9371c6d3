"""The CJK fonts of the reports: found once, shared by matplotlib and the PDF.

Noto Sans / Serif CJK SC come from the system when fontconfig knows them, otherwise from the
files shipped in the PyPI package ``mplfonts``. For the PDF, each font is converted once to a
TrueType subset holding the characters of GB 2312 plus Latin and punctuation (kept in the user
cache folder): WeasyPrint subsets TrueType outlines in a fraction of the time it needs for
the 65,000-glyph CFF originals. The full font stays behind it as a fallback for rare
characters, so nothing turns into tofu.
"""

from __future__ import annotations

import fcntl
import hashlib
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from . import paths

FAMILIES = {"sans": ("Noto Sans CJK SC", "NotoSansCJKsc-Regular.otf"),
            "serif": ("Noto Serif CJK SC", "NotoSerifCJKsc-Regular.otf")}
CACHE_VERSION = "1"


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


def _common_text() -> str:
    """Printable ASCII, Latin-1, general and CJK punctuation, full-width forms, GB 2312."""
    ranges = [(0x20, 0x7F), (0xA0, 0x100), (0x2000, 0x2070), (0x2100, 0x2200), (0x2460, 0x2500),
              (0x3000, 0x3040), (0xFF00, 0xFFF0)]
    chars = {chr(c) for lo, hi in ranges for c in range(lo, hi)}
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(sorted(chars))


def _to_truetype(source: Path, target: Path) -> None:
    """Subset ``source`` to the common characters and convert CFF outlines to TrueType."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.recalc_bounds = True
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=_common_text())
    subsetter.subset(font)
    if "CFF " in font:
        order = font.getGlyphOrder()
        glyphs = font.getGlyphSet()
        glyf = newTable("glyf")
        glyf.glyphOrder, glyf.glyphs = order, {}
        for name in order:
            pen = TTGlyphPen(glyphs)
            glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
            glyf[name] = pen.glyph()
        font["glyf"], font["loca"] = glyf, newTable("loca")
        maxp = font["maxp"] = newTable("maxp")
        maxp.tableVersion = 0x00010000
        for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                      "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                      "maxComponentElements"):
            setattr(maxp, field, 1 if field == "maxZones" else 0)
        font["head"].glyphDataFormat = 0
        post = font["post"]
        post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
        for table in ("CFF ", "VORG"):
            if table in font:
                del font[table]
        font.sfntVersion = "\x00\x01\x00\x00"
    tmp = target.with_suffix(".tmp")
    font.save(str(tmp))
    tmp.replace(target)


def print_font(kind: str = "sans", cache_dir: Path | None = None) -> Path:
    """The cached TrueType subset of the ``kind`` font, built on first use (process-safe)."""
    source = font_file(kind)
    cache_dir = Path(cache_dir or paths.cache_dir() / "fonts")
    cache_dir.mkdir(parents=True, exist_ok=True)
    tag = hashlib.sha256(f"{source}|{source.stat().st_size}|{CACHE_VERSION}".encode()).hexdigest()
    target = cache_dir / f"{source.stem}-common-{tag[:10]}.ttf"
    if target.exists():
        return target
    with open(cache_dir / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # parallel workers wait for the first to build it
        if not target.exists():
            _to_truetype(source, target)
    return target


def font_face_css(kinds: tuple[str, ...] = ("sans", "serif")) -> str:
    """``@font-face`` rules: family ``JT <Kind>`` is the fast subset, then the full font."""
    rules = []
    for kind in kinds:
        name = kind.capitalize()
        rules.append(f'@font-face {{ font-family: "JT {name}"; '
                     f'src: url("{print_font(kind).as_uri()}"); }}')
        rules.append(f'@font-face {{ font-family: "JT {name} Full"; '
                     f'src: url("{font_file(kind).as_uri()}"); }}')
    return "\n".join(rules)


def allowed_files() -> list[Path]:
    """Font files the PDF renderer may read."""
    return [font_file(k) for k in FAMILIES] + [print_font(k) for k in FAMILIES]


def register_matplotlib() -> str:
    """Register the sans CJK font with matplotlib; returns its family name."""
    from matplotlib import font_manager

    path = font_file("sans")
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()
