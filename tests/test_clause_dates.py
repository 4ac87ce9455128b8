"""date_for's choices (T36): which date an event or a statement gets. Sentences written for
these tests; each rule's test fails with the rule taken out (checked when it was added)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.dates import date_for, extract_dates
from newsledger.parse import parse
from newsledger.record import When

PUB = dt.date(2022, 10, 28)  # a Friday


def _date(text: str, phrase: str, nth: int = 0) -> When | None:
    """Return date_for of the nth occurrence of a phrase in a text parsed here."""
    doc = parse(text)
    dates = extract_dates(doc, PUB)
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return date_for(doc, start, start + len(phrase), dates)


def _value(text: str, phrase: str, nth: int = 0) -> str | None:
    """Return the value of date_for's answer, None when it gives none."""
    found = _date(text, phrase, nth)
    return found.value if found is not None else None


# --- the story's day: a paragraph without a date of its own reports the lead's day ----------

STORY = ("Rebels attacked the border town of Mirsk on Tuesday, the army said.\n\n"
         "Soldiers sent reinforcements to the town.\n\n")


def test_a_paragraph_without_a_date_takes_the_story_day() -> None:
    assert _value(STORY, "sent") == "2022-10-25"


def test_a_paragraphs_last_sentence_takes_the_story_day_before_a_dated_paragraph() -> None:
    # T72: spaCy keeps the "\n\n" inside the sentence before it; the next paragraph's date is
    # not this paragraph's
    text = (STORY + "Officials said the town was calm. The governor visited it.\n\n"
            "Mirsk was founded in 1820.")
    assert _value(text, "governor visited") == "2022-10-25"
    assert _value(text, "Officials said") == "2022-10-25"


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("The governor said the convoy will arrive tomorrow.", "said"),
    ('"We will be back tomorrow," said the mayor.', "said"),
    ("The mayor, who was elected in 2015, visited the town.", "visited"),
])
def test_a_date_in_what_is_reported_or_in_a_relative_clause_frames_no_paragraph(
        sentence: str, phrase: str) -> None:
    # T72: the speaker's "tomorrow" and a relative clause's background year leave the
    # paragraph without a time frame of its own: the story's day carries
    assert _value(STORY + sentence, phrase, STORY.count(phrase)) == "2022-10-25"


def test_no_story_day_for_a_paragraph_with_its_own_date() -> None:
    text = STORY + "The town had been quiet since 2019, residents said."
    assert _value(text, "said", 1) is None  # "since 2019" is the paragraph's own time frame


def test_no_story_day_for_a_modal_event() -> None:
    text = STORY + "The government could impose a curfew."
    assert _value(text, "impose") is None


def test_no_story_day_when_the_first_date_is_not_a_day() -> None:
    text = ("Rebels attacked the border town of Mirsk last year, the army said.\n\n"
            "Soldiers sent reinforcements to the town.")
    assert _value(text, "sent") is None


def test_story_day_is_never_the_publication_date_by_itself() -> None:
    text = "Rebels attacked the border town of Mirsk.\n\nSoldiers sent reinforcements."
    assert _date(text, "sent") is None


# --- a relative clause's date gives background, not the narrative's time --------------------

def test_relative_clause_date_does_not_carry_to_the_next_sentence() -> None:
    text = ("On 3 March 2022, students marched in Tomsk against the war, which began on "
            "24 February. Police detained nine of them.")
    found = _date(text, "detained")
    assert found is not None and found.value == "2022-03-03"


@pytest.mark.parametrize("phrase", ["marched"])
def test_relative_clause_date_still_dates_its_own_sentence_main_verb(phrase: str) -> None:
    text = ("On 3 March 2022, students marched in Tomsk against the war, which began on "
            "24 February. Police detained nine of them.")
    assert _value(text, phrase) == "2022-03-03"


# --- reported speech: the speech act's date is not that of what it reports as earlier --------

def test_a_perfect_under_a_dated_speech_act_is_not_dated_by_it() -> None:
    text = "The army said on Thursday that rebels had shelled the bridge."
    assert _value(text, "shelled") is None  # before Thursday, day unknown
    assert _value(text, "said") == "2022-10-27"


def test_a_perfect_progressive_runs_up_to_the_speech_act() -> None:
    text = "The army said on Thursday that rebels have been shelling the bridge."
    assert _value(text, "shelling") == "2022-10-27"


def test_reported_event_with_its_own_date_keeps_it() -> None:
    text = "The ministry said on Thursday that troops attacked the village on Tuesday."
    assert _value(text, "attacked") == "2022-10-25"
    assert _value(text, "said") == "2022-10-27"


# --- a date written right after a verb belongs to that verb ----------------------------------

def test_date_right_after_the_speech_verb_is_its_date() -> None:
    # the parser hangs "on Monday" from "detained"; written after "said", it is the saying's
    assert _value("Police said on Monday they had detained four men.", "said") == "2022-10-24"
    assert _value("The rifle was found Oct. 8 buried under a tree.", "found") == "2022-10-08"


def test_a_possessive_date_after_a_verb_stays_the_nouns() -> None:
    text = "Traders said Friday's selling was a natural result of the week's fever."
    found = _date(text, "said")
    assert found is None or found.text != "Friday"


# --- a day in a phrase under the verb, not in what the verb reports --------------------------

def test_a_day_in_a_phrase_under_the_verb_dates_it() -> None:
    text = "The ministry said in a statement dated Tuesday that talks would resume."
    assert _value(text, "said") == "2022-10-25"
    text = "Thousands rallied in the capital, according to a survey completed on Sunday."
    assert _value(text, "rallied") == "2022-10-23"


def test_a_year_in_a_relative_clause_is_background() -> None:
    text = "A spokesman, who joined the ministry in 2015, said the talks failed."
    assert _value(text, "said") is None


def test_what_the_verb_reports_keeps_its_own_date() -> None:
    text = "Opposition leaders will meet on Tuesday to discuss a strike, a spokesman said."
    assert _value(text, "said") is None


# --- measured and kept: a date that modifies a noun still dates its clause -------------------
# (T36 tried limiting "Sunday's debate" or "the Aug. 7 blasts" to the noun: on TimeBank/AQUAINT
# it lost 28 right dates for 4 fixed, "In Sunday's debate, X attacked" being the common case)

def test_a_noun_modifier_date_dates_its_clause() -> None:
    assert _value("In Sunday's debate, the senator attacked his rival.", "attacked") == \
        "2022-10-23"


# --- Round 5 (T39): a term of a debt or a contract dates no event ----------------------------

def test_a_maturity_date_dates_no_event() -> None:
    text = ("Harlow Corp. sold $200 million of senior notes due Nov. 1, 2031, priced at par "
            "to yield 7%.")
    assert _value(text, "priced") is None
    assert _value(text, "sold") is None


def test_a_maturity_date_gives_way_to_the_narrative_date() -> None:
    text = ("Harlow Corp. said on Tuesday it sold bonds.\n\nIt also sold $200 million of notes "
            "maturing in 2031. The notes were priced at par.")
    assert _value(text, "priced") is None  # the paragraph's only date is a term: no date
    text = ("On Tuesday, Harlow Corp. sold bonds. It also sold $200 million of notes maturing "
            "in 2031, priced at par.")
    assert _value(text, "priced") == "2022-10-25"


def test_due_to_keeps_its_date() -> None:
    text = "The offer had been due to expire on Friday, the company said."
    assert _value(text, "expire") == "2022-10-28"


# --- Round 5 (T39): a "when" clause right after a date is that date's ------------------------

def test_a_when_clause_after_a_date_takes_it() -> None:
    text = ("The index fell 2% from the previous Friday and 5% from Oct. 3, when a rating cut "
            "sent banks lower in Frankfurt.")
    assert _value(text, "sent") == "2022-10-03"
    assert _value(text, "cut") == "2022-10-03"

