"""A report's text → a draft source file (``python -m judicial_trends data extract``).

reading (txt, HTML, PDF, stdin → text) · view (a normalised view that maps back to the text,
so quotes stay verbatim) · figures (every printed figure and stated change) · quotes ·
periods · regions · indicators (codebook suggestions) · draft (assembles them) · writing (the
YAML in the data/sources format, into data/drafts/).
"""

from .draft import Draft, extract
from .writing import render, write

__all__ = ["Draft", "extract", "render", "write"]
