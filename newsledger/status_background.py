"""The outlet-versus-source layer of event status: what the outlet itself states beside a report.

A past-dated or completed event named as background is presupposed ("after the attacks", "last
week's raid"); a comma-set relative clause describes a participant in the outlet's words; a
question's topic is nobody's claim; a statement that performs the speech act it names ("I am
asking ...") is that act. :mod:`newsledger.status` asks these questions while it climbs; the cue
table of ``data/status_cues.tsv`` is loaded here so that both modules share it without a cycle.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from newsledger.record import EpistemicStatus, Statement

#: Modifier relations that can date an event noun ("last week's attack", "the 2003 invasion").
DATING_DEPS = frozenset({"amod", "nummod", "compound", "poss", "npadvmod"})
#: Determiners of a known, particular event ("after the attacks", not "after attacks").
DEFINITE = frozenset({"the", "this", "these", "that", "those"})
#: Pronouns of a speaker reporting her own act ("I am asking", "we condemn").
FIRST_PERSON = frozenset({"i", "we"})
#: Pronouns that can stand for a speaker in an indirect report ("saying she applauded him").
THIRD_PERSON = frozenset({"he", "she", "they"})
#: Present-tense tags: a first-person speech act in the present is performed by saying it.
PRESENT_TAGS = frozenset({"VBP", "VBZ"})


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], EpistemicStatus]:
    """Return the status cues keyed by (lemma, role)."""
    table: dict[tuple[str, str], EpistemicStatus] = {}
    text = resources.files("newsledger.data").joinpath("status_cues.tsv").read_text("utf-8")
    rows = csv.reader((ln for ln in text.splitlines() if ln and not ln.startswith("#")),
                      delimiter="\t")
    for lemma, status, role in rows:
        table[(lemma, role)] = status  # type: ignore[assignment]
    return table


def cue(lemma: str, role: str) -> EpistemicStatus | None:
    """Return the status a word gives in a role, if it is a cue."""
    return cues().get((lemma.lower(), role))


def presupposed(trigger: Token) -> bool:
    """Tell whether an event noun is taken as having happened ("last week's attack").

    A modifier dates it in the past ("the 2003 invasion", "a recent assault"), a preposition
    places the story after or under it ("since the shootings", "under the agreement") or the
    clause reacts to it ("responded to accusations").
    """
    if trigger.pos_ != "NOUN":
        return False
    for child in trigger.children:
        if child.dep_ in DATING_DEPS and any(
                cue(w.lemma_, "past") or is_year(w) for w in child.subtree):
            return True
    if trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ == "to" and cue(prep.head.lemma_, "react"):
        return True  # "responded to accusations": what one reacts to has happened
    return cue(prep.lower_, "since") is not None and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in trigger.children)


def is_year(tok: Token) -> bool:
    """Tell whether a token is a calendar year ("the 2003 invasion")."""
    return tok.text.isdigit() and len(tok.text) == 4 and tok.ent_type_ == "DATE"


def claims(statement: Statement, trigger: Token, background: bool) -> bool:
    """Tell whether a statement whose content holds the trigger makes it the speaker's claim.

    A presupposed or described event ("X said Y, who attacked Z, ...") is the outlet's unless
    the speaker's own words are quoted or the attribution follows the whole sentence; a
    question ("asked about ...") asserts nothing; a statement that performs the speech act its
    content names ("I am asking", "saying she applauded him") is that act, reported by the
    outlet.
    """
    trailing = statement.cue_start is not None and statement.cue_start >= statement.end
    if background and statement.kind != "direct" and not trailing:
        return False  # a final "..., X said" still attributes the whole sentence
    if statement.kind != "direct" and cue(cue_lemma(statement, trigger), "ask"):
        return False  # "asked about X": a quoted question still holds its speaker's words
    return not performs(statement, trigger)


def cue_lemma(statement: Statement, trigger: Token) -> str:
    """Return the lemma of a statement's cue word (its first word when it has no span)."""
    tok = next((t for t in trigger.doc if t.idx == statement.cue_start), None)
    words = statement.cue.split()
    return tok.lemma_.lower() if tok is not None else (words[0].lower() if words else "")


def performs(statement: Statement, trigger: Token) -> bool:
    """Tell whether the statement is the speech act the trigger names, done by its speaker."""
    return self_performed(trigger) and trigger.head.idx == statement.cue_start


def self_performed(trigger: Token) -> bool:
    """Tell whether a reported clause is its speaker's own speech act, done by saying it.

    "'I am asking all candidates ...,' Vargas wrote", "saying she applauded him": the clause's
    verb is a speech act (an expressive or a request), its subject a pronoun for the speaker,
    so the report is the act. First person needs the present (the performative); a perfect
    ("said they had urged") reports an earlier act.
    """
    if trigger.pos_ != "VERB" or trigger.dep_ != "ccomp" or not cue(trigger.lemma_, "perform"):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PRON" or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
        return False
    if subject.lower_ in THIRD_PERSON:
        return True
    if subject.lower_ not in FIRST_PERSON:
        return False  # "'It condemns Japan,' an official said": a thing, not the speaker
    return trigger.tag_ in PRESENT_TAGS or trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in trigger.children)
