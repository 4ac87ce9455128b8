"""Event dates (T36): print the rows, or list the misses of the DEVELOPMENT (even) half only.

    .venv/bin/python scripts/event_dates_check.py                 # every row (about 1 min)
    .venv/bin/python scripts/event_dates_check.py --only acled    # one set: acled|tbaq|clause
    .venv/bin/python scripts/event_dates_check.py --misses clause # date_for misses, even TBAQ docs
    .venv/bin/python scripts/event_dates_check.py --misses tbaq   # record-event misses, even docs
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


def _clause_misses(data: Path) -> None:
    """Print date_for's misses on the TLINK-dated events of the even TBAQ documents."""
    for doc, index in ed.tbaq_items(data):
        if index % 2:
            continue
        for gold, when, _first in ed.clause_dates(doc):
            found = ed.outcome(when, gold.day)
            if found != "right":
                print(f"{found:8} {doc.id} gold={gold.day} dct={doc.dct} got="
                      f"{when.value if when else None} [{when.text if when else ''}] "
                      f"event={gold.text!r}\n         {_context(doc.text, gold.start)!r}")


def main() -> None:
    """Parse the arguments and print what they ask for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--misses", choices=("tbaq", "acled", "clause"))
    parser.add_argument("--only", choices=("tbaq", "acled", "clause"))
    args = parser.parse_args()
    if args.misses == "tbaq":
        for found, item in ed.tbaq_misses(args.data):
            if found != "right":
                print(f"{found:8} {item.doc} gold={item.gold.day} got="
                      f"{item.date.value if item.date else None} "
                      f"[{item.date.text if item.date else ''}] trigger={item.trigger!r}\n"
                      f"         {item.sentence.strip()[:300]!r}")
    elif args.misses == "clause":
        _clause_misses(args.data)
    elif args.misses == "acled":
        for note in ed.acled_misses(args.data):
            print(f"row {note.index} {note.row['event_date']} type={note.type}: "
                  f"{note.row['notes'][:300]}")
            for e in note.record.events:
                print(f"    {e.type:9} {e.trigger!r:18} {e.date.value if e.date else None}"
                      f" [{e.date.text if e.date else ''}]")
    else:
        scorer = {"acled": ed.score_acled, "tbaq": ed.score_tbaq, "clause": ed.score_clause,
                  None: ed.score_event_dates}[args.only]
        rows, notes = scorer(args.data)
        print(EvalReport("event dates", tuple(rows), tuple(notes)).to_text())


if __name__ == "__main__":
    main()
