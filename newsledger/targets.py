"""Implicit participants: the state of a place as an event's recipient or actor.

An event whose text names no recipient ("Turkish jets shelled positions in northern Syria") is
coded by CAMEO and PETRARCH with the state of the place it happens in as its target. The record
keeps that, without inventing what the text does not say: the recipient becomes a country actor
whose one mention is the words of the text that name the place or country, and only when

1. the event has an actor with a known country (without one, domestic and foreign are not told
   apart), and
2. either the place named in the event's clause lies in another country than the actor's, or
   (no place in the clause) the sentence names exactly one country besides the actor's own,
   outside the actor's own words ("the US ambassador to Iraq" names no target).

A domestic protest, coercion, threat, assault or sanction (:data:`DOMESTIC_TYPES`) of an actor
of known nationality whose clause names no other country is directed at the state of its place
("Kenyan farmers rioted in Nairobi": Kenya). A place the gazetteer does not geocode counts when
its words name a country ("Montenegro province"). An attack naming neither actor nor target
is aimed at the state of the place in its clause (:func:`unattributed_target`: "bomb attacks in
Algeria"). A passive arrest or expulsion with no agent
"in" a named place is done by that place's state (:func:`state_actor`). Limits: any other place
in the actor's own country or in no known country gives no target, and neither does a sentence
naming two or more other countries; a joint act (meet, talks, clash) never takes one — a
meeting held in Geneva is not one with Switzerland.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsledger import lexicon
from newsledger.argument_clauses import condemns_an_attack
from newsledger.arguments import doc_text
from newsledger.clause_words import word_list
from newsledger.lexicon_data import country_from_name, demonyms, fold, is_title
from newsledger.mention_syntax import RELATIVES
from newsledger.record import Place
from newsledger.trigger_rules import trigger_nouns

#: Entity labels that never name a country ("May", dates and numbers).
_NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})

#: Steps up from a noun trigger to the verb of its clause ("air strikes in": carried out).
MAX_CLAUSE_STEPS = 4

#: The word of a border's place name ("Poland–Belarus border", places.py).
BORDER_WORD = "border"


#: Types whose domestic event is directed at the state or population of its place when the
#: text names no target: CAMEO codes "Algerian youths blocked roads in Algiers" DZA -> DZA and
#: "the president threatened a curfew in Algiers" DZAGOV -> DZA (protest, coercion, threat and
#: assault always have a target; a meeting, aid or a deployment at home need not).
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "THREATEN", "SANCTION"})


@dataclass(frozen=True)
class PlaceTarget:
    """A country standing for an event's recipient, and the words of the text naming it."""

    country: str  # ISO 3166-1 alpha-3
    start: int
    end: int
    text: str


def _names_an_office(tok: Token, text: str) -> bool:
    """Tell whether a word only qualifies a title ("Labour" of "Labour Minister").

    A country's own name or demonym still names it there ("US President", "Serbian Minister").
    """
    return tok.dep_ == "compound" and is_title(tok.head.text) and \
        country_from_name(text) is None and fold(text) not in demonyms()


def country_mentions(sent: Span, within: Token | None = None) -> list[PlaceTarget]:
    """Return the words of a sentence (or of one token's subtree) that name a country.

    Entities come first; a proper noun or capitalised adjective outside every entity is looked
    up too, as the small model's entity labels are unreliable ("Ugandan" tagged PERSON).
    """
    allowed = {t.i for t in within.subtree} if within is not None else {t.i for t in sent}
    found: list[PlaceTarget] = []
    covered: set[int] = set()
    for ent in sent.ents:
        if ent.label_ in _NOT_PLACES or not all(i in allowed for i in range(ent.start, ent.end)):
            continue
        if _names_an_office(ent.root, ent.text):
            covered.update(range(ent.start, ent.end))
            continue  # "Serbian Labour Minister": a portfolio, not the British party
        code = lexicon.country_of(ent.text)
        if code:
            found.append(PlaceTarget(code, ent.start_char, ent.end_char, ent.text))
            covered.update(range(ent.start, ent.end))
    for tok in sent:
        if tok.i in covered or tok.i not in allowed or tok.pos_ not in ("PROPN", "ADJ") \
                or not tok.text[:1].isupper() or tok.ent_type_ in _NOT_PLACES \
                or _names_an_office(tok, tok.text):
            continue
        code = lexicon.country_of(tok.text)
        if code:
            found.append(PlaceTarget(code, tok.idx, tok.idx + len(tok.text), tok.text))
    return sorted(found, key=lambda m: m.start)


def subtree_chars(tok: Token) -> tuple[int, int]:
    """Return the character span of a token's subtree (its clause or phrase)."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def clause_of(tok: Token) -> Token:
    """Return the verb heading a trigger's clause ("carried out strikes": carried)."""
    cur = tok
    for _ in range(MAX_CLAUSE_STEPS):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


#: Dependencies of a country word that only qualifies the noun it modifies ("the Iraq war").
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod"})


def qualifies_other_event(words: PlaceTarget, trigger: Token) -> bool:
    """Tell whether country words only say where or what another event noun is about.

    "resigned over the Iraq war", "because of the Iraq war", "the legality of the Iraq war":
    the country modifies an event noun of the trigger lexicon inside a prepositional phrase,
    and names that other event's setting, not whom this event is directed at. The trigger's
    own noun ("the Iraq sanctions") and a noun that is the act's direct argument ("lifted the
    China embargo": what is lifted is China's) keep their country.
    """
    span = trigger.doc.char_span(words.start, words.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    # the words are the modifier, or the whole phrase the entity tagger read as one name
    noun = word.head if word.dep_ in _NOUN_MODIFIER_DEPS else word
    return noun.pos_ == "NOUN" and noun.i != trigger.i and noun.dep_ == "pobj" and \
        noun.lemma_.lower() in trigger_nouns()


def implicit_target(
    actor_country: str | None, actor_spans: Sequence[tuple[int, int]], place: Place | None,
    trigger: Token, type_: str = "",
) -> PlaceTarget | None:
    """Return the foreign country standing for a recipient-less event's target, if any.

    ``actor_spans`` are the spans of the event's (coordinated) actors and ``place`` the place
    the events stage gave the event; both the place and the country words must lie in the
    trigger's clause (the subtree of its verb), not in a reporting clause ("officials in London
    said").
    """
    if actor_country is None or condemns_an_attack(trigger, type_):
        # "Cuba condemned the bombings near US embassies in Kenya": the place and victims are
        # the attack's; the one condemned is its doer, whom the text does not name
        return None
    clause = clause_of(trigger)
    lo, hi = subtree_chars(clause)
    if place is not None and not (lo <= place.start and place.end <= hi):
        place = None  # the sentence's place, but not the event clause's
    if place is not None and any(s <= place.start and place.end <= e for s, e in actor_spans):
        place = None  # "Ministers of France and Germany": where an actor is from, not a target
    if place is not None and BORDER_WORD in place.name.lower().split():
        return None  # a border lies between two countries: it names no one target
    if place is not None and place.country is None:
        # a place the gazetteer does not know may still name its country ("Montenegro province")
        code = lexicon.country_of(doc_text(trigger.doc)[place.start:place.end])
        place = replace(place, country=code) if code else place
    if place is not None and place.country is not None:
        if place.country == actor_country and (type_ not in DOMESTIC_TYPES or any(
                m.country != actor_country for m in country_mentions(trigger.sent, clause))):
            # a domestic event with no one it is directed at, or one the clause gives a
            # foreign party ("its forces killed Iranian guards near Basra": not Iraq)
            return None
        text = doc_text(trigger.doc)[place.start:place.end]
        found = PlaceTarget(place.country, place.start, place.end, text)
        return None if qualifies_other_event(found, trigger) else found
    if place is not None:
        return None  # a place the gazetteer does not know: its country is not said
    others = [m for m in country_mentions(trigger.sent, clause) if m.country != actor_country
              and not any(s <= m.start and m.end <= e for s, e in actor_spans)
              and not qualifies_other_event(m, trigger)]
    if len({m.country for m in others}) != 1:
        return None
    return others[0]


#: Types whose event with neither actor nor recipient named is still aimed at its place's state
#: or people ("a series of bomb attacks in Algeria": CAMEO codes --- ASSAULT DZA).
UNATTRIBUTED_TYPES = frozenset({"ASSAULT"})


def unattributed_target(place: Place | None, trigger: Token, type_: str) -> PlaceTarget | None:
    """Return the state of the place an attack with no actor and no recipient happens in.

    Only a place named in the trigger's own clause, of a known country, not a border.
    """
    if type_ not in UNATTRIBUTED_TYPES or place is None or place.country is None:
        return None
    clause = clause_of(trigger)
    lo, hi = subtree_chars(clause)
    if not (lo <= place.start and place.end <= hi) or \
            BORDER_WORD in place.name.lower().split():
        return None
    return PlaceTarget(place.country, place.start, place.end,
                       doc_text(trigger.doc)[place.start:place.end])


def clause_country(trigger: Token, places: Sequence[Place]) -> str | None:
    """Return the one country a trigger's clause names (country words or its places), if one.

    The clause is the subtree of the trigger's verb (:func:`clause_of`); a place counts by its
    gazetteer country. None when the clause names no country or several.
    """
    clause = clause_of(trigger)
    lo, hi = subtree_chars(clause)
    found = {m.country for m in country_mentions(trigger.sent, clause)}
    found |= {p.country for p in places if p.country and lo <= p.start and p.end <= hi}
    return found.pop() if len(found) == 1 else None


#: Acts only a state's authorities carry out: done in a country with no agent named ("was
#: arrested in Lebanon"), CAMEO codes that country's state as the actor.
STATE_ACTS = word_list("state_act")

#: Entity labels of a place's name.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})

#: Prepositions that place an act ("arrested in Lebanon", "detained at Heathrow").
_LOCATIVE_PREPS = frozenset({"in", "at"})

#: Acts that remove someone from a country, whose "from" phrase names the state removing them
#: ("was expelled from Greece", "deported from Britain").
REMOVALS = word_list("removal")


def state_actor(trigger: Token, places: Sequence[Place]) -> PlaceTarget | None:
    """Return the state standing for the missing agent of a passive arrest or expulsion.

    Only for a passive verb of :data:`STATE_ACTS` with no by-agent, placed by its own "in"/"at"
    phrase (a removal's "from") in a known country (a country name, or a place of the
    gazetteer); with no such phrase, the one country its sentence names outside the words of
    who is held.
    """
    if trigger.lemma_.lower() not in STATE_ACTS or not any(
            c.dep_ == "nsubjpass" for c in trigger.children) or any(
            c.dep_ == "agent" for c in trigger.children):
        return None
    preps = _LOCATIVE_PREPS | ({"from"} if trigger.lemma_.lower() in REMOVALS else set())
    placed = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps]
    for prep in placed:
        # a place's name, not a thing with a national adjective ("the Cuban camp") or a
        # request ("at the request of German authorities")
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in _PLACE_ENTS):
            lo, hi = subtree_chars(obj)
            text = doc_text(trigger.doc)[lo:hi]
            code = lexicon.country_of(text)
            if code is None:
                code = next((p.country for p in places if lo <= p.start and p.end <= hi
                             and p.country), None)
            if code is not None:
                return PlaceTarget(code, lo, hi, text)
    # no place: the one country the sentence names outside the arrested's own words ("the
    # Burmese government confirmed the sentencing of activists who were arrested"); a
    # national of one country arrested somewhere unsaid ("two Britons were detained") is not
    # arrested by their own state; not for a removal, whose one country named is mostly the
    # foreigner's own ("an assistant ... was expelled amid tension with Baghdad")
    if trigger.lemma_.lower() in REMOVALS:
        return None
    held = next(c for c in trigger.children if c.dep_ == "nsubjpass")
    owner = held.head.head if held.lower_ in RELATIVES else held
    # nor a country named in a phrase placing the act that is no place's name ("detained in
    # the Cuban camp": where, but not whose)
    spans = [subtree_chars(t) for t in (owner, *placed)]
    others = [m for m in country_mentions(trigger.sent)
              if not any(lo <= m.start < hi for lo, hi in spans)]
    return others[0] if len({m.country for m in others}) == 1 else None
