"""Sense tests of trigger rows (T85): interviews, things released, media and parties addressed.

Helpers of :mod:`newsledger.trigger_constraints` that read a trigger's own phrases to tell a
non-event sense from an event ("asked about X" by a journalist, "released the report", "talked
to CNN"); split out so each module stays under the size limit (M13).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newsledger.clause_words import phrase_text, pobj_of
from newsledger.coordination import first_conjunct
from newsledger.knowledge import organisation
from newsledger.lexicon import STATE_SECTORS, describe, sector_of
from newsledger.mention_syntax import stands_for_head
from newsledger.trigger_rules import trigger_nouns

#: Relations of a passive participle describing its head noun ("a poll released Sunday", "the
#: curfew imposed by the army"): the noun is the participle's patient.
PARTICIPLE_DEPS = frozenset({"acl", "amod", "relcl"})


def describing_participle(tok: Token) -> bool:
    """Tell whether a token is a passive participle describing its head noun."""
    return tok.tag_ == "VBN" and tok.dep_ in PARTICIPLE_DEPS


#: Object relations a constraint "obj:" looks at (the passive subject is the logical object).
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})

#: The data file of things released that are information or products, not persons (T85).
RELEASED_FILE = "released_information.tsv"

#: Sectors of political visitors and hosts (state bodies, parties, the opposition, international
#: bodies, elites): a visit between such actors is CONSULT; a tourist's arrival is no event.
POLITICAL_SECTORS = STATE_SECTORS | {"PTY", "OPP", "IGO", "ELI"}


def object_slot(tok: Token, deps: frozenset[str]) -> list[Token]:
    """Return the words filling a trigger's object slot (its objects of these relations).

    A relative pronoun stands for the clause's head ("students, who were held by police");
    a quantity's of-phrase names the real object ("700 kg of medicine", "a number of
    diplomats"). Shared by the "obj:" constraint and trigger_backoff's participant slot.
    """
    objects = [c for c in tok.children if c.dep_ in deps]
    if any(stands_for_head(o, tok) for o in objects):
        objects = [tok.head]
    return objects + [g for o in objects for p in o.children if p.dep_ == "prep"
                      and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def is_to_infinitive(verb: Token) -> bool:
    """Tell whether a verb is a bare to-infinitive ("to fight"), whatever the parser's label."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def infinitive_complements(tok: Token) -> list[Token]:
    """Return a verb's infinitive complements ("agreed to withdraw", "swore to fight").

    The parser often labels the infinitive after a commitment verb as an adverbial clause of
    purpose ("have sworn to fight" -> advcl); one that follows the verb counts as well.
    """
    return [c for c in tok.children if c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and c.i > tok.i and is_to_infinitive(c))]


#: Prepositions whose object is the party spoken or talked to ("talked to CNN", "a chat with
#: the BBC", "appeared on Fox"); "about a CNN report" or "with a BBC crew" names no interviewer.
_ADDRESSEE_PREPS = frozenset({"to", "with", "on"})


def own_name(tok: Token) -> str:
    """Return the name a word is part of (its entity), else the word itself, not its phrase.

    "a CNN report" is a report, not a medium: the modifiers of a noun do not make it one.
    """
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text
    return tok.text


def news_medium(children: list[Token]) -> bool:
    """Tell whether the to/with/on-object of the trigger is a news medium ("a chat with CNN")."""
    return any(c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS and g.dep_ == "pobj"
               and sector_of(own_name(g)) == "MED" for c in children for g in c.children)


#: Words opening an indirect question ("asked whether he would run", "asked how ties would fare").
_QUESTION_WORDS = frozenset({"if", "whether", "what", "who", "whom", "which", "why", "how",
                             "when", "where"})


def _asks_to_act(tok: Token, children: list[Token]) -> bool:
    """Tell whether an "ask" asks for something or for an act ("asked for aid", "asked X to go")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in children) or any(
        is_to_infinitive(c) for c in infinitive_complements(tok)) or any(
        is_to_infinitive(c) for c in children if c.dep_ == "ccomp")


def _indirect_question(clause: Token) -> bool:
    """Tell whether a clause complement is an if/whether/wh-question ("whether he would run")."""
    return any(w.lower_ in _QUESTION_WORDS and w.dep_ in ("mark", "advmod", "nsubj", "dobj",
               "attr", "dep") for w in clause.children if w.i < clause.i)


#: Role nouns of people whose trade is asking questions in public, which the lexicon gives no
#: sector (it has "journalist", "reporter" as MED): their active "asked X about Y" / "asked
#: whether" is an interview question (T89). "host" is a show's host here: a host country's
#: phrase is headed by "country"/"nation", not by "host".
INTERVIEWER_NOUNS = frozenset({"interviewer", "moderator", "host", "anchor", "anchorman",
                               "anchorwoman", "presenter", "questioner", "panelist"})

#: Modifier relations of a subject that say whose interviewer it is ("a Reuters reporter",
#: "NBC's Chuck Todd", "Fox News host Sean Hannity").
_ASKER_MODIFIERS = frozenset({"compound", "poss", "appos", "nmod"})


def _interviewer(subject: Token) -> bool:
    """Tell whether an asker is a journalist, interviewer or news medium (T89).

    Its phrase is a medium (sector MED: "Reporters", "CNN", "a Reuters reporter"), its head or
    a modifier is an interviewer's role noun ("the moderator", "host Sean Hannity"), or a
    modifier is a medium's name ("NBC's Chuck Todd").
    """
    if sector_of(phrase_text(subject)) == "MED":
        return True
    words = [subject] + [c for c in subject.children if c.dep_ in _ASKER_MODIFIERS]
    return any(w.lemma_.lower() in INTERVIEWER_NOUNS or (w.i != subject.i and (
        _medium_name(own_name(w)) or sector_of(w.text) == "MED")) for w in words)


def _medium_name(name: str) -> bool:
    """Tell whether a name is a news medium's, by the lexicon or the organisations table (T108).

    "The Huffington Post's Scott Conroy": the lexicon knows few outlets by name, the table of
    organisations (sector MED) many more.
    """
    if sector_of(name) == "MED":
        return True
    known = organisation(name)
    return known is not None and known.sector == "MED"


def _active_askers(tok: Token, children: list[Token]) -> list[Token]:
    """Return an active "ask"'s subjects: its own, a relative's head, else a coordinated verb's."""
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if any(stands_for_head(s, tok) for s in subjects):
        return [tok.head]  # "the reporter who asked him about it"
    if not subjects and tok.dep_ == "conj":  # "interviewed the senator and asked him about"
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return subjects


def _asks_about(tok: Token, children: list[Token], indirect: bool) -> bool:
    """Tell whether an "ask" asks about a topic, not for an act.

    An about-phrase or a quoted question ("asked about X", "asked, 'Why ...?'"), or, when
    ``indirect``, an if/whether/wh-clause (shared by the active and passive readings, T92).
    """
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in children):
        return True
    clauses = [c for c in children if c.dep_ in ("ccomp", "xcomp", "dep", "parataxis")]
    if clauses and any(w.lower_ == "?" for w in tok.doc[tok.i:tok.sent.end]):
        return True  # a quoted question follows; the parser hangs its "?" anywhere after
    return indirect and any(_indirect_question(c) for c in clauses)


def journalist_question(tok: Token, children: list[Token]) -> bool:
    """Tell whether an active "ask" is a journalist's question, not a request for an act (T89).

    "Reporters asked Putin about the attack", "The moderator asked the candidates how they
    would cut taxes": a journalist, interviewer or news medium asks for information about a
    topic (an about-phrase), an if/whether/wh-question or a quoted question. Never with "for"
    or a to-infinitive ("The anchor asked viewers to donate"), and a state or an official
    asking whether ("Turkey asked NATO whether it could send troops") stays a REQUEST.
    """
    if tok.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in children) \
            or _asks_to_act(tok, children):
        return False
    askers = _active_askers(tok, children)
    if not askers or not all(_interviewer(a) for a in askers):
        return False
    return _asks_about(tok, children, indirect=True)


def interview_question(tok: Token, children: list[Token]) -> bool:
    """Tell whether an "ask" is an interviewer's question, not a request for an act.

    An active "ask" counts when its subject is a journalist or medium
    (:func:`journalist_question`, T89); the passive as follows (T85).

    A journalist's question ("Trump was asked about Y", "when asked whether he would run,
    he said ...") asks for information; PLOVER's REQUEST asks a party to act or give. Only
    the passive with no named asker (or a medium) counts, and never with "for" or a
    to-infinitive; a passive with its own subject and an if/whether clause ("Turkey was asked
    whether it could send troops") may ask a state to act, so there only "about" and a quoted
    question count, the if/whether/wh-clause only in the subjectless "when asked" aside, or at
    a press event ("was asked at a news conference if ...", T102; not "at the Geneva conference").
    """
    if journalist_question(tok, children):
        return True
    if tok.tag_ not in ("VBN", "VBD") or _asks_to_act(tok, children):
        return False  # VBD: the tagger's reading of a subjectless "when asked how ..."
    askers = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(sector_of(phrase_text(a)) != "MED" for a in askers):
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    aside = not passive and tok.dep_ in ("advcl", "acl", "conj") and not any(
        c.dep_ == "nsubj" for c in children)  # "when asked", "Asked about", no asker
    if not (passive and tok.tag_ == "VBN" or aside):
        return False
    if passive and _press_setting(children) and any(
            c.dep_ in ("ccomp", "advcl") and _indirect_question(c) for c in children):
        return True  # "was asked at a news conference if ...": a reporter's question (T102)
    return _asks_about(tok, children, indirect=aside)


#: Settings of a reporter's question: "at a news conference", "during a press briefing" (T102).
_PRESS_EVENTS = frozenset({"briefing", "interview", "conference"})
_PRESS_WORDS = frozenset({"news", "press"})


def _press_setting(children: list[Token]) -> bool:
    """Tell whether an at/during-phrase names a press event ("at a news conference")."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "during", "in") and g.dep_ == "pobj"
               and g.lemma_.lower() in _PRESS_EVENTS and (g.lemma_.lower() != "conference" or any(
                   m.lemma_.lower() in _PRESS_WORDS for m in g.children))
               for c in children for g in c.children)


#: Information lemmas that also name a person: released "figures" are data ("trade figures"), a
#: released "figure" a person ("an opposition figure"); plural persons are left out (R4 #5).
PERSON_SENSES = frozenset({"figure"})


def person_figure(obj: Token) -> bool:
    """Tell whether an information word names a person here (a singular "figure")."""
    return obj.lemma_.lower() in PERSON_SENSES and obj.tag_ == "NN"


@lru_cache(maxsize=1)
def released_information() -> frozenset[str]:
    """Return the lemmas of ``data/released_information.tsv`` (things released, not persons)."""
    text = resources.files("newsledger.data").joinpath(RELEASED_FILE).read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines()
                     if ln.strip() and not ln.startswith("#"))


def party_addressed(children: list[Token]) -> bool:
    """Tell whether a to-phrase names a party ("talked to Iranian diplomats", "to Rouhani")."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and g.dep_ == "pobj" and (
        g.ent_type_ in ("PERSON", "NORP", "GPE", "ORG")
        or sector_of(phrase_text(g)) in POLITICAL_SECTORS)
        for c in children for g in c.children)


#: Pronouns that stand for a thing named earlier ("has not yet released them"): their
#: antecedent, the nearest noun before the verb agreeing in number, is what is released (T92).
_THING_PRONOUNS = {"it": "NN", "this": "NN", "them": "NNS", "these": "NNS", "those": "NNS"}

#: Addressees of a publication: what is released "to the public/press" is information; persons
#: held are released to someone's custody, never to the public (T92). Not "reporters" or
#: "journalists": hostages are handed over to them (R7 #6).
_PUBLIC = frozenset({"public", "press", "media"})

#: Entity labels of persons and groups: a noun of them is released as a person, not published.
_PERSON_LABELS = frozenset({"PERSON", "NORP"})


def _names_persons(noun: Token) -> bool:
    """Tell whether a noun names persons: a person or group entity, or a noun with a sector."""
    return noun.ent_type_ in _PERSON_LABELS or sector_of(noun.text) is not None


def _antecedent(pronoun: Token, verb: Token) -> Token | None:
    """Return the noun a thing pronoun a verb takes stands for (T92, R7 #5).

    A verb coordinated with an earlier one shares its object ("seized the hostages ... and
    released them"): that object, when it agrees in number. Else the nearest common noun
    before the verb agreeing in number, unless an earlier such noun names persons ("detained
    students over the reports and released them"): "them" may be either, so it is left unread.
    """
    tag = _THING_PRONOUNS.get(pronoun.lower_)
    if tag is None:
        return None
    if verb.dep_ == "conj":
        shared = [c for c in verb.head.children if c.dep_ == "dobj" and c.tag_ == tag]
        if shared:
            return shared[0]
    nouns = [w for w in pronoun.doc[pronoun.sent.start:verb.i]
             if w.pos_ == "NOUN" and w.tag_ == tag]
    if not nouns or any(_names_persons(w) for w in nouns[:-1]):
        return None
    return nouns[-1]


#: Relative pronouns of a thing ("the ad that ...", "the report, which ..."): not who/whom.
_THING_RELATIVES = frozenset({"that", "which"})


def _relative_head(tok: Token) -> Token | None:
    """Return the noun before a relative "that/which" opening a verb's clause (T92).

    "This ad that Trump released": the parser may hang the verb on its subject, losing the
    relative pronoun; the word before the clause is then "that", and before it the noun.
    """
    start = min(tok.left_edge.i, tok.head.left_edge.i if tok.dep_ == "acl" else tok.i)
    if tok.doc[start].lower_ not in _THING_RELATIVES:  # the pronoun may hang on the subject
        start -= 1
    if start < 1 or tok.doc[start].lower_ not in _THING_RELATIVES:
        return None
    noun = tok.doc[start - 1]
    return noun if noun.pos_ == "NOUN" else None


def passive_infinitive_patients(tok: Token, children: list[Token]) -> list[Token]:
    """Return a passive infinitive's patients: the subjects of the verb it completes.

    "the troops will start being reduced", "a report to be released": the patient is the
    subject of the governing verb (none when the token is no passive xcomp).
    """
    if tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children):
        return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


#: Prepositions whose object an "obj:" constraint also reads ("fired on the town").
_OBJECT_PREPS = ("on", "into", "in")


def object_holds(tok: Token, children: list[Token], words: frozenset[str],
                  preps: bool = True) -> bool:
    """Tell whether the object of a token (or, with ``preps``, its on/in/into-object) is a word."""
    objects = object_slot(tok, OBJECT_DEPS)  # shared with trigger_backoff (M13)
    # "mediation efforts", "the ceasefire agreement": a noun-noun compound names the object
    objects += [c for o in objects for c in o.children if c.dep_ == "compound"]
    objects += [c for o in objects for c in o.conjuncts]  # "X and Y grenades"
    if not objects:  # "the troops will start being reduced": the governing verb's subject
        objects = passive_infinitive_patients(tok, children)
    # "fired on the town", "give millions in aid": the prepositional object names it
    return any(o.lemma_.lower() in words for o in objects) or preps and any(
        c.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() in words
        for c in children if c.lower_ in _OBJECT_PREPS for g in c.children
    )


def country_object(children: list[Token], preps: frozenset[str]) -> bool:
    """Tell whether one of the prepositions' objects names a country, not a city or region."""
    return any(c.dep_ == "prep" and c.lower_ in preps and g.dep_ == "pobj"
               and describe(phrase_text(g)).kind == "country"
               for c in children for g in c.children)


#: Words naming a market ("markets cheered the ruling", "stocks celebrated"): a market's
#: reaction is no verbal approval by an actor (R7 #9).
MARKET_WORDS = frozenset({"market", "stock", "share", "bond", "currency", "index", "investor",
                          "trader"})


def market_doer(doers: list[Token]) -> bool:
    """Tell whether a doer is a market or a business ("Investors", "Markets", "the bank")."""
    return any(d.lemma_.lower() in MARKET_WORDS or sector_of(d.text) == "BUS" for d in doers)


def released_heads(tok: Token) -> list[Token]:
    """Return the head nouns a "release" releases, without their compounds (T85, M13, T92).

    The object, a quantity's of-phrase and coordinated objects; of a participle modifying a
    noun, that noun ("a poll released Sunday"); of the noun "release", its of-phrase. A
    compound is left out: "the jailed policy researcher" is a person, whatever "policy" is.
    A relative pronoun stands for the clause's head, a thing pronoun object for its antecedent
    ("gathers statistics ... has not yet released them"), and a clause the parser cut from
    its relative "that" for the noun before it ("This ad that Trump released", T92).
    """
    children = list(tok.children)
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    if any(stands_for_head(o, tok) for o in objects):
        objects = [tok.head]  # "the ad that the senator released" (T92, as object_slot)
    if tok.pos_ == "NOUN":  # "the release of the report": a noun's of-phrase is its object
        objects += [g for c in children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
    if not objects and tok.pos_ == "VERB":
        objects = [n for n in (_relative_head(tok),) if n is not None]
    if describing_participle(tok) and not objects:
        # "a poll released Sunday", "a just-released report", "a report to be released"
        objects.append(tok.head)
    if not objects:
        objects = passive_infinitive_patients(tok, children)
    objects += [a for o in objects if o.pos_ == "PRON"
                for a in (_antecedent(o, tok),) if a is not None]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # "a batch of documents"
    return objects + [c for o in objects for c in o.conjuncts]


def released_to_public(tok: Token) -> bool:
    """Tell whether a release goes "to the public" or the press: a publication (T92).

    Persons held are released to someone's custody, never published: a release of a noun
    naming persons ("released the hostages to the press") stays a release (R7 #6).
    """
    addressee = pobj_of(tok, "to")
    return addressee is not None and addressee.lemma_.lower() in _PUBLIC and not any(
        o.pos_ != "PRON" and _names_persons(o) for o in released_heads(tok))


#: What keeps a threat an act of threatening: its content (a to-infinitive, that-clause or
#: of-phrase: "a threat to quit", "the threat of sanctions") or its maker (a possessor or a
#: by-phrase: "X's threat", "a threat by the union") (T92).
_THREAT_CONTENT_DEPS = frozenset({"acl", "relcl", "ccomp", "poss"})

#: Prepositions of a threat naming its maker or its target ("a threat by the union", "the
#: threat of sanctions", "a threat against its staff"): an act, not a danger (T92, R7 #4).
_THREAT_PARTY_PREPS = frozenset({"by", "of", "against"})

#: Compounds naming what a threat threatens to do ("a bomb threat", "a death threat"): a threat
#: of that act, made by someone, not a standing danger ("the terrorist threat") (R7 #4).
THREATENED_ACTS = frozenset({"bomb", "death", "murder", "kidnap", "kidnapping", "rape", "arson",
                             "acid"})

#: Prepositions placing a threat in time ("evacuated after a bomb threat", "since the threat"):
#: a threat that something followed was made, an act, not a standing danger (R7 #4).
_INCIDENT_PREPS = frozenset({"after", "following", "since"})


def danger_threat(tok: Token) -> bool:
    """Tell whether "threat" names a danger, not an act of threatening (T92).

    A singular threat in a prepositional phrase ("talk about the threat", "sees him as a real
    threat", "respond to a metastasizing threat", "the threat from the Islamic State") names
    a danger: nobody is said to threaten anyone. A threat with a maker (possessor, by-phrase)
    or a content (to-infinitive, that-clause, of-phrase), a target (against-phrase), a kind of
    an act threatened ("a bomb threat", "a death threat"; not "the terrorist threat"), one placed in
    time ("after a threat"), plural threats ("threats from China") and a threat issued, made
    or carried out (an object, not a preposition's) stay acts (R7 #4).

    Why a threat "from" someone stays a danger ("responded to a threat from Hezbollah", "a
    response to the Iranian threat"; R7 #4 asked, the coordinator kept it, M19): PLOVER's
    THREATEN is an explicit threat an actor makes (to do something, against someone), and a
    from-phrase or an adjective names where a danger comes from, not a threat anyone uttered;
    dev2 labels "the threat from the Islamic State" no event.
    "Hezbollah threatened to strike Haifa" and "Iran's threat to close the strait" stay
    THREATEN (tests/test_trigger_senses.py::test_threat_danger_or_act). A subject reads the same
    ("The threat from Hezbollah grew", "the threat is real"); only a preposition's object placed
    in time ("after a threat") is an incident.
    """
    if tok.tag_ != "NN" or tok.dep_ not in ("pobj", "nsubj", "nsubjpass") or (
            tok.dep_ == "pobj" and tok.head.lower_ in _INCIDENT_PREPS):
        return False
    return not any(c.dep_ in _THREAT_CONTENT_DEPS or (
        c.dep_ in ("prep", "agent") and c.lower_ in _THREAT_PARTY_PREPS) or (
        c.dep_ == "compound" and c.lemma_.lower() in THREATENED_ACTS) for c in tok.children)


def hyphen_compound(tok: Token) -> bool:
    """Tell whether a participle is the second half of a hyphenated modifier ("union-backed").

    "the union-backed movement", "military-backed opponents" describe the noun (who backs it)
    and tell no act at a time (T92). An act noun's modifier ("an Iranian-backed attack by PUK
    fighters") says who backed that act, and stays an event. A conjunct modifies the noun its
    first conjunct does ("the anointed and establishment-endorsed candidate", T119).
    """
    first = first_conjunct(tok)
    head = first.head
    return first.dep_ in ("amod", "compound") and any(
        c.dep_ == "punct" and c.text == "-" and c.i == tok.i - 1 for c in tok.children) and not (
        head.pos_ == "NOUN" and head.lemma_.lower() in trigger_nouns())


#: Quantity words whose of-phrase is the real noun ("one of his rallies", "some of the talks").
_PARTITIVES = frozenset({"one", "some", "many", "several", "each", "any", "all", "most", "few",
                         "none", "two", "three", "both"})


def partitive_governor(tok: Token) -> Token:
    """Return a noun's governor, skipping a partitive "one of" ("at one of his rallies": at)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _PARTITIVES \
            and head.head.head.i != head.head.i:
        return head.head.head
    return head
