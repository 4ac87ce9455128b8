"""Construction shapes the trigger rows read (T112): newsledger.trigger_shapes and its users.

Sentences are written for these tests (none is taken from a gold, test or challenge set). Each
positive case failed before its fix; the other cases guard the shape against its other readings.
"""

from __future__ import annotations

import pytest

from newsledger.evaluate.events import analyse
from newsledger.parse import parse
from newsledger.trigger_shapes import for_to_clause, names_own_doer, raised_object_verb
from newsledger.triggers import find_triggers


def _coded(text: str) -> list[tuple[str, str]]:
    """Return the coded events of a text as (span text, type) pairs."""
    return [(text[c.event.start:c.event.end], c.event.type) for c in analyse(parse(text))]


def _types(text: str) -> dict[str, str]:
    """Return the kept triggers of a text, word -> PLOVER type."""
    doc = parse(text)
    return {m.token.text: m.rule.type for s in doc.sents for m in find_triggers(s)}


# ---- "called for X to Y": spaCy's for-to clause is the row's for-phrase

@pytest.mark.parametrize("text, word", [
    ("The opposition called for the governor to step down.", "called"),
    ("Rights groups have called for the authorities to free the bloggers.", "called"),
])
def test_a_for_to_clause_is_the_rows_for_phrase(text: str, word: str) -> None:
    """T112: "called for X to Y" (for = mark of an advcl) is a request like "called for X"."""
    assert _types(text).get(word) == "REQUEST"


def test_for_as_the_mark_of_a_finite_clause_is_no_for_phrase() -> None:
    """T112: only an infinitive with its own subject counts ("for he was tired" does not)."""
    doc = parse("The envoy waited outside, for the talks were running late.")
    waited = next(t for t in doc if t.lower_ == "waited")
    assert not for_to_clause(list(waited.children), frozenset({"for"}))
    doc = parse("The opposition called for the governor to step down.")
    called = next(t for t in doc if t.lower_ == "called")
    assert for_to_clause(list(called.children), frozenset({"for"}))


# ---- "intercepted and boarded a ship": coordinated verbs share the last verb's object

def test_coordinated_verbs_share_the_object_spacy_hangs_on_the_last() -> None:
    """T112: the first verb of "intercepted and searched the truck" has the truck too."""
    text = "Border guards intercepted and searched the truck."
    assert _types(text).get("intercepted") == "COERCE"
    doc = parse(text)
    verb = next(t for t in doc if t.lower_ == "intercepted")
    sharer = raised_object_verb(verb)
    assert sharer is not None and sharer.lower_ == "searched"


def test_a_verb_with_its_own_object_shares_none() -> None:
    """T112: "denounced the vote and vowed revenge": each verb keeps its own object."""
    doc = parse("The rebels denounced the vote and vowed revenge.")
    verb = next(t for t in doc if t.lower_ == "denounced")
    assert raised_object_verb(verb) is None


# ---- light verbs: the span reaches the noun that names the act (labellers mark the noun)

def test_a_light_verbs_span_reaches_its_event_noun() -> None:
    """T112: "imposed fresh sanctions" spans verb to noun; the passive starts at the noun."""
    assert ("imposed fresh sanctions", "SANCTION") in _coded(
        "The council imposed fresh sanctions on the regime.")
    assert ("Tariffs were imposed", "SANCTION") in _coded(
        "Tariffs were imposed on steel from the neighbouring state.")


def test_a_verb_whose_object_names_no_act_of_its_type_keeps_its_span() -> None:
    """T112: "fired rockets at the town" is the verb alone: rockets name no ASSAULT row."""
    coded = _coded("Militants fired rockets at the town.")
    assert ("fired", "ASSAULT") in coded


# ---- an evaluation of an act that names its own doer codes both acts

def test_an_evaluated_act_with_its_own_doer_is_a_second_event() -> None:
    """T112: "condemned the Syrian air strikes" states the strikes as well as the condemnation."""
    types = _types("The minister condemned the Syrian air strikes on the border town.")
    assert types.get("condemned") == "ACCUSE" and types.get("strikes") == "ASSAULT"


def test_an_evaluated_act_with_no_doer_of_its_own_stays_content() -> None:
    """T112: "welcomed his release": the welcomer did not release anyone, so one event."""
    types = _types("The senator welcomed his release from custody.")
    assert types.get("welcomed") == "SUPPORT" and "release" not in types


def test_names_own_doer_reads_modifiers_possessors_and_by_phrases() -> None:
    """T112: a state or organisation as modifier or possessor, or a by-phrase, names the doer."""
    for text, word, expected in [
        ("They condemned the Syrian air strikes.", "strikes", True),
        ("They welcomed Egypt's release of the sailors.", "release", True),
        ("They condemned the bombing by the militia.", "bombing", True),
        ("They welcomed his release.", "release", False),
    ]:
        noun = next(t for t in parse(text) if t.lower_ == word)
        assert names_own_doer(noun) is expected, text


# ---- rows (T112): a military strike, the threat of an attack, weapons that hit

@pytest.mark.parametrize("text, word, type_", [
    ("Six soldiers were killed in the strike near the border.", "strike", "ASSAULT"),
    ("The strike on militant positions lasted an hour.", "strike", "ASSAULT"),
    ("Workers began a strike at the car plant on Monday.", "strike", "PROTEST"),
    ("Missiles hit the outskirts of the capital overnight.", "hit", "ASSAULT"),
])
def test_t112_rows(text: str, word: str, type_: str) -> None:
    """T112: each row codes its sense, and the other senses stay out."""
    assert _types(text).get(word) == type_


@pytest.mark.parametrize("text, word", [
    ("The threat of a ground offensive has emptied the border villages.", "threat"),
    ("The drought hit farmers hard this year.", "hit"),
])
def test_t112_rows_keep_other_senses_out(text: str, word: str) -> None:
    """T112: "the threat of an offensive" is a danger, a drought that hits no attack."""
    assert word not in _types(text)


def test_a_war_that_hits_trust_is_no_attack() -> None:
    """T112: only a weapon or an armed strike as subject makes "hit" an attack."""
    assert "hit" not in _types("The war had hit trust in the government hard.")


# ---- "called on X to Y" is a request, not a phone call

def test_called_on_an_official_to_act_is_a_request_not_a_phone_call() -> None:
    """T112: the phone-call row reads the direct object only ("called his counterpart")."""
    assert _types("The senator called on the president to resign.").get("called") == "REQUEST"
    assert _types("The president called his counterpart on Monday.").get("called") == "CONSULT"

