"""Tests for newsledger.lexicon: countries, demonyms, seats of power, titles and sectors."""

from __future__ import annotations

import pytest

from newsledger.lexicon import (
    ActorTraits,
    country_from_name,
    country_of,
    describe,
    gender_of_title,
    institution_of,
    role_of,
    seat_of,
    sector_of,
)
from newsledger.places import geocode


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("French President Emmanuel Macron", ActorTraits("person", "FRA", "GOV", "president")),
        ("Turkish soldiers", ActorTraits("group", "TUR", "MIL", None)),
        ("the Kremlin", ActorTraits("organization", "RUS", "GOV", None)),
        ("the Pentagon", ActorTraits("organization", "USA", "MIL", None)),
        ("Downing Street", ActorTraits("organization", "GBR", "GOV", None)),
        ("NATO", ActorTraits("organization", None, "IGO", None)),
        ("Russia", ActorTraits("country", "RUS", None, None)),
        ("the foreign minister", ActorTraits("person", None, "GOV", "foreign minister")),
        ("Belarusian border guards", ActorTraits("group", "BLR", "COP", None)),
        ("the French leader", ActorTraits("person", "FRA", "GOV", "leader")),
        ("the 47-year-old", ActorTraits("person", None, None, None)),
    ],
)
def test_describe_noun_phrases(phrase: str, expected: ActorTraits) -> None:
    assert describe(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("soldiers", "MIL"), ("troops", "MIL"), ("minister", "GOV"), ("rebels", "REB"),
        ("protesters", "CVL"), ("refugees", "REF"), ("opposition lawmakers", "OPP"),
        ("rebel commander", "REB"), ("the Russian Defence Ministry", "MIL"), ("journalists", "MED"),
        ("the Supreme Court", "JUD"), ("Amnesty International", "NGO"), ("police", "COP"),
    ],
)
def test_sector_of(phrase: str, sector: str) -> None:
    assert sector_of(phrase) == sector


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Turkish", "TUR"), ("Turks", "TUR"), ("Americans", "USA"), ("U.S. officials", "USA"),
        ("the United Kingdom", "GBR"), ("Britain", "GBR"), ("Côte d'Ivoire", "CIV"),
        ("the Netherlands", "NLD"), ("Moscow", "RUS"), ("Kiev", "UKR"), ("Beijing", "CHN"),
        ("Hamas", "PSE"), ("Frenchmen", "FRA"), ("Russian Federation", "RUS"),
    ],
)
def test_country_of(phrase: str, country: str) -> None:
    assert country_of(phrase) == country


def test_no_country_for_lower_case_words_that_spell_countries() -> None:
    # "turkey" the bird, "china" the porcelain: only capitalised names count.
    assert country_of("the turkey") is None
    assert country_of("fine china") is None
    assert country_of("the minister") is None


def test_role_longest_title_wins() -> None:
    assert role_of("former Foreign Minister Jane Doe") == "foreign minister"
    assert role_of("Vice President Joe Biden") == "vice president"
    assert role_of("Turkish soldiers") is None


def test_exact_lookups() -> None:
    assert country_from_name("the U.K.") == "GBR"
    assert country_from_name("Paris") is None
    seat = seat_of("the White House")
    assert seat is not None and seat.country == "USA" and not seat.is_capital
    capital = seat_of("Ankara")
    assert capital is not None and capital.country == "TUR" and capital.is_capital
    assert seat_of("Kingston") is None  # too ambiguous for metonymy (capitals.tsv)
    inst = institution_of("the Red Cross")
    assert inst is not None and inst.sector == "NGO"


def test_gender_from_titles() -> None:
    assert gender_of_title("Mr.") == "m"
    assert gender_of_title("spokeswoman") == "f"
    assert gender_of_title("president") is None
    assert describe("Mrs. Clinton").gender == "f"


def test_label_fixes_kind_of_bare_names() -> None:
    assert describe("Emmanuel Macron", "PERSON").kind == "person"
    assert describe("Acme Holdings", "ORG").kind == "organization"
    assert describe("Emmanuel Macron").kind == "unknown"


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Israelis", "ISR"), ("Iraqis", "IRQ"),  # plurals of demonyms in -i
        ("Iranian-led militias", "IRN"), ("Russian-backed separatists", "RUS"),  # hyphens
        ("rebels in Darfur", "SDN"), ("a missionary from Calgary", "CAN"),  # where they are
    ],
)
def test_country_from_demonym_forms_and_places(phrase: str, country: str) -> None:
    assert country_of(phrase) == country


def test_small_towns_do_not_give_a_country() -> None:
    # Badi is in the gazetteer (an Indian town of about 20,000) but below
    # MIN_ACTOR_CITY_POPULATION: a town name is too ambiguous to place an actor.
    assert geocode("Badi") is not None
    assert country_of("villagers from Badi") is None


def test_plural_titles_are_groups() -> None:
    assert describe("Iraqi generals") == ActorTraits("group", "IRQ", "MIL", None)
    assert describe("the ambassadors") == ActorTraits("group", None, "GOV", None)
    assert describe("the news").kind == "unknown"  # "news" is no plural of a title


def test_a_party_family_name_is_not_the_us_party_of_its_last_word() -> None:
    # "Christian Democrats", "Radical Democrats" exist in many countries: no country from
    # "Democrats" alone; a demonym still names one, and the bare or US-qualified word stays US
    assert country_of("the Christian Democrats") is None
    assert country_of("The conservative Radical Democrats") is None
    assert country_of("the Swiss Social Democrats") == "CHE"
    assert country_of("House Democrats") == "USA"
    assert country_of("the Democrats") == "USA"


def test_a_large_city_before_a_title_or_group_noun_gives_its_country() -> None:
    assert country_of("the Glasgow MP") == "GBR"
    assert country_of("Sydney police") == "AUS"
    # a surname that is also a smaller city, a proper name, or a place before a non-actor word
    assert country_of("the Bush administration") is None
    assert country_of("Victoria Beckham") is None
    assert country_of("Aleppo overnight") is None


def test_a_us_state_is_the_usa_not_the_country_its_last_word_names() -> None:
    # "New" before a capitalised word begins the name: not Jersey (JEY), Mexico, or no country
    assert country_of("New Jersey officials") == "USA"
    assert country_of("the New Mexico police") == "USA"
    assert country_of("New Hampshire voters") == "USA"
    assert country_of("New Zealand troops") == "NZL"
    # a body named after a state takes the state's country
    assert country_of("New York State Attorney General") == "USA"
    assert country_of("California regulators") == "USA"
    assert country_of("Texas officials") == "USA"
    # a state that is also a country's name stays the country
    assert country_of("Georgia officials") == "GEO"
    assert describe("new rules").country is None


def test_a_persons_surname_that_is_a_place_word_gives_no_country() -> None:
    assert describe("Steve Israel", "PERSON").country is None
    assert describe("Israeli Prime Minister Benjamin Netanyahu", "PERSON").country == "ISR"
    assert describe("Israel", "GPE").country == "ISR"


# --- T53: other countries' states, provinces and regions (admin_areas.tsv) ---

@pytest.mark.parametrize(("phrase", "country"), [
    ("New South Wales firefighters", "AUS"),  # not GBR through "Wales"
    ("the Manitoba government", "CAN"),
    ("Tasmania police", "AUS"),
    ("Kerala officials", "IND"),
    ("the Bavaria state government", "DEU"),
    ("Hubei authorities", "CHN"),
    ("Sinaloa gunmen", "MEX"),
    ("Zamfara state governor", "NGA"),  # the suffixed form of a listed area
    ("Kunduz province police chief", "AFG"),
    ("Oromia regional officials", "ETH"),
    ("Dagestan's interior ministry", "RUS"),
    ("New England voters", "USA"),  # not GBR through "England"
    ("Punjab province police", "PAK"),  # the province is Pakistan's, the state India's
    ("Punjab state ministers", "IND"),
])
def test_other_countries_first_level_areas_give_their_country(phrase: str,
                                                              country: str) -> None:
    assert country_of(phrase) == country, phrase


def test_an_area_shared_by_two_countries_gives_none_alone() -> None:
    assert country_of("Punjab farmers") is None  # India's state and Pakistan's province


def test_an_area_named_like_a_given_name_opens_a_persons_name_as_the_given_name() -> None:
    assert describe("Virginia Stokes", "PERSON").country is None
    assert describe("Virginia Gov. Ralph Northam", "PERSON").country == "USA"  # a title next
    assert describe("Virginia's Mark Warner", "PERSON").country == "USA"  # a possessive
    assert describe("Virginia officials").country == "USA"  # no person: the state
    assert describe("Brittany Lewis", "PERSON").country is None  # region + surname: a name
    assert describe("Quebec Premier", "PERSON").country == "CAN"  # region + title: the region's


@pytest.mark.parametrize(("phrase", "country"), [
    ("Bavarian officials", "DEU"),  # an area's adjective
    ("Catalan separatists", "ESP"),
    ("Texans", "USA"),
    ("Tigrayan fighters", "ETH"),
    ("Greek Cypriot negotiators", "CYP"),  # not GRC through its first word
    ("Northern Irish unionists", "GBR"),  # not IRL through "Irish"
])
def test_area_adjectives_and_peoples_of_one_state_give_its_country(phrase: str,
                                                                   country: str) -> None:
    assert country_of(phrase) == country, phrase


@pytest.mark.parametrize(("phrase", "country"), [
    ("a Peruvian-American judge", "USA"),  # a heritage compound: the citizen is the last word's
    ("the Lebanese-Canadian doctor", "CAN"),
    ("Asian-American voters", "USA"),  # an origin word before the nationality
    ("Greek-Cypriot negotiators", "CYP"),  # hyphenated as unhyphenated
    ("Russian-backed separatists", "RUS"),  # no nationality after the hyphen: the first part
])
def test_hyphenated_nationality_words(phrase: str, country: str) -> None:
    assert country_of(phrase) == country, phrase


def test_peoples_of_several_states_give_no_country() -> None:
    assert country_of("Pashtun elders") is None
    assert country_of("Punjabi farmers") is None


def test_the_table_readers_are_public_and_knowledge_imports_no_private_name() -> None:
    """knowledge_tables, lexicon and gazetteer read the data tables through public names only."""
    import ast
    from pathlib import Path

    from newsledger import lexicon_data

    assert lexicon_data.table_rows("titles.tsv")  # positional rows, header skipped
    assert lexicon_data.optional_cell(" - ") is None
    assert lexicon_data.optional_cell("USA") == "USA"
    package = Path(lexicon_data.__file__).parent
    for module in ("knowledge_tables.py", "lexicon.py", "gazetteer.py"):
        tree = ast.parse((package / module).read_text(encoding="utf-8"))
        private = [alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                   and node.module == "newsledger.lexicon_data" for alias in node.names
                   if alias.name.startswith("_") and not alias.name.startswith("__")]
        assert not private, (module, private)


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("the director of Russian studies", None),  # the field, not the director's country
        ("a professor of German literature", None),
        ("the Bureau of Indian Affairs", None),
        ("Russian scholars of Chinese history", "RUS"),  # the first demonym is still theirs
        ("an American of Korean descent", "USA"),
        ("Russian Culture Minister Olga Lyubimova", "RUS"),  # before a title: the holder's
        ("the Indian Affairs Minister", "IND"),
    ],
)
def test_demonym_of_a_field_gives_no_country(phrase: str, country: str | None) -> None:
    """A demonym qualifying a field noun ("Russian studies") names no actor's country."""
    assert describe(phrase).country == country
