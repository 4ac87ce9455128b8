"""Cues: the lexicon of speech and thought cues and the syntactic frames that find their content.

A cue is a word (``say``, ``accuse``, ``claim``) used in a *frame*: the dependency configuration
that locates what was said. The lexicon (``data/cues.tsv``) lists ``lemma, pos, frame`` triples
with how often each introduced an attribution in PolNeAR train; a listed lemma is a candidate
in every frame present, and a logistic model (``data/cues_model.json``) decides whether it fires,
weighing the triple (when listed), the lemma and the context. Frames:

``ccomp``/``xcomp``/``dobj``/``acl``
    the content is the subtree of the cue's child with that dependency ("said *that ...*",
    "vowed *to fight*", "denied *the report*", "his claim *that ...*");
``dobj+``
    the object with the verb's complements after it ("called *him a liar*");
``prep:<word>``
    the object of the cue's preposition ("called *for* X", "accused Y *of* X");
``head``
    the cue hangs off the content's verb ("The plan failed, *he said*"): the head's clause minus
    the cue's own subtree;
``according``
    "according to X": the clause around the phrase, minus it;
``colon``
    the cue is followed by a colon: the content is what follows it in the sentence;
``passive``
    a passive cue with its agent ("*The plan* was rejected by Congress"): its subject;
``subject``
    a reaction noun the verb's subject receives ("*The plan* drew criticism", "*Clinton* came
    under scrutiny"): the content is that subject.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsledger.lexicon import describe
from newsledger.lexicon_data import data_rows
from newsledger.linear_model import LinearModel, load_model

#: Frames that make any verb a candidate cue, even one the lexicon does not list ("affirmed that").
GENERIC_FRAMES = frozenset({"ccomp"})

#: Frames whose content may run over a parenthetical cue ("X, according to Y, did Z").
COVERING_FRAMES = frozenset({"head", "according"})

#: Content-length buckets (tokens) for the model: a one-word "content" is rarely a statement.
_LENGTHS = ((1, "1"), (3, "2-3"), (7, "4-7"), (15, "8-15"), (10**9, "16+"))

#: Dependencies under which a cue's own clause may hang off the content's verb ("..., he said").
HEAD_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})

#: Tokens stripped from the edges of a content span.
_PUNCT_EDGE = frozenset({",", ";", ":", "-", "\u2014", "\u2013", "(", ")", ".", "--", '"', "'",
                         "''", "``", "\u201c", "\u201d", "\u2018", "\u2019"})

TokSpan = tuple[int, int]  # token indices [start, end)


@dataclass(frozen=True)
class CueEntry:
    """One lexicon row: a lemma used in one frame, with its PolNeAR train counts."""

    lemma: str
    pos: str
    frame: str
    hits: int
    seen: int
    source: str  # "polnear-train" (derived) or "core" (written by the newsledger authors)

    @property
    def precision(self) -> float:
        """Return how often the frame introduced an attribution when present."""
        return self.hits / self.seen if self.seen else 0.0


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], dict[str, CueEntry]]:
    """Load ``data/cues.tsv`` as (lemma, pos) -> frame -> entry: the candidate cues."""
    table: dict[tuple[str, str], dict[str, CueEntry]] = {}
    for row in data_rows("cues.tsv"):
        entry = CueEntry(row["lemma"], row["pos"], row["frame"], int(row["hits"]),
                         int(row["seen"]), row["source"])
        table.setdefault((entry.lemma, entry.pos), {})[entry.frame] = entry
    return table


def model() -> LinearModel:
    """Load the candidate scorer trained by scripts/train_cues.py."""
    return load_model("cues_model.json")


def _length_bucket(n: int) -> str:
    """Return a coarse bucket of a content length in tokens."""
    return next(label for top, label in _LENGTHS if n <= top)


def features(token: Token, frame: str, span: TokSpan, in_quote: bool) -> list[str]:
    """Return the features of a candidate: the cue word in its frame, and its context."""
    lemma, pos = cue_key(token)
    known = lexicon().get((lemma, pos), {}).get(frame) is not None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subj = "none" if subject is None else f"{subject.dep_}:{subject.pos_}"
    entity = "-" if subject is None else subject.ent_type_ or "-"
    first = token.doc[span[0]]
    where = "before" if span[1] <= token.i else "after"
    quote = "q" if in_quote else "-"
    negated = any(c.dep_ == "neg" for c in token.children)
    clause = any(t.pos_ in ("VERB", "AUX") for t in token.doc[span[0]:span[1]])
    feats = [
        "bias", f"f:{frame}", f"fd:{frame}|{token.dep_}", f"ft:{frame}|{token.tag_}",
        f"fs:{frame}|{subj}", f"fq:{frame}|{quote}", f"fw:{frame}|{where}",
        f"fl:{frame}|{_length_bucket(span[1] - span[0])}", f"fn:{frame}|{negated}",
        f"ff:{frame}|{first.lower_ if first.is_stop else first.pos_}", f"fe:{frame}|{entity}",
        f"fc:{frame}|{clause}",
    ]
    # What the content is (a person, a plan, a clause), which clause governs the cue ("declined
    # to say") and who the subject is ("spokesman", "poll"): +0.003 F1 on both train hold-outs.
    doc = token.doc
    root = min(doc[span[0]:span[1]], key=_depth)
    feats.append(f"fr:{frame}|{root.ent_type_ or root.pos_}")
    if root.pos_ in ("NOUN", "PROPN") and not root.ent_type_:
        feats.append(f"fo:{frame}|{root.lemma_.lower()}")
    if token.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl", "relcl"):
        feats.append(f"fh:{token.dep_}|{token.head.lemma_.lower()}")
    if subject is not None and subject.pos_ in ("NOUN", "PRON"):
        feats.append(f"sl:{subject.lemma_.lower()}")
    if lexicon().get((lemma, pos)):  # the lemma backs off its frames seen too rarely
        feats.append(f"l:{lemma}|{pos}")
    if known:
        feats += [f"lf:{lemma}|{pos}|{frame}", f"lq:{lemma}|{frame}|{quote}",
                  f"ls:{lemma}|{frame}|{subj}", f"ld:{lemma}|{frame}|{token.dep_}",
                  f"lc:{lemma}|{frame}|{clause}"]
    return feats


def _depth(token: Token) -> int:
    """Return how many heads lie above a token (the root of its sentence has none)."""
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def subtree_span(token: Token) -> TokSpan:
    """Return the token span of a token's subtree."""
    return token.left_edge.i, token.right_edge.i + 1


def trim(doc: Doc, span: TokSpan) -> TokSpan | None:
    """Strip punctuation from both edges of a span; None when nothing is left."""
    start, end = span
    while start < end and (doc[start].text in _PUNCT_EDGE or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _PUNCT_EDGE or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


@lru_cache(maxsize=1)
def core_verbs() -> frozenset[str]:
    """Return the verbs of the core cue lexicon (data/cues_core.tsv): say, tell, call, urge, ..."""
    return frozenset(r["lemma"] for r in data_rows("cues_core.tsv") if r["pos"] == "VERB")


#: Tags of a finite verb standing on its own ("called", "calls"): "would call" or "calling" may
#: be part of what was reported.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


#: Entity labels of names that can act or be acted on.
ACTOR_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})

#: Pronouns that stand for someone (not "it", "this", "which": a thing may be received).
PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "he", "she", "they",
                             "we", "i", "whom", "who"})


def second_act(verb: Token) -> bool:
    """Tell whether a verb coordinated after a reported clause is the speaker's next act.

    "X told reporters the drills were 'a pretext', and called for observers": the parser hangs
    "called" on "were", but a finite core reporting verb without a subject, auxiliary or "that"
    of its own, in the reporting verb's tense, coordinated after the clause that verb reports,
    is what X did next, not part of what X reported; its subject is X's, when the report is of a
    state (a copula) or of a thing's act: after somebody's act the verb may be theirs. Another
    tense keeps it in the report ("Merrill says Machado promised to help and said she would
    stay"). After an infinitive ("urged residents to stay calm and called for an inquiry") any
    such finite verb is X's: an infinitive clause coordinates no finite verb of its own.
    """
    clause = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or verb.i < clause.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    if clause.head.pos_ != "VERB" or clause.head.tag_ != verb.tag_:
        return False
    if clause.dep_ == "xcomp":
        return clause.tag_ == "VB"
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in core_verbs():
        return False
    # after a report of a state ("the drills were a pretext") or of a thing's act ("the talks had
    # failed, and called for"); after somebody's act ("the rebels seized the town and told
    # residents to leave") the next verb is as likely that somebody's
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return clause.lemma_.lower() == "be" or subject is None or not names_someone(subject)


def names_someone(tok: Token) -> bool:
    """Say whether a noun names someone who can act ("the general", "soldiers", "him", "Iran").

    Not a thing ("praise", "charges", "the talks"): a personal pronoun, a name of an actor's
    label, or a noun the actor lexicon knows as a person, group or body.
    """
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSON_PRONOUNS
    return tok.ent_type_ in ACTOR_ENTS or describe(tok.text).kind != "unknown"


def _clause_span(head: Token) -> TokSpan:
    """Return a clause's span without a trailing coordinated clause of its own subject.

    "said the plan failed, and he left" reports "the plan failed": the parser hangs "he left"
    on "failed", but a conjunct with its own subject is the narrator's again, unless "that"
    opens it ("said X but that Y" reports both); so is the speaker's second act
    (:func:`second_act`: "said the plan failed, and called for an inquiry").
    """
    start, end = subtree_span(head)
    for child in head.children:
        if child.dep_ == "conj" and child.i > head.i and child.pos_ in ("VERB", "AUX") and (any(
                c.dep_ in ("nsubj", "nsubjpass") for c in child.children) and not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
                or second_act(child)):
            cut = child.left_edge.i
            while cut > head.i + 1 and (head.doc[cut - 1].dep_ == "cc"
                                        or head.doc[cut - 1].is_punct):
                cut -= 1
            end = min(end, cut)
    return start, end


def _minus(outer: TokSpan, inner: TokSpan) -> TokSpan | None:
    """Return the outer span without the inner one when the inner sits at one of its edges."""
    if inner[0] <= outer[0] and inner[1] >= outer[1]:
        return None
    if inner[1] >= outer[1]:
        return outer[0], inner[0]
    if inner[0] <= outer[0]:
        return inner[1], outer[1]
    return None


def _temporal(child: Token) -> bool:
    """Return whether a verb's modifier dates the act ("in early June", "on Thursday").

    "endorsed Trump in early June" reports an endorsement of Trump: the date is the narrator's.
    """
    return child.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children)


def frames(token: Token) -> dict[str, TokSpan]:
    """Return every frame present around a token, frame name -> raw content span."""
    found: dict[str, TokSpan] = {}
    for child in token.children:
        dep = child.dep_
        if dep in ("ccomp", "xcomp", "dobj", "acl") and dep not in found:
            found[dep] = _clause_span(child)
        elif dep == "prep":
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                found.setdefault(f"prep:{child.lower_}", subtree_span(objects[0]))
        elif dep == "advcl" and child.left_edge.lower_ == "for" and child.left_edge.dep_ == "mark":
            # "called for the United States to step up": the parse makes "for X to do Y" a
            # clause with "for" as its marker; it is the object of the verb's "for" all the same
            found.setdefault("prep:for", (child.left_edge.i + 1, _clause_span(child)[1]))
    if "dobj" in found:
        # "called him a liar", "blamed X for Y", "described X as Y": the object with what the
        # verb says of it.
        obj = next(c for c in token.children if c.dep_ == "dobj")
        tail = [c for c in token.children
                if c.i > obj.i and c.dep_ in ("prep", "oprd", "xcomp", "acomp", "advmod")]
        if tail:
            end = max(_clause_span(c)[1] if c.dep_ == "xcomp" else c.right_edge.i + 1
                      for c in tail)
            # the first dating phrase ends the content wherever the parser hung it: what
            # follows the date is the narrator's too
            end = next((t.i for t in token.doc[obj.right_edge.i + 1:end] if _temporal(t)), end)
            if end > obj.right_edge.i + 1:
                found["dobj+"] = (obj.left_edge.i, end)
    received = received_by(token)
    if received is not None:
        found["subject"] = subtree_span(received)
    if token.pos_ == "VERB" and any(c.dep_ == "agent" for c in token.children):
        # "The story was first reported by the Post", "the plan was rejected by Congress": with
        # its agent named, a passive cue's subject is what was said or judged
        patient = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if patient is not None:
            found["passive"] = subtree_span(patient)
    if token.dep_ in HEAD_DEPS and token.head.pos_ in ("VERB", "AUX") and token.head.i != token.i:
        # A parenthetical cue ("The plan, he said, failed") leaves the content in two pieces;
        # the span then runs over the cue's clause.
        head = subtree_span(token.head)
        found["head"] = _minus(head, subtree_span(token)) or head
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        # The phrase attaches anywhere in its sentence (often to a noun); what it sources is the
        # whole sentence, less the phrase when it stands at an edge.
        sent = trim(token.doc, (token.sent.start, token.sent.end)) or (token.i, token.i + 1)
        found["according"] = _minus(sent, subtree_span(token)) or sent
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.text == ":" and nxt.i + 1 < token.sent.end:
        found["colon"] = (nxt.i + 1, token.sent.end)
    return found


def receiving_verb(token: Token) -> Token | None:
    """Return the verb a noun is received through: its object ("drew criticism") or "under" it.

    "The plan drew criticism from Democrats", "Clinton came under scrutiny": the reaction noun
    is what the verb's subject got.
    """
    if token.pos_ != "NOUN":
        return None
    verb = token.head if token.dep_ == "dobj" else token.head.head if (
        token.dep_ == "pobj" and token.head.lower_ == "under") else None
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def received_by(token: Token) -> Token | None:
    """Return who or what receives a reaction noun ("The plan drew criticism": "plan").

    PolNeAR annotates the receiver as the content of such a cue (what the criticism, support or
    scrutiny is about); the lexicon and the model decide for which nouns and verbs.
    """
    verb = receiving_verb(token)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def cue_key(token: Token) -> tuple[str, str]:
    """Return the lexicon key of a token: its lower-case lemma and coarse part of speech."""
    lemma = "according" if token.lower_ == "according" else token.lemma_.lower()
    pos = "NOUN" if token.pos_ in ("NOUN", "PROPN") else "VERB" if token.pos_ in (
        "VERB", "AUX") else token.pos_
    return lemma, pos


def candidates(token: Token) -> dict[str, TokSpan]:
    """Return the frames that may make a token a cue, with their trimmed content spans.

    Every frame of a lemma the lexicon lists (in any frame) qualifies, the model weighing the
    frames it was not seen in ("pan" seen with "prep:as" is tried with "dobj" too: +0.012 and
    +0.003 F1 on the two train hold-outs, where opening all frames to every verb lost); a verb
    the lexicon does not list qualifies with ``GENERIC_FRAMES``; a span covering the cue itself
    does not.
    """
    entries = lexicon().get(cue_key(token), {})
    if not entries and token.pos_ != "VERB":
        return {}
    out = {}
    for frame, raw in frames(token).items():
        if not entries and not (frame in GENERIC_FRAMES and token.pos_ == "VERB"):
            continue
        span = trim(token.doc, raw)
        if span is not None and (frame in COVERING_FRAMES or not span[0] <= token.i < span[1]):
            out[frame] = span
    return out


def best_frame(token: Token, in_quote: bool) -> tuple[str, TokSpan, float] | None:
    """Return the likeliest frame of a cue, its content span and probability, if over threshold."""
    options = candidates(token)
    if not options:
        return None
    scorer = model()
    scored = [(f, sp, scorer.probability(features(token, f, sp, in_quote)))
              for f, sp in options.items()]
    frame, span, p = max(scored, key=lambda o: o[2])
    return (frame, span, p) if p >= scorer.threshold else None
