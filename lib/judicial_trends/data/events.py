"""Dated milestones (data/events.yaml) shown as annotations on charts and in annual reports."""

from __future__ import annotations

from pathlib import Path

import yaml

from . import codebook
from .. import paths
from .codebook import SafeLoader
from .sources import QUOTE_MAX, DataError

FIELDS = ("date", "region", "organ", "zh", "en", "source", "quote")


def load(path: Path | None = None) -> list[dict]:
    """The events, oldest first; a missing file means no events. Raises DataError naming the
    file, event and field when an event is incomplete or names an unknown region."""
    path = Path(path or paths.data_dir() / "events.yaml")
    if not path.exists():
        return []
    items = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or []
    regions = codebook.load(path.parent).regions
    for number, event in enumerate(items, start=1):
        for field in FIELDS:
            if not event.get(field):
                raise DataError(path, f"event {number}: missing", field_name=field,
                                value=event.get(field))
        if len(str(event["quote"])) > QUOTE_MAX:
            raise DataError(path, f"event {number}: quote longer than {QUOTE_MAX} characters",
                            field_name="quote", value=event["quote"])
        if not (path.parent / "sources" / f"{event['source']}.yaml").exists():
            raise DataError(path, f"event {number}: no such source in data/sources",
                            field_name="source", value=event["source"])
        if event["region"] not in regions:
            raise DataError(path, f"event {number}: unknown region", field_name="region",
                            value=event["region"])
        event["date"] = str(event["date"])
    return sorted(items, key=lambda e: e["date"])


def in_region(items: list[dict], region: str) -> list[dict]:
    """Events of ``region``, its sub-regions (XZ → XZ-LS) and the whole country."""
    return [e for e in items if e["region"] == "CN" or e["region"] == region
            or e["region"].startswith(region + "-")]
