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
same. A word with any row of its own in the data file never backs off (a hand row wins), nor
does a word whose first WordNet sense is a feeling or a state, a contest role or a relative of
a left-out word (``data/vader_feelings.tsv``, generated: "angry", "sick", "rich", "winner",
"heroic"), nor one the hand list left out on purpose (``data/vader_left_out.tsv``: "hero").
An attribute noun's hand-listed modifier wins over the noun's own VADER score (M9).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from spacy.tokens import Span, Token

from newsledger.actors import ActorIndex
from newsledger.arguments import Argument, expand
from newsledger.clause_words import child_with, subtree_without
from newsledger.coded_event import CodedEvent
from newsledger.cues import second_act
from newsledger.errors import LexiconError
from newsledger.event_countries import sole_country as outside_country
from newsledger.event_demands import reported_act_events
from newsledger.lexicon_data import table_rows
from newsledger.record import Statement
from newsledger.status import cues
from newsledger.trigger_rules import harm_words

#: Reporting verbs whose report is no evaluation by the speaker: admitting a mistake is a
#: concession, an estimate or a belief states no stance towards a party, a quotation is another's.
NOT_EVALUATING = frozenset({"admit", "acknowledge", "estimate", "believe", "suspect", "quote",
                            "confirm", "conclude"})

#: Words that negate a reported predicate ("was not a pretext", "was never legal", "no crime").
NEGATORS = frozenset({"not", "n't", "never", "no"})

#: Personal pronouns that stand for a party when they are the reported clause's subject; first
#: person is left out (an admission "we were wrong" is no accusation), and "it"/"this" too (often
#: an expletive or a situation: "it was a disaster").
PARTY_PRONOUNS = frozenset({"he", "she", "they", "you"})

#: Modals that, with "have" and a past participle, reproach a past act ("should have resigned").
REPROACH_MODALS = frozenset({"should", "ought"})

#: Modals that make a reported predicate a demand, a prediction or a possibility ("the plan would
#: be a disaster", "might be illegal"). No event: status.py would read "would" under a reporting
#: verb as planned and "could/might/may" as hypothetical, but the event is coded at the reporting
#: verb, whose own status is asserted, so a modal judgement would be stored as a fact (T69 #2).
PREDICTION_MODALS = frozenset({"should", "must", "would", "could", "may", "might", "will"})

#: Pronouns by their agreement class: a pronoun that can only stand for the speaker makes the
#: judgement an admission ("Obama said his decision was a mistake"), not an accusation (T69 #3).
PRONOUN_CLASS = {"he": "sg", "him": "sg", "his": "sg", "she": "sg", "her": "sg", "it": "sg",
                 "its": "sg", "they": "pl", "them": "pl", "their": "pl"}

#: Tags of a singular and a plural noun, to tell which pronouns a noun can be the antecedent of.
SINGULAR_TAGS = frozenset({"NN", "NNP"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})

#: Subordinators that make a reported clause a question or a condition, not a judgement.
OPEN_MARKERS = frozenset({"if", "whether"})

#: Relations by which the parser hangs an extraposed clause on "it was wrong/a disgrace".
EXTRAPOSED = frozenset({"ccomp", "advcl", "relcl", "xcomp"})

#: Entity labels of a name compound that owns an act ("the Trump plan", not "the Iran deal").
OWNER_NAMES = frozenset({"PERSON", "ORG"})

#: Tags of a wh-word that opens an indirect question ("which", "who", "whether", "how").
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})

#: Entity labels that name a party when the subject is not in the actor registry.
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


#: VADER mean valence (-4..4) from which an unlisted predicate word is a judgement: the
#: strong words VADER adds are insults and verdicts ("idiot" -2.3, "lousy" -2.5, "brilliant"
#: 2.8); below 2.0 sit descriptions of force, health or ease ("weak" -1.9, "ill" -1.8, "safe"
#: 1.9, "satisfied" 1.8), which T79 measured adding wrong events at 1.5. Chosen by measurement.
VADER_THRESHOLD = 2.0

#: The VADER release the back-off is written for, and how to install it with newsledger.
VADER_REQUIREMENT = "vaderSentiment==3.3.2"

#: Largest rating standard deviation accepted: raters who disagree mark a word whose valence
#: depends on context ("cruel" 1.17, "wrong" 1.04).
VADER_MAX_SD = 1.0


@dataclass(frozen=True)
class Evaluation:
    """A reporting verb whose reported clause evaluates a party: the event to code."""

    cue: Token  # the reporting verb ("said"): the event's trigger, as the sets label it
    predicate: Token  # the reported clause's verb
    type: str  # ACCUSE or SUPPORT
    evaluated: Token | None  # the party evaluated (subject or possessor), if it is one


@lru_cache(maxsize=1)
def evaluative_words() -> Mapping[tuple[str, str], str]:
    """Return the evaluative words keyed by (lemma, pos) -> polarity (read-only: it is cached)."""
    return MappingProxyType({(row[0], row[1]): row[2]
                             for row in table_rows("evaluative_words.tsv")})


def _polarity(tok: Token, pos: str) -> str | None:
    """Return a word's polarity in the data file under one part of speech."""
    return evaluative_words().get((tok.lemma_.lower(), pos)) or evaluative_words().get(
        (tok.lower_, pos))


@lru_cache(maxsize=1)
def vader_valence() -> Mapping[str, float]:
    """Return VADER's single-word entries with agreeing raters: word -> mean valence (read-only)."""
    try:
        lexicon = resources.files("vaderSentiment") / "vader_lexicon.txt"
        text = lexicon.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise LexiconError(
            f"the evaluation back-off needs the VADER lexicon of {VADER_REQUIREMENT} "
            f"(a newsledger dependency): install it with `pip install -e .` in the "
            f"repository, or `pip install {VADER_REQUIREMENT}` ({exc})") from exc
    out: dict[str, float] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) >= 3 and cols[0].isalpha() and float(cols[2]) <= VADER_MAX_SD:
            out[cols[0]] = float(cols[1])
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def _hand_words() -> frozenset[str]:
    """Return every word with a row in the data file, whatever its part of speech."""
    return frozenset(word for word, _ in evaluative_words())


@lru_cache(maxsize=1)
def _no_backoff() -> frozenset[str]:
    """Return the words that never back off: feelings and the hand list's deliberate omissions."""
    return frozenset(row[0] for name in ("vader_feelings.tsv", "vader_left_out.tsv")
                     for row in table_rows(name))


def _backoff(tok: Token) -> str | None:
    """Return a VADER polarity ("accuse"/"support") for a word the data file does not list."""
    forms = (tok.lemma_.lower(), tok.lower_)
    if any(form in _hand_words() for form in forms):
        return None  # a hand row wins, even under another part of speech ("positive": AMOD)
    if any(form in _no_backoff() for form in forms):
        return None  # "X said the senator was angry": a feeling, no judgement
    valence = next((vader_valence()[f] for f in forms if f in vader_valence()), 0.0)
    if valence <= -VADER_THRESHOLD:
        return "accuse"
    return "support" if valence >= VADER_THRESHOLD else None


def _negated(tok: Token) -> bool:
    """Tell whether a word is negated by a child ("not", "never", "no")."""
    return any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in NEGATORS for c in tok.children)


def _noun_polarity(noun: Token) -> str | None:
    """Return the polarity of an attribute noun: its own, a modifier's, its of-object's or VADER's.

    Hand rows come first, the noun's own and then its amod modifier's ("an illegal success" is
    criticism by "illegal"); the VADER back-off of the noun is the last resort (M9 #1).
    """
    own = _polarity(noun, "NOUN")
    if own in ("accuse", "support"):
        return own
    for child in noun.children:
        modifier = _polarity(child, "ADJ") or _polarity(child, "AMOD")  # AMOD: modifier only
        if child.dep_ == "amod" and modifier in ("accuse", "support"):
            return modifier  # "a reckless gamble", "a positive step" (never "was positive for")
    if own == "light":  # "an act of aggression"
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if _polarity(obj, "NOUN") in ("accuse", "support"):
                    return _polarity(obj, "NOUN")
    return _backoff(noun) if own is None else None


def _predicate_polarity(verb: Token) -> str | None:
    """Return ACCUSE or SUPPORT when the reported clause's main predicate evaluates."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & REPROACH_MODALS and "have" in auxes and verb.tag_ == "VBN":
        return None if _negated(verb) else "ACCUSE"  # "should have been used": a reproach
    if auxes & PREDICTION_MODALS:
        return None  # checked before the copula: "would be a disaster" is no asserted judgement
    lemma = verb.lemma_.lower()
    found: str | None = None
    negated = _negated(verb)
    if lemma == "be" or _polarity(verb, "VERB") == "copula":
        for child in verb.children:
            if child.dep_ == "acomp" and child.pos_ == "ADJ":
                found = _polarity(child, "ADJ") or _backoff(child)
                negated = negated or _negated(child)
            elif child.dep_ in ("attr", "dobj") and child.pos_ == "NOUN":
                if child.lemma_.lower() in harm_words("cause"):
                    return None  # "Irma was a dangerous storm": a hazard, whatever NER says
                found = _noun_polarity(child)
                negated = negated or _negated(child)
            elif child.dep_ == "prep" and child.lower_ == "to":  # "amounts to blackmail"
                obj = child_with(child, "pobj")
                found = _noun_polarity(obj) if obj is not None else None
            if found:
                break
    else:
        found = _polarity(verb, "VERB")
    if found == "norm":
        return "ACCUSE" if negated else "SUPPORT"
    if found not in ("accuse", "support") or negated:
        return None  # a negated judgement is dropped ("was not a pretext")
    return "ACCUSE" if found == "accuse" else "SUPPORT"


def _party(tok: Token, actors: ActorIndex) -> bool:
    """Tell whether a noun phrase head names a party (a known actor, a name, a pronoun)."""
    if tok.pos_ == "PRON":
        return tok.lower_ in PARTY_PRONOUNS
    if tok.ent_type_ in PARTY_ENTITIES:
        return True
    return any(a.actor is not None or a.sector is not None for a in expand(tok, actors))


def _evaluated(verb: Token, actors: ActorIndex) -> tuple[bool, Token | None]:
    """Return whether the reported clause's subject is evaluable, and the party it names.

    The party is the subject when it is one, else the owner of an act ("Y's plan").
    """
    subject = child_with(verb, "nsubj", "nsubjpass")
    if subject is None:
        return False, None
    if subject.lower_ == "it":
        return _extraposed(verb, actors)
    if subject.dep_ == "nsubjpass" and verb.tag_ == "VBN" and any(
            c.lower_ in REPROACH_MODALS for c in verb.children):
        return _passive_reproach(verb, subject, actors)
    kind = _polarity(subject, "NOUN")
    if kind in ("act", "owned"):
        # "the drills", "Moscow's decision", "the Russian move", "the Trump plan": the owner
        # is a possessor, a national adjective or a person's or body's name; a place name
        # compound is the act's topic ("the Iran policy", "the Iraq war")
        owner = next((c for c in subject.children if (
            c.dep_ in ("poss", "amod") or c.dep_ == "compound" and c.ent_type_ in OWNER_NAMES)
            and _party(c, actors)), None)
        if kind == "owned" and owner is None and not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
            return False, None  # "the drug trial", "the exercise": nobody's act (T69 #4)
        return True, owner
    if _party(subject, actors):
        return True, subject
    owner = child_with(subject, "poss")
    if owner is not None and _party(owner, actors):
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
            if subject is not None and subject.dep_ == "nsubj" and _party(subject, actors):
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
    if agent is None and not purpose and not _party(subject, actors):
        return False, None
    party = next((g for g in agent.children if g.dep_ == "pobj"), None) \
        if agent is not None else None
    return True, party if party is not None and _party(party, actors) else None


def _antecedent_class(tok: Token) -> str | None:
    """Return the pronoun class a noun or pronoun can be the antecedent of ("sg", "pl")."""
    if tok.pos_ == "PRON":
        return PRONOUN_CLASS.get(tok.lower_)
    if tok.tag_ in SINGULAR_TAGS:
        return "sg"
    return "pl" if tok.tag_ in PLURAL_TAGS else None


def _admission(cue: Token, verb: Token) -> bool:
    """Tell whether the judged party is a pronoun that can stand only for the speaker.

    "Obama said his decision was a mistake", "Smith said he was wrong": the pronoun agrees with
    the speaker and no other noun before it could be its antecedent, so the speaker judges
    himself: an admission, not an accusation (T69 #3).
    """
    subject = child_with(verb, "nsubj", "nsubjpass")
    if subject is None or subject.dep_ == "nsubjpass" or subject.lower_ == "it":
        return False  # a passive reproaches its agent; an expletive "it" its clause's subject
    owned = _polarity(subject, "NOUN") in ("act", "owned")  # "his decision", not "his client"
    pronoun = subject if subject.pos_ == "PRON" else next(
        (c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PRON" and owned), None)
    speaker = child_with(cue, "nsubj", "nsubjpass")
    if pronoun is None or speaker is None or pronoun.lower_ not in PRONOUN_CLASS:
        return False
    wanted = PRONOUN_CLASS[pronoun.lower_]
    if _antecedent_class(speaker) != wanted:
        return False
    own = {t.i for t in speaker.subtree}
    return not any(t.i < pronoun.i and t.i not in own and t.pos_ in ("NOUN", "PROPN", "PRON")
                   and _antecedent_class(t) == wanted for t in pronoun.sent)


def _content(cue: Token) -> Token | None:
    """Return the verb of the clause a reporting verb reports (its clausal complement)."""
    comp = child_with(cue, "ccomp")
    if comp is None or any(c.dep_ == "mark" and c.lower_ in OPEN_MARKERS
                           for c in comp.children):
        return None
    if comp.left_edge.tag_ in WH_TAGS:
        return None  # "which sources might be acceptable": a question, not a judgement
    return comp


def _clause(verb: Token) -> list[Token]:
    """Return the reported clause's tokens, leaving out the speaker's next act.

    "told reporters the drills were a pretext, and called for observers": the parser hangs
    "called" on "were", but it is the speaker's second act (:func:`newsledger.cues.second_act`),
    not part of the judgement, so its trigger does not take the clause.
    """
    return subtree_without(verb, second_act)


def evaluation_triggers(sent: Span, taken: set[int], actors: ActorIndex) -> list[Evaluation]:
    """Return the reporting verbs whose reported clause evaluates a party ("X said Y lied")."""
    found: list[Evaluation] = []
    if sent.text.rstrip().rstrip("'\"’”").endswith("?"):
        return found  # "Who said Putin was wrong?", "Did Obama say ...?": a question (T69 #5)
    for cue in sent:
        if cue.pos_ != "VERB" or (cue.lemma_.lower(), "report") not in cues() or \
                cue.lemma_.lower() in NOT_EVALUATING or cue.i in taken or _negated(cue) \
                or cue.dep_ == "xcomp":  # "declined to say", "wants to say": no report made
            continue
        verb = _content(cue)
        if verb is None or any(t.i in taken for t in _clause(verb)):
            continue  # a coded trigger in the clause codes it ("said the attack was illegal")
        kind = _predicate_polarity(verb)
        if kind is None or _admission(cue, verb):
            continue
        ok, party = _evaluated(verb, actors)
        if ok:
            found.append(Evaluation(cue, verb, kind, party))
    return found


def _same(a: Argument | None, b: Argument | None) -> bool:
    """Tell whether two arguments are one actor (a self-evaluation is no accusation)."""
    return a is not None and b is not None and a.actor is not None and a.actor == b.actor


def code_evaluations(
    sent: Span, evaluations: list[Evaluation], actors: ActorIndex,
    statements: Sequence[Statement], sole_country: str | None, topic: Counter[str],
) -> list[CodedEvent]:
    """Code each evaluation as the speaker's ACCUSE (disapprove) or SUPPORT of the party."""
    out: list[CodedEvent] = []
    for ev in evaluations:
        speaker = child_with(ev.cue, "nsubj", "nsubjpass")
        speakers = expand(speaker, actors) if speaker else []
        targets = expand(ev.evaluated, actors) if ev.evaluated is not None else []
        if any(_same(a, r) for a in speakers for r in targets):
            continue  # "he and the president misled the public": an admission, shared
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
        out.extend(reported_act_events(
            sent, ev.cue, act, statements, topic, (speakers, targets),
            (speaker_country, sole_country if targets else None)))
    return out
