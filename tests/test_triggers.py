"""Trigger lexicon and trigger rules (newsledger.triggers, data/plover_triggers.tsv), T26.

Sentences are written for these tests (none is taken from a gold or test set). Each names the
rule or row it checks; every one was checked to fail without it.
"""

from __future__ import annotations

import pytest

from newsledger.parse import parse
from newsledger.triggers import find_triggers, harm_causes, natural_cause


def _types(text: str) -> dict[str, str]:
    """Return the triggers of a text, word -> PLOVER type."""
    doc = parse(text)
    return {m.token.text: m.rule.type for s in doc.sents for m in find_triggers(s)}


# ---- not an attack: harm from a natural or accidental cause with no human agent

@pytest.mark.parametrize("text", [
    # the cause is the subject (a misparse as a reduced relative included)
    "A strong earthquake killed at least thirty villagers in the hills on Sunday.",
    "The cyclone destroyed more than two hundred fishing boats along the coast.",
    # a quake neither attacks nor strikes: "struck" with no object would read as a labour strike
    "A magnitude 5.8 quake struck the southern region early on Friday.",
    "Torrential rain hit the town overnight.",
    # the cause is the by-agent or a cause phrase of an effect verb
    "Eleven hikers were killed by an avalanche near the pass.",
    "Nine miners were injured in a collapse at the pit.",
    "Hundreds of homes were destroyed during the typhoon.",
    "Two pensioners were killed in a house fire in the suburb.",
    "Forty people were injured in a collision between two trains.",
    # a participle whose subject is the cause of its head clause
    "The mudslide buried the hamlet, killing fourteen residents.",
    # a relative clause of the cause
    "The hurricane, which killed nine people, moved out to sea.",
    # an accident told in a when-clause
    "Six pupils were injured when their school bus overturned on the motorway.",
    # an explosion with an accidental source
    "A boiler explosion at the hospital injured three nurses.",
    "The explosion of a gas cylinder killed a family of four.",
    "Three workers were hurt in an explosion at a fertiliser factory.",
    # an intransitive "burn" is the fire's work (row "burn VERB - intrans")
    "Several warehouses burned through the night.",
    # "heart attack" (blocking row of "attack" NOUN)
    "The former minister died of a heart attack on Tuesday.",
    # a disease outbreak: the of-phrase decides
    "An outbreak of cholera killed dozens in the camps.",
])
def test_natural_or_accidental_harm_is_no_assault(text: str) -> None:
    """A death, injury or damage a quake, flood, fire or accident caused codes no event."""
    assert _types(text) == {}, text


@pytest.mark.parametrize(("text", "word"), [
    # a bomb is an attack
    ("Two soldiers were killed by a roadside bomb near the border.", "killed"),
    # a human agent, even with a disaster in the sentence
    ("Gunmen killed four guards at the depot during the storm.", "killed"),
    ("Rioters burned cars and looted shops in the capital.", "burned"),
    # a man-made fire: a named or human modifier
    ("Five civilians were killed by Israeli fire in the town.", "killed"),
    ("Three guards were wounded by sniper fire near the airport.", "wounded"),
    # an unexplained explosion at a public place stays an attack (documented decision)
    ("An explosion at a crowded market killed six shoppers.", "explosion"),
    # an outbreak of fighting is not a disease
    ("An outbreak of fighting killed twenty people in the north.", "killed"),
    # a transitive crash is an act ("when militants rammed ..."), not an accident
    ("Ten people were injured when militants crashed a truck into the gate.", "injured"),
    # a non-effect ASSAULT verb is not judged by a storm in a prepositional phrase
    ("The convoy was attacked during a sandstorm.", "attacked"),
])
def test_human_agent_or_bomb_stays_assault(text: str, word: str) -> None:
    """An attack with a human agent, a bomb or an unexplained explosion stays an ASSAULT."""
    assert _types(text).get(word) == "ASSAULT", (text, _types(text))


def test_natural_cause_reads_modifiers_and_of_phrases() -> None:
    """A cause noun is natural unless a human modifier or a man-made of-phrase says otherwise."""
    doc = parse("The flood and the enemy fire and an outbreak of measles.")
    by_word = {t.text: t for t in doc}
    assert natural_cause(by_word["flood"])
    assert not natural_cause(by_word["fire"])
    assert natural_cause(by_word["outbreak"])


def test_harm_causes_file_has_every_kind() -> None:
    """The cause table gives every kind the rules read, and no effect verb is also a cause."""
    table = harm_causes()
    assert {"cause", "blast", "source", "human", "effect", "mishap"} <= set(table)
    assert "kill" in table["effect"] and "earthquake" in table["cause"]
    assert not table["effect"] & table["cause"]
