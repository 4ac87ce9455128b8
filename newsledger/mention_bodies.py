"""Bodies named before: "the commission", "the radio", "the agency" as mentions of that body.

News names a body once ("the European Commission", "Iran state radio", "Interfax", "the
Congressional Budget Office") and then refers back to it by a bare common noun. The lexicon may
not know the noun ("commission", "radio": no candidate at all) or may give it a sector the body
does not have ("agency": a government agency, but Interfax is a news agency), so the registry,
which links descriptions by their traits, left such mentions out or made them a new actor.

This pass of :mod:`newsledger.mentions` runs over the finder's candidates in document order. A bare
definite singular noun ("the commission", "this agency") refers back to the most recent
organisation named within ``BODY_SENTENCES`` whose head noun it repeats; failing that, to the
organisation named last, when the noun can stand for a body of its sector ("the agency" after a
news agency or a government office; data/body_nouns.tsv and the group nouns of sectors.tsv).
The mention then carries that body's merge key, which the registry links by.

Outlets are bodies too: a name spaCy tags PERSON that the institutions or world-knowledge tables
know as a media body ("told Yonhap"), or as a body by its whole name ("G8"), is an organisation
(:func:`known_body`), and a noun the lexicon does not know but body_nouns.tsv lists, with a
modifier naming it ("Iran state radio"), is a body of its sector (:func:`outlet_traits`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsledger.knowledge import figure, organisation, organisation_named
from newsledger.lexicon import ActorTraits, fold, group_nouns, institution_of
from newsledger.lexicon_data import data_rows
from newsledger.mention_syntax import (
    ARGUMENT_DEPS,
    GOVERNMENT_HEADS,
    PLACE_NOUNS,
    name_gender,
    person_key,
    used_as_place,
)

if TYPE_CHECKING:  # mentions imports this module; the type is only needed by the checker
    from newsledger.mentions import Candidate

#: How many sentences back a bare noun may point to a body. Stories repeat a body's full name
#: every few paragraphs; further back another body of the same kind is as likely.
BODY_SENTENCES = 10

#: Determiners of a noun pointing back ("the agency", "this commission"); "that"/"these" phrases
#: are rarer and more often contrastive.
BACK_DETERMINERS = frozenset({"the", "this"})

#: Key prefixes of bodies a bare noun may point back to. Seats of power ("the house" is rarely
#: the White House) and countries are described by other means (the government, the country).
BODY_KEYS = ("org:", "group:")

#: The longest body name taken from the world-knowledge table against a PERSON tag ("Der
#: Spiegel", "Ukrainska Pravda"); longer PERSON spans are people's full names.
BODY_MAX_WORDS = 3


def known_body(name: str) -> ActorTraits | None:
    """Return the traits of an organisation a name spaCy tagged PERSON is known to be.

    Wire services and papers ("Yonhap", "Kommersant") are often tagged PERSON after "told" or
    "quoted by", and so are short bodies' names ("G8", "J.P. Morgan"). The institutions table is
    exact; the world-knowledge table counts when the whole name is one of its organisations', or,
    for a media body, when its name is inside the phrase; never for a name with a given name or a
    known figure's ("Michael Bloomberg" is a person).
    """
    inst = institution_of(name)
    if inst is not None:
        return ActorTraits(inst.kind, inst.country, inst.sector)
    if len(name.split()) > BODY_MAX_WORDS:
        return None
    known = organisation_named(name)
    if known is None:
        known = organisation(name)
        if known is None or known.sector != "MED":
            return None
    if name_gender(person_key(name)) is not None or figure(name, person=True) is not None:
        return None
    return known


@lru_cache(maxsize=1)
def _listed() -> dict[str, frozenset[str]]:
    """Return noun -> sectors from body_nouns.tsv alone."""
    table: dict[str, set[str]] = {}
    for row in data_rows("body_nouns.tsv"):
        table.setdefault(row["noun"].strip(), set()).add(row["sector"].strip())
    return {k: frozenset(v) for k, v in table.items()}


def outlet_traits(root: Token, traits: ActorTraits) -> ActorTraits:
    """Describe a modified noun the lexicon does not know but body_nouns.tsv lists as a body.

    "Iran state radio", "the official daily": an organisation of the noun's sector, with the
    country its words give; a sector the words already give stays ("Iraqi state radio" is GOV:
    CAMEO codes state media as government). A bare "the radio" stays out: "on the radio" is a
    medium, not a body.
    """
    sectors = _listed().get(root.lemma_.lower())
    modified = any(c.dep_ in ("compound", "amod", "nmod") for c in root.lefts)
    if traits.kind != "unknown" or not sectors or len(sectors) != 1 or not modified:
        return traits
    return replace(traits, kind="organization", sector=traits.sector or next(iter(sectors)))


@lru_cache(maxsize=1)
def noun_sectors() -> dict[str, frozenset[str]]:
    """Return noun -> the sectors of the bodies it may stand for (body_nouns.tsv, sectors.tsv)."""
    table = {k: set(v) for k, v in _listed().items()}
    for phrase, noun in group_nouns().items():
        if noun.kind == "organization" and noun.sector:
            table.setdefault(phrase.split()[-1], set()).add(noun.sector)
    return {k: frozenset(v) for k, v in table.items()}


def bare_definite(tok: Token) -> Token | None:
    """Return the determiner of a bare definite singular noun ("the commission"), else None.

    Any other modifier before the noun ("the foreign ministry", "the state radio") says which
    body it is, which the registry's description linking already weighs.
    """
    if tok.tag_ != "NN" or not tok.is_lower or tok.dep_ not in ARGUMENT_DEPS:
        return None
    lefts = list(tok.lefts)
    if len(lefts) != 1 or lefts[0].dep_ != "det" or lefts[0].lower_ not in BACK_DETERMINERS \
            or lefts[0].i != tok.i - 1:
        return None
    lemma = tok.lemma_.lower()
    if lemma in PLACE_NOUNS or lemma in GOVERNMENT_HEADS or used_as_place(tok, seat=True):
        return None  # "the state", "the government": other rules; "at the agency": a place
    return lefts[0]


def is_body(cand: Candidate) -> bool:
    """Tell whether a candidate mentions a body a later bare noun may point back to."""
    return cand.traits.kind == "organization" and cand.kind in ("name", "collective",
                                                                "description", "body")


def has_body_key(cand: Candidate) -> bool:
    """Tell whether a body's mention carries a key the registry can link a later noun by.

    An unnamed body ("the foreign ministry") has none: the registry's description linking
    weighs a noun pointing back at it, as before.
    """
    return bool(cand.key) and str(cand.key).startswith(BODY_KEYS)


def antecedent_body(noun: str, sent: int, bodies: Sequence[Candidate]) -> Candidate | None:
    """Return the body a bare noun points back to, from bodies named before it (latest last).

    The latest body whose head noun or name's last word it repeats, within BODY_SENTENCES;
    else the latest body of all, when the noun can stand for a body of its sector.
    """
    recent = [b for b in bodies if sent - b.sent <= BODY_SENTENCES]
    for body in reversed(recent):
        words = fold(body.name).split()
        if noun == body.head_lemma or (words and words[-1] == noun):
            return body
    if recent:
        sector = recent[-1].traits.sector
        if sector is not None and sector in noun_sectors().get(noun, frozenset()):
            return recent[-1]
    return None


__all__ = ["BODY_SENTENCES", "antecedent_body", "bare_definite", "has_body_key", "is_body",
           "known_body", "noun_sectors", "outlet_traits"]
