"""Time expressions, round 4: rules added for issue 5's margin (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from newsledger.dates import extract_dates, tense_at
from newsledger.parse import load_pipeline, parse
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
    "The offer appeared in today's New York Times.",  # an edition, not a place
])
def test_possessive_today_of_an_event_is_the_day(text: str) -> None:
    assert value_of(text, "oday") == "2022-10-19"


@pytest.mark.parametrize(("text", "expression", "value"), [
    # "until" bounding a past state looks back (the publication day is a Wednesday)
    ("Until Thursday, the police had not named him as a suspect.", "Thursday", "2022-10-13"),
    ("It was not until Tuesday that the ministry confirmed the deaths.", "Tuesday", "2022-10-18"),
    ("The border crossing stays closed until Thursday.", "Thursday", "2022-10-20"),
    ("The court extended the stay until Friday.", "Friday", "2022-10-21"),
])
def test_tense_of_until_and_of_a_date_before_its_clause(text: str, expression: str,
                                                        value: str) -> None:
    assert value_of(text, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("For the year, pet food volume was flat, the company said.", "the year", "2022"),
    ("The stock rose to a high for the year of $42 a share in June.", "the year", "2022"),
    ("Revenue fell in the first nine months of the year.", "the year", "2022"),
    ("Earnings will be lower for the fiscal year.", "the fiscal year", "2022"),
    # the week of the story's day (Friday 14 October), else of publication
    ("The index closed at 452 on Friday, Oct. 14. For the week, it fell 3.8%.", "the week",
     "2022-W41"),
    ("For the week, the index fell 3.8%.", "the week", "2022-W42"),
])
def test_for_the_year_or_week(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == value


@pytest.mark.parametrize("text", [
    "Net income for the year ended June 30 rose 4%.",
    "The budget for the year ahead is tight.",
    "She was named player of the year.",
])
def test_for_the_year_as_a_span_or_a_title_is_not_a_date(text: str) -> None:
    assert not [w for w in dates_of(text) if "year" in w.text]


def test_a_date_before_the_that_of_its_parsed_clause_takes_the_clause_head() -> None:
    # built by hand: the parser hung "on Thursday" from "could harm", the verb of the clause
    # that opens after it with "that"; the date is not in that clause
    words = ["Leaders", "heard", "warnings", "on", "Thursday", "that", "strikes", "could",
             "harm", "ties"]
    heads = [1, 1, 1, 8, 3, 8, 8, 8, 2, 8]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "mark", "nsubj", "aux", "acl", "dobj"]
    tags = ["NNS", "VBD", "NNS", "IN", "NNP", "IN", "NNS", "MD", "VB", "NNS"]
    pos = ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "SCONJ", "NOUN", "AUX", "VERB", "NOUN"]
    doc = Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              sent_starts=[True] + [False] * 9)
    start = doc[4].idx
    # "heard" through the noun "warnings" (a reported past), not "could harm" (future)
    assert tense_at(doc, start, start + len("Thursday")) == "past-reported"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The vote was held the day before yesterday.", "the day before yesterday", "2022-10-17"),
    ("The vote will be held the day after tomorrow.", "the day after tomorrow", "2022-10-21"),
    ("The vote is set for the 24th.", "the 24th", "2022-10-24"),
    ("The decree was signed on 10.02.2022 in Vienna.", "10.02.2022", "2022-02-10"),
    ("Rebels seized the town a week or so ago.", "a week or so ago", "2022-10-12"),
    ("The post-1959 politics split thousands of families.", "post-1959", "1959"),
    ("Prices returned to pre-2008 levels.", "pre-2008", "2008"),
    ("January nineteen ninety-seven. A bomb went off in Atlanta.",
     "January nineteen ninety-seven", "1997-01"),
    # anaphors of the story's day and week ("On Oct. 3" is a Monday)
    ("Troops entered the town on Oct. 3. That morning, the shelling stopped.", "That morning",
     "2022-10-03"),
    ("Troops entered the town on Oct. 3. Talks began the same date.", "the same date",
     "2022-10-03"),
    ("Troops entered the town on Oct. 3. Later that week, they left.", "that week", "2022-W40"),
])
def test_round4_forms(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == value


@pytest.mark.parametrize("text", [
    "She won for the 10th time.",  # an ordinal of something else
    "The parser was upgraded to version 1.2.3 in the lab.",
    "Troops left that week.",  # an anaphor with nothing before it
])
def test_round4_non_dates(text: str) -> None:
    assert dates_of(text) == []


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The Dow rose on Monday and closed the day up 2%.", "the day", "2022-10-17"),
    ("The index gained 40 points on Friday, ending the day higher.", "the day", "2022-10-14"),
    ("Shares fell 3% to finish the day lower.", "the day", "2022-10-19"),  # no story day
])
def test_the_trading_day_after_a_verb_of_its_close(text: str, expression: str,
                                                   value: str) -> None:
    assert value_of(text, expression) == value


def test_the_day_as_a_subject_is_not_a_date() -> None:
    assert [w.text for w in dates_of("Shares rose on Friday. The day was calm.")] == ["Friday"]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Emissions must fall to 30 percent below 2005 levels.", "2005", "2005"),
    ("Talks could resume as early as April.", "April", "2023-04"),
    ("Officials pushed the idea as late as December.", "December", "2021-12"),
])
def test_years_before_plurals_and_months_after_as_early_as(text: str, expression: str,
                                                           value: str) -> None:
    assert value_of(text, expression) == value


def test_a_round_count_before_a_plural_is_not_a_year() -> None:
    assert dates_of("The army sent 2000 troops and 1500 trucks to the border.") == []


def test_a_half_of_a_decade_is_not_a_half_year() -> None:
    found = [(w.text, w.value) for w in dates_of("Sales were flat in the last half of the '80s.")]
    assert found == [("the '80s", "1980")]
    assert dates_of("Sales rose in the first half of the decade.") == []


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The plant opened forty years ago.", "forty years ago", "1982"),
    ("The dam burst twenty-five years ago.", "twenty-five years ago", "1997"),
    ("Eighteen months ago the bank failed.", "Eighteen months ago", "2021-04"),
])
def test_counts_in_words(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == value


def test_a_compound_count_needs_a_ten_and_a_unit() -> None:
    assert dates_of("It happened thirty-thirty years ago.") == []


def test_by_that_time_is_the_deadline_named_before() -> None:
    text = "The sale should close by Nov. 10. If no price is agreed by that time, talks end."
    assert value_of(text, "that time") == "2022-11-10"
    assert dates_of("He was young at that time.") == []  # no day before it: nothing


def test_by_then_is_the_date_named_before_at_its_granularity() -> None:
    text = "Conversion rights end on Nov. 30. Until then, the stock remains convertible."
    assert value_of(text, "then") == "2022-11-30"
    assert value_of("Troops stay until 2024. By then, the army will be ready.", "then") == "2024"
    assert [w.text for w in dates_of("The fund began in 1950. Since then, it grew.")] == ["1950"]


def test_a_week_ago_is_the_same_weekday_a_couple_of_weeks_the_week() -> None:
    assert value_of("The plant closed a week ago.", "a week ago") == "2022-10-12"
    assert value_of("The plant closed a couple of weeks ago.", "weeks ago") == "2022-W40"


@pytest.mark.parametrize(("text", "found"), [
    ("If I were choosing the people of tomorrow, I would pick them.", []),
    ("The world of today is a safer place.", []),
    ("He described the events of today as historic.", ["today"]),
])
def test_of_tomorrow_after_a_noun_is_an_era(text: str, found: list[str]) -> None:
    assert [w.text for w in dates_of(text)] == found


def test_the_weeks_is_the_story_week() -> None:
    text = "Turnover rose on Thursday, Oct. 13, the week's most active session."
    assert value_of(text, "the week") == "2022-W41"


def test_by_then_far_from_any_date_is_an_events_time() -> None:
    text = ("Sales fell last year. " + "Officials spoke at length about the plan. " * 6
            + "The minister would be embarrassed if nothing had been decided by then.")
    assert [w.text for w in dates_of(text)] == ["last year"]


def test_a_singular_subject_makes_a_same_form_verb_past() -> None:
    # "hurt" is tagged as a plural present (VBP), impossible with the singular "Weakness"
    text = "Weakness in big technology stocks hurt the index on Friday."
    assert value_of(text, "Friday") == "2022-10-14"
    assert value_of("The ministers meet on Friday in Geneva.", "Friday") == "2022-10-21"


def test_the_previous_trading_day_and_the_prior_day_step_back_from_the_story() -> None:
    text = "Shares closed at 20 on Oct. 14, up from the previous trading day."
    assert value_of(text, "the previous trading day") == "2022-10-13"
    assert value_of("The index fell on Oct. 14 after rising the prior day.", "the prior day") \
        == "2022-10-13"
