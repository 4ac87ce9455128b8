"""The outlet-versus-source layer of event status: what the outlet itself states beside a report.

A past-dated or completed event named as background is presupposed ("after the attacks", "last
week's raid"); a comma-set relative clause describes a participant in the outlet's words; a
definite or pinned-down event noun names an event that exists. Which statement claims an event
is :mod:`newsledger.status_speech` (split off by T91). :mod:`newsledger.status` asks these
questions while it climbs; the cue table of ``data/status_cues.tsv`` is loaded here so that the
three modules share it without a cycle.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newsledger.clause_words import TIME_ENTITIES, pobj_of
from newsledger.record import STATUSES, EpistemicStatus
from newsledger.trigger_constraints import is_to_infinitive

#: Roles whose rows give a status (documented in the data file's header).
CUE_ROLES = frozenset({"aux", "gov", "noun", "mod", "mark", "report", "from"})
#: Roles whose rows (status "-") only change how the cues apply.
FLAG_ROLES = frozenset({
    "past", "past_time", "future", "since", "after", "react", "dispute", "when", "ask",
    "infinitive", "perform", "for", "direct", "content", "success", "announce", "factive",
    "halt", "enacted", "utter", "time_mark", "request", "request_on", "means", "one_off",
    "question", "phase", "cause",
})
#: Plural noun tags: a plural event noun names a series ("the executions"), which a halt verb
#: leaves in force though each act is a one-off (:func:`_lasting`).
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
#: "nowhere" and the words after it that make it a degree of place (:func:`degree_of_place`).
NOWHERE, NEAR_WORDS = "nowhere", frozenset({"near", "close"})
#: The status column of a flag row.
FLAG = "-"

#: Modifier relations that can date an event noun ("last week's attack", "a recent raid").
DATING_DEPS = frozenset({"amod", "nummod", "compound", "poss", "npadvmod"})
#: Relations through which a time phrase places an event noun ahead ("the talks next month").
AHEAD_DEPS = DATING_DEPS | {"prep"}
#: Determiners of a known, particular event ("after the attacks", not "after attacks").
DEFINITE = frozenset({"the", "this", "these", "that", "those"})
#: Determiners of any or no event: "respond to any attack" presupposes none ("halt all
#: raids" none either, T91).
NON_SPECIFIC = frozenset({"any", "no", "every", "each", "all"})
#: Prepositions joining a halted event to the halt ("an end to", "a pause in", "a freeze on").
HALT_PREPS = frozenset({"of", "in", "on", "to"})
#: Digits of a year modifier ("the 2003 invasion"); it dates an event noun in the past only
#: when it is before the publication year ("a 2028 invasion" may be ahead, M14).
YEAR_DIGITS = 4
#: The preposition of what one reacts to ("responded to accusations").
REACT_PREP = "to"
#: Statuses a clause stated as fact has: its "after the X" presupposes X happened.
REALIS: frozenset[EpistemicStatus] = frozenset({"asserted", "claimed", "denied"})
#: Statuses a presupposed event keeps from what governs it: a report or a denial is about the
#: event itself, a plan or a possibility about something else ("will discuss the recent attack").
KEPT_BY_PRESUPPOSED: frozenset[EpistemicStatus] = frozenset({"claimed"})
#: Entity types of a modifier naming a party or a place (M15: "asked about Israeli strikes").
PARTY_ENTITIES = frozenset({"NORP", "GPE", "LOC", "ORG"})
#: Relations of a pre-modifier naming a party or a place ("Israeli strikes", "Hamas attacks").
PINNING_MODIFIERS = frozenset({"amod", "compound", "nmod"})
#: Prepositions whose object pins an event noun down to a party or place ("strikes on Rafah").
PINNING_PREPS = ("of", "on", "in")
#: Tags of a participle heading a reduced relative clause ("those backing X", "mines seized").
PARTICIPLES = frozenset({"VBG", "VBN"})
#: Relations that a reduced relative clause lacks: one with a subject, an auxiliary or a mark is
#: a content clause ("an admission that soldiers had fought").
CLAUSE_MARKERS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
#: Subject relations: a reporting relative clause's own subject is described with its verb.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Parts of speech a reduced relative clause describes.
NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
#: Relations inside a noun phrase, from an event noun up to the phrase's head ("the victims of
#: the attack": pobj, prep).
NOMINAL_STEPS = frozenset({"pobj", "prep", "compound", "conj", "appos"})
#: Kinds of relative clause (:func:`relative_clause`).
SET_OFF, RESTRICTIVE = "set-off", "restrictive"
#: Punctuation setting off a non-restrictive relative clause ("the mayor, who ...").
SETTING_OFF = frozenset({",", "-", "--", "\u2013", "\u2014", "("})
#: Prepositions giving the topic of a question ("asked about the raid").
TOPIC_PREPS = frozenset({"about"})
#: Negative pronouns as a subject or object negate their verb ("Nobody admitted ...",
#: "threatens no one"), as "no" or "neither" does as its determiner ("No official acknowledged
#: ..."): the closed class of English negative pronouns and determiners, one list for every
#: status rule (M15; T91 merged the two lists the rules had: "nothing" and "neither" negate as
#: "nobody" does).
NEGATIVE_SUBJECTS = frozenset({"nobody", "noone", "none", "nothing", "neither"})
NEGATIVE_DETS = frozenset({"no", "neither"})


def _rows() -> Iterable[list[str]]:
    """Return the data rows of the cue file (lemma, status, role)."""
    text = resources.files("newsledger.data").joinpath("status_cues.tsv").read_text("utf-8")
    return csv.reader((ln for ln in text.splitlines() if ln and not ln.startswith("#")),
                      delimiter="\t")


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], EpistemicStatus]:
    """Return the status cues keyed by (lemma, role); a row with an unknown role is an error."""
    table: dict[tuple[str, str], EpistemicStatus] = {}
    for lemma, status, role in _rows():
        if status == FLAG:
            if role not in FLAG_ROLES:
                raise ValueError(f"status_cues.tsv: unknown flag role {role!r} ({lemma})")
            continue
        if role not in CUE_ROLES or status not in STATUSES:
            raise ValueError(f"status_cues.tsv: bad row {lemma} {status} {role}")
        table[(lemma, role)] = status  # type: ignore[assignment]
    return table


@lru_cache(maxsize=1)
def flags() -> frozenset[tuple[str, str]]:
    """Return the flag words keyed by (lemma, role)."""
    cues()  # validates every row
    return frozenset((lemma, role) for lemma, status, role in _rows() if status == FLAG)


def cue(lemma: str, role: str) -> EpistemicStatus | None:
    """Return the status a word gives in a role, if it is a cue."""
    return cues().get((lemma.lower(), role))


def flagged(word: str, role: str) -> bool:
    """Tell whether a word (lemma or form) is a flag of a role."""
    return (word.lower(), role) in flags()


def presupposed(trigger: Token, realis: Callable[[Token], bool],
                published_year: int | None = None) -> bool:
    """Tell whether an event noun is taken as having happened ("last week's attack").

    A modifier dates it in the past ("a recent assault", "last week's raid"); "since" places the
    story after a definite one; after/following/amid/under do so only when the clause they
    modify is stated as fact (``realis``); what one reacts to is presupposed when it is
    definite ("will respond to the criticisms") or the reaction is a fact ("responded to
    accusations").
    A halt presupposes the event it halts ("an end to the fighting", "to end the blockade"). A
    year before the publication year dates it too ("the 2003 invasion"); with no publication
    year no year dates anything. A noun placed ahead ("the talks next month") or
    any/no event is never presupposed.
    """
    if trigger.pos_ != "NOUN" or _dated_ahead(trigger):
        return False
    non_specific = any(c.dep_ == "det" and c.lower_ in NON_SPECIFIC for c in trigger.children)
    if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and flagged(
            trigger.head.lemma_, "halt") and not non_specific and _lasting(trigger):
        return True  # "to end the blockade", as "an end to the blockade": it is in force (T91)
    for child in trigger.children:
        if child.dep_ in DATING_DEPS and any(
                _dates_past(w, trigger) or _earlier_year(w, published_year) for w in child.subtree):
            return True
    if trigger.dep_ != "pobj" or non_specific:
        return False
    prep = trigger.head
    if prep.lower_ in HALT_PREPS and prep.head.pos_ == "NOUN" and flagged(prep.head.lemma_, "halt"):
        return True  # "a pause in the raids": the raids are going on
    definite = is_definite(trigger)
    if prep.lower_ == REACT_PREP and flagged(prep.head.lemma_, "react"):
        # "will respond to the criticisms", "responded to accusations"; not "would respond to
        # an attack"
        return definite or realis(prep.head)
    if not definite:
        return False
    if prep.lower_ in TOPIC_PREPS:
        return True  # "will talk about the raid": the topic is known, not planned
    return flagged(prep.lower_, "since") or flagged(prep.lower_, "after") and realis(prep.head)


def _lasting(noun: Token) -> bool:
    """Tell whether an event noun can be in force when halted: not a single one-off act.

    "lift the sanctions", "end the blockade" halt what goes on; "suspend the extradition"
    halts a one-off act before it happens (M17, review R6); "stop the executions" (plural)
    halts a series that has begun.
    """
    return noun.tag_ in PLURAL_NOUN_TAGS or not flagged(noun.lemma_, "one_off")


def degree_of_place(word: Token) -> bool:
    """Tell whether a negative adverb measures a distance ("nowhere near the embassy"), not negates.

    "marched nowhere near the embassy" says where the march went, not that it did not happen;
    "nowhere to be found" and "nowhere in sight" still negate (M17, review R6).
    """
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.lower_ == NOWHERE and nxt is not None and nxt.lower_ in NEAR_WORDS


def negative(word: Token) -> bool:
    """Tell whether a subject or object names no one: "nobody", "none", "no official"."""
    return word.lower_ in NEGATIVE_SUBJECTS or any(
        d.dep_ == "det" and d.lower_ in NEGATIVE_DETS for d in word.children)


def is_definite(noun: Token) -> bool:
    """Tell whether a noun phrase names a known, particular thing: a possessor or "the"/"this".

    A date or name before the noun may take the determiner ("the Nov. 13, 2015, attacks" may hang
    "the" on "Nov."), so a definite determiner opening the noun's phrase counts too (T91).
    """
    edge = noun.left_edge
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
               for c in noun.children) or (
        edge.i < noun.i and edge.dep_ == "det" and edge.lower_ in DEFINITE)


def averted(complement: Token) -> bool:
    """Tell whether the complement of "from" names an averted act, not a real event.

    A verbal complement ("from being forced") or a bare or non-specific noun ("banned from
    sale", "from any attack") is averted; a definite or possessed event noun names an event
    that exists ("protected them from the ongoing shelling").
    """
    if complement.dep_ == "pcomp" or complement.pos_ in ("VERB", "AUX"):
        return True
    return not is_definite(complement)


def pinned_down(noun: Token) -> bool:
    """Tell whether an event noun's modifiers make it specific: a party/place or its phrase.

    A nationality, place or organisation as its adjective or compound ("Israeli strikes",
    "Hamas attacks"), or an of/on/in phrase ("arrests of activists", "strikes on Rafah").
    """
    if noun.pos_ != "NOUN":
        return False
    # a name deeper in the pre-modifiers counts too ("a State Department inspector general
    # investigation": the parser hangs the name on "inspector", T117)
    return any(w.i < noun.i and w.dep_ in PINNING_MODIFIERS and w.ent_type_ in PARTY_ENTITIES
               for w in noun.subtree) or pobj_of(noun, *PINNING_PREPS) is not None


def _dates_past(word: Token, trigger: Token) -> bool:
    """Tell whether a word of a noun's modifier dates the noun in the past.

    "last" does so only through a time noun it modifies ("last week's"), not as the event's
    own adjective ("a last offensive") or inside a compound adjective ("last-minute talks").
    """
    if flagged(word.lower_, "past") or flagged(word.lemma_, "past"):
        return True
    if not flagged(word.lower_, "past_time") or word.head.i == trigger.i:
        return False
    hyphened = word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "-"
    return not hyphened and word.head.ent_type_ in TIME_ENTITIES


def _earlier_year(word: Token, published_year: int | None) -> bool:
    """Tell whether a word is a year before the publication year ("the 2003 invasion")."""
    text = word.text
    return (published_year is not None and word.ent_type_ in TIME_ENTITIES
            and len(text) == YEAR_DIGITS and text.isdigit() and int(text) < published_year)


def _dated_ahead(trigger: Token) -> bool:
    """Tell whether a time phrase of an event noun places it ahead ("the talks next month")."""
    return any(flagged(w.lower_, "future") for c in trigger.children if c.dep_ in AHEAD_DEPS
               for w in c.subtree)


def locates(cur: Token, trigger: Token) -> bool:
    """Tell whether a presupposed event's own preposition only dates the governing act.

    "maintaining his lead after the attacks", "said after the attacks that ...": what a
    report follows in time is not its content.
    """
    return cur.dep_ == "prep" and trigger.head.i == cur.i and (
        flagged(cur.lower_, "since") or flagged(cur.lower_, "after"))


def keep_for_presupposed(status: EpistemicStatus, cue_word: str) -> bool:
    """Tell whether a cue from above still applies to a presupposed event.

    A report or a denial of the event itself does ("Rebels said last week's massacre ...",
    "denied the 2014 massacre"); a plan, a possibility or a negated governing verb is about
    something else ("will discuss the recent attack").
    """
    return status in KEPT_BY_PRESUPPOSED or (status == "denied" and flagged(cue_word, "dispute"))


def relative_clause(cur: Token, head: Token, trigger: Token, dep: str) -> str | None:
    """Return whether the trigger is the verb of a set-off or restrictive relative clause.

    "the mayor, who bribed the council, should resign" is set off, the outlet's description;
    a restrictive clause ("a man who stabbed two people") describes too, unless it lies inside
    a reported clause (decided by the caller). A clause on a time noun names the event itself
    ("a time he was praised"); an infinitival one is a possibility ("a position to help"); one
    marked "that" is a misread complement: none of them describes. A participle on a noun is a
    reduced relative clause ("superdelegates, including those backing Clinton", "a resolution
    condemning the ban", T99), unless the noun's cue makes it content ("plans calling for").
    """
    # a reporting clause's own subject, its source, is described with its verb ("the email use,
    # which an FBI investigation said was careless", T99); its object keeps the claim ("who
    # praised the raid"), and another verb's subject may be in its modality ("which house
    # arrest could replace")
    subject = trigger.dep_ in SUBJECTS and trigger.head.i == cur.i and dep == "relcl" and bool(
        cue(cur.lemma_, "report"))
    if (cur.i != trigger.i and not subject) or flagged(head.lemma_, "when"):
        return None
    if dep == "acl" and cur.tag_ in PARTICIPLES and head.pos_ in NOMINALS and not cue(
            head.lemma_, "noun") and not any(c.dep_ in CLAUSE_MARKERS for c in cur.children):
        return SET_OFF if _set_off(cur) else RESTRICTIVE
    if dep != "relcl":
        return None
    if is_to_infinitive(cur):
        return None
    if any(c.dep_ == "mark" for c in cur.children):
        return None
    return SET_OFF if _set_off(cur) else RESTRICTIVE


#: Entity types of a named person, group or place a set-off relative clause describes.
NAMED_ENTITIES = PARTY_ENTITIES | {"PERSON", "FAC"}
#: Dashes that open a parenthetical aside ("... in companies like Ford -- all businesses that
#: he has assailed"); a comma opens an apposition inside reported words as often.
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def outlet_aside(cur: Token, head: Token, dep: str) -> bool:
    """Tell whether a climb leaves an aside the outlet adds to a report, all of it its own.

    A set-off relative clause on a name ("beside Hillary Clinton, who has been battered by the
    fallout from the FBI's investigation ...") describes a known person in the outlet's voice,
    down to the events it names (T117); on a common noun it may restate the claim ("plans,
    which include home detention", R1), and only its own verb is the outlet's
    (:func:`relative_clause`), and a clause reporting its own content ("Shultz, who the report
    suggests were ...") attributes it. An apposition set off by a dash ("-- all businesses that he's
    assailed") is the outlet's comment on the phrase.
    """
    if dep == "relcl":
        # a name the parser found, not a misread noun ("house arrest, where ...")
        return (head.pos_ == "PROPN" and head.ent_type_ in NAMED_ENTITIES and _set_off(cur)
                and not is_to_infinitive(cur)
                and not any(c.dep_ in ("mark", "ccomp") for c in cur.children))
    edge = cur.left_edge.i
    return dep == "appos" and edge > 0 and cur.doc[edge - 1].text in DASHES


def known_in_description(trigger: Token, cur: Token, head: Token, dep: str) -> bool:
    """Tell whether a climb leaves a participle describing a participant by a known event.

    "said it will turn over emails recovered in the investigation into X's server": a definite
    event noun in the adjunct of a reduced relative clause identifies the participant by an
    event the outlet takes as known (a presupposition, T117), unlike the clause's own verb
    inside a report ("said a man who stabbed two people was held", :func:`relative_clause`)
    or an event noun the report is about ("said the probe is ongoing").
    """
    if dep != "acl" or cur.tag_ not in PARTICIPLES or head.pos_ not in NOMINALS or cue(
            head.lemma_, "noun") or any(c.dep_ in CLAUSE_MARKERS for c in cur.children):
        return False
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or not is_definite(trigger):
        return False
    step = trigger
    while step.head.i != cur.i:  # only through prepositions and their objects
        if step.dep_ not in ("pobj", "prep") or step.head.i == step.i:
            return False
        step = step.head
    return step.dep_ == "prep"


def _set_off(clause: Token) -> bool:
    """Tell whether a relative clause is set off by punctuation or joined to one that is.

    "the mayor, who ...", "the star - which appears on the flag and which they wore -".
    """
    edge = clause.left_edge.i
    before = clause.doc[edge - 1] if edge > 0 else None
    if before is None:
        return False
    if before.text in SETTING_OFF:
        return True
    return before.dep_ == "cc" and any(
        c.dep_ == "relcl" and c.i < before.i and _set_off(c) for c in clause.head.children)


def named_in_object(trigger: Token, cue_tok: Token) -> bool:
    """Tell whether a definite event noun is named inside the object a non-reporting cue acts on.

    "paused to remember the victims of the Orlando nightclub attack": what a cue that does not
    report (remember, oppose, criticize) acts on exists in the outlet's account, and so does a
    known event its phrase names (T99), as a definite object itself does (T91). A reporting
    verb's object is what it reports ("reported the deaths of the attack"), and beside a
    content clause the object is its misread subject.
    """
    if trigger.pos_ != "NOUN" or cue_tok.pos_ != "VERB" or not is_definite(trigger) or cue(
            cue_tok.lemma_, "report") or any(c.dep_ == "ccomp" for c in cue_tok.children):
        return False
    cur = trigger
    while cur.dep_ in NOMINAL_STEPS and cur.head.i != cur.i:
        cur = cur.head
    return cur.i != trigger.i and cur.dep_ == "dobj" and cur.head.i == cue_tok.i


#: Parts of speech of a predicate whose prepositional phrase names a known event beside it
#: ("isn't alone with his criticism", "wouldn't treat him fairly because of his calls").
PREDICATE_POS = frozenset({"VERB", "AUX", "ADJ", "ADP"})
#: Prepositions of an event a predicate's subject takes part in ("did not take part in the
#: assault", "was not involved in the killing", "did not agree to the ceasefire", "not guilty
#: of the murder"): the negation denies the subject's own act (issue 4); after another
#: preposition ("because of", "instead of") they introduce a reason or an alternative. "for"
#: gives a purpose ("did not go to Moscow for talks on arms control": no talks), no known event.
PARTICIPATION_PREPS = frozenset({"in", "into", "to", "of", "for"})


def named_beside(trigger: Token, step: Token) -> bool:
    """Tell whether a climb has passed a known event noun's preposition on a predicate.

    "Abbott isn't alone with his criticism", "would not treat him fairly because of his calls
    for a ban", "decided not to cooperate with a State Department investigation": the negation
    denies the predicate, while the definite or pinned-down event its phrase names exists
    (T114), also deeper in the phrase of the predicate's prepositional object ("has not
    commented on the scope of the investigation", T117). A noun's phrase keeps it ("no sign of
    the attack" says there was none), and so does an event the subject takes part in ("did not
    take part in the assault").
    """
    if trigger.pos_ != "NOUN" or not (is_definite(trigger) or pinned_down(trigger)):
        return False
    phrase = trigger  # up a noun's phrase: "did not comment on the scope of the investigation"
    while phrase.dep_ == "pobj" and phrase.head.dep_ == "prep" and phrase.head.head.pos_ == (
            "NOUN") and phrase.head.i != step.i:
        phrase = phrase.head.head
    return (phrase.dep_ == "pobj" and step.dep_ == "prep"
            and phrase.head.i == step.i and step.head.i != step.i
            and step.head.pos_ in PREDICATE_POS
            and not (step.lower_ in PARTICIPATION_PREPS and step.head.pos_ != "ADP"))


#: The tag of a modal ("would be a disaster": the judged act may be ahead).
MODAL_TAG = "MD"
#: Relations of a copula's predicate that judge its subject ("was racist", "was a mistake").
JUDGING_DEPS = frozenset({"acomp", "attr"})


def judged(trigger: Token) -> bool:
    """Tell whether a known event noun is the subject a reported judgement is about.

    "Ryan said Trump's criticism of the judge was the textbook definition of a racist comment",
    "police said the attack was horrific": the speaker judges an act the outlet takes as known;
    what is claimed is the judgement, not that the act happened (T114). Only a definite or
    possessed noun, as the subject of a copula with a predicate adjective or noun; a predicate
    naming the act again ("said the Benghazi attack was a terrorist attack") says what kind of
    act it was, and that is claimed. A predicate that is itself a status cue ("said the attack
    was imminent", "... was possible") gives the act's modality, not a judgement, unless a
    clause of its own takes the cue ("the embargo is likely to be lifted": the lifting is
    likely, the embargo is). A modal copula ("said the strike would be a disaster") judges an
    act that may be ahead.
    """
    head = trigger.head
    predicates = [c for c in head.children if c.dep_ in JUDGING_DEPS]
    return (trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and head.lemma_ == "be"
            and head.dep_ == "ccomp" and is_definite(trigger) and bool(predicates)
            and not any(c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in head.children)
            and not any(p.lemma_ == trigger.lemma_ or _modal_predicate(p) for p in predicates))


def _modal_predicate(predicate: Token) -> bool:
    """Tell whether a copula's predicate gives its subject's act a status ("was imminent").

    A phase predicate ("is ongoing", "is over") does too: whether the act goes on (T117).
    """
    if flagged(predicate.lower_, "phase"):
        return True  # "the probe is ongoing" says whether it goes on (T117)
    return any(cue(predicate.lemma_, role) or cue(predicate.lower_, role)
               for role in ("mod", "gov", "noun")) and not any(
        c.dep_ in ("xcomp", "ccomp") for c in predicate.children)
