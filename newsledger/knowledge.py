"""Offline world knowledge: who well-known figures are and where organisations belong.

News names people and groups without their country ("President Bush", "Hamas", "the Tamil
Tigers"); the lexicon (:mod:`newsledger.lexicon`) only reads countries from the words themselves
(names, demonyms, capitals). This module adds two hand-written tables with their provenance in
their headers:

- ``data/figures.tsv``: political figures of roughly 1985-2026 (heads of state and government,
  ministers, leaders of international bodies, opposition and armed-group leaders);
- ``data/organisations.tsv``: armed groups, parties, international bodies, NGOs, media, companies.

API (pure, cached lookups; nothing is fetched at run time):

- :func:`figure` -> the :class:`Traits` of a person phrase ("Ariel Sharon", "President Bush");
- :func:`organisation` -> the :class:`Traits` of an organisation phrase ("Hezbollah guerrillas");
- :func:`traits_for` -> either, for any mention text: the call the actors stage can make for a
  mention the lexicon leaves without a country or sector.

A full name matches anywhere in the phrase. A surname alone matches only when a title stands
right before it ("President Bush", "Mr. Blair"), or, for the short forms the table lists
explicitly, when the caller knows the phrase names a person (NER PERSON, a person actor). A
name or surname shared by entries of different countries is never used (ambiguous).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsledger.lexicon import ActorTraits, fold, gender_of_title, institution_of, titles
from newsledger.record import ActorKind

#: What a lookup returns: the same traits the lexicon gives, so the actors stage can use them.
Traits = ActorTraits

#: Longest organisation or person name (in words) searched for inside a phrase ("International
#: Federation of Red Cross and Red Crescent Societies" has nine words).
MAX_NAME_WORDS = 9

#: Derived surnames shorter than this are not used alone ("Un" of "Kim Jong Un").
MIN_SURNAME_CHARS = 3

#: Last words that are not surnames ("Elizabeth II", "Marcos Jr.").
_NOT_SURNAMES = re.compile(r"^(?:[IVX]+|Jr\.?|Sr\.?)$")

#: Honorifics that mark a following surname as a person's even when titles.tsv lacks them.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "dame", "sheikh", "gen", "col",
                         "lt", "sen", "rep", "gov", "pres", "premier", "chancellor"})

#: Arabic name particles: "al-Assad" is also written and said "Assad".
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar)-", re.IGNORECASE)

_WORD = re.compile(r"[^\s,;:()\"“”]+")


@dataclass(frozen=True)
class _Tables:
    """The loaded knowledge: name keys -> traits (None when the key is ambiguous)."""

    full: dict[str, Traits | None]  # folded full person names and multi-word aliases
    titled: dict[str, Traits | None]  # surnames usable after a title
    short: dict[str, Traits | None]  # explicit one-word short forms usable for a known person
    orgs_exact: dict[str, Traits | None]  # organisation names and acronyms, case kept
    orgs_folded: dict[str, Traits | None]  # folded multi-word organisation names


def _rows(name: str) -> list[list[str]]:
    """Read a knowledge TSV: skip '#' comment lines and the header row."""
    text = resources.files("newsledger.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE))


def _opt(value: str) -> str | None:
    """Map the data files' "-" or empty cell to None."""
    value = value.strip()
    return None if value in ("", "-") else value


def _add(table: dict[str, Traits | None], key: str, traits: Traits) -> None:
    """Add a key; a key already given to an entry of another country becomes ambiguous."""
    if not key:
        return
    if key in table:
        old = table[key]
        if old is not None and (old.country != traits.country or old.sector != traits.sector
                                and old.country is None):
            table[key] = None
        return
    table[key] = traits


def _clean_name(name: str) -> str:
    """Drop a disambiguating parenthesis from a table name ("National Liberation Army (X)")."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _surnames(name: str) -> list[str]:
    """Return the surname keys of a full name: its last word, without an Arabic particle."""
    if " of " in name:
        return []  # "King Abdullah of Saudi Arabia": the last word is a country
    last = name.split()[-1]
    if _NOT_SURNAMES.match(last) or len(last) < MIN_SURNAME_CHARS:
        return []
    keys = [fold(last)]
    bare = _PARTICLE.sub("", last)
    if bare != last:
        keys.append(fold(bare))
    return keys


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """Load figures.tsv and organisations.tsv into lookup tables."""
    full: dict[str, Traits | None] = {}
    titled: dict[str, Traits | None] = {}
    short: dict[str, Traits | None] = {}
    for name, iso3, sector, role, gender, also in _rows("figures.tsv"):
        traits = Traits("person", _opt(iso3), _opt(sector), _opt(role), _opt(gender))
        names = [_clean_name(name)] + [a.strip() for a in also.split("|") if _opt(a)]
        for n in names:
            if len(n.split()) > 1:
                _add(full, fold(n), traits)
                for key in _surnames(n):
                    _add(titled, key, traits)
            else:
                _add(short, fold(n), traits)
                _add(titled, fold(n), traits)
    exact: dict[str, Traits | None] = {}
    folded: dict[str, Traits | None] = {}
    for name, iso3, sector, kind, also in _rows("organisations.tsv"):
        org_kind: ActorKind = "group" if kind == "group" else "organization"
        traits = Traits(org_kind, _opt(iso3), _opt(sector))
        for n in [_clean_name(name)] + [a.strip() for a in also.split("|") if _opt(a)]:
            _add(exact, n, traits)
            if len(n.split()) > 1:
                _add(folded, fold(n), traits)
    return _Tables(full, titled, short, exact, folded)


def _words(text: str) -> list[str]:
    """Split a phrase into words, dropping possessive endings and leading articles."""
    out = []
    for w in _WORD.findall(text.replace("’", "'")):
        if w.endswith("'s"):
            w = w[:-2]
        elif w.endswith("'") and not w.startswith("'"):
            w = w[:-1]
        if w.endswith(".") and w.count(".") == 1 and not _is_title_word(w):
            w = w[:-1]  # a sentence's full stop, not an abbreviation's ("U.S.", "Mr.")
        if w:
            out.append(w)
    while out and out[0].lower() in ("the", "a", "an"):
        out.pop(0)
    return out


def _is_title_word(word: str) -> bool:
    """Tell whether a word is a title or honorific ("President", "Mr.", "Sheikh")."""
    key = fold(word)
    return key in titles() or key.rstrip(".") in titles() or key.rstrip(".") in _HONORIFICS


def _titled(words: list[str], k: int) -> bool:
    """Tell whether a title ends right before word k ("Prime Minister" May, "Mr." Blair)."""
    for n in (1, 2, 3):
        if k - n < 0:
            break
        phrase = " ".join(words[k - n:k])
        if _is_title_word(phrase) or n == 1 and "-" in phrase and _is_title_word(
                phrase.split("-")[-1]):
            return True
    return False


def _capitalised(word: str) -> bool:
    """Tell whether a word starts with a capital letter."""
    return word[:1].isupper()


@lru_cache(maxsize=16384)
def figure(name: str, *, person: bool = False) -> Traits | None:
    """Return the traits of a well-known figure a phrase names, if it names exactly one.

    ``person`` says the caller knows the phrase names a person (NER PERSON, a person actor):
    then an explicitly listed short form alone is enough ("Putin", "Saddam").
    """
    words = _words(name)
    tables = _tables()
    for i in range(len(words)):
        if not _capitalised(words[i]):
            continue
        for j in range(min(len(words), i + MAX_NAME_WORDS), i + 1, -1):
            key = fold(" ".join(words[i:j]))
            if key in tables.full:
                return tables.full[key]
    for k, word in enumerate(words):
        if not _capitalised(word) or _is_title_word(word):
            continue
        if k + 1 < len(words) and _capitalised(words[k + 1]):
            continue  # not the end of a name ("Brown University")
        key = fold(word)
        if _titled(words, k) and key in tables.titled:
            found = tables.titled[key]
            # "Mrs Reagan" is not the president: an honorific of the other gender rules it out
            said = gender_of_title(words[k - 1])
            return None if found is None or said and found.gender and said != found.gender \
                else found
        # a short form stands alone or after titles only: "Cherie Blair" is not Tony Blair
        alone = all(_is_title_word(w) for w in words[:k])
        if person and alone and key in tables.short:
            return tables.short[key]
    return None


@lru_cache(maxsize=16384)
def organisation(name: str) -> Traits | None:
    """Return the traits of an organisation a phrase names ("the Tamil Tigers", "Hamas")."""
    words = _words(name)
    tables = _tables()
    best: tuple[int, Traits | None] | None = None
    for i in range(len(words)):
        for j in range(min(len(words), i + MAX_NAME_WORDS), i, -1):
            if best is not None and j - i <= best[0]:
                break
            raw = " ".join(words[i:j])
            if raw in tables.orgs_exact:
                best = (j - i, tables.orgs_exact[raw])
            elif j - i > 1 and _capitalised(words[i]) and fold(raw) in tables.orgs_folded:
                best = (j - i, tables.orgs_folded[fold(raw)])
    if best is not None:
        return best[1]
    inst = institution_of(" ".join(words)) if words else None  # the actors stage's own table
    return Traits(inst.kind, inst.country, inst.sector) if inst is not None else None


def traits_for(mention_text: str, label: str | None = None) -> Traits | None:
    """Return what world knowledge says about the actor a mention names, if anything.

    For the actors stage: call it on a name mention whose lexicon traits lack a country or
    sector, with the mention's NER label when there is one; fill only the missing traits.
    An organisation name wins over a person's, as "Hamas leader" is a person of Hamas.
    """
    return organisation(mention_text) or figure(mention_text, person=label == "PERSON")


__all__ = ["Traits", "figure", "organisation", "traits_for"]
