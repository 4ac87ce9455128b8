"""Possessors: the country a possessive pronoun gives the noun it owns ("their forces").

Split from :mod:`newsledger.arguments` (module size); used by its ``make_argument``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.actors import ActorIndex


def owner_country(tok: Token, actors: ActorIndex) -> str | None:
    """Return the country of a possessive pronoun's actor ("their forces" after Bosnian Serbs)."""
    poss: Token | None = None
    if tok.dep_ == "poss" and tok.pos_ == "PRON":
        poss, tok = tok, tok.head  # "their withdrawal": the pronoun itself is the actor
    elif tok.dep_ in ("nsubj", "nsubjpass"):
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    else:
        return None  # an object's owner is not its country ("withdraw their force from X")
    if poss is None:
        return None
    own = actors.actor_for(tok.idx, tok.idx + len(tok.text))
    owner = actors.get(actors.actor_for(poss.idx, poss.idx + len(poss.text)))
    if owner is not None and owner.id != own:
        return owner.country
    # the registry left "their" unresolved or linked it to its own noun: the nearest earlier
    # actor of the sentence with a country owns it
    sent_start = tok.sent.start_char
    best: tuple[int, str] | None = None
    for actor in actors.actors:
        if actor.id == own or actor.country is None:
            continue
        for m in actor.mentions:
            if sent_start <= m.start < poss.idx and (best is None or m.start > best[0]):
                best = (m.start, actor.country)
    return best[1] if best is not None else None
