"""Parse shapes of whole constructions that trigger rows read (T112).

Rows of ``data/plover_triggers.tsv`` name a word's complements as the parser attaches them; some
constructions of news come out of spaCy in another shape than the row expects, and every
sentence of that construction is then missed. The helpers here read such shapes once, for all
rows: a for-to complement parsed as a clause ("called for Egypt to free them"), an object
shared by coordinated verbs that spaCy hangs on the last verb only ("intercepted and boarded a
ship"), and an event noun that names its own doer ("the Israeli strikes").
"""

from __future__ import annotations

from spacy.tokens import Token

#: Relations of the clause spaCy makes of a for-to complement ("called for X to go": advcl).
_FOR_TO_DEPS = frozenset({"advcl", "ccomp", "xcomp", "acl"})


def for_to_clause(children: list[Token], words: frozenset[str]) -> bool:
    """Tell whether a child clause is a for-to infinitive opened by one of the prepositions.

    spaCy parses "called for Egypt to free them" as a clause "Egypt to free them" (advcl) whose
    ``mark`` is "for", not as a for-phrase, so a "prep:for" row ("call for", "press for")
    missed every request of that shape (T112).
    """
    return for_to_subject(children, words) is not None


def for_to_subject(children: list[Token], words: frozenset[str]) -> Token | None:
    """Return the subject of a child for-to infinitive clause ("called for Egypt to go": Egypt).

    The clause must be an infinitive with its own subject: "for" as the mark of a finite clause
    ("left, for he was tired") is no preposition, and its subject is asked nothing.
    """
    for c in children:
        if c.dep_ in _FOR_TO_DEPS \
                and any(m.dep_ == "mark" and m.lower_ in words for m in c.children) \
                and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            subject = next((m for m in c.children if m.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
    return None


#: Relations that make a verb's own object or complement: a verb with one shares no object.
_OWN_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "prt"})

#: Words that may stand between two coordinated verbs sharing one object ("froze and later
#: cancelled"): the conjunction, adverbs and auxiliaries.
_BETWEEN_DEPS = frozenset({"cc", "advmod", "aux", "neg", "punct"})


def raised_object_verb(tok: Token) -> Token | None:
    """Return the coordinated verb whose object a verb with none shares, if there is one.

    "The navy intercepted and boarded a ship": spaCy hangs "ship" on "boarded" only, so a row
    needing an object ("intercept" a ship) missed the first verb of every such pair (T112).
    Only a verb with no object or complement of its own, followed at once (past "and", an
    adverb or auxiliary) by its conjunct with a direct object, shares it: "denounced the strikes
    and vowed revenge" keeps its own object.
    """
    if tok.pos_ != "VERB" or any(c.dep_ in _OWN_COMPLEMENT_DEPS for c in tok.children):
        return None
    for conj in tok.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < tok.i:
            continue
        between = tok.doc[tok.i + 1: conj.i]
        if all(t.dep_ in _BETWEEN_DEPS for t in between) and \
                any(c.dep_ == "dobj" for c in conj.children):
            return conj
        return None  # only the next conjunct can share its object
    return None


#: Entity labels of a state, people or organisation naming the doer of an event noun.
_DOER_LABELS = frozenset({"GPE", "NORP", "ORG"})


def names_own_doer(noun: Token) -> bool:
    """Tell whether an event noun names who did it ("the Israeli strikes", "bombing by jets").

    A state, people or organisation as modifier or possessor ("Saudi Arabia's release of
    detainees"), or a by-phrase; a person's possessive is left out, since persons are as often
    the patient ("his release").
    """
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss") and child.ent_type_ in _DOER_LABELS:
            return True
        if child.dep_ in ("prep", "agent") and child.lower_ == "by" and \
                any(g.dep_ == "pobj" for g in child.children):
            return True
    return False

