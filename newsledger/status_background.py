"""The outlet-versus-source layer of event status: what the outlet itself states beside a report.

A past-dated or completed event named as background is presupposed ("after the attacks", "last
week's raid"); a comma-set relative clause describes a participant in the outlet's words; a
question's topic is nobody's claim; a statement that performs the speech act it names ("I am
asking ...") is that act. Who asserts a claim is found here too: the subject of a reporting
verb, a sentence-final attribution ("..., police said"), the statement holding the trigger.
:mod:`newsledger.status` asks these questions while it climbs; the cue table of
``data/status_cues.tsv`` is loaded here so that both modules share it without a cycle.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newsledger.record import STATUSES, EpistemicStatus, Statement
from newsledger.trigger_constraints import is_to_infinitive

#: Roles whose rows give a status (documented in the data file's header).
CUE_ROLES = frozenset({"aux", "gov", "noun", "mod", "mark", "report", "from"})
#: Roles whose rows (status "-") only change how the cues apply.
FLAG_ROLES = frozenset({
    "past", "past_time", "future", "since", "after", "react", "dispute", "when", "ask",
    "infinitive", "perform", "for", "direct", "content", "success", "announce", "factive",
    "halt", "enacted",
})
#: The status column of a flag row.
FLAG = "-"

#: Modifier relations that can date an event noun ("last week's attack", "a recent raid").
DATING_DEPS = frozenset({"amod", "nummod", "compound", "poss", "npadvmod"})
#: Relations through which a time phrase places an event noun ahead ("the talks next month").
AHEAD_DEPS = DATING_DEPS | {"prep"}
#: Determiners of a known, particular event ("after the attacks", not "after attacks").
DEFINITE = frozenset({"the", "this", "these", "that", "those"})
#: Determiners of any or no event: "respond to any attack" presupposes none.
NON_SPECIFIC = frozenset({"any", "no", "every", "each"})
#: Entity labels of a time noun ("last week", "last night").
TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Prepositions joining a halted event to the halt ("an end to", "a pause in", "a freeze on").
HALT_PREPS = frozenset({"of", "in", "on", "to"})
#: Digits of a year modifier ("the 2003 invasion"); it dates an event noun in the past only
#: when it is before the publication year ("a 2028 invasion" may be ahead, M14).
YEAR_DIGITS = 4
#: The preposition of what one reacts to ("responded to accusations").
REACT_PREP = "to"
#: Statuses a clause stated as fact has: its "after the X" presupposes X happened.
REALIS: frozenset[EpistemicStatus] = frozenset({"asserted", "claimed", "denied"})
#: Statuses a presupposed event keeps from what governs it: a report or a denial is about the
#: event itself, a plan or a possibility about something else ("will discuss the recent attack").
KEPT_BY_PRESUPPOSED: frozenset[EpistemicStatus] = frozenset({"claimed"})
#: Kinds of relative clause (:func:`relative_clause`).
SET_OFF, RESTRICTIVE = "set-off", "restrictive"
#: Punctuation setting off a non-restrictive relative clause ("the mayor, who ...").
SETTING_OFF = frozenset({",", "-", "--", "\u2013", "\u2014", "("})
#: Pronouns of a speaker reporting her own act ("I am asking", "we condemn").
FIRST_PERSON = frozenset({"i", "we"})
#: Pronouns that can stand for a speaker in an indirect report ("saying she applauded him").
SINGULAR_THIRD = frozenset({"he", "she"})
PLURAL_THIRD = frozenset({"they"})
#: Plural noun tags (for the agreement of "they" with the acting subject).
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Participle tags: a subjectless participle after the act is the same actor's next act.
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
#: Present-tense tags: a first-person speech act in the present is performed by saying it.
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
#: Marks and wh-word tags that make a clause under "ask" a question ("asked whether ...").
QUESTION_MARKS = frozenset({"whether", "if"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Prepositions giving the topic of a question ("asked about the raid").
TOPIC_PREPS = frozenset({"about"})
#: Negative pronouns as a subject negate their verb ("Nobody admitted ..."), as "no" does as
#: the subject's determiner ("No official acknowledged ..."): closed-class English words (M15).
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "noone"})
NEGATIVE_DETS = frozenset({"no", "neither"})
#: Auxiliary relations that, before the subject, make a clause a question ("Did X admit ...?").
AUX_DEPS = frozenset({"aux", "auxpass"})


def _rows() -> Iterable[list[str]]:
    """Return the data rows of the cue file (lemma, status, role)."""
    text = resources.files("newsledger.data").joinpath("status_cues.tsv").read_text("utf-8")
    return csv.reader((ln for ln in text.splitlines() if ln and not ln.startswith("#")),
                      delimiter="\t")


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], EpistemicStatus]:
    """Return the status cues keyed by (lemma, role); a row with an unknown role is an error."""
    table: dict[tuple[str, str], EpistemicStatus] = {}
    for lemma, status, role in _rows():
        if status == FLAG:
            if role not in FLAG_ROLES:
                raise ValueError(f"status_cues.tsv: unknown flag role {role!r} ({lemma})")
            continue
        if role not in CUE_ROLES or status not in STATUSES:
            raise ValueError(f"status_cues.tsv: bad row {lemma} {status} {role}")
        table[(lemma, role)] = status  # type: ignore[assignment]
    return table


@lru_cache(maxsize=1)
def flags() -> frozenset[tuple[str, str]]:
    """Return the flag words keyed by (lemma, role)."""
    cues()  # validates every row
    return frozenset((lemma, role) for lemma, status, role in _rows() if status == FLAG)


def cue(lemma: str, role: str) -> EpistemicStatus | None:
    """Return the status a word gives in a role, if it is a cue."""
    return cues().get((lemma.lower(), role))


def flagged(word: str, role: str) -> bool:
    """Tell whether a word (lemma or form) is a flag of a role."""
    return (word.lower(), role) in flags()


def presupposed(trigger: Token, realis: Callable[[Token], bool],
                published_year: int | None = None) -> bool:
    """Tell whether an event noun is taken as having happened ("last week's attack").

    A modifier dates it in the past ("a recent assault", "last week's raid"); "since" places the
    story after a definite one; after/following/amid/under do so only when the clause they
    modify is stated as fact (``realis``); what one reacts to is presupposed when it is
    definite ("will respond to the criticisms") or the reaction is a fact ("responded to
    accusations").
    A halt presupposes the event it halts ("an end to the fighting"). A year before the
    publication year dates it too ("the 2003 invasion"); with no
    publication year no year dates anything. A noun placed ahead ("the talks next month") or
    any/no event is never presupposed.
    """
    if trigger.pos_ != "NOUN" or _dated_ahead(trigger):
        return False
    for child in trigger.children:
        if child.dep_ in DATING_DEPS and any(
                _dates_past(w, trigger) or _earlier_year(w, published_year) for w in child.subtree):
            return True
    if trigger.dep_ != "pobj" or any(
            c.dep_ == "det" and c.lower_ in NON_SPECIFIC for c in trigger.children):
        return False
    prep = trigger.head
    if prep.lower_ in HALT_PREPS and prep.head.pos_ == "NOUN" and flagged(prep.head.lemma_, "halt"):
        return True  # "a pause in the raids": the raids are going on
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                   for c in trigger.children)
    if prep.lower_ == REACT_PREP and flagged(prep.head.lemma_, "react"):
        # "will respond to the criticisms", "responded to accusations"; not "would respond to
        # an attack"
        return definite or realis(prep.head)
    if not definite:
        return False
    if prep.lower_ in TOPIC_PREPS:
        return True  # "will talk about the raid": the topic is known, not planned
    return flagged(prep.lower_, "since") or flagged(prep.lower_, "after") and realis(prep.head)


def _dates_past(word: Token, trigger: Token) -> bool:
    """Tell whether a word of a noun's modifier dates the noun in the past.

    "last" does so only through a time noun it modifies ("last week's"), not as the event's
    own adjective ("a last offensive") or inside a compound adjective ("last-minute talks").
    """
    if flagged(word.lower_, "past") or flagged(word.lemma_, "past"):
        return True
    if not flagged(word.lower_, "past_time") or word.head.i == trigger.i:
        return False
    hyphened = word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "-"
    return not hyphened and word.head.ent_type_ in TIME_ENTITIES


def _earlier_year(word: Token, published_year: int | None) -> bool:
    """Tell whether a word is a year before the publication year ("the 2003 invasion")."""
    text = word.text
    return (published_year is not None and word.ent_type_ in TIME_ENTITIES
            and len(text) == YEAR_DIGITS and text.isdigit() and int(text) < published_year)


def _dated_ahead(trigger: Token) -> bool:
    """Tell whether a time phrase of an event noun places it ahead ("the talks next month")."""
    return any(flagged(w.lower_, "future") for c in trigger.children if c.dep_ in AHEAD_DEPS
               for w in c.subtree)


def locates(cur: Token, trigger: Token) -> bool:
    """Tell whether a presupposed event's own preposition only dates the governing act.

    "maintaining his lead after the attacks", "said after the attacks that ...": what a
    report follows in time is not its content.
    """
    return cur.dep_ == "prep" and trigger.head.i == cur.i and (
        flagged(cur.lower_, "since") or flagged(cur.lower_, "after"))


def keep_for_presupposed(status: EpistemicStatus, cue_word: str) -> bool:
    """Tell whether a cue from above still applies to a presupposed event.

    A report or a denial of the event itself does ("Rebels said last week's massacre ...",
    "denied the 2014 massacre"); a plan, a possibility or a negated governing verb is about
    something else ("will discuss the recent attack").
    """
    return status in KEPT_BY_PRESUPPOSED or (status == "denied" and flagged(cue_word, "dispute"))


def relative_clause(cur: Token, head: Token, trigger: Token, dep: str) -> str | None:
    """Return whether the trigger is the verb of a set-off or restrictive relative clause.

    "the mayor, who bribed the council, should resign" is set off, the outlet's description;
    a restrictive clause ("a man who stabbed two people") describes too, unless it lies inside
    a reported clause (decided by the caller). A clause on a time noun names the event itself
    ("a time he was praised"); an infinitival one is a possibility ("a position to help"); one
    marked "that" is a misread complement: none of them describes.
    """
    if dep != "relcl" or cur.i != trigger.i or flagged(head.lemma_, "when"):
        return None
    if is_to_infinitive(cur):
        return None
    if any(c.dep_ == "mark" for c in cur.children):
        return None
    return SET_OFF if _set_off(cur) else RESTRICTIVE


def _set_off(clause: Token) -> bool:
    """Tell whether a relative clause is set off by punctuation or joined to one that is.

    "the mayor, who ...", "the star - which appears on the flag and which they wore -".
    """
    edge = clause.left_edge.i
    before = clause.doc[edge - 1] if edge > 0 else None
    if before is None:
        return False
    if before.text in SETTING_OFF:
        return True
    return before.dep_ == "cc" and any(
        c.dep_ == "relcl" and c.i < before.i and _set_off(c) for c in clause.head.children)


def claims(statement: Statement, trigger: Token, background: bool, presupposed: bool) -> bool:
    """Tell whether a statement whose content holds the trigger makes it the speaker's claim.

    A described event ("X said Y, who attacked Z, ...") is the outlet's unless the speaker's own
    words are quoted or the attribution follows the whole sentence; a question's content
    ("asked about ...", "asked whether ...") asserts nothing; what the cue reacts to ("responded
    to accusations") is presupposed by it; a statement that performs the speech act its content
    names ("I am asking", "saying she applauded him") is that act, reported by the outlet. A
    presupposed event is claimed only by a report or a denial ("accused X of last week's
    massacre"), not by a cue that merely takes it as its topic ("will discuss the recent attack").
    """
    trailing = statement.cue_start is not None and statement.cue_start >= statement.end
    if background and statement.kind != "direct" and not trailing:
        return False  # a final "..., X said" still attributes the whole sentence
    cue_tok = next((t for t in trigger.doc if t.idx == statement.cue_start), None)
    lemma = cue_lemma(statement, cue_tok)
    if presupposed and not (cue(lemma, "report") or flagged(lemma, "dispute")):
        return False
    if statement.kind != "direct" and flagged(lemma, "ask") and (
            cue_tok is None or _asks_about(trigger, cue_tok)):
        return False  # a quoted question still holds its speaker's words
    if _reacted_to(trigger, cue_tok) or (cue_tok is not None and outlet_states(cue_tok, trigger)):
        return False
    return not performs(statement, trigger)


def outlet_states(report: Token, trigger: Token) -> bool:
    """Tell whether what a reporting verb holds is stated by the outlet too.

    A factive verb presupposes its content ("admitted it withheld the files"), unless it is
    negated or questioned: "never admitted that ...", "Did X admit that ...?" commit the outlet
    to nothing (M15). Announcing an act that the announcement itself performs ("announced the
    deal", "declared a ceasefire") makes that act the outlet's; an announced act of another
    kind ("announced the arrest of ..."), an event further down the object's phrase and an
    announced content clause ("announced that troops would leave") stay the source's.
    """
    if flagged(report.lemma_, "factive"):
        return not _negated(report) and not _questioned(report)
    if not flagged(report.lemma_, "announce") or not flagged(trigger.lemma_, "enacted"):
        return False
    obj = trigger
    while obj.dep_ == "conj" and obj.head.i != obj.i:  # "announced a deal and sanctions"
        obj = obj.head
    return obj.dep_ == "dobj" and obj.head.i == report.i and trigger.pos_ == "NOUN"


def _negated(verb: Token) -> bool:
    """Tell whether a verb is negated: a "not"/"never", or a negative subject ("nobody")."""
    for c in verb.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEGATIVE_SUBJECTS or any(
                d.dep_ == "det" and d.lower_ in NEGATIVE_DETS for d in c.children)):
            return True
    return False


def _questioned(verb: Token) -> bool:
    """Tell whether a verb is questioned: an auxiliary before its subject, or a final "?"."""
    subj = subject(verb)
    if subj is not None and any(c.dep_ in AUX_DEPS and c.i < subj.i for c in verb.children):
        return True
    return any(t.lower_ == "?" for t in verb.doc[verb.i:verb.sent.end])


def _asks_about(trigger: Token, cue_tok: Token) -> bool:
    """Tell whether the trigger lies in the question or topic of an asking cue (not a request)."""
    cur = trigger
    while cur.i != cue_tok.i and cur.head.i != cur.i:
        if cur.lower_ in TOPIC_PREPS and cur.dep_ == "prep":
            return True
        if cur.dep_ == "ccomp" and any(
                (c.dep_ == "mark" and c.lower_ in QUESTION_MARKS) or c.tag_ in WH_TAGS
                for c in cur.children):
            return True
        cur = cur.head
    return False


def _reacted_to(trigger: Token, cue_tok: Token | None) -> bool:
    """Tell whether the statement's cue is a reaction whose "to" object is the trigger."""
    return (cue_tok is not None and trigger.dep_ == "pobj" and trigger.head.lower_ == REACT_PREP
            and trigger.head.head.i == cue_tok.i and flagged(cue_tok.lemma_, "react"))


def cue_lemma(statement: Statement, tok: Token | None) -> str:
    """Return the lemma of a statement's cue token (its cue's first word when it has none)."""
    words = statement.cue.split()
    return tok.lemma_.lower() if tok is not None else (words[0].lower() if words else "")


def performs(statement: Statement, trigger: Token) -> bool:
    """Tell whether the statement is the speech act the trigger names, done by its speaker."""
    return self_performed(trigger) and trigger.head.idx == statement.cue_start


def self_performed(trigger: Token) -> bool:
    """Tell whether a reported clause is its speaker's own speech act, done by saying it.

    "'I am asking all candidates ...,' Vargas wrote": a first-person speech act (an expressive
    or a request) in the present is performed by the quote. A third-person pronoun stands for
    the speaker only under the actor's own subjectless participle ("criticized X, saying she
    condemned ...") and agreeing with that actor; a perfect ("said they had urged") or a dated
    act ("... in 2015") reports an earlier act.
    """
    if trigger.pos_ != "VERB" or trigger.dep_ != "ccomp" or not flagged(trigger.lemma_, "perform"):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PRON" or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
        return False
    if subject.lower_ in SINGULAR_THIRD | PLURAL_THIRD:
        return _actor_participle(trigger.head, subject) and not _dated(trigger)
    if subject.lower_ not in FIRST_PERSON:
        return False  # "'It condemns Japan,' an official said": a thing, not the speaker
    return trigger.tag_ in PRESENT_TAGS or trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in trigger.children)


def _actor_participle(report: Token, pronoun: Token) -> bool:
    """Tell whether a reporting verb is its actor's subjectless participle, the pronoun his."""
    if report.tag_ != "VBG" or report.dep_ != "advcl" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in report.children):
        return False
    actor = next((c for c in report.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if actor is None:
        return False
    plural = actor.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in actor.children)
    return (pronoun.lower_ in PLURAL_THIRD) == plural


def _dated(verb: Token) -> bool:
    """Tell whether a verb has a time adjunct ("condemned the coup in 2015")."""
    return any(w.ent_type_ in TIME_ENTITIES for c in verb.children
               if c.dep_ in ("prep", "npadvmod", "advmod") for w in c.subtree)


def subject(verb: Token) -> Token | None:
    """Return the subject (or passive agent) of a reporting verb."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def trailing_reports(root: Token, trigger: Token) -> list[tuple[Token, Token | None]]:
    """Return sentence-final attributions parsed below the event ("..., police said").

    The parser attaches such a tail either as a clause of the root or as a noun with a
    participle ("..., an official newspaper reported on Saturday"). A tail that holds the
    trigger is the trigger's own clause (the climb read it), and a subjectless participle
    ("criticized X, accusing them of ...") is the same actor's next act, attributing nothing.
    Each is returned as its reporting verb and, for a noun tail, the noun (the source).
    """
    found: list[tuple[Token, Token | None]] = []
    for child in root.children:
        if child.i <= root.i or child.i == trigger.i or child.is_ancestor(trigger):
            continue
        if child.dep_ == "advcl" and child.tag_ in PARTICIPLE_TAGS and subject(child) is None:
            continue
        verb, source = child, None
        if child.pos_ in ("NOUN", "PROPN"):
            verb = next((g for g in child.children if g.dep_ in ("acl", "relcl")), child)
            source = child
        elif child.dep_ not in ("parataxis", "ccomp", "advcl", "conj"):
            continue
        elif child.dep_ == "conj" and subject(child) is None:
            continue  # "were arrested and charged with X": a second act of the same subject
        if verb.pos_ == "VERB" and cue(verb.lemma_, "report") and not flagged(
                verb.lemma_, "factive") and not any(g.dep_ == "ccomp" for g in verb.children):
            found.append((verb, source))
    return found


def mention_span(tok: Token) -> tuple[int, int]:
    """Return the character span of a noun phrase head with its pre-modifiers and name parts."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "det", "nummod"):
            left = child if child.i < left.i else left
    left_i = min(left.left_edge.i, left.i) if left is not tok else tok.i
    start_tok = tok.doc[left_i]
    return start_tok.idx, tok.idx + len(tok.text)


def statement_for(trigger: Token, statements: Sequence[Statement]) -> Statement | None:
    """Return the statement whose content span holds the trigger, if any."""
    start = trigger.idx
    for statement in statements:
        if statement.start <= start < statement.end:
            return statement
    return None
