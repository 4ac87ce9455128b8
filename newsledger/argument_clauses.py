"""Clause roles: which token of a verb's clause acts (its subject) and which is acted on.

The subject is followed along the clauses that share it: control infinitives ("agreed to
release", "urged Hamas to renounce"), coordinated verbs, participles and gerunds after a
preposition ("accused Iraq of violating", "after accusing"), relative clauses ("rebels who
attacked"). The recipient is the object, the dative or a recipient preposition. Tokens only:
:mod:`newsledger.arguments` turns them into arguments with actor ids and countries.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Prepositions that introduce a recipient, tried in this order.
RECIPIENT_PREPS: tuple[str, ...] = ("against", "on", "at", "upon", "with", "to", "into", "for")

#: Verbs whose object, not subject, carries out an infinitive ("urged Hamas to renounce").
OBJECT_CONTROL = frozenset({
    "urge", "ask", "order", "force", "press", "pressure", "call", "persuade", "tell", "allow",
    "help", "invite", "want", "encourage", "compel",
})

#: Prepositions of the deed someone is acted on for ("punished for invading", "accused of").
REASON_PREPS = frozenset({"for", "of"})

#: Participles whose passive subject is the one acting ("were engaged in fighting", "are
#: involved in attacks"): the adjectival passive names no agent because the subject is one.
STATIVE_PASSIVES = frozenset({"engage", "involve"})

#: Verbs whose object is a text or act that speaks for their subject ("issued a statement
#: demanding", "passed a resolution calling for", "sent a letter urging").
ISSUING_VERBS = frozenset({
    "issue", "release", "publish", "pass", "adopt", "approve", "send", "sign",
})

#: Types whose recipient may be the subject of the verb's content clause ("demanded that X go").
CLAUSE_RECIPIENT_TYPES = frozenset({"REQUEST"})

#: Types whose object is the actor's own forces, not a recipient ("deployed troops to X").
FORCES_TYPES = frozenset({"MOBILIZE"})


def child_with(tok: Token, *deps: str) -> Token | None:
    """Return the first child with one of these dependency labels."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def pobj_of(tok: Token, *preps: str) -> Token | None:
    """Return the object of the first of these prepositions attached to a token."""
    for prep in preps:
        for child in tok.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
                obj = child_with(child, "pobj")
                if obj is not None:
                    return obj
    return None


def verb_subject(verb: Token) -> Token | None:
    """Return the logical subject of a verb, following control, coordination and participles."""
    seen = 0
    cur = verb
    while seen < 6:
        seen += 1
        agent = child_with(cur, "agent")
        if agent is not None and child_with(cur, "nsubjpass", "auxpass") is not None:
            return child_with(agent, "pobj")
        subj = child_with(cur, "nsubj")
        if subj is not None:
            if subj.lower_ in ("who", "which", "that") and cur.dep_ == "relcl":
                return cur.head  # "rebels who attacked": the antecedent acts
            return subj
        if child_with(cur, "nsubjpass") is not None:
            if cur.lemma_.lower() in STATIVE_PASSIVES:
                return child_with(cur, "nsubjpass")  # "forces were engaged in fighting"
            return None  # passive without agent: no actor named
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "xcomp":
            obj = child_with(head, "dobj")
            if obj is not None and head.lemma_ in OBJECT_CONTROL:
                return obj
            cur = head
        elif cur.dep_ == "pcomp" and head.dep_ == "prep" and child_with(head.head, "dobj"):
            # "accused Iraq of violating", "blamed X for attacking": the object acts
            return child_with(head.head, "dobj")
        elif cur.dep_ == "pcomp" and head.lower_ in REASON_PREPS and (
                pobj_of(head.head, "on", "against") or child_with(head.head, "nsubjpass")):
            # "sanctions imposed on Iraq for invading Kuwait", "Iraq was punished for
            # invading": who is acted on for a deed did it (the on-phrase before a passive
            # subject, which may be the measure itself)
            return pobj_of(head.head, "on", "against") or child_with(head.head, "nsubjpass")
        elif cur.dep_ in ("conj", "advcl", "pcomp") and cur.tag_ in ("VBG", "VBN", "VBD", "VBZ",
                                                                        "VBP", "VB"):
            cur = head if cur.dep_ != "pcomp" else head.head
        elif cur.dep_ == "relcl" and _purpose_of_object(cur):
            # "called for a strike to protest X", "launched an offensive to retake X": the
            # infinitive is the purpose of whoever acts on the noun, not the noun's own act
            cur = head.head if head.dep_ == "dobj" else head.head.head
        elif cur.dep_ == "relcl":
            return head
        elif cur.dep_ == "acomp":
            cur = head  # "he is prepared to lift", "guilty of violating": the copula's subject
        elif cur.dep_ == "acl" and cur.sent.root.pos_ in ("NOUN", "PROPN") \
                and cur.tag_ in ("VBD", "VBN") and child_with(cur, "agent") is None:
            # a sentence misparsed as a noun with a clause ("Doctors ... donated goods"): with
            # no main verb, the past verb is the sentence's and the root noun its subject
            return cur.sent.root
        elif cur.dep_ == "acl" and cur.tag_ == "VBG" and head.dep_ == "dobj" \
                and head.head.lemma_.lower() in ISSUING_VERBS:
            # "the party issued a declaration demanding ...": the issuer demands
            cur = head.head
        elif cur.dep_ == "acl" and cur.tag_ in ("VBG", "VBN"):
            if cur.tag_ == "VBN" and agent is not None:
                return child_with(agent, "pobj")  # "a civilian killed by UK troops"
            return head if cur.tag_ == "VBG" else None
        else:
            return None
    return None


def _purpose_of_object(verb: Token) -> bool:
    """Tell whether a to-infinitive relative clause hangs on a verb's object or its prep-object."""
    noun = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if noun.dep_ == "dobj":
        return noun.head.pos_ == "VERB"
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"


def that_clause(noun: Token) -> Token | None:
    """Return the verb of a noun's "that" content clause ("demands that X go"), if any."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def verb_roles(verb: Token, roles: str, type_: str = "") -> tuple[Token | None, list[Token]]:
    """Return the actor head and the candidate recipient heads (best first) of a verb trigger."""
    actor = verb_subject(verb)
    passive = child_with(verb, "nsubjpass")
    if passive is not None and verb.lemma_.lower() in STATIVE_PASSIVES:
        passive = None  # its subject acts: the recipient comes from "against", "with"
    dobj = child_with(verb, "dobj")
    if passive is None and verb.dep_ == "xcomp" and child_with(verb, "auxpass") is not None:
        # "ships are known to have been attacked", "were reported to have been killed": the
        # raising verb's subject is the passive's
        passive = child_with(verb.head, "nsubjpass", "nsubj")
    if passive is None and dobj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and (actor is None or child_with(verb, "agent") is not None) \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        # a past participle's noun is what was done to ("a Dutch couple kidnapped from their
        # farm", "a civilian killed by UK troops"), as the subject of the passive it reduces;
        # not when the participle is a misparsed main verb with its own subject ("Doctors
        # from two American aid groups donated and delivered goods")
        passive = verb.head
    if dobj is None and passive is None and not any(
            c.dep_ in ("xcomp", "ccomp", "prep", "dative", "advcl") for c in verb.children):
        # "killed or wounded 15,000 guards": coordinated verbs share the last one's object
        # (not "refused to deploy troops and urged its citizens": refused has its own act)
        dobj = next((child_with(c, "dobj") for c in verb.children if c.dep_ == "conj"
                     and c.pos_ == "VERB" and child_with(c, "nsubj", "nsubjpass") is None
                     and child_with(c, "dobj") is not None), None)
    if type_ in FORCES_TYPES:
        # "troops were deployed": the forces moved are the actor, the object is not a target
        if passive is not None and actor is None:
            actor, passive = passive, None
        dobj = None
    dative = child_with(verb, "dative")
    if dative is not None and dative.pos_ not in ("PROPN", "NOUN", "PRON"):
        dative = child_with(dative, "pobj")  # "gave aid to X" parsed with a dative "to"
    if roles == "swap":  # "received weapons from X": X gives, the subject receives
        giver = pobj_of(verb, "from", "by") or (pobj_of(dobj, "from") if dobj is not None else None)
        return giver, [t for t in (actor,) if t is not None]
    candidates: list[Token | None]
    if passive is not None:
        candidates = [passive]
    elif type_ in FORCES_TYPES:
        candidates = [pobj_of(verb, "against", "to", "into", "on", "at", "toward", "towards")]
    elif roles == "sym":
        candidates = [pobj_of(verb, "with"), dobj]
    elif _is_giving(verb):
        candidates = [dative, pobj_of(verb, "to")]
    else:
        candidates = [dobj, dative, pobj_of(verb, *RECIPIENT_PREPS)]
    if type_ in CLAUSE_RECIPIENT_TYPES:
        # "demanded that Hamas renounce ...": the one asked is the subject of the demand
        clause = child_with(verb, "ccomp")
        if clause is None:  # "insisted on its demands that X grant ..."
            obj = pobj_of(verb, "on", "for", "upon")
            clause = that_clause(obj) if obj is not None else None
        subject = child_with(clause, "nsubj", "nsubjpass") if clause is not None else None
        candidates.append(subject if subject is not None and subject.pos_ != "PRON" else None)
    if dobj is not None:
        # "threatened further action against Russia", "rejected calls by Belarus's rulers",
        # "rejected an Indian proposal": the object's target or author
        # ("withdraw their force", "re-open its borders": an object's pronoun owner is
        # mostly the actor itself, never the recipient)
        candidates += [pobj_of(dobj, "against", "on", "with", "to", "at"),
                       *(t for t in author_of(dobj) if t.pos_ != "PRON")]
    return actor, [t for t in candidates if t is not None]


def author_of(noun: Token) -> list[Token]:
    """Return who made a proposal, call or decision noun ("an Indian proposal", "calls by X")."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    out += [c for c in noun.lefts if c.dep_ in ("amod", "compound")
            and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]
    by = pobj_of(noun, "by", "from")
    if by is None:
        # "the demonstration staged by students", "an attack carried out by rebels"
        by = next((pobj_of(c, "by") for c in noun.children if c.dep_ == "acl"
                   and c.tag_ == "VBN" and pobj_of(c, "by") is not None), None)
    return out + ([by] if by is not None else [])


def _is_giving(verb: Token) -> bool:
    """Tell whether a verb transfers something to someone ("give", "send", "hand over")."""
    return verb.lemma_ in ("give", "send", "provide", "supply", "deliver", "hand", "donate",
                           "grant", "offer", "extend", "apologize", "apologise")
