"""Recipients: whom an event is directed at, from the trigger outward.

Split from :mod:`newsledger.events`. :func:`pick_recipients` takes the first candidate phrase
that names somebody (a country, or a registry actor with traits), passing over the event's own
actor; when a trigger has none, PLOVER's conventions say where to look: the act a commitment
names (:func:`act_recipients`: "threatened to expel X", "... if X goes ahead", "refused despite
pressure by X") and the purpose of a protest (:func:`purpose_recipients`: "blocked roads to
press demands from X"); :func:`deep_recipients` (moved here from :mod:`newsledger.arguments`)
finds them inside a trigger's object ("threatened to break relations with X").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsledger.actors import ActorIndex
from newsledger.argument_clauses import (
    ASKED_PREP,
    ASKING_TYPES,
    HOST_MODE,
    asked_for,
    condemns_an_attack,
)
from newsledger.arguments import (
    RECIPIENT_PREPS,
    Argument,
    author_of,
    expand,
    verb_roles,
)
from newsledger.clause_words import child_with, word_list
from newsledger.record import Place
from newsledger.triggers import rule_for

try:  # the lexicon tells towns (locations) from countries (recipients) among goals
    from newsledger import lexicon as _lexicon
except ImportError:  # pragma: no cover - lexicon ships with newsledger
    _lexicon = None  # type: ignore[assignment]

#: Verbal events whose recipient is the one their infinitive acts on ("threatened to ban X").
COMMITMENTS = frozenset({"AGREE", "THREATEN", "REJECT"})

#: Verbs of using a means ("threatened to use its law to revoke licences"): the act is the
#: purpose infinitive, not the use of the means.
INSTRUMENT_VERBS = word_list("instrument_verb")

#: Subordinators of a condition a threat or refusal hangs on ("if", "unless").
CONDITION_MARKS = frozenset({"if", "unless"})


def names_actor(arg: Argument, actors: ActorIndex) -> bool:
    """Tell whether an argument names an actor: a country, or a registry actor with traits.

    The registry also holds plain nouns ("part", "tanks"); a recipient must be somebody. A
    party named by its relation ("two neighbours", Argument.party) is somebody (T61), and so
    are people named by a noun of people ("the two contractors", Argument.people; T113).
    """
    if arg.country is not None or arg.party and arg.actor is not None or arg.people:
        return True
    actor = actors.get(arg.actor)
    return actor is not None and bool(
        actor.country or actor.sector or actor.kind in ("person", "organization", "country"))


def pick_recipients(candidates: list[Token], actors: ActorIndex,
                    places: Sequence[Place] = (), own: frozenset[str] = frozenset(),
                    ) -> list[Argument]:
    """Return the first candidate recipient that names an actor or a country.

    A town or region named as the goal ("sent tanks to Kilis") is the event's location, not a
    recipient; a country named so stays a recipient ("sent troops to Mali"). A candidate that
    is the event's own actor (``own``: "reneged on his commitment to the Zambian people", whose
    "his" is the actor) is passed over for the next one.
    """
    towns = {(p.start, p.end) for p in places if _lexicon is None or not
             _lexicon.country_of(p.name)}
    for cand in candidates:
        args = [a for a in expand(cand, actors) if names_actor(a, actors) and not any(
            s <= a.start and a.end <= e for s, e in towns) and a.actor not in own]
        if args:
            return args
    return []


def act_recipients(tok: Token, actors: ActorIndex, places: Sequence[Place],
                   own: frozenset[str]) -> list[Argument]:
    """Return the recipients of the act a commitment names ("threatened to ban X": X).

    PLOVER's AGREE, THREATEN and REJECT are directed at whoever the promised, threatened or
    refused act is done to, so the infinitive's object stands for the verb's missing one.
    """
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for act in (a for named in acts for a in _purposes(named)):
        act_actor, cands = verb_roles(act, "")
        rule = rule_for(act)
        if rule is not None and rule.mode == HOST_MODE and act_actor is not None:
            cands = [*cands, act_actor]  # "agreed to host X": the visitor, the visit's actor
        found = pick_recipients(cands, actors, places, own)
        if found:
            return found
    # "threatened to stop talks if the United States goes ahead", "refused to resign despite
    # pressure by the commission": the party whose conduct the threat is conditioned on, or
    # whose pressure is resisted, is the one threatened or refused
    others: list[Token] = []
    for head in (tok, *acts):
        for child in head.children:
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
                                             for g in child.children):
                others += [g for g in child.children if g.dep_ == "nsubj"]
            elif child.dep_ == "prep" and child.lower_ == "despite":
                others += [a for g in child.children if g.dep_ == "pobj"
                           for a in author_of(g)]
    return pick_recipients([t for t in others if t.pos_ != "PRON"], actors, places, own)


def _purposes(act: Token) -> list[Token]:
    """Return the acts an infinitive names: itself, or what its instrument is used for.

    "threatened to use its new law to revoke or deny licences to X": what is used is a means,
    and the act threatened is its purpose (with its coordinated verbs), whose recipient is X.
    """
    if act.lemma_.lower() not in INSTRUMENT_VERBS:
        return [act]
    purposes = [c for c in act.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    return [*(v for p in purposes for v in (p, *p.conjuncts)), act]


def purpose_recipients(tok: Token, actors: ActorIndex, places: Sequence[Place],
                       own: frozenset[str]) -> list[Argument]:
    """Return whom a protest's purpose clause addresses ("blocked roads to press demands from X").

    The purpose infinitive hangs on the trigger or on the light verb of a protest noun; what it
    demands from, or is directed against, is what the protest is against.
    """
    hosts = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])
    for host in hosts:
        for purpose in (c for c in host.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)):
            cands = [*verb_roles(purpose, "")[1], *deep_recipients(purpose)]
            cands += [g for t in purpose.subtree if t.dep_ == "prep" and t.lower_ == "from"
                      for g in t.children if g.dep_ == "pobj"]
            found = pick_recipients(cands, actors, places, own)
            if found:
                return found
    return []


def _asked_from(wanted: Token) -> list[Token]:
    """Return the parties named in what a request asks for: its source or its country.

    "appealed for help from the UN", "called for increased U.S.-EC cooperation": whom it is
    asked from, or the state whose cooperation is wanted; not a word of a role ("a special
    prosecutor"), which names no one.
    """
    named = [t for t in wanted.lefts if t.dep_ in ("compound", "amod", "nmod") and (
        t.ent_type_ in ("NORP", "GPE", "ORG")
        or _lexicon is not None and _lexicon.describe(t.text).country is not None)]
    return named + [t for t in author_of(wanted) if t.dep_ == "pobj"]


#: Relations not searched for a recipient: the actor's side and separate clauses.
_NO_RECIPIENT_DEPS = frozenset({
    "nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "relcl", "acl", "conj", "punct",
    "parataxis", "appos", "mark", "aux", "auxpass", "neg", "cc", "agent",
})

#: Nouns that make a phrase a location, not a participant ("on the Thai border").
LOCATIVE_NOUNS = word_list("locative_noun")

#: The preposition of the parties an act stands between ("mediated between X and Y").
BETWEEN = "between"

#: How deep below a trigger a recipient phrase may sit ("threatened to break relations with X").
RECIPIENT_DEPTH = 4


def deep_recipients(trigger: Token) -> list[Token]:
    """Return recipient phrases inside a trigger's object or complement, nearest first.

    "threatened to break relations with Russia", "a suspension of air links with Serbia",
    "suspended part of a military aid program for Bosnia": the recipient sits in a
    prepositional phrase of the event's object or infinitive rather than on the trigger.
    """
    found: list[Token] = []
    rule = rule_for(trigger)
    # "condemned the attack on the embassy": the attack's victim is not the one condemned
    skip = child_with(trigger, "dobj") if rule is not None and condemns_an_attack(
        trigger, rule.type) else None
    frontier = [trigger]
    for _ in range(RECIPIENT_DEPTH):
        nxt: list[Token] = []
        for node in frontier:
            for child in node.children:
                if child.dep_ in _NO_RECIPIENT_DEPS or child == skip:
                    continue
                if child.dep_ == "prep" and (child.lower_ in RECIPIENT_PREPS or (
                        child.lower_ == BETWEEN and (node is not trigger or
                                                     trigger.pos_ == "VERB"))):
                    # "host a meeting between X and Y": the object's parties; "mediated
                    # between X and Y": the verb's
                    asking = node is trigger and child.lower_ == ASKED_PREP and rule is not None \
                        and rule.type in ASKING_TYPES
                    for obj in child.children:
                        if asking and asked_for(obj):
                            # "called for a special prosecutor": what is asked for; whom it is
                            # asked from is ("appealed for help from the UN"), or a named party
                            # of it ("called for increased U.S.-EC cooperation")
                            found.extend(_asked_from(obj))
                            continue
                        if obj.dep_ == "pobj" and obj.lemma_.lower() not in LOCATIVE_NOUNS:
                            found.append(obj)
                            found.extend(author_of(obj))  # "against Sweden's decision"
                nxt.append(child)
        frontier = nxt
    return found
