"""Score events on the construction challenge set, overall and per construction (T112).

``tests/fixtures/events/constructions.jsonl`` holds short hand-written news sentences, each
testing one construction (passive, "called for X to Y", relative clause, negation, ...) of one or
more PLOVER event types, in the manner of CheckList (Ribeiro et al., ACL 2020). Every event a
sentence states is labelled, as in the exhaustive sets, so the scoring is theirs
(:func:`newsledger.evaluate.exhaustive.score_row`): this script adds a table by construction.
Columns: sure labelled events; found (a coded event at the trigger, any type); typed (found with
the labelled type); status right (among typed); country codes right / labelled (among typed);
extra codes (coded countries of a typed match that no label of that event names: a place or
time adjunct taken as a participant shows here); false events (coded where no event is
labelled); and, for event-free sentences, how many get an event.

    nice .venv/bin/python scripts/construction_eval.py [--show] [FILE]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.coded_event import CodedEvent
from newsledger.evaluate.events import analyse, parse_texts, side_countries
from newsledger.evaluate.exhaustive import FIXTURES, Tally, covers, read_rows, report, score_row

#: The set this script scores by default.
CONSTRUCTIONS = FIXTURES / "constructions.jsonl"


@dataclass
class Row:
    """One construction's counts: the exhaustive tally plus the extra country codes."""

    tally: Tally = field(default_factory=Tally)
    extra: int = 0  # coded country codes of typed matches that the label does not name
    extra_shown: list[str] = field(default_factory=list)


def extra_codes(gold: dict, coded_events: Sequence[CodedEvent]) -> set[str]:
    """Return the countries coded on a typed match of a sure label that the label does not name."""
    right = [c for c in coded_events
             if covers((c.event.start, c.event.end), gold) and c.event.type == gold["type"]]
    if not right:
        return set()
    actors, recipients = side_countries(right)
    named = set(gold.get("actor") or []) | set(gold.get("recipient") or [])
    return {str(code) for code in actors | recipients if code} - named


def score_rows(rows: Sequence[dict], coded: Sequence[Sequence[CodedEvent]],
               ) -> tuple[Tally, dict[str, Row]]:
    """Score labelled rows and their coded events: overall and one tally per construction."""
    overall = Tally()
    by_construction: dict[str, Row] = {}
    for row, events in zip(rows, coded, strict=True):
        score_row(row, events, overall)
        part = by_construction.setdefault(row["construction"], Row())
        score_row(row, events, part.tally)
        for gold in row["events"]:
            if gold.get("unsure"):
                continue
            extra = extra_codes(gold, events)
            part.extra += len(extra)
            if extra:
                part.extra_shown.append(f"EXTRA-CODE {gold['trigger']} {gold['type']} "
                                        f"{sorted(extra)} | {row['sentence']}")
    return overall, by_construction


def tally_constructions(path: Path = CONSTRUCTIONS) -> tuple[Tally, dict[str, Row]]:
    """Parse and code every sentence of the set and score it."""
    rows = read_rows([path])
    coded = [analyse(doc) for doc in parse_texts([r["sentence"] for r in rows])]
    return score_rows(rows, coded)


def false_events(tally: Tally) -> int:
    """Return how many coded events stand where no event is labelled."""
    return tally.coded - tally.matched


def table(by_construction: dict[str, Row]) -> str:
    """Return the per-construction figures as a Markdown table, in the set's order."""
    lines = ["| construction | labelled | found | typed | status right | countries right "
             "| extra codes | false events | event-free with event |",
             "|---|---|---|---|---|---|---|---|---|"]
    total = Row()
    for name, part in by_construction.items():
        t = part.tally
        lines.append(f"| {name} | {t.labelled} | {t.found} | {t.typed} | {t.status_right} | "
                     f"{t.codes_right}/{t.codes} | {part.extra} | {false_events(t)} | "
                     f"{f'{t.empty_coded}/{t.empty}' if t.empty else ''} |")
        for attr in ("labelled", "found", "typed", "status_right", "codes_right", "codes",
                     "coded", "matched", "empty", "empty_coded"):
            setattr(total.tally, attr, getattr(total.tally, attr) + getattr(t, attr))
        total.extra += part.extra
    t = total.tally
    lines.append(f"| **all** | {t.labelled} | {t.found} | {t.typed} | {t.status_right} | "
                 f"{t.codes_right}/{t.codes} | {total.extra} | {false_events(t)} | "
                 f"{t.empty_coded}/{t.empty} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the construction set and print the figures and the per-construction table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=CONSTRUCTIONS)
    parser.add_argument("--show", action="store_true",
                        help="list every disagreement, grouped by construction")
    args = parser.parse_args(argv)
    overall, by_construction = tally_constructions(args.file)
    print(args.file.name)
    print(report(overall))
    print()
    print(table(by_construction))
    if args.show:
        for name, part in by_construction.items():
            shown = sorted(part.tally.shown) + part.extra_shown
            if shown:
                print(f"\n## {name}")
                print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
