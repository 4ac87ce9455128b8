"""Measure actors' sectors and events' contexts (T31) on GSR dev: even lines, odd lines, all.

Run: ``nice .venv/bin/python scripts/fields_check.py [--misses]``.

The GSR dev sentences (``events/plover-gsr-dev.jsonl``) are split by their 0-based line index:
sector and context rules were developed by reading misses of EVEN lines only; the ODD lines
are the unseen half. Figures are the ``gsr-sector`` / ``gsr-context`` rows of ``newsledger eval
events`` (:mod:`newsledger.evaluate.event_fields`), computed with that module's functions on
each half; "all" equals the evaluation's row. ``--misses`` prints the misses of the EVEN lines
only (never the odd ones).
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field

from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate.event_fields import (
    GsrTally,
    gold_contexts,
    gold_sector,
    primary_events,
    score_sector,
    side_sectors,
)
from newsledger.evaluate.events import analyse, parse_texts, primary, read_jsonl
from newsledger.pipeline import extract
from newsledger.record import Event, Record


@dataclass
class _Half:
    """Running counts of one half of the set."""

    gsr: GsrTally = field(default_factory=GsrTally)
    contexts_given: Counter[int] = field(default_factory=Counter)  # how many contexts per item


def half(i: int) -> str:
    """Return the half of a 0-based line index: even lines develop, odd lines are unseen."""
    return "even" if i % 2 == 0 else "odd"


def _count_context(t: GsrTally, gold: frozenset[str], events: list[Event]) -> set[str]:
    """Count one sentence's gold contexts against its primary events'; return the system's."""
    mine = {c for e in events for c in e.context}
    if gold:
        t.contexts += 1
        t.context_share += bool(mine & gold)
        t.context_equal += mine == gold
    return mine


def _miss_lines(i: int, rec: dict[str, object], record: Record, events: list[Event],
                joint: bool, mine_ctx: set[str]) -> list[str]:
    """Return the printable sector and context misses of one even line."""
    out: list[str] = []
    actors, recipients = side_sectors(record, events, joint)
    by_id = {a.id: a for a in record.actors}
    for key, mine in (("source", actors), ("target", recipients)):
        items = rec.get(key)
        for item in items if isinstance(items, list) else []:
            sector = gold_sector(item.get("sector"))
            if sector is not None and sector not in mine:
                out.append(f"  sector {key}: gold {sector} ({item.get('text')!r}) mine "
                           f"{sorted(mine)}")
    gold = gold_contexts(rec.get("context"))
    if gold and mine_ctx != gold:
        out.append(f"  context: gold {sorted(gold)} mine {sorted(mine_ctx)}")
    if out:
        parts = [f"{e.type}:{e.trigger}"
                 f" a={by_id[e.actor].name + '/' + str(by_id[e.actor].sector) if e.actor else None}"
                 f" r={by_id[e.recipient].name + '/' + str(by_id[e.recipient].sector) if e.recipient else None}"  # noqa: E501
                 for e in events]
        out.insert(0, f"[{i}] {str(rec['text']).strip('{} ')}\n  events: {'; '.join(parts)}")
    return out


def main() -> None:
    """Print gsr-sector and gsr-context for the even, odd and all lines."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print misses of EVEN lines only")
    args = ap.parse_args()
    records = read_jsonl(DEFAULT_DATA_DIR / "events" / "plover-gsr-dev.jsonl")
    texts = [str(r["text"]).strip("{} ") for r in records]
    halves = {"even": _Half(), "odd": _Half(), "all": _Half()}
    for i, (rec, doc) in enumerate(zip(records, parse_texts(texts), strict=True)):
        group = primary(analyse(doc))
        record = extract(doc.text)
        events = primary_events(record, group)
        joint = any(c.symmetric for c in group)
        gold = gold_contexts(rec.get("context"))
        for name in (half(i), "all"):
            score_sector(halves[name].gsr, rec, record, events, joint)
            mine_ctx = _count_context(halves[name].gsr, gold, events)
            halves[name].contexts_given[len(mine_ctx)] += 1
        if args.misses and half(i) == "even":
            for line in _miss_lines(i, rec, record, events, joint, mine_ctx):
                print(line)
    for name, h in halves.items():
        t = h.gsr
        print(f"{name:<5} gsr-sector n={t.sectors:<4} sector_acc {t.sector_hit / t.sectors:.3f}"
              f" ({t.sector_hit})  sector_any {t.sector_any / t.sectors:.3f}  GOV baseline "
              f"{t.sector_base / t.sectors:.3f} | gsr-context n={t.contexts:<4} share "
              f"{t.context_share / t.contexts:.3f} ({t.context_share})  equal "
              f"{t.context_equal / t.contexts:.3f} ({t.context_equal})  "
              f"contexts/event-group {dict(sorted(h.contexts_given.items()))}")


if __name__ == "__main__":
    main()
