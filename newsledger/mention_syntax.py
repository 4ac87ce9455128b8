"""Mention syntax: the word lists and dependency tests that tell an actor's mention from a place.

Pure helpers of :mod:`newsledger.mentions` (which re-exports the public ones): which pronouns,
prepositions and head nouns matter, whether a name is used as a place, a person's merge key, and
where the quotations of a text lie (found by :mod:`newsledger.quotes`, the one quotation finder).
Nothing here looks an actor up or links one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from newsledger.lexicon import fold, group_nouns, is_title, titles
from newsledger.lexicon_data import data_rows as data_rows  # re-exported for coref
from newsledger.quotes import quote_spans as quote_spans  # re-exported: one quotation finder

#: First-person pronouns inside quotes: singular ones name a person speaker, plural ones a body.
FIRST_PERSON = {
    "i": "sg", "me": "sg", "my": "sg", "myself": "sg",
    "we": "pl", "us": "pl", "our": "pl", "ourselves": "pl",
}

#: Relative pronouns linked to the noun their clause modifies ("Trump, who said ...").
RELATIVES = frozenset({"who", "whom", "which", "that"})

#: An all-capitals word of this many letters that NER missed is taken for an organisation's
#: acronym ("the NRA", "KDP"); longer all-capitals words are shouting, not acronyms.
ACRONYM_LENGTH = range(2, 7)

#: Entity labels that can name an actor (FAC/LOC only when they are a seat of power).
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})

#: Prepositions after which a country or capital is a place, not an actor ("troops in Ukraine").
#: "on", "against", "with", "by", "between" and "for" introduce a party ("an attack on Ukraine").
PLACE_PREPS = frozenset({
    "in", "at", "inside", "outside", "near", "around", "across", "throughout", "within", "into",
    "onto", "through", "via", "towards", "toward", "beyond", "along", "to", "from", "over",
    "off", "north", "south", "east", "west", "of",
})

#: For seats of power (the Kremlin, the White House) only these make a place: "spoke to the
#: Kremlin" and "a statement from the White House" name the institution.
SEAT_PLACE_PREPS = frozenset({"in", "at", "inside", "outside", "near", "around", "into"})

#: Heads that make a country name modifying them a place ("the Syria border", "U.S. soil"); a
#: country modifying any other noun is a party to it ("U.S. planes", "U.S. contacts").
PLACE_NOUNS = frozenset({
    "border", "frontier", "soil", "territory", "region", "city", "capital", "province", "coast",
    "side", "airspace", "waters", "port", "town", "village", "area", "mainland", "state",
})

#: Nouns that are also bodies but name a stretch of land before "of" + a common noun ("the
#: Venezuelan bank of the river", "the left bank of the Seine" is a place; a central bank is not).
PART_OF_PLACE_NOUNS = frozenset({"bank", "shore"})

#: Dependencies of a noun that make it a party to its clause rather than a modifier.
ARGUMENT_DEPS = frozenset({
    "nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "appos", "attr", "agent", "oprd",
    "ROOT", "pobj",
})

#: Pronouns resolved to actors: lower-case form -> (number/gender class).
PRONOUNS: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "pl", "them": "pl", "their": "pl", "themselves": "pl",
    "it": "n", "its": "n", "itself": "n",
}

#: Prepositions whose object tells whom a title or body belongs to ("a spokesman for the Polish
#: foreign ministry" is Polish and governmental).
OWNER_PREPS = frozenset({"for", "of", "at", "from"})

#: Head nouns of a description that name a country's whole government: with a country they are
#: the same actor as its capital or seat of power ("the German government", "Berlin").
GOVERNMENT_HEADS = frozenset({"government", "administration", "regime", "cabinet", "leadership"})

#: "the 58-year-old", "a 30-year-old": an age used as a noun (spaCy parses it as an adjective).
AGE = re.compile(r"^(?:the|a|an)?\s*\d+-year-old$", re.IGNORECASE)

#: Determiners that make a description point back to an actor already named ("the president").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})

#: Determiners that quantify over a kind instead of pointing at someone ("every soldier", "any
#: party to the dispute", "no government"): such a phrase names no particular actor.
QUANTIFIERS = frozenset({"every", "each", "any", "no"})

#: Dashes that end a dateline ("CARACAS — Venezuela began ..."): the capitals before them name
#: where the story was filed, not an actor.
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})

STRIP = "'’s. ,"


def clause_role(token: Token) -> tuple[str, str | None]:
    """Return the dependency of a noun (through conjunctions) and its preposition, if any."""
    t = token
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ == "pobj":
        return "pobj", t.head.lower_
    if t.dep_ == "compound" and t.head.dep_ == "pobj":
        return "compound", t.head.head.lower_
    return t.dep_, None


def stands_for_head(word: Token, clause: Token) -> bool:
    """Tell whether a clause's subject or object is a relative pronoun for the noun it modifies.

    "a bill that critics called anti-gay", "the storm, which killed ...": the relative clause's
    pronoun is the clause's head noun (``clause.head``), which takes its role.
    """
    return clause.dep_ == "relcl" and word.lower_ in RELATIVES


def used_as_place(token: Token, seat: bool) -> bool:
    """Tell whether a place name is used as a location rather than as an agent or party."""
    dep, prep = clause_role(token)
    if dep == "pobj":
        return prep in (SEAT_PLACE_PREPS if seat else PLACE_PREPS)
    if dep in ("compound", "amod", "nmod", "npadvmod"):
        return not seat  # "Moscow police": a place; "Kremlin spokesman": the institution
    return dep not in ARGUMENT_DEPS


def phrase_head(token: Token) -> Token:
    """Climb a chain of modifiers to the noun they modify ("Poland-Belarus border" -> border)."""
    t = token
    while t.dep_ in ("compound", "nmod", "amod") and t.head is not t:
        t = t.head
    return t


def person_key(name: str) -> str:
    """Return the merge key of a person name: folded words without titles and honorifics."""
    words = [w.strip(STRIP) for w in name.replace("’", "'").split()]
    kept = [fold(w) for w in words if w and not is_title(w) and not is_title(w + ".")]
    return "person:" + " ".join(kept)


#: Most capitalised words a title may precede and still be a surname ("Mr Straw", "Professor
#: John Curtice"); longer runs are organisation names ("Mr Smith Goes To Washington").
TITLED_NAME_WORDS = 3


def titled_name_key(text: str) -> str | None:
    """Return the person key of a title followed by a name ("Mr Straw" -> "person:straw").

    BBC-style "Mr Straw" (no full stop) is often missed by NER and reaches the registry as a
    description; its key lets it join the person named before. None unless the text starts with
    titles and the rest is one to TITLED_NAME_WORDS capitalised words.
    """
    words = [w.strip(STRIP) for w in text.replace("’", "'").split()]
    words = [w for w in words if w]
    k = 0
    while k < len(words) and (is_title(words[k]) or is_title(words[k] + ".")):
        k += 1
    rest = words[k:]
    if k == 0 or not 1 <= len(rest) <= TITLED_NAME_WORDS:
        return None
    if not all(w[:1].isupper() and not is_title(w) for w in rest):
        return None
    return person_key(text)


def clean_name(text: str) -> str:
    """Strip a leading article and a trailing possessive from an entity's text."""
    text = text.strip()
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip()


#: Sorts after every real quotation end, so bisecting (offset, _NO_END) finds the last quote
#: starting at or before the offset.
_NO_END = 1 << 62


def quote_of(quotes: Sequence[tuple[int, int]], char: int) -> tuple[int, int] | None:
    """Return the quotation span holding a character offset, if any (quotes sorted by start)."""
    k = bisect_right(quotes, (char, _NO_END)) - 1
    if k >= 0 and quotes[k][0] <= char < quotes[k][1]:
        return quotes[k]
    return None


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Return the given-name lexicon (data/first_names.tsv): folded name -> m or f."""
    return {r["name"]: r["gender"] for r in data_rows("first_names.tsv")}


def name_gender(key: str | None) -> str | None:
    """Return m or f for a person key whose first of two or more words is a gendered given name.

    ("person:chris christie" -> None: Chris is both; "person:gordon brown" -> m). A lone word is
    a surname ("Martin") and tells nothing.
    """
    if not key or not key.startswith("person:"):
        return None
    words = key.removeprefix("person:").split()
    return _first_names().get(words[0]) if len(words) > 1 else None


def hyphen_end(root: Token, end: int) -> int:
    """Extend a chunk over a hyphenated continuation of its head ("secretary - general").

    spaCy splits "secretary-general" into three tokens and ends the chunk at "secretary", so
    the phrase would be read as a plain secretary (a government title).
    """
    doc = root.doc
    while end + 1 < len(doc) and doc[end].tag_ == "HYPH" and doc[end].whitespace_ == "" \
            and doc[end - 1].whitespace_ == "" and doc[end + 1].head.i == root.i:
        end += 2
    return end


def owner_end(root: Token, end: int) -> int:
    """Extend a title's phrase over "for/of <owner>" so the owner gives country and sector."""
    key = root.lemma_.lower()
    if key not in titles() and root.lower_ not in titles() and key not in group_nouns():
        return end
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and any(c.dep_ == "conj" for c in objs[0].children):
                return end  # "the presidents of Venezuela and Guyana": no one owner
            if objs:
                return objs[0].right_edge.i + 1
    return end
