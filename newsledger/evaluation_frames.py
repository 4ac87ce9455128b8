"""Description frames: "X described Y as reckless", "X called the bill anti-gay" is X's ACCUSE of Y.

A sibling of :mod:`newsledger.event_evaluations` (T84). News often carries criticism and praise
with a verb that attributes a property to its object (describe, portray, cast, label, call, find,
"sum up") rather than with a reporting verb and a clause; PLOVER codes the judgement as ACCUSE
(disapprove) or SUPPORT whatever verb carries it, and the labelled sets code it at that verb.

Precision first, as for reported clauses: the verb must be a description verb of
``data/evaluative_words.tsv`` (polarity ``describe``), not negated; the secondary predicate (an
"as" phrase, an object predicate "called it anti-gay", or "found Y to be charming") must be
evaluative by the same lexicon and VADER back-off as a reported predicate
(:mod:`newsledger.evaluative_lexicon`); the described object must be a party or a party's act
(a relative pronoun stands for the noun its clause modifies: "a bill critics called anti-gay");
and the describer must be named (the subject, or the by-agent of a passive), not "nobody".
Review mends (M12): "cast" also assigns a part, so it judges only through an adjective; an
expression noun judges only under a verb of expression ("sounded a note", not "took a
picture"); a holder or describer judging an act of his own ("critical of his own decision")
gives no event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsledger import evaluative_lexicon as lex
from newsledger.actors import ActorIndex
from newsledger.clause_words import child_with
from newsledger.mention_syntax import stands_for_head

#: Relations by which the parser hangs an object predicate on a description verb ("called it
#: anti-gay": oprd; "found Trump to be charming", "deemed the plan illegal": a clause).
PREDICATE_RELATIONS = frozenset({"oprd", "xcomp", "ccomp"})

#: Relations of an "as" phrase's predicate: a noun ("as a caricature") or an adjective the
#: parser hangs as a modifier or complement of "as" ("as 'terrible'").
AS_PREDICATE = frozenset({"pobj", "amod", "acomp", "advmod"})

#: Stance adjectives by their polarity row: "critical of Y" criticises Y, "supportive of Y"
#: supports Y (the ``against`` and ``for`` rows of the evaluative table).
STANCES = {"against": "ACCUSE", "for": "SUPPORT"}

#: Copulas a stance adjective is predicated through ("was critical of", "remained supportive").
STANCE_COPULAS = frozenset({"be", "remain", "become", "stay"})

#: Prepositions that name the topic of an expression ("a positive note about Y", "a dim view of").
TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "for", "toward", "towards"})

#: Feelings of disapproval (``dismay`` and ``concern`` rows) and the prepositions that name
#: what they are felt towards: "disappointed in Y", "appalled by Y's decision", "concerned
#: about Y's stance" (T116).
FEELINGS = {"dismay": frozenset({"in", "with", "by", "at", "over"}),
            "concern": frozenset({"about", "over", "by"})}

#: First-person subjects: in a quotation, the speaker of the report that holds it (also
#: :mod:`newsledger.event_evaluations`').
FIRST_PERSON = frozenset({"i", "we"})

#: Contracted forms of "be" the parser does not lemmatise ("I'm disappointed", "they're").
CONTRACTED_BE = frozenset({"'m", "'re", "'s"})

#: Object pronouns a description verb judges ("called him a liar"; "her" only as an object).
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})

#: Possessive pronouns that own a felt-about act when they cannot stand for the holder.
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})

#: Conjunctions of contrast: a predicate list joined by one is a qualified, mixed judgement.
CONTRASTS = frozenset({"but", "yet"})

#: Description verbs that also assign a role ("cast Y as a judge in the film", row ``role``):
#: only an adjectival predicate judges through them ("cast Y as divisive") (M12 #5).
ROLE_VERB = "role"


@dataclass(frozen=True)
class Evaluation:
    """A verb (or noun) whose reported clause or secondary predicate judges a party."""

    cue: Token  # the event's trigger: the reporting or description verb ("said", "described")
    predicate: Token  # the reported clause's verb, or the secondary predicate's head
    type: str  # ACCUSE or SUPPORT
    evaluated: Token | None  # the party judged (the subject, object or an act's owner), if named
    speaker: Token | None = None  # a frame's describer or holder; else the cue's subject
    own_voice: bool = False  # a quoted first person's feeling: the speaker's own act (T116)


def _word_polarity(tok: Token) -> str | None:
    """Return the hand or VADER polarity of one predicate word (adjective or noun)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return lex.noun_polarity(tok)
    return lex.polarity(tok, "ADJ") or lex.backoff(tok)


def _phrase_polarity(head: Token) -> str | None:
    """Return the polarity of a predicate and its conjuncts ("divisive, stupid and wrong").

    Criticism wins over praise in a mixed list; a negated word counts for nothing, except a
    negated standard ("not acceptable"), which is criticism. A contrast ("sympathetic but
    noncommittal") qualifies the judgement: every word of it must then judge alike.
    """
    found: set[str] = set()
    words = [head, *(t for t in head.subtree if t.dep_ == "conj" and t.pos_ in ("ADJ", "NOUN"))]
    for word in words:
        polarity = _word_polarity(word)
        if polarity == "norm":
            found.add("accuse" if lex.negated(word) else "support")
        elif polarity in ("accuse", "support") and not lex.negated(word):
            found.add(polarity)
        else:
            found.add("none")
    contrast = any(t.dep_ == "cc" and t.lower_ in CONTRASTS for t in head.subtree)
    if contrast and len(found) > 1:
        return None
    if "accuse" in found:
        return "ACCUSE"
    return "SUPPORT" if "support" in found else None


def _predicate(verb: Token, obj: Token | None) -> tuple[Token, str] | None:
    """Return the secondary predicate's head and its type (ACCUSE / SUPPORT), if evaluative."""
    passive = child_with(verb, "nsubjpass") is not None
    role = lex.polarity(verb, "VERB") == ROLE_VERB  # "cast Y as a judge": a part, no verdict
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for word in (c for c in child.children if c.dep_ in AS_PREDICATE and (
                    not role or c.pos_ == "ADJ")):
                kind = _phrase_polarity(word)
                if kind:
                    return child, kind
        elif child.dep_ in PREDICATE_RELATIONS or passive and child.dep_ == "dobj" or (
                _second_object(verb, child)):
            # "called him a disgrace": the parser may read the predicate noun as a 2nd object
            # "was branded a liar": the parser takes a passive's predicate noun for an object
            subject = child_with(child, "nsubj")
            if role:
                kind = None
            elif child.pos_ in ("ADJ", "NOUN") and (subject is None or subject == obj):
                kind = _phrase_polarity(child)  # "called it anti-gay", "deemed the plan illegal"
            elif child.lemma_ == "be" and subject is not None:
                pred = child_with(child, "acomp", "attr")  # "found Trump to be charming"
                kind = _phrase_polarity(pred) if pred is not None else None
            else:
                kind = None
            if kind:
                return child, kind
    return None


def _second_object(verb: Token, child: Token) -> bool:
    """Tell whether a noun is an active verb's second direct object ("called him a liar")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 2 and child.i == objects[1].i and child.pos_ == "NOUN"


def _object(verb: Token) -> Token | None:
    """Return what a description verb describes: its object, a passive subject, a modified noun."""
    obj = child_with(verb, "dobj", "nsubjpass")
    if obj is None:
        for child in verb.children:  # "found Trump to be charming": the clause's subject
            if child.dep_ in ("ccomp", "xcomp") and (
                    child.lemma_ == "be" or child.pos_ in ("ADJ", "NOUN")):
                obj = child_with(child, "nsubj")  # "found the governor terrible"
    if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head  # "the inquiry, often labeled a witch hunt by Democrats"
    if obj is not None and stands_for_head(obj, verb):
        return verb.head  # "a bill that critics called anti-gay"
    return obj


def _speaker(verb: Token) -> Token | None:
    """Return who describes: the active subject, the by-agent, or a coordinated verb's subject."""
    agent = child_with(verb, "agent") or next(
        (p for c in verb.children if c.dep_ == "dobj" for p in c.children
         if p.dep_ == "prep" and p.lower_ == "by"), None)  # "branded a liar by Y"
    if agent is not None:
        return child_with(agent, "pobj")
    if child_with(verb, "nsubjpass") is not None or verb.dep_ == "acl":
        return None  # a passive with no agent names no describer
    subject = child_with(verb, "nsubj")
    if subject is None and verb.dep_ == "conj":
        subject = child_with(verb.head, "nsubj")  # "Trump denounced her record and cast her as"
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subject = child_with(verb.head, "nsubj")  # "X hit back, calling Y a disgrace" (T116)
    return None if subject is not None and lex.nobody(subject) else subject


def _judged(obj: Token, actors: ActorIndex, judge: Token) -> tuple[bool, Token | None]:
    """Tell whether the described object is a party or a party's act, and name the party.

    An act owned by a pronoun that can stand only for the judge is the judge's own ("was
    critical of his own decision"): self-criticism, no event (M12 #6).
    """
    kind = lex.polarity(obj, "NOUN")
    if kind not in ("act", "owned"):
        return lex.party(obj, actors), obj
    if any(c.dep_ == "poss" and lex.stands_for(c, judge) for c in obj.children):
        return False, None
    owner = lex.owner_of(obj, actors)
    if kind == "owned" and owner is None:
        return False, None  # "the exercise": nobody's act
    return True, owner


def _holder(adjective: Token) -> Token | None:
    """Return who holds a predicative stance: the copula's subject, or a relative's noun."""
    copula = adjective.head
    if adjective.dep_ != "acomp" or copula.lemma_.lower() not in STANCE_COPULAS or \
            lex.negated(copula):
        return None
    subject = child_with(copula, "nsubj")
    if subject is not None and stands_for_head(subject, copula):
        return copula.head  # "a host who has been critical of Y"
    return None if subject is not None and lex.nobody(subject) else subject


def stances(sent: Span, taken: set[int], actors: ActorIndex) -> list[Evaluation]:
    """Return stance adjectives whose of-object is a party: "X was critical of Y"."""
    found: list[Evaluation] = []
    for adjective in sent:
        kind = STANCES.get(lex.polarity(adjective, "ADJ") or "")
        if kind is None or adjective.i in taken or lex.negated(adjective):
            continue
        holder = _holder(adjective)
        of = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = child_with(of, "pobj") if of is not None else None
        if holder is None or obj is None:
            continue
        ok, party = _judged(obj, actors, holder)
        if ok:
            found.append(Evaluation(adjective, adjective, kind, party, holder))
    return found


def _feeling_holder(word: Token) -> tuple[Token | None, bool]:
    """Return who feels (a copula's or a passive's subject), and whether it is a quoted "I".

    "I'm disappointed in Y", "X was appalled by Y's decision". A quoted first person is the
    speaker of the report that holds the clause ('"I'm disappointed in Y," X said' is X's).
    """
    if word.dep_ == "acomp" and (word.head.lemma_.lower() in STANCE_COPULAS or
                                 word.head.lower_.replace("’", "'") in CONTRACTED_BE):
        clause = word.head
        subject = child_with(clause, "nsubj")
    elif word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
        clause = word
        subject = child_with(word, "nsubjpass")
    else:
        return None, False
    if subject is None or lex.negated(clause) or lex.nobody(subject):
        return None, False
    report = clause.head
    first = subject.lower_ in FIRST_PERSON
    if first and clause.dep_ == "ccomp" and lex.reports(report):
        return child_with(report, "nsubj") or subject, True
    return subject, first


def feelings(sent: Span, taken: set[int], actors: ActorIndex) -> list[Evaluation]:
    """Return feelings of disapproval towards a party: "X was disappointed in Y" (T116).

    A ``dismay`` word judges a party or a party's act it is felt in, with, by, at or over; a
    ``concern`` word ("concerned about") only a party's act ("his stance", "Russia's move"):
    "investors are worried about China" is a worry, not a criticism.
    """
    found: list[Evaluation] = []
    for word in sent:
        kind = lex.polarity(word, "ADJ")
        if kind not in FEELINGS or word.i in taken or lex.negated(word):
            continue
        holder, first = _feeling_holder(word)
        obj = next((child_with(c, "pobj") for c in word.children if c.dep_ in ("prep", "agent")
                    and c.lower_ in FEELINGS[kind]), None)
        if holder is None or obj is None:
            continue
        ok, party = _felt_towards(obj, kind, actors, holder, first)
        if ok:
            found.append(Evaluation(word, word, "ACCUSE", party, holder, first))
    return found


def _own_act(pronoun: Token, holder: Token, first: bool) -> bool:
    """Tell whether a possessive pronoun may be the holder's own ("his own decision").

    A first-person holder (the quoted "I" of a report) says "my", so "his" is another's; a
    pronoun holder of the same class ("he ... his") or a lone antecedent is the holder.
    """
    if any(c.lower_ == "own" for c in pronoun.head.children):
        return True
    if first:
        return False
    if holder.pos_ == "PRON":
        return lex.antecedent_class(holder) == lex.antecedent_class(pronoun)
    return lex.stands_for(pronoun, holder)


def _felt_towards(obj: Token, kind: str, actors: ActorIndex, holder: Token,
                  first: bool) -> tuple[bool, Token | None]:
    """Tell whether a feeling's object is a party's act or (for dismay) a party; name it.

    A possessed thing that is no act ("the company's results") is a product, not a conduct;
    an unlisted noun with an of-object ("the treatment of the detainees") names no doer.
    A possessive pronoun owns an act when it cannot stand for the holder ("his stance").
    """
    act = lex.polarity(obj, "NOUN") in ("act", "owned")
    owner = lex.owner_of(obj, actors) if act else None
    pronoun = next((c for c in obj.children if c.dep_ == "poss" and
                    c.lower_ in POSSESSIVE_PRONOUNS), None)
    if act and owner is None and pronoun is not None and not _own_act(pronoun, holder, first):
        return True, pronoun
    if act:
        return owner is not None and _judged(obj, actors, holder)[0], owner
    if kind == "concern" or child_with(obj, "poss") is not None or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return False, None  # "the treatment of the detainees": its of-object is no doer
    return _judged(obj, actors, holder)


def expressions(sent: Span, taken: set[int], actors: ActorIndex) -> list[Evaluation]:
    """Return verbs of an evaluative expression about a party: "sounded a positive note about Y".

    The verb is one of expression (``utter`` rows: sound, strike, take, express ...; "had a
    great view of Y" is a sightline, M12 #4), its object a noun of expression (``expression``
    rows: a note, a tone, an assessment) qualified by an evaluative modifier, and its topic
    (about / of / on / for) a party.
    """
    found: list[Evaluation] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in taken or lex.negated(verb) or \
                lex.polarity(verb, "VERB") != "utter":
            continue
        speaker = child_with(verb, "nsubj")
        if speaker is not None and lex.nobody(speaker):
            continue
        for noun in (c for c in verb.children if c.dep_ == "dobj"):
            if lex.polarity(noun, "NOUN") != "expression" or speaker is None:
                continue
            kind = next((k for k in map(modifier_polarity, noun.children) if k), None)
            topic = next((child_with(p, "pobj") for p in (*noun.children, *verb.children)
                          if p.dep_ == "prep" and p.lower_ in TOPIC_PREPOSITIONS), None)
            if kind is None or topic is None:
                continue
            ok, party = _judged(topic, actors, speaker)
            if ok:
                found.append(Evaluation(verb, noun, kind, party, speaker))
    return found


def modifier_polarity(child: Token) -> str | None:
    """Return ACCUSE or SUPPORT for an evaluative adjective modifier ("a positive note")."""
    if child.dep_ != "amod" or lex.negated(child):
        return None
    found = lex.polarity(child, "ADJ") or lex.polarity(child, "AMOD") or lex.backoff(child)
    return lex.TYPES.get(found or "")


def descriptions(sent: Span, taken: set[int], actors: ActorIndex) -> list[Evaluation]:
    """Return the description verbs whose secondary predicate judges a party."""
    found: list[Evaluation] = [*stances(sent, taken, actors), *expressions(sent, taken, actors),
                               *feelings(sent, taken, actors)]
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in taken or lex.negated(verb) or lex.polarity(
                verb, "VERB") not in ("describe", ROLE_VERB):
            continue
        obj = _object(verb)
        speaker = _speaker(verb)
        if obj is None or speaker is None or obj.i in taken:
            continue
        predicate = _predicate(verb, obj)
        if predicate is None or any(t.i in taken for t in predicate[0].subtree):
            continue  # a coded trigger in the predicate codes it
        # "calling him a disgrace": an object pronoun is a party, never its own clause's
        # subject (that would be "himself"), so no self-judgement either (T116)
        ok, party = (True, obj) if obj.dep_ == "dobj" and obj.lower_ in OBJECT_PRONOUNS \
            else _judged(obj, actors, speaker)
        if ok:
            found.append(Evaluation(_cue(verb, speaker), predicate[0], predicate[1], party,
                                    speaker))
    return found


def _cue(verb: Token, speaker: Token) -> Token:
    """Return the event's trigger: the description verb, or the report that states it.

    "He said he found Y charming": the speaker reports his own judgement, and the sets code a
    reported judgement at the reporting verb; a judgement reported of another ("the aide said
    the senator called Y a liar") stays on the description verb, as another's act would.
    """
    report = verb.head
    if verb.dep_ == "ccomp" and lex.reports(report) and not lex.negated(report) and \
            speaker.pos_ == "PRON" and speaker.lower_ in lex.PARTY_PRONOUNS and \
            child_with(report, "nsubj") is not None:
        return report
    return verb
