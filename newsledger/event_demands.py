"""Demands stated through a reporting verb: "X said Y must do Z" is X's REQUEST to Y.

Split from :mod:`newsledger.events`. PLOVER codes a reported obligation laid on someone other
than the speaker as the speaker's request, although no request verb is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from newsledger.actors import ActorIndex
from newsledger.arguments import Argument, expand
from newsledger.clause_words import child_with
from newsledger.coded_event import CodedEvent, tree_depth
from newsledger.event_context import contexts
from newsledger.event_countries import side_country
from newsledger.record import Event, Statement
from newsledger.status import cues, status_of

#: Modals of obligation that turn a reported clause into a demand.
DEMAND_MODALS = frozenset({"must", "should"})


def demand_triggers(sent: Span, taken: set[int]) -> list[tuple[Token, Token]]:
    """Return (reporting verb, complement verb) pairs that state a demand ("X said Y must go").

    PLOVER codes "X said Y must/should do Z" as X's REQUEST to Y: the modal of obligation in a
    reported clause whose subject is not the speaker.
    """
    found = []
    for verb in sent:
        if verb.dep_ != "ccomp" or verb.head.i in taken:
            continue
        auxes = [c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if not set(auxes) & DEMAND_MODALS or "have" in auxes:
            continue  # "should have been used" reproaches the past; it demands nothing
        head = verb.head
        if (head.lemma_.lower(), "report") in cues() and head.pos_ == "VERB":
            found.append((head, verb))
    return found


def _or_nobody(side: list[Argument]) -> list[Argument | None]:
    """Return a side's participants, or one empty place when it names none."""
    return list(side) if side else [None]


def reported_act_events(
    sent: Span, cue: Token, act: tuple[str, str | None, tuple[str, ...]],
    statements: Sequence[Statement], topic: Counter[str],
    sides: tuple[list[Argument], list[Argument]], countries: tuple[str | None, str | None],
) -> list[CodedEvent]:
    """Code an act stated through a reporting verb: one event per speaker-target pair.

    ``act`` is (type, mode, the rule's contexts); the event sits on the reporting verb, takes
    its status, and each side its own country else ``countries``' fallback for that side (an
    international body takes none: "Amnesty said the Egyptian authorities must free them").
    """
    kind, mode, rule_context = act
    speakers, targets = sides
    decision = status_of(cue, statements)
    base = Event(id="", type=kind, mode=mode, status=decision.status, trigger=cue.text,
                 sentence=sent.text, start=cue.idx, end=cue.idx + len(cue.text),
                 context=contexts(rule_context, topic), statement=decision.statement)
    # a side nobody names is still one event, with no participant on that side
    pairs = [(a, r) for a in _or_nobody(speakers) for r in _or_nobody(targets)]
    return [
        CodedEvent(replace(base, actor=a.actor if a else None, recipient=r.actor if r else None),
                   a, r, tree_depth(cue), False,
                   side_country(a, countries[0]), side_country(r, countries[1]))
        for a, r in pairs
    ]


def code_demands(
    sent: Span, demands: list[tuple[Token, Token]], actors: ActorIndex,
    statements: Sequence[Statement], sole_country: str | None, topic: Counter[str],
) -> list[CodedEvent]:
    """Code "X said Y must do Z" as X's REQUEST to Y (one event per coordinated recipient)."""
    out: list[CodedEvent] = []
    for head, verb in demands:
        speaker = child_with(head, "nsubj", "nsubjpass")
        subject = child_with(verb, "nsubj", "nsubjpass")
        speakers = expand(speaker, actors) if speaker else []
        targets = expand(subject, actors) if subject else []
        out.extend(reported_act_events(sent, head, ("REQUEST", None, ()), statements, topic,
                                       (speakers, targets), (sole_country, sole_country)))
    return out
