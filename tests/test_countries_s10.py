"""Country slips the session-10 coordinator found by hand; sentences written here."""

from __future__ import annotations

import pytest

from newsledger import extract
from newsledger.knowledge import figure
from newsledger.lexicon import describe


def _countries(text: str) -> dict[str, str | None]:
    """Return the record's actors' countries by name."""
    return {a.name: a.country for a in extract(text).actors}


def test_a_title_none_of_a_surnames_figures_holds_names_another_person() -> None:
    # the table's only Smiths are British ministers; no British minister is a senator
    assert figure("Senator Smith") is None
    assert _countries("Senator Smith criticized the plan on Monday.")["Smith"] is None


@pytest.mark.parametrize(("name", "country", "role"), [
    ("Senator Obama", "USA", "president"),  # known by surname alone: an earlier office
    ("Prime Minister Brown", "GBR", "prime minister"),  # the title fits one of the Browns
    ("Governor Bush", "USA", "governor"),
])
def test_a_fitting_title_or_a_surname_known_alone_still_names_the_figure(
        name: str, country: str, role: str) -> None:
    found = figure(name)
    assert found is not None and (found.country, found.role) == (country, role)


def test_a_state_that_is_also_a_country_glued_to_based_names_no_country() -> None:
    assert describe("Georgia-based group").country is None
    assert describe("Atlanta, Georgia-based company").country == "USA"  # the city decides
    assert describe("Georgian troops").country == "GEO"
    # nor is it the sentence's one country for the other participants
    found = _countries("A Georgia-based group criticized Senator Jones on Monday.")
    assert found == {"Georgia-based group": None, "Jones": None}


def test_a_country_before_another_glued_base_still_counts() -> None:
    found = _countries("A Georgia official criticized a Paris-based group on Monday.")
    assert found["Georgia official"] == "GEO"


def test_a_participants_own_words_that_gave_it_no_country_give_none_from_the_sentence() -> None:
    # "ally" is a peer of its possessor: Pyongyang names whose ally, not the ally's country
    found = _countries("Pyongyang's ally condemned the sanctions on Tuesday.")
    assert found["ally"] is None
    # a participant whose own words say nothing still takes the sentence's one country
    found = _countries("The ministry condemned the sanctions, the Iranian news agency said.")
    assert found["ministry"] == "IRN"


@pytest.mark.parametrize(("phrase", "country"), [
    ("a Republican senator", "USA"),
    ("A Republican committee aide", "USA"),  # lower-case words may come between
    ("Democratic presidential candidate Jane Roe", "USA"),
    ("Republican Sen. John Roe", "USA"),  # a capitalised title
    ("Tory MPs", "GBR"),
    ("Democratic reforms", None),  # no title or group noun: no party
    ("Republican People's Party", None),  # a name begins: another country's party
    ("Democratic Unionist Party", None),
    ("Social Democratic leaders", None),  # a party family found in many countries
])
def test_a_party_adjective_before_a_title_or_group_names_its_country(
        phrase: str, country: str | None) -> None:
    assert describe(phrase).country == country
