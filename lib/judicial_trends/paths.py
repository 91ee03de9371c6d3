"""Every path the project uses, in one place.

The project root is found from the installed package (editable install from ``lib/``) or
overridden with the ``JUDICIAL_TRENDS_ROOT`` environment variable (used by tests that build
from a fixture tree).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "render" / "templates"


def project_root() -> Path:
    """The checkout root: the folder holding ``data/`` and ``notebooks/``."""
    env = os.environ.get("JUDICIAL_TRENDS_ROOT")
    return Path(env).resolve() if env else PACKAGE_DIR.parent.parent


def data_dir() -> Path:
    return project_root() / "data"


def sources_dir() -> Path:
    return data_dir() / "sources"


def clean_dir() -> Path:
    return data_dir() / "clean"


def notebooks_dir() -> Path:
    return project_root() / "notebooks"


def outputs_dir() -> Path:
    return project_root() / "outputs"
