"""Quotations for event status: which quoted words hold a token, read once per doc.

A trigger inside somebody's quoted words is at least claimed even when no statement was
found (T91), a reporting verb inside a quotation cannot report the narration around it, and
a quoted predicate noun is the speaker's verdict. The quotation marks, the paragraph breaks a
quotation cannot run past and the token starting at each character offset are read once per
doc (M17: scanning the doc from its start at every ask cost a third of the event stage).
Split from :mod:`newsledger.status_speech` by M17 to keep each module under the size rule.

Why the tagger's marks and not :func:`newsledger.quotes.quotations` (R6 #11, tried by M19 and
withdrawn): the tagger tells an opening straight mark from a closing one by its context, while
``quotations`` toggles straight marks across the text. Where an outlet's paragraph breaks were
flattened to spaces, a quotation running on re-opens with a mark that never closed ('She
said: "... shut down. "They didn't do that. They colluded with it." Her MP welcomed ...'), so
the toggle goes out of step and reads the narration after it as quoted and the quotes as
narration; and a sentence read alone (the exhaustive sets) may close a quotation opened
before it or open one that closes after it, which ``quotations`` drops as strays. Read from
``quotations``, the 120 news articles moved 10 statuses and 1 actor, all wrong (quoted
"support higher taxes, oppose ..." asserted, "welcomed his release" claimed), and the
exhaustive dev/dev2/dev3 sets lost 3 statuses ('Sanders shot back, "Secretary Clinton ...').
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from newsledger.quotes import SCARE_QUOTE_MAX_WORDS

#: Tags of an opening and a closing quotation mark (the tagger tells a straight mark's side
#: and an apostrophe, "Democrats’ plan", from a closing mark).
OPENING_TAG, CLOSING_TAG = "``", "''"
#: Words a quotation must span to quote somebody's words: a shorter one is a scare quote
#: naming a term ("known as a 'hug'", "the words 'Radical Islam'"), no report; the statements'
#: scare-quote bound, so both stages draw the line at the same length (R6 #11).
MIN_QUOTED_WORDS = SCARE_QUOTE_MAX_WORDS + 1
#: Parts of speech that head a quoted clause (a verb whose head lies outside the quotation).
CLAUSE_POS = frozenset({"VERB", "AUX"})
#: Key of a doc's quotation index in ``Doc.user_data`` (:func:`_doc_index`).
_INDEX_KEY = "newsledger.status_speech.index"


def _doc_index(doc: Doc) -> tuple[list[int], list[int], dict[int, int]]:
    """Return a doc's paragraph breaks, quotation marks and token starts, read once per doc.

    Each is a token-index list (a token whose text or trailing space holds a line break; an
    opening or closing mark) or a character offset -> token index map. Kept in the doc's user
    data (as :func:`newsledger.arguments.doc_text` keeps the text): the status of every event
    asks for them, and scanning the doc from its start at each ask cost a third of the event
    stage (M17).
    """
    cached = doc.user_data.get(_INDEX_KEY)
    if isinstance(cached, tuple):
        return cached
    breaks = [t.i for t in doc if "\n" in t.text + t.whitespace_]
    marks = [t.i for t in doc if t.tag_ in (OPENING_TAG, CLOSING_TAG)]
    starts: dict[int, int] = {}
    for t in doc:
        starts.setdefault(t.idx, t.i)
    index = (breaks, marks, starts)
    doc.user_data[_INDEX_KEY] = index
    return index


def token_at(doc: Doc, char: int | None) -> Token | None:
    """Return the token starting at a character offset, if any."""
    i = _doc_index(doc)[2].get(char) if char is not None else None
    return doc[i] if i is not None else None


def in_quotation(trigger: Token) -> bool:
    """Tell whether a trigger lies inside a quotation of somebody's words.

    The mayor spoke at noon: "Last week our embassy was attacked ...": the quoted words are
    the speaker's even when no statement was found. A short quotation is a scare quote naming a
    term, not somebody's words (:data:`MIN_QUOTED_WORDS`), and one holding no clause of its own
    is a noun phrase the outlet's verb governs ('condemned the "cowardly bombing of a school"':
    the outlet names the bombing in the speaker's words, M17).
    """
    span = quotation(trigger)
    if span is None:
        return False
    words = trigger.doc[span[0] + 1:span[1]]
    return sum(1 for t in words if not t.is_punct) >= MIN_QUOTED_WORDS and any(
        t.pos_ in CLAUSE_POS and (t.head.i == t.i or not span[0] < t.head.i < span[1])
        for t in words)


def quotation(tok: Token) -> tuple[int, int] | None:
    """Return the marks (opening, closing token index) of the quotation holding a token, if any.

    A quotation opened in an earlier sentence of the paragraph holds it too, and a sentence
    whose first mark is a closing one after the token began inside one (its opening index is
    then the sentence start minus one); an unclosed one ends with the sentence.
    """
    sent, doc = tok.sent, tok.doc
    breaks, marks, _ = _doc_index(doc)
    # a quotation may run over several sentences of its paragraph, not past it
    k = bisect_left(breaks, tok.i)
    start = breaks[k - 1] + 1 if k else 0
    k = bisect_left(marks, tok.i)
    before = [doc[i] for i in marks[bisect_left(marks, start):k]]
    after = [doc[i] for i in marks[k:bisect_left(marks, sent.end)] if i > tok.i]
    if before:
        if before[-1].tag_ != OPENING_TAG:
            return None
        opened = before[-1].i
    elif after and after[0].tag_ == CLOSING_TAG and after[0].nbor(-1).is_punct:
        # the quotation began in an earlier sentence ('...," X wrote'); a mark after a word is
        # more likely an apostrophe ("the Times’ editor")
        opened = sent.start - 1
    else:
        return None
    return opened, after[0].i if after and after[0].tag_ == CLOSING_TAG else sent.end


def quoted_apart(trigger: Token, report: Token) -> bool:
    """Tell whether a reporting verb lies in a quotation that does not hold the trigger.

    'The senator shot back, "The mayor said they lied."': a verb inside quoted words cannot
    report the narration around them, however the parser hangs that narration (T91).
    """
    span = quotation(report)
    return span is not None and not span[0] < trigger.i < span[1]


def quoted_verdict(trigger: Token) -> bool:
    """Tell whether a quoted predicate noun is the speaker's verdict ("'... is a disgrace'").

    Saying it performs the judgement (ACCUSE/SUPPORT), which the outlet reports as done, as it
    does a cue's judgement ("X said ... is a disgrace" puts the act on "said", T91).
    """
    # imported here: evaluative_lexicon reads status's cue table, so a module-level import
    # would be circular
    from newsledger.evaluative_lexicon import noun_polarity

    return trigger.dep_ == "attr" and trigger.pos_ == "NOUN" and noun_polarity(trigger) is not None


#: Punctuation setting a comment off after quoted words ('called it "racist," an indictment').
COMMENT_MARKS = frozenset({",", "-", "--", "\u2013", "\u2014"})
#: Parts of speech that open a noun phrase (an appositive comment: "an extraordinary ...").
PHRASE_OPENERS = frozenset({"DET", "ADJ", "NOUN"})
#: Relations of a word inside its noun phrase, below the phrase's head noun.
PHRASE_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "advmod"})
#: Subject relations: a noun phrase after quoted words that is a subject starts a new clause
#: ('"... is dead," the aide's memo says').
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def comment_after_quote(trigger: Token, report: Token) -> bool:
    """Tell whether a trigger lies in the outlet's comment set off after a report's quoted words.

    'Ryan called Trump's remarks "racist," an extraordinary indictment that generated a wave
    of criticism', 'says he is "losing the war," part of a verbal lashing they have
    administered since the shootings': the noun phrase after the closing mark sums up the
    report in the outlet's words (T114). The parser hangs it inside the reported clause and
    the statement's span runs over it, so both made it the speaker's claim. A noun phrase
    that is a subject opens a new clause, and a trigger inside quoted words is quoted.
    """
    if quotation(trigger) is not None:
        return False
    doc, sent = trigger.doc, trigger.sent
    marks = _doc_index(doc)[1]
    closing = [i for i in marks[bisect_left(marks, max(report.i, sent.start)):]
               if i < trigger.i and doc[i].tag_ == CLOSING_TAG]
    if not closing:
        return False
    mark = doc[closing[-1]]
    nxt = mark.i + 1
    while nxt < trigger.i and doc[nxt].text in COMMENT_MARKS:
        nxt += 1
    set_off = nxt > mark.i + 1 or (mark.i > 0 and doc[mark.i - 1].text in COMMENT_MARKS)
    if not set_off or doc[nxt].pos_ not in PHRASE_OPENERS:
        return False
    head = doc[nxt]
    while head.dep_ in PHRASE_DEPS and head.head.i > head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.dep_ not in SUBJECT_DEPS and (
        head.i == trigger.i or head.is_ancestor(trigger))
