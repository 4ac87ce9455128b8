"""Contests in words (T92, R7): attacks, clashes, offensives and retorts made in words.

Helpers of :mod:`newsledger.trigger_constraints` that tell a verbal "attack" or "clash" from an
armed one by its doer (a form of words, an electoral rival) or its channel ("on Twitter", "the
attacks they aired"), a campaign offensive by its policy topic, and a retort ("shot back") by
its answer in words or its speaking doer; split out of trigger_senses and trigger_constraints so
each module stays under the size limit (M18).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsledger.clause_words import PRESENT_TAGS, phrase_text
from newsledger.lexicon import describe, sector_of
from newsledger.trigger_rules import harm_words
from newsledger.trigger_senses import POLITICAL_SECTORS, infinitive_complements, is_to_infinitive


@lru_cache(maxsize=1)
def _armed_words() -> frozenset[str]:
    """Return the words of violence and of human harm ("gunmen", "the sniper"), built once."""
    return harm_words("violence") | harm_words("human")


#: Words naming a form of words: an attack done by one of them ("a speech attacking free
#: trade", "an ad attacking Clinton") is criticism, PLOVER ACCUSE (T92).
RHETORIC_DOERS = frozenset({
    "speech", "ad", "advert", "advertisement", "commercial", "statement", "letter", "article",
    "editorial", "column", "video", "tweet", "post", "book", "memo", "blog", "mailer",
    "flyer", "leaflet", "remark",
})

#: Roles of electoral rivals and politicians: a candidate has no arms, so a candidate's attack
#: on someone is criticism ("the front-runner's attacks on immigrants") (T92; "politician"
#: T108: "a billionaire-turned-politician clashing with a journalist").
CONTENDER_WORDS = frozenset({"candidate", "nominee", "contender", "challenger", "hopeful",
                             "frontrunner", "politician"})

#: The second half of "front-runner" as the tokenizer splits it ("front", "-", "runner"): a
#: contender only after "front -", never alone ("drug runners", "gun runners": smugglers, R7 #10).
_SPLIT_CONTENDER = ("runner", "front")


def _contender(word: Token) -> bool:
    """Tell whether a word names an electoral rival ("the nominee", "the front-runner")."""
    lemma = word.lemma_.lower()
    if lemma == _SPLIT_CONTENDER[0]:
        return word.i >= 2 and word.doc[word.i - 2].lower_ == _SPLIT_CONTENDER[1]
    return lemma in CONTENDER_WORDS

#: Channels of words named in an attack's or clash's own phrases ("the attacks they have been
#: airing in the media", "clashed over ... on Twitter", "attacks during the debate") (T92).
RHETORIC_CHANNELS = frozenset({
    "media", "airwaves", "tweet", "debate", "interview", "rhetoric",
    "speech", "ad", "advertisement", "commercial", "podcast", "editorial",
})


#: Prepositions whose object is the medium words go out in ("on Twitter", "in the media",
#: "during the debate", "via", "through", "over the airwaves"); not a source, time or place
#: ("according to local media", "after his speech", "outside the debate venue", R7 #1).
CHANNEL_PREPS = frozenset({"in", "on", "during", "via", "through", "over"})

#: Prepositions naming the firm channels that are also company names: "on Twitter" is a
#: channel, "Mark Zuckerberg at Facebook" a firm.
_NAMED_CHANNEL_PREPS = frozenset({"on", "via", "through", "over"})

#: Verbs of broadcasting: an attack the trigger's clause airs ("the attacks they aired") is made
#: on air; a clause reporting it ("clashes reported in local media") names the report's
#: channel, not the attack's (R7 #1).
AIRING_VERBS = frozenset({"air"})

#: Clauses on the trigger that may air it ("attacks they have been airing").
_AIRING_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})

#: Prepositions of an act noun naming its target ("an attack on a radio station").
TARGET_PREPS = frozenset({"on", "against"})

#: Channels that are also company names: a channel only as the object of on/via/through/over
#: ("on Twitter"), not as a firm ("Mark Zuckerberg at Facebook").
_NAMED_CHANNELS = frozenset({"twitter", "facebook"})

#: A verb firing off words ("firing off endless attacks"): its object is a volley of words.
_FIRING = ("fire", "off")


def _channel(word: Token) -> bool:
    """Tell whether a preposition's object names a channel of words ("the media", "on Twitter")."""
    lemma = word.lemma_.lower()
    if lemma in _NAMED_CHANNELS or word.lower_ in _NAMED_CHANNELS:
        return word.head.lower_ in _NAMED_CHANNEL_PREPS
    return lemma in RHETORIC_CHANNELS or word.lower_ in RHETORIC_CHANNELS


def _channel_objects(tok: Token, skip: set[int]) -> list[Token]:
    """Return the objects of a token's channel prepositions, one more such phrase deep.

    "clashed on Twitter", "clashed over the plan on Twitter" (the parser hanging the second
    phrase on the first's object); the head noun only, so "a media centre", "the debate venue"
    (a channel word as a compound of another noun) is no channel.
    """
    objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPS
               and c.i not in skip for g in c.children if g.dep_ == "pobj"]
    return objects + [g for o in objects for c in o.children if c.dep_ == "prep"
                      and c.lower_ in CHANNEL_PREPS for g in c.children if g.dep_ == "pobj"]


def rhetoric_doer(tok: Token, doers: list[Token]) -> bool:
    """Tell whether an attack's doer is a form of words or an electoral rival (T92).

    The doer is the verb's subject or a noun's possessor / from-phrase (given), or the noun a
    participle describes ("stump speeches attacking free trade").
    """
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        doers = [*doers, tok.head]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LAUNCHING_VERBS:
        doers = [*doers, *_verb_subjects(tok.head)]  # "candidates ... leveling attacks" (T108)
    return any(w.lemma_.lower() in RHETORIC_DOERS or _contender(w)
               for d in doers for w in (d, *(c for c in d.children if c.dep_ == "compound")))


#: Verbs whose subject makes the attack its object names ("leveling attacks", "launched an
#: offensive"); not a verb of writing or reporting ("writing: 'Another horrific attack'") (T108).
LAUNCHING_VERBS = frozenset({"level", "launch", "make", "unleash", "mount", "press", "escalate",
                             "renew", "intensify", "step", "hurl", "direct", "sharpen"})


def _verb_subjects(verb: Token) -> list[Token]:
    """Return a verb's subjects, else those of the clause a subjectless participle hangs on."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


#: Prepositions naming the other side of a contest ("clashed with a reporter", "attacks on the
#: press", "railed against the media").
_OPPONENT_PREPS = frozenset({"with", "on", "against"})


def press_opponent(tok: Token) -> bool:
    """Tell whether the other side of an attack or clash is the press (T108).

    "a politician clashing with a famous TV journalist", "attacked the media": a contest with
    a journalist or a news medium, whom no politician fights with arms, is one of words. A
    plural doer ("protesters attacked reporters") may be a crowd and is left alone.
    """
    if any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in tok.children):
        return False
    sides = [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in _OPPONENT_PREPS
        for g in c.children if g.dep_ == "pobj"]
    return any(describe(phrase_text(w)).sector == "MED" for w in sides)


def rhetoric_channel(tok: Token) -> bool:
    """Tell whether a trigger's own phrases, its target left out, name a channel of words (T92).

    Only the object of its own channel preposition counts ("clashed on Twitter", "attacks
    during the debate"), or a clause airing it ("the attacks they aired"), not the target (a
    noun's on/against-phrase): "an attack on a radio station" names the place attacked. A
    channel in a source, time, place or reporting phrase ("according to local media", "after
    a radio debate", "clashes reported in the media") is not the attack's medium (R7 #1). A noun
    fired off or aired ("firing off endless attacks") is a volley of words as well.
    """
    targets = {c.i for c in tok.children if tok.pos_ == "NOUN" and c.lower_ in TARGET_PREPS}
    if press_opponent(tok) or any(_channel(w) for w in _channel_objects(tok, targets)) or any(
            c.dep_ in _AIRING_CLAUSE_DEPS and c.lemma_.lower() in AIRING_VERBS
            for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "dobj" and (head.lemma_.lower() in AIRING_VERBS or (
        head.lemma_.lower() == _FIRING[0] and any(c.dep_ == "prt" and c.lower_ == _FIRING[1]
                                                  for c in head.children)))


#: Compound modifiers naming an arm, a theatre or a season of war ("a ground offensive", "the
#: spring offensive"): no policy topic, whatever harm_causes.tsv lists (R7 #3).
MILITARY_MODIFIERS = frozenset({"ground", "air", "land", "sea", "naval", "spring", "summer",
                                "autumn", "fall", "winter", "night", "counter", "army"})


def topic_compound(mod: Token) -> bool:
    """Tell whether a noun's compound modifier names a policy topic ("gun control", "tax").

    A common noun, no name ("the Idlib offensive"), no word of violence or armed harm, no
    arm or season of war.
    """
    return mod.dep_ == "compound" and mod.pos_ == "NOUN" and not mod.ent_type_ and \
        mod.lemma_.lower() not in _armed_words() | MILITARY_MODIFIERS


#: Relations of words a retort answers with ("shot back that ...", "fired back a response").
_ANSWER_DEPS = frozenset({"ccomp", "parataxis", "dobj"})

#: Quotation marks as the tokenizer gives them: a quotation in the sentence is the answer.
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


#: Sectors of doers whose "shot back" is an answer in words: officials, legislators, judges,
#: parties, the opposition, international bodies, elites; not police, soldiers or spies, who
#: carry arms ("the guards fired back" is gunfire, R7 #2).
_SPEAKING_SECTORS = POLITICAL_SECTORS - {"COP", "MIL", "SPY"}


def speaking_doer(doers: list[Token]) -> bool:
    """Tell whether a retort's doer speaks for a living: a named person or a political body."""
    return any(d.ent_type_ == "PERSON" or describe(phrase_text(d)).sector in _SPEAKING_SECTORS
               for d in doers)


def answers_in_words(tok: Token, children: list[Token]) -> bool:
    """Tell whether a retort ("shot back") answers in words: a clause, an object or a quote."""
    return any(c.dep_ in _ANSWER_DEPS for c in children) or tok.dep_ in ("ccomp", "parataxis") \
        or any(w.text in _QUOTE_MARKS for w in tok.sent)


# --- Words that name no act (T102, audit-1 of record events) -------------------------------

#: Degree adverbs of an opinion: one "strongly agrees" with a view, never with a deal (T102).
OPINION_DEGREES = frozenset({
    "strongly", "fully", "totally", "completely", "entirely", "wholeheartedly", "broadly",
    "largely", "generally", "mostly", "partly", "partially", "somewhat", "heartily",
})

#: Objects of "agree on/about" that name no terms, only a view shared ("agreed on one thing").
_VIEW_OBJECTS = frozenset({"thing", "something", "much", "little", "nothing", "everything",
                           "anything", "point", "this", "that"})

#: Modals that make a that-clause an undertaking ("agreed that talks would resume").
_MODALS = frozenset({"will", "would", "shall", "should", "must", "could", "can", "may", "might",
                     "'ll", "wo", "ca"})

#: Entity labels of a party one agrees with: a person, a state, a body or a people.
_PARTY_ENTITIES = frozenset({"PERSON", "GPE", "ORG", "NORP"})

#: Prepositions that name the terms or the act agreed ("agreed on a ceasefire", "agreed to it").
_TERMS_PREPS = frozenset({"on", "to", "over", "upon"})


def _present_judgement(clause: Token) -> bool:
    """Tell whether a clause states how things are now: present tense, no modal, no future."""
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(v.lower_ in _MODALS or v.tag_ == "MD" for v in verbs):
        return False
    return any(v.tag_ in PRESENT_TAGS for v in verbs)


def shared_opinion(tok: Token, children: list[Token], _words: frozenset[str]) -> bool:
    """Tell whether "agree" shares a view, not terms (T102): no act is agreed, no PLOVER AGREE.

    A degree adverb ("strongly agree"), a view as its on/about-object ("agreed on one thing"),
    a with-phrase alone on an active verb ("agreed with that", "proposals it did not agree
    with": approval or a view, not a deal; "reforms agreed with the IMF" are terms, and a named
    party agreed with is an agreement between parties), or a
    that-clause or quotation in the present tense with no modal ("agreed that the important
    thing now is ...", 'agreed, "Things are moving"'). An
    infinitive, a direct object or terms ("agreed to withdraw", "agreed a deal", "agreed with
    Iran on a ceasefire", "agreed that talks would resume") stay AGREE.
    """
    clauses = [c for c in children if c.dep_ in ("ccomp", "parataxis")]
    if infinitive_complements(tok) or any(  # "agreed that ...": the parser's object "that"
            c.dep_ == "dobj" and not (c.lower_ == "that" and clauses) for c in children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in OPINION_DEGREES for c in children):
        return True
    preps = [c for c in children if c.dep_ == "prep"]
    if any(p.lower_ in ("on", "about") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _VIEW_OBJECTS for g in p.children)
           for p in preps):
        return True
    withs = [p for p in preps if p.lower_ == "with"]
    if withs and not any(p.lower_ in _TERMS_PREPS for p in preps) and not clauses and (
            tok.dep_ == "xcomp" or any(c.dep_ == "nsubj" for c in children)) and not any(
            g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in _PARTY_ENTITIES)
            for p in withs for g in p.children):
        # not "reforms agreed with the IMF", "agreed with X that she would go", nor a named
        # party ("Reagan agreed with Gorbachev at their summit"): a state or leader agreeing
        # with another is CAMEO's agreement (030), a view is agreed with a thing or "him"
        return True
    return any(_present_judgement(c) for c in clauses)


#: Prepositions of what one insists on ("insisted on a recount"): a demand.
_DEMAND_PREPS = frozenset({"on", "upon"})

#: Tags and pronouns of a third-person singular subject, whose verb's bare form is a subjunctive.
_SINGULAR_TAGS = frozenset({"NN", "NNP"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})

#: Modals of obligation that make a that-clause a demand ("insisted that he must resign").
_OBLIGATION_MODALS = frozenset({"should", "must"})


def _mandative_clause(clause: Token) -> bool:
    """Tell whether a that-clause demands: a bare subjunctive or a modal of obligation.

    "insisted that he resign" (a base verb, no auxiliary) or "that he should/must resign";
    not "insisted he does not feel bitter" (a statement of fact).
    """
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _OBLIGATION_MODALS for a in aux):
        return True
    if aux or clause.lower_ != clause.lemma_.lower():
        return False
    # a base form after a singular subject is a subjunctive ("that the envoy leave")
    return clause.tag_ == "VB" or any(
        s.dep_ == "nsubj" and (s.tag_ in _SINGULAR_TAGS or s.lower_ in _SINGULAR_PRONOUNS)
        for s in clause.children)


def demand_made(tok: Token, children: list[Token], _words: frozenset[str]) -> bool:
    """Tell whether "insist" demands something (REQUEST), not asserts it (T102).

    "insisted on a recount", "insisted that the envoy leave", "insists that talks must
    resume" are demands; "he insisted the claims were unfounded", "Iraq, they insisted, would
    not be a factor" assert a claim or a forecast, an opinion verb, no event.
    """
    if any(c.dep_ == "prep" and c.lower_ in _DEMAND_PREPS for c in children):
        return True
    if any(is_to_infinitive(c) for c in infinitive_complements(tok)):
        return True
    return any(c.dep_ == "ccomp" and _mandative_clause(c) for c in children)


#: Objects that make "ask" a question put, not a request ("ask a question", "what you ask").
_QUESTION_OBJECTS = frozenset({"question", "what", "whatever"})


def question_put(tok: Token, children: list[Token], _words: frozenset[str]) -> bool:
    """Tell whether "ask" puts a question (its object a question or "what"), no request (T102).

    "If you ask one more question", "no matter what you ask me": asking for information, not
    for an act; "asked the UN for aid", "asked them to leave", "asked what aid they could
    send" with "for" or an infinitive stay REQUEST.
    """
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in children) or any(
            is_to_infinitive(c) for c in infinitive_complements(tok)):
        return False
    return any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _QUESTION_OBJECTS
               for c in children)  # the parser may call "what you ask me" a dative


def attributive_participle(tok: Token, children: list[Token], _words: frozenset[str]) -> bool:
    """Tell whether a past participle only describes the noun after it (T102).

    "pledged delegates", "internationally recognised borders", "a recognized status" name a
    standing property, no act of pledging or recognising; a participle after its noun ("the
    aid pledged on Monday") or with an object or agent is still read as an act. A participle
    coordinated with an adjective before the noun describes it as well ("the undivided and
    recognized capital"), and the tagger's past tense before a noun is the participle ("20
    pledged delegates" tagged VBD) (T108).
    """
    modifier = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "amod" else tok
    return tok.tag_ in _PARTICIPLE_TAGS and modifier.dep_ == "amod" and \
        tok.i < modifier.head.i and not any(c.dep_ in ("dobj", "agent", "prep") for c in children)


#: Tags of a participle before its noun: VBN, and VBD, the tagger's reading of "pledged
#: delegates" (a finite verb never modifies a noun as amod).
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def relative_object(tok: Token, _children: list[Token], words: frozenset[str]) -> bool:
    """Tell whether the noun is the object of its own relative clause's verb (T102).

    "the biggest threat we face", "the threat they pose": the noun is what one faces or
    poses, a danger (as head: reads "faces the threat"); "the threat he made" is not listed.
    """
    return any(c.dep_ == "relcl" and c.lemma_.lower() in words
               and not any(g.dep_ == "dobj" for g in c.children) for c in tok.children)


#: Endings of English nouns of persons (agent nouns and -man compounds): "leaders", "a military
#: spokesman", "the protester" act, though the lexicon gives them no sector (T102; an English
#: heuristic, as participants.AGENT_SUFFIXES: "an order" or "power" pass as persons, which only
#: keeps an event).
PERSON_ENDINGS = ("er", "or", "ist", "ian", "ee", "ant", "man", "woman", "person", "people")


def plain_noun(word: Token) -> bool:
    """Tell whether a noun reads as a common noun of no person: no name, no agent noun (T102).

    A capital says nothing when a singular noun opens its sentence ('"Hate destroys ..."');
    a plural there may be a surname in -s ("Sanders shot back"), so it is read as a name.
    """
    opens = word.tag_ == "NN" and all(w.is_punct for w in word.doc[word.sent.start:word.i])
    return (not word.is_title or opens) and not word.lemma_.lower().endswith(PERSON_ENDINGS)


#: Kinds the lexicon gives nouns of people ("an expert", "the group"): never a mere thing (T108).
ACTOR_KINDS = frozenset({"person", "group", "organization"})

#: Collective nouns of actors the lexicon gives no kind: "the coalition helped the rebels",
#: "allies who can help" name parties, not things (T108).
COLLECTIVE_NOUNS = frozenset({
    "coalition", "alliance", "ally", "organization", "organisation", "movement", "network",
    "committee", "team", "partner", "donor", "neighbor", "neighbour", "member", "side",
})


def actor_noun(word: Token) -> bool:
    """Tell whether a common noun names people: by the lexicon's kind or a collective noun."""
    return word.lemma_.lower() in COLLECTIVE_NOUNS or describe(word.text).kind in ACTOR_KINDS


#: The years a four-digit number naming a treaty's year may have ("the 1972 ABM treaty").
YEAR_RANGE = range(1800, 2100)


def named_by_year(_tok: Token, children: list[Token], _words: frozenset[str]) -> bool:
    """Tell whether an agreement noun is named by its year: an existing treaty, no act (T102).

    "a strict reading of the 1972 ABM treaty" names a standing treaty; "signed a treaty in
    1972" (a date phrase, not a modifier) and "the treaty signed on Monday" are acts.
    """
    return any(c.dep_ in ("nummod", "compound", "amod") and c.text.isdigit() and len(c.text) == 4
               and int(c.text) in YEAR_RANGE for c in children)


#: Entity labels of towns and states ("Paris", "Minsk"); not LOC: "Turkish-Gulf accords" are
#: between the states of a region.
_PLACE_LABELS = frozenset({"GPE"})


def named_by_place(_tok: Token, children: list[Token], _words: frozenset[str]) -> bool:
    """Tell whether an agreement noun is named by a place that is no country (T108).

    "the Paris agreement", "the Paris climate agreement", "the Minsk accords" name a standing
    treaty by the city it was made in; a country modifying it names a party ("a U.S.-Iran
    agreement", "the Iran deal") and stays read as an act.
    """
    mods = [c for c in children if c.dep_ == "compound"]
    mods += [g for m in mods for g in m.children if g.dep_ == "compound"]
    return any(m.ent_type_ in _PLACE_LABELS and describe(m.text).kind != "country" for m in mods)


def of_thing(_tok: Token, children: list[Token], _words: frozenset[str]) -> bool:
    """Tell whether a noun's of-phrase names a mere thing, no arm or party (T108).

    "the explosion of app-based services" is a growth; "the explosion of a car bomb" (a word
    of violence) or "of the convoy carrying troops" stays an act of violence.
    """
    objects = [g for c in children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(
        o.pos_ == "NOUN" and plain_noun(o) and not actor_noun(o) and sector_of(o.text) is None
        and o.lemma_.lower() not in _armed_words() and not _names_arms(o) for o in objects)


def _names_arms(noun: Token) -> bool:
    """Tell whether a noun's own modifiers name violence ("the explosion of a car bomb")."""
    return any(m.lemma_.lower() in _armed_words() for m in noun.subtree if m.i != noun.i)


#: T102's constraint kinds (T108: placename, ofthing), read by :func:`trigger_constraints.holds`.
SENSE_KINDS = {
    "opinion": shared_opinion,
    "demand": demand_made,
    "question": question_put,
    "attributive": attributive_participle,
    "relobj": relative_object,
    "year": named_by_year,
    "placename": named_by_place,
    "ofthing": of_thing,
}
