"""How far two engineers agree on an exhaustively labelled set, beside the system (session 11).

The exhaustive event sets were each labelled by one engineer, so the system's trigger F1 on them
(about 0.52 on sentences nobody tuned on) had no human figure to be read against. A second
engineer labelled the same sentences independently (``tests/fixtures/events/agreement/``, never
seeing the first labels or the system's output). This script scores the second engineer's labels
against the first's, and the first's against the second's, with the very rules that score the
system (:func:`newsledger.evaluate.exhaustive.score_row`: a label matches where the trigger words
overlap at a start; the gold side's unsure labels count neither way; a labelled event's sides
become one coded event per actor-recipient pair, as coordination gives the system). The
"coded" side's unsure labels are left out: an engineer's doubt is not a claim. With ``--system``
it also scores the events stage against each engineer and against the events both engineers
labelled sure at the same trigger (the consensus; an event either one doubted is optional there).

    nice .venv/bin/python scripts/exhaustive_agreement.py FIRST.jsonl ... --second SECOND.jsonl ...
        [--system] [--show]
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from newsledger.coded_event import CodedEvent
from newsledger.evaluate.exhaustive import Tally, covers, metrics, read_rows, score_row

#: The figures printed per comparison, in order, with their short column names.
COLUMNS = (("trigger_precision", "P"), ("trigger_recall", "R"), ("trigger_f1", "F1"),
           ("type_acc_found", "type"), ("status_acc_typed", "status"),
           ("country_acc_typed", "countries"), ("empty_with_event", "empty+ev"))


@dataclass(frozen=True)
class LabelSpan:
    """The span, type and status of a labelled event, shaped as a coded event's ``event``."""

    start: int
    end: int
    type: str
    status: str
    confidence: float | None = None  # an engineer's label has no model confidence


@dataclass(frozen=True)
class LabelCoded:
    """A labelled event read as one coded event of the events stage (one side pair)."""

    event: LabelSpan
    actor_country: str | None
    recipient_country: str | None
    symmetric: bool = False


def as_coded(labels: Sequence[dict[str, Any]]) -> list[CodedEvent]:
    """Return sure labels as coded events: one per actor-recipient country pair."""
    coded: list[LabelCoded] = []
    for g in labels:
        if g.get("unsure"):
            continue
        start = int(g["trigger_start"])
        span = LabelSpan(start, start + len(str(g["trigger"])), str(g["type"]), str(g["status"]))
        actors = list(g.get("actor") or []) or [None]
        recipients = list(g.get("recipient") or []) or [None]
        coded.extend(LabelCoded(span, a, r) for a, r in itertools.product(actors, recipients))
    # score_row reads only .event.start/.end/.type/.status/.confidence and the side countries
    # (duck-typed)
    return cast(list[CodedEvent], coded)


def pair_rows(first: Sequence[dict], second: Sequence[dict]) -> list[tuple[dict, dict]]:
    """Pair the two files' rows; both must hold the same sentences in the same order."""
    if len(first) != len(second):
        raise SystemExit(f"the files hold {len(first)} and {len(second)} sentences: not one set")
    for n, (a, b) in enumerate(zip(first, second, strict=True), 1):
        if (a["source"], a["sentence"]) != (b["source"], b["sentence"]):
            raise SystemExit(f"sentence {n} differs between the files: not one set")
    return list(zip(first, second, strict=True))


def consensus(a: dict, b: dict) -> dict:
    """Return a row whose sure events are those both engineers labelled sure, at one trigger.

    A sure event needs the same trigger and type from both; its status and sides are the first
    engineer's. Every other label of either engineer is kept as unsure (optional), so the row
    scores only what both would call a miss or a false event.
    """
    b_sure = [g for g in b["events"] if not g.get("unsure")]
    events = []
    for g in a["events"]:
        both = not g.get("unsure") and any(
            h["type"] == g["type"] and covers(
                (int(h["trigger_start"]), int(h["trigger_start"]) + len(h["trigger"])), g)
            for h in b_sure)
        events.append({**g, "unsure": True} if not both else {k: v for k, v in g.items()
                                                               if k != "unsure"})
    events += [{**h, "unsure": True} for h in b["events"]]
    return {**a, "events": events}


def compare(gold_rows: Sequence[dict], coded: Sequence[Sequence[CodedEvent]]) -> Tally:
    """Score coded events (one list per sentence) against labelled rows."""
    tally = Tally()
    for row, events in zip(gold_rows, coded, strict=True):
        score_row(row, events, tally)
    return tally


def line(name: str, tally: Tally) -> str:
    """Return one comparison's figures as a table row."""
    m = metrics(tally)
    return f"| {name} | {tally.labelled} | " + " | ".join(f"{m[k]:.3f}" for k, _ in COLUMNS) + " |"


def system_events(rows: Sequence[dict]) -> list[list[CodedEvent]]:
    """Parse each sentence alone and code it as the exhaustive rows do."""
    from newsledger.evaluate.events import analyse, parse_texts  # loads spaCy only when asked

    docs = parse_texts([r["sentence"] for r in rows])
    return [analyse(doc) for doc in docs]


def main(argv: list[str] | None = None) -> int:
    """Print the agreement table of two label files (and the system's rows with --system)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, nargs="+", help="first engineer's files, then --")
    parser.add_argument("--second", type=Path, nargs="+", required=True,
                        help="the second engineer's files, in the same order")
    parser.add_argument("--system", action="store_true", help="also score the events stage")
    parser.add_argument("--show", action="store_true", help="list the engineers' disagreements")
    args = parser.parse_args(argv)
    pairs = pair_rows(read_rows(args.first), read_rows(args.second))
    first = [a for a, _ in pairs]
    second = [b for _, b in pairs]
    a_vs_b = compare(second, [as_coded(a["events"]) for a in first])
    b_vs_a = compare(first, [as_coded(b["events"]) for b in second])
    head = " | ".join(c for _, c in COLUMNS)
    print(f"| coded -> gold | sure gold events | {head} |")
    print("|---" * (len(COLUMNS) + 2) + "|")
    print(line("second -> first", b_vs_a))
    print(line("first -> second", a_vs_b))
    if args.system:
        coded = system_events(first)
        agreed = [consensus(a, b) for a, b in pairs]
        print(line("system -> first", compare(first, coded)))
        print(line("system -> second", compare(second, coded)))
        print(line("system -> both (consensus)", compare(agreed, coded)))
    if args.show:
        print("\n".join(sorted(b_vs_a.shown)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
