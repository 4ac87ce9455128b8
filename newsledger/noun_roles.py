"""Noun triggers' arguments: who acts and who is acted on for an event noun.

Split from :mod:`newsledger.arguments` (verbs, argument spans and countries). A noun takes its
actor from a possessive, a national adjective, a by-phrase or the subject of the light verb
that governs it ("Israeli shelling", "held talks", "killed in an attack"); its recipient from
"on"/"against"/"with" phrases, the author of the act protested, or a demand's "that" clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.argument_clauses import VERB_CLAUSE_RECIPIENT_TYPES, issue_authors
from newsledger.arguments import (
    author_of,
    child_with,
    pobj_of,
    that_clause,
    verb_subject,
)
from newsledger.clause_words import receiving_verbs, word_list
from newsledger.coordination import first_conjunct, shared_pobj
from newsledger.cues import names_someone
from newsledger.lexicon import STATE_SECTORS, describe  # answering acts aim at the state
from newsledger.lexicon_data import country_from_name, demonyms, fold, seat_of
from newsledger.triggers import CARRIER_NOUNS, rule_for

#: Nouns of duration or count whose of-phrase event stands in their place ("launched ten days
#: of war games", "held a round of talks").
SPAN_NOUNS = word_list("span_noun")

#: Nouns that carry the act their of-phrase names, made by whoever sends or issues them ("sent
#: letters of protest to X", "a message of support"): like a span noun, they stand where the
#: act would (T64).
ACT_CARRIERS = word_list("act_carrier")

#: Nouns whose of-phrase act stands in their place for its roles.
OF_CARRIERS = SPAN_NOUNS | ACT_CARRIERS

#: Types whose "of"-phrase names the actor ("the withdrawal of troops"); for the others it
#: names the recipient ("the arrest of ten activists").
OF_IS_ACTOR = frozenset({"MOBILIZE", "RETREAT", "CONSULT", "PROTEST", "COOPERATE", "AGREE"})

#: Entity labels of times and numbers, which never act ("the May 17 attack").
TIME_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT",
                           "MONEY"})

#: Prepositions that introduce an event noun's recipient, tried in this order.
TARGET_PREPS = ("on", "against", "at", "with", "to", "upon", "into")

#: Prepositions after which an event noun's actor is the verb's subject ("killed in an attack",
#: "returned to Geneva for talks", "joined in the protest").
LIGHT_PREPS = frozenset({"in", "into", "for"})

#: Verbs whose "with" names the means of the subject's own act ("hit back with sharp attacks on
#: X", "threatened them with sanctions"); after other verbs the with-phrase act is someone
#: else's ("complied with the sanctions", "cooperated with the investigation"), and verbs whose
#: with-phrase is undergone ("met with protests") are in receiving_verbs.tsv (T59 B2).
MEANS_VERBS = word_list("means_verb")

#: Verbs of causing among the receiving verbs ("X's remarks sparked protests"): the act caused
#: is aimed at a subject that is a thing, or its author; a subject that names someone is the
#: act's cause and actor ("Rebels triggered a wave of attacks") (T59 B3).
CAUSING_VERBS = word_list("causing_verb")
#: Acts that answer the one who caused them ("the government sparked protests", "Israel triggered
#: sanctions from the EU"): a state or office that causes them is their recipient; others who
#: cause them act ("the students sparked protests").
REACTIVE_TYPES = frozenset({"PROTEST", "SANCTION", "ACCUSE", "REJECT", "THREATEN", "COERCE"})

#: Verbs whose "on"-phrase event is the subject's own ("went on strike", "remained on alert",
#: "embarked on a visit"); other verbs' "on" introduces a topic ("commented on the attack").
ON_VERBS = word_list("on_verb")

#: Prepositions after which a joint act's noun is the verb's subject's too ("said at talks with
#: X", "agreed during a meeting with X"): who does something at a meeting takes part in it;
#: for one-sided acts they introduce a bystander ("arrested at a protest").
SYM_LIGHT_PREPS = frozenset({"at", "during"})

#: Nouns of the one an act is aimed at or given to ("the target of an attack", "the subject of
#: an inquiry", "the recipient of aid"): the subject of their copula receives the act.
TARGET_NOUNS = word_list("target_noun")

#: Nouns of an act whose possessor is the one acted on ("his arrest", "the minister's
#: impeachment") and whose of-phrase is, whatever the type ("the execution of X").
PATIENT_NOUNS = word_list("patient_noun")

#: Nouns of the one who does an act to someone ("a critic of the deal", "an advocate of
#: reform"): the doer is the subject of their copula or the head of their apposition, their
#: possessor the one acted on ("the regime's fiercest critic") (T64).
AGENT_NOUNS = word_list("agent_noun")

#: Nouns of buying, whose of-phrase only is the one acted on ("the acquisition of X", though
#: COOPERATE's of-phrase acts elsewhere); their possessor buys ("Google's acquisition") (T59 B5).
ACQUIRED_NOUNS = word_list("acquired_noun")

#: Nouns of selling, whose of-phrase is what is sold ("the sale of X", "the disposal of its
#: units"), never the seller; the seller is the possessor or the light verb's subject (T64).
SOLD_NOUNS = word_list("sold_noun")

#: Nouns of what an act did to someone, modified by the act's noun ("the shooting death of a
#: doctor"): the act's roles are read on them, so the victim is their of-phrase (T70).
HARM_RESULTS = word_list("harm_result")

#: Verbs that transfer something to someone (argument_words.tsv's giving_verb): a purchase that
#: "gives X control" benefits its buyer, X (T70).
GIVING_VERBS = word_list("giving_verb")

#: The lemma of a receiving_verbs.tsv row that holds for any verb ("Although under fire from X,
#: Y was ...": whoever is under fire receives it, whatever the verb the phrase hangs on).
ANY_VERB = "*"

#: Relations of a target noun to its copula or verb ("was the target of", "made the focus of").
TARGET_DEPS = frozenset({"attr", "dobj", "oprd"})

#: Types whose noun's of-phrase gives the act when a receiving verb governs it ("won the
#: support of X", "secured the cooperation of X"); for the others it names the act's topic or
#: target ("drew criticism of its policy").
GIVEN_OF_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE", "AGREE", "CONCEDE"})


def receiving_verb(noun: Token, type_: str) -> Token | None:
    """Return the verb whose subject undergoes or answers the act a noun names, if one governs it.

    "drew criticism", "faced sanctions", "denied the allegations", "responded to pressure",
    "came under fire": the subject is on the act's receiving end (receiving_verbs.tsv).
    """
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in TARGET_DEPS \
            and noun.head.head.lemma_.lower() in TARGET_NOUNS:
        # "the embassy was the target of an attack", "is the subject of an inquiry"
        verb = noun.head.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    if noun.dep_ == "dobj":
        verb, prep = noun.head, ""
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb, prep = noun.head.head, noun.head.lower_
    else:
        return None
    table = receiving_verbs()
    adjective = verb.pos_ == "ADJ" and verb.dep_ == "acomp" and bool(prep) \
        and (verb.lemma_.lower(), prep) in table
    if verb.pos_ not in ("VERB", "AUX") and not adjective:
        return None
    types = table.get((verb.lemma_.lower(), prep), table.get((ANY_VERB, prep)))
    if adjective:
        verb = verb.head  # "women are dependent on aid": the copula's subject receives it
    if types is None or types and type_ not in types:
        return None
    if verb.lemma_.lower() in CAUSING_VERBS:
        subject = verb_subject(verb)
        if subject is not None and names_someone(subject) and not (
                type_ in REACTIVE_TYPES and _answerable(subject)):
            return None  # "Rebels triggered attacks": they caused them, nothing was aimed at them
    return verb


def _answerable(subject: Token) -> bool:
    """Tell whether a causer is a state or office that answering acts are aimed at."""
    if subject.ent_type_ == "GPE":
        return True  # "Israel triggered sanctions from the EU"
    phrase = subject.doc[subject.left_edge.i:subject.i + 1].text
    traits = describe(phrase, subject.ent_type_ or None)
    return traits.sector in STATE_SECTORS or traits.role is not None and traits.kind == "person" \
        and traits.sector is not None


#: Types of an act done somewhere, whose town before the noun is its scene ("the Paris attacks",
#: "the Ferguson protests", "the Geneva talks", "the Minsk agreement"), not its doer; a country
#: or nationality still acts there ("Israeli shelling", "U.S. airstrikes").
SCENE_TYPES = frozenset({"ASSAULT", "PROTEST", "CONSULT", "AGREE"})

#: Entity labels of places.
PLACE_ENTS = frozenset({"GPE", "LOC"})


def _scene(mod: Token) -> bool:
    """Tell whether a modifier is a place below a country ("Paris", "San Bernardino", "Texas").

    A country, a nationality and a seat of power that is no capital ("White House") name a
    state or body; a town or region names where something happened.
    """
    if mod.ent_type_ not in PLACE_ENTS:
        return False
    # the entity's own words: "Both Iran and Turkey" begins the modifier's subtree
    name = next((e.text for e in mod.sent.ents if e.start <= mod.i < e.end), mod.text)
    if country_from_name(name) is not None or fold(mod.text) in demonyms():
        return False
    seat = seat_of(name)
    return seat is None or seat.is_capital


def _national_modifier(noun: Token, type_: str = "") -> Token | None:
    """Return a noun's national or named modifier, who acts ("Israeli shelling", "Hamas attack").

    A named entity before a bare proper noun, and never a date ("the May 17 Iraqi attack") nor,
    for an act with a scene, a town ("the Paris attacks": where they happened).
    """
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")
            and c.ent_type_ not in TIME_ENTITIES
            and not (type_ in SCENE_TYPES and _scene(c))]
    return next((c for c in mods if c.ent_type_ in ("NORP", "GPE", "ORG")), None) or \
        next((c for c in mods if c.pos_ == "PROPN"), None)


#: Acts whose noun's modifier of a group or body is its doer ("rebel attacks", "army shelling",
#: "student protests"); an arrest's or sanction's modifier is as often the one acted on
#: ("journalist arrests"), and an exercise's names its kind ("military exercises").
DOER_MODIFIER_TYPES = frozenset({"ASSAULT", "PROTEST"})


def _doer_modifier(noun: Token, type_: str) -> Token | None:
    """Return a common-noun modifier of a force or protest noun that names its doer.

    "Rebel attacks on aid convoys", "police raids", "student protests": a noun the sector table
    gives a sector (a group, body or person word) does the act; an adjective names the act's
    kind ("military strikes", whose doer the light verb's subject is).
    """
    if type_ not in DOER_MODIFIER_TYPES:
        return None
    return next((c for c in noun.lefts if c.dep_ in ("compound", "nmod")
                 and c.pos_ == "NOUN" and not c.ent_type_
                 and describe(c.text).sector is not None), None)


def received_roles(noun: Token, verb: Token, type_: str) -> tuple[Token | None, list[Token]]:
    """Return the roles of an act its recipient undergoes or answers ("X drew criticism from Y").

    The act's own author acts (its possessive, national adjective, by- or from-phrase, the
    verb's from-phrase, or the giver of a gain: "won the backing of Y"); the verb's subject,
    or the author of a subject that is a thing ("Y's remarks drew criticism"), receives it,
    after any target the noun names itself ("responded to the attack on the embassy").
    """
    actor = child_with(noun, "poss") or pobj_of(noun, "by", "from") or \
        _national_modifier(noun, type_) or pobj_of(verb, "from", "by")
    if actor is None and type_ in GIVEN_OF_TYPES:
        actor = pobj_of(noun, "of")
    targets = [t for t in (pobj_of(noun, p) for p in TARGET_PREPS)
               if t is not None and t.ent_type_ not in TIME_ENTITIES]
    subject = verb_subject(verb)
    received = [subject, *author_of(subject)] if subject is not None else []
    return actor, [t for t in [*targets[:1], *received] if t.pos_ != "PRON" or t is subject]


def noun_roles(noun: Token, type_: str, roles: str) -> tuple[Token | None, list[Token]]:
    """Return the actor head and the candidate recipient heads of a noun trigger."""
    if roles == "swap" and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return _held_roles(noun)  # "the opposition leader remains in custody": he is held
    if roles == "swap":
        return _swapped_roles(noun)  # "held the advance of Russian troops": they advance
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.lemma_.lower() in CARRIER_NOUNS:
        noun = noun.head  # "Qatar launched a mediation effort between X and Y": the effort's roles
    elif (harmed := harm_result_roles(noun)) is not None:
        return harmed  # "the stabbing death of X"
    if noun.lemma_.lower() in ACQUIRED_NOUNS and (buyer := _buyer_given(noun)) is not None:
        bought = pobj_of(noun, "of")  # "the acquisition of Y would give X control": Y is bought
        return buyer, [bought] if bought is not None else []
    place = noun  # "attracted a storm of criticism": the storm stands where the act would
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in \
            OF_CARRIERS:
        place = noun.head.head
    receiver = receiving_verb(place, type_)  # a joint act too: "secured the cooperation of X"
    if receiver is not None:
        return received_roles(noun, receiver, type_)
    actor = child_with(noun, "poss")
    if actor is not None and actor.ent_type_ in TIME_ENTITIES:
        actor = None  # "at Tuesday's cabinet meeting": a day's possessive says when, not who
    actor = actor or pobj_of(noun, "by")
    patient = None
    of_obj = pobj_of(noun, "of")
    patient_noun = noun.lemma_.lower() in PATIENT_NOUNS
    acquired = noun.lemma_.lower() in ACQUIRED_NOUNS and pobj_of(noun, "by") is not None
    if (patient_noun or acquired) and of_obj is None and actor is not None \
            and actor.dep_ == "poss":
        # "his arrest", "the minister's impeachment", "Fitbit's acquisition by Google": the
        # possessor is the one acted on
        patient, actor = actor, pobj_of(noun, "by")
    agent_noun = noun.lemma_.lower() in AGENT_NOUNS
    if agent_noun and actor is not None and actor.dep_ == "poss":
        patient, actor = actor, None  # "the deal's most vocal critic": the deal is criticised
    if actor is not None and actor.pos_ == "PRON" and noun.dep_ == "dobj":
        actor = None  # "Iran launched its attack": the light verb's subject is the antecedent
    if actor is None and agent_noun:
        actor = _agent_referent(noun)
    if actor is None:
        actor = _national_modifier(noun, type_) or _doer_modifier(noun, type_)
    if roles == "sym":
        between = pobj_of(noun, "between", "among")
        if between is not None:
            return between, []
    # "talks on Monday with X": a date is when, never whom
    target = next((t for t in (pobj_of(noun, p) for p in TARGET_PREPS)
                   if t is not None and t.ent_type_ not in TIME_ENTITIES), None)
    if target is None:
        shared = shared_pobj(noun, TARGET_PREPS)  # "friendship and cooperation with X"
        target = shared if shared is not None and shared.ent_type_ not in TIME_ENTITIES \
            else None
    if target is None and roles == "sym":
        target = _participle_partner(noun)
    candidates: list[Token | None] = [patient, target]
    if type_ in VERB_CLAUSE_RECIPIENT_TYPES:
        # "its demands that Burundi's government grant ...": the one asked is the clause's
        # subject; "the charge that the minister took bribes": the one accused is
        clause = that_clause(noun)
        subject = child_with(clause, "nsubj", "nsubjpass") if clause is not None else None
        candidates.append(subject if subject is not None and subject.pos_ != "PRON" else None)
    if target is not None:
        # "protest against violations by the security forces", "anger at Sweden's decision":
        # the author of the act protested is the recipient when the act names nobody
        candidates += [t for t in author_of(target) if t.pos_ != "PRON"]
    candidates += issue_authors(noun, type_)  # "resigned in protest over the government's laws"
    if of_obj is not None:
        of_acted_on = patient_noun or noun.lemma_.lower() in ACQUIRED_NOUNS | SOLD_NOUNS
        if type_ in OF_IS_ACTOR and actor is None and not of_acted_on:
            actor = of_obj
        elif type_ not in OF_IS_ACTOR or of_acted_on:
            candidates.append(of_obj)  # "the acquisition of X": X is acquired
    spanned = False
    if actor is None and noun.dep_ == "conj" and _lends_subject(first_conjunct(noun), type_):
        # "wanted to maintain friendship and cooperation with X": the coordination's light verb
        noun = first_conjunct(noun)
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in
            OF_CARRIERS and noun.head.head.dep_ in ("dobj", "pobj", "attr")):
        noun = noun.head.head  # "launched ten days of war games": the days are launched
        spanned = True
    if actor is None and noun.dep_ in ("dobj", "pobj", "attr"):
        # a light verb's subject acts: "held talks", "launched an attack", "killed in an attack",
        # and so does the subject of what happens on a day of it ("stopped work on the first
        # day of a strike")
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        joint = roles == "sym" and noun.head.lower_ in SYM_LIGHT_PREPS
        light = noun.head.lower_ in LIGHT_PREPS or joint or noun.head.lower_ == "on" and (
            spanned or verb.lemma_.lower() in ON_VERBS) or noun.head.lower_ == "with" and \
            verb.lemma_.lower() in MEANS_VERBS
        if verb.pos_ == "VERB" and (noun.dep_ == "dobj" or light):
            actor = verb_subject(verb)
            if noun.dep_ == "dobj":
                candidates.append(pobj_of(verb, "with", "against", "on", "at", "to"))
            elif joint and target is None:
                candidates.append(pobj_of(verb, "with"))  # a with-phrase the parser hung higher
    return actor, [t for t in candidates if t is not None]


def _lends_subject(first: Token, type_: str) -> bool:
    """Tell whether the verb over a coordination lends its subject to a later member's act.

    "maintain friendship and cooperation with X", "provided hardware and economic aid": a
    plain verb, or one of the member's own type, does the act; a verb that is an event of
    another type takes the list as its content ("welcomed the prosecution and conviction":
    the welcomer convicts no one).
    """
    verb = first.head if first.dep_ != "pobj" else first.head.head
    rule = rule_for(verb) if verb.pos_ == "VERB" else None
    return rule is None or rule.type == type_


def _held_roles(noun: Token) -> tuple[Token | None, list[Token]]:
    """Return the roles of a custody noun in a verb's in-phrase: the one held receives it.

    "X remains in custody": X is held (the detainee is the recipient, by the gold convention)
    and the holder goes unnamed; "police kept X in custody": the police hold X.
    """
    verb = noun.head.head
    if verb.dep_ == "dobj":  # "kept [the leader in custody]": the parser hung it on the object
        return verb_subject(verb.head), [verb]
    held = child_with(verb, "dobj")
    if held is not None:
        return verb_subject(verb), [held]
    subject = child_with(verb, "nsubj", "nsubjpass")
    return pobj_of(verb, "by"), [subject] if subject is not None else []


def _swapped_roles(noun: Token) -> tuple[Token | None, list[Token]]:
    """Return the roles of a noun whose of-phrase or modifier acts on the verb's subject.

    "Ukrainian forces held the advance of Russian troops": the troops advance, on the forces
    that hold them (or on the place of an on/towards-phrase).
    """
    doer = pobj_of(noun, "of") or child_with(noun, "compound", "amod", "nmod")
    aims = [pobj_of(noun, "on", "towards", "toward", "against")]
    if noun.dep_ == "dobj":
        aims.append(verb_subject(noun.head))
    return doer, [t for t in aims if t is not None]


def harm_result_roles(act: Token) -> tuple[Token | None, list[Token]] | None:
    """Return the roles of an act modifying a harm noun ("the stabbing death of X"), else None.

    The tagger reads "stabbing" there as a verb (amod) as often as a noun, so both trigger
    kinds come here.
    """
    if act.dep_ in ("compound", "amod", "nmod") and act.head.lemma_.lower() in HARM_RESULTS:
        return _harm_result_roles(act.head)
    return None


def _harm_result_roles(result: Token) -> tuple[Token | None, list[Token]]:
    """Return the roles of an act read on the harm it did ("last month's shooting death of X").

    The victim is the of-phrase; the doer only a by-phrase or a possessor that is no date.
    Not the subject of a verb over the harm: "police investigated the stabbing death of a
    guard" did not stab him.
    """
    owner = child_with(result, "poss")
    if owner is not None and owner.ent_type_ in TIME_ENTITIES:
        owner = None  # "last month's": when, not who
    victim = pobj_of(result, "of")
    return owner or pobj_of(result, "by"), [victim] if victim is not None else []


def _buyer_given(noun: Token) -> Token | None:
    """Return the one a purchase gives something to ("the acquisition would give X control").

    What a purchase gives goes to its buyer: the giving verb's dative, or the first of two
    objects (the parser's reading of a double object with no dative label).
    """
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in GIVING_VERBS:
        return None
    dative = child_with(verb, "dative")
    if dative is not None:
        return dative
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects[0] if len(objects) == 2 else None


def _agent_referent(noun: Token) -> Token | None:
    """Return who an agent noun names: its copula's subject or its apposition's head.

    "X has been a strong advocate of Y", "X, a fierce critic of the plan, ...": X is the doer.
    """
    if noun.dep_ == "attr" and noun.head.pos_ in ("VERB", "AUX"):
        return verb_subject(noun.head)
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head
    return None


def _participle_partner(noun: Token) -> Token | None:
    """Return the partner of a joint act named after a participle ("talks with visiting X").

    The parser reads "with visiting Gabon President Omar Bongo" as a gerund with an object; the
    participle only describes the partner, who is the gerund's object.
    """
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "with"), None)
    verb = child_with(prep, "pcomp") if prep is not None else None
    if verb is None or verb.tag_ != "VBG" or child_with(verb, "nsubj") is not None:
        return None
    return child_with(verb, "dobj")
