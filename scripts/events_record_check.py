"""Check the record's event countries: GSR dev misses by cause, and two tuning sets (issue 4).

Record rows score what ``newsledger.extract`` gives the user: the country of the Record's actor
behind ``Event.actor`` / ``Event.recipient``. This script

1. classifies every GSR dev gold code the record misses (the eval's "record actors" row) as
   ``no-event`` (no primary event), ``no-actor-id`` (the event has no actor/recipient id),
   ``actor-no-country`` (the actor has no country), or ``wrong-country``; ``args-ok`` says
   whether the events stage's arguments row has the code (``--list`` prints every miss);
2. scores the same record countries on the two PETRARCH-2 sets, used to check each country rule
   against text it was not written from: a gold coding counts as found when some record event
   of its PLOVER type has an actor (recipient) of the coding's source (target) country. Only
   codes that are ISO 3166 countries the lexicon knows AND that some word of the sentence names
   are scored (the unit tests' fictional states, "Gondor", share letters with ISO codes);
3. classifies the misses on the held-out country set (T18, ``country_heldout.jsonl``) the same
   way, plus ``invented`` for a side labelled with no country that the record gives one. The
   held-out set is for measuring, not for finding rules: a cause counted here may only be fixed
   by a general rule that also holds on GSR dev and PETRARCH-2 (docs/evaluation.md, events).

    .venv/bin/python scripts/events_record_check.py [--data ../shared/data] [--list]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsledger import lexicon
from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate.country_set import COUNTRY_HELDOUT
from newsledger.evaluate.events import analyse, gold_codes, parse_texts, primary, read_jsonl
from newsledger.lexicon_data import country_names
from newsledger.pipeline import extract
from newsledger.record import Record


def gsr_misses(data: Path, show: bool) -> Counter[tuple[str, str, bool]]:
    """Return (role, cause, args-ok) counts of the record's GSR dev misses."""
    recs = read_jsonl(data / "events" / "plover-gsr-dev.jsonl")
    texts = [str(r["text"]).strip("{} ") for r in recs]
    counts: Counter[tuple[str, str, bool]] = Counter()
    for rec, doc in zip(recs, parse_texts(texts), strict=True):
        group = primary(analyse(doc))
        record = extract(doc.text)
        wanted = {(c.event.type, c.event.trigger, c.event.start) for c in group}
        by_id = {a.id: a for a in record.actors}
        events = [e for e in record.events if (e.type, e.trigger, e.start) in wanted]
        sym = any(c.symmetric for c in group)
        for role, field, arg_field in (("source", "actor", "actor_country"),
                                       ("target", "recipient", "recipient_country")):
            gold, _ = gold_codes(rec.get(role))
            ids = [e.actor for e in events] + [e.recipient for e in events] if sym else \
                [getattr(e, field) for e in events]
            countries = {by_id[i].country for i in ids if i in by_id}
            args = {c.actor_country for c in group} | {c.recipient_country for c in group} \
                if sym else {getattr(c, arg_field) for c in group}
            for code in gold:
                if code in countries:
                    continue
                if not events:
                    cause = "no-event"
                elif all(i is None for i in ids):
                    cause = "no-actor-id"
                elif all(by_id[i].country is None for i in ids if i):
                    cause = "actor-no-country"
                else:
                    cause = "wrong-country"
                counts[(role, cause, code in args)] += 1
                if show:
                    names = [f"{by_id[i].name}/{by_id[i].country}" for i in ids if i in by_id]
                    print(f"{rec['id']} {role} {code} {cause} args-ok={code in args} "
                          f"record={names}\n    {doc.text}")
    return counts


def heldout_misses(show: bool) -> Counter[tuple[str, str]]:
    """Return (role, cause) counts of the record's misses on the held-out country set."""
    items = read_jsonl(COUNTRY_HELDOUT)
    counts: Counter[tuple[str, str]] = Counter()
    for item, doc in zip(items, parse_texts([str(i["sentence"]) for i in items]), strict=True):
        start = int(str(item["trigger_start"]))
        sym = any(c.symmetric for c in analyse(doc) if c.event.start <= start < c.event.end)
        record = extract(doc.text)
        by_id = {a.id: a for a in record.actors}
        events = [e for e in record.events if e.start <= start < e.end]
        for role, field in (("actor", "actor"), ("recipient", "recipient")):
            gold = [str(c) for c in item[role]]  # type: ignore[attr-defined]
            ids = [e.actor for e in events] + [e.recipient for e in events] if sym else \
                [getattr(e, field) for e in events]
            countries = {by_id[i].country for i in ids if i in by_id}
            causes = []
            partners = {str(c) for c in item["actor"] + item["recipient"]} if sym else set()  # type: ignore[operator]
            if not gold and countries - {None} - partners:
                causes.append("invented")
            for code in gold:
                if code in countries:
                    continue
                if not events:
                    causes.append("no-event")
                elif all(i is None for i in ids):
                    causes.append("no-actor-id")
                elif all(by_id[i].country is None for i in ids if i):
                    causes.append("actor-no-country")
                else:
                    causes.append("wrong-country")
            for cause in causes:
                counts[(role, cause)] += 1
                if show:
                    names = [f"{by_id[i].name}/{by_id[i].country}" for i in ids if i in by_id]
                    print(f"{item['source']} {role} gold={gold} {cause} record={names} "
                          f"[{item['trigger']}]\n    {doc.text}")
    return counts


def _named_codes(text: str) -> set[str]:
    """Return the countries some word or word pair of a sentence names."""
    words = text.replace(",", " ").replace(".", " ").replace("'s", " ").split()
    grams = words + [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] + \
        [" ".join(words[i:i + 3]) for i in range(len(words) - 2)]
    return {c for c in (lexicon.country_of(g) for g in grams) if c}


def petr_record(data: Path, name: str) -> tuple[int, int, int, int]:
    """Return (source hits, sources, target hits, targets) of the record on a PETRARCH set."""
    known = set(country_names().values())
    recs = [r for r in read_jsonl(data / "events" / name) if str(r.get("text") or "").strip()]
    s_hit = s_n = t_hit = t_n = 0
    for rec in recs:
        text = str(rec["text"])
        named = _named_codes(text)
        codings = [c for c in rec.get("codings") or [] if isinstance(c, dict)  # type: ignore[attr-defined]
                   and c.get("plover_event")]
        if not codings:
            continue
        record: Record = extract(text)
        country = {a.id: a.country for a in record.actors}
        for c in codings:
            events = [e for e in record.events if e.type == c["plover_event"]]
            for role, field in (("sourcecode", "actor"), ("targetcode", "recipient")):
                code = str(c.get(role) or "")[:3]
                if code not in known or code not in named:
                    continue
                hit = any(country.get(getattr(e, field) or "") == code for e in events)
                if role == "sourcecode":
                    s_hit, s_n = s_hit + hit, s_n + 1
                else:
                    t_hit, t_n = t_hit + hit, t_n + 1
    return s_hit, s_n, t_hit, t_n


def main() -> None:
    """Print the GSR miss causes and the PETRARCH-2 record country figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--list", action="store_true", help="print every GSR miss")
    parser.add_argument("--heldout", action="store_true",
                        help="only the held-out country set's misses (with --list: each one)")
    args = parser.parse_args()
    if args.heldout:
        held = heldout_misses(args.list)
        print(json.dumps({" ".join(k): v for k, v in sorted(held.items())}, indent=1))
        return
    counts = gsr_misses(args.data, args.list)
    print(json.dumps({" ".join(map(str, k)): v for k, v in sorted(counts.items())}, indent=1))
    for name in ("petr2-unittests.jsonl", "petr2-validation.jsonl"):
        s_hit, s_n, t_hit, t_n = petr_record(args.data, name)
        print(f"{name}: record source {s_hit}/{s_n}, target {t_hit}/{t_n}, "
              f"country {(s_hit + t_hit) / max(1, s_n + t_n):.3f}")


if __name__ == "__main__":
    main()
