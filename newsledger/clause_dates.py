"""Which date a statement or an event gets: the date of its clause, else the narrative's date.

``date_for(doc, start, end, dates)`` picks, among the dates :func:`newsledger.dates.extract_dates`
found, the one that governs a span (a statement's cue, an event's trigger):

1. the date in the same sentence whose governing verb is the span's verb or one of its ancestors
   (a date written right after a verb is that verb's: "said Tuesday they had"), except a speech
   act's date for what it reports in a perfect ("said on Friday that rebels had shelled": before
   Friday); else the nearest date of the sentence that is not in what the span's verb reports
   (a day in a phrase under it counts: "said in a letter dated Monday");
2. else the last narrative date of an earlier sentence in the same paragraph (not a bound such
   as "since 2004", not a relative clause's background "which began on 24 February");
3. else, when the span's paragraph names no date at all, the story's day: the article's first
   narrative date when it names a day (T36: on TimeBank/AQUAINT a paragraph without a date
   reports the lead's day far more often than not);
4. else None — never the publication date by itself.

A date that is a term ("notes due Nov. 1, 2009") is skipped throughout; a "when" clause written
right after a date ("from Oct. 13, when the plunge began") takes that date first (T39).

T104 (audit-1 of record events): an irrealis verb (a modal, an "if" clause, an infinitive
complement: "would quit", "if they nominate", "called on X to remove") takes no narrative date
carried from elsewhere, and but for a modal no date of a dated verb above it (a reported "would
call a strike" keeps the speech act's date, as tests/test_dates.py pins); the object of "amid" or
"despite" takes none; a relative clause's date is not another clause's fallback; and the story's
day is the first date that is neither a bound nor a term, so an unresolved lead ("Friday" with
no publication date) leaves it unknown rather than passing to a background "7 March 2003".

T110 (audit 3): the indefinite object of an irrealis verb is irrealis too ("able to negotiate a
deal"); a habit (a verb with an adverb of frequency: "has often complained") takes a date of its
own clause only; and a modal refuses the story's day to a noun through its clause's complements
("should she avoid alienating X with critiques"); a generic noun (a bare plural or an
indefinite noun) in a clause in the simple present takes only a date of its own phrase ("a
campaign that is built on personal insults", "his attacks on women render him unfit"); and a
noun in a reported clause in the simple present takes no date of the verb that reports it
("On November 18, the paper suggested the Paris attacks highlight the threat"). The predicates
live in :mod:`newsledger.date_scope`.

Split from :mod:`newsledger.dates` (which re-exports it) to keep each module small; it reads
tokens, not ``Doc.text``, which spaCy rebuilds on every access, so its cost does not grow with
the article.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsledger.coordination import first_conjunct
from newsledger.date_scope import (
    generic_in_present,
    habitual,
    present_clause,
    set_apart,
    takes_mood,
    under_modal,
    unrealized,
)
from newsledger.record import When
from newsledger.timex_patterns import lexicon

#: How far up the dependency tree to look for the verb that governs a time expression; deeper
#: than this the expression is usually in another clause than the verb found.
MAX_HEAD_STEPS = 6
#: Prepositions after which a date does not set the narrative's date ("since 2004", "by 2012").
NON_ANCHORING_PREPS = frozenset("since until till by before after from through".split())
#: Dependency labels of a relative clause's verb ("which began on", "the war launched on").
RELATIVE_DEPS = frozenset({"relcl", "acl"})
#: Dependency labels of a reported clause under its speech verb ("said [that they had left]").
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
#: Tags of a verb a date can follow as its own ("said Tuesday", "was found Thursday").
FINITE_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
#: Dependency labels of a date that modifies a noun ("Friday's selling", "the Aug. 7 blasts").
NOUN_MODIFIER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
#: A value naming a day (a date-time names its day too): only such a date can be a story's day.
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Prepositions of a circumstance that is under way, not an occurrence of the clause's time:
#: "left office amid opposition", "despite protests" (T104: the clause's date is not theirs).
CIRCUMSTANCE_PREPS = frozenset({"amid", "amidst", "despite", "notwithstanding"})


def governing_verb(tok: Token) -> Token | None:
    """Climb from a token to the nearest verb or auxiliary that governs it."""
    for _ in range(MAX_HEAD_STEPS):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:  # spaCy makes a new Token on each access: compare indices
            return None
        tok = tok.head
    return None


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    """Return the tokens covering characters [start, end), None when they cover no token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _is_verbal(doc: Doc, start: int, end: int) -> bool:
    """Whether a span takes the irrealis rules: a verb, or its indefinite object (T104, T110).

    A noun event under an irrealis verb may be real: "attempting to capitalize on the murder";
    not "able to negotiate a deal" (see :func:`newsledger.date_scope.takes_mood`).
    """
    span = _tokens(doc, start, max(end, start + 1))
    return span is not None and takes_mood(span)


def _present(doc: Doc, start: int, end: int, target: Token) -> bool:
    """Whether a span is a generic noun in a clause in the simple present (T110)."""
    span = _tokens(doc, start, max(end, start + 1))
    return span is not None and generic_in_present(span, target)


def _in_phrase(doc: Doc, when: When, start: int, end: int) -> bool:
    """Whether a date is written in the phrase of the span ("a new offer announced Saturday")."""
    span = _tokens(doc, start, max(end, start + 1))
    return span is not None and span.root.left_edge.idx <= when.start \
        and when.end <= span.root.right_edge.idx + len(span.root.right_edge.text)


def _span_verb(doc: Doc, start: int, end: int) -> Token | None:
    """Return the verb governing a character span (a cue, a trigger; an empty one is a point)."""
    span = _tokens(doc, start, max(end, start + 1))
    return governing_verb(span.root) if span is not None else None


def _sentence(doc: Doc, start: int, end: int) -> Span | None:
    """Return the sentence around a character span."""
    span = _tokens(doc, start, max(end, start + 1))
    return span[0].sent if span is not None else None


def _anchors_narrative(doc: Doc, when: When) -> bool:
    """Whether a date sets the narrative's time ("On Friday ..."), not a bound ("since 2004")."""
    return when.value is not None and not _is_bound(doc, when)


def _is_bound(doc: Doc, when: When) -> bool:
    """Whether a date, resolved or not, is a bound ("since 2004", "until early March")."""
    span = _tokens(doc, when.start, when.end)
    i = span[0].i - 1 if span is not None else -1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 0 and doc[i].lower_ in NON_ANCHORING_PREPS:
        return True
    # a bound may sit higher in its phrase: "by the end of next week", "until early March"
    tok = span.root if span is not None else None
    for _ in range(MAX_HEAD_STEPS):
        if tok is None or tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ in NON_ANCHORING_PREPS:
            return True
    return False


def is_term(doc: Doc, when: When) -> bool:
    """Whether a date is a term, not a time of the narrative: "notes due Nov. 1, 2009".

    A date written after "due" or "maturing (in)" states when a debt falls due or a contract
    ends; it dates no event of its clause ("$100 million of notes due Nov. 1, 2009, priced at
    par": priced on the day of the story, not in 2009). "due to expire Friday" keeps its date:
    there "due" is followed by "to", not by the date.
    """
    span = _tokens(doc, when.start, when.end)
    i = span[0].i - 1 if span is not None else -1
    if i >= 0 and doc[i].lower_ in ("in", "on", "by"):
        i -= 1
    return i >= 0 and doc[i].lower_ in lexicon().get("term", {})


def _in_relative_clause(doc: Doc, when: When) -> bool:
    """Whether a date sits in a relative clause ("the invasion, which began on 24 February")."""
    span = _tokens(doc, when.start, when.end)
    verb = governing_verb(span.root) if span is not None else None
    return verb is not None and verb.dep_ in RELATIVE_DEPS


def _has_break(doc: Doc, start: int, end: int) -> bool:
    """Whether a paragraph break (a newline) lies between two character offsets."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return span is not None and any("\n" in tok.text for tok in span)


def _frames(doc: Doc, when: When, target: Token | None) -> bool:
    """Whether a date of the span's own sentence gives the span's paragraph its time frame (T72).

    Not a date in what the span's verb reports ("said the father will travel today",
    "'We'll be back tomorrow,' said X": the speaker's time, not the narrative's) nor one in a
    relative clause ("X, who arrived in 1961, believes"): background, as in the paragraph scan.
    """
    if not _anchors_narrative(doc, when):
        return True  # a bound ("quiet since 2019, residents said") is the paragraph's own frame
    if _in_relative_clause(doc, when):
        return False
    span = _tokens(doc, when.start, when.end)
    verb = _date_verb(span) if span is not None else None
    return not (target is not None and verb is not None and verb.i != target.i
                and target.is_ancestor(verb) and _reports(verb, target))


def _last_word_end(sent: Span) -> int:
    """Return the end offset of a sentence's last token that is not whitespace."""
    words = [tok for tok in sent if not tok.is_space]
    return words[-1].idx + len(words[-1].text) if words else sent.start_char


def _in_circumstance(doc: Doc, start: int, end: int) -> bool:
    """Whether a span is the object of "amid" or "despite": a state under way (T104).

    Neither its clause nor the narrative dates it: "left office this summer amid opposition
    to his tax plan", "resigned on Thursday despite protests".
    """
    span = _tokens(doc, start, max(end, start + 1))
    if span is None:
        return False
    tok = first_conjunct(span.root)  # "amid protests and strikes": the list's preposition
    return tok.dep_ == "pobj" and tok.head.lower_ in CIRCUMSTANCE_PREPS


def date_for(doc: Doc, start: int, end: int, dates: list[When]) -> When | None:
    """Return the date of the clause around [start, end), else the narrative's date, else None."""
    if not dates or _in_circumstance(doc, start, end):
        return None
    sent = _sentence(doc, start, end)
    if sent is None:
        return None
    inside = [w for w in dates if sent.start_char <= w.start < sent.end_char]
    narrative = [w for w in inside if not is_term(doc, w)]
    if narrative:
        found, apart = _governing(doc, start, end, narrative)
        if found is not None or apart:
            return found  # set apart from its sentence's date, it takes no earlier one either
    # the last narrative date before the sentence in its paragraph, scanning back only as far as
    # that date (linear in the distance, not in the article: long articles stay cheap)
    cut = sent.start_char
    target = _span_verb(doc, start, end)
    if target is not None and (_is_verbal(doc, start, end) and unrealized(target)
                               or habitual(target) or _present(doc, start, end, target)):
        return None  # "if they nominate X", "expected to resign", "has often complained"
    dated_paragraph = any(_frames(doc, w, target) for w in inside)
    for w in reversed([w for w in dates if w.end <= sent.start_char]):
        if _has_break(doc, w.end, cut):
            break
        dated_paragraph = True
        cut = w.start
        # a relative clause gives background, not the narrative's time: "the invasion, which
        # began on 24 February" does not date the next sentence's "Police detained 3 of them"
        if _anchors_narrative(doc, w) and not _in_relative_clause(doc, w) \
                and not is_term(doc, w):
            return w
    if dated_paragraph:
        return None
    later = next((w for w in dates if w.start >= sent.end_char), None)
    # from the sentence's last word: spaCy keeps the paragraph break ("\n\n") inside the
    # sentence before it, so its end_char would skip the break (T72)
    if later is not None and not _has_break(doc, _last_word_end(sent), later.start):
        return None  # the paragraph's date comes after the sentence
    story = _story_date(doc, start, end, dates)
    if inside and story in inside:
        return None  # the story's day would be the very date set aside in this sentence
    return story


def _story_date(doc: Doc, start: int, end: int, dates: list[When]) -> When | None:
    """Return the story's day for a span whose paragraph names no date, else None.

    A news story is told from one day, the first narrative date of the article (the lead's "on
    Tuesday", a dateline): a later paragraph with no time expression of its own ("Officials said
    the bureau has questioned 100 people") reports that day's events. A paragraph with a date of
    its own, even one that sets no narrative time ("shut since 2004"), has its own time frame
    (the caller checks); an event under a modal ("would leave", "could meet") is not said to
    happen that day; and a first date coarser than a day ("last year") gives no story day.
    """
    verb = _span_verb(doc, start, end)
    if verb is not None and under_modal(verb):
        return None
    # the lead is the first date that is neither a bound nor a term, resolved or not: when it
    # cannot be resolved (a "Friday" in a story without a publication date) the story's day is
    # unknown, and a later day ("7 March 2003" deep in the story) is background, not the lead
    lead = next((w for w in dates if not _is_bound(doc, w) and not is_term(doc, w)), None)
    if lead is None or lead.value is None or not DAY_VALUE.match(lead.value):
        return None
    return lead


def verb_written_before(first: Token) -> Token | None:
    """Return the verb written right before a date ("said (on) Wednesday") if it governs it.

    The parser often hangs "(on) Tuesday" in "Police said (on) Tuesday they had arrested 14 men"
    from the reported verb; a date written straight after a finite verb that governs the verb
    the date hangs from is the first verb's (the speech act's). Shared with
    :mod:`newsledger.date_tense`, which reads that verb's tense.
    """
    i = first.i - 1
    if i >= 0 and first.doc[i].lower_ == "on":
        i -= 1
    if i < 0 or first.doc[i].tag_ not in FINITE_TAGS \
            or first.is_sent_start or first.doc[i + 1].is_sent_start:
        return None
    before = first.doc[i]
    attached = governing_verb(first)
    if attached is None or attached.i == before.i or not before.is_ancestor(attached):
        return None
    return before


def _date_verb(date: Span) -> Token | None:
    """Return the verb a date belongs to: the one written right before it, else its parsed head."""
    # a date that modifies a noun is the noun's: "said Friday's selling was a natural result"
    if date.root.dep_ in NOUN_MODIFIER_DEPS and date.root.head.pos_ in ("NOUN", "PROPN"):
        return governing_verb(date.root)
    return verb_written_before(date[0]) or governing_verb(date.root)


def _reports(verb: Token, target: Token) -> bool:
    """Whether a verb under the span's verb is in what it reports ("said [they met Monday]")."""
    tok = verb
    while tok.i != target.i and tok.head.i != tok.i:
        if tok.dep_ in REPORTED_DEPS:
            return True
        tok = tok.head
    return False


def _anterior(target: Token, verb: Token) -> bool:
    """Whether the span's verb reports, in a perfect tense, what came before a dated verb above.

    "An official said on Wednesday that NATO has decided", "said on Friday that troops had
    attacked": the perfect puts the reported event before the speech act, so the speech act's
    date is not the event's.
    """
    tok = target
    perfect = False
    while tok.i != verb.i:
        # a perfect progressive ("has been pushing") runs up to the speech act: not anterior
        perfect = perfect or (tok.tag_ != "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children))
        if tok.dep_ in REPORTED_DEPS and perfect:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _when_clause_verb(doc: Doc, when: When) -> Token | None:
    """Return the verb of a "when" clause written right after a date ("Oct. 13, when X fell").

    Such a clause tells what happened on that date, wherever the parser hangs it (often from a
    noun before the date), so its events take the date.
    """
    span = _tokens(doc, when.start, when.end)
    if span is None:
        return None
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].dep_ != "advmod" \
            or doc[i].head.pos_ not in ("VERB", "AUX"):
        return None
    return doc[i].head


def _governing(doc: Doc, start: int, end: int,
               candidates: list[When]) -> tuple[When | None, bool]:
    """Pick the sentence date whose verb governs the span, else the nearest one not embedded.

    A date in a clause embedded under the span's own verb ("Leaders will meet on Tuesday, a
    spokesman said" for the span "said") is not the span's date: None then. The flag tells
    that a date of a verb above was set aside for the span's irrealis or relative clause.
    """
    target = _span_verb(doc, start, end)
    middle = (start + end) / 2

    def nearest(whens: list[When]) -> When:
        return min(whens, key=lambda w: abs((w.start + w.end) / 2 - middle))

    if target is None:
        return nearest(candidates), False
    chain = {tok.i: rank for rank, tok in enumerate([target, *target.ancestors])}
    verbal = _is_verbal(doc, start, end)
    present = _present(doc, start, end, target)
    # a noun in a reported present clause: "suggested on Nov. 18 [the Paris attacks highlight
    # the threat]": the clause holds when it is said, the events it names came before; not a
    # copula's subject, the narrative's own event ("this meeting is anti-policy", he said)
    state = not verbal and target.dep_ in REPORTED_DEPS and target.lemma_ != "be" \
        and present_clause(target)
    for w in candidates:
        verb = _when_clause_verb(doc, w)
        if verb is not None and verb.i in chain:
            return w, False  # "from Oct. 13, when Wall Street's plunge helped": that day's
    best: tuple[int, When] | None = None
    apart = False
    unrelated: list[When] = []
    for w in candidates:
        wspan = _tokens(doc, w.start, w.end)
        verb = _date_verb(wspan) if wspan is not None else None
        if verb is not None and wspan is not None and verb.i in chain:
            if _anterior(target, verb):
                continue  # "said on Friday that troops had attacked": before Friday, not on it
            if verbal and set_apart(target, verb, wspan) \
                    or (habitual(target) or present or state) and verb.i != target.i:
                # an infinitive or a condition, or a habit below the dated verb: "agreed on
                # Tuesday to pay", "Obama, who has often complained" (T104, T110)
                apart = True  # the span is not in the dated clause: no date of this sentence
                continue
            if best is None or chain[verb.i] < best[0]:
                best = (chain[verb.i], w)
        elif verb is None or not target.is_ancestor(verb):
            if verb is None or verb.dep_ != "relcl":  # "X, who will hold talks on Thursday, said"
                unrelated.append(w)
        elif w.value is not None and DAY_VALUE.match(w.value) and not _reports(verb, target):
            # a day in a phrase or relative clause under the span's verb, not in what it
            # reports: "said in the letter, dated Monday", "a poll completed on Saturday"
            unrelated.append(w)
    if best is not None:
        return best[1], apart
    if present:  # a generic noun: only a date of its own phrase ("an offer made on Saturday")
        unrelated = [w for w in unrelated if _in_phrase(doc, w, start, end)]
    if apart or habitual(target) or present and not unrelated:
        return None, True  # set apart, a habit, a generic noun: no other clause's date either
    return (nearest(unrelated) if unrelated else None), False


__all__ = ["date_for", "governing_verb", "is_term", "verb_written_before"]
