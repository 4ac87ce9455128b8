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

from newsledger.clause_words import phrase_text
from newsledger.lexicon import describe
from newsledger.trigger_rules import harm_words
from newsledger.trigger_senses import POLITICAL_SECTORS


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

#: Roles of electoral rivals: a candidate has no arms, so a candidate's attack on someone is
#: criticism ("the front-runner's attacks on immigrants") (T92).
CONTENDER_WORDS = frozenset({"candidate", "nominee", "contender", "challenger", "hopeful",
                             "frontrunner"})

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
    return any(w.lemma_.lower() in RHETORIC_DOERS or _contender(w)
               for d in doers for w in (d, *(c for c in d.children if c.dep_ == "compound")))


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
    if any(_channel(w) for w in _channel_objects(tok, targets)) or any(
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
