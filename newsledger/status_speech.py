"""The speech side of event status: which statement claims an event, and what it only names.

A statement whose content holds a trigger makes it its speaker's claim, except where the
outlet still states it: a described participant, a question's topic, what the cue reacts to,
a factive or announcing verb's content, a speech act the statement itself performs, an event
beside the cue in the outlet's narration, and the object an utterance verb names ("voiced
anger", T91). Who asserts a claim is found here too: the subject of a reporting verb, a
sentence-final attribution ("..., police said"), the statement holding the trigger, or a
quotation with no statement found. Split from :mod:`newsledger.status_background` by T91 to
keep each module under the size rule; :mod:`newsledger.status` asks these questions as it
climbs.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsledger.clause_subject import verb_subject
from newsledger.clause_words import PRESENT_TAGS, TIME_ENTITIES
from newsledger.record import Statement
from newsledger.status_background import (
    REACT_PREP,
    TOPIC_PREPS,
    averted,
    cue,
    flagged,
    is_definite,
    named_in_object,
    negative,
    pinned_down,
)
from newsledger.status_occasion import PARENTHETICAL, dated
from newsledger.status_quotes import comment_after_quote as comment_after_quote  # for status
from newsledger.status_quotes import in_quotation as in_quotation  # re-exported for status
from newsledger.status_quotes import quotation, quoted_apart, token_at
from newsledger.status_quotes import quoted_verdict as quoted_verdict  # re-exported for status
from newsledger.status_scope import by_means
from newsledger.trigger_constraints import is_to_infinitive

#: Pronouns of a speaker reporting her own act ("I am asking", "we condemn").
FIRST_PERSON = frozenset({"i", "we"})
#: Pronouns that can stand for a speaker in an indirect report ("saying she applauded him").
SINGULAR_THIRD = frozenset({"he", "she"})
PLURAL_THIRD = frozenset({"they"})
#: Plural noun tags (for the agreement of "they" with the acting subject).
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Participle tags: a subjectless participle after the act is the same actor's next act.
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
#: Marks and wh-word tags that make a clause under "ask" a question ("asked whether ...").
QUESTION_MARKS = frozenset({"whether", "if"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Complementizers opening a content clause: one is never a sentence-final attribution (T117).
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
#: Auxiliary relations that, before the subject, make a clause a question ("Did X admit ...?").
AUX_DEPS = frozenset({"aux", "auxpass"})
#: The preposition and the mark of a request under "ask": "asked for X", "asked that X go".
REQUEST_PREP, MANDATIVE_MARK = "for", "that"
#: Particles of a request by "call": "called on X to resign" (:func:`requested`).
REQUEST_ON = frozenset({"on", "upon"})
#: Verbs that perform the courtesy their object names, and those courtesies: an apology or
#: condolences offered have been made (asserted), unlike an offer of talks or aid, which is
#: an intention (AGREE).
PERFORMING_VERBS = frozenset({"offer", "extend", "express", "convey"})
PERFORMED_ACTS = frozenset({"apology", "condolence", "sympathy", "congratulation", "thanks"})
#: The present participle tag ("a statement condemning X": the statement's own act).
GERUND_TAG = "VBG"
#: The performative formula "Let me/us <act>", "Let me take this opportunity to <act>" (T117).
LET, LET_PRONOUNS = "let", frozenset({"me", "us", "'s"})
OCCASION_NOUNS, TAKE_VERBS = frozenset({"opportunity", "occasion", "moment"}), frozenset({"take"})
#: Adjectives of the speaker's gladness that frame a performed speech act ("I am pleased to
#: announce", "we are proud to endorse"): the closed set of the conventional English formula,
#: whose adjective adds politeness, not modality (T99).
GLAD_ADJECTIVES = frozenset({
    "pleased", "proud", "happy", "glad", "delighted", "honored", "honoured", "thrilled",
})


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
    cue_tok = token_at(trigger.doc, statement.cue_start)
    lemma = cue_lemma(statement, cue_tok)
    if presupposed and not (cue(lemma, "report") or flagged(lemma, "dispute")):
        return False
    if statement.kind != "direct" and flagged(lemma, "ask") and (
            cue_tok is None or _asks_about(trigger, cue_tok)):
        return False  # a quoted question still holds its speaker's words
    if _reacted_to(trigger, cue_tok) or (cue_tok is not None and outlet_states(cue_tok, trigger)):
        return False
    if cue_tok is not None and comment_after_quote(trigger, cue_tok):
        return False  # 'called it "racist," an extraordinary indictment': the outlet's comment
    if cue_tok is not None and _means_of(trigger, cue_tok):
        return False  # "concluded by admonishing X": the means is the act, not its content
    if cue_tok is not None and statement.kind != "direct" and (
            _other_branch(trigger, cue_tok) or _referred_to(trigger, cue_tok, statement)
            or named_in_object(trigger, cue_tok)
            or quoted_apart(trigger, cue_tok)):
        return False
    return not performs(statement, trigger)


def _means_of(trigger: Token, cue_tok: Token) -> bool:
    """Tell whether the trigger lies in a "by" gerund of the cue: its act's means (T99)."""
    cur, below = trigger, None
    while cur.i != cue_tok.i and cur.head.i != cur.i:
        cur, below = cur.head, cur
        if cur.head.i == cue_tok.i and by_means(cur, below):
            return True
    return False


def _other_branch(trigger: Token, cue_tok: Token) -> bool:
    """Tell whether a reported span's trigger lies beside its cue, not under or above it.

    "X held a rally on Monday, asking Y to ...": a span the statement stage stretched over the
    cue's own clause holds the outlet's narration of the speaker, which the cue does not govern
    (T91). A trigger governing the cue ("X attacked Y, police said" parsed with "said" under
    "attacked") is still what is reported; a cue in another sentence is not judged here. A
    parenthetical cue ("Rebels, the army said, attacked X and killed Y") hangs on one clause
    but frames its whole sentence (M17).
    """
    if cue_tok.dep_ == PARENTHETICAL and cue_tok.head.is_ancestor(trigger):
        return False
    return (cue_tok.pos_ == "VERB" and cue_tok.dep_ != "prep" and cue_tok.sent == trigger.sent
            and not cue_tok.is_ancestor(trigger)
            and not trigger.is_ancestor(cue_tok) and cue_tok.i != trigger.i)


def _referred_to(trigger: Token, cue_tok: Token, statement: Statement) -> bool:
    """Tell whether an event noun is the object a non-reporting cue acts on, not its content.

    An utterance verb's object names the utterance itself ("voiced anger", "issued a
    warning"), and a definite object of another statement verb is what it refers or reacts to
    ("pointed to the mayor's plea for calm", "condemned the attack"): both exist in the outlet's
    account (T91). A reporting verb's object is what it reports ("reported the attack"), and
    beside a content clause ("explained the army's refusal to talk is a mistake") the
    object is that clause's misread subject.
    """
    if trigger.pos_ != "NOUN" or cue_tok.pos_ != "VERB" or cue(cue_tok.lemma_, "report") or any(
            c.dep_ == "ccomp" for c in cue_tok.children):
        return False  # beside a content clause the "object" is its misread subject
    cue_words = {w.lower() for w in statement.cue.split()}
    if not (trigger.dep_ == "dobj" and trigger.head.i == cue_tok.i) and not (
            trigger.dep_ == "pobj" and trigger.head.lower_ in cue_words
            and trigger.head.head.i == cue_tok.i):
        return False
    return flagged(cue_tok.lemma_, "utter") or is_definite(trigger)


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
        # the verb's own subject: verb_subject climbs to a relative clause's antecedent and a
        # controller, which a negative word there does not negate (see status.status_of)
        if c.dep_ in ("nsubj", "nsubjpass") and negative(c):
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
    return self_performed(trigger) and reported_clause(trigger).head.idx == statement.cue_start


def reported_clause(verb: Token) -> Token:
    """Return the reported clause a verb coordinates under ("X were ..., and I regret Y").

    A speech act framed by the speaker's gladness is said by its copula's clause ("I am
    pleased to nominate X": the clause of "am", T99).
    """
    frame = _glad_frame(verb) or _let_frame(verb)
    if frame is not None:
        verb = frame
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _glad_frame(verb: Token) -> Token | None:
    """Return the copula of "I am pleased to <act>" when a to-infinitive hangs on a glad adjective.

    "I am pleased to nominate X", "we are proud to endorse Y": saying the frame performs the act
    as saying "I nominate X" does (T99); a wish or an ability ("I am ready to endorse") is no
    such frame.
    """
    adjective = verb.head
    if verb.dep_ != "xcomp" or not is_to_infinitive(verb) or adjective.lower_ not in (
            GLAD_ADJECTIVES) or adjective.dep_ != "acomp" or adjective.head.lemma_ != "be":
        return None
    return adjective.head


def _let_frame(verb: Token) -> Token | None:
    """Return "let" of "Let me thank X" or "Let me take this opportunity to thank X".

    The first-person imperative "let me/us" with the speech act is a performative formula:
    saying it thanks, as saying "I thank X" does (T117); "let them attack" is no such frame.
    """
    if verb.dep_ == "acl" and verb.head.lemma_ in OCCASION_NOUNS and verb.head.head.lemma_ in (
            TAKE_VERBS):
        verb = verb.head.head  # "take this opportunity to thank"
    let = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or let.lemma_ != LET or let.i == verb.i:
        return None
    mine = any(c.dep_ in ("nsubj", "dobj") and c.lower_ in LET_PRONOUNS
               for c in (*verb.children, *let.children))
    return let if mine else None


def self_performed(trigger: Token) -> bool:
    """Tell whether a reported clause is its speaker's own speech act, done by saying it.

    "'I am asking all candidates ...,' Vargas wrote": a first-person speech act (an expressive
    or a request) in the present is performed by the quote. A third-person pronoun stands for
    the speaker under the actor's own subjectless participle ("criticized X, saying she
    condemned ...") or under a finite report in the act's own tense (T91: "said she regretted
    ..."), agreeing with that actor; a perfect ("said they had urged") or a dated
    act ("... in 2015") reports an earlier act.
    """
    clause = reported_clause(trigger)  # a coordinated clause of its own is said too (T91)
    if trigger.pos_ != "VERB" or clause.dep_ != "ccomp" or not flagged(trigger.lemma_, "perform"):
        return False
    if _let_frame(trigger) is not None:
        return True  # "Let me thank X": the formula performs the act (T117)
    # "I am pleased to nominate X": the frame's copula bears the tense (T99)
    tensed = clause if _glad_frame(trigger) is not None else trigger
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None and trigger.i != clause.i:
        # "said she regretted X and promised Y": a subjectless conjunct shares the clause's
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PRON" or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
        return False
    if subject.lower_ in SINGULAR_THIRD | PLURAL_THIRD:
        return (_actor_participle(clause.head, subject) or _same_act(clause.head, tensed, subject)
                ) and not dated(trigger)
    if subject.lower_ not in FIRST_PERSON:
        return False  # "'It condemns Japan,' an official said": a thing, not the speaker
    return tensed.tag_ in PRESENT_TAGS or tensed.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in tensed.children)


def _actor_participle(report: Token, pronoun: Token) -> bool:
    """Tell whether a reporting verb is its actor's subjectless participle, the pronoun his."""
    if report.tag_ != "VBG" or report.dep_ != "advcl" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in report.children):
        return False
    actor = verb_subject(report)  # the subject of the clause the participle hangs on
    if actor is None:
        return False
    plural = actor.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in actor.children)
    return (pronoun.lower_ in PLURAL_THIRD) == plural


def _same_act(report: Token, verb: Token, pronoun: Token) -> bool:
    """Tell whether a finite report's subject performs, in saying, the act its pronoun does.

    "The justice said she regretted her remarks": a speech act in the reporting verb's own
    tense whose pronoun agrees with the reporting verb's subject is done by that saying (T91);
    another tense ("says she condemned") or a perfect reports an earlier act, and in quoted
    words the speaker would say "I".
    """
    if report.pos_ != "VERB" or not cue(report.lemma_, "report") or report.tag_ != verb.tag_:
        return False
    if quotation(verb) is not None:
        return False  # '"She condemned the raid," the witness said': a quoted "she" is another
    actor = verb_subject(report)
    if actor is None or actor.pos_ == "PRON" and actor.lower_ not in SINGULAR_THIRD | PLURAL_THIRD:
        return False
    plural = actor.tag_ in PLURAL_TAGS or actor.lower_ in PLURAL_THIRD or any(
        c.dep_ == "conj" for c in actor.children)
    return (pronoun.lower_ in PLURAL_THIRD) == plural


def subject(verb: Token) -> Token | None:
    """Return the subject (or passive agent) a verb's own clause names, if any.

    The tests "has the clause a subject of its own" (a subjectless participle or conjunct,
    a question's inverted auxiliary) read this; who acts or speaks is
    :func:`newsledger.clause_subject.verb_subject`, which climbs to the shared one (M19).
    """
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
    Each is returned as its reporting verb and, for a noun tail, the noun (the source). A
    parenthetical report before the root ("After X left, villagers said, fighters burned Y")
    frames the whole sentence as a final one does (M17).
    """
    found: list[tuple[Token, Token | None]] = []
    top = trigger
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
    # "Asked about X, the minister said, ...": a subjectless participle before a parenthetical
    # report is the outlet's narration of the speaker
    narrated = top.dep_ == "advcl" and top.tag_ in PARTICIPLE_TAGS and subject(top) is None
    for child in root.children:
        if (child.i <= root.i and (child.dep_ != PARENTHETICAL or narrated)) or (
                child.i == trigger.i or child.is_ancestor(trigger)):
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
        elif any(g.dep_ == "mark" and g.lower_ in COMPLEMENTIZERS for g in child.children):
            # "responded to a claim ... that he told X ...": a clause opened by a
            # complementizer is content, never a bare "..., X said" tail ("..., as X said" is)
            continue
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


def requested(cur: Token, dep: str) -> bool:
    """Tell whether a word under "ask" is requested, not a question's topic ("asked why").

    "asked X to go", "asked for X" and a mandative "asked that X go" request; "asked about X"
    and "asked why ..." do not, nor an infinitive after a bare object of a verb that requests
    only with "on" ("called Putin to discuss the crisis": a purpose, M17).
    """
    if dep == "prep" and cur.lower_ == REQUEST_PREP:
        return True
    if flagged(cur.head.lemma_, "request_on") and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in REQUEST_ON and not any(
                g.ent_type_ in TIME_ENTITIES for g in c.children) for c in cur.head.children):
        return False  # "called Putin on Sunday to ...": a date's "on" is no request
    return dep == "xcomp" or is_to_infinitive(cur) or (dep == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == MANDATIVE_MARK for c in cur.children))


def named_within(trigger: Token, top: Token, verb: Token) -> bool:
    """Tell whether a request verb's trigger is named inside the requested thing, not requested.

    "demanded an inquiry into the killing", "demanded the release of the detained strikers",
    "demanded to know why police fired": a definite noun in a phrase of the requested thing
    (not the verb's own "for" object) or a wh-question under it names what happened (M17).
    """
    if not flagged(verb.lemma_, "request"):
        return False
    # "called for the release": a "for" object is the requested thing when nothing else is
    # ("demanded accountability for the killing" gives a reason)
    asked_for = not any(c.dep_ == "dobj" for c in verb.children)
    cur = trigger
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "pobj" and not (cur.head.head.i == verb.i and asked_for) and is_definite(
                cur):
            return True
        if cur.dep_ == "ccomp" and any(c.tag_ in WH_TAGS for c in cur.children):
            return True
        cur = cur.head
    return False


def asked_about(head: Token, cur: Token, below: Token | None, trigger: Token) -> bool:
    """Tell whether the trigger is an unspecific act a question is about ("asked about sending").

    A gerund or a bare or non-specific event noun ("asked about troop deployments") is only
    raised; a definite or possessed one ("about the attack", "about his meeting") is known, and
    so is a bare plural that a party or place pins down ("about Israeli strikes", "about
    arrests of activists in Minsk", M15).
    """
    return (cur.dep_ == "prep" and cur.lower_ in TOPIC_PREPS and flagged(head.lemma_, "ask")
            and below is not None and below.i == trigger.i and averted(trigger)
            and not pinned_down(trigger))


def asked_first(clause: Token, report: Token) -> bool:
    """Tell whether a fronted subjectless "Asked ..." narrates the question a report answers.

    "Asked if the reports signal growth, Sprinkel said ...", "Asked about the raid, the
    minister said ...": the outlet tells what the speaker was asked; it is not what the speaker
    said (T114; the sentence-final reading is :func:`trailing_reports`'s "narrated").
    """
    return (clause.dep_ == "advcl" and clause.i < report.i and clause.tag_ == "VBN"
            and flagged(clause.lemma_, "ask") and subject(clause) is None)


def performed_by(head: Token, cur: Token) -> bool:
    """Tell whether a verb or a statement performs the speech act a word names.

    "offered apologies": the verb performs its object's act. "released statements deploring
    the attack", "a message thanking the volunteers": a statement noun's present participle
    names the act the statement itself performs, which the outlet reports as done (T117; the
    speech act at its cue is asserted, as for "condemned X, saying ..."), not its content.
    """
    if cur.dep_ == "acl" and cur.tag_ == GERUND_TAG and head.pos_ == "NOUN":
        return cue(head.lemma_, "noun") == "claimed" and flagged(cur.lemma_, "perform")
    return (cur.dep_ == "dobj" and head.lemma_.lower() in PERFORMING_VERBS
            and cur.lemma_.lower() in PERFORMED_ACTS)
