"""Score events on the exhaustively labelled development sentences (T82; issue 4).

The country and status sets label one event per sentence, so they measure recall only; these
sentences (tests/fixtures/events/exhaustive_dev_*.jsonl) have EVERY event labelled, so a coded
event at no labelled trigger is a false positive. Each sentence is parsed alone and run through
actors, statements and events as ``newsledger eval events`` runs the country sets (its "event
arguments" view: ``newsledger.evaluate.events.analyse``). A coded event matches a labelled
one when its trigger span covers the labelled trigger's first character (or the labelled word
covers the coded span's start). Labelled events marked ``unsure`` are optional: coding one is
no false positive, missing one no false negative.

    nice .venv/bin/python scripts/exhaustive_eval.py [FILE ...]

Prints trigger precision / recall / F1 (any type, then the type too), status accuracy on typed
matches, argument country accuracy on typed matches (the labelled ISO3 codes found among the
coded events' actor / recipient countries, a joint act's sides pooled, as the country sets score
the "arguments" row), and how many event-free sentences get an event. ``--show`` lists every
miss, false positive, status and country disagreement for reading.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.evaluate.events import STATUS_SET, analyse, parse_texts, ratio

#: The folder of the event sets (the status set's, as ``newsledger eval events`` finds them).
FIXTURES = STATUS_SET.parent


@dataclass
class Tally:
    """Counts over the labelled sentences."""

    coded: int = 0  # coded events that count (not matched to an unsure label only)
    labelled: int = 0  # sure labelled events
    matched: int = 0  # coded events at a labelled trigger (sure or unsure)
    found: int = 0  # sure labelled events some coded event matches
    typed: int = 0  # ... with the labelled type
    status_right: int = 0  # typed matches with the labelled status
    empty: int = 0  # sentences with no labelled event
    empty_coded: int = 0  # ... that get one
    codes: int = 0  # labelled country codes of typed matches
    codes_right: int = 0  # ... found on the coded side
    shown: list[str] = field(default_factory=list)  # disagreements, one line each


def _covers(coded: tuple[int, int], gold: dict) -> bool:
    """Tell whether a coded trigger span and a labelled trigger word overlap at a start."""
    start, end = coded
    g_start = int(gold["trigger_start"])
    g_end = g_start + len(str(gold["trigger"]))
    return start <= g_start < end or g_start <= start < g_end


def _sides(right: list) -> tuple[set[str | None], set[str | None]]:
    """Return the coded actor and recipient countries of matched events (pooled if joint)."""
    actors = {c.actor_country for c in right}
    recipients = {c.recipient_country for c in right}
    if any(c.symmetric for c in right):
        actors = recipients = actors | recipients
    return actors, recipients


def _country_check(g: dict, right: list, tally: Tally) -> str:
    """Count a typed match's labelled country codes found; return a note when some are missed."""
    actors, recipients = _sides(right)
    missed = []
    for side, found in (("actor", actors), ("recipient", recipients)):
        for code in g.get(side) or []:
            tally.codes += 1
            tally.codes_right += code in found
            if code not in found:
                missed.append(f"{side} {code} (coded {sorted(map(str, found))})")
    return "; ".join(missed)


def score_row(row: dict, coded_events: list, tally: Tally) -> None:
    """Add one labelled sentence's counts (its coded events given) to the tally."""
    events = [c.event for c in coded_events]
    coded = {(e.start, e.end, e.type): e for e in events}
    text = row["sentence"]
    gold = row["events"]
    if not gold:
        tally.empty += 1
        tally.empty_coded += bool(coded)
    sure = [g for g in gold if not g.get("unsure")]
    tally.labelled += len(sure)
    for g in sure:
        hits = [e for (s, t, _), e in coded.items() if _covers((s, t), g)]
        if hits:
            tally.found += 1
            right = [e for e in hits if e.type == g["type"]]
            if right:
                tally.typed += 1
                ok = any(e.status == g["status"] for e in right)
                tally.status_right += ok
                if not ok:
                    tally.shown.append(f"STATUS {g['trigger']} {g['type']} gold {g['status']} "
                                       f"coded {sorted({e.status for e in right})} | {text}")
                matched = [c for c in coded_events if c.event in right]
                missed = _country_check(g, matched, tally)
                if missed:
                    tally.shown.append(f"COUNTRY {g['trigger']} {g['type']} {missed} | {text}")
            else:
                tally.shown.append(f"TYPE {g['trigger']} gold {g['type']} coded "
                                   f"{sorted({e.type for e in hits})} | {text}")
        else:
            tally.shown.append(f"MISS {g['trigger']} {g['type']} {g['status']} | {text}")
    for (s, t, _), _event in coded.items():
        at = [g for g in gold if _covers((s, t), g)]
        if at and all(g.get("unsure") for g in at):
            continue  # an optional event: neither right nor wrong
        tally.coded += 1
        tally.matched += bool(at)
        if not at:
            tally.shown.append(f"FALSE {text[s:t]} {_event.type} {_event.status} | {text}")


def report(tally: Tally) -> str:
    """Return the figures of a tally as text."""
    precision, recall = ratio(tally.matched, tally.coded), ratio(tally.found, tally.labelled)
    f1 = ratio(2 * precision * recall, precision + recall)
    return "\n".join([
        f"labelled events (sure) {tally.labelled}, coded events {tally.coded}",
        f"trigger precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}",
        f"typed recall {ratio(tally.typed, tally.labelled):.3f}  "
        f"(type right among found {ratio(tally.typed, tally.found):.3f})",
        f"status right among typed {ratio(tally.status_right, tally.typed):.3f}",
        f"argument countries right among typed {ratio(tally.codes_right, tally.codes):.3f} "
        f"({tally.codes_right} of {tally.codes} codes)",
        f"event-free sentences {tally.empty}, with a coded event "
        f"{tally.empty_coded} ({ratio(tally.empty_coded, tally.empty):.3f})",
    ])


def main(argv: list[str] | None = None) -> int:
    """Score every given set (default: all exhaustive_dev_*.jsonl) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true",
                        help="list misses, false positives, status and country disagreements")
    args = parser.parse_args(argv)
    files = args.files or sorted(FIXTURES.glob("exhaustive_dev_*.jsonl"))
    tally = Tally()
    rows = [json.loads(line) for path in files
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row, doc in zip(rows, parse_texts([r["sentence"] for r in rows]), strict=True):
        score_row(row, analyse(doc), tally)
    print(", ".join(p.name for p in files))
    print(report(tally))
    if args.show:
        print("\n".join(sorted(tally.shown)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
