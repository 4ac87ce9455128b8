"""Dump or compare the record's event participants on the 120 news articles of T15 (issue 4).

Reading what a country rule changes on news nobody labelled is the check against rules that only
fit the GSR or the held-out country set: dump the record's events (trigger, actor and recipient
names and countries, location) for the first 40 articles of each news set before and after a
change, then list every event whose participants or location differ, to read by hand.

    .venv/bin/python scripts/events_news_diff.py dump before.json [--data ../shared/data]
    .venv/bin/python scripts/events_news_diff.py diff before.json after.json
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR

#: The news sets and how many articles of each the T15 and T20 checks read.
NEWS_SETS = ("conll2003_reuters", "reuters21578", "bbc_politics")
ARTICLES_PER_SET = 40


def news_items(data: Path) -> Iterator[dict]:
    """Yield the first ARTICLES_PER_SET articles of each news set, in set order."""
    for name in NEWS_SETS:
        with (data / "news" / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= ARTICLES_PER_SET:
                    break
                yield json.loads(line)


def dump(data: Path, out: Path) -> None:
    """Write every record event's participants and location of the news articles to JSON."""
    from newsledger.pipeline import extract

    found: dict[str, list[str | None]] = {}
    for item in news_items(data):
        record = extract(item["text"], published=item.get("published"))
        by_id = {a.id: a for a in record.actors}
        for e in record.events:
            a, r = by_id.get(e.actor or ""), by_id.get(e.recipient or "")
            found[f"{item['id']}|{e.start}|{e.type}"] = [
                e.sentence[:200], e.trigger, a.name if a else None,
                a.country if a else None, r.name if r else None,
                r.country if r else None, e.location.name if e.location else None]
    out.write_text(json.dumps(found), encoding="utf-8")


def diff(before: Path, after: Path) -> None:
    """Print the events whose participants or location differ between two dumps."""
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    moved = located = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            moved += 1
            print("added" if a is None else "removed", key, (b or a)[1:6])
        elif a[2:6] != b[2:6]:
            moved += 1
            print("changed", key, a[1], a[2:6], "->", b[2:6], "|", a[0][:140])
        elif a[6] != b[6]:
            located += 1
            print("location", key, a[1], a[6], "->", b[6], "|", a[0][:140])
    print(f"{moved} events with other participants, {located} with only another location")


def dump_or_diff(description: str | None, dumper: Callable[[Path, Path], None],
                 differ: Callable[[Path, Path], None]) -> None:
    """Run a news-diff script's command line: ``dump OUT [--data D]`` or ``diff BEFORE AFTER``.

    The date diff (event_dates_news_diff.py) reads the same articles and takes the same commands.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("mode", choices=("dump", "diff"))
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args()
    if args.mode == "dump":
        dumper(args.data, args.files[0])
    else:
        differ(args.files[0], args.files[1])


def main() -> None:
    """Dump or compare, as the command line says."""
    dump_or_diff(__doc__, dump, diff)


if __name__ == "__main__":
    main()
