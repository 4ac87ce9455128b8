"""Tests for who the actors are on unseen text (T66): bodies, persons and companies' homes."""

from __future__ import annotations

import pytest

from newsledger.actors import build_actors
from newsledger.lexicon import describe
from newsledger.parse import parse
from newsledger.record import Actor


def _actors(text: str) -> tuple[Actor, ...]:
    return build_actors(parse(text)).actors


def _named(text: str, name: str) -> Actor | None:
    return next((a for a in _actors(text) if a.name == name), None)


@pytest.mark.parametrize("text", [
    "NASA said the lander reached the Moon on Thursday.",
    "The astronauts will fly around the Moon next year, the agency said.",
])
def test_a_common_noun_after_the_is_not_the_figure_its_surname_names(text: str) -> None:
    assert not any(a.country == "KOR" or a.kind == "person" for a in _actors(text)), \
        _actors(text)


def test_the_figure_keeps_his_surname_without_the_article() -> None:
    moon = _named("President Moon met the Japanese prime minister in Seoul.", "Moon")
    assert moon is not None and moon.country == "KOR" and moon.kind == "person"


@pytest.mark.parametrize("text", [
    "The US Department of Justice filed charges against the company.",
    "The Department of Justice filed charges against him on Monday.",
])
def test_a_department_of_justice_is_a_government_body_not_a_judge(text: str) -> None:
    body = next(a for a in _actors(text) if "Justice" in a.name)
    assert body.kind == "organization" and body.sector == "GOV" and body.role is None, body
    if "US" in text:
        assert body.country == "USA"


def test_a_justice_before_a_name_is_still_a_judge() -> None:
    judge = next(a for a in _actors("Justice Ruth Bader Ginsburg wrote the dissent.")
                 if "Ginsburg" in a.name)
    assert judge.kind == "person" and judge.role == "judge"


@pytest.mark.parametrize(("phrase", "country"), [
    ("a Denver-area dentist", "USA"),  # a large city glued to "-area"
    ("Chicago-based traders", "USA"),
    ("a Portland, Ore.-based startup", "USA"),  # the state's abbreviation decides
    ("a Glasgow-based charity", "GBR"),
    ("a Kingston, Ont.-based insurer", "CAN"),
    ("a Salt Lake City-based bank", "USA"),  # three words of the place's name
])
def test_a_place_glued_to_based_or_area_is_the_actors_home(phrase: str, country: str) -> None:
    assert describe(phrase).country == country, phrase


def test_a_small_town_glued_to_based_gives_no_home() -> None:
    # a town under MIN_ACTOR_CITY_POPULATION: its name is shared across countries
    assert describe("a Stirling-based consultancy").country is None


@pytest.mark.parametrize(("phrase", "country"), [
    ("a teacher from Albany, N.Y.", "USA"),
    ("the mayor of Kingston, Ont.", "CAN"),
    ("Ridgeway Holdings Inc. of Dover, Del.", "USA"),  # a town the state places
])
def test_a_city_with_its_states_abbreviation_gives_the_country(phrase: str, country: str) -> None:
    assert describe(phrase).country == country, phrase


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Ridgeway Foods Inc., Fresno, Calif., said it would close two bakeries.",
     "Ridgeway Foods Inc.", "USA"),
    ("Marlow Textiles PLC, Leeds, said profits fell.", "Marlow Textiles PLC", "GBR"),
    ("Tannhof AG, Vaduz, Liechtenstein, said it had hired advisers.", "Tannhof AG", "LIE"),
])
def test_a_company_given_its_home_in_apposition_is_of_that_country(text: str, name: str,
                                                                     country: str) -> None:
    actor = _named(text, name)
    assert actor is not None and actor.country == country, _actors(text)


def test_names_in_a_comma_list_are_no_home() -> None:
    text = "The EU, Russia, China, Japan and India said the talks would resume."
    eu = next(a for a in _actors(text) if "EU" in a.name or "European" in a.name)
    assert eu.country is None, eu


def test_a_body_named_before_a_possessive_is_read_whole_not_as_its_last_word() -> None:
    # the noun chunk is "Justice" alone; NER reads "the Department of Justice's"
    text = "The senator said she was cooperating with the Department of Justice's review."
    body = next(a for a in _actors(text) if "Justice" in a.name)
    assert body.name == "Department of Justice" and body.kind == "organization", body
    assert body.role is None and body.sector == "GOV"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Harlow Bancorp Inc., which is among the largest lenders in Canada, said it would cut jobs.",
     "Harlow Bancorp Inc.", "CAN"),
    ("Analysts said Brightwater Group is one of the biggest grocers in Britain.",
     "Brightwater Group", "GBR"),
])
def test_a_company_among_a_class_in_a_country_is_of_that_country(text: str, name: str,
                                                                 country: str) -> None:
    actor = _named(text, name)
    assert actor is not None and actor.country == country, _actors(text)
