"""``acled-dates`` and ``tbaq-event-dates``: when the record's events happen (issue 4, T36).

Issue 4: an event's date comes from its own clause, else the narrative's date, else null — never
silently the publication date. :func:`newsledger.clause_dates.date_for` gives it; these rows
measure it on two gold sources nobody tuned it on before T36.

**acled-dates** (``events/acled-notes-ua-ru-by.csv``, the notes whose ACLED type maps to PLOVER
through ``data/acled2plover.tsv``, as every ACLED row): each note runs through the stages of
:func:`newsledger.extract` with a publication date :data:`PUBLISHED_LAG_DAYS` days *after* ACLED's
``event_date``, so a system that falls back to the publication date is caught, never rewarded
(:func:`acled_note`: the one extraction of a note, which every ACLED row of ``eval events`` uses).

- ``typed_date``: the note's first event (text order) of the mapped type has ``event_date`` as
  its date, over all notes (a note without such an event is a miss; ``typed_found`` says how many
  have one);
- ``all_date``: share of all the record's events of the notes dated ``event_date`` (the note's
  date carried to later sentences: "Civilian infrastructure was damaged.");
- ``all_null``: share of events with no date; ``pub_date``: share dated with the publication
  date (must stay about 0: ACLED notes never say "today").

**tbaq-event-dates** (``time/tbaq/{TimeBank,AQUAINT}/*.tml``; gold read by
:mod:`newsledger.evaluate.timeml_days`: an EVENT tied by a TLINK IS_INCLUDED / DURING /
SIMULTANEOUS, or from the time's side INCLUDES / SIMULTANEOUS, to a TIMEX3 of type DATE in the text
with a full day value; links to the creation time are not gold: nothing in the text dates such an
event, and the issue forbids dating it with the publication date by default). Each document's
text runs through the pipeline with ``published=DCT``
(:func:`newsledger.pipeline.extract_in_full`, the run of ``extract`` keeping the parse); each
distinct record trigger span that overlaps a gold EVENT's span (offsets carried into the cleaned
text) is scored:

- ``date_acc``: the record's date has the gold day (a date-time counts by its day);
- ``contains``: a coarser date (month, year, ISO week) that contains the gold day;
- ``wrong``: any other date; ``null``: no date;
- ``pub_fallback``: dated with the DCT where the gold is another day.

**tbaq-clause-dates**: the same figures for ``date_for`` on the span of *every* dated gold event,
PLOVER or not, on the same parse: about six times the sample, the dates stage alone.

Baselines (scored on the same events): the publication date for every event (ACLED: the
publication date, by construction never the event's day) and, on TBAQ, the first date
newsledger finds in the event's sentence (``record.dates``).

**Split.** ACLED rows by 0-based row index of the CSV, TBAQ documents by index in sorted path
order: EVEN is development (misses: ``scripts/event_dates_check.py --misses``), ODD
is unseen (totals only). Rows ``<set>`` (all), ``<set>-even``, ``<set>-odd``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.dates import date_for
from newsledger.evaluate import SystemScores
from newsledger.evaluate.acled_data import AcledNote, acled_notes, acled_rows
from newsledger.evaluate.timeml_days import (
    EventDateDoc,
    GoldEvent,
    TextMap,
    tbaq_items,
)
from newsledger.pipeline import extract_in_full
from newsledger.record import Record, When

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")

ACLED = "acled-dates"
TBAQ = "tbaq-event-dates"
CLAUSE = "tbaq-clause-dates"
NEWSLEDGER = "newsledger"
PUB_BASELINE = "baseline (publication date)"
FIRST_BASELINE = "baseline (first date of sentence)"

#: Days between ACLED's event date and the publication date the note is extracted with: three
#: weeks is a plausible lag for a weekly summary and far enough that no event date equals it.
PUBLISHED_LAG_DAYS = 20


def acled_published(event_date: str) -> str:
    """Return the publication date an ACLED note is extracted with: the event date plus the lag."""
    day = dt.date.fromisoformat(event_date)
    return (day + dt.timedelta(days=PUBLISHED_LAG_DAYS)).isoformat()


def day_of(when: When | None) -> str | None:
    """Return the day (YYYY-MM-DD) a When names, None when it is absent or coarser than a day."""
    if when is None or when.value is None:
        return None
    return when.value[:10] if _DAY.match(when.value) else None


def contains(value: str, day: str) -> bool:
    """Whether a coarser value (YYYY-MM, YYYY, YYYY-Www) contains a day."""
    if re.fullmatch(r"\d{4}(-\d{2})?", value):
        return day.startswith(value)
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        year, number, _ = dt.date.fromisoformat(day).isocalendar()
        return (year, number) == (int(week.group(1)), int(week.group(2)))
    return False


def outcome(when: When | None, day: str) -> str:
    """Return how a date scores against a gold day: right, contains, wrong or null."""
    if when is None or when.value is None:
        return "null"
    if day_of(when) == day:
        return "right"
    return "contains" if contains(when.value, day) else "wrong"


@dataclass
class _DayTally:
    """Running counts of one system on TBAQ: right, containing, wrong, null, DCT fallbacks."""

    n: int = 0
    right: int = 0
    within: int = 0
    wrong: int = 0
    null: int = 0
    pub: int = 0

    def add(self, when: When | None, day: str, dct: str) -> str:
        """Count one scored event; return its outcome (right, contains, wrong, null)."""
        self.n += 1
        found = outcome(when, day)
        self.pub += found != "null" and day_of(when) == dct and day != dct
        self.right += found == "right"
        self.within += found == "contains"
        self.wrong += found == "wrong"
        self.null += found == "null"
        return found

    def metrics(self) -> dict[str, float]:
        """Return the row's figures."""
        n = self.n or 1
        return {"date_acc": self.right / n, "contains": self.within / n, "wrong": self.wrong / n,
                "null": self.null / n, "pub_fallback": self.pub / n}


@dataclass(frozen=True)
class ScoredEvent:
    """One record event matched to a gold event, with the record's and the baselines' dates."""

    doc: str
    index: int  # the document's index in sorted path order (even: development)
    gold: GoldEvent
    trigger: str
    sentence: str
    date: When | None
    first: When | None  # the first date of the sentence (a baseline)


def _sentence_dates(record: Record, start: int, sentence: str) -> list[When]:
    """Return the record's dates inside the event's sentence, in text order."""
    text = record.article.text
    begin = text.rfind(sentence, 0, start + len(sentence))
    if begin < 0 or begin > start:
        return []
    return sorted((w for w in record.dates if begin <= w.start < begin + len(sentence)),
                  key=lambda w: w.start)


def acled_note(index: int, row: dict[str, str], type_: str) -> AcledNote:
    """Extract one ACLED note (row ``index`` of the CSV) as published after its event date.

    A table without ``event_date`` (a test's) is extracted with no publication date: only the
    acled-dates rows need one.
    """
    published = acled_published(row["event_date"]) if row.get("event_date") else None
    done = extract_in_full(row["notes"], published=published)
    return AcledNote(index, row, type_, published, done.doc, done.coded, done.record)


@dataclass(frozen=True)
class Dated:
    """One gold event of a TBAQ document, with date_for's date of it and the sentence's first."""

    gold: GoldEvent
    date: When | None
    first: When | None


def analyse_tbaq(doc: EventDateDoc, index: int) -> tuple[list[ScoredEvent], list[Dated]]:
    """Extract one TBAQ document: its record events on gold events, and date_for on every one."""
    done = extract_in_full(doc.text, published=doc.dct.isoformat())
    record, parsed = done.record, done.doc
    where = TextMap.between(doc.text, record.article.text)
    mapped = [(g, span) for g in doc.events if (span := where.to_cleaned(g.start, g.end))]
    dates = list(record.dates)
    scored: list[ScoredEvent] = []
    seen: set[tuple[int, int]] = set()
    for event in record.events:
        gold = next((g for g, (a, b) in mapped if a < event.end and event.start < b), None)
        if gold is None or (event.start, event.end) in seen:
            continue
        seen.add((event.start, event.end))
        firsts = _sentence_dates(record, event.start, event.sentence)
        scored.append(ScoredEvent(doc.id, index, gold, event.trigger, event.sentence,
                                  event.date, firsts[0] if firsts else None))
    every = []
    for gold, (a, b) in mapped:
        piece = parsed.char_span(a, b, alignment_mode="expand")
        sent = piece[0].sent if piece is not None and len(piece) else None
        first = next((w for w in dates if sent is not None
                      and sent.start_char <= w.start < sent.end_char), None)
        every.append(Dated(gold, date_for(parsed, a, b, dates), first))
    return scored, every


@dataclass
class _Split:
    """Tallies of every system for one split (all, even or odd)."""

    tallies: dict[str, _DayTally] = field(default_factory=lambda: {
        NEWSLEDGER: _DayTally(), PUB_BASELINE: _DayTally(), FIRST_BASELINE: _DayTally()})

    def add(self, date: When | None, first: When | None, day: str, dct: str) -> None:
        """Count one event for the record and both baselines."""
        self.tallies[NEWSLEDGER].add(date, day, dct)
        self.tallies[PUB_BASELINE].add(When("", dct, 0, 0), day, dct)
        self.tallies[FIRST_BASELINE].add(first, day, dct)


def score_tbaq(data_dir: Path) -> tuple[list[SystemScores], list[str]]:
    """Score tbaq-event-dates (record events) and tbaq-clause-dates (every gold event).

    Both on TBAQ's TLINK-dated events, for all, even and odd documents.
    """
    names = [f"{base}{part}" for base in (TBAQ, CLAUSE) for part in ("", "-even", "-odd")]
    splits = {name: _Split() for name in names}
    gold_total = conflicting = docs = dropped = 0
    for doc, index in tbaq_items(data_dir):
        docs += 1
        gold_total += len(doc.events)
        conflicting += doc.conflicting
        dct = doc.dct.isoformat()
        part = "-even" if index % 2 == 0 else "-odd"
        scored, every = analyse_tbaq(doc, index)
        dropped += len(doc.events) - len(every)
        for item in scored:
            for name in (TBAQ, TBAQ + part):
                splits[name].add(item.date, item.first, item.gold.day, dct)
        for one in every:
            for name in (CLAUSE, CLAUSE + part):
                splits[name].add(one.date, one.first, one.gold.day, dct)
    rows = [SystemScores(system, name, tally.metrics(), n=tally.n)
            for name, split in splits.items() for system, tally in split.tallies.items()]
    return rows, [f"{TBAQ}: {docs} documents, {gold_total} gold events dated by a TLINK to a "
                  f"day in the text ({conflicting} linked to two days left out, {dropped} in "
                  "text cleaning removed); n = record trigger spans overlapping one; links to "
                  f"the creation time are not gold. {CLAUSE}: date_for on the span of every "
                  "such event, PLOVER or not (the larger sample)"]


@dataclass
class _AcledTally:
    """Running counts of one system on ACLED notes."""

    notes: int = 0
    typed_found: int = 0
    typed_right: int = 0
    events: int = 0
    right: int = 0
    null: int = 0
    pub: int = 0

    def metrics(self) -> dict[str, float]:
        """Return the row's figures."""
        n, e = self.notes or 1, self.events or 1
        return {"typed_date": self.typed_right / n, "typed_found": self.typed_found / n,
                "all_date": self.right / e, "all_null": self.null / e, "pub_date": self.pub / e}


def score_acled(data_dir: Path, notes: Sequence[AcledNote] | None = None,
                ) -> tuple[list[SystemScores], list[str]]:
    """Score the record's event dates on ACLED notes against event_date, all / even / odd rows.

    ``notes``: the notes already extracted for the other ACLED rows, if any.
    """
    names = (ACLED, f"{ACLED}-even", f"{ACLED}-odd")
    tallies = {(n, s): _AcledTally() for n in names for s in (NEWSLEDGER, PUB_BASELINE)}
    for item in notes if notes is not None else acled_notes(data_dir)[0]:
        gold = item.row["event_date"]
        events = item.record.events
        typed = next((e for e in sorted(events, key=lambda e: e.start) if e.type == item.type),
                     None)
        half = names[1] if item.index % 2 == 0 else names[2]
        for name in (ACLED, half):
            t = tallies[(name, NEWSLEDGER)]
            t.notes += 1
            t.typed_found += typed is not None
            t.typed_right += typed is not None and day_of(typed.date) == gold
            t.events += len(events)
            t.right += sum(day_of(e.date) == gold for e in events)
            t.null += sum(e.date is None or e.date.value is None for e in events)
            t.pub += sum(day_of(e.date) == item.published for e in events)
            b = tallies[(name, PUB_BASELINE)]  # the publication date is never event_date here
            b.notes += 1
            b.typed_found += typed is not None
            b.events += len(events)
            b.pub += len(events)
    rows = [SystemScores(system, name, t.metrics(), n=t.notes)
            for (name, system), t in tallies.items()]
    total = tallies[(ACLED, NEWSLEDGER)]
    return rows, [f"{ACLED}: {total.notes} notes with a PLOVER type, {total.events} record "
                  f"events; extracted with published = event_date + {PUBLISHED_LAG_DAYS} days"]


def score_event_dates(data_dir: Path, notes: Sequence[AcledNote] | None = None,
                      ) -> tuple[list[SystemScores], list[str]]:
    """Return the acled-dates and tbaq-event-dates rows (all, even and odd) and their notes."""
    acled_rows_, acled_out = score_acled(data_dir, notes)
    tbaq_rows, tbaq_out = score_tbaq(data_dir)
    return acled_rows_ + tbaq_rows, acled_out + tbaq_out


def tbaq_misses(data_dir: Path) -> Iterator[tuple[str, ScoredEvent | Dated, EventDateDoc]]:
    """Yield the outcome of every scored record event and gold event of the EVEN TBAQ documents."""
    for doc, index in tbaq_items(data_dir):
        if index % 2 == 0:
            scored, every = analyse_tbaq(doc, index)
            items: list[ScoredEvent | Dated] = [*scored, *every]
            for item in items:
                yield outcome(item.date, item.gold.day), item, doc


def acled_misses(data_dir: Path) -> Iterator[AcledNote]:
    """Yield the EVEN (development) ACLED notes where some event is not dated event_date."""
    for index, row, type_ in acled_rows(data_dir)[0]:
        if index % 2 == 0:
            item = acled_note(index, row, type_)
            if any(day_of(e.date) != row["event_date"] for e in item.record.events):
                yield item
