"""Coreference of pronouns: which earlier mention "he", "she", "it" or "they" stands for.

Split from :mod:`newsledger.actors`, whose registry calls :func:`resolve_pronoun` with the
mentions linked so far. Salience, in order:

1. a pronoun inside a quotation does not stand for the speaker or addressee of a reporting verb
   outside it in the same sentence (``Prescott told BBC News: "They told us ..."``), though it
   may stand for a party of the reported clause (``said Guyana had "opened its doors"``);
2. a speaker pronoun does not stand for anyone inside the clause it reports
   (``The Air Force is ready to fly, they said``: not the Air Force);
3. a subject in the same sentence before the pronoun, then the subjects of the previous
   sentences, most recent sentence first and within one its speaker ("according to officials"
   names a speaker as a subject does), then its main-clause subject, then an embedded one;
   then other mentions (for a subject pronoun, a phrase nested in a fronted adjunct of its own
   clause comes after the previous subjects: "In a statement read on state television, it
   said" is not the television; for a possessive, the nearest party of its sentence first);
4. he/she as the subject of what a relational speaker reports ("His lawyer said he would plead
   not guilty", "the minister's aide said she ...") stand for the speaker's possessor first:
   the one the relation is to is the topic the speaker talks about;
5. he/she with nobody compatible nearby fall back to the story's protagonist further back;
6. a mention inside another quotation than the pronoun's comes last (a person only quoted in
   passing is rarely the story's "he"; another speaker's words are not this one's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from spacy.tokens import Doc, Token

from newsledger.mention_phrases import relation_of
from newsledger.mention_syntax import data_rows
from newsledger.mention_syntax import name_gender as name_gender  # re-exported: actors use it
from newsledger.mentions import Candidate, quote_of

#: How many sentences back a pronoun looks for its antecedent (news rarely reaches further).
PRONOUN_SENTENCES = 3

#: How far back (sentences) he/she look for a person when none is within PRONOUN_SENTENCES.
PROTAGONIST_SENTENCES = 12

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

#: Verbs whose subject "it" is usually expletive ("It was the second time", "it seems that").
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "matter", "take", "happen"})

#: Dependencies by which a reporting verb hangs off the verb of the content it reports
#: ("The plan failed, he said": "said" is a parataxis or ccomp of "failed").
REPORT_HEAD_DEPS = frozenset({"parataxis", "ccomp"})

#: Dependencies of a reporting verb's speaker and addressee ("X told Y", "said to Y").
QUOTE_FRAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj", "pobj"})

E = TypeVar("E")

#: A candidate antecedent: the earlier mention and the actor it was linked to.
Linked = tuple[Candidate, E]


@lru_cache(maxsize=1)
def reporting_lemmas() -> frozenset[str]:
    """Return the verbs of the core cue lexicon (data/cues_core.tsv): say, tell, add, warn, ..."""
    return frozenset(r["lemma"] for r in data_rows("cues_core.tsv") if r["pos"] == "VERB")


def _is_speaker(tok: Token) -> bool:
    """Tell whether a mention's head is a source: a subject, or the object of "according to"."""
    if tok.dep_ in SUBJECT_DEPS:
        return True
    return (tok.dep_ == "pobj" and tok.head.lower_ == "to"
            and tok.head.head.lower_ == "according")


def _frames_quote(tok: Token) -> bool:
    """Tell whether a mention is the speaker or addressee of a reporting verb (of a quote)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
    return (tok.dep_ in QUOTE_FRAME_DEPS or _is_speaker(tok)) and (
        verb.lemma_ in reporting_lemmas() or verb.lower_ == "according")


def _clause_rank(tok: Token) -> int:
    """Rank a subject's salience: 0 a speaker, 1 a main-clause subject, 2 an embedded one."""
    if _is_speaker(tok) and (tok.dep_ not in SUBJECT_DEPS or tok.head.lemma_ in reporting_lemmas()):
        return 0
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return 1 if verb.dep_ == "ROOT" else 2


def _reported_tokens(tok: Token) -> tuple[int, int] | None:
    """Return the token range of the content a speaker pronoun's own verb reports, if any.

    Only content before the pronoun matters (antecedents precede it): the clause a parenthetical
    "he said" hangs off, or a ccomp placed before the verb by the parser.
    """
    verb = tok.head
    if tok.dep_ not in SUBJECT_DEPS or verb.lemma_ not in reporting_lemmas():
        return None
    if verb.dep_ in REPORT_HEAD_DEPS and verb.head.i < verb.i:
        head = verb.head
        return head.left_edge.i, verb.left_edge.i
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i]
    if before:
        return before[0].left_edge.i, before[0].right_edge.i + 1
    return None


@lru_cache(maxsize=1)
def commissive_lemmas() -> frozenset[str]:
    """Return the verbs a speaker commits himself by (data/commissive_verbs.tsv): vow, promise."""
    return frozenset(r["lemma"] for r in data_rows("commissive_verbs.tsv"))


#: Relations whose holder speaks for the possessor (lawyers, spokespeople, aides): "his son said
#: he would take over" or "his successor said he would scrap it" is about the speaker (T62).
SPEAKS_FOR = frozenset({"lawyer", "attorney", "counsel", "spokesman", "spokeswoman",
                        "spokesperson", "aide", "adviser", "advisor", "assistant", "secretary",
                        "representative", "envoy", "agent"})


def _speakers_possessor(tok: Token) -> int | None:
    """Return the possessor of a relational speaker whose reported clause a pronoun is subject of.

    "His lawyer said he would plead not guilty": the possessor ("His") is returned, as a lawyer,
    spokesman or aide speaks for the one they are related to. None unless the pronoun is the
    subject of the clause the speaker's reporting verb reports and the speaker is one relational
    noun of :data:`SPEAKS_FOR` with a possessor. Not for a verb the speaker commits
    himself by ("her aide promised he would resign": the aide).
    """
    if tok.dep_ not in SUBJECT_DEPS:
        return None
    clause = tok.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_ not in reporting_lemmas() or (
            verb.lemma_ in commissive_lemmas()):
        return None
    speakers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(speakers) != 1 or relation_of(speakers[0]) not in SPEAKS_FOR:
        return None
    return next((c.i for c in speakers[0].children if c.dep_ == "poss"), None)


def _protagonist(cand: Candidate, cls: str, history: Sequence[Linked[E]],
                 fits: Callable[[str, E], bool],
                 quotes: Sequence[tuple[int, int]]) -> list[Linked[E]]:
    """Fall back for he/she: the most recent compatible person within a wider window.

    News keeps its protagonist as "he" or "she" across paragraphs with no other person of
    that gender in between; a person pronoun with no candidate nearby is most often them.
    Mentions inside another quotation than the pronoun's are skipped.
    """
    own = quote_of(quotes, cand.start)
    for prev, entry in reversed(history):
        if cand.sent - prev.sent > PROTAGONIST_SENTENCES:
            break
        if fits(cls, entry) and quote_of(quotes, prev.start) in (None, own):
            return [(prev, entry)]
    return []


def resolve_pronoun(doc: Doc, cand: Candidate, history: Sequence[Linked[E]],
                    fits: Callable[[str, E], bool],
                    quotes: Sequence[tuple[int, int]] = ()) -> E | None:
    """Return the actor a pronoun most likely stands for, or None (expletive, no candidate).

    ``history`` holds the mentions linked so far in text order; ``fits`` tells whether a pronoun
    class (m, f, pl, n) can refer to an actor; ``quotes`` are the article's quotation spans.
    """
    cls = cand.pronoun_class
    if cls is None:
        return None
    tok = doc[cand.head]
    if cls == "n" and tok.dep_ not in ("nsubj", "nsubjpass", "poss") and not (
        tok.dep_ in ("dobj", "dative") and tok.head.lemma_ in reporting_lemmas()
    ):
        return None  # "it" as an object is rarely an actor, but "accused it of", "urged it to"
    if cls == "n" and tok.dep_ == "nsubj" and tok.head.lemma_ in EXPLETIVE_HEADS:
        return None  # "It was the second time", "It is high time": no referent
    owner = _speakers_possessor(tok) if cls in ("m", "f") else None
    if owner is not None:
        for prev, entry in reversed(history):
            if prev.head == owner and fits(cls, entry):
                return entry  # "His lawyer said he would plead": the one the lawyer speaks for
    verb = tok.head.i if tok.dep_ in ("dobj", "pobj", "iobj", "dative") else -1
    reported = _reported_tokens(tok)
    quote = quote_of(quotes, cand.start)
    subjects: list[Linked[E]] = []
    others: list[Linked[E]] = []
    quoted: list[Linked[E]] = []  # mentions inside a quotation the pronoun is not in
    for prev, entry in reversed(history):
        if cand.sent - prev.sent > PRONOUN_SENTENCES:
            break
        if not fits(cls, entry):
            continue
        prev_tok = doc[prev.head]
        if verb >= 0 and prev_tok.dep_ in SUBJECT_DEPS and prev_tok.head.i == tok.head.i:
            continue  # "Macron told him": him is not Macron
        if prev.sent == cand.sent:
            if reported is not None and reported[0] <= prev.head < reported[1]:
                continue  # "The Air Force is ready, they said": they are not the Air Force
            if quote is not None and not quote[0] <= prev.start < quote[1] and (
                _frames_quote(prev_tok)
            ):
                continue  # 'Prescott told BBC News: "They told us"': neither of them
        prev_quote = quote_of(quotes, prev.start) if quotes else None
        if prev_quote is not None and prev_quote != quote:
            quoted.append((prev, entry))  # quoted in passing, or in another speaker's words
            continue
        (subjects if _is_speaker(prev_tok) else others).append((prev, entry))
    same_subjects = [p for p in subjects if p[0].sent == cand.sent]
    same_others = [p for p in others if p[0].sent == cand.sent]
    # earlier sentences: the most recent first; within one, its speaker, then its main-clause
    # subject, then a subject embedded in what was reported ("Ekdahl said the Secretary-General
    # was concerned. He said ...": Ekdahl)
    prev_subjects = sorted((p for p in subjects if p[0].sent != cand.sent),
                           key=lambda p: (-p[0].sent, _clause_rank(doc[p[0].head]), -p[0].start))
    prev_others = [p for p in others if p[0].sent != cand.sent]
    if tok.dep_ == "poss":
        # A possessive most often points at the nearest party of its own sentence
        # ("assurances from the Russian government that its forces ...").
        ranked = sorted(same_subjects + same_others, key=lambda p: -p[0].start)
        ranked = ranked or prev_subjects or prev_others
    elif tok.dep_ in SUBJECT_DEPS:
        # a subject pronoun continues the previous subject rather than a phrase nested in an
        # adjunct of its own clause ("In a statement read on state television, it said": the
        # ministry named before); a possessor there or a party elsewhere in the sentence stays
        # ("Lauck's defence team argued that he was free")
        clause_start = tok.head.left_edge.i
        fronted = [p for p in same_others
                   if clause_start <= p[0].head < tok.i and doc[p[0].head].dep_ != "poss"]
        near = [p for p in same_others if p not in fronted]
        ranked = same_subjects + near or prev_subjects or fronted or prev_others
    else:
        ranked = same_subjects + same_others or prev_subjects or prev_others
    if not ranked and cls in ("m", "f"):
        ranked = _protagonist(cand, cls, history, fits, quotes)
    ranked = ranked or quoted
    return ranked[0][1] if ranked else None
