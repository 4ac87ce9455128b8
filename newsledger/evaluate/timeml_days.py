"""TimeML events with a gold day (T36): the gold reader of ``tbaq-event-dates``.

A gold EVENT (eid -> eiid through MAKEINSTANCE) gets a day when a TLINK ties it to a TIMEX3 of
type DATE inside ``<TEXT>`` whose value starts with a full day (YYYY-MM-DD): relType
IS_INCLUDED, DURING or SIMULTANEOUS from the event, INCLUDES or SIMULTANEOUS from the time. Links
to the creation time (``t0`` in ``<DCT>``) are not gold. An event linked to two different days
is left out and counted. Built on :func:`newsledger.evaluate.timeml.strip_inline`, so offsets
index the same text as :func:`newsledger.evaluate.timeml.read_timeml`'s.

:class:`TextMap` carries gold offsets into the text :func:`newsledger.clean.clean` keeps (it
strips the leading blank lines and drops some datelines, "WASHINGTON _").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger.evaluate.timeml import ATTR, read_parts, tml_paths

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_LINK = re.compile(r"<(TLINK|MAKEINSTANCE)\b([^>]*)/?>")


#: TLINK relations that put an event inside (or at) the time it links to, read from the event's
#: side and from the time's side.
EVENT_SIDE = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS"})
TIME_SIDE = frozenset({"INCLUDES", "SIMULTANEOUS"})


@dataclass(frozen=True)
class GoldEvent:
    """One gold EVENT of the text with the day a TLINK to a dated TIMEX3 gives it."""

    start: int
    end: int
    text: str
    eid: str
    day: str  # YYYY-MM-DD


@dataclass(frozen=True)
class EventDateDoc:
    """One TimeML document: text, creation date, and its events with a gold day."""

    id: str
    text: str
    dct: dt.date
    events: tuple[GoldEvent, ...]
    conflicting: int = 0  # events linked to two different days, left out


def read_event_days(path: Path) -> EventDateDoc | None:
    """Read one TimeML file's events with a gold day; None without a creation time."""
    parts = read_parts(path)
    if parts is None:
        return None
    raw, dct, text, elements = parts
    days = {e.attr("tid"): m.group(1) for e in elements if e.name == "TIMEX3"
            and e.attr("type") == "DATE" and (m := _DAY.match(e.attr("value")))}
    spans = {e.attr("eid"): e for e in elements if e.name == "EVENT"}
    instance: dict[str, str] = {}
    links: list[dict[str, str]] = []
    for tag in _LINK.finditer(raw):
        attrs = dict(ATTR.findall(tag.group(2)))
        if tag.group(1) == "MAKEINSTANCE":
            instance[attrs.get("eiid", "")] = attrs.get("eventID", "")
        else:
            links.append(attrs)
    found: dict[str, set[str]] = {}
    for link in links:
        rel = link.get("relType", "")
        if rel in EVENT_SIDE and "eventInstanceID" in link and link.get("relatedToTime") in days:
            eid, day = instance.get(link["eventInstanceID"]), days[link["relatedToTime"]]
        elif rel in TIME_SIDE and link.get("timeID") in days and "relatedToEventInstance" in link:
            eid, day = instance.get(link["relatedToEventInstance"]), days[link["timeID"]]
        else:
            continue
        if eid in spans:
            found.setdefault(eid, set()).add(day)
    events = sorted(
        (GoldEvent(spans[eid].start, spans[eid].end, text[spans[eid].start:spans[eid].end],
                   eid, next(iter(ds)))
         for eid, ds in found.items() if len(ds) == 1),
        key=lambda g: g.start,
    )
    conflicting = sum(len(ds) > 1 for ds in found.values())
    return EventDateDoc(path.stem, text, dct, tuple(events),
                        conflicting)


def tbaq_paths(data_dir: Path) -> list[Path]:
    """Return the TBAQ TimeML files in sorted path order (the order the split counts in)."""
    return tml_paths(data_dir / "time" / "tbaq")


def tbaq_items(data_dir: Path) -> Iterator[tuple[EventDateDoc, int]]:
    """Yield every TBAQ document with a creation time and a dated gold event, and its index."""
    for index, path in enumerate(tbaq_paths(data_dir)):
        doc = read_event_days(path)
        if doc is not None and doc.events:  # nothing to score in the others: not extracted
            yield doc, index


@dataclass(frozen=True)
class TextMap:
    """Where the lines of a cleaned text sit in the original: (clean start, original start, len)."""

    pieces: tuple[tuple[int, int, int], ...]

    @classmethod
    def between(cls, original: str, cleaned: str) -> TextMap:
        """Align a cleaned text on its original line by line (cleaning drops or strips lines)."""
        pieces: list[tuple[int, int, int]] = []
        cursor = at = 0
        for line in cleaned.split("\n"):
            found = original.find(line, cursor) if line else -1
            if found >= 0:
                pieces.append((at, found, len(line)))
                cursor = found + len(line)
            at += len(line) + 1
        return cls(tuple(pieces))

    def to_cleaned(self, start: int, end: int) -> tuple[int, int] | None:
        """Return an original span's offsets in the cleaned text, None if cleaning dropped it."""
        for clean_at, orig_at, length in self.pieces:
            if orig_at <= start and end <= orig_at + length:
                return clean_at + start - orig_at, clean_at + end - orig_at
        return None
