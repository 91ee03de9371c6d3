"""The text of a report: a ``.txt`` file, an HTML page's body, a PDF's text layer, or stdin."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

HTML_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
             "iframe", "svg", "button", "select")
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


class InputError(ValueError):
    """An input that cannot be read as a report text; the message names the file."""


@dataclass(frozen=True)
class Document:
    """The text to extract from and, where the page has one, its title."""

    name: str
    text: str
    title: str | None = None


def read(name: str) -> Document:
    """Read ``name`` (a path, or ``-`` for standard input) by its suffix."""
    if name == "-":
        return Document("<stdin>", sys.stdin.read())
    path = Path(name)
    if not path.is_file():
        raise InputError(f"{name}: no such file")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name}: unknown kind of file {suffix!r}; "
                         f"expected one of {', '.join(SUFFIXES)} or - for standard input")
    if suffix == ".pdf":
        return _pdf(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return html(raw, name) if suffix in (".html", ".htm") else Document(name, raw)


def html(markup: str, name: str = "<html>") -> Document:
    """The visible text of a page's body (scripts, styles and navigation dropped), and its title."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    title_tag = soup.find("title") or soup.find("h1")
    title = " ".join(title_tag.get_text(" ").split()) if title_tag else None
    for tag in soup.find_all(HTML_DROP):
        tag.decompose()
    body = soup.body or soup
    text = body.get_text("\n")
    text = re.sub(r"[ \t\u3000]*\n[ \t\u3000\n]*", "\n\n", text).strip()
    return Document(name, text, title or None)


def _pdf(path: Path) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
        title = (reader.metadata or {}).get("/Title")
    except (PdfReadError, OSError) as exc:
        raise InputError(f"{path}: not a readable PDF ({exc})") from None
    if not text.strip():
        raise InputError(f"{path}: the PDF has no text layer (a scan?); OCR it first")
    return Document(str(path), text, str(title).strip() if title else None)
