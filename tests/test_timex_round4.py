"""Time expressions, round 4: rules added for issue 5's margin (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.dates import extract_dates
from newsledger.parse import parse
from newsledger.record import When

#: Wednesday 19 October 2022: the publication date of every sentence below.
PUB = dt.date(2022, 10, 19)


def dates_of(text: str, published: dt.date | None = PUB) -> list[When]:
    return extract_dates(parse(text), published)


def value_of(text: str, expression: str, published: dt.date | None = PUB) -> str | None:
    found = [w for w in dates_of(text, published) if expression in w.text]
    assert found, f"{expression!r} not found in {text!r}: {dates_of(text, published)}"
    return found[0].value


def test_previous_weekday_counts_from_the_story_day() -> None:
    text = ("Shares closed at 2,082 on Oct. 7, down 4% from the previous Friday and up from "
            "the following Monday's low.")
    assert value_of(text, "the previous Friday") == "2022-09-30"  # Oct. 7 2022 is a Friday
    # no story day: the publication day (a Wednesday) is the anchor, strictly before or after
    assert value_of("Prices fell from the previous Friday.", "the previous Friday") == "2022-10-14"
    assert value_of("The team met the following Wednesday.", "the following Wednesday") \
        == "2022-10-26"


@pytest.mark.parametrize("text", [
    "The case is for today's youth what the blockade was for their parents.",
    "Such barriers have no place in today's world.",
    "Tensions rose sharply in today's Russia.",
    "The chips run many of today's personal computers.",
])
def test_possessive_today_of_the_present_era_is_not_a_date(text: str) -> None:
    assert not [w for w in dates_of(text) if w.text.lower().startswith("today")]


@pytest.mark.parametrize("text", [
    "The offer, advertised in today's editions of the paper, expires soon.",
    "Today's vote in parliament was close.",
])
def test_possessive_today_of_an_event_is_the_day(text: str) -> None:
    assert value_of(text, "oday") == "2022-10-19"
