"""Mention candidates as data: the one type the mentions stage hands to the actors stage.

:mod:`newsledger.mentions` finds the candidates; :mod:`newsledger.actors`, :mod:`newsledger.coref`
and :mod:`newsledger.mention_bodies` read them. Kept apart so those modules share the type
without the finder's code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newsledger.lexicon import ActorTraits
from newsledger.mention_syntax import PRONOUNS

#: name: a proper name; maybe_name: a capitalised word that is a person only if a person with
#: that name is already known ("Brandt" tagged GPE); description: "the president";
#: collective: an unnamed or collective source; pronoun: he/she/they/it and possessives.
#: relative: "who"/"which"/"that" opening a relative clause, linked to the noun it follows;
#: first_person: I/me/my/we/us/our inside a quotation, linked to the quote's speaker.
#: body: a bare definite noun pointing back at a body named before ("the commission"), carrying
#: that body's merge key (:mod:`newsledger.mention_bodies`).
CandidateKind = Literal[
    "name", "maybe_name", "description", "collective", "pronoun", "relative", "first_person",
    "body",
]


@dataclass(frozen=True)
class Candidate:
    """One span that may mention an actor, with what its words say about the actor."""

    start: int  # character span of the mention
    end: int
    head: int  # token index of the head word
    sent: int  # sentence index
    kind: CandidateKind
    name: str  # the name this mention proposes for a new actor
    key: str | None  # merge key for names ("person:emmanuel macron", "country:FRA"), else None
    traits: ActorTraits
    definite: bool = False
    head_lemma: str = ""

    @property
    def pronoun_class(self) -> str | None:
        """Return m, f, pl or n for a pronoun mention, else None."""
        return PRONOUNS.get(self.name.lower()) if self.kind == "pronoun" else None
