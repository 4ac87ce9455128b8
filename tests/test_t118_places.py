"""T118: places in international news (US states, provinces, first-level regions).

Each test runs hand-written sentences (none from an evaluation set): the case a rule fixes and
the look-alikes that must not change.
"""

from __future__ import annotations

import pytest

from newsledger.parse import parse
from newsledger.places import find_places, geocode

# --- a first-level area is its country's, before a foreign town of its name --------------------

@pytest.mark.parametrize("name, country", [
    ("Florida", "USA"),  # not the Cuban (or Colombian, Uruguayan) town
    ("Texas", "USA"),  # not a Mexican village
    ("Virginia", "USA"),  # not the South African town
    ("Tigray", "ETH"),  # an area no gazetteer city is named after
    ("Oromia", "ETH"),
    ("Tigray region", "ETH"),
    ("Ontario", "CAN"),  # not the Californian city
])
def test_an_admin_area_is_its_countrys(name: str, country: str) -> None:
    geo = geocode(name)
    assert geo is not None
    assert (geo.country, geo.kind) == (country, "region")


def test_a_us_state_is_placed_inside_it() -> None:
    geo = geocode("Florida")
    assert geo is not None and geo.lat is not None and geo.lon is not None
    assert 24 < geo.lat < 31 and -88 < geo.lon < -80


@pytest.mark.parametrize("name, country, kind", [
    ("Washington", "USA", "city"),  # a same-named city of the area's own country stays the city
    ("Quebec", "CAN", "city"),
    ("Kandahar", "AFG", "city"),
    ("Georgia", "GEO", "country"),  # a country's name stays the country
])
def test_a_same_named_city_or_country_keeps_its_reading(name: str, country: str,
                                                       kind: str) -> None:
    geo = geocode(name)
    assert geo is not None
    assert (geo.country, geo.kind) == (country, kind)


def test_a_foreign_world_city_wins_where_only_its_country_is_named() -> None:
    geo = geocode("Santa Catarina", ["MEX"])
    assert geo is not None and geo.country == "MEX"
    geo = geocode("Santa Catarina", ["BRA"])
    assert geo is not None and geo.country == "BRA"


@pytest.mark.parametrize("text, name, country", [
    ("Police detained two men in Texas on Friday.", "Texas", "USA"),
    ("Rebels attacked an army post in Tigray on Monday.", "Tigray", "ETH"),
    # "X, Y": the town of Y's country wins over the area of another
    ("Police detained two men in Florida, Camaguey, on Friday.", "Florida", "CUB"),
])
def test_places_in_text(text: str, name: str, country: str) -> None:
    places = {p.name: p.country for p in find_places(parse(text))}
    assert places.get(name) == country


@pytest.mark.parametrize("name", ["Oregon", "Delaware", "Wyoming"])
def test_a_us_state_beats_a_small_town_of_another_state(name: str) -> None:
    geo = geocode(name)
    assert geo is not None and geo.kind == "region" and geo.country == "USA"


@pytest.mark.parametrize("text, name, lat, lon", [
    ("He spoke at a rally in Tampa, Florida, on Monday.", "Tampa", 27.9, -82.5),
    ("He spoke at a rally in Springfield, Illinois, on Monday.", "Springfield", 39.8, -89.6),
    ("Protesters gathered in Portland, Oregon.", "Portland", 45.5, -122.7),
])
def test_a_town_of_a_us_state_is_found_inside_it(text: str, name: str, lat: float,
                                                  lon: float) -> None:
    place = next(p for p in find_places(parse(text)) if p.name == name)
    assert place.country == "USA" and place.lat is not None and place.lon is not None
    assert abs(place.lat - lat) < 0.5 and abs(place.lon - lon) < 0.5


def test_a_list_of_areas_is_no_town_of_the_next() -> None:
    text = "The party plans the annexation of Sardinia, Corsica and Cyprus, he said."
    places = {p.name: p.country for p in find_places(parse(text))}
    assert places.get("Sardinia") == "ITA"


def test_an_area_named_after_its_seat_is_placed_there() -> None:
    geo = geocode("Dohuk")  # GeoNames spells the city Dihok
    assert geo is not None and geo.country == "IRQ" and geo.lat is not None
    assert abs(geo.lat - 36.9) < 0.5
