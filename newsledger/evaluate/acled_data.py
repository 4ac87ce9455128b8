"""The ACLED notes `newsledger eval events` scores, read and extracted once (split from events).

``acled-notes-ua-ru-by.csv``: ACLED types mapped to PLOVER by ``data/acled2plover.tsv``; the
notes whose type maps are extracted once (:func:`acled_notes`) and shared by every ACLED row
(acled-notes, acled-countries, event-fields, event-dates).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from newsledger.errors import EvalDataError
from newsledger.events import CodedEvent
from newsledger.record import Record


@lru_cache(maxsize=1)
def acled_map() -> dict[tuple[str, str], str | None]:
    """Return the ACLED (event type, sub-event type) -> PLOVER type table."""
    text = resources.files("newsledger.data").joinpath("acled2plover.tsv").read_text("utf-8")
    table: dict[tuple[str, str], str | None] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            event_type, sub_type, plover, _mode = line.split("\t")
            table[(event_type, sub_type)] = None if plover == "-" else plover
    return table


@dataclass(frozen=True)
class AcledNote:
    """One ACLED note with a PLOVER type, extracted once for every ACLED row (dates included)."""

    index: int  # 0-based row of the CSV: even rows are development, odd ones unseen
    row: dict[str, str]
    type: str  # the PLOVER type its ACLED type maps to
    published: str | None  # the date it is extracted with (event_dates.acled_published)
    doc: Doc
    coded: tuple[CodedEvent, ...]  # the events stage's coding behind record.events
    record: Record


def acled_rows(data_dir: Path) -> tuple[list[tuple[int, dict[str, str], str]], int]:
    """Return (0-based CSV row index, row, PLOVER type) of the ACLED notes with a mapped type.

    Also returns how many notes the file holds in all.
    """
    path = data_dir / "events" / "acled-notes-ua-ru-by.csv"
    if not path.is_file():
        raise EvalDataError(f"{path}: gold file not found; pass --data pointing at shared/data")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    table = acled_map()
    return [(i, r, t) for i, r in enumerate(rows)
            if (t := table.get((r["event_type"], r["sub_event_type"])))], len(rows)


def acled_notes(data_dir: Path) -> tuple[list[AcledNote], int]:
    """Return the ACLED notes whose type maps to PLOVER, extracted, and how many do not."""
    # imported here: event_dates builds on acled_rows; it gives the date a note is published
    from newsledger.evaluate.event_dates import acled_note

    scored, total = acled_rows(data_dir)
    notes = [acled_note(index, row, type_) for index, row, type_ in scored]
    return notes, total - len(notes)
