"""date_for's T110 rules (audit 3 of record events): a date on an unrealised or habitual event.

Sentences written for these tests, each with the look-alike that must keep its date.
"""

from __future__ import annotations

import datetime as dt

from newsledger.dates import date_for, extract_dates
from newsledger.parse import parse

PUB = dt.date(2022, 10, 28)  # a Friday
STORY = "Rebels attacked the border town of Mirsk on Tuesday, the army said.\n\n"
TUESDAY = "2022-10-25"
THURSDAY = "2022-10-27"


def _value(text: str, phrase: str, published: dt.date | None = PUB) -> str | None:
    """Return the value of date_for on the first occurrence of a phrase, None without one."""
    doc = parse(text)
    start = text.index(phrase)
    found = date_for(doc, start, start + len(phrase), extract_dates(doc, published))
    return found.value if found is not None else None


# --- the indefinite object of an unrealised act is unrealised too -----------------------------

def test_an_indefinite_object_of_an_infinitive_takes_no_story_day() -> None:
    text = STORY + "The governor wants to negotiate a ceasefire with the rebels."
    assert _value(text, "ceasefire") is None
    assert _value(STORY + "The governor negotiated a ceasefire with the rebels.",
                  "ceasefire") == TUESDAY


def test_an_indefinite_object_of_a_modal_takes_no_story_day() -> None:
    assert _value(STORY + "The rebels would sign an agreement.", "agreement") is None
    assert _value(STORY + "The rebels signed an agreement.", "agreement") == TUESDAY


def test_an_indefinite_object_of_an_infinitive_under_a_dated_verb() -> None:
    text = "The minister said on Thursday he hoped to sign an agreement."
    assert _value(text, "agreement") is None
    assert _value("The minister signed an agreement on Thursday.", "agreement") == THURSDAY


def test_a_definite_object_of_an_infinitive_keeps_the_narrative_date() -> None:
    # a definite event exists apart from the act: "to capitalize on the murder" (T104)
    text = STORY + "The governor wants to investigate the attack."
    assert _value(text, "attack.") == TUESDAY


# --- a habit (an adverb of frequency) takes only a date of its own clause ---------------------

def test_a_habitual_event_takes_no_story_day() -> None:
    assert _value(STORY + "The governor has often criticised the army.", "criticised") is None
    assert _value(STORY + "The governor has criticised the army.", "criticised") == TUESDAY


def test_a_habitual_relative_clause_takes_no_date_of_the_clause_above() -> None:
    text = "The rebels, who have repeatedly attacked the town, withdrew on Thursday."
    assert _value(text, "attacked") is None
    assert _value(text, "withdrew") == THURSDAY


def test_a_habit_keeps_a_date_of_its_own_clause() -> None:
    assert _value("The rebels often attacked the town in 2015.", "attacked") == "2015"


def test_a_noun_under_a_habit_takes_no_story_day() -> None:
    text = STORY + "The governor regularly complains about the attacks."
    assert _value(text, "attacks.") is None


# --- a modal reaches a noun through its clause's complements ----------------------------------

def test_a_noun_under_a_modal_complement_takes_no_story_day() -> None:
    text = STORY + "The army should avoid provoking the rebels with raids."
    assert _value(text, "raids") is None
    text = STORY + "The army avoided provoking the rebels with raids."
    assert _value(text, "raids") == TUESDAY


# --- a generic noun (bare plural, indefinite) in a simple present clause ----------------------

def test_a_bare_plural_in_a_present_clause_takes_no_story_day() -> None:
    text = STORY + "Threats against officials make the talks harder."
    assert _value(text, "Threats") is None
    text = STORY + "Threats against officials made the talks harder."
    assert _value(text, "Threats") == TUESDAY


def test_a_definite_noun_in_a_present_clause_keeps_the_story_day() -> None:
    assert _value(STORY + "The attack shows the strength of the rebels.", "attack") == TUESDAY


def test_a_noun_a_copula_describes_keeps_the_story_day() -> None:
    assert _value(STORY + "This is a protest against the army.", "protest") == TUESDAY


def test_a_generic_noun_keeps_a_date_of_its_own_phrase() -> None:
    text = "The plan answers a new offer announced by the rebels on Thursday."
    assert _value(text, "offer") == THURSDAY


def test_a_generic_noun_takes_no_date_of_a_dated_clause_above() -> None:
    text = STORY + "On Thursday the minister warned that attacks on police threaten the peace."
    assert _value(text, "attacks") is None
    text = STORY + "On Thursday the minister condemned attacks on police."
    assert _value(text, "attacks") == THURSDAY


def test_a_headline_and_a_performative_keep_the_story_day() -> None:
    # a headline's present tells the story's act; "I implore" does the act as it is spoken
    text = ("Rebels Hold Talks With Army.\n\nRebels met army officers on Tuesday, the army "
            "said.\n\nWe demand talks with the government, the rebels said.")
    assert _value(text, "Talks") == TUESDAY
    assert _value(text, "talks with the government") == TUESDAY


def test_a_noun_in_a_reported_present_clause_takes_no_date_of_the_speech_act() -> None:
    # the reported clause holds when it is said; the raid it names came before
    text = STORY + "On Thursday the minister suggested the raid shows the army's weakness."
    assert _value(text, "raid") is None
    text = STORY + "On Thursday the minister suggested the raid showed the army's weakness."
    assert _value(text, "raid") == THURSDAY
