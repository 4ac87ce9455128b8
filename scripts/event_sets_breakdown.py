"""Break the T24 event-set figures down: ACLED countries by actor kind, CASE 2021 types by class.

Reading aid for docs/evaluation.md (section event-sets); the figures themselves come from
``newsledger eval events``. Only the sets nobody tuned on and whose items may be read are broken
down (ACLED notes, CASE 2021 snippets); the held-out country sets 2 and 3 are not (totals only).

Usage: ``nice .venv/bin/python scripts/event_sets_breakdown.py [--data DIR]`` (about 40 s).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate.acled_countries import SEPARATIST_PREFIXES, gold_country, record_sides
from newsledger.evaluate.case_types import case_map, first_primary, read_snippets
from newsledger.evaluate.events import acled_notes, analyse, parse_texts
from newsledger.pipeline import extract


def _kind(name: str) -> str:
    """Return an ACLED actor name's kind for the breakdown: NAF, or the words before 'of'/'('."""
    if any(name.startswith(p) for p in SEPARATIST_PREFIXES):
        return "NAF (separatists)"
    return name.split(" of ")[0].split(" (")[0]


def acled(data_dir: Path) -> None:
    """Print the record's hits per ACLED actor kind and side, and what NAF sides get instead."""
    seen: Counter[tuple[str, str]] = Counter()
    hit: Counter[tuple[str, str]] = Counter()
    naf_got: Counter[str] = Counter()
    for note in acled_notes(data_dir)[0]:
        row = note.row
        sides = record_sides(extract(row["notes"]), note.coded, note.type)
        for side, key, found in (("actor1", "actor1", sides[0]), ("actor2", "actor2", sides[1])):
            code = gold_country(row[key])
            if code is None:
                continue
            kind = (side, f"{_kind(row[key])} {code}")
            seen[kind] += 1
            hit[kind] += code in found
            if kind[1].startswith("NAF"):
                naf_got.update(str(c) for c in found)
    print("== acled-countries: record hits by side and actor kind (type-matched events)")
    for kind, n in sorted(seen.items(), key=lambda kv: -kv[1]):
        print(f"{kind[0]:7} {kind[1]:38} {hit[kind]:4}/{n:<4} {hit[kind] / n:.3f}")
    print(f"NAF sides: countries among the record's events on that side: {dict(naf_got)}")


def case(data_dir: Path) -> None:
    """Print type_any / type_primary per CASE class and events per snippet of no-event classes."""
    table = case_map()
    snippets = read_snippets(data_dir)
    per: dict[str, Counter[str]] = {}
    for (_text, name), doc in zip(snippets, parse_texts([t for t, _ in snippets]), strict=True):
        coded = analyse(doc)
        types = [c.event.type for c in coded]
        c = per.setdefault(name, Counter())
        c["n"] += 1
        c["any"] += bool(table[name].types & set(types))
        c["primary"] += first_primary(doc, coded) in table[name].types
        c["none"] += not types
        c["events"] += len(types)
        for t in set(types):
            c["type:" + t] += 1
    print("== case2021: per class (n, type_any, type_primary, no event, events/snippet, "
          "most frequent types)")
    for name, c in sorted(per.items(), key=lambda kv: -kv[1]["n"]):
        mapped = "|".join(sorted(table[name].types)) or ("-" if not table[name].expects_event
                                                         else "?")
        common = sorted(((v, k[5:]) for k, v in c.items() if k.startswith("type:")),
                        reverse=True)[:3]
        print(f"{name:30} {mapped:15} {c['n']:4} {c['any'] / c['n']:.3f} "
              f"{c['primary'] / c['n']:.3f} {c['none'] / c['n']:.3f} "
              f"{c['events'] / c['n']:.2f}  {', '.join(f'{t} {v}' for v, t in common)}")


def main() -> None:
    """Parse the arguments and print both breakdowns."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args()
    acled(args.data)
    case(args.data)


if __name__ == "__main__":
    main()
