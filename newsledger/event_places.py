"""Event places: which place named in a sentence is where an event happens.

Split from :mod:`newsledger.events`. A place is an event's when it lies in the trigger's clause;
otherwise the sentence's only place is, when it is named as where ("in/at/near X", "near the
port of X") and not inside a clause of its own below the trigger ("... to protest the sending of
troops to Iraq"). :func:`locative` also tells whether an actor without nationality may take the
place's country.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsledger.record import Place

#: Steps from a trigger to a place for the place to be in the trigger's clause.
PLACE_CLAUSE_STEPS = 6

#: Prepositions that name where an event happens ("in central Rangoon", "near the border").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across",
                            "throughout", "within"})

#: Nouns of which a place name is part ("the port of Basra", "Belgrade airport"), unlike
#: nouns it only qualifies ("the Iran arms scandal").
PLACE_NOUNS = frozenset({
    "port", "city", "town", "village", "capital", "province", "region", "area", "district",
    "airport", "border", "centre", "center", "outskirts", "suburb", "state", "island", "coast",
    "camp", "base", "harbour", "harbor", "valley", "mountains", "peak", "county", "street",
    "sector", "part", "zone", "territory", "enclave", "quarter", "heartland", "republic",
})

#: Relations that open a clause of its own below a trigger: a place there is that clause's
#: (not "advcl": a purpose clause's goal is often the event's, "opened the bridge to allow
#: deliveries to Afghanistan").
SUBCLAUSE_DEPS = frozenset({"ccomp", "relcl", "acl", "pcomp"})


def place_in_clause(tok: Token, places: Sequence[Place], sent: Span) -> Place | None:
    """Return the place named in the trigger's clause, else the sentence's only place as where."""
    doc = tok.doc
    in_sent = [p for p in places if sent.start_char <= p.start < sent.end_char]
    for place in in_sent:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        cur = span.root
        for _ in range(PLACE_CLAUSE_STEPS):
            if cur.head.i == cur.i or cur.dep_ in ("ccomp", "relcl", "advcl"):
                break
            cur = cur.head
            if cur.i == tok.i:
                return place
    if len(in_sent) != 1 or _in_subclause(in_sent[0], tok) or not locative(in_sent[0], doc):
        return None  # elsewhere in the sentence, only a place named as where counts
    return in_sent[0]


def locative(place: Place | None, doc: Doc) -> bool:
    """Tell whether a place is named as where something is ("in Rangoon", "near Basra").

    Not a place word modifying a noun ("the Iran arms scandal"), which says what about.
    """
    if place is None:
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    for _ in range(4):  # "near the port of Basra", "at Belgrade airport": the phrase's head
        if root.dep_ in ("compound", "amod", "nmod", "appos") and \
                root.head.lemma_.lower() in PLACE_NOUNS:
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and \
                root.head.head.lemma_.lower() in PLACE_NOUNS:
            root = root.head.head
        else:
            break  # "in the Iran arms scandal" names a matter, not a place
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _in_subclause(place: Place, tok: Token) -> bool:
    """Tell whether a place lies in a clause subordinate to the trigger's.

    "prevented the demonstration ... to protest the sending of troops to Iraq": Iraq is where
    the troops go, not where the demonstration was prevented.
    """
    span = tok.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    crossed = False
    cur = span.root
    while cur.head.i != cur.i:
        crossed = crossed or cur.dep_ in SUBCLAUSE_DEPS
        cur = cur.head
        if cur.i == tok.i:
            return crossed
    return False
