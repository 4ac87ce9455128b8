"""Lexicon matches inside a phrase: which words name a country, a people, a seat, a title or a body.

Split from :mod:`newsledger.lexicon` (session 14): this module reads a phrase's words and finds
the longest lexicon entry starting at each (:func:`scan`); :mod:`newsledger.lexicon` decides
from those matches what the phrase says of its actor (:func:`newsledger.lexicon.describe`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.lexicon_data import (
    admin_areas,
    continent_names,
    country_names,
    demonyms,
    fold,
    group_nouns,
    institutions,
    institutions_folded,
    party_adjectives,
    seats,
    titles,
)
from newsledger.record import ActorKind

#: Longest phrase (in words) looked up in the lexicons ("Organization for Security and
#: Co-operation in Europe" is the longest name in the data files).
MAX_NGRAM = 8


_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'’.\-]*|\d[\w\-]*")


def phrase_words(text: str) -> list[str]:
    """Split a phrase into words, dropping possessive endings and trailing full stops."""
    out = []
    for w in _WORD.findall(text.replace("’", "'")):
        if w.endswith("'s"):
            w = w[:-2]
        elif w.endswith("'"):
            w = w[:-1]
        if w.endswith(".") and fold(w) not in titles() and fold(w) not in country_names():
            w = w.rstrip(".")
        if w:
            out.append(w)
    return out


@dataclass
class Hit:
    """One lexicon match inside a phrase (word positions [i, j))."""

    i: int
    j: int
    source: str  # country | demonym | seat | institution | title | group
    country: str | None = None
    sector: str | None = None
    kind: ActorKind | None = None
    role: str | None = None
    gender: str | None = None


def scan(words: list[str]) -> list[Hit]:
    """Find the longest lexicon match starting at each word, left to right."""
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        found: Hit | None = None
        for j in range(min(len(words), i + MAX_NGRAM), i, -1):
            found = lookup(words[i:j], i, j)
            if found is not None:
                break
        if found is None and "-" in words[i][1:-1]:
            found = _hyphenated(words[i], i)
        if found is None and words[i] in party_adjectives() and i + 1 < len(words):
            found = _party_member(words, i)
        if found is None:
            i += 1
        else:
            hits.append(found)
            i = found.j
    return hits


#: First parts of a heritage compound that name an origin, not a state ("African-American").
HERITAGE_PREFIXES = frozenset({"african", "arab", "asian", "hispanic", "jewish", "latin",
                               "latino", "muslim", "native"})


def _hyphenated(word: str, i: int) -> Hit | None:
    """Return the country hit of a hyphenated word's parts, else None.

    "Russian-backed", "Greek-Cypriot": the first part. A heritage compound of two nationality
    words names the citizen by its last ("Mexican-American judge", "Iranian-German gunman",
    "Cuban-American senator" are American, German, American); an origin word needs no state
    ("African-American voters").
    """
    first, _, last = word.rpartition("-")
    head = first.split("-", 1)[0]
    tail = lookup([last], i, i + 1)
    if tail is not None and tail.source == "demonym" and tail.country is not None and (
            fold(head) in demonyms() or fold(head) in HERITAGE_PREFIXES):
        return tail
    found = lookup([head], i, i + 1)
    return found if found is not None and found.source in ("country", "demonym") else None


def _party_member(words: list[str], i: int) -> Hit | None:
    """Return a party adjective's hit when a title or group noun follows ("Tory MPs").

    Lower-case words may come between ("a Democratic presidential candidate"); a capitalised
    word that is no title, nor a group noun ending the phrase, starts a name ("Republican
    People's Party" is Turkish).
    """
    for k in range(i + 1, min(len(words), i + 1 + PARTY_NOUN_REACH)):
        after = lookup([words[k]], k, k + 1)
        capital = words[k][:1].isupper()
        if after is not None and (after.source == "title" or after.source == "group" and (
                not capital or k == len(words) - 1)):  # "Tory MPs", not "People's Party"
            break
        if capital:
            return None
    else:
        return None
    party = party_adjectives()[words[i]]
    return Hit(i, i + 1, "institution", party.country, party.sector, party.kind)


#: Words a party adjective may stand before its title or group noun ("Democratic presidential
#: candidate"): two lower-case modifiers and the noun.
PARTY_NOUN_REACH = 3


def lookup(span: list[str], i: int, j: int) -> Hit | None:
    """Look one word sequence up in every lexicon, most specific first."""
    raw = " ".join(span)
    key = fold(raw)
    capitalised = span[0][:1].isupper()
    inst = institutions().get(raw) or (institutions_folded().get(key) if capitalised else None)
    if inst is not None:
        return Hit(i, j, "institution", inst.country, inst.sector, inst.kind)
    if capitalised and key in continent_names():
        return Hit(i, j, "place")  # "South America": not the country its last word names
    if capitalised and key in country_names():
        return Hit(i, j, "country", country_names()[key], kind="country")
    if capitalised and key in demonyms():
        return Hit(i, j, "demonym", demonyms()[key])
    if capitalised and key in seats():
        seat = seats()[key]
        return Hit(i, j, "seat", seat.country, seat.sector, "organization")
    if capitalised and key in admin_areas():
        return Hit(i, j, "region", admin_areas()[key])  # "Texas officials", "New Jersey"
    if key in titles():
        t = titles()[key]
        return Hit(i, j, "title", None, t.sector, "person", t.role, t.gender)
    if key in group_nouns():
        g = group_nouns()[key]
        return Hit(i, j, "group", None, g.sector, g.kind)
    singular = _singular(key)
    if singular in titles() and titles()[singular].role:
        t = titles()[singular]  # "ministers", "candidates": a group of title holders
        return Hit(i, j, "group", None, t.sector, "group")
    return None


#: Words before a capital that make it where its actor is based, not the actor's government:
#: "an analyst at a think tank in Lima" is in Peru but works for no government.
_SEAT_AS_PLACE = frozenset({"in", "near", "from", "outside", "around"})


def located(words: list[str], hit: Hit) -> Hit:
    """Turn a capital named after a place preposition into a location: country, no sector."""
    if hit.source != "seat" or hit.i == 0 or words[hit.i - 1].lower() not in _SEAT_AS_PLACE:
        return hit
    return Hit(hit.i, hit.j, "place", hit.country)


def _singular(word: str) -> str:
    """Return the regular singular of a plural noun ("ministers", "secretaries"), else ''."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return ""
