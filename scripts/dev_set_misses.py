"""List the events stage's misses on a labelled development set, with their cause (T46, issue 4).

A set file holds one labelled event per line, ``{source, sentence, trigger, trigger_start, type,
actor, recipient, tags}`` (tests/fixtures/events/README.md). Each sentence is run alone through
:func:`newsledger.extract` (the record, as the "record actors" row of
:func:`newsledger.evaluate.country_set.score_countries` scores it) and through the events stage on
the same parse. An item is listed when

- **coverage**: no record event's trigger span holds the labelled offset,
- **type**: events there, none of the labelled PLOVER type,
- **country** (with ``--countries``): a labelled code missing on its side, or a country given to a
  side labelled with none,

with what the system coded in the sentence (each event's trigger, type, actor and recipient with
their countries, and every trigger the lexicon found) and, for coverage and type misses, why the
labelled word got no event of that type, read through :mod:`newsledger.triggers`' public API:
no lexicon row for the lemma; rows only for the other part of speech; spaCy's tag outside what
the lexicon reads; every row constrained and none holding (the rows and what the word's parse
offers are printed); a blocking row or the natural-harm filter; a matched noun left out as a
modifier or as the content of a verbal trigger; a same-type trigger that absorbs it; an event
coded on another word of a several-word labelled trigger; or the events stage or the record
dropping a found trigger.

The held-out sets 2-6 are refused: they are for measuring only (README), and a list of their
misses would be a list of rules to write.

    nice .venv/bin/python scripts/dev_set_misses.py --set tests/fixtures/events/modern_dev.jsonl
        [--countries]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from newsledger.errors import InputError
from newsledger.evaluate.country_set import MEASURE_ONLY, collapse_spaces
from newsledger.evaluate.events import analyse, parse_texts
from newsledger.events import CodedEvent, absorber
from newsledger.pipeline import extract
from newsledger.record import Event, Record
from newsledger.trigger_constraints import OBJECT_DEPS, infinitive_complements
from newsledger.trigger_rules import lexicon_rows, row_text
from newsledger.triggers import (
    HEADLINE_ONLY,
    choose_rule,
    find_triggers,
    modifier_only,
    rule_for,
)


@dataclass(frozen=True)
class Item:
    """One labelled line of a set file."""

    line: int
    source: str
    sentence: str
    trigger: str
    start: int
    type: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]


@dataclass(frozen=True)
class Miss:
    """What is wrong with one item, and the lines that explain it."""

    item: Item
    kinds: tuple[str, ...]  # "coverage", "type", "country"
    cause: str
    details: tuple[str, ...]


def read_items(path: Path) -> list[Item]:
    """Read a set file (runs of spaces made one, as the scorer does)."""
    items = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            row = collapse_spaces(json.loads(line))
            items.append(Item(n, str(row["source"]), str(row["sentence"]), str(row["trigger"]),
                              int(str(row["trigger_start"])), str(row["type"]),
                              tuple(row["actor"]), tuple(row["recipient"])))  # type: ignore[arg-type]
    return items


def _at(start: int, begin: int, end: int) -> bool:
    """Tell whether an offset lies in a trigger span (as the scorer reads it)."""
    return begin <= start < max(end, begin + 1)


def _overlaps(item: Item, begin: int, end: int) -> bool:
    """Tell whether a span overlaps the labelled trigger."""
    return begin < item.start + len(item.trigger) and item.start < max(end, begin + 1)


def span_tokens(doc: Doc, item: Item) -> list[Token]:
    """Return the tokens of the labelled trigger, its syntactic head first."""
    toks = [t for t in doc if _overlaps(item, t.idx, t.idx + len(t.text))]
    inside = {t.i for t in toks}
    return sorted(toks, key=lambda t: t.head.i in inside and t.head.i != t.i)


def evidence(tok: Token, kinds: set[str]) -> str:
    """Describe what a token's parse offers to the constraint kinds its rows use."""
    kids = list(tok.children)
    parts = {
        "obj": [c.lemma_.lower() for c in kids if c.dep_ in OBJECT_DEPS],
        "prep": [c.lower_ for c in kids if c.dep_ in ("prep", "agent")],
        "pobj": [g.lemma_.lower() for c in kids if c.dep_ in ("prep", "agent")
                 for g in c.children if g.dep_ == "pobj"],
        "prt": [c.lower_ for c in kids if c.dep_ in ("prt", "advmod")],
        "mod": [c.lemma_.lower() for c in kids if c.dep_ in ("compound", "amod", "nmod")],
        "head": [tok.head.lemma_.lower()] if tok.head.i != tok.i else [],
        "subj": [c.lemma_.lower() for c in kids if c.dep_ == "nsubj"],
        "objent": [f"{c.text}/{c.ent_type_ or '-'}" for c in kids if c.dep_ == "dobj"],
        "pobjent": [f"{g.text}/{g.ent_type_ or '-'}" for c in kids if c.dep_ == "prep"
                    for g in c.children if g.dep_ == "pobj"],
        "xcomp": [c.lemma_.lower() for c in infinitive_complements(tok)],
        "ccomp": [c.lemma_.lower() for c in kids if c.dep_ == "ccomp"],
    }
    shown = [f"{k}={','.join(v) or '-'}" for k, v in parts.items() if k in kinds]
    return f"parse: {tok.text}/{tok.pos_}/{tok.tag_}/{tok.dep_}; " + "; ".join(shown)


def refusal(tok: Token) -> tuple[str, list[str]]:
    """Say why the lexicon gives a token no rule (rule_for returned None), from choose_rule."""
    choice = choose_rule(tok)
    rows = lexicon_rows((tok.lemma_.lower(), tok.lower_))
    if choice.held is not None:
        lines = [f"row: {row_text(r)} refused ({kind})" for r, kind in choice.refused]
        lines.append(f"held: {row_text(choice.held)}" + (" as a headline verb" * choice.headline))
        if choice.natural:
            return "natural-harm filter (a quake or accident did it)", lines
        return "blocked by a '-' row", lines
    if not rows["VERB"] and not rows["NOUN"] and not choice.refused:
        return "lexicon row missing", [f"no row for {tok.lemma_.lower()!r} ({tok.pos_})"]
    if choice.pos is None or (choice.pos == HEADLINE_ONLY and not choice.refused):
        return "part of speech not read", [
            f"spaCy tags {tok.text!r} {tok.pos_}/{tok.tag_}: the lexicon reads only verbs and "
            "common nouns (a capitalised name only in a title-case headline); rows exist: "
            f"{[row_text(r) for r in rows['VERB'] + rows['NOUN']]}"]
    if choice.pos != HEADLINE_ONLY and not rows[choice.pos]:
        other = "NOUN" if choice.pos == "VERB" else "VERB"
        return "lexicon row missing for this part of speech", [
            f"rows only as {other} ({[row_text(r) for r in rows[other]]}); the word is a "
            f"{choice.pos} here"]
    kinds = {k for r, _ in choice.refused for k, _ in r.when}
    lines = [f"row: {row_text(r)} refused ({kind})" for r, kind in choice.refused]
    return "a constraint refuses", [*lines, evidence(tok, kinds)]


def diagnose(item: Item, doc: Doc, here: list[Event], coded: Sequence[CodedEvent],
             record: Record | None) -> tuple[str, list[str]]:
    """Return the cause of a coverage or type miss, and the lines that show it."""
    toks = span_tokens(doc, item)
    if not toks:
        return "trigger offset outside the parse", []
    if record is None:
        return "record changed or dropped the sentence text", []
    if here:
        rule = rule_for(toks[0])
        return "type convention differs", [
            f"coded {sorted({e.type for e in here})} at {here[0].trigger!r}"
            + (f" by row {row_text(rule)}" if rule is not None else "")]
    near = [e for e in record.events if _overlaps(item, e.start, e.end)]
    if near:
        return "event on another word of the labelled trigger", [
            f"{e.type} at {e.trigger!r} ({e.start})" for e in near]
    matched = [(tok, rule) for tok in toks if (rule := rule_for(tok)) is not None]
    if not matched:
        cause, lines = refusal(toks[0])
        for tok in toks[1:]:
            lines += refusal(tok)[1]
        return cause, lines
    tok, rule = matched[0]
    sent: Span = tok.sent
    found = {m.token.i: m for m in find_triggers(sent)}
    if tok.i not in found:
        return ("noun left out as a modifier" if modifier_only(tok) else
                "left out as the content of a verbal trigger or a natural harm"), [
            f"row: {row_text(rule)}; head {tok.head.text!r} ({tok.dep_})"]
    host = absorber(found[tok.i], found)
    if host is not None:
        return "absorbed by a same-type trigger", [
            f"{rule.type} at {tok.text!r} merged into {doc[host].text!r}"]
    staged = [c for c in coded if _at(item.start, c.event.start, c.event.end)]
    if staged:
        return "event dropped by the record", [
            f"events stage coded {sorted({c.event.type for c in staged})}, the record kept none"]
    return "event dropped by the events stage", [f"trigger found by row {row_text(rule)}"]


def _actor_text(record: Record, actor_id: str | None) -> str:
    """Write an event side as name (kind, country)."""
    if actor_id is None:
        return "-"
    actor = next((a for a in record.actors if a.id == actor_id), None)
    if actor is None:
        return actor_id
    return f"{actor.name} ({actor.kind}, {actor.country or 'no country'})"


def country_problems(item: Item, here: list[Event], record: Record) -> list[str]:
    """Return the side mismatches of the record's events at the trigger."""
    by_id = {a.id: a.country for a in record.actors}
    out = []
    for side, gold in (("actor", item.actor), ("recipient", item.recipient)):
        found = {by_id.get(getattr(e, side) or "") for e in here}
        missing = [c for c in gold if c not in found]
        if missing:
            out.append(f"{side}: labelled {list(gold)}, record gives {sorted(map(str, found))}")
        elif not gold and found - {None}:
            out.append(f"{side}: labelled none, record gives {sorted(map(str, found - {None}))}")
    return out


def examine(item: Item, doc: Doc, countries: bool) -> Miss | None:
    """Run one item and return its miss (None when the record gets it right)."""
    coded = analyse(doc)
    try:
        record: Record | None = extract(doc.text)
    except InputError:
        record = None
    if record is not None and record.article.text != doc.text:
        record = None
    events = list(record.events) if record is not None else []
    here = [e for e in events if _at(item.start, e.start, e.end)]
    kinds = []
    if not here:
        kinds.append("coverage")
    elif item.type not in {e.type for e in here}:
        kinds.append("type")
    problems = country_problems(item, here, record) if countries and here and record else []
    if problems:
        kinds.append("country")
    if not kinds:
        return None
    cause, lines = "", list[str]()
    if "coverage" in kinds or "type" in kinds:
        cause, lines = diagnose(item, doc, here, coded, record)
    coded_lines = [f"event {e.type} {e.trigger!r}@{e.start} [{e.status}] actor="
                   f"{_actor_text(record, e.actor)} recipient={_actor_text(record, e.recipient)}"
                   for e in events] if record is not None else []
    triggers = [f"{m.token.text}:{m.rule.type}" for s in doc.sents for m in find_triggers(s)]
    details = (*lines, *problems, *coded_lines, f"lexicon triggers: {', '.join(triggers) or '-'}")
    return Miss(item, tuple(kinds), cause, details)


def report(misses: Sequence[Miss], n_items: int) -> str:
    """Format the misses, then counts by kind and cause."""
    out = []
    for m in misses:
        it = m.item
        out.append(f"[{it.line}] {'+'.join(m.kinds)}: {it.trigger!r}@{it.start} {it.type} "
                   f"{list(it.actor)}->{list(it.recipient)}  ({it.source})")
        out.append(f"    {it.sentence}")
        if m.cause:
            out.append(f"    cause: {m.cause}")
        out.extend(f"    {d}" for d in m.details)
    kinds = Counter(k for m in misses for k in m.kinds)
    causes = Counter(m.cause for m in misses if m.cause)
    out.append(f"\n{len(misses)} of {n_items} items listed; by kind: {dict(kinds)}")
    out.extend(f"  {n:3d}  {cause}" for cause, n in causes.most_common())
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, refuse a held-out set, and print the misses of a development set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, required=True, dest="path",
                        help="a labelled set file (tests/fixtures/events/*.jsonl)")
    parser.add_argument("--countries", action="store_true",
                        help="also list items whose event is coded with a wrong country")
    args = parser.parse_args(argv)
    if MEASURE_ONLY.search(args.path.name):
        print(f"refused: {args.path.name} is a held-out set, for measuring only "
              "(tests/fixtures/events/README.md); list misses on a development set instead",
              file=sys.stderr)
        return 2
    items = read_items(args.path)
    docs = parse_texts([it.sentence for it in items])
    misses = [m for it, doc in zip(items, docs, strict=True)
              if (m := examine(it, doc, args.countries)) is not None]
    print(report(misses, len(items)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
