"""Dump or compare the status of every event on the 120 news articles (T83, M14; issue 4).

Reading every status a change moves on news nobody labelled is the check against status rules
that only fit the exhaustive development sentences. The articles are the ones
``scripts/events_news_diff.py`` reads (its ``news_items``), run through the pipeline with their
publication date (``extract_in_full``: the coded events, before the registry is completed).

    .venv/bin/python scripts/status_news_diff.py dump before.json
    .venv/bin/python scripts/status_news_diff.py diff before.json after.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_news_diff import news_items  # noqa: E402  (sibling script, not a package)

#: Characters of the sentence shown per difference.
SHOWN = 220


def dump(data: Path, out: Path) -> None:
    """Write the status of every coded event of the news articles to JSON, keyed by position."""
    from newsledger.pipeline import extract_in_full

    found: dict[str, list[str | None]] = {}
    for item in news_items(data):
        # as the pipeline runs: the publication year reaches the status of dated event nouns
        analysis = extract_in_full(item["text"], published=item.get("published"))
        for coded in analysis.coded:
            e = coded.event
            key = f"{item['id']}|{e.start}|{e.type}|{e.actor}|{e.recipient}"
            found[key] = [e.sentence, e.trigger, e.status, e.attributed_to]
    out.write_text(json.dumps(found), encoding="utf-8")


def diff(before: Path, after: Path) -> list[str]:
    """Return one line per event added, removed or with another status."""
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    lines = []
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        type_ = key.split("|")[2]
        if x is None or y is None:
            row = x or y
            lines.append(f"{'ADDED' if x is None else 'REMOVED'} {type_} {row[1]} {row[2]} | "
                         f"{row[0][:SHOWN]}".replace("\n", " "))
        elif x[2] != y[2]:
            lines.append(f"CHANGED {type_} {x[1]} {x[2]} -> {y[2]} | {x[0][:SHOWN]}"
                         .replace("\n", " "))
    return lines


def main() -> None:
    """Run the dump or diff command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.data, args.out)
    else:
        lines = diff(args.before, args.after)
        print("\n".join(lines))
        print(f"{len(lines)} differences")


if __name__ == "__main__":
    main()
