"""Tests for offline geocoding (newsledger.places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.parse import parse
from newsledger.places import border_geo, distance_km, find_places, geocode, parse_border

HERE = Path(__file__).parent / "fixtures" / "actors"


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("Moscow", "RUS", "city"), ("Kiev", "UKR", "city"), ("Kyiv", "UKR", "city"),
        ("Russia", "RUS", "country"), ("the United States", "USA", "country"),
        ("Washington", "USA", "city"), ("Crimea", "UKR", "region"), ("Geneva", "CHE", "city"),
        ("the Gaza Strip", "PSE", "region"),
    ],
)
def test_geocode_names(name: str, country: str, kind: str) -> None:
    geo = geocode(name)
    assert geo is not None
    assert (geo.country, geo.kind) == (country, kind)
    assert geo.lat is not None and -90 <= geo.lat <= 90
    assert geo.lon is not None and -180 <= geo.lon <= 180


def test_country_point_is_its_capital() -> None:
    france, paris = geocode("France"), geocode("Paris")
    assert france is not None and paris is not None
    assert distance_km(france, paris) == pytest.approx(0, abs=1)


def test_ambiguous_city_prefers_article_country_then_population() -> None:
    brest = geocode("Brest")
    assert brest is not None and brest.country == "BLR"  # the larger Brest
    brest_fr = geocode("Brest", prefer=["FRA"])
    assert brest_fr is not None and brest_fr.country == "FRA"
    donetsk = geocode("Donetsk")
    assert donetsk is not None and donetsk.country == "UKR"


def test_unknown_name() -> None:
    assert geocode("Xqzzyville") is None


@pytest.mark.parametrize(
    "phrase",
    ["the Poland-Belarus border", "Polish-Belarusian border", "Poland–Belarus border",
     "the border between Poland and Belarus", "Poland's border with Belarus"],
)
def test_border_phrases(phrase: str) -> None:
    assert parse_border(phrase) == ("POL", "BLR")
    geo = geocode(phrase)
    assert geo is not None
    assert (geo.name, geo.country, geo.kind) == ("Poland–Belarus border", "POL", "border")


def test_border_point_lies_near_both_countries() -> None:
    geo = border_geo("POL", "BLR")
    warsaw, minsk = geocode("Warsaw"), geocode("Minsk")
    assert geo is not None and warsaw is not None and minsk is not None
    # The real border runs about 190 km east of Warsaw and 320 km west of Minsk.
    d_w, d_m = distance_km(geo, warsaw), distance_km(geo, minsk)
    assert d_w is not None and d_m is not None
    assert 120 < d_w < 320 and 200 < d_m < 420
    assert border_geo("POL", "POL") is None


def test_find_places_only_locations() -> None:
    text = (HERE / "metonymy.txt").read_text(encoding="utf-8")
    places = find_places(parse(text))
    names = [p.name for p in places]
    assert names == ["Ukraine", "Syria–Turkey border", "Geneva", "Moscow", "Washington"]
    for p in places:
        if p.name != "Syria–Turkey border":
            assert text[p.start:p.end] == p.name
    # "Moscow said" (an agent) is not a place; "the embassy in Moscow" is.
    assert text[places[3].start - 3:places[3].end] == "in Moscow"


def test_one_sided_border_takes_a_mentioned_neighbour() -> None:
    # Russia is mentioned first but does not border Syria; Turkey does.
    text = "Russian and Turkish troops moved toward the Syrian border."
    places = find_places(parse(text))
    assert [(p.name, p.country) for p in places] == [("Syria–Turkey border", "SYR")]
    assert text[places[0].start:places[0].end] == "Syrian border"
    alone = find_places(parse("Refugees gathered near the Syrian border on Monday."))
    assert [(p.name, p.country, p.lat) for p in alone] == [("Syria border", "SYR", None)]


def test_find_places_border_span() -> None:
    text = (HERE / "leaders.txt").read_text(encoding="utf-8")
    places = find_places(parse(text))
    border = [p for p in places if p.name == "Poland–Belarus border"]
    assert len(border) == 1
    assert text[border[0].start:border[0].end] == "Poland-Belarus border"
    assert [p.name for p in places if p.name != "Poland–Belarus border"] == ["Warsaw", "Brussels"]
