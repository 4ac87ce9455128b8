"""Hand-built records for the store, query and CLI tests (texts written for these tests).

Offsets are computed from the texts, so every span really indexes ``article.text``.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from newsledger.record import (
    Actor,
    Article,
    Event,
    Mention,
    Place,
    Record,
    Removed,
    Statement,
    When,
)
from newsledger.store import migrations, record_rows


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Return the [start, end) of the nth occurrence of part in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def mention(text: str, part: str, nth: int = 0) -> Mention:
    """Return a Mention of the nth occurrence of part."""
    return Mention(*span(text, part, nth), part)


def when(text: str, part: str, value: str | None) -> When:
    """Return a When for the first occurrence of part."""
    return When(part, value, *span(text, part))


def paris_record() -> Record:
    """Macron on the Turkish offensive, with a dated and an undated statement."""
    text = ('French President Emmanuel Macron said on Wednesday that Turkey must stop its '
            'offensive. "This is madness," Macron told reporters in Paris. Turkish troops '
            'shelled the town of Ras al-Ain on Tuesday.')
    wed = when(text, "Wednesday", "2019-10-09")
    tue = when(text, "Tuesday", "2019-10-08")
    actors = (
        Actor("A1", "Emmanuel Macron", "person", "FRA", "GOV", "president",
              (mention(text, "Emmanuel Macron"), mention(text, "Macron", 1))),
        Actor("A2", "Turkey", "country", "TUR", "GOV", None, (mention(text, "Turkey"),)),
        Actor("A3", "Turkish troops", "group", "TUR", "MIL", None,
              (mention(text, "Turkish troops"),)),
    )
    statements = (
        Statement("S1", "A1", "Emmanuel Macron", "said", "indirect",
                  "Turkey must stop its offensive", *span(text, "Turkey must stop its offensive"),
                  about=("A2",), date=wed),
        Statement("S2", "A1", "Macron", "told", "direct", "This is madness",
                  *span(text, "This is madness"), addressee="reporters", venue="in Paris"),
    )
    sentence = "Turkish troops shelled the town of Ras al-Ain on Tuesday."
    events = (
        Event("E1", "ASSAULT", "asserted", "shelled", sentence, *span(text, "shelled"),
              actor="A3", location=Place("Ras al-Ain", "SYR", 36.85, 40.07,
                                         *span(text, "Ras al-Ain")), date=tue),
        Event("E2", "REQUEST", "asserted", "said", text[:text.index(".") + 1],
              *span(text, "said"), actor="A1", recipient="A2", statement="S1", date=wed),
    )
    article = Article("paris-1", text, url="https://example.org/paris", source="Example Post",
                      title="Macron urges Turkey to stop", published="2019-10-10T08:00:00Z",
                      removed=(Removed("Subscribe to our newsletter", "newsletter prompt"),))
    return Record("paris-1", article, actors, statements, events, (tue, wed))


def london_record() -> Record:
    """Macron meets Erdogan; a denial, a claimed-and-denied assault and a planned meeting.

    Confidences: E1 0.912, E2 exactly 0.5 (the --min-confidence boundary), E3 never scored.
    """
    text = ('Macron met Erdogan in London on Monday. Erdogan denied that Turkish soldiers had '
            'attacked civilians. The two leaders will meet again in December.')
    mon = when(text, "Monday", "2019-11-04")
    dec = when(text, "December", "2019-12")
    actors = (
        Actor("A1", "Emmanuel Macron", "person", "FRA", None, None, (mention(text, "Macron"),)),
        Actor("A2", "Recep Tayyip Erdogan", "person", "TUR", "GOV", "president",
              (mention(text, "Erdogan"), mention(text, "Erdogan", 1))),
        Actor("A3", "Turkish soldiers", "group", "TUR", "MIL", None,
              (mention(text, "Turkish soldiers"),)),
    )
    statements = (
        Statement("S1", "A2", "Erdogan", "denied", "indirect",
                  "Turkish soldiers had attacked civilians",
                  *span(text, "Turkish soldiers had attacked civilians")),
    )
    events = (
        Event("E1", "CONSULT", "asserted", "met", "Macron met Erdogan in London on Monday.",
              *span(text, "met"), actor="A1", recipient="A2",
              location=Place("London", "GBR", 51.51, -0.13, *span(text, "London")), date=mon,
              confidence=0.912),
        Event("E2", "ASSAULT", "denied", "attacked",
              "Erdogan denied that Turkish soldiers had attacked civilians.",
              *span(text, "attacked"), actor="A3", attributed_to="A2", statement="S1",
              confidence=0.5),
        Event("E3", "CONSULT", "planned", "meet",
              "The two leaders will meet again in December.", *span(text, "meet", 0),
              actor="A1", recipient="A2", date=dec),
    )
    article = Article("london-1", text, source="Wire", title="Leaders meet in London",
                      published="2019-11-05")
    return Record("london-1", article, actors, statements, events, (mon, dec))


def late_record() -> Record:
    """Published last, about the earliest event: the timeline must put it first."""
    text = "On Oct. 1 Turkey mobilized troops near Akcakale, officials said in December."
    oct1 = when(text, "Oct. 1", "2019-10-01")
    actors = (Actor("A1", "Turkey", "country", "TUR", "GOV", None, (mention(text, "Turkey"),)),
              Actor("A2", "officials", "group", None, None, None, (mention(text, "officials"),)))
    events = (Event("E1", "MOBILIZE", "asserted", "mobilized", text, *span(text, "mobilized"),
                    actor="A1", location=Place("Akcakale", "TUR", 36.71, 38.95,
                                               *span(text, "Akcakale")), date=oct1),)
    statements = (Statement("S1", "A2", "officials", "said", "indirect",
                            "Turkey mobilized troops near Akcakale",
                            *span(text, "Turkey mobilized troops near Akcakale")),)
    article = Article("late-1", text, title="Looking back", published="2019-12-20")
    return Record("late-1", article, actors, statements, events, (oct1,))


def anonymous_record() -> Record:
    """An unresolved speaker and no publication date at all."""
    text = "A spokesman said the ceasefire talks had failed."
    statements = (Statement("S1", None, "A spokesman", "said", "indirect",
                            "the ceasefire talks had failed",
                            *span(text, "the ceasefire talks had failed")),)
    return Record("anon-1", Article("anon-1", text), (), statements, (), ())


def sample_records() -> list[Record]:
    """Every hand-built record."""
    return [paris_record(), london_record(), late_record(), anonymous_record()]


def old_store(path: Path, records: list[Record], stop_before: str) -> None:
    """Build a store as newsledger made it before migration stop_before, holding records.

    Only the migrations before stop_before are applied, and each row keeps only the columns
    that schema has, so the file is what an older newsledger left on disk.
    """
    db = Database(path)
    migrations.apply(db, stop_before=stop_before)
    for record in records:
        for table, rows in record_rows(record).items():
            columns = set(db[table].columns_dict)
            if rows:
                db[table].insert_all([{k: v for k, v in r.items() if k in columns}
                                      for r in rows])
    db.close()
