"""Measure the second held-out country set (issue 4, T19) once: overall and by kind of sentence.

``tests/fixtures/events/country_heldout2.jsonl`` holds 131 news sentences labelled by hand (trigger,
PLOVER type, actor and recipient ISO3 codes) and committed before newsledger was run on them; see
the fixture README. This script

1. checks the set: every sentence is a verbatim substring of its source article in
   ``<data>/news/*.jsonl``, and no source article is one of the other event fixture sets
   (``country_heldout.jsonl``, ``status_set.jsonl``, ``status_heldout.jsonl``);
2. scores it with :func:`newsledger.evaluate.country_set.score_countries` (the definitions of the
   "country-heldout" row of ``newsledger eval events``: record actors, event arguments and the
   root-verb baseline; source/target/country accuracy, none_acc, type_acc, event_coverage);
3. scores each kind of sentence (the ``tags`` of the set: international, domestic, person, group,
   metonymy, implicit, none, none-actor, none-recipient) the same way, on the subset of sentences
   carrying that tag.

It prints no per-sentence misses on purpose: the set is for measuring, not for finding rules.

    .venv/bin/python scripts/country_heldout2.py [--data ../shared/data] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from newsledger.evaluate import DEFAULT_DATA_DIR, SystemScores
from newsledger.evaluate.country_set import COUNTRY_HELDOUT, collapse_spaces, score_countries
from newsledger.evaluate.events import ARGUMENTS, BASELINE, RECORD, STATUS_SET

#: The set measured here, beside the first held-out set.
COUNTRY_HELDOUT2 = COUNTRY_HELDOUT.with_name("country_heldout2.jsonl")
#: Fixture sets whose articles the second set must not share (rules were tuned or checked on them).
OTHER_SETS = (COUNTRY_HELDOUT, STATUS_SET, STATUS_SET.with_name("status_heldout.jsonl"))
#: News files the sentences were cut from (under ``<data>/news``).
NEWS_FILES = ("conll2003_reuters.jsonl", "reuters21578.jsonl", "bbc_politics.jsonl")
#: The kinds reported, in the order of the fixture README.
KINDS = ("international", "domestic", "person", "group", "metonymy", "implicit",
         "none", "none-actor", "none-recipient")
#: Figures printed per row, in this order.
METRICS = ("country_acc", "source_country", "target_country", "none_acc", "type_acc",
           "event_coverage")
#: How ``score_countries`` states, in its note, how many no-country sides each row could judge.
NONE_SEEN = re.compile(r"record (\d+), arguments (\d+)")
def read_items(path: Path) -> list[dict[str, object]]:
    """Return the labelled items of a JSONL set."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def codes(item: dict[str, object], key: str) -> list[str]:
    """Return a list field of an item (ISO3 codes or tags) as strings."""
    value = item.get(key)
    return [str(v) for v in value] if isinstance(value, list) else []


def check_set(items: list[dict[str, object]], data: Path, path: Path) -> list[str]:
    """Return the problems of the set at path: non-verbatim sentences, articles of other sets."""
    texts: dict[str, str] = {}
    for name in NEWS_FILES:
        for article in read_items(data / "news" / name):
            texts[str(article["id"])] = str(article["text"])
    problems = [f"not verbatim in {item['source']}: {str(item['sentence'])[:60]!r}"
                for item in items
                if str(item["sentence"]) not in texts.get(str(item["source"]), "")]
    others = {str(item["source"]) for other in OTHER_SETS if other.resolve() != path.resolve()
              for item in read_items(other)}
    shared = sorted({str(i["source"]) for i in items} & others)
    problems += [f"article shared with another fixture set: {s}" for s in shared]
    return problems


def score_subset(items: list[dict[str, object]], label: str,
                 ) -> tuple[list[SystemScores], list[str]]:
    """Score items with ``score_countries`` (written, spaces collapsed, to a temporary file)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{label}.jsonl"
        path.write_text("".join(json.dumps(collapse_spaces(i), ensure_ascii=False) + "\n"
                                for i in items), encoding="utf-8")
        return score_countries(path, label)


def undefined(items: list[dict[str, object]], notes: list[str]) -> dict[str, set[str]]:
    """Return, per system, the metrics with an empty denominator on these items (shown as '-').

    ``score_countries`` gives 0.0 for those; a kind without actor codes (none, none-actor) has no
    source_country, and none_acc is undefined when no side labelled with no country was coded
    (known for the record and arguments rows from the note; the baseline's 0.0 may be either).
    """
    n_src = sum(len(codes(i, "actor")) for i in items)
    n_tgt = sum(len(codes(i, "recipient")) for i in items)
    empty = sum(not codes(i, side) for i in items for side in ("actor", "recipient"))
    base = {name for name, den in (("source_country", n_src), ("target_country", n_tgt),
                                   ("country_acc", n_src + n_tgt), ("none_acc", empty)) if not den}
    seen = next((m for m in map(NONE_SEEN.search, notes) if m), None)
    out = {system: set(base) for system in (RECORD, ARGUMENTS, BASELINE)}
    if seen:
        for system, count in ((RECORD, seen.group(1)), (ARGUMENTS, seen.group(2))):
            if count == "0":
                out[system].add("none_acc")
    return out


def row_text(label: str, n: int, row: SystemScores, missing: set[str]) -> str:
    """Format one table row ('-' for a metric with an empty denominator)."""
    figures = "  ".join(("-" if m in missing else f"{row.metrics[m]:.3f}").rjust(len(m))
                        for m in METRICS)
    return f"{label:<16} {n:>4}  {row.system:<29} {figures}"


def main(argv: list[str] | None = None) -> int:
    """Check and score the second held-out country set; print the table (and write JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--set", type=Path, default=COUNTRY_HELDOUT2, dest="path")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    items = read_items(args.path)
    problems = check_set(items, args.data, args.path)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    n_src = sum(len(codes(i, "actor")) for i in items)
    n_tgt = sum(len(codes(i, "recipient")) for i in items)
    empty = sum(not codes(i, side) for i in items for side in ("actor", "recipient"))
    print(f"{args.path.name}: {len(items)} sentences from {len({i['source'] for i in items})} "
          f"articles; {n_src} actor and {n_tgt} recipient codes; {empty} sides with no country; "
          "all verbatim, no article shared with another fixture set")
    rows, notes = score_subset(items, args.path.stem.replace("_", "-"))
    print("\n".join(note.split("; labelled before")[0] for note in notes))
    header = "  ".join(METRICS)
    print(f"\n{'kind':<16} {'n':>4}  {'system':<29} {header}")
    table: dict[str, list[dict[str, object]]] = {}
    for kind, subset, sub_rows, sub_notes in _by_kind(items, rows, notes):
        missing = undefined(subset, sub_notes)
        table[kind] = [r.to_dict() | {"undefined": sorted(missing[r.system])} for r in sub_rows]
        for row in sub_rows:
            print(row_text(kind, len(subset), row, missing[row.system]))
    if args.json:
        args.json.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
    return 0


def _by_kind(items: list[dict[str, object]], rows: list[SystemScores], notes: list[str],
             ) -> list[tuple[str, list[dict[str, object]], list[SystemScores], list[str]]]:
    """Return (kind, its items, its rows, its notes): the whole set first, then each tag."""
    out = [("all", items, rows, notes)]
    for kind in KINDS:
        subset = [i for i in items if kind in codes(i, "tags")]
        if subset:
            out.append((kind, subset, *score_subset(subset, kind)))
    return out


if __name__ == "__main__":
    sys.exit(main())
