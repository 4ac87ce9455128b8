"""Event dates (T36): print the rows, or list the misses of the DEVELOPMENT (even) half only.

    .venv/bin/python scripts/event_dates_check.py                 # every row (about 1 min)
    .venv/bin/python scripts/event_dates_check.py --only acled    # one set: acled|tbaq
    .venv/bin/python scripts/event_dates_check.py --misses tbaq   # TBAQ misses, even docs only
    .venv/bin/python scripts/event_dates_check.py --misses acled  # even ACLED notes with a miss

The odd halves are the unseen part: this script never prints their items.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR, EvalReport
from newsledger.evaluate import event_dates as ed


def _context(text: str, at: int) -> str:
    """Return the line around a character offset, for reading misses."""
    begin = max(text.rfind("\n", 0, at) + 1, at - 200)
    end = text.find("\n", at)
    return text[begin:min(end if end >= 0 else len(text), at + 200)]


def _tbaq_misses(data: Path) -> None:
    """Print the record's and date_for's misses on the dated events of the even TBAQ documents."""
    for found, item, doc in ed.tbaq_misses(data):
        if found == "right":
            continue
        kind = "record" if isinstance(item, ed.ScoredEvent) else "clause"
        print(f"{kind} {found:8} {doc.id} gold={item.gold.day} dct={doc.dct} got="
              f"{item.date.value if item.date else None} [{item.date.text if item.date else ''}]"
              f" event={item.gold.text!r}\n         {_context(doc.text, item.gold.start)!r}")


def main() -> None:
    """Parse the arguments and print what they ask for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--misses", choices=("tbaq", "acled"))
    parser.add_argument("--only", choices=("tbaq", "acled"))
    args = parser.parse_args()
    if args.misses == "tbaq":
        _tbaq_misses(args.data)
    elif args.misses == "acled":
        for note in ed.acled_misses(args.data):
            print(f"row {note.index} {note.row['event_date']} type={note.type}: "
                  f"{note.row['notes'][:300]}")
            for e in note.record.events:
                print(f"    {e.type:9} {e.trigger!r:18} {e.date.value if e.date else None}"
                      f" [{e.date.text if e.date else ''}]")
    else:
        scorer = {"acled": ed.score_acled, "tbaq": ed.score_tbaq,
                  None: ed.score_event_dates}[args.only]
        rows, notes = scorer(args.data)
        print(EvalReport("event dates", tuple(rows), tuple(notes)).to_text())


if __name__ == "__main__":
    main()
