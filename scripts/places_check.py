"""Measure places (T28, T33): ACLED places and GSR location, even (development) / odd (unseen).

Run: ``nice .venv/bin/python scripts/places_check.py [--misses N] [--no-gsr]``.

The ACLED rows are split by their 0-based index in ``acled-notes-ua-ru-by.csv``: rules were
developed by reading misses of EVEN rows only; the ODD rows are the unseen half. Figures use
the event-fields definitions (:mod:`newsledger.evaluate.event_fields`): the scored place is the
first located event of the note's mapped PLOVER type. Parses are cached in /tmp (keyed by the
text) because places depend only on the parse; everything after the parse is rerun. The GSR
location row is split the same way by the 0-based line of ``plover-gsr-dev.jsonl`` (T33); its
misses are printed for EVEN lines only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin

from newsledger.evaluate import DEFAULT_DATA_DIR
from newsledger.evaluate.event_fields import (
    PlacesTally,
    first_gazetteer_place,
    iso2_to_iso3,
    names_match,
    note_place,
    primary_events,
)
from newsledger.evaluate.events import acled_map, analyse, primary, read_jsonl
from newsledger.lexicon_data import country_from_name
from newsledger.parse import load_pipeline
from newsledger.pipeline import extract
from newsledger.places import great_circle_km
from newsledger.record import Place

CACHE = Path("/tmp/newsledger_places_check")


def _parsed(texts: list[str]) -> list[Doc]:
    """Return the parsed texts, from the /tmp cache when the same texts were parsed before."""
    nlp = load_pipeline()
    key = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.spacy"
    if path.is_file():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=64))
    CACHE.mkdir(exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(path)
    return docs


def _fmt(name: str, m: dict[str, float], n: int) -> str:
    """Return one figure line."""
    return (f"{name:<14} n={n:<4} found {m['has_location']:.3f}  country {m['country_acc']:.3f}  "
            f"25km {m['within_25km']:.3f}  100km {m['within_100km']:.3f}  "
            f"name {m['name_match']:.3f}  name/admin1 {m['name_or_admin1']:.3f}")


def half(i: int) -> str:
    """Return the half of a 0-based CSV row index: even rows develop, odd rows are unseen."""
    return "even" if i % 2 == 0 else "odd"


def _km_to_gold(place: Place | None, row: dict[str, str]) -> float | None:
    """Return how far a found place lies from ACLED's point, None when it has no point."""
    if place is None or place.lat is None or place.lon is None:
        return None
    return great_circle_km(place.lat, place.lon, float(row["latitude"]), float(row["longitude"]))


def _miss_kind(place: Place | None, row: dict[str, str]) -> str:
    """Return what became of one note's place: within 25 km, or how it missed."""
    if place is None:
        return "no place"
    if place.country != country_from_name(row["country"]):
        return "wrong/no country"
    km = _km_to_gold(place, row)
    if km is None:
        return "country, no point"
    return "within 25 km" if km <= 25 else "over 25 km"


def gsr_location(misses: int) -> None:
    """Print the GSR location row per half (0-based line of the GSR file) and EVEN misses."""
    records = read_jsonl(DEFAULT_DATA_DIR / "events" / "plover-gsr-dev.jsonl")
    texts = [str(r["text"]).strip("{} ") for r in records]
    counts = {h: Counter[str]() for h in ("even", "odd")}
    for i, (rec, doc) in enumerate(zip(records, _parsed(texts), strict=True)):
        gold = rec.get("event_loc")
        if not isinstance(gold, dict):
            continue
        events = primary_events(extract(doc.text), primary(analyse(doc)))
        places = [e.location for e in events if e.location is not None]
        name = str(gold.get("name") or "")
        country = iso2_to_iso3(gold.get("country code"))
        c = counts[half(i)]
        c["n"] += 1
        c["found"] += bool(places)
        c["name"] += any(names_match(p.name, name) for p in places)
        c["countries"] += country is not None
        c["country"] += country is not None and any(p.country == country for p in places)
        if i % 2 == 0 and misses and not any(names_match(p.name, name) for p in places):
            got = ", ".join(f"{p.name}/{p.country}" for p in places) or "-"
            print(f"[GSR {i}] gold {name} | got {got}\n    {doc.text[:300]}")
    for h, c in counts.items():
        n, k = c["n"] or 1, c["countries"] or 1
        print(f"GSR location {h:<4} n={c['n']:<3} loc_found {c['found'] / n:.3f}  "
              f"loc_name {c['name'] / n:.3f}  loc_country {c['country'] / k:.3f} "
              f"({c['country']}/{c['countries']})")


def main() -> None:
    """Print ACLED even/odd place figures (and baseline), and the GSR location row."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", type=int, default=0, help="print this many EVEN-row misses")
    ap.add_argument("--kind", default="", help="print only misses of this outcome")
    ap.add_argument("--no-gsr", action="store_true")
    args = ap.parse_args()
    path = DEFAULT_DATA_DIR / "events" / "acled-notes-ua-ru-by.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    table = acled_map()
    scored = [(i, r, t) for i, r in enumerate(rows)
              if (t := table.get((r["event_type"], r["sub_event_type"])))]
    docs = _parsed([r["notes"] for _, r, _ in scored])
    halves = {name: (PlacesTally(), PlacesTally(), [0]) for name in ("even", "odd")}
    shown = 0
    kinds: dict[str, Counter[str]] = {"even": Counter(), "odd": Counter()}
    for (i, row, type_), doc in zip(scored, docs, strict=True):
        mine, base, count = halves[half(i)]
        place = note_place(analyse(doc), type_)
        mine.add(place, row)
        base.add(first_gazetteer_place(doc), row)
        count[0] += 1
        kind = _miss_kind(place, row)
        kinds[half(i)][kind] += 1
        if i % 2 == 0 and shown < args.misses:
            km = _km_to_gold(place, row)
            if (km is None or km > 25) and args.kind in ("", kind):
                shown += 1
                got = "-" if place is None else f"{place.name}/{place.country}/{km and round(km)}"
                print(f"[{i}] gold {row['location']}, {row['admin1']} | got {got}\n    "
                      f"{row['notes'][:300]}")
    for name, (mine, base, count) in halves.items():
        print(_fmt(f"ACLED {name}", mine.metrics(count[0]), count[0]))
        print(_fmt("  baseline", base.metrics(count[0]), count[0]))
        print("  outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds[name].items())))
    if not args.no_gsr:
        gsr_location(args.misses)


if __name__ == "__main__":
    main()
