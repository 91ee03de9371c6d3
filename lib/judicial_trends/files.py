"""Output file names and atomic writes, shared by the dataset build and the renderers."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path


def slug(value: object) -> str:
    """A parameter value as a file-name part: ``['XZ', 'CN']`` → ``XZ-CN``."""
    text = "-".join(value) if isinstance(value, (list, tuple)) else str(value)
    return re.sub(r"[^A-Za-z0-9.-]+", "-", text).strip("-") or "x"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(out_dir: Path, files: dict[str, bytes]) -> None:
    """Write every file to a temp file beside it, then rename them into place (with the
    permissions an ordinary write would give, not the temp file's owner-only ones)."""
    mode = 0o666 & ~_umask()
    out_dir.mkdir(parents=True, exist_ok=True)
    staged = []
    try:
        for name, content in files.items():
            fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
            staged.append((tmp, out_dir / name))
            with os.fdopen(fd, "wb") as fh:
                os.fchmod(fh.fileno(), mode)
                fh.write(content)
    except BaseException:
        for tmp, _ in staged:
            os.unlink(tmp)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)
