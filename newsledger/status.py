"""Epistemic status of an event trigger: asserted, claimed, denied, planned or hypothetical.

The status of an event is read off the trigger's own modifiers (negation, modals, "possible")
and off the words that govern it on the way up the dependency tree to its sentence's root:
a denial verb ("denied that ..."), a verb or noun of intention, fear or possibility ("plans to",
"fears of"), a conditional clause ("if", "unless") and a reporting verb or statement whose
content holds the trigger ("X said Y attacked Z"). When several cues apply the strongest wins,
in the order of :data:`PRECEDENCE`. A claim is never stored as a fact: an event inside a
source's statement is at least ``claimed`` and is attributed to that source.

On natural news text (T83) some events inside or beside a statement are still the outlet's:
a past-dated or completed event named as background ("after the attacks", "the 2003
invasion"), a relative clause's own verb describing a participant of an indirect report, the
topic of a question, a speech act the statement itself performs ("I am asking ..."), and the
actor's own participle after the act ("criticized X, accusing them of ..."). Review R1 (M11)
narrowed these: a presupposed event keeps a report or denial of it, "after the X" presupposes
only in a clause stated as fact, only a set-off relative clause (or a restrictive one outside
a reported clause) is the outlet's description; those helpers live in
:mod:`newsledger.status_background`. T91 (round 2 on natural text): a fronted time clause of a
reporting verb, an utterance verb's object ("voiced anger"), a definite object a
statement verb refers to and the narration beside a statement's cue are the outlet's; quoted
words with no statement found are claimed; "call on X to" requests; a purpose clause's act is
no more real than its verb's; which statement claims what lives in
:mod:`newsledger.status_speech`.

Cue words live in ``data/status_cues.tsv`` (with provenance).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from newsledger import status_background as bg
from newsledger import status_speech as sp
from newsledger.clause_subject import verb_subject
from newsledger.cues import second_act
from newsledger.record import EpistemicStatus, Statement
from newsledger.status_background import cues as cues  # re-exported: other stages read it
from newsledger.status_occasion import frames_report
from newsledger.status_scope import beside_infinitive as _beside_infinitive
from newsledger.status_scope import by_means as _by_means
from newsledger.status_scope import caused as _caused
from newsledger.status_scope import excludes as _excludes
from newsledger.status_scope import no_one as _no_one
from newsledger.status_scope import not_after_modal as _not_after_modal
from newsledger.status_scope import occurs as _occurs
from newsledger.status_scope import own_tense as _own_tense
from newsledger.status_scope import present_passive as _present_passive
from newsledger.trigger_constraints import is_to_infinitive

#: Strongest first: a denied plan is denied; a possible claim is hypothetical; a reported plan
#: is planned (and still attributed to its source).
PRECEDENCE: tuple[EpistemicStatus, ...] = (
    "denied", "hypothetical", "planned", "claimed", "asserted",
)

#: Dependency steps climbed from a trigger towards the root; news sentences rarely nest deeper
#: and a bound keeps a bad parse from wandering.
MAX_CLIMB = 12

#: Relations through which a governing word's modality reaches the trigger ("will hold talks":
#: talks is the object of "will hold").
_INHERIT_DEPS = frozenset({
    "xcomp", "dobj", "pobj", "prep", "attr", "acomp", "pcomp", "oprd", "nsubjpass", "agent",
    "dative", "compound", "amod", "nmod", "npadvmod", "appos",
})

#: Relations that end the climb: a relative clause or apposition describes a participant and
#: keeps its own status ("rebels, who attacked a convoy, said ...").
_STOP_DEPS = frozenset({"relcl"})

#: Relations through which a governing verb's cue does not reach the trigger: the trigger is its
#: subject ("the attack could spark ...") or a separate clause joined to it.
_NOT_GOVERNED = frozenset({"nsubj", "csubj", "conj", "advcl", "nsubjpass", "expl"})

#: Negative adverbs and particles (T91 added "nowhere": "a crackdown was nowhere in sight").
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nowhere"})
#: Function words the rules test: "for X to do", "asked that X do", "kept X from going",
#: "lack of X".
FOR, THAT, FROM, OF, TO = "for", "that", "from", "of", "to"
#: Relations of a copula's predicate ("it is difficult for X to ...", "it is time for X to ...").
_PREDICATE_DEPS = frozenset({"acomp", "attr"})
#: Relations of a light verb's complement that its object noun's cue reaches ("gave its
#: blessing to the killing": a dative or a prepositional "to"/"for").
_CARRIED_DEPS = frozenset({"dative", "prep"})
#: Relations of a content clause under a reporting noun ("news that ...").
_CONTENT_DEPS = frozenset({"acl", "ccomp"})

#: Verbs whose "be to <verb>" is a fixed predicate, not a plan: "Hamas was to blame for the
#: attack" says who is at fault now (T69 review), where "troops are to withdraw" is a schedule.
BE_TO_IDIOMS = frozenset({"blame"})

#: Planned-status cues that state the actor's own intention ("will", "plans to"), as opposed to
#: an outside schedule ("is due to"); events uses them to code AGREE/THREATEN/REJECT.
INTENT_WORDS = frozenset({
    "will", "shall", "'ll", "would", "plan", "intend", "decide", "go", "to", "promise",
    "pledge", "vow", "offer", "commit", "undertake", "agree", "intention",
})

#: Hypothetical-status cues that state the actor's willingness ("ready to host talks"), which
#: PLOVER codes as AGREE when the act is cooperative.
WILLING_WORDS = frozenset({"ready", "prepared", "willing"})

#: The cue of an event inside quotation marks that no statement holds.
QUOTED = "quotation"
#: The cue of a purpose clause's act that takes its verb's status ("would form X to fight");
#: no intention word, so no AGREE is read off it.
PURPOSE = "purpose"
#: Statuses of a verb's act that its purpose clause's act shares: an act done for an unreal
#: one is itself unreal.
_UNREAL: frozenset[EpistemicStatus] = frozenset({"denied", "hypothetical", "planned"})

#: Relations of a clause whose own condition or question mark makes it irrealis: an adverbial or
#: content clause, and (T99) a preposition's clause or a clausal subject ("a decision on whether
#: to bring charges", "whether troops fired is unclear": the question leaves the act open).
_MARKED_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "pcomp", "csubj"})

#: Condition marks: an intended act under a condition is an offer or a threat ("will withdraw
#: unless ...").
CONDITION_WORDS = frozenset({"if", "unless"})


@dataclass(frozen=True)
class StatusDecision:
    """The status of one trigger, the word that decided it and who asserts it."""

    status: EpistemicStatus
    cue: str | None = None
    source_start: int | None = None  # span of the source's mention (claims), if found
    source_end: int | None = None
    statement: str | None = None  # id of the statement whose content holds the trigger
    intent: bool = False  # a planned cue states the actor's own intention ("will", "plans to")
    willing: bool = False  # the actor is said to be ready or willing to act
    conditional: bool = False  # the act depends on a condition ("if", "unless")


#: The status a word gives in a role, if it is a cue.
_cue = bg.cue


@dataclass
class _Found:
    """Cues collected while climbing (mutable scratch space of :func:`status_of`)."""

    statuses: list[tuple[EpistemicStatus, str]]
    source: Token | None = None
    would: bool = False
    reported: bool = False


def _own_cues(tok: Token, found: _Found) -> None:
    """Collect the cues attached to one verb or noun: negation, modals, modifiers, conditions."""
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and low == "no"):
            found.statuses.append(("denied", child.text))
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            if _not_after_modal(tok):
                continue  # "Will urged": no modal precedes a tensed verb, so it is a name
            if low in ("would", "'d"):
                found.would = True
            else:
                status = _cue(child.lemma_, "aux") or _cue(low, "aux")
                if status:
                    found.statuses.append((status, child.lemma_.lower()))
        elif child.dep_ in ("advmod", "amod", "neg") and low in _NEGATIONS and not (
                bg.degree_of_place(child)):
            found.statuses.append(("denied", child.text))
        elif child.dep_ == "dobj" and _no_one(child):
            # "threatens no one", "fired no shots": a negated object denies the act
            found.statuses.append(("denied", child.text))
        elif child.dep_ in ("advmod", "amod", "acomp"):
            status = _cue(low, "mod") or _cue(child.lemma_, "mod")
            # "the coming weeks after the invasion": a time phrase's modifier dates the phrase,
            # not the events named in it (M17, R6 #16)
            if status and not (child.dep_ == "amod" and tok.ent_type_ in bg.TIME_ENTITIES):
                found.statuses.append((status, child.text))
        elif child.dep_ == "advcl" and any(
            g.dep_ == "mark" and _cue(g.lower_, "mark") for g in child.children
        ) and not _indirect_question(tok, child):
            mark = next(g.lower_ for g in child.children if g.dep_ == "mark")
            found.statuses.append(("hypothetical", mark))
        elif child.dep_ == "mark" and _cue(low, "mark") and tok.dep_ in _MARKED_CLAUSE_DEPS:
            found.statuses.append(("hypothetical", child.text))
        elif child.dep_ == "prep" and low == "according":
            found.statuses.append(("claimed", "according to"))
            found.reported = True
            pobj = next((g for c in child.children for g in c.children if g.dep_ == "pobj"), None)
            pobj = pobj or next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and found.source is None:
                found.source = pobj
    # "called for Republicans to throw their support": a for-to clause under a word of
    # request, need or importance is irrealis ("it took hours for police to clear" is not)
    if any(c.dep_ == "mark" and c.lower_ == FOR for c in tok.children) and _to_clause(
            tok) and _irrealis_for(tok.head):
        found.statuses.append(("hypothetical", FOR))
    # "going to attack", "is to be imposed": be + to-infinitive is a plan
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("be", "go") and _to_clause(tok) and not (
            tok.head.lemma_ == "be" and tok.lemma_ in BE_TO_IDIOMS):
        found.statuses.append(("planned", "to"))


def _indirect_question(verb: Token, clause: Token) -> bool:
    """Tell whether an "if"/"whether" clause after a verb of asking is its question (T114).

    "asked the contender if he had been preparing", "wants to know whether X": the clause is
    what is asked, not a condition on the asking, which happened (the parser often hangs it as
    an adverbial clause). Before the verb ("If X attacks, we will ask ...") it is a condition.
    """
    return clause.i > verb.i and bg.flagged(verb.lemma_, "question")


def _irrealis_for(governor: Token) -> bool:
    """Tell whether a for-to clause's governor asks for, needs or doubts the act.

    "called for X to go", "it is time for X to go", "it will be difficult for X to win": the
    governor itself or its predicate adjective or noun is flagged.
    """
    return bg.flagged(governor.lemma_, "for") or any(
        c.dep_ in _PREDICATE_DEPS and bg.flagged(c.lemma_, "for") for c in governor.children)


def _to_clause(verb: Token) -> bool:
    """Tell whether a verb heads a to-clause, active or passive ("for X to be given").

    Unlike :func:`is_to_infinitive` (a bare VB) this admits a passive participle.
    """
    return any(c.dep_ == "aux" and c.lower_ == TO for c in verb.children)


def _purpose(clause: Token, verb: Token) -> bool:
    """Tell whether a to-infinitive after a verb is its purpose ("sent troops to guard it").

    A passive one is a purpose too (T99: "put themselves on the line to be arrested").
    """
    return clause.i > verb.i and verb.pos_ == "VERB" and _to_clause(clause) and not any(
        c.dep_ == "mark" for c in clause.children)


def _object_cue(verb: Token, cur: Token) -> tuple[EpistemicStatus, str] | None:
    """Return the cue of a verb's object noun for the verb's "to"/"for" complement.

    "gave its blessing to the killing", "made plans for an attack": the object names the
    modality of what the complement names. A noun whose cue reaches only its own "of" object
    or content clause ("lack", "news") carries nothing.
    """
    if verb.pos_ != "VERB" or cur.dep_ not in _CARRIED_DEPS or cur.lower_ not in (TO, FOR):
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i == cur.i or obj.pos_ != "NOUN":
            continue
        status = _cue(obj.lemma_, "noun")
        if status and not bg.flagged(obj.lemma_, "direct") and not bg.flagged(
                obj.lemma_, "content") and not _succeeded(obj):
            return status, obj.lemma_.lower()
    return None


def _noun_cue_reaches(head: Token, cur: Token, below: Token | None, trigger: Token) -> bool:
    """Tell whether a governing noun's cue reaches the trigger along the climb.

    "lack of cooperation" denies only the lack's own "of" object (not the attack in "the lack
    of response to the attack"); "news" reports only through a content clause ("news that
    ...", not "news of the bombing"); a successful effort is an act done.
    """
    if bg.flagged(head.lemma_, "direct"):
        return cur.lower_ == OF and below is not None and below.i == trigger.i
    if bg.flagged(head.lemma_, "content"):
        return cur.dep_ in _CONTENT_DEPS
    return not _succeeded(head)


def _succeeded(noun: Token) -> bool:
    """Tell whether an effort noun is said to have succeeded ("a successful attempt")."""
    return any(c.dep_ == "amod" and (bg.flagged(c.lemma_, "success") or bg.flagged(
        c.lower_, "success")) for c in noun.children) or (
        noun.dep_ in ("nsubj", "nsubjpass") and bg.flagged(noun.head.lemma_, "success"))


def status_of(trigger: Token, statements: Sequence[Statement] = (),
              negation_read: bool = False, published_year: int | None = None) -> StatusDecision:
    """Decide the epistemic status of the event a trigger token names.

    ``negation_read``: the trigger's own negation is part of its event ("would not accept" is a
    refusal, asserted), so it denies nothing. ``published_year``: the article's publication
    year, if known; a year before it dates an event noun ("the 2003 invasion").
    """
    found = _Found(statuses=[])
    _own_cues(trigger, found)
    # "Nobody attacked the convoy", "No country sent troops": a negative doer denies the act;
    # only the trigger's own subject ("No group claimed the attack" leaves the attack asserted;
    # not clause_subject.verb_subject, which climbs to a relative clause's antecedent and a
    # controller: "No country that sent troops withdrew them" would deny the sending, M19)
    found.statuses += [("denied", s.text) for s in trigger.children
                       if s.dep_ in ("nsubj", "nsubjpass") and _no_one(s)]
    if negation_read:
        negations = {c.text for c in trigger.children if c.dep_ == "neg" or c.lower_ in _NEGATIONS}
        found.statuses = [(st, cue) for st, cue in found.statuses
                          if not (st == "denied" and cue in negations)]
    # a past or completed event named as background is the outlet's presupposition: a plan,
    # a possibility or a negation governing it is about something else (a report is not)
    presupposed = bg.presupposed(trigger, _realis, published_year)
    own = len(found.statuses)
    described = False  # crossed a relative clause: the outlet's description of a participant
    restrictive = False  # crossed a restrictive one, not yet inside a reported clause
    cur, below = trigger, None
    steps = 0
    adjunct = False  # crossed into the clause an adjunct clause modifies
    named = False  # crossed a known event noun's preposition on a predicate (T114)
    while cur.head.i != cur.i and steps < MAX_CLIMB:
        steps += 1
        if second_act(cur) or _beside_infinitive(cur):
            # "told reporters the drills were a pretext, and called for observers": the
            # speaker's next act stands beside the reporting verb, not inside its report
            cur = cur.head.head
            continue
        dep, head = cur.dep_, cur.head
        if dep == "advcl" and cur.i > head.i and is_to_infinitive(cur) and _cue(
                head.lemma_, "gov"):
            dep = "xcomp"  # "have sworn to fight": a misparsed purpose clause is the content
        occurrence = dep in ("nsubj", "nsubjpass") and cur.i == trigger.i and _occurs(head)
        if occurrence:
            dep = "dobj"  # "ensure the meeting takes place": the event takes its verb's status
        # only a comma-set relative clause's own verb is the outlet's description: an event
        # deeper in it keeps the clause's modality and attribution ("plans which include
        # home detention")
        relative = bg.relative_clause(cur, head, trigger, dep)
        described = described or relative == bg.SET_OFF or bg.outlet_aside(
            cur, head, dep) or bg.known_in_description(trigger, cur, head, dep)
        # a restrictive clause describes a participant of the statement's object phrase
        # ("thanked them for the support he had received"), but inside a reported clause it
        # identifies a referent of the claim ("said a man who stabbed two people was held")
        restrictive = (restrictive or relative == bg.RESTRICTIVE) and dep != "ccomp"
        noun_cue = _cue(head.lemma_, "noun") if head.pos_ in ("NOUN", "PROPN") else None
        if dep in ("acl", *_STOP_DEPS) and not noun_cue:
            # a participant's description keeps its own modality, but a reported clause
            # reports it too ("the mines seized by police", he said)
            adjunct = True
        if _excludes(head):
            # "ruled out talks" denies them; "did not rule out an attack" leaves it possible
            negated = any(c.dep_ == "neg" for c in head.children)
            found.statuses.append(("hypothetical" if negated else "denied", head.text))
            cur = head
            adjunct = True  # the negation of "rule out" is consumed here
            continue
        if dep == "advcl" and cur.i == trigger.i and _purpose(cur, head):
            # "would send troops to guard the port": a purpose is intended by its verb's act and
            # is no more real than it (T91); not the objects below it ("to rebuild the alliance")
            means = status_of(head).status  # (a denied means says nothing of it, M17)
            if means in _UNREAL and not (means == "denied" and bg.flagged(head.lemma_, "means")):
                found.statuses.append((means, PURPOSE))
        adjunct = adjunct or dep == "advcl"
        # "two marches are planned for May": a present passive's subject is its verb's object
        passive_object = dep == "nsubjpass" and _present_passive(head)
        governed = (dep not in _NOT_GOVERNED or passive_object) and not adjunct
        if governed and bg.flagged(head.lemma_, "infinitive") and not sp.requested(cur, dep):
            # "asked about the raid", "asked why ...": a question's topic, not a requested act
            governed = False
        if sp.asked_about(head, cur, below, trigger) and not adjunct:
            # "asked NATO about sending troops": an act only raised in a question is a
            # possibility, asserted by nobody ("asked about the attack" takes it as known)
            found.statuses.append(("hypothetical", head.lemma_.lower()))
        carried = _object_cue(head, cur) if governed else None
        if carried is not None:
            # "gave its blessing to the killing", "made plans for an attack": the light verb's
            # object noun governs its to/for complement
            found.statuses.append(carried)
        from_status = _cue(head.lemma_, "from")
        if governed and from_status and cur.lower_ == FROM and below is not None and bg.averted(
                below):  # "kept X from going"
            found.statuses.append((from_status, head.lemma_.lower()))
        if presupposed and bg.locates(cur, trigger):
            # "licences denied under the embargo": the act the background frames is no cue
            governed = False
        if governed and not sp.performed_by(head, cur):
            for role in ("gov", "noun"):
                status = _cue(head.lemma_, role)
                if status and not (role == "noun" and (head.pos_ not in ("NOUN", "PROPN") or
                                                       dep == "amod" or not _noun_cue_reaches(
                                                           head, cur, below, trigger))):
                    # ("much-criticized efforts"; "demanded an inquiry into the killing", M17)
                    if role == "gov" and (head.pos_ not in ("VERB", "AUX", "ADJ")
                                          or sp.named_within(trigger, cur, head)
                                          or _caused(head)):  # "sparked protests" (T117)
                        continue
                    # a passive plan names a schedule, not its actor's intent ("marches are
                    # planned", as "the planned marches"): its cue is the participle
                    found.statuses.append((status, head.lower_ if passive_object else
                                           head.lemma_.lower()))
                    if role == "gov" and head.pos_ == "VERB" and not passive_object:
                        # who denies, fears or plans it: "Moscow denied sending troops" (the
                        # cue's own subject: verb_subject's climb over conjuncts made "X tried
                        # and failed to shoot him", told by Y, X's; 3 of 12 news changes
                        # wrong, M19; a passive's subject is the act itself)
                        found.source = found.source or sp.subject(head)
        # "acknowledged X, saying ...": the speaker's own participle is an act beside the
        # report, not its content
        beside = dep == "advcl" and cur.tag_ == "VBG" and cur.i > head.i and sp.subject(cur) is None
        # "concluded by admonishing X": the means gerund is the act itself, not the report (T99)
        by_means = _by_means(cur, below)
        beside = beside or by_means or sp.asked_first(cur, head)
        background = described or restrictive or beside or bg.judged(trigger)
        if (dep not in _NOT_GOVERNED or dep == "advcl") and not background:
            if _cue(head.lemma_, "report") and head.pos_ in ("VERB", "AUX") and not (
                    cur.i == sp.reported_clause(trigger).i and sp.self_performed(trigger)) and not (
                    presupposed and bg.locates(cur, trigger)) and not sp.outlet_states(
                    head, trigger) and not frames_report(cur, head, trigger) and not (
                    sp.quoted_apart(trigger, head)) and not sp.comment_after_quote(trigger, head):
                found.statuses.append(("claimed", head.text))
                found.reported = True
                # the logical subject: "but said he ...", "was heard saying", "it is
                # reported" (no one named) (M19, R6 #15)
                found.source = found.source or verb_subject(head)
            if _cue(head.lemma_, "noun") == "claimed" and head.pos_ == "NOUN" and (
                    _noun_cue_reaches(head, cur, below, trigger)):
                found.reported = True
        # (a conjunct's own subject, auxiliary or negation: a child of the clause, not who acts)
        inherit = not adjunct and (dep in _INHERIT_DEPS or (
            dep == "conj" and not any(c.dep_ in ("nsubj", "aux", "neg") for c in cur.children)
            and not _own_tense(cur, head)))
        if inherit:
            before = len(found.statuses)
            _own_cues(head, found)
            # "wasn't hiding anything by refusing": the means is done (T99); "isn't alone with
            # his criticism": a negation denies its predicate, not a known event it names (T114)
            named = named or bg.named_beside(trigger, cur)
            if by_means or named:
                found.statuses[before:] = [(st, w) for st, w in found.statuses[before:]
                                           if st != "denied"]
            if occurrence:  # "attacks will take place" predicts; no actor intends (T117)
                found.statuses[before:] = [(st, head.lemma_.lower() if st == "planned" else w)
                                           for st, w in found.statuses[before:]]
        cur, below = head, cur
    # a sentence-final attribution covers the whole sentence, background included
    for verb, source in sp.trailing_reports(cur, trigger):
        found.statuses.append(("claimed", verb.text))
        found.reported = True
        found.source = found.source or source or verb_subject(verb)
    if presupposed:
        found.statuses = found.statuses[:own] + [
            (st, word) for st, word in found.statuses[own:] if bg.keep_for_presupposed(st, word)]
        found.would = False
    if found.would:
        found.statuses.append(("planned" if found.reported else "hypothetical", "would"))

    statement = sp.statement_for(trigger, statements)
    if statement is None and sp.in_quotation(trigger) and not sp.quoted_verdict(
            trigger) and not sp.self_performed(trigger):
        # quoted words with no statement found (its cue is in another sentence, or none)
        found.statuses.append(("claimed", QUOTED))
    if statement is not None and (sp.performed_by(trigger.head, trigger) or bg.judged(trigger) or
                                  not sp.claims(statement, trigger,
                                                background=described or restrictive,
                                                presupposed=presupposed)):
        statement = None  # "offered apologies": the statement is the act, it reports nothing
    if statement is not None and _beside_infinitive(trigger) and (
            statement.cue_start == trigger.head.head.idx):
        statement = None  # "vowed to keep X and praised Y": the vow's span overran its clause
    if statement is not None:
        found.statuses.append(("claimed", statement.cue))
    best: tuple[EpistemicStatus, str | None] = ("asserted", None)
    for status, cue in found.statuses:
        if PRECEDENCE.index(status) < PRECEDENCE.index(best[0]):
            best = (status, cue)
    start: int | None = None
    end: int | None = None
    if found.source is not None:
        start, end = sp.mention_span(found.source)
    intent = any(st == "planned" and cue in INTENT_WORDS for st, cue in found.statuses)
    cue_words = {cue for _st, cue in found.statuses}
    return StatusDecision(
        status=best[0], cue=best[1], source_start=start, source_end=end,
        statement=statement.id if statement is not None else None, intent=intent,
        willing=bool(cue_words & WILLING_WORDS), conditional=bool(cue_words & CONDITION_WORDS),
    )


def _realis(verb: Token) -> bool:
    """Tell whether a clause is stated as fact (asserted, reported or denied, not planned)."""
    return status_of(verb).status in bg.REALIS
