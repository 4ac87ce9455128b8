"""Event places: which place named in a sentence is where an event happens.

Split from :mod:`newsledger.events`. Each place of the sentence is ranked by how it hangs on the
trigger (T33); the best-ranked one is the event's, on a tie a town before its region, then a
place before one that says whose ("the presidents of X", T118), then the first in text order:

0. the trigger's own place: an argument or locative modifier of it, reached through
   prepositions and place nouns only ("shelled X", "an attack on X", "clashed near X", "in the
   direction of X");
1. the place of the clause the trigger serves: for a noun trigger, its support verb's ("engaged
   in an offensive near X", "clashes took place near X", data/place_frames.tsv kind
   ``support``); for a participle or a subjectless conjoined verb, its head verb's ("held
   pickets in X, protesting ...", "advanced towards X, clashing with ..."); or where the
   trigger's actors are, when named as where ("protesters in X took part in pickets");
2. a place deeper in the trigger's clause, inside another phrase ("positions in X");
3. a place deeper in the served clause ("clashes took place between forces near X");
4. where it came from ("fired from X"): an origin, the place only when no other is named (ACLED
   codes where a shell lands, not where it was fired from).

A place inside the trigger's subject that is not named as where ("Military forces of Russia
kidnapped ...") is who acts, never where; a place inside a clause of its own is that clause's.
Failing all, the sentence's only place is the event's when it is named as where ("in/at/near X")
and not inside a clause below the trigger ("... to protest the sending of troops to Iraq").
:func:`locative` also tells whether an actor without nationality may take the place's country.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsledger.coordination import first_conjunct
from newsledger.gazetteer import frame_words
from newsledger.geonames import geocode
from newsledger.lexicon import describe
from newsledger.lexicon_data import country_from_name
from newsledger.record import Place

#: Steps from a trigger to a place for the place to be in the trigger's clause.
PLACE_CLAUSE_STEPS = 6

#: Steps from a noun trigger up to its support verb ("held a series of pickets": three).
SUPPORT_STEPS = 4

#: Prepositions that name where an event happens ("in central Rangoon", "near the border"), or
#: whither ("towards X", "in the direction of X": the place an offensive is fought for).
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across",
                            "throughout", "within", "towards", "toward"})

#: Nouns of which a place name is part ("the port of Basra", "Belgrade airport"), unlike
#: nouns it only qualifies ("the Iran arms scandal"); with the place-frame nouns of
#: data/place_frames.tsv ("the outskirts of X", "the direction of X", "X village").
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

#: Relations at which the walk from a place up to a trigger stops: the place is in a clause of
#: its own (a complement, relative or adverbial clause).
CLAUSE_BREAK_DEPS = frozenset({"ccomp", "relcl", "advcl"})

#: Relations of the trigger's subject: a place inside it says who acts ("forces of Russia").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})

#: Relations by which a noun trigger hangs from its support verb ("engaged in an offensive",
#: "clashes took place", "held a series of pickets", "carried out strikes").
NOMINAL_DEPS = frozenset({"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "oprd"})

#: Relations of a verb trigger that shares its head verb's clause when it has no subject of its
#: own ("held pickets in X, protesting ...": advcl; "shelled X and killed two": conj).
SHARED_CLAUSE_DEPS = frozenset({"advcl", "conj"})

#: Kinds of actor a noun names whose of-object says whose they are ("the presidents of X").
PEOPLE_KINDS = frozenset({"person", "group", "organization"})

#: Ranks of a place (module doc); lower is better.
OWN, SERVED, DEEP, SERVED_DEEP, ORIGIN = 0, 1, 2, 3, 4


def place_in_clause(tok: Token, places: Sequence[Place], sent: Span) -> Place | None:
    """Return the event's place among the sentence's places (ranked as the module doc says)."""
    doc = tok.doc
    in_sent = [p for p in places if sent.start_char <= p.start < sent.end_char]
    served = _served_verb(tok)
    spans = [(p, doc.char_span(p.start, p.end, alignment_mode="expand")) for p in in_sent]
    # "X, Y" is parsed with X hanging on Y at times: a step through another place keeps it plain
    named = frozenset(i for _, s in spans if s is not None for i in range(s.start, s.end))
    best: tuple[tuple[int, int, int], Place] | None = None
    for place, span in spans:
        if span is None:
            continue
        rank = _rank(span, place, tok, served, named)
        if rank is None:
            continue
        # on a tie a town before its region, then a place that says where before one that
        # says whose ("the presidents of Venezuela ... in Brasilia", T118)
        key = (rank, _breadth(place), _whose(span))
        if best is None or key < best[0]:
            best = (key, place)
    if best is not None:
        return best[1]
    if len(in_sent) != 1 or _in_subclause(in_sent[0], tok) or not locative(in_sent[0], doc):
        return None  # elsewhere in the sentence, only a place named as where counts
    return in_sent[0]


def _breadth(place: Place) -> int:
    """Return how wide a place is: 0 a town, site or country, 1 a region.

    Of two places that hang on the trigger alike, a town is where rather than its region ("In
    the Donetsk region, troops shelled Avdiivka": Avdiivka). A country is left in text order:
    preferring the town to it changed no ACLED place but cost a GSR target country, because
    newsledger.targets reads an event's country-wide place as its implicit target.
    """
    if country_from_name(place.name) is not None:
        return 0
    words = place.name.lower().split()
    admin = frame_words().get("admin", frozenset())
    if words and (words[-1] in admin or words[0] in admin):
        return 1  # "Luhansk Oblast", "province of Herat"
    geo = geocode(place.name)
    return 1 if geo is not None and geo.kind in ("region", "border") else 0


def _whose(span: Span) -> int:
    """Return 1 for a place named as whose people or body ("the presidents of X"), else 0.

    The of-object of a noun of people or a body ("the presidents of Venezuela and Guyana", "the
    government of X") names whose they are; the of-object of any other noun ("the port city of
    Basra", "the mountains of Kurdistan") is where.
    """
    root = first_conjunct(span.root)  # "of Venezuela and Guyana": Guyana as Venezuela
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ != "NOUN":
        return 0
    return int(describe(head.head.text).kind in PEOPLE_KINDS)


def _path(start: Token, goal: Token) -> list[Token] | None:
    """Return the tokens from a place's root up to ``goal`` (both included), None if not reached.

    The walk stops after PLACE_CLAUSE_STEPS steps and at a clause boundary below ``goal``.
    """
    path = [start]
    cur = start
    for _ in range(PLACE_CLAUSE_STEPS):
        if cur.head.i == cur.i or cur.dep_ in CLAUSE_BREAK_DEPS:
            return None
        cur = cur.head
        path.append(cur)
        if cur.i == goal.i:
            return path
    return None


def _rank(span: Span, place: Place, tok: Token, served: Token | None,
          named: frozenset[int]) -> int | None:
    """Return how a place hangs on the trigger (OWN ... ORIGIN), None when it is not its.

    ``named`` holds the token indices of the sentence's places (steps through them are plain).
    """
    inside = named | frozenset(range(span.start, span.end))
    path = _path(span.root, tok)
    own = path is not None
    if path is None and served is not None:
        path = _path(span.root, served)
    if path is None:
        return None
    steps = [t for t in path[:-1] if t.i not in inside]
    if any(t.dep_ in SUBJECT_DEPS for t in steps):
        # "Military forces of Russia kidnapped ...": who acts, not where; but "protesters in
        # Moscow" are where they act
        return SERVED if locative(place, tok.doc) else None
    if any(t.lower_ == "from" and t.dep_ == "prep" for t in steps):
        return ORIGIN if own else None
    plain = all(_plain_step(t) for t in steps)
    if own:
        return OWN if plain else DEEP
    return SERVED if plain else SERVED_DEEP


def _plain_step(tok: Token) -> bool:
    """Tell whether a token between a place and its verb keeps the place that verb's own.

    Prepositions ("near X"), nouns a place is part of ("the outskirts of X"), and verbs the
    place's verb governs directly ("tried to advance towards X") do; any other noun makes the
    place a detail of that noun ("positions in X").
    """
    if tok.dep_ == "prep" or tok.pos_ == "ADP":
        return True
    if tok.pos_ == "VERB" and tok.dep_ == "xcomp":
        return True
    return _place_noun(tok)


def _place_noun(tok: Token) -> bool:
    """Tell whether a noun names a place or a part of one ("port", "outskirts", "direction")."""
    lemma = tok.lemma_.lower()
    words = frame_words()
    return lemma in PLACE_NOUNS or any(
        lemma in words.get(kind, ()) or tok.lower_ in words.get(kind, ())
        for kind in ("settlement", "admin", "of"))


def _served_verb(tok: Token) -> Token | None:
    """Return the verb whose clause a trigger serves, None when the trigger has its own.

    A noun trigger serves its support verb ("engaged in an offensive", "clashes took place");
    a participle or subjectless conjoined verb serves its head verb ("..., clashing with").
    """
    if tok.pos_ in ("NOUN", "PROPN"):
        cur = tok
        for _ in range(SUPPORT_STEPS):
            if cur.dep_ not in NOMINAL_DEPS or cur.head.i == cur.i:
                return None
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                support = frame_words().get("support", frozenset())
                return cur if cur.lemma_.lower() in support else None
        return None
    if tok.pos_ != "VERB" or tok.dep_ not in SHARED_CLAUSE_DEPS or tok.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return None  # "..., after police detained him": a clause of its own
    if tok.dep_ == "advcl" and tok.tag_ not in ("VBG", "VBN"):
        return None  # "to protest ...": a purpose clause says what for, not where
    return tok.head


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
        if root.dep_ in ("compound", "amod", "nmod", "appos") and _place_noun(root.head):
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and _place_noun(root.head.head):
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
