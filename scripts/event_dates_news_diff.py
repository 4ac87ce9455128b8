"""Dump or compare the record's event dates on the 120 news articles of T15 (T104).

The event-date rows (TimeBank/AQUAINT, ACLED) are not news pages; reading what a date rule
changes on news nobody labelled is the check against rules that only fit them. Dump each record
event's date (value and text) for the first articles of each news set before and after a
change, then list every event whose date differs, with its sentence, to read by hand.

    .venv/bin/python scripts/event_dates_news_diff.py dump before.json [--data ../shared/data]
    .venv/bin/python scripts/event_dates_news_diff.py diff before.json after.json
"""

from __future__ import annotations

import json
from pathlib import Path

# the same articles as the participants' news diff, so that both read one sample
from events_news_diff import (  # type: ignore[import-not-found]
    dump_or_diff,
    news_items,
)


def dump(data: Path, out: Path) -> None:
    """Write every record event's date (value, text) of the news articles to JSON."""
    from newsledger.pipeline import extract

    found: dict[str, list[str | None]] = {}
    for item in news_items(data):
        record = extract(item["text"], published=item.get("published"), title=item.get("title"))
        for e in record.events:
            found[f"{item['id']}|{e.start}|{e.type}"] = [
                e.sentence[:240], e.trigger, e.date.value if e.date else None,
                e.date.text if e.date else None]
    out.write_text(json.dumps(found), encoding="utf-8")


def diff(before: Path, after: Path) -> None:
    """Print the events whose date differs between two dumps (added or removed events apart)."""
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    changed = elsewhere = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            elsewhere += 1
            continue
        if a[2:4] != b[2:4]:
            changed += 1
            print("changed", key, repr(a[1]), a[2:4], "->", b[2:4], "|",
                  " ".join(a[0].split())[:240])
    print(f"{changed} events with another date ({elsewhere} events added or removed)")


def main() -> None:
    """Dump or compare, as the command line says."""
    dump_or_diff(__doc__, dump, diff)


if __name__ == "__main__":
    main()
