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


#: Possessive pronouns of a group or a body, by whether they stand for a plural (or a
#: coordination: "Poland and Hungary ... their") or a singular noun; persons' "his"/"her" are
#: left to the actors stage's coreference.
GROUP_POSSESSIVES = {"their": True, "its": False}

#: Tags of plural nouns.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def possessive_antecedent(pron: Token, actor: Token | None) -> Token | None:
    """Return the subject a group's possessive pronoun stands for in its sentence, if one.

    "Poland and Hungary were admitted after parliament voted in favour of their inclusion": the
    nearest earlier subject that agrees in number, other than the event's own actor (whose own
    thing it would be: "Iran withdrew its forces").
    """
    plural = GROUP_POSSESSIVES.get(pron.lower_)
    if plural is None or pron.dep_ != "poss":
        return None
    for tok in reversed(pron.doc[pron.sent.start:pron.i]):
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if (tok.tag_ in PLURAL_TAGS or bool(tok.conjuncts)) != plural \
                or not plural and tok.ent_type_ == "PERSON":
            continue
        return None if actor is not None and tok.i == actor.i else tok
    return None
