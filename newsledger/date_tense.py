"""The tense that governs a time expression: it picks which Friday, which March, which Christmas.

``tense_at(doc, start, end)`` reads the verb that governs the text in the spaCy parse (with its
auxiliaries: will/'ll/MD future, VBD past, be + VBG future, "has been" + VBG past) and a few
cues before the date ("until", "effective": ahead; "since": past). Split from
:mod:`newsledger.dates` (which re-exports ``tense_at``), which anchors dates with it.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Token

from newsledger.clause_dates import MAX_HEAD_STEPS, governing_verb, verb_written_before
from newsledger.timex_patterns import lexicon

#: "past-reported": a past clause that reaches the date through a noun, an adjective or "for"
#: ("was planned for early March", "declared a dividend payable Dec. 7"): it may report a
#: decision about a coming date, unlike "was rescued on Thanksgiving Day" (plain "past").
Tense = Literal["past", "past-reported", "future", "present"] | None

#: Words before a date that make it a deadline or start ahead of the clause's time ("until Tuesday",
#: "effective Feb. 1").
FUTURE_PREPS = frozenset("until till effective".split())


def _verb_tense(verb: Token) -> Tense:
    """Tense of one verb from its tag and its auxiliaries (will/'ll/MD -> future, VBD -> past)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if any(a.tag_ == "MD" for a in auxes):
        return "past" if verb.tag_ == "VBN" and "have" in lowers else "future"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "going":
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN":
        if "to" in lowers:  # "expects the deal to be completed by Dec. 15"
            return "future"
        if any(a.lower_ in ("has", "have", "'ve", "'s") and a.dep_ == "aux" for a in auxes):
            return "past"
        if any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
        # reduced relative, past or scheduled: "figures released April 3", "a summit set for April"
        return "past-reported"
    if verb.tag_ == "VBG":
        if "been" in lowers:  # present perfect progressive: "have been searching since"
            return "past"
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "future"  # present progressive with future sense: "is meeting Tuesday"
        return None
    if verb.tag_ == "VB":
        return "future" if "to" in lowers else None
    if verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP")
                                  for c in verb.children):
        # a singular subject rules out a plural present: "weakness hurt the index Friday" is
        # the past of a verb whose two forms are the same (hurt, cut, set, hit, put, cost)
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    """Tense of the verb that governs the text at [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if span[0].i > 0 and doc[span[0].i - 1].lower_ in FUTURE_PREPS:
        return "past" if _until_past(span[0]) else "future"
    if span[0].i > 0 and doc[span[0].i - 1].lower_ == "since":  # "since Jan. 13": always past
        return "past"
    root = span.root
    modifier = root.dep_ in ("compound", "poss", "nmod", "amod") and root.head.pos_ in (
        "NOUN", "PROPN")  # "Wednesday's ruling", "the Oct. 23 slaying", "the Jan. 14 deadline"
    if modifier and not any(t.like_num for t in span):
        return None  # "Wednesday's ruling", "a June agreement": the clause's tense is not theirs
    verb = verb_written_before(span[0]) or _outside_clause(span[-1], governing_verb(span.root))
    if verb is None:
        return None
    tense = _verb_tense(verb)
    if tense is None and verb.tag_ == "VBG" and verb.head.i != verb.i:
        upper = governing_verb(verb.head)  # participle clause: "closed ..., having lost 1%"
        if upper is not None:
            tense = _verb_tense(upper)
    if tense is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        tense = _verb_tense(verb.head)  # "will stop ... and resume in January": one auxiliary
    if tense == "past" and (modifier or _reported(root, verb)):
        return "past-reported"
    return tense


def _until_past(first: Token) -> bool:
    """Tell whether "until <date>" bounds a past state: "until Thursday, they had not called".

    A past perfect ("had described him only as") or a negated past ("did not arrive until
    Monday", "it was not until Tuesday that") ends at the date, which is therefore behind the
    clause's time; "will stay until Friday", "extended the stay until Friday" look ahead.
    """
    verb = governing_verb(first)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "had" for a in auxes):
        return True
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes))


def _outside_clause(last: Token, verb: Token | None) -> Token | None:
    """Return the verb a date belongs to when it stands before its parsed clause's "that".

    The parser sometimes hangs a date from the verb of a clause that opens after it ("warnings
    on Thursday that strikes could harm ties": "on Thursday" under "could harm"); a date before
    the clause's complementiser is not in that clause, so it takes the clause's head verb, or
    none.
    """
    if verb is None or verb.i <= last.i:
        return verb
    if not any(c.dep_ == "mark" and last.i < c.i < verb.i for c in verb.children):
        return verb
    return governing_verb(verb.head) if verb.head.i != verb.i else None


def planned_at(doc: Doc, start: int, end: int) -> bool:
    """Tell whether a plan governs the text at [start, end): "planned a march on Saturday".

    A weekday under a plan ("planned a demonstration on Saturday", "the protest scheduled for
    Sunday") is the coming one even in a past clause, as a plan
    reports a decision about the future; not under a past perfect ("had planned to march on
    Saturday but"), which tells of a plan overtaken by the clause's time, nor when the plan is
    a participle before a past main verb or comes after the date.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    plans = lexicon().get("plan", {})
    tok = span.root
    for _ in range(MAX_HEAD_STEPS):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in plans:
            # a plan written after its date ("On Friday, the government planned to pay") or
            # told as background ("a service planned for Saturday was canceled") dates nothing
            return tok.i < span.start and tok.dep_ not in ("acl", "relcl") and not any(
                c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "xcomp":
            return False  # the clause's own verb is no plan: "marched on Saturday"
    return False


def _reported(date: Token, verb: Token) -> bool:
    """Tell whether a date hangs from its past verb through a noun, an adjective or "for"."""
    tok = date.head
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.lower_ == "for":
            return True
        tok = tok.head
    return date.lower_ == "for"


__all__ = ["FUTURE_PREPS", "Tense", "planned_at", "tense_at"]
