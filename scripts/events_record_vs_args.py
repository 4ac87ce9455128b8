"""List every event side where the record's country differs from the events stage's (issue 4).

The events stage gives each event argument a country (``CodedEvent.actor_country`` /
``recipient_country``: the argument's own, else the event's place, else the one country its
sentence names); the record (what ``newsledger.extract`` gives the user) keeps the country of the
Record's actor behind ``Event.actor`` / ``Event.recipient``, which
:func:`newsledger.participants.complete_actors` decides. On the 120 unlabelled news articles of
``events_news_diff.py`` (first 40 of each news set) this prints each side where the two differ,
with the situation behind it, to read by hand which one is right:

- ``dropped``: the argument has no record actor (a thing, or nobody the lexicon knows);
- ``no-argument``: the event has no argument on that side; the stage guessed the place's or the
  sentence's country, the record has nobody (or its implicit target / state actor);
- ``person``: a person whose country the record does not guess from the sentence;
- ``registry``: the registry's actor has a country of its own that differs;
- ``other``: anything else (an inferred country the record did not take, a joint act).

    .venv/bin/python scripts/events_record_vs_args.py [--data ../shared/data] [--articles 40]
    .venv/bin/python scripts/events_record_vs_args.py --articles 200 \
        --file tests/fixtures/events/country_heldout.jsonl

``--file`` (repeatable) reads other JSON Lines instead of the news sets: the first ``--articles``
items' ``text`` (an article) or ``sentence`` (a labelled sentence of a country set), e.g.
``../shared/data/attribution/polnear-train.jsonl`` (T38).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

import newsledger.pipeline as pipeline
from newsledger.actors import ActorIndex
from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.events import CodedEvent
from newsledger.record import Event, Record

NEWS_SETS = ("conll2003_reuters", "reuters21578", "bbc_politics")


@dataclass(frozen=True)
class Traced:
    """One text through ``newsledger.extract``, with what the events stage saw on the way."""

    doc: Doc
    coded: list[CodedEvent]  # the events stage's coding, in the record's order
    index: ActorIndex  # the registry completed by the events' participants
    registry: set[str]  # the ids the actors stage made, before that completion
    record: Record


def traced_extract(text: str) -> Traced:
    """Run the pipeline on a text as ``newsledger.extract`` does, keeping what the events saw."""
    kept: list[tuple[ActorIndex, set[str]]] = []
    original = pipeline.complete_actors

    def spy(actors: ActorIndex, coded: Sequence[CodedEvent], text: str = "",
            ) -> tuple[ActorIndex, list[Event]]:
        """Keep the registry before and after the events' participants complete it."""
        done, events = original(actors, coded, text)
        kept.append((done, {a.id for a in actors.actors}))
        return done, events

    pipeline.complete_actors = spy
    try:
        full = pipeline.extract_in_full(text)
    finally:
        pipeline.complete_actors = original
    index, registry = kept[0]
    return Traced(full.doc, list(full.coded), index, registry, full.record)


def first_texts(paths: Sequence[Path], n: int) -> Iterator[tuple[int, dict[str, Any], str]]:
    """Yield (line number, item, its ``text`` or ``sentence``) of the first n lines of each file."""
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= n:
                    break
                item = json.loads(line)
                yield k, item, item.get("text") or item["sentence"]


def _cause(arg_country: str | None, arg: object, rec_id: str | None,
           index: ActorIndex, registry: set[str]) -> str:
    """Name the situation behind a difference (see the module docstring)."""
    if arg is None:
        return "no-argument"
    if rec_id is None:
        return "dropped"
    actor = index.get(rec_id)
    if actor is not None and actor.kind == "person":
        return "person"
    if rec_id in registry and actor is not None and actor.country is not None:
        return "registry"
    return "other"


def sides(text: str, item_id: str) -> list[dict[str, object]]:
    """Return the event sides of one article where record and arguments disagree."""
    run = traced_extract(text)
    coded, index, registry, record = run.coded, run.index, run.registry, run.record
    by_id = {a.id: a for a in index.actors}
    out = []
    for c, e in zip(coded, record.events, strict=True):
        for side, arg, arg_country, rec_id in (
                ("actor", c.actor, c.actor_country, e.actor),
                ("recipient", c.recipient, c.recipient_country, e.recipient)):
            rec = by_id.get(rec_id or "")
            rec_country = rec.country if rec is not None else None
            if rec_country == arg_country:
                continue
            out.append({
                "id": item_id, "type": e.type, "trigger": e.trigger, "side": side,
                "cause": _cause(arg_country, arg, rec_id, index, registry),
                "arg": getattr(arg, "text", None), "args_country": arg_country,
                "record": f"{rec.name}/{rec.kind}" if rec is not None else None,
                "record_country": rec_country, "sym": c.symmetric,
                "sentence": e.sentence[:220].replace("\n", " "),
            })
    return out


def main(argv: Sequence[str] | None = None) -> None:
    """Print the differing sides, then their count by cause and direction."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    parser.add_argument("--file", type=Path, action="append",
                        help="JSON Lines of {text|sentence} to read instead of the news sets")
    args = parser.parse_args(argv)
    rows: list[dict[str, object]] = []
    paths = args.file or [args.data / "news" / f"{name}.jsonl" for name in NEWS_SETS]
    for k, item, text in first_texts(paths, args.articles):
        rows.extend(sides(text, str(item.get("id") or item.get("source") or k)))
    counts: Counter[tuple[str, str, str]] = Counter()
    for r in rows:
        way = "args-only" if r["record_country"] is None else "record-only" \
            if r["args_country"] is None else "both-differ"
        counts[(str(r["side"]), str(r["cause"]), way)] += 1
        print(f"{r['id']} {r['type']} [{r['trigger']}] {r['side']} {r['cause']} "
              f"arg={r['arg']!r}/{r['args_country']} record={r['record']}/{r['record_country']}"
              f"{' sym' if r['sym'] else ''}\n    {r['sentence']}")
    for key, n in sorted(counts.items()):
        print(" ".join(key), n)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
