"""World knowledge tables: figures.tsv and organisations.tsv loaded into lookup keys.

:mod:`newsledger.knowledge` looks names up in these tables; this module reads the two data files
(each with its provenance in its header) and keys every name as a query will be keyed: full
person names without middle initials, with one spelling for a transliterated name's hyphens and
Arabic particles; surnames for titled lookups; organisation names as written and folded; and
the stems of one-word possessive company names ("Macy's").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.lexicon import ActorTraits, fold, titles
from newsledger.lexicon_data import optional_cell, table_rows  # the data tables' one TSV reader
from newsledger.record import ActorKind

#: What a lookup returns: the same traits the lexicon gives, so the actors stage can use them.
Traits = ActorTraits

#: Derived surnames shorter than this are not used alone ("Un" of "Kim Jong Un").
MIN_SURNAME_CHARS = 3

#: Last words that are not surnames ("Elizabeth II", "Marcos Jr.").
_NOT_SURNAMES = re.compile(r"^(?:[IVX]+|Jr\.?|Sr\.?)$")

#: Honorifics that mark a following surname as a person's even when titles.tsv lacks them.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "dame", "sheikh", "gen", "col",
                         "lt", "sen", "rep", "gov", "pres", "premier", "chancellor"})

#: Countries whose figures' names the table writes family name first ("Kim Dae-jung", "Li Peng"),
#: as English news does; Japanese and Vietnamese names are used by their last word.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK"})

#: Arabic name particles: "al-Assad" is also written and said "Assad".
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar)-", re.IGNORECASE)

#: Arabic articles written as words of their own inside a name ("Abdel Aziz al Rantissi").
_ARTICLES = frozenset({"al", "el"})

#: A middle initial ("W." of "George W. Bush", "H. W."): dropped from full names on both sides,
#: as news writes "Harry M. Reid" and "Harry Reid" alike.
_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,3}$")

WORD = re.compile(r"[^\s,;:()\"“”]+")


@dataclass(frozen=True)
class Tables:
    """The loaded knowledge: name keys -> traits (None when the key is ambiguous)."""

    full: dict[str, Traits | None]  # folded full person names and multi-word aliases
    titled: dict[str, tuple[Traits, ...]]  # surname -> every figure it may name after a title
    short: dict[str, Traits | None]  # explicit one-word short forms usable for a known person
    given: dict[str, frozenset[str]]  # surname key -> folded first words of its figures' names
    given_names: frozenset[str]  # every known given name (figures' first words, first_names.tsv)
    orgs_exact: dict[str, Traits | None]  # organisation names and acronyms, case kept
    orgs_folded: dict[str, Traits | None]  # folded multi-word organisation names
    orgs_possessive: dict[str, Traits | None]  # folded stems of one-word "X's" names


def full_key(words: list[str]) -> str:
    """Return the key of a full name: folded, without middle initials or final full stops.

    Spellings of one transliterated name meet on one key: hyphens between its parts are
    spaces and Arabic article particles go ("Abdel-Aziz al-Rantissi", "Abdel Aziz Rantissi";
    "Zine el-Abidine Ben Ali", "Zine El Abidine Ben Ali"); a name's first word is kept ("Al
    Gore"). One word is only folded: it is a short form, looked up as it is written.
    """
    kept = [w for k, w in enumerate(words)
            if k in (0, len(words) - 1) or not _INITIAL.match(w)]
    key = fold(" ".join(w[:-1] if w.endswith(".") else w for w in kept))
    if len(words) < 2:
        return key
    first, *rest = key.split()
    out = [first]
    for word in rest:
        word = _PARTICLE.sub("", word)  # "al-rantissi" -> "rantissi"
        if word not in _ARTICLES:
            out.append(word)
    return " ".join(part for word in out for part in word.split("-") if part)


def _add_all(table: dict[str, list[Traits]], key: str, traits: Traits) -> None:
    """Add a key's figure to the list of those it may name (one per country and role)."""
    found = table.setdefault(key, [])
    if not any((t.country, t.role, t.gender) == (traits.country, traits.role, traits.gender)
               for t in found):
        found.append(traits)


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


def _surnames(name: str, family_first: bool = False, family: str | None = None) -> list[str]:
    """Return the surname keys of a full name: its last word, without an Arabic particle.

    ``family_first``: the name is Chinese or Korean, its family name its first word ("Kim
    Dae-jung"), unless it starts with a Western given name ("William Lai"); ``family`` is that
    family name when the figure's names show it (:func:`_family_name`), whichever end it is at.
    """
    if " of " in name:
        return []  # "King Abdullah of Saudi Arabia": the last word is a country
    first = fold(name.split()[0])
    if family_first and family is not None:
        # a family name that is also a Western given name ("Lee") stays unkeyed, as before:
        # "President Lee" may be Lee Myung-bak or Lee Teng-hui, whom no alias shows so
        western = family in _western_given_names()
        return [family] if family in fold(name).split() and not western else []
    if family_first and first not in _western_given_names():
        return [first]
    last = name.split()[-1]
    if _NOT_SURNAMES.match(last) or len(last) < MIN_SURNAME_CHARS:
        return []
    keys = [fold(last)]
    bare = _PARTICLE.sub("", last)
    if bare != last:
        keys.append(fold(bare))
    return keys


def _family_name(names: list[str]) -> str | None:
    """Return the family name a Chinese or Korean figure's names show by standing at both ends.

    A row may give the name family first and, as an alias, the Western way with an English
    given name ("Ma Huateng" / "Pony Ma", "Robin Li" / "Li Yanhong"): the one word first in
    one name and last in another is the family name, so "Pony" or "Robin" is never keyed as one.
    """
    multi = [fold(n).split() for n in names if len(n.split()) > 1]
    common = {w[0] for w in multi} & {w[-1] for w in multi}
    return common.pop() if len(common) == 1 else None


@lru_cache(maxsize=1)
def _western_given_names() -> frozenset[str]:
    """Return the given names of first_names.tsv (folded)."""
    return frozenset(row[0] for row in table_rows("first_names.tsv"))


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    """Load figures.tsv and organisations.tsv into lookup tables."""
    full: dict[str, Traits | None] = {}
    titled: dict[str, list[Traits]] = {}
    short: dict[str, Traits | None] = {}
    given: dict[str, set[str]] = {}
    for name, iso3, sector, role, gender, also in table_rows("figures.tsv"):
        traits = Traits("person", optional_cell(iso3), optional_cell(sector),
                        optional_cell(role), optional_cell(gender))
        names = [_clean_name(name)] + [a.strip() for a in also.split("|") if optional_cell(a)]
        keys = [full_key(n.split()) for n in names]
        firsts = {k.split()[0] for k in keys if " " in k}
        family = _family_name(names) if iso3 in FAMILY_NAME_FIRST else None
        for n, k in zip(names, keys, strict=True):
            if " " in k:
                _add(full, k, traits)
                for key in _surnames(n, iso3 in FAMILY_NAME_FIRST, family):
                    _add_all(titled, key, traits)
                    given.setdefault(key, set()).update(firsts)
            else:
                _add(short, k, traits)
                _add_all(titled, k, traits)
                given.setdefault(k, set()).update(firsts)
    known_given = {g for gs in given.values() for g in gs}
    known_given.update(_western_given_names())
    exact: dict[str, Traits | None] = {}
    folded: dict[str, Traits | None] = {}
    possessive: dict[str, Traits | None] = {}
    for name, iso3, sector, kind, also in table_rows("organisations.tsv"):
        org_kind: ActorKind = "group" if kind == "group" else "organization"
        traits = Traits(org_kind, optional_cell(iso3), optional_cell(sector))
        for n in [_clean_name(name)] + [a.strip() for a in also.split("|") if optional_cell(a)]:
            _add(exact, n, traits)
            if len(n.split()) > 1:
                _add(folded, fold(n), traits)
            # a query loses possessives, a final full stop and a leading article ("People's
            # Bank of China", "Visa Inc."): key the name so too, unless that leaves one word
            # ("McDonald's" is not every McDonald)
            said = " ".join(name_words(n))
            if said != n and len(said.split()) > 1:
                _add(exact, said, traits)
                _add(folded, fold(said), traits)
            elif len(n.split()) == 1 and (shape := POSSESSIVE.match(n)) is not None:
                _add(possessive, fold(shape["stem"]), traits)  # "Macy's": see _possessive_name
    return Tables(full, {k: tuple(v) for k, v in titled.items()}, short,
                   {k: frozenset(v) for k, v in given.items()}, frozenset(known_given), exact,
                   folded, possessive)


def name_words(text: str) -> list[str]:
    """Split a phrase into words, dropping possessive endings and leading articles."""
    out = []
    for w in WORD.findall(text.replace("’", "'")):
        if w.endswith("'s"):
            w = w[:-2]
        elif w.endswith("'") and not w.startswith("'"):
            w = w[:-1]
        if w.endswith(".") and w.count(".") == 1 and not is_title_word(w):
            w = w[:-1]  # a sentence's full stop, not an abbreviation's ("U.S.", "Mr.")
        if w:
            out.append(w)
    while out and out[0].lower() in ("the", "a", "an"):
        out.pop(0)
    return out


def is_title_word(word: str) -> bool:
    """Tell whether a word is a title or honorific ("President", "Mr.", "Sheikh")."""
    key = fold(word)
    return key in titles() or key.rstrip(".") in titles() or key.rstrip(".") in _HONORIFICS


#: A word written as a possessive: "McDonald's", "Sotheby’s".
POSSESSIVE = re.compile(r"^(?P<stem>[A-Z][\w.&-]*)['’]s$")
