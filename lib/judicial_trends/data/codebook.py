"""Indicator and region metadata (data/indicators.yaml, data/regions.yaml), labels in zh and en."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .. import paths


class SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # the C loader is ~10× faster
    """The safe loader, refusing a key written twice in one mapping (YAML would keep the last
    silently: a codebook entry or a source's ``figures:`` written twice loses the first)."""

    def construct_mapping(self, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    f"in the mapping starting on line {node.start_mark.line + 1}", node.start_mark,
                    f"key {key!r} is written twice (lines {seen[key] + 1} and "
                    f"{key_node.start_mark.line + 1})", key_node.start_mark)
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep)


ORGANS = ("court", "procuratorate", "justice", "public_security", "statistics")
LANGS = ("zh", "en")


@dataclass(frozen=True)
class Codebook:
    """The codebook: ``indicators`` and ``regions`` keyed by id, as in the YAML files."""

    indicators: dict[str, dict]
    regions: dict[str, dict]

    def indicator(self, indicator_id: str) -> dict:
        return self.indicators[indicator_id]

    def label(self, indicator_id: str, lang: str = "zh") -> str:
        """The indicator's name in ``lang``."""
        return self.indicators[indicator_id][lang]

    def names(self, indicator_id: str) -> list[str]:
        """Every name of the indicator: zh, en and the ``aliases`` reports print."""
        entry = self.indicators[indicator_id]
        return [entry["zh"], entry["en"], *(entry.get("aliases") or [])]

    def region_name(self, code: str, lang: str = "zh") -> str:
        return self.regions[code][lang]

    def unit(self, indicator_id: str) -> str:
        return self.indicators[indicator_id]["unit"]

    def base_of(self, indicator_id: str) -> str | None:
        """For a ``….yoy_pct`` indicator, the indicator whose change it states."""
        return self.indicators[indicator_id].get("base")

    def is_change(self, indicator_id: str) -> bool:
        """A percentage change (may be negative or above 100) rather than a rate."""
        return bool(self.indicators[indicator_id].get("base")) or "change" in indicator_id

    def yoy_of(self, base_id: str) -> str | None:
        """The stated year-on-year change indicator of ``base_id``, if the codebook has one."""
        candidate = f"{base_id}.yoy_pct"
        return candidate if candidate in self.indicators else None


REQUIRED = ("zh", "en", "organ", "topic", "unit", "definition_zh", "definition_en")


def problems(book: Codebook, units: tuple[str, ...]) -> list[str]:
    """Every incomplete or inconsistent codebook entry, described."""
    found, seen = [], {}
    for key, entry in book.indicators.items():
        where = f"data/indicators.yaml: {key}"
        found += [f"{where}: missing {field}" for field in REQUIRED if not entry.get(field)]
        if entry.get("organ") not in ORGANS:
            found.append(f"{where}: organ {entry.get('organ')!r} not one of {', '.join(ORGANS)}")
        if entry.get("unit") not in units:
            found.append(f"{where}: unit {entry.get('unit')!r} not one of {', '.join(units)}")
        for link in ("base", "part_of"):
            if entry.get(link) and entry[link] not in book.indicators:
                found.append(f"{where}: {link} {entry[link]!r} is not an indicator")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip()
                                                    for a in aliases):
            found.append(f"{where}: aliases {aliases!r} must be a list of names")
        else:
            for alias in aliases:
                owner = seen.setdefault((alias, entry.get("unit")), key)
                if owner != key:
                    found.append(f"{where}: alias {alias!r} also names {owner} (same unit)")
    return found


def read_yaml_mapping(path: Path) -> dict:
    """A YAML file that must hold a mapping; the error names the file otherwise."""
    with open(path, encoding="utf-8") as fh:
        try:
            data = yaml.load(fh, Loader=SafeLoader)
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=4)
def _load(data_dir: str) -> Codebook:
    root = Path(data_dir)
    return Codebook(indicators=read_yaml_mapping(root / "indicators.yaml"),
                    regions=read_yaml_mapping(root / "regions.yaml"))


def load(data_dir: Path | None = None) -> Codebook:
    """The codebook of ``data_dir`` (default: the project's data/)."""
    return _load(str(data_dir or paths.data_dir()))
