"""Events: PLOVER events with epistemic status, actors, places and dates.

Stage contract: ``extract_events(doc, actors, statements, dates) -> list[Event]``.

For each sentence:

1. :mod:`newsledger.triggers` finds the verbs and nouns that name an event and its PLOVER type;
2. triggers of the same type nested in one another are merged ("killed ... in an attack");
3. :mod:`newsledger.arguments` finds actor and recipient, one event per coordinated pair;
4. :mod:`newsledger.status` decides the epistemic status and who asserts a non-asserted event
   (a statement's speaker when the trigger lies inside the statement's content);
5. an announced intention is also coded as the verbal event PLOVER gives it: a promised
   cooperative act is AGREE, a promised hostile act THREATEN, a refused cooperative act REJECT
   (codebook: AGREE "promise ... to cooperate"; THREATEN "coercive or forceful warnings");
6. the location is the place named in the event's clause, the date the event clause's date;
7. a recipient-less event's place or clause country may be its recipient in the record, and a
   passive arrest's place its actor (:mod:`newsledger.targets`); the record's actors are the
   registry completed by the arguments (:mod:`newsledger.participants`).

Recipients a trigger lacks are looked for where PLOVER puts them: a commitment's infinitive
act ("threatened to expel X"), its condition ("... if X goes ahead"), the pressure resisted
("refused despite pressure by X") and a protest's purpose ("to press demands from X").

Split by responsibility: :mod:`newsledger.coded_event` (the coded event),
:mod:`newsledger.event_merge` (step 2), :mod:`newsledger.event_countries` (the sentence's one
country), :mod:`newsledger.event_demands` ("X said Y must do Z").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsledger.actors import ActorIndex
from newsledger.argument_clauses import HOST_MODE
from newsledger.arguments import (
    Argument,
    doc_text,
    expand,
    make_argument,
    verb_roles,
)
from newsledger.clause_subject import verb_subject
from newsledger.coded_event import CodedEvent, tree_depth
from newsledger.dates import date_for
from newsledger.event_confidence import confidence
from newsledger.event_confidence import model as confidence_model
from newsledger.event_context import contexts, topic_scores
from newsledger.event_countries import (
    beyond_own_words,
    side_country,
    sole_beside,
    sole_country,
    stateless,
)
from newsledger.event_demands import code_demands, demand_triggers
from newsledger.event_evaluations import code_evaluations, evaluation_triggers
from newsledger.event_merge import absorber, lead_trigger, merge_triggers
from newsledger.event_places import locative, place_in_clause
from newsledger.noun_roles import harm_result_roles, noun_roles
from newsledger.participants import complete_actors, resident_country
from newsledger.places import find_places
from newsledger.recipients import (
    COMMITMENTS,
    act_recipients,
    deep_recipients,
    pick_recipients,
    purpose_recipients,
)
from newsledger.record import Event, Place, Statement, When
from newsledger.status import StatusDecision, status_of
from newsledger.targets import (
    clause_country,
    implicit_target,
    state_actor,
    unattributed_target,
)
from newsledger.trigger_constraints import infinitive_complements
from newsledger.trigger_spans import trigger_span, trigger_text
from newsledger.triggers import TriggerMatch, find_triggers

__all__ = ["CodedEvent", "absorber", "code_events", "code_sentence", "complete_actors",
           "extract_events", "extract_events_and_actors"]

#: Material cooperation whose announcement PLOVER codes as AGREE ("will give aid").
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})

#: Material conflict whose announcement PLOVER codes as THREATEN ("would blockade Paris").
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})

#: Verbal events: a trigger under one of these is its content, so no intention is derived.
VERBAL = frozenset({"AGREE", "THREATEN", "REJECT", "REQUEST", "ACCUSE"})

#: Personal pronouns that stand for the speaker of a reported clause ("X said they had been
#: forced"); not "it" (often expletive), "some", "that" (quantities and relatives).
SPEAKER_PRONOUNS = frozenset({"they", "he", "she", "we", "i"})

#: Inside a direct quotation only the first person is the speaker ("They attacked us," the mayor
#: said: "they" are others, "us" the mayor's side); subject and object forms (session 12).
QUOTED_SPEAKER_SUBJECTS = frozenset({"i", "we"})
QUOTED_SPEAKER_OBJECTS = frozenset({"me", "us"})
#: Relations of an object pronoun the speaker can fill as recipient ("encouraged me").
OBJECT_DEPS = frozenset({"dobj", "dative"})

#: Subject pronouns of one person, and of a thing or body: "he" stands for no ministry and "it"
#: for no minister. "we" and "they" are left out: "we" takes the speaker in, and "they" is often
#: the speaker with others ("Mr Howard and Mr Kennedy have said they would welcome a debate").
PERSON_PRONOUNS = frozenset({"he", "she"})
BODY_PRONOUNS = frozenset({"it"})

def _roles(match: TriggerMatch) -> tuple[Token | None, list[Token]]:
    """Return the actor head and candidate recipient heads of a trigger."""
    if match.rule.pos == "VERB":
        # "the stabbing death of X": a verb-tagged act on a harm noun, read as the noun reads it
        harmed = harm_result_roles(match.token)
        return harmed if harmed is not None else \
            verb_roles(match.token, match.rule.roles, match.rule.type)
    if match.rule.pos == "ADJ":  # "a slain doctor": the noun it qualifies is the victim
        tok = match.token
        return None, [tok.head] if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") \
            else []
    return noun_roles(match.token, match.rule.type, match.rule.roles)


def _source_argument(doc: Doc, decision: StatusDecision, actors: ActorIndex) -> Argument | None:
    """Return the source of a claim as an argument, if its span is known."""
    if decision.source_start is None or decision.source_end is None:
        return None
    span = doc.char_span(decision.source_start, decision.source_end, alignment_mode="expand")
    if span is None:
        return None
    return make_argument(span.root, actors, decision.source_start, decision.source_end)


def _may_stand_for(pronoun: Token, source: Argument, actors: ActorIndex) -> bool:
    """Tell whether a subject pronoun may stand for the speaker of its report.

    A person is "he" or "she", a body or a thing "it": in "Clark said it was the same statement"
    the statement is no person. A speaker whose kind is unknown may be either.
    """
    actor = actors.get(source.actor)
    if actor is None or actor.kind == "unknown":
        return True
    word = pronoun.lower_
    if word in PERSON_PRONOUNS:
        return actor.kind == "person"
    return actor.kind != "person" if word in BODY_PRONOUNS else True


def _governed_by_verbal(tok: Token, by_index: dict[int, TriggerMatch]) -> bool:
    """Tell whether a trigger is the content of a verbal event ("promised to continue aid")."""
    cur = tok
    for _ in range(3):
        # the subject of a verbal event's clause is its content too ("agreed that talks
        # would resume": the talks are what was agreed, not a second promise)
        if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep",
                                                   "conj", "nsubj", "nsubjpass"):
            return False
        cur = cur.head
        other = by_index.get(cur.i)
        if other is not None and other.rule.type in VERBAL:
            return True
    return False


def _commits_to_force(tok: Token, by_index: dict[int, TriggerMatch]) -> bool:
    """Tell whether a promise's infinitive is a hostile act ("vowed to fight").

    PLOVER codes such a promise as THREATEN rather than AGREE.
    """
    return any(c.i in by_index and by_index[c.i].rule.type in HOSTILE
               for c in infinitive_complements(tok))


def _intent_type(type_: str, decision: StatusDecision) -> str | None:
    """Return the verbal type PLOVER gives an announced intention, if the status shows one.

    A promised or offered cooperative act is AGREE, a promised hostile act THREATEN (also when
    it hangs on a condition: "will withdraw unless"), a refused cooperative act REJECT; being
    "ready to" cooperate is AGREE (codebook: "indicate willingness ... to cooperate").

    A resignation announced ("he told Brown he would quit", "will step down") stays AGREE (T102,
    decided on T98's audit, which judged two such events RETREAT): CAMEO2PLOVER codes 0341
    "express intent to change leadership" as AGREE, and the codebook's RETREAT/resign covers
    only acts with "immediate (not simply promised) material consequences". A third party's
    forecast of a resignation ("X will almost certainly step down, an analyst said") is no
    announced intent at all, but this function is not told who speaks; that is the status
    stage's `intent` flag, left for its owner.
    """
    if decision.status == "denied":
        return "REJECT" if decision.intent and type_ in COOPERATIVE else None
    promised = decision.intent and (decision.status == "planned" or decision.conditional)
    # withdrawing unless a demand is met is a threat, not an offer
    hostile = HOSTILE | {"RETREAT"} if decision.conditional else HOSTILE
    if promised and type_ in hostile:
        return "THREATEN"
    if (promised or decision.willing) and type_ in COOPERATIVE:
        return "AGREE"
    return None


def _pairs(
    m: TriggerMatch, parts: list[TriggerMatch], actors: ActorIndex, places: Sequence[Place],
    source: Argument | None, quoted: bool = False,
) -> tuple[list[tuple[Argument | None, Argument | None]], str | None]:
    """Return a trigger's (actor, recipient) pairs, one per coordinated participant, and mode.

    The mode comes from a merged nested trigger when the trigger has none. ``quoted``: the
    trigger is in the source's direct quotation, where only "I"/"we"/"me"/"us" are the speaker.
    """
    tok, rule = m.token, m.rule
    actor_tok, rec_cands = _roles(m)
    mode = rule.mode
    for part in parts:  # "killed ... in an attack": the nested trigger fills gaps
        p_actor, p_recs = _roles(part)
        actor_tok = actor_tok or p_actor
        rec_cands = rec_cands + p_recs
        mode = mode or part.rule.mode
    actor_args = expand(actor_tok, actors) if actor_tok is not None else []
    if actor_tok is not None and actor_tok.pos_ == "PRON" and actor_tok.dep_ == "nsubj" \
            and source is not None and (actor_tok.lower_ in QUOTED_SPEAKER_SUBJECTS if quoted
                                        else _may_stand_for(actor_tok, source, actors)):
        actor_args = [source]  # "X said it will ...": the pronoun is the speaker
    own = frozenset(a.actor for a in actor_args if a.actor is not None)
    rec_args = pick_recipients(rec_cands, actors, places, own) or pick_recipients(
        [t for t in deep_recipients(tok) if t not in rec_cands
         and (actor_tok is None or t.i != actor_tok.i)], actors, places, own)
    if not rec_args and source is not None and any(
            t.dep_ == "nsubjpass" and t.lower_ in SPEAKER_PRONOUNS and t.head.i == tok.i
            and (t.lower_ in QUOTED_SPEAKER_SUBJECTS or not quoted) for t in rec_cands):
        rec_args = [source]  # "X said they had been forced": the pronoun is the speaker
    if not rec_args and source is not None and quoted and any(
            t.dep_ in OBJECT_DEPS and t.lower_ in QUOTED_SPEAKER_OBJECTS and t.head.i == tok.i
            for t in tok.children):
        rec_args = [source]  # '"Trump encouraged me," Pence said': the quoted "me" is Pence
    if not rec_args and rule.type in COMMITMENTS:
        rec_args = act_recipients(tok, actors, places, own)
    if not rec_args and rule.type == "PROTEST":
        rec_args = purpose_recipients(tok, actors, places, own)
    if rule.roles == "sym" and not rec_args and len(actor_args) >= 2:
        return [(a, b) for i, a in enumerate(actor_args) for b in actor_args[i + 1:]], mode
    some_actors: list[Argument | None] = list(actor_args) or [None]
    some_recipients: list[Argument | None] = list(rec_args) or [None]
    return [(a, r) for a in some_actors for r in some_recipients], mode


def intent_sides(
    tok: Token, mode: str | None, sides: tuple[Argument | None, Argument | None],
    countries: tuple[str | None, str | None],
) -> tuple[Argument | None, Argument | None, str | None, str | None]:
    """Return the sides (and their countries) of the willingness derived from an act.

    They are the act's own, except for a visit: the codebook makes the visitor the CONSULT's
    actor and the host its recipient (T118), but what "Egypt will host Israeli negotiators"
    promises is Egypt's, so the host, the verb's subject, is the derived AGREE's actor.
    """
    actor, recipient = sides
    host = verb_subject(tok) if mode == HOST_MODE else None
    if host is not None and recipient is not None and \
            recipient.start <= host.idx < recipient.end:
        return recipient, actor, countries[1], countries[0]
    return actor, recipient, countries[0], countries[1]


def code_sentence(
    sent: Span, actors: ActorIndex, statements: Sequence[Statement], dates: list[When],
    places: Sequence[Place], published_year: int | None = None,
) -> list[CodedEvent]:
    """Code the events of one sentence (ids are assigned by :func:`code_events`)."""
    doc = sent.doc
    matches = find_triggers(sent)
    by_index = {m.token.i: m for m in matches}
    kept, absorbed = merge_triggers(matches)
    taken = {m.token.i for m in kept}
    demands = demand_triggers(sent, taken)
    evaluations = evaluation_triggers(sent, taken | {h.i for h, _ in demands}, actors)
    if not kept and not demands and not evaluations:
        return []  # no event: the sentence's country and topic words are not read
    sole = sole_country(sent)
    topic = topic_scores(sent)  # scored once for all the sentence's events
    out: list[CodedEvent] = []
    for governor in kept:
        m, parts = lead_trigger(governor, absorbed.get(governor.token.i, []))
        tok, rule = m.token, m.rule
        if rule.type == "AGREE" and _commits_to_force(tok, by_index):
            rule = replace(rule, type="THREATEN", mode=None)  # "vowed to fight": a threat
        decision = status_of(tok, statements, negation_read=any(k == "neg" for k, _ in rule.when),
                             published_year=published_year)
        source = _source_argument(doc, decision, actors)
        statement_id = decision.statement
        statement = next((s for s in statements if s.id == statement_id), None)
        # the source speaks the quotation: a source inside it ("Howard has said they would ...")
        # is reported there, and its pronouns are indirect speech again
        quoted = source is not None and statement is not None and statement.kind == "direct" \
            and not statement.start <= source.start < statement.end
        pairs, mode = _pairs(m, parts, actors, places, source, quoted)
        attributed = None
        if decision.status != "asserted":
            speaker = statement.speaker if statement is not None else None
            attributed = speaker or (source.actor if source is not None else None)
        place = place_in_clause(tok, places, sent)
        in_clause = clause_country(tok, places)
        state = state_actor(tok, places) if rule.type == "COERCE" else None
        when = date_for(doc, tok.idx, tok.idx + len(tok.text), dates)
        first, last = trigger_span(tok, rule)
        base = Event(
            id="", type=rule.type, status=decision.status,
            trigger=trigger_text(tok, first, last),
            sentence=sent.text, start=first.idx, end=last.idx + len(last.text), mode=mode,
            context=contexts(rule.context, topic), location=place, date=when,
            attributed_to=attributed, statement=statement_id,
        )
        depth = tree_depth(tok)
        intent = None if rule.type in VERBAL or _governed_by_verbal(tok, by_index) else \
            _intent_type(rule.type, decision)
        spans = [(x.start, x.end) for x, _ in pairs if x is not None]
        for a, r in pairs:
            a_id = a.actor if a else None
            r_id = r.actor if r else None
            loc_country = place.country if place is not None else None
            # an actor without nationality acts where the event happens when the sentence
            # names no country ("detained by police in central Rangoon"): CAMEO's domestic actor
            # (an international body, of no country, takes none from the sentence or place)
            a_country = resident_country(a, place) or side_country(a, beyond_own_words(
                sent, a, sole_beside(sent, sole, r, actors, rule.type))) or (
                loc_country if a is not None and locative(place, doc) and not stateless(a)
                else None)
            r_country = resident_country(r, place) or (
                r.country if r is not None and r.country else None) or loc_country or \
                side_country(r, beyond_own_words(
                    sent, r, sole_beside(sent, sole, a, actors, rule.type)))
            implicit = None if r is not None or rule.roles == "sym" else \
                unattributed_target(place, tok, rule.type) if a is None else \
                implicit_target(a_country, spans, place, tok,
                                # a domestic target needs the actor's own nationality, not
                                # one guessed from the sentence ("80 percent of servants")
                                rule.type if a.country else "")
            if intent is not None:
                own_voice = source is None or (a is not None and (
                    a.actor == source.actor and a.actor is not None or a == source))
                i_a, i_r, i_ac, i_rc = intent_sides(tok, rule.mode, (a, r), (a_country, r_country))
                verbal = replace(base, type=intent, mode=None,
                                 actor=i_a.actor if i_a else None,
                                 recipient=i_r.actor if i_r else None,
                                 status="asserted" if own_voice else "claimed",
                                 attributed_to=None if own_voice else attributed)
                out.append(CodedEvent(verbal, i_a, i_r, depth, True, i_ac, i_rc,
                                      rule.roles == "sym", implicit, in_clause,
                                      state if i_a is None else None))
            material = replace(base, actor=a_id, recipient=r_id)
            out.append(CodedEvent(material, a, r, depth, False, a_country, r_country,
                                  rule.roles == "sym", implicit, in_clause,
                                  state if a is None else None))
    out.extend(code_demands(sent, demands, actors, statements, sole, topic))
    out.extend(code_evaluations(sent, evaluations, actors, statements, sole, topic))
    return out


def code_events(
    doc: Doc, actors: ActorIndex, statements: Sequence[Statement], dates: list[When],
    published_year: int | None = None,
) -> list[CodedEvent]:
    """Code every event of a parsed article, with the analysis the evaluation needs.

    ``published_year``: the article's publication year, if known (a year before it dates an
    event noun as past: :func:`newsledger.status.status_of`).
    """
    places = find_places(doc)
    coded: list[CodedEvent] = []
    for sent in doc.sents:
        coded.extend(code_sentence(sent, actors, statements, dates, places, published_year))
    scorer = confidence_model()
    return [
        replace(c, event=replace(c.event, id=f"E{i}", confidence=confidence(c, doc, scorer)))
        for i, c in enumerate(coded, start=1)
    ]


def extract_events(
    doc: Doc, actors: ActorIndex, statements: list[Statement], dates: list[When],
    published_year: int | None = None,
) -> list[Event]:
    """Extract every PLOVER event the article reports, each with its epistemic status.

    ``published_year``: the article's publication year, when the caller has it (M15: passed on
    to :func:`code_events`, which dates an event noun of an earlier year as past).
    """
    return [c.event for c in code_events(doc, actors, statements, dates, published_year)]


def extract_events_and_actors(
    doc: Doc, actors: ActorIndex, statements: list[Statement], dates: list[When],
    published_year: int | None = None,
) -> tuple[ActorIndex, list[Event]]:
    """Extract the events and the actor registry completed by their arguments (for the record).

    ``published_year`` as for :func:`extract_events`.
    """
    coded = code_events(doc, actors, statements, dates, published_year)
    return complete_actors(actors, coded, doc_text(doc))
