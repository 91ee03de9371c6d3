"""A report's text → a draft source file (``python -m judicial_trends data extract``).

reading (txt, HTML, PDF, stdin → text) · view (a normalised view that maps back to the text,
so quotes stay verbatim) · figures (every printed figure and stated change) · periods ·
regions · indicators (codebook suggestions) · draft (the YAML in the data/sources format).
"""

from .draft import Draft, extract, write

__all__ = ["Draft", "extract", "write"]
