"""Which events a date of another clause does not reach: irrealis and habitual ones (T104, T110).

:func:`newsledger.clause_dates.date_for` dates an event by its own clause, else by the
narrative's date. Some events take neither: an event that is not said to happen (a modal, an
"if" clause, an infinitive complement, the indefinite object of such a verb: "able to negotiate
a deal") and an event told as a habit ("has often complained"). These predicates read the spaCy
parse only.

T110 also tried leaving a relative clause's event ("criticism by the parents of a soldier killed
in Iraq") without the upper clause's date: on ACLED notes and TimeBank a relative clause mostly
continues the event it hangs from ("an airstrike which killed three", "a ceremony held in
Independence"): ACLED all_date 0.985 -> 0.959 (finite relative clauses), 0.978 (reduced ones).

Split from :mod:`newsledger.clause_dates` to keep each module small.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsledger.cues import core_verbs
from newsledger.timex_patterns import lexicon

#: Subordinators of a condition ("if the Democrats nominate X, they would win"): the event is not
#: said to happen, so no date of the narrative is its (T104).
CONDITION_MARKS = frozenset({"if", "unless"})
#: Dependency labels that keep a verb in its head's clause when climbing for a modal or a
#: condition: a coordinate ("remove curbs ... and ease"), a complement ("will have to lobby"),
#: and the parser's unlabelled attachment of a second infinitive ("to remove ..., to give").
SAME_CLAUSE_DEPS = frozenset({"conj", "xcomp", "dep"})
#: Dependency labels of a to-infinitive that tells no occurrence: a complement ("urged X to
#: leave") and the parser's unlabelled attachment. Not a purpose clause (advcl): "flew to
#: Washington to appeal", "shelled the town to capture it" tell acts done that day (T110 tried
#: it: ACLED all_date 0.985 -> 0.962, TimeBank clause dates 0.799 -> 0.793).
INFINITIVE_DEPS = frozenset({"xcomp", "dep"})
#: Lemmas of TimeML's ASPECTUAL class that take a to-infinitive: "began to pull out" tells that
#: the pulling out happens, unlike "agreed / refused / was urged to pull out" (T104).
ASPECTUAL_LEMMAS = frozenset({"begin", "start", "continue", "resume", "keep", "proceed"})
#: Tags of a finite verb: a conjunct with its own tense ("would press X and blamed Y") does not
#: share its head's modal or infinitive.
OWN_TENSE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: How far up the dependency tree to climb for a modal, as clause_dates climbs for a verb.
MAX_CLAUSE_STEPS = 6
#: Determiners of an indefinite noun: the object of an unrealised act ("to negotiate a deal",
#: "would sign no agreement") is brought about by that act, so it is no more real than the act;
#: a definite one ("to capitalize on the murder") names an event that exists (T110).
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another", "any", "no"})
#: Adverbs of indefinite frequency (a closed class): a verb they modify tells a habit or a
#: series ("has often complained", "regularly incites"), which no single day dates (T110).
FREQUENCY_ADVERBS = frozenset({
    "always", "often", "frequently", "repeatedly", "regularly", "routinely", "usually",
    "sometimes", "occasionally", "constantly", "continually", "habitually", "typically",
    "generally", "normally", "ordinarily", "customarily", "rarely", "seldom", "never",
    "oftentimes", "invariably",
})


def irrealis(verb: Token, *, modals: bool = True) -> bool:
    """Whether a verb's own clause does not tell that it happens: a modal, "if", an infinitive.

    "would quit", "could be illegal", "if the Democrats nominate", "called on X to remove",
    "expected to resign"; not "began to pull out" (an aspectual
    verb tells its complement) nor "had to retreat".
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if modals and any(a.tag_ == "MD" for a in auxes):
        return True
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return True
    if not (verb.dep_ in INFINITIVE_DEPS and any(a.tag_ == "TO" for a in auxes)):
        return False
    head = verb.head
    # a past "had to" tells what was done ("forces had to retreat"), unlike "will have to"
    return head.lemma_.lower() not in ASPECTUAL_LEMMAS \
        and not (head.lemma_.lower() == "have" and head.tag_ == "VBD")


def own_tense(verb: Token) -> bool:
    """Whether a conjunct verb has a tense of its own ("would press X and blamed Y")."""
    return verb.dep_ == "conj" and verb.tag_ in OWN_TENSE_TAGS


def unrealized(target: Token) -> bool:
    """Whether the span's verb, or a verb whose clause it continues, is irrealis (T104).

    Such an event ("it will have to lobby Congress", "to remove curbs ... and ease
    restrictions") takes a date written in its own clause only, never the narrative's.
    """
    return _in_clause_of(target, irrealis)


def under_modal(verb: Token) -> bool:
    """Whether a verb, or a verb whose clause it continues, has a modal auxiliary (T110).

    "should she avoid alienating his supporters with critiques": the critiques hang from
    "alienating", whose clause is the modal "should avoid"'s.
    """
    return _in_clause_of(verb, lambda tok: any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in tok.children))


def _in_clause_of(verb: Token, test: Callable[[Token], bool]) -> bool:
    """Whether a verb, or a verb whose clause it continues (no tense of its own), passes test."""
    tok = verb
    for _ in range(MAX_CLAUSE_STEPS):
        if test(tok):
            return True
        if tok.dep_ not in SAME_CLAUSE_DEPS or tok.head.pos_ not in ("VERB", "AUX") \
                or tok.head.i == tok.i or own_tense(tok):
            return False
        tok = tok.head
    return False


def takes_mood(span: Span) -> bool:
    """Whether a span shares its verb's mood: the verb itself, or its indefinite object (T110).

    A noun event under an irrealis verb may be real ("attempting to capitalize on the murder"),
    but the indefinite direct object of such a verb is what the act would bring about: "being
    able to negotiate a stronger deal", "will sign an agreement".
    """
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        return True
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in root.children)


def set_apart(target: Token, verb: Token, date: Span) -> bool:
    """Whether the span is in a condition or an infinitive below the dated verb above it (T104).

    "agreed on Tuesday to pay", "said on Friday that if the banks refused": the date is the
    upper verb's. Not a clause the date is written in, nor one with a tense of its own between
    them ("tried to advance, clashing with"). A modal is not set apart: "said on Thursday that
    it would call a strike" keeps Thursday (tests/test_dates.py pins it; the story's day and
    the narrative's carried date are what a modal refuses, see :func:`unrealized`).
    """
    tok = target
    while tok.i != verb.i:
        # a date written after the clause's verb, inside it, is the clause's own ("agreed to
        # meet on Thursday"); one written before it may only be hung there by the parser
        if tok.pos_ in ("VERB", "AUX") and not tok.i < date.start <= tok.right_edge.i \
                and irrealis(tok, modals=False) \
                and tok.head.lemma_.lower() not in lexicon().get("plan", {}):
            return True  # not a plan's act: "On Tuesday, the league plans to hold a rally"
        if tok.pos_ in ("VERB", "AUX") and (own_tense(tok) or tok.dep_ == "advcl"
                                            and tok.tag_ == "VBG"):
            return False  # an event told in its own right: the upper modal is not its
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def habitual(verb: Token) -> bool:
    """Whether a verb tells a habit or a series: an adverb of frequency modifies it (T110).

    "Obama, who has often complained about", "regularly incites": only a date written in the
    verb's own clause ("often met him in 2015") bounds such a series; no other clause's date and
    no narrative date is its day.
    """
    return any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in verb.children)



#: Tags of a present finite verb or auxiliary ("highlight", "poses", "is built").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Subjects of a performative: "I implore you", "we call on" do the act as they are spoken.
FIRST_PERSON = frozenset({"i", "we"})
#: Tags of a plural common noun: a bare plural in a present clause is generic ("a campaign built
#: on personal insults"), a definite one ("the meeting signals") names one event.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def present_clause(verb: Token) -> bool:
    """Whether a verb's clause is in the simple present: a state, a habit, a generic claim (T110).

    "a campaign that is built on personal insults", "his attacks on women render him unfit":
    such a clause holds at the time of speaking, not on a day of the narrative. Not a
    progressive ("are marching"), a perfect ("has resigned": news reports the day's acts so),
    a speech verb ("says", the narrative present of news), a first-person performative ("I
    implore you"), nor a headline (the document's first sentence: "Pence Calls for Prosecutor").
    """
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                                       for c in verb.children):
        verb = verb.head  # "rebels hold the town and control the road": one tense
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in PRESENT_TAGS:
        present = not auxes
    else:
        present = verb.tag_ in ("VBN", "VB") and any(a.tag_ in PRESENT_TAGS for a in auxes) \
            and not any(a.dep_ == "aux" and a.lemma_ == "have" for a in auxes)
    if not present or verb.lemma_.lower() in core_verbs() or verb.sent.start == 0 \
            or any(a.tag_ == "VBG" for a in auxes):  # "is being observed": under way
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children)


def generic_in_present(span: Span, verb: Token) -> bool:
    """Whether a noun span names no one event, in a clause in the simple present (T110).

    A bare plural or an indefinite noun in such a clause is generic ("personal attacks on women
    render him unfit", "a campaign that is built on personal insults"); a definite noun names one
    event of the narrative, present clause or not ("the meeting signals a new level of
    cooperation"), and so does a noun that a copula describes ("this is a protest of warning").
    The verbs themselves are left alone: TimeBank dates a present state or habit ("most people
    here speak a dialect", "the court neither approves nor disapproves") with the day of the
    story, and T110's rule for present action verbs cost its clause dates 0.799 -> 0.793.
    """
    root = span.root
    if root.pos_ in ("VERB", "AUX") or verb.lemma_.lower() == "be":
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ not in INDEFINITE_DETERMINERS
           for c in root.children):
        return False
    indefinite = any(c.dep_ == "det" for c in root.children)
    return (indefinite or root.tag_ in PLURAL_TAGS) and present_clause(verb)

__all__ = [
    "generic_in_present", "habitual", "irrealis", "own_tense", "present_clause", "set_apart",
    "takes_mood", "under_modal", "unrealized",
]
