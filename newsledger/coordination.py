"""Coordination: what the members of a coordinated participant share.

Split from :mod:`newsledger.arguments` (module size); its ``expand`` calls
:func:`shared_nationality` on the arguments of one coordination.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from spacy.tokens import Token

from newsledger import lexicon as _lexicon

if TYPE_CHECKING:  # arguments imports this module: the type is only needed for checking
    from newsledger.arguments import Argument

A = TypeVar("A", bound="Argument")

#: Sectors of bodies that belong to no one state (the EU, the UN, Amnesty): a demonym before a
#: list never names theirs, and they never take the country of the place they act in or of the
#: sentence ("the EU's arms ban on China", :mod:`newsledger.participants`).
STATELESS_SECTORS = frozenset({"IGO", "NGO"})


def shared_nationality(tok: Token, args: list[A]) -> list[A]:
    """Give a coordination's members without country the first member's national modifier.

    "British Chancellor Nigel Lawson, Foreign Secretary Geoffrey Howe and ...": the demonym
    before the list qualifies all of it. Only a demonym or country word modifying the first
    member counts (not its registry or world-knowledge country), never for an IGO/NGO nor a
    member with an adjective of its own.
    """
    if len(args) < 2:
        return args
    nationals = {_lexicon.country_of(c.text) for c in tok.lefts
                 if c.dep_ in ("amod", "compound", "nmod") and not c.conjuncts}
    nationals.discard(None)
    if len(nationals) != 1:
        return args
    nat = nationals.pop()
    # a member with an adjective of its own is qualified apart ("British and foreign
    # nationals", "Central American democracies and eventual full funding")
    own = [(c.left_edge.idx, c.idx + len(c.text)) for c in tok.conjuncts
           if any(g.dep_ == "amod" for g in c.lefts)]
    return [replace(a, country=nat) if a.country is None and a.sector not in STATELESS_SECTORS
            and not any(a.start <= e and s <= a.end for s, e in own) else a for a in args]


def first_conjunct(tok: Token) -> Token:
    """Return the first member of the coordination a token belongs to (itself if none)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def shared_pobj(noun: Token, preps: tuple[str, ...]) -> Token | None:
    """Return the object of a phrase a coordinated noun shares with the first member.

    "maintain friendship and cooperation with Moscow": the parser hangs a phrase that follows
    the whole coordination on its first member, but it qualifies every member. A phrase
    before the last member ("an attack on the base and threats") is the first member's own.
    """
    first = first_conjunct(noun)
    if first is noun:
        return None
    last = max(c.i for c in first.conjuncts)
    for child in first.rights:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > last:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None
