"""Event arguments: who acts (actor) and who is acted on (recipient) for one trigger.

Verbs take their actor from the subject (or the by-agent of a passive: "was attacked by X"),
inheriting it along infinitives, coordinated verbs and participles ("agreed to release",
"killed two and took three hostage", "..., killing one soldier"); their recipient is the object,
the dative or a recipient preposition ("attack on", "talks with", "aid to"): which tokens these
are, :mod:`newsledger.argument_clauses` finds; this module resolves them. Nouns take theirs
in :mod:`newsledger.noun_roles` ("Israeli shelling", "held talks"). Coordinated participants
give one argument each ("Hungarian and Romanian officials", "the US, Russia and Switzerland").

Each argument carries the actor id from the :class:`ActorIndex`, and the country and sector of
that actor; when the registry has no actor (or the actor has no country) they come from world
knowledge (:mod:`newsledger.knowledge`: "President Bush", "Hamas") and then from
:mod:`newsledger.lexicon` on the argument's words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsledger import lexicon
from newsledger.actors import ActorIndex
from newsledger.argument_clauses import (
    CLAUSE_RECIPIENT_TYPES,
    author_of,
    person_nouns,
    that_clause,
    verb_roles,
)
from newsledger.clause_subject import verb_subject
from newsledger.clause_words import RECIPIENT_PREPS, child_with, pobj_of, word_list
from newsledger.coordination import shared_nationality
from newsledger.knowledge import traits_for
from newsledger.lexicon_places import place_name_country
from newsledger.mention_phrases import in_dateline, owned_texts, peer_relation, relation_of
from newsledger.possessors import owner_country
from newsledger.record import Actor
from newsledger.trigger_rules import trigger_nouns

# re-exports the clause-role names that events, recipients and noun_roles still import from
# here since the finder moved to newsledger.argument_clauses
__all__ = [
    "AFFILIATION_VERBS", "CLAUSE_RECIPIENT_TYPES", "LEADER_VERBS", "QUANTITY_NOUNS",
    "RECIPIENT_PREPS", "Argument", "author_of", "child_with", "doc_text", "expand",
    "make_argument", "pobj_of", "that_clause", "verb_roles", "verb_subject",
]

#: Participles that tie a group to a body whose country it shares ("workers affiliated with",
#: "militias loyal to", "fighters linked to").
AFFILIATION_VERBS = word_list("affiliation")

#: Participles whose by-phrase leads a group, which takes the leader's country ("forces led by
#: a Tajik commander", "a committee headed by a Kenyan judge").
LEADER_VERBS = word_list("leader_verb")

#: Nouns of quantity or part whose of-phrase names the participants ("hundreds of refugees").
QUANTITY_NOUNS = word_list("quantity_noun")

#: Key of the cached text in ``Doc.user_data``.
_TEXT_KEY = "newsledger.text"

#: "X-led forces" are led by X: the only compound adjective that gives its noun a country.
LED_SUFFIX = "-led"

#: Pre-modifier relations kept in an argument's span ("Senior Hungarian officials").
_PREMODS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod"})

#: Prepositions whose coordinated countries each give a participant's side ("ministers of
#: France and Germany", "envoys from", "militias in Syria and Iraq").
ORIGIN_PREPS = frozenset({"from", "of", "in"})

#: Pronouns and other words that are never an argument on their own span.
_SKIP_POS = frozenset({"PUNCT", "DET", "NUM", "ADV"})


@dataclass(frozen=True)
class Argument:
    """One participant of an event: its span, actor id, country and sector."""

    start: int
    end: int
    text: str
    actor: str | None
    country: str | None
    sector: str | None
    plural: bool = False  # headed by a plural common noun ("prisoners", "Ibo elders")
    # headed by a plural relational noun ("two neighbours", "his rivals", "their allies"): it
    # names a party by its relation to someone, so it is somebody though it has no traits
    party: bool = False
    # headed by a common noun of people no sector names ("the two contractors", "engineers"):
    # somebody, though nobody of a known sector (data/person_nouns.tsv, from WordNet)
    people: bool = False
    # headed by a relational noun naming one of its possessor's kind ("its neighbours", "the
    # two allies", "Pyongyang's ally"): another party than the one around it, so no country
    # of its place, sentence or partner is its own (T118)
    peer: bool = False


def doc_text(doc: Doc) -> str:
    """Return a doc's text, kept in its user data: ``Doc.text`` rebuilds it on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _span_of(tok: Token) -> tuple[int, int]:
    """Return the character span of a noun phrase head with its pre-modifiers."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in _PREMODS or child.dep_ == "punct" and child.text == "-":
            left = min(left, child.left_edge.i)
    doc = tok.doc
    return doc[left].idx, tok.idx + len(tok.text)


def _describe(text: str, person: bool = False) -> tuple[str | None, str | None]:
    """Return (country, sector) of a phrase from world knowledge, else from the lexicon.

    A known name is more specific than the words around it: "Irish Republican Army" is a
    British group, though "Irish" is a demonym. ``person`` says the phrase names a person.
    """
    known = traits_for(text, "PERSON" if person else None)
    if known is not None and known.country is not None:
        return known.country, known.sector or lexicon.describe(text).sector
    traits = lexicon.describe(text)
    if known is not None and known.sector is not None:
        traits = lexicon.ActorTraits(traits.kind, traits.country, known.sector)
    country = traits.country
    if country is None and LED_SUFFIX in text:
        # "Vietnamese-led forces", "US-led coalition": the leader's country
        leader = text.split(LED_SUFFIX)[0].split()[-1:]
        country = lexicon.country_of(leader[0]) if leader else None
    return country, traits.sector


def _related_possessor(tok: Token) -> Token | None:
    """Return the possessor of a relational noun ("the governor's critics": governor), if any.

    Such a noun names other people than its possessor (T89): the argument is the critics, not
    the governor, though the possessor's words are the longer part of the phrase.
    """
    if relation_of(tok) is None:
        return None
    return next((c for c in tok.lefts if c.dep_ == "poss" and c.right_edge.i < tok.i), None)


def _related_traits(tok: Token, owner: Token, start: int,
                    end: int) -> tuple[int, str | None, str | None]:
    """Return a relational noun's own start, country and sector (T89).

    Its own words describe it; its possessor's phrase gives the country unless the noun names
    a peer ("Pyongyang's ally" is another country), and the sector only for a working relation
    inside a body ("the ministry's spokesman"), as ``relational_nouns.tsv`` says.
    """
    doc = tok.doc
    own_start = doc[owner.right_edge.i + 1].idx
    text = doc_text(doc)
    owner_text = text[max(start, doc[owner.left_edge.i].idx):owner.idx + len(owner.text)]
    # the relation's fill flags are mention_phrases' (the rule mentions use): one statement
    texts = owned_texts(text[own_start:end], owner_text, tok)
    country, sector = _describe(texts.own)
    if texts.owner_country and (country is None or texts.owner_sector and sector is None):
        o_country, o_sector = _describe(owner_text, owner.ent_type_ == "PERSON")
        country = country or o_country
        sector = sector or (o_sector if texts.owner_sector else None)
    return own_start, country, sector


def make_argument(tok: Token, actors: ActorIndex, start: int | None = None,
                  end: int | None = None) -> Argument:
    """Resolve a noun phrase head (or an explicit span) to an argument."""
    owner = None
    if start is None or end is None:
        start, end = _span_of(tok)
        owner = _related_possessor(tok)
    text = doc_text(tok.doc)[start:end]
    if owner is not None:
        # "the governor's critics": the critics' own words name the actor, not the possessor's
        own_start, rel_country, rel_sector = _related_traits(tok, owner, start, end)
        actor_id = actors.actor_for(own_start, end)
    else:
        rel_country = rel_sector = None
        actor_id = actors.actor_for(start, end)
    actor = actors.get(actor_id)
    country = actor.country if actor is not None else None
    sector = actor.sector if actor is not None else None
    if country is None or sector is None:
        person = tok.ent_type_ == "PERSON" or actor is not None and actor.kind == "person"
        lex_country, lex_sector = (rel_country, rel_sector) if owner is not None \
            else _describe(text, person)
        if lex_country is None and actor is not None and actor.name != text:
            # the registry's name may be the fuller one ("George W. Bush" for "Bush")
            lex_country, name_sector = _describe(actor.name, person)
            lex_sector = lex_sector or name_sector
        if country is None and lex_country is None:
            # "inspectors of the IAEA", "members of the Association": the of-phrase names them
            of_obj = _of_object(tok)
            if of_obj is not None:
                s2, e2 = _span_of(of_obj)
                actor_id = actor_id or actors.actor_for(s2, e2)
                lex_country, of_sector = _describe(doc_text(tok.doc)[s2:e2])
                lex_sector = lex_sector or of_sector
        country = country or lex_country or owner_country(tok, actors) or \
            _located_country(tok) or _mentioned_country(tok, actor)
        sector = sector or lex_sector
    plural = tok.tag_ == "NNS" and tok.pos_ == "NOUN"
    return Argument(start, end, text, actor_id, country, sector, plural,
                    plural and relation_of(tok) is not None,
                    tok.pos_ == "NOUN" and tok.lemma_.lower() in person_nouns(),
                    peer_relation(tok) is not None)


def _part_argument(part: Token, whole: Argument, actors: ActorIndex) -> Argument:
    """Return one national adjective of a coordination ("Hungarian" of "Hungarian and ...")."""
    start, end = part.idx, part.idx + len(part.text)
    country, _sector = _describe(part.text)
    actor_id = actors.actor_for(start, end)
    actor = actors.get(actor_id)
    if actor is not None and not any(m.start == start and m.end == end for m in actor.mentions):
        actor_id = None  # the registry's actor spans the whole coordination, not this part
    return Argument(start, end, part.text, actor_id, country,
                    whole.sector)


def _phrase_country(tok: Token) -> str | None:
    """Return the country the noun phrase headed by a token names, if any."""
    start, end = _span_of(tok)
    return _describe(doc_text(tok.doc)[start:end])[0]


def _located_country(tok: Token) -> str | None:
    """Return the country of a place the phrase is in ("rebels in X") or its apposition names."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "of", "at", "inside", "for"):
            obj = child_with(child, "pobj")
            if obj is not None:
                # an event noun's own words name no place or body ("calls for a review of the
                # Kosovo war"); a place of the event still counts ("at a rally in Belgrade")
                own = None if obj.lemma_.lower() in trigger_nouns() else _phrase_country(obj)
                if own is None and child.lower_ == ORIGIN_PREP:
                    own = _town_country(obj)  # "a missionary from Calgary": Canada
                country = own or _located_country(obj)
                if country is not None:
                    return country
        elif child.dep_ == "appos" and not any(g.dep_ in ("cc", "conj") for g in child.children):
            # "Adel Ibrahim, the Iraqi embassy's press attache": an apposition says who the
            # person is (a list the parser reads as one, "the US, Russia and X", is not)
            country = _phrase_country(child) or _located_country(child)
            if country is not None:
                return country
        elif child.dep_ == "acl" and child.lemma_.lower() in LEADER_VERBS:
            # "a band led by a former Nicaraguan guerrilla": the leader's country
            leader = pobj_of(child, "by")
            if leader is not None and (country := _phrase_country(leader)) is not None:
                return country
        elif child.dep_ in ("acl", "amod") and child.lemma_.lower() in AFFILIATION_VERBS:
            # "workers affiliated with the Serbian Workers' Union": the body's country (an
            # adjective after its noun is parsed as a modifier: "bodyguards loyal to X")
            for prep in (g for g in child.children if g.dep_ == "prep"):
                obj = child_with(prep, "pobj")
                if obj is not None and (country := _phrase_country(obj)) is not None:
                    return country
    return None


#: The preposition of where someone comes from ("a missionary from Calgary").
ORIGIN_PREP = "from"


def _town_country(tok: Token) -> str | None:
    """Return the country of the town a place name heads, by the gazetteer ("Calgary": CAN)."""
    ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.label_ not in ("GPE", "LOC"):
        return None
    return place_name_country(ent.text)


def _mentioned_country(tok: Token, actor: Actor | None) -> str | None:
    """Return the country a person's other mention gives by its title or apposition.

    "Martin X, 32, from Wembley, London" or "X, the party's deputy leader" early in the story,
    "Mr X said" later: the registry links the mentions, the later one's words say nothing.
    """
    if actor is None or actor.kind != "person":
        return None
    doc = tok.doc
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.i == tok.i:
            continue
        start, end = _span_of(span.root)
        country = _describe(doc_text(doc)[start:end], True)[0] or _located_country(span.root)
        if country is not None:
            return country
    return None


def _of_object(tok: Token) -> Token | None:
    """Return the object of an "of" phrase attached to a noun."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


#: Dependencies spaCy gives the first name of a headline's comma pair ("Pakistan, India agree":
#: Pakistan npadvmod; "Putin, Xi sign": Putin dep) when it takes the second for the subject.
_HEADLINE_PAIR_DEPS = frozenset({"npadvmod", "dep", "nmod", "compound", "appos"})


def headline_partner(tok: Token) -> Token | None:
    """Return the name a headline pairs with a subject by a comma ("Pakistan, India agree").

    Headlines coordinate with a comma where text says "and"; the parser hangs the first name on
    the verb. Only a name of the subject's entity label opening the sentence, right before
    "<name>," and the subject.
    """
    doc = tok.doc
    start = tok.left_edge.i
    if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.ent_type_ or start < 2 \
            or doc[start - 1].text != ",":
        return None
    first = doc[start - 2]  # the head of a name before the comma ("Vladimir Putin, Xi")
    if first.ent_type_ != tok.ent_type_ or first.pos_ != "PROPN" \
            or first.head.i != tok.head.i or first.dep_ not in _HEADLINE_PAIR_DEPS \
            or first.left_edge.i != tok.sent.start:
        return None
    return first


#: Words that make a with-phrase a co-actor's ("along with X", "together with X").
_COMITATIVE_HEADS = frozenset({"along", "together"})


def comitative_partners(tok: Token) -> list[Token]:
    """Return whom a subject acts together with ("along with France, the U.S. struck ...").

    "along with X", "together with X" or "alongside X" on the subject or on its verb names a
    co-actor of the verb, with X's conjuncts ("along with the Russians, French and British").
    """
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    found: list[Token] = []
    for node in (tok, tok.head):
        for prep in (c for c in node.children if c.dep_ == "prep"):
            if prep.lower_ == "alongside":
                obj = child_with(prep, "pobj")
            elif prep.lower_ in _COMITATIVE_HEADS or prep.lower_ == "with" and any(
                    c.dep_ == "advmod" and c.lower_ in _COMITATIVE_HEADS for c in prep.children):
                inner = next((c for c in prep.children if c.dep_ == "prep"
                              and c.lower_ == "with"), prep)
                obj = child_with(inner, "pobj")
            else:
                continue
            if obj is not None:
                found += [obj, *obj.conjuncts]
    return found


def expand(tok: Token, actors: ActorIndex) -> list[Argument]:
    """Resolve a participant, splitting coordinations into one argument per conjunct."""
    out: list[Argument] = []
    partner = headline_partner(tok)
    for head in [*([partner] if partner is not None else []), tok, *tok.conjuncts,
                 *comitative_partners(tok)]:
        if head.pos_ in _SKIP_POS or in_dateline(head):
            continue  # a dateline is where the story was filed, no participant
        of_obj = _of_object(head) if head.lemma_.lower() in QUANTITY_NOUNS else None
        if of_obj is not None:
            # "scores of Sierra Leonean and Liberian refugees": the of-phrase names them
            out.extend(expand(of_obj, actors))
            continue
        # "Hungarian and Romanian officials": coordinated national adjectives name two actors
        adjectives = [c for c in head.lefts
                      if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts]
        if adjectives:
            whole = make_argument(head, actors)
            parts = [adjectives[0], *adjectives[0].conjuncts]
            args = [_part_argument(p, whole, actors) for p in parts]
            if sum(a.country is not None for a in args) >= 2:
                out.extend(args)
                continue
        shared = _shared_origin(head, actors)
        if shared:
            out.extend(shared)  # "Representatives from Armenia and Azerbaijan": one per country
            continue
        # "The US, Russia, and Switzerland": a list the parser reads as an apposition
        listed = [c for c in head.rights if c.dep_ == "appos" and any(
            g.dep_ in ("cc", "conj") for g in c.children)]
        out.append(make_argument(head, actors))
        for appos in listed:
            out.extend(make_argument(t, actors) for t in [appos, *appos.conjuncts])
    return shared_nationality(tok, out)


def _shared_origin(head: Token, actors: ActorIndex) -> list[Argument]:
    """Return one argument per country of a from/of/in-phrase coordination, if it names two or more.

    "Representatives from Armenia and Azerbaijan", "ministers of France and Germany": the noun
    names people of each country, so each country's side is a participant; so do groups or
    targets located in each ("Kurdish militias in Syria and Iraq", "refineries in Russia and
    Belarus"); not when the noun's own words name a country ("Iranian envoys from Tehran and
    Geneva").
    """
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS),
                None)
    obj = child_with(prep, "pobj") if prep is not None else None
    if prep is None or obj is None or not obj.conjuncts:
        return []
    if _phrase_country(head) is not None:
        return []
    whole = make_argument(head, actors)
    parts = []
    for part in [obj, *obj.conjuncts]:
        p_start, p_end = _span_of(part)
        country = _phrase_country(part)
        if country is None:
            return []
        # the first side spans its country's words too: they name an actor, not a target
        # a place's own actor is not the group located there ("militias in Syria and Iraq":
        # Iraq's actor must not take the militias' sector), unlike a side's ("envoys from")
        own = actors.actor_for(p_start, p_end) if prep.lower_ != "in" else None
        # the first side is no longer the registry's actor of the whole phrase: "the
        # presidents of Venezuela and Guyana" are of both countries, not of the first (T118)
        parts.append(replace(whole, end=p_end, text=doc_text(head.doc)[whole.start:p_end],
                             actor=None, country=country) if part is obj else Argument(
            p_start, p_end, doc_text(head.doc)[p_start:p_end], own, country, whole.sector,
            whole.plural, whole.party, whole.people))
    return parts if len({a.country for a in parts}) >= 2 else []
