"""Clause roles: the actor and the recipients of a verb trigger's clause.

The actor is the clause's logical subject (:mod:`newsledger.clause_subject`); the recipient is
the object, the dative or a recipient preposition, a passive's subject, the subject of a
demand's or charge's content clause, or the author of the object. Tokens only:
:mod:`newsledger.arguments` turns them into arguments with actor ids and countries.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsledger.clause_subject import (
    antecedent,
    clitic_perfect,
    particle_object,
    subject_child,
    verb_subject,
)
from newsledger.clause_words import (
    RECIPIENT_PREPS,
    STATIVE_PASSIVES,
    TIME_ENTITIES,
    child_with,
    pobj_of,
    word_list,
)
from newsledger.lexicon import describe, sector_of
from newsledger.lexicon_data import data_rows
from newsledger.possessors import possessive_antecedent
from newsledger.trigger_rules import TriggerRule, rules, trigger_nouns
from newsledger.trigger_shapes import for_to_subject
from newsledger.triggers import rule_for

#: Types whose recipient may be the subject of the verb's content clause ("demanded that X go").
CLAUSE_RECIPIENT_TYPES = frozenset({"REQUEST"})

#: Verb types whose recipient may be the subject of the verb's content clause: the one asked
#: ("demanded that X go") or the one accused ("alleged that the party failed to ...").
VERB_CLAUSE_RECIPIENT_TYPES = CLAUSE_RECIPIENT_TYPES | {"ACCUSE"}

#: Types whose object is the actor's own forces, not a recipient ("deployed troops to X").
FORCES_TYPES = frozenset({"MOBILIZE"})

#: The PLOVER mode of withdrawing forces (RETREAT "withdraw": "pulled out its troops", "the
#: garrison will be reduced"): the forces named as its patient are the actor's own, not whom it
#: retreats from (T118); not a release of captured soldiers (mode "release"), who are acted on.
WITHDRAW_MODE = "withdraw"

#: The PLOVER mode of hosting a visit ("X hosted Y", "X received the Emir of Y"): the codebook
#: codes the visitor as ACTOR and the host as RECIPIENT, as the construction set labels it.
HOST_MODE = "host"

#: Entity labels and lexicon kinds of a visitor ("hosted Modi", "received the Emir of Qatar").
GUEST_ENTITIES = frozenset({"PERSON", "NORP", "GPE", "ORG"})
GUEST_KINDS = frozenset({"person", "group", "organization", "country"})

#: The sector of forces (lexicon): "troops", "forces", "garrison", "soldiers", "peacekeepers".
FORCES_SECTOR = "MIL"

#: Prepositions of time, place or means that a passive participle takes as readily as an active
#: verb ("kidnapped in broad daylight", "held by rebels").
_CIRCUMSTANCE_PREPS = frozenset({"in", "at", "on", "during", "by", "from", "after", "before"})

#: Adverbs the parser gives a phrasal verb in place of its particle ("fought back", "ran away").
_DIRECTION_ADVERBS = frozenset({"back", "away", "off", "out", "up", "down"})

#: Verbs whose to-infinitive after "be" is passive in sense ("X is to blame": X is blamed).
PASSIVE_INFINITIVES = word_list("passive_infinitive")

#: The copula, whose subject is the one named in "X is to blame", "X was among those hurt".
COPULA = "be"

#: The preposition of membership: "X was among those injured" names X as one of them.
AMONG = "among"

#: Types whose issue, named by an over-phrase, was made by their recipient ("protests over the
#: government's laws", "anger over Israel's raid"); other types' over-phrase is a topic ("talks
#: over the border") or a place ("flew over the capital").
ISSUE_TYPES = frozenset({"PROTEST", "ACCUSE"})

#: Nouns of "in favour of X", "in support of X": X is who the act is for.
FAVOUR_NOUNS = frozenset({"favor", "favour", "support", "defence", "defense"})

#: Types whose "in favour of X" names their recipient ("voted in favour of X's entry").
FAVOUR_TYPES = frozenset({"SUPPORT", "AGREE", "AID"})

#: Types of an act whose condemnation accuses its doer, not its victim ("condemned the attack").
ATTACK_TYPES = frozenset({"ASSAULT"})

#: The preposition of a protest's or accusation's issue.
ISSUE_PREP = "over"

#: Types whose about-phrase names who is criticised ("spoke out about Trump", "complained about
#: the minister's decision": the minister); other types' about-phrase is a topic ("talks about
#: trade", "warned about the storm").
ABOUT_TYPES = frozenset({"ACCUSE"})

#: Verbs that transfer something to someone, whose recipient is the dative or to-phrase, never
#: the object given ("gave aid to X", "handed over the files", "apologized to X").
GIVING_VERBS = word_list("giving_verb")


def _shares_passive(verb: Token) -> bool:
    """Tell whether a verb coordinated with a passive one is passive too ("was seized and held").

    The parser tags the second participle as a past tense ("kidnapped"/VBD) as often as not;
    one with a particle or a preposition of direction or partner ("was attacked and fought
    back", "and fled to Syria") is the subject's own act.
    """
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if child_with(verb, "nsubj", "nsubjpass", "dobj", "prt", "dative", "xcomp", "ccomp"):
        return False
    if any(c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE_PREPS
           or c.dep_ == "advmod" and c.lower_ in _DIRECTION_ADVERBS for c in verb.children):
        return False
    return child_with(verb.head, "auxpass") is not None and child_with(verb.head, "nsubjpass") \
        is not None


def _blamed_subject(verb: Token) -> Token | None:
    """Return the subject of "be" a passive-sense infinitive acts on ("Intel is not to blame").

    "X is to blame" means X is to be blamed: the copula's subject is the recipient and no
    actor is named; other infinitives after "be" are the subject's own plan ("is to visit").
    """
    if verb.dep_ != "xcomp" or verb.lemma_.lower() not in PASSIVE_INFINITIVES \
            or verb.head.lemma_.lower() != COPULA \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    subject = child_with(verb.head, "nsubj")
    return antecedent(subject) if subject is not None else None


def _reporter(clause: Token) -> Token | None:
    """Return the subject of the verb a clause is reported by ("Sun says [Intel is to blame]")."""
    return verb_subject(clause.head) if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" \
        else None


def _among_member(noun: Token) -> Token:
    """Return who "was among" a group acted on ("X was among those injured"), else the group.

    The copula's subject is one of those the participle acted on, and the one named.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != AMONG or prep.head.lemma_.lower() != COPULA:
        return noun
    subject = child_with(prep.head, "nsubj")
    return antecedent(subject) if subject is not None else noun


def condemns_an_attack(verb: Token, type_: str) -> bool:
    """Tell whether an accusation or protest verb's object is an attack ("condemned the raid")."""
    obj = child_with(verb, "dobj")
    if type_ not in ISSUE_TYPES or obj is None:
        return False
    rule = rule_for(obj)
    return rule is not None and rule.type in ATTACK_TYPES


def favoured(verb: Token, actor: Token | None) -> list[Token]:
    """Return whom a verb is done in favour of ("voted in favour of X", "of their inclusion").

    The phrase's noun and its author, a group's possessive pronoun resolved in the sentence.
    """
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    noun = child_with(prep, "pobj") if prep is not None else None
    obj = pobj_of(noun, "of") if noun is not None and noun.lemma_.lower() in FAVOUR_NOUNS \
        else None
    if obj is None:
        return []
    authors = [possessive_antecedent(t, actor) if t.pos_ == "PRON" else t
               for t in author_of(obj)]
    return [obj, *(t for t in authors if t is not None)]


def that_clause(noun: Token) -> Token | None:
    """Return the verb of a noun's "that" content clause ("demands that X go"), if any."""
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def verb_roles(verb: Token, roles: str, type_: str = "") -> tuple[Token | None, list[Token]]:
    """Return the actor head and the candidate recipient heads (best first) of a verb trigger."""
    actor = verb_subject(verb)
    passive = subject_child(verb, "nsubjpass")
    if passive is not None and (verb.lemma_.lower() in STATIVE_PASSIVES or clitic_perfect(verb)):
        # its subject acts: the recipient comes from "against", "with"; "he's admitted that"
        # is "he has admitted"
        passive = None
    dobj = child_with(verb, "dobj")
    if passive is None and verb.dep_ == "xcomp" and child_with(verb, "auxpass") is not None:
        # "ships are known to have been attacked", "were reported to have been killed": the
        # raising verb's subject is the passive's
        passive = subject_child(verb.head, "nsubjpass", "nsubj")
    if passive is None and dobj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and (actor is None or child_with(verb, "agent") is not None) \
            and (verb.head.pos_ in ("NOUN", "PROPN") or _among_member(verb.head) != verb.head):
        # a past participle's noun is what was done to ("a Dutch couple kidnapped from their
        # farm", "a civilian killed by UK troops"), as the subject of the passive it reduces;
        # not when the participle is a misparsed main verb with its own subject ("Doctors
        # from two American aid groups donated and delivered goods"); "X was among those
        # injured": X is one of them
        passive = _among_member(verb.head)
    if passive is None and dobj is None and (blamed := _blamed_subject(verb)) is not None:
        # "Intel is not to blame": Intel is the one blamed; who says so blames it ("Sun says
        # Intel is to blame"), and a bare copula names no one blaming
        actor, passive = _reporter(verb.head), blamed
    if passive is None and dobj is None and _shares_passive(verb):
        # "a girl who was seized and kidnapped": the second participle shares the passive
        passive = child_with(verb.head, "nsubjpass")
    # a relative clause's gap is its antecedent ("the girl who was kidnapped", "the
    # governments which he thanked", "Sanders's victory, which Clinton conceded")
    passive = antecedent(passive) if passive is not None else None
    dobj = antecedent(dobj) if dobj is not None else None
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
    rule = rule_for(verb)  # its mode: a withdrawal's forces and a host's guest are read by it
    if passive is not None and actor is None and _withdrawn_forces(rule, passive):
        actor, passive = passive, None  # "the troops will be reduced": the troops withdraw
    if dobj is not None and _withdrawn_forces(rule, dobj):
        dobj = None  # "withdrew its troops": its own forces, not whom it withdraws from
    dative = child_with(verb, "dative")
    if dative is not None and dative.pos_ not in ("PROPN", "NOUN", "PRON"):
        dative = child_with(dative, "pobj")  # "gave aid to X" parsed with a dative "to"
    if roles == "swap":  # "received weapons from X": X gives, the subject receives
        giver = pobj_of(verb, "from", "by") or (pobj_of(dobj, "from") if dobj is not None else None)
        return giver, [t for t in (actor,) if t is not None]
    guest = _guest(rule, passive or dobj)
    if guest is not None:  # "X hosted Y", "Y was received by X": the visitor acts (T118)
        return guest, [t for t in (actor,) if t is not None]
    attack = dobj is not None and condemns_an_attack(verb, type_)
    candidates: list[Token | None]
    lifted = _lifted_measure(passive, type_) if passive is not None and actor is None else None
    if lifted is not None:
        actor, candidates = lifted[0], list(lifted[1])
    elif passive is not None:
        candidates = [passive]
    elif type_ in FORCES_TYPES:
        candidates = [pobj_of(verb, "against", "to", "into", "on", "at", "toward", "towards")]
    elif roles == "sym":
        partner = pobj_of(verb, "with")
        if partner is None and dobj is not None:
            # "shared intelligence with Israel": the parser hangs the partner on the thing
            # shared or exchanged, which is never the partner itself
            partner = pobj_of(dobj, "with")
        candidates = [partner, dobj]
    elif _is_giving(verb):
        candidates = [dative, pobj_of(verb, "to")]
    else:
        target = _recipient_pobj(verb, type_)
        if projectile(dobj, target, type_):
            # "fired drones at Saudi oil facilities": whom it is fired at comes first
            candidates = [target, dative, None if attack else dobj, particle_object(verb)]
        else:
            candidates = [None if attack else dobj, dative, target, particle_object(verb)]
        about = pobj_of(verb, "about") if type_ in ABOUT_TYPES else None
        if about is not None:  # after the object and the to/against-phrase
            candidates += [about, *(t for t in author_of(about) if t.pos_ != "PRON")]
    if type_ in VERB_CLAUSE_RECIPIENT_TYPES:
        # "demanded that Hamas renounce ...": the one asked is the subject of the demand;
        # "alleged that the DNC failed to ...": the one accused is the subject of the charge
        clause = child_with(verb, "ccomp")
        if clause is None:  # "insisted on its demands that X grant ..."
            obj = pobj_of(verb, "on", "for", "upon")
            clause = that_clause(obj) if obj is not None else None
        subject = child_with(clause, "nsubj", "nsubjpass") if clause is not None else None
        candidates.append(subject if subject is not None and subject.pos_ != "PRON" else None)
    asked = for_to_subject(list(verb.children), FOR_WORDS) if type_ in ASKING_TYPES else None
    if asked is not None and asked.dep_ == "nsubj":
        # "pushed for US forces to leave": the one asked to act, as in "called on X to"; not a
        # passive's subject ("appealed for the inspectors to be given time": they are given it)
        candidates.append(asked)
    if dobj is not None and attack:
        # "condemned an attack by X on Y": the attacker is accused (PETRARCH codes X), not the
        # attack's victim or place, which the attack's own event names
        candidates += [t for t in author_of(dobj) if t.pos_ != "PRON"]
    elif dobj is not None:
        # "threatened further action against Russia", "rejected calls by Belarus's rulers",
        # "rejected an Indian proposal": the object's target or author
        # ("withdraw their force", "re-open its borders": an object's pronoun owner is
        # mostly the actor itself, never the recipient; a group's pronoun that stands for
        # another subject of the sentence is that one: "the army shelled their positions")
        candidates += [pobj_of(dobj, "against", "on", "with", "to", "at"),
                       *(t for t in (possessive_antecedent(t, actor) if t.pos_ == "PRON"
                                     else t for t in author_of(dobj)) if t is not None)]
    if type_ in FAVOUR_TYPES:
        candidates += favoured(verb, actor)
    return actor, [t for t in candidates if t is not None] + issue_authors(verb, type_)


def _guest(rule: TriggerRule | None, patient: Token | None) -> Token | None:
    """Return the visitor a hosting verb receives ("hosted Modi"), not a meeting it holds.

    "hosted talks", "hosted the summit": the object is the event, whose parties are its own.
    A host's offer or readiness ("is ready to receive X") is the visit's too; the willingness
    the events stage derives from it is the host's (:func:`newsledger.events.intent_sides`).
    """
    if patient is None or rule is None or rule.mode != HOST_MODE or rule.type != "CONSULT":
        return None
    if patient.lemma_.lower() in trigger_nouns() or patient.pos_ not in ("NOUN", "PROPN"):
        return None
    # a visitor is somebody: "a dinner hosted by X" is an occasion, whose guests go unnamed
    traits = describe(patient.text)
    somebody = patient.ent_type_ in GUEST_ENTITIES or traits.kind in GUEST_KINDS or \
        traits.sector is not None or patient.lemma_.lower() in person_nouns()
    return patient if somebody else None


def _withdrawn_forces(rule: TriggerRule | None, patient: Token) -> bool:
    """Tell whether a withdrawal verb's patient is forces ("withdrew troops"), the actor's own."""
    return rule is not None and rule.type == "RETREAT" and rule.mode == WITHDRAW_MODE and \
        patient.pos_ == "NOUN" and sector_of(patient.text) == FORCES_SECTOR


#: Verb types of lifting or easing a measure ("Japan's restrictions will be lifted").
LIFTING_TYPES = frozenset({"RETREAT", "CONCEDE"})

#: Lexicon types of a measure one imposes and so lifts oneself (restriction, embargo, blockade).
MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})


def _lifted_measure(measure: Token, type_: str,
                    ) -> tuple[Token | None, list[Token | None]] | None:
    """Return who lifts a measure named as a passive's subject, and whom it was on.

    "Japan's restrictions will be lifted", "the US sanctions on Iran were lifted": a measure
    is lifted by whoever imposed it (its author) and the one it weighed on is the recipient,
    not the author its words name; with no author named, the one it weighed on still is.
    Not a conceded demand ("the rebels' demands were met": the rebels are conceded to),
    whose lexicon type is no measure.
    """
    rows = rules().get((measure.lemma_.lower(), "NOUN"), ())
    if type_ not in LIFTING_TYPES or not any(r.type in MEASURE_TYPES for r in rows):
        return None
    authors = [t for t in author_of(measure) if t.pos_ != "PRON"]
    target = pobj_of(measure, "on", "against", "of", "to")
    if not authors:  # "the embargo on China was lifted": lifted for China, by someone unsaid
        return None, [target, measure]
    return authors[0], [target]


#: The preposition of an occasion when its object is an event ("agreed with X at their summit").
OCCASION_PREP = "at"


#: Types whose for-phrase names what is asked for ("called for a special prosecutor").
ASKING_TYPES = frozenset({"REQUEST"})

#: The preposition of what is asked for.
ASKED_PREP = "for"
#: The same preposition as the mark spaCy gives a for-to clause ("pushed for X to leave").
FOR_WORDS = frozenset({ASKED_PREP})

#: Determiners that point at a party already there ("called for the police to act").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def asked_for(obj: Token) -> bool:
    """Tell whether a request's for-object is someone wanted, not someone asked.

    "called for a special prosecutor", "asked for a lawyer", "called for observers": an
    indefinite noun names a party the request wants to exist, not one it is addressed to;
    a name or a definite phrase is someone there ("called for Obama to resign", "called for
    the police").
    """
    if obj.ent_type_ or obj.pos_ == "PRON" or any(c.dep_ == "poss" for c in obj.children):
        return False
    return not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in obj.children)


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Return the nouns whose most frequent sense names a person (data/person_nouns.tsv)."""
    return frozenset(row["lemma"] for row in data_rows("person_nouns.tsv"))


#: Prepositions of the target a thing is fired, thrown or launched at ("fired drones at X",
#: "launched missiles against X").
AIM_PREPS = frozenset({"at", "against"})


#: Types of the acts that send something at a target: force and its threat and coercion.
AIM_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def projectile(dobj: Token | None, target: Token | None, type_: str) -> bool:
    """Tell whether a verb's object is what it sends at a target ("fired drones at X").

    In an act of force with an at/against target (no time: "conceded at midnight"), an object
    that is a thing (a common noun naming no person and no name) is the weapon or missile, not
    the one acted on; "shot two soldiers at the checkpoint" keeps its people.
    """
    return type_ in AIM_TYPES and dobj is not None and target is not None \
        and target.head.lower_ in AIM_PREPS and target.ent_type_ not in TIME_ENTITIES \
        and dobj.pos_ == "NOUN" and not dobj.ent_type_ \
        and dobj.lemma_.lower() not in person_nouns()


def _recipient_pobj(verb: Token, type_: str = "") -> Token | None:
    """Return the object of the verb's first recipient preposition that may name someone.

    "agreed upon with Gorbachev at their summit meeting in Reykjavik": an event noun after
    "at" is the occasion of the act, not whom it is directed at ("fired at the crowd" keeps
    the crowd, which is no event noun); a request's indefinite for-object is what is asked
    for ("called for a special prosecutor").
    """
    for prep in RECIPIENT_PREPS:
        obj = pobj_of(verb, prep)
        if obj is not None and not (prep == OCCASION_PREP and
                                    obj.lemma_.lower() in trigger_nouns()) \
                and not (prep == ASKED_PREP and type_ in ASKING_TYPES and asked_for(obj)):
            return obj
    return None


def issue_authors(trigger: Token, type_: str) -> list[Token]:
    """Return who made the issue a protest or accusation is "over" ("protested over X's decision").

    The issue itself is a thing; its author is the one protested against or accused. Pronoun
    owners ("over his remarks") are left to the trigger's other phrases.
    """
    issue = pobj_of(trigger, ISSUE_PREP) if type_ in ISSUE_TYPES else None
    return [t for t in author_of(issue) if t.pos_ != "PRON"] if issue is not None else []


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
    return verb.lemma_ in GIVING_VERBS
