"""Places in an actor's phrase: where the words say an actor is from, based or living.

Split out of :mod:`newsledger.lexicon` (T66) by responsibility: :func:`describe` there reads
names, titles and bodies; these helpers read the places a phrase locates its actor in ("rebels
in Darfur"), glues to a modifier ("New York-based", "the Buffalo-area physician") or gives with
a state's abbreviation ("Southport, Conn."), and the country of a written place name.
"""

from __future__ import annotations

import re

from newsledger.lexicon_data import admin_areas, country_names, fold, state_abbreviations

#: Words after which a capitalised name is where an actor is from or based ("rebels in Darfur",
#: "a missionary from Calgary"); the place then gives the actor's country.
_PLACE_LINKS = frozenset({"in", "of", "from", "at"})

#: Cities smaller than this do not give an actor their country: small towns share names across
#: countries far more often than large cities do.
MIN_ACTOR_CITY_POPULATION = 100_000


def place_country(words: list[str]) -> str | None:
    """Return the country of a place the phrase locates its actor in ("rebels in Darfur")."""
    for k in range(len(words) - 1):
        if words[k].lower() in _PLACE_LINKS and words[k + 1][:1].isupper():
            from newsledger.places import geocode  # lazily: places imports lexicon

            tail = [w for w in words[k + 1:k + 4] if w[:1].isupper()]
            for n in range(len(tail), 0, -1):
                geo = geocode(" ".join(tail[:n]))
                if geo is not None and geo.country and (
                    geo.kind != "city" or geo.population >= MIN_ACTOR_CITY_POPULATION
                ):
                    return geo.country
    return None


#: Endings of a place name glued to a noun's modifier that say where its actor lives or is
#: based: "New York-based Crescott", "the Buffalo-area physician", "Miami-based exiles".
_HOME_SUFFIXES = ("-based", "-area", "-headquartered")

#: How many capitalised words before the glued one may belong to the place ("New York-based",
#: "Wilmington, Del.-based", "Salt Lake City-based").
_HOME_NAME_WORDS = 3


#: An owner's possessive before a glued base: "Amnesty International's Washington-based
#: director" works at the owner's office there; the owner says whose the actor is.
_OWNER_BEFORE_BASE = re.compile(
    r"^(.*?)['\u2019]s\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-(?:based|area|headquartered)\b")


def _two_countries(name: str) -> bool:
    """Tell whether a name is both a country and another country's state ("Georgia").

    The phrase alone cannot tell a "Georgia-based company" from Atlanta or Tbilisi, and no
    country is better than a wrong one (T69 review).
    """
    key = fold(name)
    area = admin_areas().get(key)
    return key in country_names() and area is not None and area != country_names()[key]


def place_name_country(name: str) -> str | None:
    """Return the country of a written place name: a country, state, province or large city.

    A dotted state abbreviation counts ("Del."), a city only from MIN_ACTOR_CITY_POPULATION:
    small towns share names across countries (Southport is English and in Connecticut).
    """
    if name in state_abbreviations():
        return state_abbreviations()[name]
    key = fold(name)
    if key in country_names():
        return country_names()[key]
    if key in admin_areas():
        return admin_areas()[key]
    from newsledger.places import geocode  # lazily: places imports lexicon

    geo = geocode(name)
    if geo is None or not geo.country:
        return None
    return geo.country if geo.kind != "city" or geo.population >= MIN_ACTOR_CITY_POPULATION \
        else None


#: "<City>, <dotted state or province>" inside a phrase ("Hunter Inc. of Southport, Conn.").
_CITY_STATE = re.compile(r"\b[A-Z][\w'\-]*,\s+([A-Z][a-z]{0,4}\.(?:[A-Z][a-z]?\.)?)(?!\w)")


def city_state_country(text: str) -> str | None:
    """Return the country of a city given with its state's abbreviation in a phrase."""
    for found in _CITY_STATE.finditer(text):
        if found.group(1) in state_abbreviations():
            return state_abbreviations()[found.group(1)]
    return None


def home_country(words: list[str]) -> str | None:
    """Return the country of a place glued to a modifier as a home ("New York-based", T66).

    The last part of a "City, ST" name decides ("Wilmington, Del.-based": Delaware), else the
    longest run of capitalised words ending in the glued one that names a place.
    """
    for k, word in enumerate(words):
        suffix = next((s for s in _HOME_SUFFIXES if word.lower().endswith(s)), None)
        if suffix is None or not word[:1].isupper():
            continue
        stem = word[:-len(suffix)]
        if stem in state_abbreviations():
            return state_abbreviations()[stem]
        lead = k
        while lead > 0 and k - lead < _HOME_NAME_WORDS and words[lead - 1][:1].isupper():
            lead -= 1
        for start in range(lead, k + 1):
            name = " ".join([*words[start:k], stem])
            if _two_countries(name):
                return None
            found = place_name_country(name)
            if found:
                return found
    return None


def ambiguous_home(text: str) -> str | None:
    """Return the country reading of a glued base that is also another country's state.

    "A Georgia-based company": the phrase alone cannot tell Atlanta from Tbilisi, so the
    country it would otherwise take is returned for the caller to withhold (T69 review).
    """
    for word in text.split():
        suffix = next((s for s in _HOME_SUFFIXES if word.lower().endswith(s)), None)
        if suffix is not None and _two_countries(word[:-len(suffix)]):
            return country_names()[fold(word[:-len(suffix)])]
    return None


def owner_before_home(text: str) -> str | None:
    """Return the owner named before a glued base, or None when there is none.

    "Amnesty International" in "Amnesty International's Washington-based director".
    """
    found = _OWNER_BEFORE_BASE.match(text)
    return found.group(1) if found else None
