"""HTML report → PDF with WeasyPrint: the report's print CSS, embedded CJK fonts, no network.

The ``@font-face`` fonts only take effect when the same ``FontConfiguration`` is given to the
stylesheet and to the renderer, so both are built here together.
"""

from __future__ import annotations

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


def html_to_pdf(html: str, base_dir: Path | None = None,
                extra_folders: list[Path] = ()) -> bytes:
    """Render report HTML to PDF bytes (A4, cover, TOC page numbers, running header)."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    base_dir = Path(base_dir or paths.project_root())
    fetcher = SafeFetcher([paths.project_root(), base_dir, *extra_folders],
                          fonts.allowed_files())
    font_config = FontConfiguration()
    faces = weasyprint.CSS(string=fonts.font_face_css(), font_config=font_config,
                           url_fetcher=fetcher)
    document = weasyprint.HTML(string=html, base_url=str(base_dir), url_fetcher=fetcher,
                               media_type="print")
    return document.write_pdf(stylesheets=[faces], font_config=font_config)
