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


def code_demands(
    sent: Span, demands: list[tuple[Token, Token]], actors: ActorIndex,
    statements: Sequence[Statement], sole_country: str | None, topic: Counter[str],
) -> list[CodedEvent]:
    """Code "X said Y must do Z" as X's REQUEST to Y (one event per coordinated recipient)."""
    out: list[CodedEvent] = []
    for head, verb in demands:
        speaker = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        speakers: list[Argument | None] = list(expand(speaker, actors)) if speaker else []
        targets: list[Argument | None] = list(expand(subject, actors)) if subject else []
        decision = status_of(head, statements)
        base = Event(id="", type="REQUEST", status=decision.status, trigger=head.text,
                     sentence=sent.text, start=head.idx, end=head.idx + len(head.text),
                     context=contexts((), topic), statement=decision.statement)
        for a in speakers or [None]:
            for r in targets or [None]:
                event = replace(base, actor=a.actor if a else None,
                                recipient=r.actor if r else None)
                # an international body takes no country from the sentence ("Amnesty said
                # the Egyptian authorities must free them": Amnesty is not Egyptian)
                out.append(CodedEvent(
                    event, a, r, tree_depth(head), False,
                    side_country(a, sole_country), side_country(r, sole_country),
                ))
    return out
