"""Evaluations stated through a reporting verb: "X said the drills were a pretext" is X's ACCUSE.

A sibling of :mod:`newsledger.event_demands`. PLOVER codes criticism and denunciation as ACCUSE
(mode disapprove) and praise or endorsement as SUPPORT whatever verb carries them; news often
carries them with no accusation verb, only a reporting verb whose reported clause evaluates an
actor or an actor's act. The labelled sets code such an event at the reporting verb.

Precision first: the reported clause's *main predicate* must be evaluative (a word of
``data/evaluative_words.tsv`` as the attribute, the adjectival complement, the clause's own verb,
or a reproach "should have done"), and its subject must be an actor or an actor's act or policy
(a named or sectored party, a possessed noun "Y's plan", an act noun "the drills", a personal
pronoun). A negated predicate gives no event, but a standard negated ("was not acceptable") is
criticism. A clause that already holds a coded trigger gives none (that trigger codes it).

Back-off (T79): an adjectival complement or attribute noun with no row in the data file takes
its polarity from the VADER sentiment lexicon (vaderSentiment 3.3.2, MIT licence, read as data)
when its mean valence is strong and its raters agree; the structure and subject tests are the
same. A word with a verdict row in the data file never backs off (a hand row wins), nor
does a word whose first WordNet sense is a feeling or a state, a contest role or a relative of
a left-out word (``data/vader_feelings.tsv``, generated: "angry", "sick", "rich", "winner",
"heroic"), nor one the hand list left out on purpose (``data/vader_left_out.tsv``: "hero").
An attribute noun's hand-listed modifier wins over the noun's own VADER score (M9). The lexicon
and the back-off live in :mod:`newsledger.evaluative_lexicon` (T84).

Natural text (T84): the clause's verb may also blame its subject for harm ("Y caused havoc")
or be judged by its deed ("Y did a fantastic job"; not "no harm", "no terrible job", nor a
place's natural cause); a party's act qualified by an evaluative modifier is judged whatever
the clause says of it ("Y's disastrous actions are not confined to ..."), unless the clause
denies it ("was a myth") or the modifier is hedged ("allegedly reckless"); a quoted first
person's belief is stepped through, its negation raised ("'I don't think you are
qualified'"); a noun of report holds its clause ("Y's conclusion that ...",
coded at the noun for its possessor, not when it judges the possessor's own act); a sentence
quoted whole with no reporting verb is judged on its copular predicate when it names the party
judged (review mends M12). Description verbs, stance adjectives and evaluative expressions
("described Y as reckless", "critical of Y", "a positive note about Y") are
:mod:`newsledger.evaluation_frames`'.

T116: a relative-pronoun subject stands for the noun the reporting verb's relative clause
modifies ("Y's plan, which X said was illegal"); an adverbial clause's trigger leaves the
judgement to the reporting verb; a quoted first person's act ("my decision") is the speaker's
own. Which side a pronoun stands for is :mod:`newsledger.evaluation_sides`'.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from newsledger import evaluative_lexicon as lex
from newsledger.actors import ActorIndex
from newsledger.arguments import Argument
from newsledger.clause_words import child_with, subtree_without
from newsledger.coded_event import CodedEvent
from newsledger.cues import second_act
from newsledger.evaluation_frames import (
    FIRST_PERSON,
    Evaluation,
    descriptions,
    modifier_polarity,
)
from newsledger.evaluation_sides import evaluation_sides, quoted_without
from newsledger.evaluative_lexicon import VADER_THRESHOLD, evaluative_words, vader_valence
from newsledger.event_countries import sole_country as outside_country
from newsledger.event_demands import reported_act_events
from newsledger.mention_syntax import stands_for_head
from newsledger.record import Statement
from newsledger.trigger_rules import harm_words

#: The lexicon's tables, kept importable from here for the scripts that read them.
__all__ = ["VADER_THRESHOLD", "Evaluation", "code_evaluations", "evaluation_triggers",
           "evaluative_words", "vader_valence"]

#: Reporting verbs whose report is no evaluation by the speaker: admitting a mistake is a
#: concession, an estimate or a belief states no stance towards a party, a quotation is another's.
#: A conclusion is a verdict, as its noun ("Y's conclusion that ...") is: not listed (M12 #12).
NOT_EVALUATING = frozenset({"admit", "acknowledge", "estimate", "believe", "suspect", "quote",
                            "confirm"})


#: Modals that, with "have" and a past participle, reproach a past act ("should have resigned").
REPROACH_MODALS = frozenset({"should", "ought"})

#: Modals that make a reported predicate a demand, a prediction or a possibility ("the plan would
#: be a disaster", "might be illegal"). No event: status.py would read "would" under a reporting
#: verb as planned and "could/might/may" as hypothetical, but the event is coded at the reporting
#: verb, whose own status is asserted, so a modal judgement would be stored as a fact (T69 #2).
PREDICTION_MODALS = frozenset({"should", "must", "would", "could", "may", "might", "will"})

#: Subordinators that make a reported clause a question or a condition, not a judgement.
OPEN_MARKERS = frozenset({"if", "whether"})

#: Relations by which the parser hangs an extraposed clause on "it was wrong/a disgrace".
EXTRAPOSED = frozenset({"ccomp", "advcl", "relcl", "xcomp"})

#: Verbs of belief through which a quoted first person judges ("I don't think Y is fit").
BELIEF_VERBS = frozenset({"think", "believe", "feel"})

#: First-person possessives: in a quotation, the speaker's own ("our policy was a mistake").
FIRST_POSSESSIVES = frozenset({"my", "our"})

#: Quotation marks that open and close a sentence quoted whole.
OPENING_QUOTES = frozenset("\"“'‘")
CLOSING_QUOTES = frozenset("\"”'’")

#: Tags of a wh-word that opens an indirect question ("which", "who", "whether", "how").
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _predicate_polarity(verb: Token, raised: bool = False) -> str | None:
    """Return ACCUSE or SUPPORT when the reported clause's main predicate evaluates.

    ``raised``: the negation of a belief verb above the clause ("I don't think Y is fit")
    negates the clause's predicate (:func:`_through_belief`).
    """
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & REPROACH_MODALS and "have" in auxes and verb.tag_ == "VBN":
        return None if lex.negated(verb) != raised else "ACCUSE"  # "should have been used"
    if auxes & PREDICTION_MODALS:
        return None  # checked before the copula: "would be a disaster" is no asserted judgement
    lemma = verb.lemma_.lower()
    found: str | None = None
    negated = lex.negated(verb)
    if lemma == "be" or lex.polarity(verb, "VERB") == "copula":
        for child in verb.children:
            if child.dep_ == "acomp" and child.pos_ == "ADJ":
                found = lex.polarity(child, "ADJ") or lex.backoff(child)
                negated = negated or lex.negated(child)
            elif child.dep_ in ("attr", "dobj") and child.pos_ == "NOUN":
                if child.lemma_.lower() in harm_words("cause"):
                    return None  # "Irma was a dangerous storm": a hazard, whatever NER says
                found = lex.noun_polarity(child)
                negated = negated or lex.negated(child)
            elif child.dep_ == "prep" and child.lower_ == "to":  # "amounts to blackmail"
                obj = child_with(child, "pobj")
                found = lex.noun_polarity(obj) if obj is not None else None
            if found:
                break
    else:
        found = lex.polarity(verb, "VERB")
        if found == "cause":  # "Y caused havoc and death": harm laid at Y's door, not "no harm"
            found = "accuse" if any(lex.polarity(o, "NOUN") == "harm" and not lex.negated(o)
                                    for o in _objects(verb)) else None
        elif found == "perform":  # "Y did a fantastic job": the deed's modifier judges Y
            found = next(filter(None, map(_deed_polarity, _objects(verb))), None)
    negated = negated != raised
    if found == "norm":
        return "ACCUSE" if negated else "SUPPORT"
    if negated:
        return None  # a negated judgement is dropped ("was not a pretext")
    return lex.TYPES.get(found or "")


def _objects(verb: Token) -> list[Token]:
    """Return a verb's direct objects with their conjuncts ("havoc and death")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [t for o in objects for t in o.conjuncts]


def _deed_polarity(noun: Token) -> str | None:
    """Return the polarity of a deed noun's modifier ("a fantastic job", "a lousy job")."""
    if lex.polarity(noun, "NOUN") != "deed" or lex.negated(noun):
        return None  # "did no terrible job": the doer is cleared
    for child in (c for c in noun.children if c.dep_ == "amod"):
        found = lex.polarity(child, "ADJ") or lex.backoff(child)
        if found in ("accuse", "support") and not lex.negated(child):
            return found
    return None


def _judged_act(verb: Token, actors: ActorIndex, taken: set[int]) -> tuple[str, Token] | None:
    """Return the judgement carried by an act's modifier: "Y's disastrous actions ...".

    A noun the reported clause's verb governs (its subject, object or a preposition's object)
    is a party's act and an evaluative adjective qualifies it; whatever the clause then says
    of the act, the speaker has judged it ("said Y's lax efforts were exposed"), unless the
    clause denies or defends it (:func:`_defended`). Only a possessor or a national adjective
    owns the act here, never a name compound.
    """
    if _defended(verb):
        return None
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj"]
    for noun in nouns:
        if lex.polarity(noun, "NOUN") not in ("act", "owned") or any(
                t.i in taken for t in noun.subtree):
            continue  # "Y's illegal strike": the coded strike carries it
        owner = lex.owner_of(noun, actors, names=False)
        for child in (c for c in noun.children if c.dep_ == "amod" and c is not owner):
            kind = modifier_polarity(child)  # None for a negated modifier
            # a hedged modifier is another's charge: "Y's allegedly careless handling"
            hedged = any(lex.polarity(g, "ADV") == "hedge" for g in child.children)
            if owner is not None and kind is not None and not hedged:
                return kind, owner
    return None


def _defended(verb: Token) -> bool:
    """Tell whether a reported clause denies the act it speaks of (M12 #8).

    "said Y's reckless conduct was a myth", "... was invented by rivals": a denial word
    (``denial`` rows: myth, invent, unfounded) as the verb or its predicate says the act, or
    its quality, is not real. A negated verb alone is no denial: "Y's disastrous actions are
    not confined to Libya" (the case this frame was written for) condemns more widely.
    """
    if lex.polarity(verb, "VERB") == "denial":
        return True
    return any(c.dep_ in ("attr", "acomp") and (
        lex.polarity(c, "NOUN") == "denial" or lex.polarity(c, "ADJ") == "denial")
        for c in verb.children)


def _evaluated(verb: Token, actors: ActorIndex,
               stand_in: Token | None = None) -> tuple[bool, Token | None]:
    """Return whether the reported clause's subject is evaluable, and the party it names.

    The party is the subject when it is one, else the owner of an act ("Y's plan");
    ``stand_in`` is the noun a relative-pronoun subject stands for.
    """
    subject = stand_in or child_with(verb, "nsubj", "nsubjpass")
    if subject is None or any(c.lower_ in FIRST_PERSON for c in subject.conjuncts):
        return False, None  # "Y and I have been friends": the speaker's own tie, shared
    if subject.lower_ == "it":
        return _extraposed(verb, actors)
    cause = lex.polarity(verb, "VERB") == "cause"
    if subject.dep_ == "nsubjpass" and verb.tag_ == "VBN" and any(
            c.lower_ in REPROACH_MODALS for c in verb.children):
        return _passive_reproach(verb, subject, actors)
    kind = lex.polarity(subject, "NOUN")
    if kind in ("act", "owned") and any(
            c.dep_ == "poss" and c.lower_ in FIRST_POSSESSIVES for c in subject.children):
        return False, None  # '"My decision was a mistake," Obama said': his own act, admitted
    if kind in ("act", "owned"):
        # "the drills", "Moscow's decision", "the Russian move", "the Trump plan": the owner
        # is a possessor, a national adjective or a person's or body's name; a place name
        # compound is the act's topic ("the Iran policy", "the Iraq war")
        owner = lex.owner_of(subject, actors)
        if kind == "owned" and owner is None and not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
            return False, None  # "the drug trial", "the exercise": nobody's act (T69 #4)
        return True, owner
    if cause and child_with(subject, "poss") is not None:
        return False, None  # "Chile's earthquake caused devastation": no party's act (M12 #9)
    if lex.party(subject, actors):
        return True, subject
    owner = child_with(subject, "poss")
    if owner is not None and lex.party(owner, actors):
        return True, owner  # "his remarks"
    return False, None


def _extraposed(verb: Token, actors: ActorIndex) -> tuple[bool, Token | None]:
    """Judge "it was wrong for Y to go", "it was a disgrace that Y did nothing": Y is judged.

    The expletive's clause hangs on the copula or on its predicate; its subject must be a
    party, else "it" is a situation ("it was a disaster") and no one is judged.
    """
    holders = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ not in EXTRAPOSED or clause.pos_ not in ("VERB", "AUX"):
                continue
            subject = child_with(clause, "nsubj", "nsubjpass")
            if subject is not None and subject.dep_ == "nsubj" and lex.party(subject, actors):
                return True, subject
    return False, None


def _passive_reproach(verb: Token, subject: Token,
                      actors: ActorIndex) -> tuple[bool, Token | None]:
    """Judge "X should have been done": the reproach is the agent's, never the subject's.

    A reproach names who should have done it (an agent), what should have been done instead
    (a purpose: "should have been used to reduce poverty") or a party it was owed to ("he
    should have been freed"); "the bridge should have been finished by now" is an expectation.
    """
    agent = next((c for c in verb.children if c.dep_ == "agent" and any(
        g.dep_ == "pobj" for g in c.children)), None)  # not "by now"
    purpose = any(c.dep_ in ("xcomp", "advcl") and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)
    if agent is None and not purpose and not lex.party(subject, actors):
        return False, None
    party = next((g for g in agent.children if g.dep_ == "pobj"), None) \
        if agent is not None else None
    return True, party if party is not None and lex.party(party, actors) else None


def _admission(cue: Token, verb: Token, holder: Token | None = None) -> bool:
    """Tell whether the judged party is a pronoun that can stand only for the speaker.

    "Obama said his decision was a mistake", "Smith said he was wrong": the pronoun agrees with
    the speaker and no other noun before it could be its antecedent, so the speaker judges
    himself: an admission, not an accusation (T69 #3). A noun of report's speaker is its
    ``holder`` ("Y's conclusion that his decision was a mistake", M12 #6).
    """
    subject = child_with(verb, "nsubj", "nsubjpass")
    if subject is None or subject.dep_ == "nsubjpass" or subject.lower_ == "it":
        return False  # a passive reproaches its agent; an expletive "it" its clause's subject
    owned = lex.polarity(subject, "NOUN") in ("act", "owned")  # "his decision", not "his client"
    pronoun = subject if subject.pos_ == "PRON" else next(
        (c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PRON" and owned), None)
    speaker = holder if holder is not None else child_with(cue, "nsubj", "nsubjpass")
    if pronoun is not None and quoted_without(pronoun, cue):
        return False  # '"She's caused so many deaths," Trump said': a speaker quoted says "I"
    return pronoun is not None and speaker is not None and lex.stands_for(pronoun, speaker)


def _content(cue: Token) -> Token | None:
    """Return the verb of the clause a reporting verb or noun reports (its complement).

    A noun of report holds its clause as a "that" complement ("Y's conclusion that the
    actions were careless") or through a copula ("Y's contention was that ...").
    """
    if cue.pos_ == "NOUN":
        holder = cue.head if cue.dep_ == "nsubj" and cue.head.lemma_ == "be" else cue
        comp = next((c for c in holder.children if c.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    else:
        comp = child_with(cue, "ccomp")
    if comp is None or any(c.dep_ == "mark" and c.lower_ in OPEN_MARKERS
                           for c in comp.children):
        return None
    if comp.left_edge.tag_ in WH_TAGS and _relative_subject(comp, cue) is None:
        return None  # "which sources might be acceptable": a question, not a judgement
    return comp


def _relative_subject(verb: Token, cue: Token) -> Token | None:
    """Return the noun a reported clause's relative-pronoun subject stands for (T116).

    "Y's email use, which the inquiry said was careless": the reporting verb's relative
    clause modifies "use", and "which", the reported clause's subject, is that noun.
    """
    subject = child_with(verb, "nsubj", "nsubjpass")
    if subject is None or subject.i != verb.left_edge.i or not stands_for_head(subject, cue):
        return None
    return cue.head


def _through_belief(verb: Token) -> tuple[Token | None, bool]:
    """Step from "I (don't) think" to the clause it holds, and say whether it was negated.

    In a quotation the first person is the speaker, so "He added: 'I don't think you are
    qualified'" is the speaker's judgement of the clause; English raises the negation of a
    belief verb ("I don't think Y is fit" means "I think Y is not fit"), so it negates the
    clause's predicate. Any other subject's belief is reported, not held, and stays out.
    """
    subject = child_with(verb, "nsubj")
    if verb.lemma_.lower() not in BELIEF_VERBS or subject is None or \
            subject.lower_ not in FIRST_PERSON:
        return verb, False
    return _content(verb), lex.negated(verb)


def _clause(verb: Token) -> list[Token]:
    """Return the reported clause's tokens, leaving out the speaker's next act.

    "told reporters the drills were a pretext, and called for observers": the parser hangs
    "called" on "were", but it is the speaker's second act (:func:`newsledger.cues.second_act`),
    not part of the judgement, so its trigger does not take the clause; nor does an adverbial
    clause's ("you are not qualified if you voted for the war": the vote is its own event, T116).
    """
    return subtree_without(verb, lambda t: second_act(t) or (
        t.dep_ == "advcl" and t.head.i == verb.i))


def evaluation_triggers(sent: Span, taken: set[int], actors: ActorIndex) -> list[Evaluation]:
    """Return the reporting verbs whose reported clause evaluates a party ("X said Y lied")."""
    found: list[Evaluation] = []
    if sent.text.rstrip().rstrip("".join(CLOSING_QUOTES)).endswith("?"):
        return found  # "Who said Putin was wrong?", "Did Obama say ...?": a question (T69 #5)
    for cue in sent:
        if not lex.reports(cue) or cue.lemma_.lower() in NOT_EVALUATING \
                or cue.i in taken or lex.negated(cue) \
                or cue.dep_ == "xcomp":  # "declined to say", "wants to say": no report made
            continue
        holder = child_with(cue, "poss") if cue.pos_ == "NOUN" else None
        if cue.pos_ == "NOUN" and holder is None:
            continue  # "the claim that Y lied": nobody's report
        content = _content(cue)
        verb, raised = _through_belief(content) if content is not None else (None, False)
        if verb is None:
            continue
        # a coded trigger in the clause codes it ("said the attack was illegal"); only the
        # subject's own modifier still judges ("Y's reckless raid killed ten": the raid is coded)
        busy = any(t.i in taken for t in _clause(verb))
        kind = None if busy else _predicate_polarity(verb, raised)
        if kind is None:
            act = None if raised else _judged_act(verb, actors, taken)
            if act is not None and not _admission(cue, verb, holder):
                found.append(Evaluation(cue, verb, act[0], act[1], holder))
            continue
        if _admission(cue, verb, holder):
            continue
        ok, party = _evaluated(verb, actors, _relative_subject(verb, cue))
        if ok:
            found.append(Evaluation(cue, verb, kind, party, holder))
    found.extend(descriptions(sent, taken, actors))
    if not found and not any(lex.reports(t) for t in sent):
        found.extend(_quoted_judgement(sent, taken, actors))
    return found


def _quoted_judgement(sent: Span, taken: set[int], actors: ActorIndex) -> list[Evaluation]:
    """Judge a whole quoted sentence with no reporting verb: '"Y's plan is a disgrace."'.

    The quotation is someone's statement (its speaker is named in a neighbouring sentence,
    which the event does not reach), so the event has no actor; it sits on the predicate
    word, which holds no subject, since no reporting verb carries it. Only a copular
    judgement of a party or a party's act counts, as in a reported clause.
    """
    text = sent.text.strip()
    root = sent.root
    subject = child_with(root, "nsubj")
    if not text or text[0] not in OPENING_QUOTES or text[-1] not in CLOSING_QUOTES or \
            root.lemma_.lower() != "be" or any(t.i in taken for t in sent) or \
            subject is None or subject.lower_ == "it":
        return []  # a quoted "it's poison": the thing it is stands in the quotation's context
    kind = _predicate_polarity(root)
    word = child_with(root, "attr", "acomp")
    ok, party = _evaluated(root, actors) if kind is not None else (False, None)
    if kind is None or word is None or not ok or party is None:
        return []  # '"My plan was a failure."': the speaker's own act, or nobody's (M12 #10)
    return [Evaluation(word, root, kind, party)]


def code_evaluations(
    sent: Span, evaluations: list[Evaluation], actors: ActorIndex,
    statements: Sequence[Statement], sole_country: str | None, topic: Counter[str],
) -> list[CodedEvent]:
    """Code each evaluation as the speaker's ACCUSE (disapprove) or SUPPORT of the party."""
    out: list[CodedEvent] = []
    for ev in evaluations:
        speaker = ev.speaker if ev.speaker is not None else child_with(
            ev.cue, "nsubj", "nsubjpass")
        sides = evaluation_sides(ev, speaker, actors)
        if sides is None:
            continue  # "he and the president misled the public": an admission, shared
        speakers, targets = sides
        # the speaker takes the sentence's one country only when it is named outside the
        # reported clause: the clause names what is judged, not who judges ("Y's money should
        # have been spent in Iraq, the cardinal said" makes no Iraqi of the cardinal)
        clause = Argument(ev.predicate.left_edge.idx, ev.predicate.right_edge.idx + len(
            ev.predicate.right_edge.text), "", None, None, None)
        speaker_country = outside_country(sent, clause) if sole_country else None
        # a judgement of an unnamed author's act ("the money should have been spent on
        # schools") names no target country: the clause's places are its topic ("spent in
        # Iraq"), not the author's state; the lexicon's praise rows carry the diplomatic
        # context, criticism none
        act = (ev.type, "disapprove" if ev.type == "ACCUSE" else None,
               ("diplomatic",) if ev.type == "SUPPORT" else ())
        coded = reported_act_events(
            sent, ev.cue, act, statements, topic, (speakers, targets),
            (speaker_country, sole_country if targets else None))
        # '"I'm disappointed in Y," X said': the quotation is X's own act of disapproval,
        # asserted as a reporting verb's is, not a claim X reports of somebody
        out.extend(replace(c, event=replace(c.event, status="asserted")) if ev.own_voice
                   else c for c in coded)
    return out
