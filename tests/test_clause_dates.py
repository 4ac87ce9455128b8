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
