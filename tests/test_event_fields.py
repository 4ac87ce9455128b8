"""Unit tests of the T27 event-field scoring (newsledger/evaluate/event_fields.py).

The fixtures are written for these tests (tests/fixtures/event_fields); no gold text is copied.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from newsledger.evaluate.event_fields import (
    GAZETTEER,
    LOCATION,
    MAJORITY,
    MODE,
    SECTOR,
    PlacesTally,
    gold_contexts,
    gold_sector,
    iso2_to_iso3,
    mode_family,
    names_match,
    note_place,
    score_gsr_fields,
    side_sectors,
)
from newsledger.places import great_circle_km
from newsledger.record import Actor, Article, Event, Place, Record


@pytest.mark.parametrize(("code", "want"), [
    ("GOV", "GOV"), ("CVLalb", "CVL"), ("REBMOS", "REB"), ("CIV", "CVL"), ("cop", "COP"),
    ("***", None), (None, None), ("JRN", None), ("PTY", None), ("GO", None),
])
def test_gold_sector_reads_first_three_letters_of_scored_codes(code: object,
                                                               want: str | None) -> None:
    """Suffixes are dropped, CIV is CVL, unknown and non-CAMEO codes are not scored."""
    assert gold_sector(code) == want


def test_gold_contexts_splits_the_comma_list() -> None:
    """A comma list becomes a set; plural spelling, blanks, 'unknown' and null are handled."""
    assert gold_contexts("diplomatic, military") == {"diplomatic", "military"}
    assert gold_contexts("refugees") == {"refugee"}
    assert gold_contexts("") == frozenset()
    assert gold_contexts("unknown") == frozenset()
    assert gold_contexts(None) == frozenset()


def test_mode_family_is_the_part_before_the_dash() -> None:
    """Sub-modes fall back to their family; a plain mode is its own family."""
    assert mode_family("strike-hun") == "strike"
    assert mode_family("demo") == "demo"


def test_haversine_known_distances() -> None:
    """Zero for one point; Kyiv-Lviv about 468 km; one degree of latitude about 111 km."""
    assert great_circle_km(50.45, 30.52, 50.45, 30.52) == 0.0
    assert great_circle_km(50.45, 30.52, 49.84, 24.03) == pytest.approx(468, abs=5)
    assert great_circle_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.2, abs=0.2)


@pytest.mark.parametrize(("system", "gold", "want"), [
    ("Kherson", "Kherson", True), ("Jaffna", "Jaffna peninsula", True),
    ("Herat", "province of Herat", True), ("the Donbas", "Donbas", True),
    ("Kiev", "Kyiv", False), ("York", "New Yorkshire", False), ("", "Kyiv", False),
    ("Zaporizhzhia", "Zaporizhzhia", True), ("Sievierodonetsk", "Lysychansk", False),
])
def test_names_match_whole_word_runs(system: str, gold: str, want: bool) -> None:
    """Names match when equal or one is a run of the other's words, never inside a word."""
    assert names_match(system, gold) is want


def test_iso2_to_iso3() -> None:
    """The GSR's ISO2 codes are read as ISO3; unknown and missing codes give None."""
    assert iso2_to_iso3("CH") == "CHE"
    assert iso2_to_iso3("lb") == "LBN"
    assert iso2_to_iso3("XX") is None
    assert iso2_to_iso3(None) is None


def _record(events: tuple[Event, ...]) -> Record:
    """Return a small record with three actors of known sectors."""
    actors = (Actor("A1", "army", sector="MIL"), Actor("A2", "rebels", sector="REB"),
              Actor("A3", "villagers"))
    return Record("r", Article("r", "text"), actors=actors, events=events)


def _event(actor: str | None, recipient: str | None, location: Place | None = None,
           type_: str = "ASSAULT", start: int = 0) -> Event:
    """Return an event with the given sides."""
    return Event("E", type_, "asserted", "shelled", "s", start, start + 7, actor=actor,
                 recipient=recipient, location=location)


def test_side_sectors_keeps_sides_apart_unless_joint() -> None:
    """Actor and recipient sectors are separate sets; a joint act pools them; None is dropped."""
    events = [_event("A1", "A2"), _event("A3", None)]
    record = _record(tuple(events))
    assert side_sectors(record, events, joint=False) == ({"MIL"}, {"REB"})
    assert side_sectors(record, events, joint=True) == ({"MIL", "REB"}, {"MIL", "REB"})


@dataclass
class _Coded:
    """A stand-in for CodedEvent: only .event is read by note_place."""

    event: Event


def test_note_place_takes_first_located_event_of_the_type() -> None:
    """Events of another type or without a place are passed over, in text order."""
    far = Place("Lviv", "UKR", 49.84, 24.03, 0, 4)
    near = Place("Kyiv", "UKR", 50.45, 30.52, 0, 4)
    coded = [_Coded(_event(None, None, near, start=50)), _Coded(_event(None, None, None, start=5)),
             _Coded(_event(None, None, far, "PROTEST", start=1)),
             _Coded(_event(None, None, far, start=30))]
    assert note_place(coded, "ASSAULT") == far  # type: ignore[arg-type]
    assert note_place(coded, "COERCE") is None  # type: ignore[arg-type]


def test_places_tally_checks_country_distance_and_name() -> None:
    """A right-town place scores everything; a far, unplaced or missing one scores less."""
    row = {"country": "Ukraine", "latitude": "50.45", "longitude": "30.52",
           "location": "Kyiv", "admin1": "Kyivska"}
    tally = PlacesTally()
    tally.add(Place("Kyiv", "UKR", 50.46, 30.50, 0, 4), row)  # right town
    tally.add(Place("Bila Tserkva", "UKR", 49.80, 30.11, 0, 4), row)  # ~80 km away
    tally.add(Place("Kyivska", None, None, None, 0, 4), row)  # admin1 name, not geocoded
    tally.add(Place("Moscow", "RUS", 55.75, 37.62, 0, 4), row)  # wrong country
    tally.add(None, row)
    got = tally.metrics(5)
    assert got == {"has_location": 0.8, "country_acc": 0.4, "within_25km": 0.2,
                   "within_100km": 0.4, "name_match": 0.2, "name_or_admin1": 0.4}


def test_score_gsr_fields_counts_on_a_written_fixture(fixtures: Path) -> None:
    """Denominators and baselines follow the gold: scored sectors, modes, contexts, places."""
    rows, notes = score_gsr_fields(fixtures / "event_fields")
    by = {(r.system, r.dataset): r for r in rows}
    sector = by[(MAJORITY, SECTOR)]
    assert sector.n == 3  # MILxyz, REB, GOV scored; '***' and null left out
    assert sector.metrics["sector_acc"] == pytest.approx(1 / 3)
    assert by[(MAJORITY, MODE)].metrics == {"mode_acc": 0.0, "mode_family": 0.0,
                                            "null_kept": 1.0}
    assert by[(GAZETTEER, LOCATION)].n == 2
    assert any("2 null, '***' or non-CAMEO" in n for n in notes)
    assert any("over 2 sentences with a gold mode, null_kept over 1" in n for n in notes)
    assert any("over 2 sentences with a gold context" in n for n in notes)
    for row in rows:
        assert all(0.0 <= v <= 1.0 for v in row.metrics.values())
