"""List the named persons the pipeline leaves without a country, on unlabelled news (T43).

Runs the full pipeline over PolNeAR train (US politics 2015-16) and the first ``--per-file``
articles of each ``news/*.jsonl`` file of the shared data, and counts, by name, the person actors
that are an event's actor or recipient or a statement's speaker but have no country. The list
is what to check against general knowledge before adding rows to data/figures.tsv; it reads no
gold label (PolNeAR dev, the time and boilerplate sets are not read).

    .venv/bin/python scripts/unknown_persons.py [DATA] [--per-file 40] [--polnear 840] [--min 2]
        [--known]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.pipeline import extract
from newsledger.record import Record


def articles(data: Path, per_file: int, polnear: int) -> Iterator[dict[str, str]]:
    """Yield the articles to read: PolNeAR train, then the first of each news file."""
    sources = [(data / "attribution" / "polnear-train.jsonl", polnear)]
    sources += [(p, per_file) for p in sorted((data / "news").glob("*.jsonl"))]
    for path, limit in sources:
        with path.open(encoding="utf-8") as lines:
            for k, line in enumerate(lines):
                if k >= limit:
                    break
                yield json.loads(line)


def unknown_persons(record: Record, known: bool = False) -> list[tuple[str, str]]:
    """Return (name, how it is used) of each countryless person an event or statement uses.

    ``known``: return the persons that have a country instead, as "name (ISO3)", to look for
    misfires (a US senator read as another country's namesake).
    """
    used: dict[str, str] = {}
    for event in record.events:
        for who, how in ((event.actor, "actor"), (event.recipient, "recipient")):
            if who is not None:
                used.setdefault(who, how)
    for statement in record.statements:
        if statement.speaker is not None:
            used.setdefault(statement.speaker, "speaker")
    return [(f"{a.name} ({a.country})" if known else a.name, used[a.id]) for a in record.actors
            if a.id in used and a.kind == "person" and (a.country is not None) == known]


def main() -> None:
    """Run the pipeline over the articles and print the unknown persons by frequency."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--per-file", type=int, default=40, help="articles read per news file")
    parser.add_argument("--polnear", type=int, default=840, help="PolNeAR train articles read")
    parser.add_argument("--min", type=int, default=1, help="least number of articles to list")
    parser.add_argument("--known", action="store_true",
                        help="list the persons WITH a country instead (to check for misfires)")
    args = parser.parse_args()
    names: Counter[str] = Counter()
    uses: dict[str, Counter[str]] = {}
    for row in articles(args.data, args.per_file, args.polnear):
        record = extract(row["text"], published=row.get("published") or None,
                         source=row.get("source") or None, title=row.get("title") or None)
        for name, how in dict.fromkeys(unknown_persons(record, args.known)):
            names[name] += 1
            uses.setdefault(name, Counter())[how] += 1
    for name, count in names.most_common():
        if count >= args.min:
            how = ",".join(f"{k}:{v}" for k, v in uses[name].most_common())
            print(f"{count}\t{name}\t{how}")


if __name__ == "__main__":
    main()
