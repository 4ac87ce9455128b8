"""Tests for offline geocoding (newsledger.places)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsledger.parse import parse
from newsledger.place_frames import candidates, frame, trim
from newsledger.places import Geo, border_geo, distance_km, find_places, geocode, parse_border

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


def test_border_point_across_the_180th_meridian_lies_between_the_two_sides() -> None:
    # Russia's closest towns to the United States are in Chukotka (east of 170 E) and the US
    # ones in Alaska (west of 170 W): the border point is near the Bering Strait, not in Europe.
    geo = border_geo("RUS", "USA")
    assert geo is not None and geo.lat is not None and geo.lon is not None
    assert geo.lat > 55 and abs(geo.lon) > 150
    other = border_geo("USA", "RUS")
    assert other is not None and (other.lat, other.lon) == (geo.lat, geo.lon)


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


def _found(text: str) -> list[tuple[str, str | None, str]]:
    """Return (name, country, span text) of the places found in a sentence (T28 tests)."""
    return [(p.name, p.country, text[p.start:p.end]) for p in find_places(parse(text))]


def test_small_place_after_locative_preposition() -> None:
    # Bilohorivka is below GeoNames' 15,000 list: found in the small list in a locative frame.
    places = find_places(parse("Fighting continued near Bilohorivka in eastern Ukraine."))
    assert places[0].name == "Bilohorivka" and places[0].country == "UKR"
    assert places[0].lat is not None and 48 < places[0].lat < 50


@pytest.mark.parametrize(
    ("text", "name"),
    [("Soldiers entered the village of Pisky, Ukrainian officials said.", "Pisky"),
     ("Russian troops shelled Bilohorivka on Monday.", "Bilohorivka")],  # tagged PERSON
)
def test_mislabelled_name_in_a_place_frame(text: str, name: str) -> None:
    assert _found(text) == [(name, "UKR", name)]


@pytest.mark.parametrize(
    "text",
    ["Washington said on Monday that talks would resume.", "Lincoln met the press after the vote.",
     "Ukrainian forces said they recaptured Hope after heavy fighting.",
     "Police in the capital attacked Johnson and Smith."],
)
def test_names_out_of_frame_or_unknown_are_no_places(text: str) -> None:
    assert _found(text) == []


def test_person_names_stay_persons() -> None:
    assert [n for n, _, _ in _found("Mr Paris told reporters in Kyiv that talks stalled.")] == \
        ["Kyiv"]
    assert [n for n, _, _ in _found("The minister met Lincoln in Berlin.")] == ["Berlin"]


def test_region_is_an_area_at_its_namesake_town() -> None:
    oblast = find_places(parse("Shelling was reported in the Sumy Oblast on Friday."))
    sumy = geocode("Sumy")
    # the area keeps the article's wording (T33; "Sumy region" before)
    assert [(p.name, p.country) for p in oblast] == [("Sumy Oblast", "UKR")]
    assert sumy is not None and distance_km(oblast[0], sumy) == pytest.approx(0, abs=1)
    text = "Ukrainian troops advanced in the Poltava region."
    assert _found(text) == [("Poltava region", "UKR", "Poltava region")]


def test_anchor_picks_the_namesake_near_the_named_region() -> None:
    # Zelenodolsk (Tatarstan, RUS) is in the 15,000 list; a small Zelenodolsk lies in Ukraine.
    text = "Drones struck Zelenodolsk, Dnipropetrovsk region, overnight."
    assert _found(text)[0][:2] == ("Zelenodolsk", "UKR")
    text = "Russian officials in Zelenodolsk said the factory would reopen."
    assert _found(text) == [("Zelenodolsk", "RUS", "Zelenodolsk")]


def test_article_country_beats_bigger_namesake_but_not_a_world_city() -> None:
    assert _found("Protesters gathered in St. Petersburg, Russia's second city.")[0][:2] == \
        ("St. Petersburg", "RUS")
    assert _found("Ukrainian and Russian envoys met in Geneva on Tuesday.") == \
        [("Geneva", "CHE", "Geneva")]


def test_unknown_name_before_a_known_region_takes_its_country() -> None:
    # "Xyzivka" is in no gazetteer: a place of the named region's country, without a point.
    places = find_places(parse("Rebels took control over Xyzivka, Kherson region, on Sunday."))
    assert (places[0].name, places[0].country, places[0].lat) == ("Xyzivka", "UKR", None)
    assert _found("Zelensky, Ukraine's president, spoke to reporters.") == []
    assert _found("Ivan Petrov, Moscow, told reporters the plan would fail.") == []


def test_of_phrase_after_a_place_word_locates() -> None:
    assert [n for n, _, _ in _found("Shelling hit villages north of Kharkiv.")] == ["Kharkiv"]
    assert [n for n, _, _ in _found("Ships left the port of Odesa at dawn.")] == ["Odesa"]


def test_month_after_in_is_no_place() -> None:
    # "May" is also a town's name; a date the tagger missed must not become it.
    assert _found("The council, which in May said it would resign, met again.") == []


def test_direction_and_inhabitants_of_locate() -> None:
    assert [n for n, _, _ in _found("Troops clashed north-east of Kyiv overnight.")] == ["Kyiv"]
    assert [c for _, c, _ in _found("The Serbs of northern Kosovo staged a boycott.")] == ["XKX"]


def test_country_in_a_list_keeps_its_own_country() -> None:
    # "Gabon, Mali": Mali is no anchor that could move Gabon into Mali.
    found = _found("The heads of state of Gabon, Mali and Chad will travel to Bangui.")
    assert ("Gabon", "GAB", "Gabon") in found
    assert all(c != "MLI" for n, c, _ in found if n != "Mali")


def test_anchor_region_picks_the_namesake_of_that_admin_area() -> None:
    # Several Ukrainian villages are called Mykolaivka; "X, Odesa" means the Odesa oblast's.
    from newsledger.gazetteer import admin_area, small_place

    area = admin_area("Odesa", "UKR")
    assert area is not None
    town = small_place("Mykolaivka", ("UKR",), None, ("UKR", area))
    assert town is not None and town[5] == area
    odesa = geocode("Odesa")
    assert odesa is not None and odesa.lat is not None and odesa.lon is not None
    here = Geo("Mykolaivka", "UKR", town[2], town[3], "city")
    assert (distance_km(here, odesa) or 1e9) < 250  # inside the oblast, not the Donbas one


def test_hyphenated_name_is_one_word() -> None:
    assert _found("Arsonists hit an office in Komsomolsk-on-Amur overnight.")[0][:2] == \
        ("Komsomolsk-on-Amur", "RUS")
    assert _found("A Kyiv-based company said prices rose.") == []


def test_anchor_after_a_settlement_word() -> None:
    # "Xyzivka village, Kherson": the comma follows the settlement word, not the name.
    places = find_places(parse("Troops entered Xyzivka village, Kherson, on Monday."))
    assert [(p.name, p.country) for p in places][:1] == [("Xyzivka", "UKR")]


def test_small_index_is_kept_in_the_user_cache(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from newsledger import gazetteer

    town = ("Testivka", "UKR", 48.0, 37.0, 700, "14")
    fake: gazetteer.Index = ({"testivka": (town,)}, {})
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(gazetteer, "_build_index", lambda: fake)
    gazetteer._small_index.cache_clear()
    try:
        assert gazetteer._small_index() == fake  # built, then written
        assert gazetteer._cache_path().is_file()

        def fail() -> None:
            raise AssertionError("the cached copy must be read, not rebuilt")

        monkeypatch.setattr(gazetteer, "_build_index", fail)
        gazetteer._small_index.cache_clear()
        assert gazetteer._small_index() == fake
        gazetteer._cache_path().write_bytes(b"not marshal data")
        monkeypatch.setattr(gazetteer, "_build_index", lambda: fake)
        gazetteer._small_index.cache_clear()
        assert gazetteer._small_index() == fake  # a broken copy is rebuilt
    finally:
        gazetteer._small_index.cache_clear()


def test_over_takes_a_place_not_a_rival() -> None:
    assert [n for n, _, _ in _found("Ukrainian forces regained control over Bilohorivka.")] == \
        ["Bilohorivka"]
    assert _found("The committee preferred Lee over Smith for the post.") == []


@pytest.mark.parametrize(
    "text",
    ["Shells hit apartment blocks in Kharkiv - Saltivka on Monday.",
     "Firefighters worked through the night in Kharkiv - Kholodnohirskyi after a strike."],
)
def test_city_dash_district_is_placed_at_the_city(text: str) -> None:
    # T33: a city district is in no gazetteer; "City - District" lies at the city
    places = find_places(parse(text))
    assert len(places) == 1
    kharkiv = geocode("Kharkiv")
    assert kharkiv is not None and places[0].country == "UKR"
    assert places[0].name.startswith("Kharkiv") and text[places[0].start:places[0].end] == \
        places[0].name
    km = distance_km(places[0], kharkiv)
    assert km is not None and km < 1


def test_a_glued_dash_is_one_name_not_a_district() -> None:
    assert [n for n, _, _ in _found("Workers rallied in Komsomolsk-on-Amur.")] == \
        ["Komsomolsk-on-Amur"]


def test_over_after_a_control_object_frames_a_place() -> None:
    # T33: the parser hangs "over X" on the verb when control is its object
    doc = parse("Government troops took control over Novoselivka on Friday.")
    name = next(s for s, _ in candidates(doc) if s.text == "Novoselivka")
    assert frame(*trim(name)) == "prep"


def test_a_name_before_area_after_a_locative_preposition_is_a_place() -> None:
    # T33: "in the X area": X names the place even when the tagger leaves it untagged
    doc = parse("Fighting raged in the Pisky area.")
    name = next(s for s, _ in candidates(doc) if s.text == "Pisky")
    assert frame(*trim(name)) == "prep"
    assert [n for n, _, _ in _found("Fighting raged in the Pisky area.")] == ["Pisky"]


def _fake_index(towns: list[tuple[str, str, float, float, int, str]],
                ) -> tuple[dict[str, tuple[tuple[str, str, float, float, int, str], ...]],
                           dict[str, tuple[tuple[str, str, float, float, int, str], ...]]]:
    """Return a small-place index over hand-made towns (name, ISO3, lat, lon, pop, admin1)."""
    primary: dict[str, list[tuple[str, str, float, float, int, str]]] = {}
    for t in towns:
        primary.setdefault(t[0].lower(), []).append(t)
    return {k: tuple(v) for k, v in primary.items()}, {}


@pytest.mark.parametrize(
    ("spread", "found"),
    # a region (its places 40-90 km around the seat): a namesake 150 km out is another region's;
    # a city that is an area of its own (places within 10 km): the region around it is meant
    [(0.6, False), (0.05, True)],
)
def test_x_outside_ys_area_is_taken_only_near_or_around_a_city_area(
        monkeypatch: pytest.MonkeyPatch, spread: float, found: bool) -> None:
    from newsledger import gazetteer

    seat = (50.0, 30.0)
    area = [(f"Place{i}", "UKR", seat[0] + spread * (i % 3 - 1), seat[1] + spread * (i % 2),
             600, "05") for i in range(9)]
    far = ("Testivka", "UKR", seat[0] + 1.35, seat[1], 700, "14")  # ~150 km north
    index = _fake_index([*area, far])
    monkeypatch.setattr(gazetteer, "_small_index", lambda: index)
    gazetteer._area_points.cache_clear()
    gazetteer._city_area.cache_clear()
    try:
        got = gazetteer.small_place("Testivka", ("UKR",), seat, ("UKR", "05"))
        assert (got == far) is found
        near = ("Testivka", "UKR", seat[0] + 0.5, seat[1], 700, "14")  # ~55 km: across the edge
        index2 = _fake_index([*area, near])
        monkeypatch.setattr(gazetteer, "_small_index", lambda: index2)
        gazetteer._area_points.cache_clear()
        gazetteer._city_area.cache_clear()
        assert gazetteer.small_place("Testivka", ("UKR",), seat, ("UKR", "05")) == near
    finally:
        gazetteer._area_points.cache_clear()
        gazetteer._city_area.cache_clear()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("Aircraft bombed a village in the western province of Herat.", "province of Herat"),
     ("Troops entered the region of Kherson on Monday.", "region of Kherson")],
)
def test_the_area_of_x_spans_the_area_word_and_the_name(text: str, phrase: str) -> None:
    # T33: the span was the name plus the next token ("Herat.", "Kherson on")
    places = find_places(parse(text))
    assert [(p.name, text[p.start:p.end]) for p in places] == [(phrase, phrase)]


def test_small_place_keys_ignore_apostrophes_and_try_other_transliterations(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # T33: GeoNames writes "Slov`yanoserbsk" and "Krasnopillya"; news "Slovyanoserbsk" and
    # "Krasnopillia" (Ukraine's 2010 transliteration)
    from newsledger import gazetteer

    assert gazetteer._key("Slov`yanoserbsk") == gazetteer.query_key("Slovyanoserbsk")
    assert gazetteer._key("Mar’inka") == gazetteer.query_key("Marinka")
    assert "krasnopillya" in gazetteer.spelling_variants("krasnopillia")
    town = ("Krasnopillya", "UKR", 50.0, 35.0, 900, "21")
    index = _fake_index([town])
    monkeypatch.setattr(gazetteer, "_small_index", lambda: index)
    assert gazetteer.small_place("Krasnopillia", ("UKR",)) == town
    assert gazetteer.small_place("Krasnopillia", ("FRA",)) is None  # same countries only


def test_a_city_spelt_in_another_transliteration_is_found() -> None:
    # T33: news writes "Zaporizhia" for GeoNames' Zaporizhzhia (doubled zh)
    short, full = geocode("Zaporizhia"), geocode("Zaporizhzhia")
    assert short is not None and full is not None and short.country == "UKR"
    km = distance_km(short, full)
    assert km is not None and km < 1


@pytest.mark.parametrize(
    ("text", "name"),
    [("Marines landed on the Kerch peninsula.", "Kerch"),  # tagged ORG, after "on"
     ("Floods hit farms in the Fergana valley.", "Fergana")],
)
def test_a_name_before_a_landform_noun_is_a_place(text: str, name: str) -> None:
    # T33: "the X peninsula/valley" frames X as a place whatever the tagger says
    doc = parse(text)
    span = next(s for s, _ in candidates(doc) if s.text == name)
    assert frame(*trim(span)) == "feature"
    assert [n for n, _, _ in _found(text)] == [name]


def _hand_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str],
              person: tuple[int, int] | None = None) -> Doc:
    """Build a parsed Doc by hand (no model), with one PERSON entity when given."""
    # an English vocabulary: lexical attributes (is_title) come from the language's getters
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    if person is not None:
        doc.ents = [Span(doc, person[0], person[1], label="PERSON")]
    return doc


@pytest.mark.parametrize(("article", "found"), [(True, True), (False, False)])
def test_a_name_after_the_is_no_person(article: bool, found: bool) -> None:
    # T33: "the X, Y region" with X tagged PERSON and in no gazetteer: the article says X is no
    # person, so X is a place in Y's country; without it ("X, Luhansk") X may be a person
    words = ["Shells", "hit", "the", "Xyzivka", ",", "Luhansk", "region", "."]
    heads = [1, 1, 3, 6, 3, 6, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nmod", "punct", "compound", "dobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "PROPN", "PUNCT", "PROPN", "NOUN", "PUNCT"]
    if not article:
        words[2], pos[2], deps[2] = "both", "DET", "predet"
    doc = _hand_doc(words, heads, deps, pos, person=(3, 4))
    names = [(p.name, p.country) for p in find_places(doc)]
    assert (("Xyzivka", "UKR") in names) is found
