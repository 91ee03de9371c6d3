"""Read ``data/sources/*.yaml`` into figures, checking each figure on its own.

Every problem becomes a :class:`DataError` naming the file, the figure, the field and the
value, so an analyst can fix the YAML without reading code.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .codebook import Codebook, SafeLoader
from .numbers import DOWN, UP, NumberFormatError, parse

KINDS = ("work_report", "infographic", "news", "communique", "yearbook", "press_conference",
         "translation", "repost", "white_paper", "data_release")
RELIABILITY = ("primary", "secondary")
LANGUAGES = ("zh", "en", "zh-Hant")
QUOTE_MAX = 40
REVIEWED = "done"  # ``review: pending`` (drafts) must become this, or go
SOURCE_FIELDS = ("title", "publisher", "published", "url", "accessed", "language", "kind",
                 "reliability", "seed", "notes")


class DataError(ValueError):
    """One problem in a source file, located by file, figure number and field."""

    def __init__(self, path: Path | str, message: str, figure: int | None = None,
                 field_name: str | None = None, value: object = None):
        self.path, self.figure, self.field, self.value = str(path), figure, field_name, value
        where = self.path + (f": figure {figure}" if figure is not None else "")
        what = f" field '{field_name}' = {value!r}:" if field_name else ""
        super().__init__(f"{where}:{what} {message}")


class DataBuildError(ValueError):
    """All the problems found in one build, listed together."""

    def __init__(self, errors: list[DataError]):
        self.errors = errors
        lines = "\n".join(f"  - {e}" for e in errors)
        super().__init__(f"{len(errors)} problem(s) in data/:\n{lines}")


@dataclass
class Figure:
    """One figure of one source, read and typed."""

    region: str
    indicator: str
    period_start: dt.date
    period_end: dt.date
    value: float
    unit: str
    qualifier: str
    resolution: float
    source_id: str
    quote: str
    printed: str
    path: str
    number: int
    note: str = ""
    explicit_preference: bool = False
    known_exception: str = ""
    derivation: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        """The calendar year when the period is exactly one calendar year."""
        if (self.period_start.year == self.period_end.year and self.period_start.month == 1
                and self.period_start.day == 1 and self.period_end.month == 12
                and self.period_end.day == 31):
            return self.period_start.year
        return None

    @property
    def label(self) -> str:
        return f"{self.source_id} #{self.number} ({self.indicator}, {self.region}, {self.printed!r})"


def parse_period(text: object) -> tuple[dt.date, dt.date]:
    """``2024`` → the calendar year; ``START..END`` with YYYY, YYYY-MM or YYYY-MM-DD ends."""
    raw = str(text).strip()
    start, _, end = raw.partition("..")
    end = end or start
    first, last = _date_bound(start, first=True), _date_bound(end, first=False)
    if first > last:
        raise ValueError(f"period starts after it ends: {raw!r}")
    return first, last


def _date_bound(text: str, first: bool) -> dt.date:
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 1, 1) if first else dt.date(int(text), 12, 31)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = map(int, text.split("-"))
        day = 1 if first else calendar.monthrange(year, month)[1]
        return dt.date(year, month, day)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    raise ValueError(f"not a year, month or date: {text!r}")


def read_source(path: Path, codebook: Codebook) -> tuple[dict, list[Figure], list[DataError]]:
    """Metadata and figures of one source file, with the problems found in them."""
    errors: list[DataError] = []
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except yaml.YAMLError as exc:
        return {}, [], [DataError(path, f"not valid YAML: {exc}")]
    if not isinstance(doc, dict):
        return {}, [], [DataError(path, "expected a mapping with source metadata and figures")]
    meta = {"source_id": path.stem, **{k: doc.get(k) for k in SOURCE_FIELDS}}
    errors += _check_metadata(path, meta)
    figures = []
    for number, entry in enumerate(doc.get("figures") or [], start=1):
        figure, problems = _read_figure(path, number, entry, codebook)
        errors += problems
        if figure is not None:
            figures.append(figure)
    return meta, figures, errors


def _check_metadata(path: Path, meta: dict) -> list[DataError]:
    errors = []
    for name in ("title", "publisher"):
        if not str(meta.get(name) or "").strip():
            errors.append(DataError(path, "every source needs a title and a publisher",
                                    field_name=name, value=meta.get(name)))
    for name, allowed in (("kind", KINDS), ("reliability", RELIABILITY), ("language", LANGUAGES)):
        if meta.get(name) not in allowed:
            errors.append(DataError(path, f"must be one of {', '.join(allowed)}",
                                    field_name=name, value=meta.get(name)))
    published = meta.get("published")
    try:
        if published is not None:  # null: the copy carries no date (an undated repost)
            parse_period(published)
    except ValueError:
        errors.append(DataError(path, "must be a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                                field_name="published", value=published))
    meta["published"] = str(published) if published is not None else ""
    return errors


def _read_figure(path: Path, number: int, entry: object,
                 codebook: Codebook) -> tuple[Figure | None, list[DataError]]:
    def error(message: str, name: str | None = None) -> DataError:
        value = entry.get(name) if (name and isinstance(entry, dict)) else None
        return DataError(path, message, figure=number, field_name=name, value=value)

    if not isinstance(entry, dict):
        return None, [error("a figure must be a mapping")]
    errors = []
    indicator, region = entry.get("indicator"), entry.get("region")
    if entry.get("review", REVIEWED) != REVIEWED:
        errors.append(error("still marked for review (a draft of `data extract`): check the "
                            "figure against the document, then delete the review line", "review"))
    if indicator is None:
        errors.append(error("no indicator chosen: pick an id from data/indicators.yaml",
                            "indicator"))
    elif indicator not in codebook.indicators:
        errors.append(error("unknown indicator (not in data/indicators.yaml)", "indicator"))
    if region not in codebook.regions:
        errors.append(error("unknown region (not in data/regions.yaml)", "region"))
    try:
        start, end = parse_period(entry.get("period"))
    except ValueError as exc:
        errors.append(error(str(exc), "period"))
    printed = str(entry.get("printed") or "")
    try:
        parsed = parse(printed)
    except NumberFormatError as exc:
        errors.append(error(str(exc), "printed"))
        parsed = None
    quote = str(entry.get("quote") or "").strip()
    if not quote:
        errors.append(error("every figure needs a quote from its source", "quote"))
    elif len(quote) > QUOTE_MAX:
        errors.append(error(f"quote is {len(quote)} characters; at most {QUOTE_MAX}", "quote"))
    if entry.get("preferred") and not str(entry.get("preferred_reason") or "").strip():
        errors.append(error("a preferred figure needs a preferred_reason", "preferred"))
    if errors:
        return None, errors

    unit = codebook.unit(indicator)
    if parsed.unit is not None and parsed.unit != unit:
        errors.append(error(f"unit '{parsed.unit}' does not match the codebook unit '{unit}' "
                            f"of {indicator}", "printed"))
    change = codebook.is_change(indicator)
    if parsed.value < 0 and not change:
        errors.append(error(f"negative value {parsed.value:g} for a count", "printed"))
    if unit == "percent" and not change and not 0 <= parsed.value <= 100:
        errors.append(error(f"percentage {parsed.value:g} outside 0–100", "printed"))
    if unit == "percent" and change and parsed.value <= -100:
        errors.append(error(f"a change of {parsed.value:g}% is impossible", "printed"))
    if change and parsed.value > 0 and _listed_after_a_fall(printed, quote):
        errors.append(error("a change listed after a fall (分别下降18.1%、10.9%) reads as a rise: "
                            "print it with the verb it shares (下降10.9%)", "printed"))
    if errors:
        return None, errors
    return Figure(region=region, indicator=indicator, period_start=start, period_end=end,
                  value=parsed.value, unit=unit, qualifier=parsed.qualifier,
                  resolution=parsed.resolution, source_id=path.stem, quote=quote,
                  printed=printed, path=str(path), number=number,
                  note=str(entry.get("note") or "").strip(),
                  explicit_preference=bool(entry.get("preferred")),
                  known_exception=str(entry.get("known_exception") or "").strip(),
                  extra={"preferred_reason": str(entry.get("preferred_reason") or "").strip()}
                  ), []


_VERBS = re.compile("|".join(re.escape(w) for w in sorted(UP + DOWN, key=len, reverse=True)),
                    re.IGNORECASE)


def _listed_after_a_fall(printed: str, quote: str) -> bool:
    """Whether a change printed without its verb follows a fall in its quote, the last verb
    before it there being one of DOWN (分别下降18.1%、10.9% printed 10.9%)."""
    if _VERBS.search(printed):
        return False
    at = quote.find(printed.strip())
    verbs = _VERBS.findall(quote, 0, at) if at > 0 else []
    return bool(verbs) and verbs[-1].lower() in DOWN


def read_all(sources_dir: Path, codebook: Codebook) -> tuple[list[dict], list[Figure]]:
    """Every source file in ``sources_dir``; raises :class:`DataBuildError` listing all problems."""
    sources, figures, errors = [], [], []
    for path in sorted(sources_dir.glob("*.yaml")):
        meta, figs, problems = read_source(path, codebook)
        sources.append(meta)
        figures += figs
        errors += problems
    if errors:
        raise DataBuildError(errors)
    return sources, figures
