"""``event-fields``: the event fields nobody scored before T27 — sector, mode, context, place.

Rows of ``newsledger eval events`` (issue 4 promises actors with a sector, events with a mode and
a context, and geocoded places). This module only **measures**: no rule was written or tuned on
these sets, so the figures are unbiased.

**GSR dev** (``../shared/data/events/plover-gsr-dev.jsonl``, 165 sentences, one gold event each).
Each sentence is parsed, coded (:func:`newsledger.evaluate.events.analyse`) and extracted
(:func:`newsledger.extract`); the scored events are the record's events of the sentence's
*primary* group (:func:`newsledger.evaluate.events.primary`, the group the GSR type and country
rows score), matched by (type, trigger, start) as ``_record_countries`` does.

- ``gsr-sector``: each gold ``source[]`` / ``target[]`` item whose sector is scored
  (:func:`gold_sector`) counts; a hit when that sector is among the sectors of the record actors
  that are the primary events' actors (source) / recipients (target); a joint act (roles "sym")
  pools both sides, as for countries. ``sector_any``: among either side's sectors.
- ``gsr-mode``: ``mode_acc`` over sentences whose gold mode is not null: some primary event has
  exactly the gold mode; ``mode_family``: the same on the part before the first "-" (the gold's
  "strike-hun", "demo-org", "riot-spon" are sub-modes of the bare "strike", "demo", "riot");
  ``null_kept`` over sentences with a null gold mode: no primary event has a mode.
- ``gsr-context``: over sentences whose gold context is not empty (a comma list, read by
  :func:`gold_contexts`): ``context_share`` = the union of the primary events' context tuples
  shares one context with the gold, ``context_equal`` = equals the gold set.
- ``gsr-location``: over the 22 sentences with an ``event_loc``: ``loc_found`` = some primary
  event has a location, ``loc_name`` = one's name matches the gold name (:func:`names_match`),
  ``loc_country`` over the 4 of them whose gold gives a country code (ISO2, read as ISO3): one's
  country is it.

**ACLED places** (``acled-notes-ua-ru-by.csv``: each note has ACLED's ``location`` (the town),
``admin1`` (the oblast), ``latitude``/``longitude`` and ``country``). For each note whose ACLED
type maps to PLOVER (the ``acled-notes`` rows' notes, extracted once for every ACLED row),
the scored event is the first event in text order with the note's mapped type and a location.
The events are those of :func:`newsledger.events.code_events`, the very events the record's
``Event.location`` comes from (no second parse). Over all such notes: ``has_location``;
``country_acc`` (its country is the note's); ``within_25km`` / ``within_100km`` (haversine
distance to ACLED's point: :data:`NEAR_KM`, :data:`REGION_KM`); ``name_match`` (the name matches
ACLED's ``location``); ``name_or_admin1`` (or its ``admin1``).

**Baselines.** GSR: the majority class of the set (sector GOV for every side, no mode, the most
frequent single context of the gold); location (GSR and ACLED): the first GPE/LOC/FAC entity of
the text that the offline gazetteer (:func:`newsledger.places.geocode`) resolves, whatever its
role in the sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry
from spacy.tokens import Doc

from newsledger.evaluate import SystemScores
from newsledger.evaluate.events import (
    RECORD,
    AcledNote,
    analyse,
    parse_texts,
    primary,
    ratio,
    read_jsonl,
)
from newsledger.events import CodedEvent
from newsledger.lexicon_data import country_from_name, fold
from newsledger.pipeline import extract
from newsledger.places import PLACE_LABELS, geocode, great_circle_km
from newsledger.record import Event, Place, Record

#: Row names of this module (one ``n`` per row, so one data set per field).
SECTOR, MODE, CONTEXT, LOCATION, ACLED = ("gsr-sector", "gsr-mode", "gsr-context",
                                           "gsr-location", "acled-places")
MAJORITY = "baseline (majority class)"
GAZETTEER = "baseline (first gazetteer place)"

#: Sectors scored: the issue-4 list (record.py's Actor.sector) and the other CAMEO role codes the
#: gold and the actor lexicons both use. A gold code is read by its first three letters (the GSR
#: writes ethnic/religious suffixes: "CVLalb", "REBMOS"); null and "***" (unknown) are not scored,
#: nor are codes outside this set (JRN, PTY: no CAMEO role), counted in a note.
SCORED_SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "CVL", "IGO", "MED", "BUS", "JUD", "LEG", "NGO", "REF",
    "COP", "CRM", "EDU", "ELI", "LAB", "SPY", "REL", "AGR", "HLH", "UAF",
})

#: Gold sector spellings that mean a scored code: CAMEO's civilian code is CVL ("CIV" is the
#: GSR's variant of it, used beside CVL in the same file).
SECTOR_ALIASES = {"CIV": "CVL"}

#: Gold context spellings that mean another: the GSR writes both "refugee" and "refugees".
CONTEXT_ALIASES = {"refugees": "refugee"}

#: ACLED point within this many km: the right town or its outskirts. ACLED places an event at the
#: named town (geo_precision 1) or at a town of the district it names (2); a district (raion) of
#: Ukraine spans some 30-50 km, so 25 km is "the right town or its immediate area".
NEAR_KM = 25.0

#: Within this many km: the right region. A Ukrainian oblast covers some 25,000-33,000 km²
#: (a radius of about 90-100 km), so 100 km is "the right oblast", not the right town.
REGION_KM = 100.0

def gold_sector(code: object) -> str | None:
    """Return the scored sector of a gold code ("CVLalb" -> CVL), None when not scored."""
    if not isinstance(code, str) or len(code) < 3:
        return None
    head = code[:3].upper()
    head = SECTOR_ALIASES.get(head, head)
    return head if head in SCORED_SECTORS else None


def gold_contexts(value: object) -> frozenset[str]:
    """Return the gold context set of a comma list ("diplomatic, military"); empty for none."""
    if not isinstance(value, str):
        return frozenset()
    parts = (p.strip().lower() for p in value.split(","))
    return frozenset(CONTEXT_ALIASES.get(p, p) for p in parts if p and p != "unknown")


def mode_family(mode: str) -> str:
    """Return the mode's family: the part before the first "-" ("strike-hun" -> "strike")."""
    return mode.split("-", 1)[0]


def _words(name: str) -> list[str]:
    """Return a place name's folded words, without a leading article ("the Donbas")."""
    words = fold(name).replace("-", " ").replace(",", " ").split()
    return words[1:] if words[:1] == ["the"] else words


def names_match(system: str, gold: str) -> bool:
    """Tell whether two place names match: equal, or one is a run of the other's words.

    "Jaffna" matches "Jaffna peninsula", "Herat" "province of Herat"; spelling variants
    ("Kiev"/"Kyiv") do not.
    """
    a, b = _words(system), _words(gold)
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def iso2_to_iso3(code: object) -> str | None:
    """Return the ISO3 code of an ISO2 one ("CH" -> CHE), None if unknown."""
    if not isinstance(code, str) or not code:
        return None
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.alpha_3 if country is not None else None


def first_gazetteer_place(doc: Doc) -> Place | None:
    """Return the baseline place: the text's first place entity the gazetteer resolves."""
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            geo = geocode(ent.text)
            if geo is not None:
                return geo.place(ent.start_char, ent.end_char)
    return None


def primary_events(record: Record, group: Sequence[CodedEvent]) -> list[Event]:
    """Return the record's events of a primary group (matched by type, trigger and start)."""
    wanted = {(c.event.type, c.event.trigger, c.event.start) for c in group}
    return [e for e in record.events if (e.type, e.trigger, e.start) in wanted]


def side_sectors(record: Record, events: Sequence[Event], joint: bool,
                 ) -> tuple[set[str], set[str]]:
    """Return the sectors of the events' actors and of their recipients (pooled if joint)."""
    by_id = {a.id: a.sector for a in record.actors}
    actors = {s for e in events if (s := by_id.get(e.actor or ""))}
    recipients = {s for e in events if (s := by_id.get(e.recipient or ""))}
    if joint:
        actors = recipients = actors | recipients
    return actors, recipients


@dataclass
class GsrTally:
    """Running counts of the GSR field rows, for newsledger and the baselines."""

    sectors: int = 0
    sector_hit: int = 0
    sector_any: int = 0
    sector_base: int = 0
    sector_skipped: int = 0
    modes: int = 0
    mode_hit: int = 0
    family_hit: int = 0
    nulls: int = 0
    null_kept: int = 0
    contexts: int = 0
    context_share: int = 0
    context_equal: int = 0
    locs: int = 0
    loc_found: int = 0
    loc_name: int = 0
    loc_countries: int = 0
    loc_country: int = 0
    base_found: int = 0
    base_name: int = 0
    base_country: int = 0


def score_sector(t: GsrTally, rec: dict[str, object], record: Record, events: Sequence[Event],
                  joint: bool) -> None:
    """Count one sentence's gold sectors against the record's actors and the GOV baseline."""
    actors, recipients = side_sectors(record, events, joint)
    for key, mine in (("source", actors), ("target", recipients)):
        items = rec.get(key)
        for item in items if isinstance(items, list) else []:
            sector = gold_sector(item.get("sector"))
            if sector is None:
                t.sector_skipped += 1
                continue
            t.sectors += 1
            t.sector_hit += sector in mine
            t.sector_any += sector in actors | recipients
            t.sector_base += sector == "GOV"


def _score_loc(t: GsrTally, gold: dict[str, object], events: Sequence[Event], doc: Doc) -> None:
    """Count one sentence's gold event location against the events' and the baseline's."""
    name = str(gold.get("name") or "")
    country = iso2_to_iso3(gold.get("country code"))
    places = [e.location for e in events if e.location is not None]
    base = first_gazetteer_place(doc)
    t.locs += 1
    t.loc_found += bool(places)
    t.loc_name += any(names_match(p.name, name) for p in places)
    t.base_found += base is not None
    t.base_name += base is not None and names_match(base.name, name)
    if country is not None:
        t.loc_countries += 1
        t.loc_country += any(p.country == country for p in places)
        t.base_country += base is not None and base.country == country


def score_gsr_fields(data_dir: Path) -> tuple[list[SystemScores], list[str]]:
    """Score sector, mode, context and location of the GSR dev sentences' primary events."""
    records = read_jsonl(data_dir / "events" / "plover-gsr-dev.jsonl")
    texts = [str(r["text"]).strip("{} ") for r in records]
    majority_context = Counter(c for r in records for c in gold_contexts(r.get("context")))
    top_context = majority_context.most_common(1)[0][0] if majority_context else ""
    base_context = {"share": 0, "equal": 0}
    t = GsrTally()
    for rec, doc in zip(records, parse_texts(texts), strict=True):
        group = primary(analyse(doc))
        record = extract(doc.text)
        events = primary_events(record, group)
        score_sector(t, rec, record, events, any(c.symmetric for c in group))
        modes = {e.mode for e in events if e.mode}
        gold_mode = rec.get("mode")
        if isinstance(gold_mode, str) and gold_mode:
            t.modes += 1
            t.mode_hit += gold_mode in modes
            t.family_hit += mode_family(gold_mode) in {mode_family(m) for m in modes}
        else:
            t.nulls += 1
            t.null_kept += not modes
        gold_ctx = gold_contexts(rec.get("context"))
        if gold_ctx:
            mine = {c for e in events for c in e.context}
            t.contexts += 1
            t.context_share += bool(mine & gold_ctx)
            t.context_equal += mine == gold_ctx
            base_context["share"] += top_context in gold_ctx
            base_context["equal"] += gold_ctx == {top_context}
        loc = rec.get("event_loc")
        if isinstance(loc, dict):
            _score_loc(t, loc, events, doc)
    rows = [
        SystemScores(RECORD, SECTOR, {"sector_acc": ratio(t.sector_hit, t.sectors),
                                      "sector_any": ratio(t.sector_any, t.sectors)}, n=t.sectors),
        SystemScores(MAJORITY, SECTOR, {"sector_acc": ratio(t.sector_base, t.sectors),
                                        "sector_any": ratio(t.sector_base, t.sectors)},
                     n=t.sectors),
        SystemScores(RECORD, MODE, {"mode_acc": ratio(t.mode_hit, t.modes),
                                    "mode_family": ratio(t.family_hit, t.modes),
                                    "null_kept": ratio(t.null_kept, t.nulls)}, n=len(records)),
        SystemScores(MAJORITY, MODE, {"mode_acc": 0.0, "mode_family": 0.0, "null_kept": 1.0},
                     n=len(records)),
        SystemScores(RECORD, CONTEXT, {"context_share": ratio(t.context_share, t.contexts),
                                       "context_equal": ratio(t.context_equal, t.contexts)},
                     n=t.contexts),
        SystemScores(MAJORITY, CONTEXT, {
            "context_share": ratio(base_context["share"], t.contexts),
            "context_equal": ratio(base_context["equal"], t.contexts)}, n=t.contexts),
        SystemScores(RECORD, LOCATION, {"loc_found": ratio(t.loc_found, t.locs),
                                        "loc_name": ratio(t.loc_name, t.locs),
                                        "loc_country": ratio(t.loc_country, t.loc_countries)},
                     n=t.locs),
        SystemScores(GAZETTEER, LOCATION, {"loc_found": ratio(t.base_found, t.locs),
                                           "loc_name": ratio(t.base_name, t.locs),
                                           "loc_country": ratio(t.base_country,
                                                                 t.loc_countries)}, n=t.locs),
    ]
    notes = [f"{SECTOR}: {t.sectors} gold sides with a scored sector; {t.sector_skipped} "
             "null, '***' or non-CAMEO sectors left out; baseline: GOV for every side",
             f"{MODE}: mode_acc/mode_family over {t.modes} sentences with a gold mode, null_kept "
             f"over {t.nulls} with none; baseline: no mode",
             f"{CONTEXT}: over {t.contexts} sentences with a gold context; baseline: "
             f"'{top_context}' for every sentence",
             f"{LOCATION}: over {t.locs} sentences with an event_loc, loc_country over the "
             f"{t.loc_countries} that give a country code"]
    return rows, notes


@dataclass
class PlacesTally:
    """Running counts of one system on the ACLED notes."""

    found: int = 0
    country: int = 0
    near: int = 0
    region: int = 0
    name: int = 0
    name_admin: int = 0

    def add(self, place: Place | None, row: dict[str, str]) -> None:
        """Count one note's place against ACLED's location, admin1, point and country."""
        if place is None:
            return
        self.found += 1
        self.country += place.country is not None and place.country == country_from_name(
            row["country"])
        if place.lat is not None and place.lon is not None:
            km = great_circle_km(place.lat, place.lon, float(row["latitude"]),
                              float(row["longitude"]))
            self.near += km <= NEAR_KM
            self.region += km <= REGION_KM
        named = names_match(place.name, row["location"])
        self.name += named
        self.name_admin += named or names_match(place.name, row["admin1"])

    def metrics(self, n: int) -> dict[str, float]:
        """Return the row's figures over n notes."""
        return {"has_location": ratio(self.found, n), "country_acc": ratio(self.country, n),
                "within_25km": ratio(self.near, n), "within_100km": ratio(self.region, n),
                "name_match": ratio(self.name, n), "name_or_admin1": ratio(self.name_admin, n)}


def note_place(coded: Iterable[CodedEvent], type_: str) -> Place | None:
    """Return the place of the first event of the given type that has one, in text order."""
    events = sorted((c.event for c in coded), key=lambda e: e.start)
    return next((e.location for e in events if e.type == type_ and e.location is not None), None)


def score_acled_places(notes: Sequence[AcledNote]) -> tuple[list[SystemScores], list[str]]:
    """Score the typed events' places on the ACLED notes against ACLED's own geocoding."""
    mine, base = PlacesTally(), PlacesTally()
    unknown = 0
    for note in notes:
        place = note_place(note.coded, note.type)
        mine.add(place, note.row)
        base.add(first_gazetteer_place(note.doc), note.row)
        unknown += place is not None and place.lat is None
    n = len(notes)
    rows = [SystemScores(RECORD, ACLED, mine.metrics(n), n=n),
            SystemScores(GAZETTEER, ACLED, base.metrics(n), n=n)]
    return rows, [f"{ACLED}: every figure over the {n} notes with a PLOVER type; the scored "
                  f"place is the first located event of the note's mapped type ({mine.found} "
                  f"notes have one, {unknown} of them a name the gazetteer did not place); "
                  f"within_25km/100km: haversine to ACLED's point ({NEAR_KM:.0f} km: the right "
                  f"town, {REGION_KM:.0f} km: the right oblast)"]


def score_event_fields(data_dir: Path, notes: Sequence[AcledNote] | None,
                       ) -> tuple[list[SystemScores], list[str]]:
    """Score every event-field row: the GSR fields, and the ACLED places when notes are given."""
    rows, out = score_gsr_fields(data_dir)
    if notes is not None:
        acled_rows, acled_out = score_acled_places(notes)
        rows += acled_rows
        out += acled_out
    return rows, out
