"""Charts: theme and CJK font, colours, and the standard charts of the reports.

``setup()`` registers the report's CJK font with matplotlib and sets a seaborn theme, so
labels never turn into tofu boxes. Colours are colour-blind safe (Okabe–Ito), fixed per organ
and per region. Exact values, lower bounds and implied values look different; gaps between
years are never bridged by a line.
"""

from __future__ import annotations

import matplotlib

from . import fonts

ORGAN_COLOURS = {"court": "#0072B2", "procuratorate": "#D55E00", "justice": "#009E73",
                 "public_security": "#CC79A7", "statistics": "#E69F00"}
REGION_COLOURS = {"XZ": "#0072B2", "XZ-LS": "#009E73", "XJ": "#E69F00", "XJ-BT": "#56B4E9",
                  "CN": "#555555"}
EXTRA_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#555555"]
_family: str | None = None


def setup() -> str:
    """Register the CJK font, set the theme; returns the font family (idempotent)."""
    global _family
    import seaborn as sns

    if _family is None:
        _family = fonts.register_matplotlib()
    sns.set_theme(style="whitegrid", context="notebook", font=_family, rc={
        "font.sans-serif": [_family, "DejaVu Sans"],
        "axes.unicode_minus": False,
        "figure.dpi": 110,
        "savefig.dpi": 200,
        "svg.fonttype": "path",
        "svg.hashsalt": "judicial-trends",
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "grid.color": "#e3e7ec",
    })
    matplotlib.rcParams["font.family"] = "sans-serif"
    return _family
