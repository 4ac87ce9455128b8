"""Mends of the T69 review's findings 1-8 in reported evaluations and trigger rows (M6).

Sentences are the review's own (written for it, none from a gold, development or test set) and
neighbours written here that must keep their sense. Each finding's case failed before its mend.
"""

from __future__ import annotations

import pytest
from trigger_probe import coded_type

from newsledger.parse import parse
from newsledger.pipeline import extract
from newsledger.trigger_constraints import holds


def _events(text: str) -> list[tuple[str, str, str]]:
    """Return (type, trigger, status) of every event the record of a text holds."""
    return [(e.type, e.trigger, e.status) for e in extract(text, published="2020-01-01").events]




@pytest.mark.parametrize("text", [
    # 1: "lies" of a place is its location
    "Officials said Mosul lies on the banks of the Tigris.",
    "The ministry said Kabul lies 20 miles from the border.",
    # 2: a modal judgement is no asserted one (and, coded at "said", would be stored as a fact)
    "The senator said the plan would be a disaster if it passed.",
    "The senator said the tax plan could be a disaster for farmers.",
    "He said the plan might be illegal.",
    # 3: a pronoun that can only be the speaker's makes an admission
    "Obama said his decision was a mistake.",
    "The company said its decision to close the plant was a mistake.",
    "Smith said he was wrong to trust the bank.",
    # 4: other senses: a test result, nobody's trial or exercise, a family member
    "Health officials said Smith was positive for the virus.",
    "Researchers said the drug trial was a failure.",
    "Scientists said the clinical trial was a breakthrough.",
    "Doctors said the exercise was dangerous for older patients.",
    "She said her husband was a hero.",
    # 5: a question reports no judgement
    "Who said Putin was wrong?",
    "Did Obama say Putin was wrong?",
])
def test_review_sentences_give_no_reported_evaluation(text: str) -> None:
    """The review's sentences give no ACCUSE or SUPPORT at the reporting verb."""
    assert [e for e in _events(text) if e[0] in ("ACCUSE", "SUPPORT")] == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The opposition leader said the prime minister had lied to parliament.", "ACCUSE"),
    ("The senator said the new law was not acceptable.", "ACCUSE"),
    ("The mayor said the plan was a positive step.", "SUPPORT"),
    ("Obama said Putin's decision was a mistake.", "ACCUSE"),
    ("Obama told Putin his decision was a mistake.", "ACCUSE"),
    ("The minister said the army's exercise was a provocation.", "ACCUSE"),
])
def test_judgements_of_others_are_still_coded(text: str, kind: str) -> None:
    """A past lie, a negated standard, a modifier's praise, another's act stay judgements."""
    assert (kind, "said" if "said" in text else "told", "asserted") in _events(text)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # 6: a physical attack on a named person (no doer, or an armed one) is ASSAULT
    ("The attack on John Smith left him in hospital for a week.", "attack", "ASSAULT"),
    ("Unknown assailants attacked Ahmed Karzai near his home, police said, and he later died "
     "of his wounds.", "attacked", "ASSAULT"),
    ("The rebels attacked the convoy.", "attacked", "ASSAULT"),
    ("Trump stepped up his attacks on Hillary Clinton.", "attacks", "ACCUSE"),
    ("Trump attacked Hillary Clinton over her emails.", "attacked", "ACCUSE"),
    # 7: a visit needs a political visitor
    ("Dozens of tourists arrived in Paris on Monday.", "arrived", None),
    ("Refugees arrived in Germany by train.", "arrived", None),
    ("The foreign minister arrived in Beijing on Monday.", "arrived", "CONSULT"),
    # 8: human or political doers
    ("The patient could not tolerate the drug.", "tolerate", None),
    ("Israel will not tolerate attacks on its citizens.", "tolerate", "REJECT"),
    ("Thousands of residents heeded warnings to evacuate before the hurricane arrived.",
     "heeded", None),
    ("The government heeded calls to lower taxes.", "heeded", "CONCEDE"),
    ("Forecasters called the flooding historic.", "called", None),
    ("Meteorologists called the heat wave a welcome change.", "called", None),
    ("Obama called the agreement historic.", "called", "SUPPORT"),
    ("The company assured investors that profits would rise.", "assured", None),
    ("Putin assured Assad that Russia would keep its troops in Syria.", "assured", "AGREE"),
    ("The engine kept firing after the pilot shut it down.", "firing", None),
    ("Soldiers started firing.", "firing", "ASSAULT"),
    ("In a chat with CNN, Obama said the talks had failed.", "chat", None),
    ("In a chat with Putin, Obama raised Syria.", "chat", "CONSULT"),
])
def test_trigger_rows_keep_their_political_sense(
        text: str, word: str, expected: str | None) -> None:
    """The review's trigger rows code only their political sense; the neighbours keep it."""
    assert coded_type(text, word) == expected


def test_calm_fails_for_an_armed_doer() -> None:
    """'calm' reads the doer's sector: assailants attacking a named person are no verbal act."""
    doc = parse("Unknown assailants attacked John Smith near his home.")
    verb = next(t for t in doc if t.lemma_ == "attack")
    assert not holds(verb, "calm", frozenset())
