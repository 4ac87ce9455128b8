"""The constraints of trigger rows, checked on a token's parse ("obj:missile", "prep:against").

Each row of ``data/plover_triggers.tsv`` may require an object, particle, preposition, modifier
or clause (the kinds are listed in the file's header); :func:`holds` tells whether one holds
for a token and :func:`first_refusal` which constraint of a row does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from newsledger.clause_words import phrase_text, subtree_without
from newsledger.knowledge import figure
from newsledger.lexicon import describe, sector_of
from newsledger.mention_syntax import stands_for_head
from newsledger.trigger_rhetoric import (
    SENSE_KINDS,
    actor_noun,
    answers_in_words,
    plain_noun,
    rhetoric_channel,
    rhetoric_doer,
    speaking_doer,
    topic_compound,
)
from newsledger.trigger_rules import TriggerRule, harm_words
from newsledger.trigger_senses import (  # re-exported: other stages import them from here
    OBJECT_DEPS,
    POLITICAL_SECTORS,
    country_object,
    danger_threat,
    describing_participle,
    hyphen_compound,
    infinitive_complements,
    interview_question,
    is_to_infinitive,
    market_doer,
    news_medium,
    object_holds,
    partitive_governor,
    party_addressed,
    person_figure,
    released_heads,
    released_information,
    released_to_public,
)
from newsledger.trigger_shapes import for_to_clause, raised_object_verb

#: Relations the parser gives the predicate of "call/brand/label X Y" (oprd; npadvmod or
#: xcomp when it misparses "branded the plan a disgrace").
_PREDICATE_DEPS = frozenset({"oprd", "npadvmod", "xcomp"})

#: Infinitive/adjective links "subjent:" climbs to the actor ("X was able to buy": buy, able, was).
SUBJECT_CLIMB = 3


def causers(tok: Token) -> list[Token]:
    """Return what a harm verb's subject, by-agent and cause phrases name, in that order."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.tag_ == "VBN" and not any(
            c.dep_ == "dobj" or (c.dep_ == "aux" and c.lemma_ == "have") for c in tok.children):
        subjects = []  # "two killed and dozens injured": a participle's subject is its patient
    if any(stands_for_head(s, tok) for s in subjects):
        subjects = [tok.head]  # "the storm, which killed ..."
    if not subjects and tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children):
        subjects = [tok.head]  # "a quake killed 40" misparsed as a reduced relative of "quake"
    if not subjects and tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ == "VBG":
        # "... struck the coast, killing twenty": the participle's subject is its head's
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return subjects + agents


def _acting_subjects(tok: Token) -> list[Token]:
    """Return a verb's subjects, else its controller's ("X was able to buy Y")."""
    cur = tok
    for _ in range(SUBJECT_CLIMB):
        subjects = causers(cur)
        if subjects or cur.dep_ not in ("xcomp", "acomp") or cur.head.i == cur.i:
            return subjects
        cur = cur.head
    return []


def _controller_subjects(tok: Token) -> list[Token]:
    """Return the controller's subject of a subjectless complement ("troops began arriving")."""
    cur = tok
    for _ in range(SUBJECT_CLIMB):
        if cur.pos_ != "VERB" or cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return []
        cur = cur.head
        subjects = [c for c in cur.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
    return []


#: Prepositions whose phrase is part of the act itself ("targeted with drones", "harmed in a
#: raid", "targeted by a missile"), unlike a time or circumstance ("after the clashes").
_ACT_PREPS = frozenset({"with", "in", "by"})


def _names_violence(tokens: Iterable[Token]) -> bool:
    """Tell whether any of the tokens is a word of armed or physical violence (harm_causes.tsv)."""
    violence = harm_words("violence")
    return any(t.lemma_.lower() in violence or t.lower_ in violence for t in tokens)


def _argument_words(tok: Token, children: list[Token]) -> list[Token]:
    """Return the words of a trigger's subject, object, agent and instrument phrases.

    The sentence's other words (an adverbial "after the violent clashes", another clause) do
    not say what kind of act this trigger is.
    """
    heads = [c for c in children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent")
             or (c.dep_ == "prep" and c.lower_ in _ACT_PREPS)]
    heads += _controller_subjects(tok)  # "the rebels threatened to harm the prisoners"
    return [w for h in heads for w in h.subtree]


#: Personal pronouns that always name people (not "it"/"they", which may stand for a measure);
#: the possessives name a noun's doer ("his attacks on X").
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "you", "his", "her", "my", "our", "your"})

#: Sectors of armed doers (unidentified attackers, rebels, the military, criminals): their
#: "attack" on a named person is physical whatever the clause says (T69 review #6).
ARMED_SECTORS = frozenset({"UAF", "REB", "MIL", "CRM"})

#: Prepositions of an act noun that name its doer ("attacks from Senator X", "an attack by").
_NOUN_DOER_PREPS = frozenset({"from", "by"})


#: Sectors whose harm to someone is economic or professional, not an attack ("Employers harmed
#: workers by cutting wages", "the new rules harm farmers"): business, labour, farming,
#: education, health, media (T62).
_PEACEFUL_SECTORS = ("BUS", "LAB", "AGR", "EDU", "HLH", "MED")


def _doers(tok: Token) -> list[Token]:
    """Return who does a verb's or an act noun's act (a noun's possessor or from/by-phrase)."""
    if tok.pos_ == "NOUN":  # "his attacks on X", "attacks from Senator X"
        return [c for c in tok.children if c.dep_ == "poss"] + [
            g for c in tok.children if c.dep_ in ("prep", "agent")
            and c.lower_ in _NOUN_DOER_PREPS for g in c.children if g.dep_ == "pobj"]
    doers = _acting_subjects(tok) or _controller_subjects(tok)
    cur = tok
    for _ in range(SUBJECT_CLIMB):  # "the gunmen got out and started firing": the conj's subject
        if doers or cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            break
        cur = cur.head
        doers = [c for c in cur.children if c.dep_ == "nsubj"]
    return doers


def _armed_doer(tok: Token) -> bool:
    """Tell whether the act's doer is armed ("assailants attacked X", "the gunmen's attack")."""
    return any(sector_of(d.text) in ARMED_SECTORS for d in _doers(tok))


@lru_cache(maxsize=1)
def _armed_words() -> frozenset[str]:
    """Return the words of violence and of human harm ("gunmen", "the sniper"), built once."""
    return harm_words("violence") | harm_words("human")


def _thing(doer: Token) -> bool:
    """Tell whether a doer is a thing: a common noun with no sector and no word of violence."""
    return doer.pos_ == "NOUN" and plain_noun(doer) and \
        sector_of(doer.text) is None and doer.lemma_.lower() not in _armed_words()


def _named_doer(tok: Token) -> bool:
    """Tell whether a doer is a name ("Delors", tagged a noun inside a quote), not a business.

    A capitalised word inside the sentence is a name whatever its tag; a business or a medium
    (by its sector) makes no political promise or praise.
    """
    return any((d.pos_ == "PROPN" or d.is_title and not d.is_sent_start)
               and sector_of(d.text) not in _PEACEFUL_SECTORS for d in _doers(tok))


def _actor_subject(tok: Token) -> bool:
    """Tell whether a verb's doer is a person or group ("exiles", "the gang"), not a thing.

    The doer is the subject or by-agent, a coordinated verb's shared subject ("might take
    him abroad or even harm him") or the controller's subject ("threatened to harm").
    """
    doers = _doers(tok)
    return any(d.ent_type_ == "PERSON" or d.lower_ in _PERSON_PRONOUNS
               or sector_of(d.text) not in (None, *_PEACEFUL_SECTORS) for d in doers)


#: Relations that open a clause of its own: what such a clause names (a bombing told in an
#: "after"-clause, a that-clause's killing) says nothing of the kind of act another clause tells.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj"})

#: How many steps up a trigger may lie below its clause's head: news sentences rarely nest a
#: trigger deeper (as status.MAX_CLIMB), and the bound keeps a cyclic or bad parse from wandering.
CLAUSE_CLIMB = 12


def _own_clause(tok: Token) -> bool:
    """Tell whether a token heads a clause of its own (a verb coordinated with its own subject)."""
    return tok.dep_ in CLAUSE_DEPS or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))


def trigger_clause(tok: Token) -> list[Token]:
    """Return the words of a trigger's clause, without the clauses nested in it.

    An infinitive complement and a verb sharing its subject belong to the clause of the verb
    they complete or join ("vowed to attack X", "stormed the house and attacked X").
    """
    head = tok
    for _ in range(CLAUSE_CLIMB):
        if _own_clause(head) or head.head.i == head.i:
            break
        head = head.head
    return subtree_without(head, _own_clause)


#: Prepositions placing a contest in the past ("after the disputed election"): a rally then is
#: a protest frame, not a campaign's (R7 #7).
PAST_PREPS = frozenset({"after", "following", "since"})


def _political_doer(tok: Token) -> bool:
    """Tell whether a verb's doer is political: an official, a state body or a known figure.

    A phrase with a nationality and no sector ("a U.S. delegation") is a state's mission; a
    known political figure ("Albright") needs no title.
    """
    for doer in _acting_subjects(tok):
        phrase = phrase_text(doer)
        traits = describe(phrase)
        if traits.sector in POLITICAL_SECTORS or traits.kind == "country" or (
                traits.sector is None and traits.country is not None):
            return True
        known = figure(phrase, person=True) if doer.ent_type_ == "PERSON" else None
        if known is not None and known.sector in POLITICAL_SECTORS:
            return True
    return False


#: Sectors of commentators (media, academia): an editor or professor who "discusses" a book or
#: a topic on air or in print consults no party (T85).
_COMMENTARY_SECTORS = frozenset({"MED", "EDU"})

#: Sectors of a state body acting as the state ("Kyiv", "the government", the police: T108,
#: "police mobilized" is PLOVER MOBILIZE); a person in them (a president, a minister) also
#: fights political battles, so only a body counts.
_STATE_BODIES = frozenset({"GOV", "MIL", "COP"})


def _state_or_armed_doer(tok: Token) -> bool:
    """Tell whether a doer is a state, a national body or an armed group ("Ukraine", "rebels")."""
    for doer in _doers(tok):
        traits = describe(phrase_text(doer))
        if traits.kind == "country" or traits.sector in ARMED_SECTORS or (
                traits.sector is None and traits.country is not None) or (
                traits.kind != "person" and traits.sector in _STATE_BODIES):
            return True
    return False


def _word_contest(tok: Token) -> bool:
    """Tell whether a contest word (attack, clash, shot back) is calm, with no armed doer (T92).

    As "calm", but the word itself is left out ("shot back", "clashed" name no violence of
    their own here), and so is a compound modifier of a noun of no violence ("gun control",
    the topic of a campaign offensive); no state, state body or armed group is the doer.
    """
    violence = harm_words("violence")
    words = [w for w in trigger_clause(tok) if w.i != tok.i and not (
        w.dep_ == "compound" and w.head.i != tok.i and w.head.lemma_.lower() not in violence)]
    return not _names_violence(words) and not _armed_doer(tok) and not _state_or_armed_doer(tok)


def _governors(tok: Token) -> list[Token]:
    """Return the words governing a token, up to and including the first verb above it."""
    found: list[Token] = []
    for head in tok.ancestors:  # spaCy's head chain, nearest first
        found.append(head)
        if head.pos_ in ("VERB", "AUX"):
            break
    return found


def holds(tok: Token, kind: str, words: frozenset[str]) -> bool:
    """Tell whether one constraint of a rule holds for a token."""
    children = list(tok.children)
    if kind in ("obj", "ownobj"):  # ownobj: "shot a video", not "was shot in a video" (R7 #18)
        preps = kind == "obj"
        sharer = raised_object_verb(tok)  # "seized and searched a tanker": the object is shared
        return object_holds(tok, children, words, preps=preps) or sharer is not None and \
            object_holds(sharer, list(sharer.children), words, preps=preps)
    if kind == "participle":  # a flag read by first_refusal: the row's obj: reads a participle
        return True
    if kind == "prep":
        return any(c.dep_ in ("prep", "agent") and c.lower_ in words for c in children) \
            or for_to_clause(children, words)
    if kind == "noprep":  # "shot back" (a retort), not "shot back at the raiders" (R7 #2)
        return not any(c.dep_ in ("prep", "agent") and c.lower_ in words for c in children)
    if kind == "objprep":  # "shared its concerns with Y": the parser may hang it on the object
        holders = [tok] + [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
        return any(c.dep_ == "prep" and c.lower_ in words for h in holders for c in h.children)
    if kind == "objent":  # "attacked Clinton": the direct object names a person (by entity label)
        return any(c.dep_ == "dobj" and c.ent_type_ in words for c in children)
    if kind == "pobjent":  # "went after Senator X": a prepositional object is a named entity
        return any(c.dep_ in ("prep", "agent") and g.dep_ == "pobj" and g.ent_type_ in words
                   for c in children for g in c.children)
    if kind == "oprd":  # "called him a liar", "branded the plan a disgrace": what X is called
        predicates = [c for c in children if c.dep_ in _PREDICATE_DEPS]
        # "called the plan a reckless gamble": the judgement may be the predicate's adjective
        predicates += [a for c in predicates for a in c.children if a.dep_ == "amod"]
        return any(c.lemma_.lower() in words for c in predicates)
    if kind == "calm":  # the clause names no violence: a verbal "attack" in a calm one
        return not _names_violence(trigger_clause(tok)) and not _armed_doer(tok)
    if kind == "ofhead":  # "a letter of protest": the noun is the of-object of such a noun
        prep = tok.head
        return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i and \
            prep.head.lemma_.lower() in words
    if kind == "official":  # "the minister arrived in X", not "tourists arrived at the airport"
        return _political_doer(tok)
    if kind == "pobjcountry":  # "returned X to Cuba" (a country), not "to Chicago" (a city)
        return country_object(children, words)
    if kind == "actor":  # a person or group does it: "exiles might harm him", not "tariffs"
        return _actor_subject(tok)
    if kind == "animate":  # people fire: "they", "the sniper", not "the engine"
        return not any(_thing(d) for d in _doers(tok))
    if kind == "thing":  # "his stance helped him", not "the coalition helped" (T108)
        # an infinitive complement's doer is its controller, whom a by-phrase of the governing
        # participle does not name ("the US is bound by law to help Taiwan")
        doers = _doers(tok) if tok.dep_ != "xcomp" else []
        return bool(doers) and all(_thing(d) and not actor_noun(d) for d in doers)
    if kind == "party":  # a person, group, official or state: "Israel would not tolerate"
        return _actor_subject(tok) or _political_doer(tok) or _named_doer(tok)
    if kind == "nomedia":  # "a chat with CNN" is an interview, not a consultation
        return not news_medium(children)
    if kind == "violent":  # the trigger's own arguments name violence: an armed "target"
        return _names_violence(_argument_words(tok, children))
    if kind == "modent":  # "the Disney-Fox deal": a compound modifier (or its own) is a name
        mods = [c for c in children if c.dep_ == "compound"]
        mods += [g for m in mods for g in m.children if g.dep_ == "compound"]
        return any(m.ent_type_ in words for m in mods)
    if kind == "pobj":  # "took to the streets", "came under fire": a prepositional object
        return any(c.dep_ in ("prep", "agent") and g.dep_ == "pobj" and g.lemma_.lower() in words
                   for c in children for g in c.children)
    if kind == "topic":  # "a gun control offensive", not "a ground offensive" (R7 #3)
        return any(topic_compound(c) for c in children)
    if kind == "retort":  # "shot back that ...", "the senator shot back", not "the guards" (R7 #2)
        return answers_in_words(tok, children) or speaking_doer(_doers(tok))
    if kind == "nomarket":  # "the governor celebrated", not "investors cheered" (R7 #9)
        return not market_doer(_doers(tok))
    if kind == "ofobj":  # "a clash of cultures", not "clashes over values" (their topic, R7 #14b)
        return any(c.dep_ == "prep" and c.lower_ == "of" and g.dep_ == "pobj"
                   and g.lemma_.lower() in words for c in children for g in c.children)
    if kind == "prt":  # the parser also reads a particle as an adverb ("brushed aside")
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in words for c in children)
    if kind == "mod":
        return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words
                   for c in children)
    if kind == "head":  # "pressure is mounting": the governor, whatever the noun's relation
        return tok.head.i != tok.i and tok.head.lemma_.lower() in words
    if kind == "headobj":  # "gave support", not "his support gives him a lead" (its subject)
        return tok.head.i != tok.i and tok.dep_ != "nsubj" and tok.head.lemma_.lower() in words
    if kind == "singular":  # "his talk starts at noon" (a speech), not "the talks resumed" (T85)
        # with a determiner or possessor: bare "talk on X" is news shorthand for negotiations;
        # an adjective says nothing of the sense ("a frank talk on trade" is a meeting)
        return tok.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in tok.children)
    if kind == "information":  # "released the report", "a poll released Sunday" (T85)
        return released_to_public(tok) or any(  # "releasing them to the public" (T92)
            o.lemma_.lower() in released_information() and not person_figure(o)
            for o in released_heads(tok))
    if kind == "danger":  # "talk about the threat", "sees him as a real threat" (T92)
        return danger_threat(tok)
    if kind == "verbal":  # "a speech attacking X", "attacks aired in the media" (T92)
        return _word_contest(tok) and (rhetoric_doer(tok, _doers(tok)) or rhetoric_channel(tok))
    if kind == "wordcalm":  # "X's gun control offensive against Y", "Y shot back" (T92)
        return _word_contest(tok)
    if kind == "hyphen":  # "the union-backed movement": a description, no act (T92)
        return hyphen_compound(tok)
    if kind == "headpart":  # "at one of his rallies": head:, past a partitive "one of" (T92)
        return partitive_governor(tok).lemma_.lower() in words
    if kind == "clausewords":  # "holding his rally ahead of the primary" (T92)
        return any(w.lemma_.lower() in words for w in trigger_clause(tok))
    if kind == "upcoming":  # "ahead of the primary", not "a week after the election" (R7 #7)
        return any(w.lemma_.lower() in words and not (
            w.dep_ == "pobj" and w.head.lower_ in PAST_PREPS) for w in trigger_clause(tok))
    if kind == "nominal":  # "the victims, the wounded": a participle used as a noun (T92)
        return any(c.dep_ == "det" for c in children) and not any(
            c.dep_ in OBJECT_DEPS or c.dep_ == "agent" for c in children)
    if kind == "nodoer":  # "faces the threat of drought", not "Iran's threat", "threats from X"
        return not _doers(tok)
    if kind == "civilian":  # "the senator fought to pass", not "Ukraine fought to push back"
        return not _state_or_armed_doer(tok)
    if kind == "predicative":  # "dismissed him as a party hack", "he is a hack": names a person
        prep = tok.head
        return tok.dep_ in ("attr", "appos", "oprd") or (
            tok.dep_ == "pobj" and prep.lower_ == "as")
    if kind == "topobj":  # "a referral to the Justice Department", "sent a referral to X"
        holders = [tok] + ([tok.head] if tok.dep_ in OBJECT_DEPS else [])  # the parser hangs
        return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and g.dep_ == "pobj"
                   and g.lemma_.lower() in words  # the to-phrase on the verb as a dative
                   for h in holders for c in h.children for g in c.children)
    if kind == "objmod":  # "attended the party convention", "the Republican convention"
        objects = [c for c in children if c.dep_ in OBJECT_DEPS]
        mods = [m for o in objects for m in o.children
                if m.dep_ in ("compound", "amod", "nmod", "poss")]
        return any(m.lemma_.lower() in words or m.ent_type_ in words for m in mods)
    if kind == "agentive":  # "persuaded X to go", "was persuaded by X", not "I am persuaded to"
        return not any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or any(
            c.dep_ == "agent" for c in children)
    if kind == "passive":  # "was met with skepticism": a passive verb (T85)
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    if kind == "media":  # "visited NBC's show", "talked to CNN": an interview, no consultation
        return news_medium(children) or any(
            c.dep_ == "dobj" and sector_of(phrase_text(c)) == "MED" for c in children)
    if kind == "commentary":  # "editor X will discuss his new book": a medium's doer (T85)
        return not any(c.dep_ == "prep" and c.lower_ == "with" for c in children) and not \
            party_addressed(children) and any(
                sector_of(phrase_text(d)) in _COMMENTARY_SECTORS for d in _doers(tok))
    if kind == "interview":  # "was asked about X" (T85), "Reporters asked him whether" (T89)
        return interview_question(tok, children)
    if kind == "held":  # "remains in custody", "kept him in prison": not "died in prison"
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.i == prep.i:
            return False
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # the parser may hang
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words  # it on the object
    if kind == "under":  # "sentenced to four years in prison": a governor up to the clause's verb
        return any(a.lemma_.lower() in words for a in _governors(tok))
    if kind == "subj":
        subjects = [c for c in children if c.dep_ == "nsubj"] or _controller_subjects(tok)
        # "hundreds of soldiers arrived": a number's of-phrase names who
        subjects += [g for s in subjects if s.ent_type_ == "CARDINAL" or s.pos_ == "NUM"
                     for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
        subjects += [g for c in children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
        return any(c.lemma_.lower() in words for c in subjects)
    if kind == "subjent":  # "Siemens bought X": the subject or by-agent is a named entity
        return tok.pos_ == "VERB" and any(s.ent_type_ in words for s in _acting_subjects(tok))
    if kind == "next":  # "a bail out of": a two-word noun the parser splits
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in words
    if kind == "money":  # "a $3 billion deal": a sum of money modifies the noun
        return any(c.ent_type_ == "MONEY" for c in children)
    if kind == "that":  # "charges that X did Y": a that-clause on the noun or verb
        return any(c.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in children)
    if kind == "toinf":  # "told them to leave", not a quote the parser hangs as xcomp
        return any(is_to_infinitive(c) for c in infinitive_complements(tok))
    if kind == "xcomp":
        return any(not words or c.lemma_.lower() in words for c in infinitive_complements(tok))
    if kind == "ccomp":  # "charged that ...": a clause complement
        return any(c.dep_ == "ccomp" for c in children)
    if kind == "neg":  # "would not accept": the negation is the event (a refusal)
        return any(c.dep_ == "neg" for c in children)
    if kind == "noobj":
        return not any(c.dep_ == "dobj" for c in children)
    if kind == "intrans":  # an active verb with no object: "the house burned"
        return any(c.dep_ == "nsubj" for c in children) and not any(
            c.dep_ in ("dobj", "nsubjpass", "agent") for c in children)
    if kind in SENSE_KINDS:  # T102: opinion, demand, question, attributive, relobj
        return SENSE_KINDS[kind](tok, children, words)
    raise ValueError(f"plover_triggers.tsv: unknown constraint {kind!r}")


#: Object constraints a "participle" row also reads off the noun a participle modifies.
_OBJECT_KINDS = frozenset({"obj", "ownobj"})


def first_refusal(tok: Token, rule: TriggerRule) -> str | None:
    """Return the first constraint of a row that does not hold for a token (None: all hold)."""
    participle = participle_row(rule)
    for kind, words in rule.when:
        if kind in _OBJECT_KINDS and participle and _participle_head(tok, words):
            continue
        if not holds(tok, kind, words):
            return kind
    return None


def participle_row(rule: TriggerRule) -> bool:
    """Tell whether a row is flagged "participle": its participle's head noun is its object."""
    return any(kind == "participle" for kind, _ in rule.when)


def _participle_head(tok: Token, words: frozenset[str]) -> bool:
    """Tell whether a passive participle with no object modifies a noun with one of the lemmas.

    "the embargo imposed on Iraq", "80 warplanes downed": the noun is the participle's patient;
    only rows flagged "participle" read it ("a leader called X" names, M13).
    """
    return describing_participle(tok) and not any(
        c.dep_ in OBJECT_DEPS for c in tok.children) and tok.head.lemma_.lower() in words
