"""T118: the sentence's country in international news (agency credits, regional adjectives).

Hand-written sentences (none from an evaluation set): the case a rule fixes and look-alikes.
"""

from __future__ import annotations

import pytest

from newsledger.event_countries import sole_country
from newsledger.lexicon import describe
from newsledger.parse import parse


@pytest.mark.parametrize("text, country", [
    # the agency that filed the story is no country of its events; the dateline's place is
    ("Denver (AFP) - Delegates at the party convention nominated the governor on Tuesday.",
     None),
    ("DENVER (AFP) - Delegates at the Colorado convention nominated the governor on Tuesday.",
     "USA"),
    # an agency named in the sentence itself still counts
    ("The governor told AFP that delegates would nominate him.", "FRA"),
])
def test_an_agency_credit_names_no_country(text: str, country: str | None) -> None:
    doc = parse(text)
    assert sole_country(next(iter(doc.sents))) == country


@pytest.mark.parametrize("phrase, country", [
    ("Latin American leaders", None),
    ("Central American migrants", None),
    ("South American governments", None),
    ("American leaders", "USA"),
    ("South African leaders", "ZAF"),
])
def test_a_regional_adjective_without_the_us_names_no_country(phrase: str,
                                                             country: str | None) -> None:
    assert describe(phrase).country == country
