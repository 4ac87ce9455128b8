"""Which place of a sentence is an event's (newsledger.event_places, T33), issue 4.

Every sentence here was written for these tests; each test was checked to fail without its rule.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsledger.actors import ActorIndex
from newsledger.event_places import locative, place_in_clause
from newsledger.events import CodedEvent, code_events
from newsledger.parse import parse
from newsledger.places import find_places
from newsledger.record import Place


def _coded(text: str) -> list[CodedEvent]:
    return code_events(parse(text), ActorIndex(), [], [])


def _place_of(text: str, trigger: str) -> str | None:
    """Return the location name of the event with this trigger (the first one coded)."""
    found = [c for c in _coded(text) if c.event.trigger == trigger]
    assert found, f"no event '{trigger}' in {[c.event.trigger for c in _coded(text)]}"
    loc = found[0].event.location
    return None if loc is None else loc.name


def test_a_noun_trigger_takes_the_place_of_its_support_verb() -> None:
    # "clashes took place near X": the place hangs on "took", the clashes happen there
    assert _place_of("Heavy clashes took place near Izium, Kharkiv region, on Sunday.",
                     "clashes") == "Izium"
    assert _place_of("Separatist units carried out an assault in the direction of Avdiivka, "
                     "Donetsk region.", "assault") == "Avdiivka"


def test_a_participle_takes_the_place_of_its_head_clause() -> None:
    # "clashing" has no place of its own: the advance's goal is where the clash is; the
    # origin "from Damascus" is not
    assert _place_of("Government troops advanced towards Homs from Damascus, clashing with "
                     "rebel fighters.", "clashing") == "Homs"


def test_a_place_inside_another_phrase_yields_to_the_head_clauses() -> None:
    # "the war in Ukraine" is the war's place; the protest is where the vigil is held
    assert _place_of("Students held a vigil in Warsaw, protesting against the war in Ukraine.",
                     "protesting") == "Warsaw"


def test_a_place_deeper_in_the_served_clause_is_taken_when_none_is_nearer() -> None:
    # the parser hangs "near X" on "forces": still the clause the clashes took place in
    assert _place_of("Heavy clashes took place between the rebel and government forces near "
                     "Izium, Kharkiv region.", "clashes") == "Izium"


def test_where_the_actors_are_beats_a_place_inside_another_phrase() -> None:
    assert _place_of("Students in Warsaw participated in a vigil, protesting against the war "
                     "in Ukraine.", "protesting") == "Warsaw"


def test_a_place_in_the_subject_names_who_acts_not_where() -> None:
    assert _place_of("Armed forces of Russia detained two journalists in Melitopol.",
                     "detained") == "Melitopol"


def test_where_a_shot_comes_from_is_not_where_it_lands() -> None:
    assert _place_of("Militants fired rockets from Gaza at Ashkelon.", "fired") == "Ashkelon"
    assert _place_of("Hezbollah fighters fired rockets from Lebanon into Haifa.",
                     "fired") == "Haifa"


def test_of_two_places_alike_the_town_is_where_not_its_region() -> None:
    assert _place_of("In the Donetsk region, Russian forces shelled Avdiivka on Monday.",
                     "shelled") == "Avdiivka"
    assert _place_of("In the Kharkiv region, Russian guns shelled Balakliia overnight.",
                     "shelled") == "Balakliia"


def test_a_direction_is_named_as_where() -> None:
    doc = parse("Fighting went on in the direction of Bakhmut.")
    place = next(p for p in find_places(doc) if p.name == "Bakhmut")
    assert locative(place, doc)
    doc = parse("The Iran arms scandal grew.")
    assert not any(locative(p, doc) for p in find_places(doc))


def _hand_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """Build a parsed Doc by hand (no model): the parse is fixed, so the rule alone is tested."""
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def _place(doc: Doc, i: int, name: str) -> Place:
    tok = doc[i]
    return Place(name, "UKR", None, None, tok.idx, tok.idx + len(tok.text))


def test_x_comma_y_parsed_as_x_under_y_keeps_the_town() -> None:
    # the parser hangs "Xa" on "Yb" in "near Xa, Yb" at times: the town stays the place
    doc = _hand_doc(["Troops", "shelled", "near", "Xa", ",", "Yb", "."],
                    [1, 1, 1, 5, 5, 2, 1],
                    ["nsubj", "ROOT", "prep", "nmod", "punct", "pobj", "punct"],
                    ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    town, region = _place(doc, 3, "Xa"), _place(doc, 5, "Yb")
    assert place_in_clause(doc[1], [town, region], doc[:]) == town
