"""date_for's T104 rules (audit-1 of record events): a date of another clause, and the story's
day on background events. Sentences written for these tests, each with the look-alike that
must keep its date."""

from __future__ import annotations

import datetime as dt

from newsledger.dates import date_for, extract_dates
from newsledger.parse import parse

PUB = dt.date(2022, 10, 28)  # a Friday
STORY = ("Rebels attacked the border town of Mirsk on Tuesday, the army said.\n\n")
TUESDAY = "2022-10-25"
THURSDAY = "2022-10-27"


def _value(text: str, phrase: str, published: dt.date | None = PUB) -> str | None:
    """Return the value of date_for on the first occurrence of a phrase, None without one."""
    doc = parse(text)
    start = text.index(phrase)
    found = date_for(doc, start, start + len(phrase), extract_dates(doc, published))
    return found.value if found is not None else None


# --- the story's day is the lead's: an unresolved lead leaves it unknown ----------------------

LEAD = ("Ministers met union leaders on Friday, officials said.\n\n"
        "The strike began on 7 March 2003.\n\n"
        "The union rejected the offer.")


def test_an_unresolved_lead_gives_no_story_day() -> None:
    # no publication date: the lead's "Friday" is unknown, and 2003 is background, not the lead
    assert _value(LEAD, "rejected", published=None) is None


def test_a_resolved_lead_still_gives_the_story_day() -> None:
    assert _value(LEAD, "rejected") == "2022-10-28"
    text = LEAD.replace("on Friday", "on 3 March 2003").replace("7 March", "1 March")
    assert _value(text, "rejected", published=None) == "2003-03-03"


# --- an irrealis event (modal, condition, infinitive) takes no carried date -------------------

def test_a_conditional_event_takes_no_story_day() -> None:
    assert _value(STORY + "If the army sends more troops, the rebels would retreat.",
                  "sends") is None
    assert _value(STORY + "The army sends more troops.", "sends") == TUESDAY


def test_an_infinitive_complement_takes_no_story_day() -> None:
    text = STORY + "The governor urged the army to send more troops."
    assert _value(text, "send") is None
    assert _value(text, "urged") == TUESDAY


def test_an_aspectual_verb_tells_its_infinitive() -> None:
    assert _value(STORY + "Soldiers began to search the houses.", "search") == TUESDAY


def test_a_modal_above_the_infinitive_takes_no_story_day() -> None:
    assert _value(STORY + "The army will have to send more troops.", "send") is None


def test_a_coordinate_of_a_requested_act_takes_no_story_day() -> None:
    text = STORY + "The governor called on the army to stop the shelling and withdraw its tanks."
    assert _value(text, "withdraw") is None


def test_an_irrealis_event_takes_no_date_of_an_earlier_sentence() -> None:
    text = "Rebels attacked Mirsk on Tuesday. The governor asked the army to send troops."
    assert _value(text, "send") is None
    assert _value(text, "asked") == TUESDAY


# --- a date of an upper clause does not date a condition or an infinitive below it -----------

def test_an_infinitive_under_a_dated_verb_is_not_dated_by_it() -> None:
    text = "The governor urged on Thursday the army to send more troops."
    assert _value(text, "send") is None
    assert _value(text, "urged") == THURSDAY


def test_a_condition_under_a_dated_verb_is_not_dated_by_it() -> None:
    text = "The minister said on Thursday that if the rebels attack, the army will respond."
    assert _value(text, "attack") is None
    assert _value(text, "said") == THURSDAY


def test_a_reported_modal_keeps_the_speech_acts_date() -> None:
    # pinned by tests/test_dates.py ("said on Thursday that it would call a strike")
    text = "The minister decided on Thursday that he would resign."
    assert _value(text, "resign") == THURSDAY


def test_a_plain_reported_past_keeps_the_speech_acts_date() -> None:
    assert _value("The general said on Thursday that the rebels attacked the bridge.",
                  "attacked") == THURSDAY


def test_a_relative_clauses_date_is_not_another_clauses() -> None:
    text = "The mayor, who will visit the town on Thursday, said the ban was necessary."
    assert _value(text, "ban") is None
    assert _value(text, "visit") == "2022-11-03"


# --- a circumstance under way ("amid", "despite") is not dated by its clause ------------------

def test_a_circumstance_is_not_dated_by_its_clause() -> None:
    text = "The minister resigned on Thursday amid protests over the tax."
    assert _value(text, "protests") is None
    assert _value(text, "resigned") == THURSDAY
    assert _value("Police broke up protests on Thursday.", "protests") == THURSDAY


# --- what stays dated: a finite conjunct, a participle, a date inside the clause --------------

def test_a_finite_conjunct_keeps_the_speech_acts_date() -> None:
    text = "The senator said on Thursday he was asked to press the ministry and blamed the army."
    assert _value(text, "press") is None
    assert _value(text, "blamed") == THURSDAY


def test_a_participle_clause_is_not_set_apart() -> None:
    text = "Observers travelling to the town on Thursday were delayed by shooting."
    assert _value(text, "shooting") == THURSDAY
    text = "Police arrested men suspected of killing the guard on Thursday."
    assert _value(text, "arrested") == THURSDAY


def test_a_set_apart_clause_takes_no_other_clauses_date() -> None:
    text = ("In a report published on Tuesday, the army says the general urged on Thursday "
            "the rebels to leave the bridge.")
    assert _value(text, "leave") is None
    assert _value(text, "urged") == THURSDAY


def test_a_date_inside_the_infinitive_is_its_own() -> None:
    assert _value("The ministers agreed to meet again on Thursday.", "meet") == "2022-11-03"


def test_a_participle_of_an_irrealis_verb_tells_its_own_event() -> None:
    text = "On Thursday, troops tried to advance towards the town, clashing with rebels."
    assert _value(text, "advance") is None
    assert _value(text, "clashing") == THURSDAY


def test_a_past_have_to_tells_what_was_done() -> None:
    assert _value(STORY + "The rebels had to retreat.", "retreat") == TUESDAY
    assert _value(STORY + "The rebels will have to retreat.", "retreat") is None


def test_a_plans_act_takes_the_plan_clauses_date() -> None:
    text = "On Thursday, the league plans to hold a rally in the town."
    assert _value(text, "hold") is not None
    assert _value("On Thursday, the league refused to hold a rally.", "hold") is None


def test_a_noun_event_under_an_irrealis_verb_keeps_the_narrative_date() -> None:
    text = STORY + "The governor tried to capitalize on the shelling."
    assert _value(text, "shelling") == TUESDAY
    assert _value(text, "capitalize") is None
