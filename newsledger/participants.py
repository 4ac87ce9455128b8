"""Participants: the actor registry completed by what the events stage learnt.

:func:`complete_actors` runs after :func:`newsledger.events.code_events` in the pipeline
(:func:`newsledger.events.extract_events_and_actors`): the record's actors behind
``Event.actor`` / ``Event.recipient`` keep the countries and sectors the events' arguments
found, and a recipient the text names only as a place becomes that place's country actor
(:mod:`newsledger.targets`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from newsledger import lexicon
from newsledger.actors import ActorIndex
from newsledger.coordination import STATELESS_SECTORS
from newsledger.event_context import relations_context
from newsledger.knowledge import organisation_named
from newsledger.lexicon_data import country_display_names, country_from_name, demonyms, fold
from newsledger.mention_syntax import QUANTIFIERS
from newsledger.nameless import BODY_KINDS, attached_country, earlier_country, placed_country
from newsledger.record import Actor, ActorKind, Event, Mention, Place
from newsledger.targets import DOMESTIC_TYPES, PlaceTarget

if TYPE_CHECKING:  # events imports this module: the type is only needed for checking
    from newsledger.arguments import Argument
    from newsledger.events import CodedEvent


#: Types whose actor can only be people or their bodies (speech acts, protest, meetings): a
#: plural noun acting so is a group ("prisoners rioted"), while "a bombing killed" names none.
AGENT_TYPES = frozenset({
    "AGREE", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "PROTEST", "CONSULT", "SUPPORT",
    "CONCEDE", "COOPERATE",
})

#: Endings of English agent nouns (prisoners, elders, investors, activists, politicians,
#: detainees, immigrants): a plural subject without them ("the issues agreed", "measures
#: needed", "efforts would continue") is mostly a thing, which the small model cannot tell.
AGENT_SUFFIXES = ("ers", "ors", "ists", "ians", "ees", "ants")

#: Types whose participants without nationality share their partner's (:func:`partner_country`):
#: verbal conflict and cooperation and coercion, mostly within one polity in news; meetings,
#: aid, deployments and fighting are as often between countries.
PARTNER_TYPES = frozenset({
    "ACCUSE", "REQUEST", "REJECT", "THREATEN", "COERCE", "SUPPORT", "CONCEDE",
})

#: Kinds of partner whose nationality a participant shares: somebody, not a state addressed
#: as a whole (as often foreign) nor a thing ("the war in Iraq").
PARTNER_KINDS = frozenset({"person", "group", "organization"})

#: Share of an article's actors with a country (IGOs and NGOs left out) that one country must
#: hold to be the story's own (:func:`home_country`): news leaves its own people unmarked
#: ("Lord Armstrong told BBC Two"), but a story about two countries has no home (three
#: quarters: in the 120 news articles a bilateral story's second country holds a third or more).
#: Actors, not mentions, are counted: one misread actor with many mentions (a party's
#: "Democrats" read as American) must not make the home.
HOME_SHARE = 0.75

#: Fewest actors of the home country, named in more than one sentence: a two-line brief does
#: not show whose story it is, nor does one sentence ("France expelled another African man
#: ... as Air France workers denounced" names three French actors around a foreigner).
HOME_MIN_ACTORS = 3

#: A sentence end (or a paragraph break) between two mentions.
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d)]*\s+[\"'\u201c(]?[A-Z]|\n")

#: The word that marks an argument as an ethnic group ("ethnic Turks", "ethnic Albanians").
ETHNIC_WORD = "ethnic"


def resident_country(arg: Argument | None, place: Place | None) -> str | None:
    """Return the country an ethnic group lives in: the event's place's, if known.

    CAMEO and PLOVER code an ethnic minority with its country of residence ("ethnic Albanians"
    killed in southern Serbia are SRB), not with the country its demonym names.
    """
    if arg is None or place is None or place.country is None:
        return None
    return place.country if ETHNIC_WORD in arg.text.lower().split() else None


def origin_marked(words: str) -> bool:
    """Tell whether a description carries a capitalised modifier ("another African man").

    Such a modifier marks an origin or affiliation the lexicon may not map to a country (a
    continent, a region, a party): the person is marked, not one of the story's own unmarked
    people (:func:`home_country`). A name ("Lord Falconer") is no description.
    """
    parts = words.split()
    return len(parts) > 1 and parts[-1][:1].islower() and any(
        w[:1].isupper() for w in parts[1:-1])


#: Words that mark people as strangers where they are ("foreign detainees", "foreigners",
#: "expatriates"): not of the place they are acted on in.
FOREIGN_WORDS = frozenset({"foreign", "foreigner", "foreigners", "expatriate", "expatriates",
                           "overseas", "international"})


def foreign_marked(words: str, initial: bool = False) -> bool:
    """Tell whether a group's words mark an origin ("foreign nationals", "European leaders").

    A capitalised modifier (no function word: "The", "Some") names an origin or affiliation,
    as :func:`origin_marked` reads it for a person; the group is then not simply of the place.
    The first word of a sentence (``initial``) is capitalised for no such reason.
    """
    parts = words.split()
    return any(w.lower() in FOREIGN_WORDS for w in parts) or any(
        w[:1].isupper() and w.lower() not in STOP_WORDS for w in parts[int(initial):-1])


#: Characters after which a word opens a sentence (or a quotation or paragraph does).
SENTENCE_OPENERS = frozenset('.!?"\u201c\n')


def sentence_initial(text: str, start: int) -> bool:
    """Tell whether the word at ``start`` of the article text opens a sentence."""
    before = text[:start].rstrip(" ")
    return not before or before[-1] in SENTENCE_OPENERS


def home_country(actors: ActorIndex, text: str) -> str | None:
    """Return the country the article is about: the one most of its actors are of.

    Counted over the registry's actors with a country of their own (names, demonyms, titles,
    world knowledge), not IGOs or NGOs; None unless one country holds HOME_SHARE of them and
    at least HOME_MIN_ACTORS, whose mentions ``text`` (the article) shows in two sentences.
    """
    counts = Counter(a.country for a in actors.actors
                     if a.country is not None and a.sector not in STATELESS_SECTORS)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    if n < HOME_MIN_ACTORS or n < HOME_SHARE * sum(counts.values()):
        return None
    spans = [m for a in actors.actors if a.country == country for m in a.mentions]
    first, last = min(m.start for m in spans), max(m.end for m in spans)
    return country if SENTENCE_BREAK.search(text, first, last) else None


def partner_country(c: CodedEvent, partner: Argument | None, partner_kind: str,
                    partner_inferred: str | None = None) -> str | None:
    """Return the country a participant without nationality shares with its event's partner.

    News marks a foreign participant by nationality; one left unmarked in a verbal or coercive
    act with a partner of known nationality, in a clause naming no other country, is of the
    partner's country ("Gordon Brown has criticised a union leader"). Not for a joint act or
    a meeting, which are as often international ("X held talks with Y"), nor when the partner
    is a country or a thing rather than a person, group or body ("the cardinal denounced the
    war in Iraq", "X called for greater EC-U.S. cooperation"). A group or body partner's
    nationality may be the one the events stage inferred for it (``partner_inferred``: its
    place's, "police in Nairobi arrested opposition leader X"), which the record gives it too;
    a person's is never guessed so (:func:`complete_actors`).
    """
    if partner is None:
        return None
    own = partner.country
    if own is None and partner_kind in BODY_KINDS and partner.sector not in STATELESS_SECTORS:
        own = partner_inferred
    if own is None or c.symmetric or \
            c.event.type not in PARTNER_TYPES or partner_kind not in PARTNER_KINDS:
        return None  # a state addressed as a whole is as often foreign ("urged the US")
    return own if c.clause_country in (None, own) else None


#: Sectors of a state's own forces and authorities (police, the military, the government,
#: the courts): their coercion or assault at home with no one named is the state's act on its
#: own country, as the sets' custody convention codes "police in Rangoon detained" (see
#: tests/fixtures/events/README.md); a body of the place's civilians is not the state.
#: Narrower than :data:`newsledger.lexicon.STATE_SECTORS`, which also holds legislatures and
#: intelligence services.
AUTHORITY_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD"})

#: Sectors whose attack with no target is on the state of its place: armed forces, the
#: state's or against it ("rebels attacked a convoy in Angola": AGO, as an attack naming nobody
#: is aimed at its place's state, newsledger.targets.unattributed_target), not a government or
#: its officials (an attack in the clause of "White House officials" or "the Obama
#: administration" is mostly somebody else's, misread as theirs: 2 of 2 in polnear-train).
ASSAULT_SECTORS = frozenset({"COP", "MIL", "REB", "UAF"})

#: State sectors whose act is still at home with no place named: an army's attack, a
#: government's sanction or threat or ban with no target and no place is as often abroad ("its
#: forces liberated 155 square kilometers", "Washington imposed new sanctions"); the police
#: act at home.
HOME_SECTORS = frozenset({"COP"})

#: Most words of a country's name or demonym ("South African", "United Arab Emirates").
MAX_NAME_WORDS = 3

#: A word of an argument's text (a name's or demonym's part: "U.S.", "Cote d'Ivoire").
WORD = re.compile(r"[\w.'-]+")


def country_words(arg: Argument, country: str) -> PlaceTarget | None:
    """Return the words of an argument naming a country ("Kenyan" of "Kenyan police"), if any.

    The longest run of words that is exactly that country's name or demonym (not a phrase
    the lexicon would read as the country's, "Kenyan police": the actor's own words).
    """
    words = list(WORD.finditer(arg.text))
    for n in range(MAX_NAME_WORDS, 0, -1):
        for i in range(len(words) - n + 1):
            lo, hi = words[i].start(), words[i + n - 1].end()
            name = arg.text[lo:hi]
            if (demonyms().get(fold(name)) or country_from_name(name)) == country:
                return PlaceTarget(country, arg.start + lo, arg.start + hi, name)
    return None


def home_target(c: CodedEvent, actor: Actor | None, text: str) -> PlaceTarget | None:
    """Return the country a state body's domestic act with no one named is directed at.

    The sets' convention (CAMEO/PLOVER practice): "police fired tear gas in Dhaka" is BGD ->
    BGD, and "Brazilian farmers blocked highways to protest" BRA -> BRA. For a coercion,
    assault, protest, threat or sanction (:data:`DOMESTIC_TYPES`) with no recipient argument
    and no implicit target, of a group or body of a state sector (:data:`AUTHORITY_SECTORS`)
    with a country, in a clause naming no other country: the event's place when it lies in that
    country (the actor's country may be the place's, inferred, as the events stage's own
    implicit target needs a nationality of the actor's own words); with no place, the country
    the actor's own words name ("Kenyan police"), for the police only (:data:`HOME_SECTORS`);
    an attack is the forces' only (:data:`ASSAULT_SECTORS`).
    A protest is at home whoever protests (not an IGO or NGO), but only as the nationality of
    its own words says. The country actor's mention is the place's or those words.
    """
    armed = c.event.type == "ASSAULT"
    if c.recipient is not None or c.implicit is not None or c.symmetric or \
            c.event.type not in DOMESTIC_TYPES or actor is None or actor.country is None or \
            actor.kind not in BODY_KINDS or c.clause_country not in (None, actor.country) or \
            armed and actor.sector not in ASSAULT_SECTORS:
        return None
    state = actor.sector in AUTHORITY_SECTORS
    if not state and not armed and (
            c.event.type != "PROTEST" or actor.sector in STATELESS_SECTORS):
        return None
    place = c.event.location
    if place is not None:
        if not (state or armed) or place.country != actor.country or not text:
            # abroad, or a place of no known country: not the actor's home; a protest of
            # the actor's own nationality in a place is the events stage's implicit target,
            # and one of a people of the place only is nobody's (the sets' convention)
            return None
        return PlaceTarget(actor.country, place.start, place.end, text[place.start:place.end])
    if c.actor is None or (state or armed) and actor.sector not in HOME_SECTORS:
        return None
    return country_words(c.actor, actor.country)


def inferred_countries(found: dict[str, Actor], c: CodedEvent,
                       text: str) -> tuple[str | None, str | None]:
    """Return the countries the events stage inferred for the actor and recipient.

    The registry's country of a group or body comes first (an earlier mention's,
    :func:`earlier_country`, which its partner may share), then a place that says where a
    nameless group acts from (:func:`placed_country`).
    """
    out: list[str | None] = []
    for arg, inferred in ((c.actor, c.actor_country), (c.recipient, c.recipient_country)):
        registry = found.get(arg.actor or "") if arg is not None else None
        kind = registry.kind if registry is not None else \
            lexicon.describe(arg.text).kind if arg is not None else "unknown"
        sector = registry.sector if registry is not None else None
        known = registry.country if registry is not None and kind in BODY_KINDS else None
        if known is None and registry is not None and transnational(registry.name):
            out.append(None)  # the place is where it acts, not whose it is
            continue
        out.append(known or placed_country(c, arg, sector, kind, text) or inferred)
    return out[0], out[1]


def transnational(name: str) -> bool:
    """Tell whether the knowledge tables list a named organisation with no country ("-").

    Airbus or Unilever are based in several countries: the sentence's one country or the
    event's place ("compensated by Airbus" beside Singapore Airlines) is not theirs.
    """
    traits = organisation_named(name)
    return traits is not None and traits.country is None and traits.kind != "person"


def voted_countries(found: dict[str, Actor], coded: Sequence[CodedEvent],
                    text: str = "") -> dict[str, str]:
    """Return, per registry actor without a country, the country most of its events give it.

    The events stage infers a country per event (the argument's own, else the place's or the
    sentence's, not for a person or an IGO/NGO); a registry actor has one country for the whole
    article, so it takes the most frequent (the first on a tie) rather than whichever event
    came first: "the government" accused in a French writer's sentence, then acting twice in
    Canada, is Canada's. Guesses from a partner (:func:`partner_country`) do not vote.
    """
    votes: dict[str, Counter[str]] = {}
    for c in coded:
        for arg, inferred in zip((c.actor, c.recipient), inferred_countries(found, c, text),
                                 strict=True):
            actor = found.get(arg.actor or "") if arg is not None else None
            if arg is None or actor is None or actor.country is not None or arg.peer:
                continue  # a peer relation ("its neighbours") is another party: no vote
            stateless = actor.kind == "person" or (actor.sector or arg.sector) in \
                STATELESS_SECTORS
            country = arg.country or (None if stateless else inferred)
            if country is not None:
                votes.setdefault(actor.id, Counter())[country] += 1
    return {a: n.most_common(1)[0][0] for a, n in votes.items()}


def complete_actors(
    actors: ActorIndex, coded: Sequence[CodedEvent], text: str = "",
) -> tuple[ActorIndex, list[Event]]:
    """Return the registry completed by the events' arguments, and the events pointing at it.

    For the pipeline to keep what the events stage learnt about its participants: an argument
    with no registry actor becomes a new actor (ids after the registry's, one mention: the
    argument's span) when it names somebody (it has a country or sector); a registry actor
    without a country or sector takes the first one an argument gives it. A participant named
    without nationality ("police", "students") takes the country the events stage inferred for
    it (the place of the event, else the one country its sentence names), as CAMEO and PLOVER
    code domestic actors (not for a person: a named person of another country is too often
    met). A recipient the event does not name is the country actor of its implicit target
    (:mod:`newsledger.targets`): the registry's actor of those words or of that country, which
    takes the words as a mention, else a new country actor; otherwise it gets no actor. A
    thing with its place's country ("the main road in Nairobi") is that place's country actor,
    with the place's words of ``text`` (the article text) as mention; an ethnic group takes
    its place's country (:func:`resident_country`). A nameless group or body takes the country
    of the bodies named before with its head noun, and a place attached to a participant or
    where a police or court act happens beats the sentence's one country
    (:mod:`newsledger.nameless`). An event whose sentence gave it no context
    and whose actor and recipient act for two states is diplomatic
    (:func:`newsledger.event_context.relations_context`).
    """
    found: dict[str, Actor] = {a.id: a for a in actors.actors}
    for a in actors.actors:
        if a.country is None and a.mentions:
            earlier = earlier_country(a.name, a.mentions[0].start, a.kind, a.sector,
                                      actors.actors)
            found[a.id] = replace(a, country=earlier) if earlier else a
    new_ids: dict[tuple[int, int], str] = {}
    home = home_country(actors, text)
    voted = voted_countries(found, coded, text)

    def resolve(arg: Argument | None, inferred: str | None, c: CodedEvent,
                acted_on: bool = False, partner: Argument | None = None,
                partner_inferred: str | None = None) -> str | None:
        """Return the (possibly new) actor id of an argument.

        ``partner_inferred`` is the country the events stage inferred for its partner.
        """
        if arg is None or arg.text.split(" ", 1)[0].lower() in QUANTIFIERS:
            return None  # "every soldier", "any party": nobody specific (as in the registry)
        place = c.event.location
        kind = kind_of(arg)
        residence = resident_country(arg, place)
        sector = found[arg.actor].sector if arg.actor in found else arg.sector
        # "its neighbours": a relation names another party than those around it (T118)
        own_side = (sector or arg.sector) not in STATELESS_SECTORS and not arg.peer
        stateless = kind == "person" or not own_side
        # a person's residence only from a place attached to its words ("a lawyer in Kano")
        country = residence or arg.country or (
            attached_country(c, arg, text) if kind == "person" and own_side else None) or (
            None if stateless else inferred) or (
            partner_country(c, partner, kind_of(partner), partner_inferred)
            if own_side else None) or (
            home if kind == "person" and not origin_marked(arg.text) else None)
        foreign = arg.people and arg.country is None and sector is None and foreign_marked(
            arg.text, sentence_initial(text, arg.start))
        if foreign:
            country = None  # "foreign detainees", "European leaders": not the place's or partner's
        if arg.actor is not None and arg.actor in found:
            actor = found[arg.actor]
            if residence is not None and actor.country != residence:
                # "ethnic Albanians" in Serbia: the registry's demonym country gives way
                found[arg.actor] = replace(actor, country=residence)
            elif actor.country is None and country or actor.sector is None and arg.sector:
                found[arg.actor] = replace(actor, country=actor.country or voted.get(
                                               arg.actor) or country,
                                           sector=actor.sector or arg.sector)
            return arg.actor
        if arg.country is None and arg.sector is None and arg.people:
            # "the two contractors killed", "kidnapped two engineers": people of no known
            # sector, who live where they are acted on or act (as "Prisoners rioted" below)
            kind = "group" if arg.plural else "person"
            if kind == "group" and not foreign:  # an unregistered argument: sector is its own
                country = place.country if place is not None and place.country else \
                    c.clause_country
        elif arg.country is None and arg.sector is None:
            if acted_on or not arg.plural or c.event.type not in AGENT_TYPES or not \
                    arg.text.lower().endswith(AGENT_SUFFIXES):
                return None  # "the offices", "part", "the issues": not somebody
            # "Prisoners rioted", "Ibo elders demanded": who protests or demands is people,
            # living where they act (residence), else in the one country the clause names
            kind = "group"
            country = place.country if place is not None and place.country else \
                c.clause_country
        if acted_on and kind == "unknown" and arg.sector is None and place is not None and text \
                and place.country == arg.country and arg.country is not None:
            # "blocked the main road in Nairobi", "a curfew in Algiers": a thing has its
            # place's country but is nobody; it stands for the state of the place it is in
            return country_actor(PlaceTarget(arg.country, place.start, place.end,
                                             text[place.start:place.end]))
        key = (arg.start, arg.end)
        if key not in new_ids:
            new_ids[key] = f"A{len(found) + 1}"
            found[new_ids[key]] = Actor(new_ids[key], arg.text, kind, country, arg.sector,
                                        None, (Mention(arg.start, arg.end, arg.text),))
        return new_ids[key]

    def kind_of(arg: Argument | None) -> ActorKind:
        """Return the kind of an argument's registry actor, else the one its words describe."""
        if arg is not None and arg.actor in found:
            return found[arg.actor].kind
        return lexicon.describe(arg.text).kind if arg is not None else "unknown"

    def country_actor(target: PlaceTarget) -> str:
        """Return the id of the country actor an implicit target's words refer to."""
        key = (target.start, target.end)
        mention = Mention(target.start, target.end, target.text)
        same = next((a for a in found.values() if mention in a.mentions), None) or next(
            (a for a in found.values() if a.kind == "country" and a.country == target.country),
            None)
        if same is not None:
            if mention not in same.mentions:
                found[same.id] = replace(same, mentions=tuple(sorted(
                    (*same.mentions, mention), key=lambda m: m.start)))
            if same.country is None:  # the registry read the place's name as a body
                found[same.id] = replace(found[same.id], country=target.country)
            return same.id
        new_ids[key] = f"A{len(found) + 1}"
        name = country_display_names().get(target.country, target.text)
        found[new_ids[key]] = Actor(new_ids[key], name, "country", target.country, None, None,
                                    (mention,))
        return new_ids[key]

    events = []
    for c in coded:
        a_inferred, r_inferred = inferred_countries(found, c, text)
        actor = resolve(c.actor, a_inferred, c, partner=c.recipient,
                        partner_inferred=r_inferred) if c.actor else \
            country_actor(c.state) if c.state else c.event.actor
        at_home = home_target(c, found.get(actor or ""), text) if actor else None
        recipient = resolve(c.recipient, r_inferred, c, True, c.actor, a_inferred) \
            if c.recipient else \
            country_actor(c.implicit) if c.implicit else \
            country_actor(at_home) if at_home else c.event.recipient
        if recipient == actor:  # "Brazil's government told its army": nobody acts on itself
            recipient = None
        context = c.event.context or relations_context(found.get(actor or ""),
                                                       found.get(recipient or ""))
        events.append(replace(c.event, actor=actor, recipient=recipient, context=context))
    return ActorIndex(tuple(found.values())), events
