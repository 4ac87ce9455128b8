"""Time expression checks on the parse: tell dates from modals, names, counts and verbs.

A regular expression cannot tell "in May" from "Theresa May" or "may", "2000 troops" from "in
2000", "Sunday Times" from "on Sunday": :func:`valid` looks at the spaCy tokens around a
candidate match of :func:`newsledger.timex_patterns.patterns` and rejects those that are not dates.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsledger.timex_patterns import lexicon

#: Words after which a bare month name is a date ("in May", "since March", "last June").
MONTH_CUES = frozenset(
    "in since by until till from to for through throughout before after during of last next this "
    "early late mid mid- and or between around about end beginning start middle".split()
)
#: Words before a year that make it a count, not a year ("about 2000", "some 1500 people").
COUNT_CUES = frozenset("about some nearly almost over than approximately around roughly".split())
#: Counts written in digits before a plural noun are round numbers ("2000 troops", "1500 jobs",
#: "1250 workers"); a four-digit number before a plural noun that is not a multiple of this is
#: read as a year ("below 2005 levels").
ROUND = 10
#: Words before a month or weekday that make it a recurring set ("each July", "every Monday").
SET_CUES = frozenset("each every".split())
#: Entity types of a place, whose "today's" is the present era ("today's Russia", "today's
#: Europe"); a named organisation after "today's" may be an edition ("today's New York Times").
PLACE_ENTS = frozenset(("GPE", "LOC", "NORP"))
#: Quantifiers that make "many of today's computers" the present era, not the publication day.
PART_CUES = frozenset("many most some all much few several".split())
#: Prepositions that make "the 15th" a day of the month ("on the 15th", "until the 3rd"); after
#: others it is an ordinal of something else ("the 11th Circuit", "the 456th person").
DAY_ORDINAL_PREPS = frozenset("on by until till since from to before after for".split())
#: Words that may precede a capitalised weekday without making it a name ("On Friday").
WEEKDAY_CUES = frozenset(
    "on last next this past coming since by until till from to through before after and or "
    "early late".split()
)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    """Return the tokens covering [start, end)."""
    return doc.char_span(start, end, alignment_mode="expand")


def _prev(tok: Token) -> Token | None:
    """Previous token in the same sentence, skipping nothing."""
    return tok.doc[tok.i - 1] if tok.i > 0 and not tok.is_sent_start else None


def _next(tok: Token) -> Token | None:
    """Next token in the same sentence."""
    if tok.i + 1 < len(tok.doc) and not tok.doc[tok.i + 1].is_sent_start:
        return tok.doc[tok.i + 1]
    return None


def _is_name_context(tok: Token, span_end: Token) -> bool:
    """Tell whether a capitalised word is part of a name: "Theresa May", "Sunday Times"."""
    before, after = _prev(tok), _next(span_end)
    if tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "EVENT") and not (
        before is not None and before.lower_ in MONTH_CUES | WEEKDAY_CUES
    ):
        return True
    if before is not None and before.is_title and before.pos_ in ("PROPN", "ADJ") \
            and before.lower_ not in MONTH_CUES | WEEKDAY_CUES:
        return True
    daywords = set(lexicon()["daypart"]) | set(lexicon()["month"])
    return after is not None and after.is_title and after.pos_ == "PROPN" \
        and after.text not in daywords and not after.like_num


def _starts_sentence(tok: Token) -> bool:
    """Tell whether a token opens its sentence, allowing an opening quote or bracket before it."""
    if tok.is_sent_start:
        return True
    i = tok.i - 1  # tokens, not Doc.text, which spaCy rebuilds on every access
    while i >= 0 and not tok.doc[i].text.strip(" \t`'\"\u201c\u2018("):
        i -= 1
    return i < 0 or tok.doc[i].text[-1] in ".!?:;\n"


def _is_weekday_name(tok: Token) -> bool:
    """Tell whether a weekday is part of a name ("Sunday Times", "Black Monday", "Good Friday").

    A capitalised word before it that is itself in an entity ("Clinton Saturday vowed",
    "in Tanzania Friday") does not make it a name: that is the news "said Friday" style; nor
    does a name of several words the NER leaves out of the date it opens at the weekday
    ("toured Dar es Salaam Thursday"); one word may make a name ("Good Friday", "Bloody Sunday").
    """
    if tok.ent_type_ not in ("", "DATE", "TIME"):
        return True
    before = _prev(tok)
    if tok.ent_type_ == "DATE" and tok.ent_iob_ == "B" and before is not None \
            and (two := _prev(before)) is not None and two.pos_ == "PROPN":
        return False  # after a place of several words: "toured Dar es Salaam Thursday" (T39)
    return before is not None and before.is_title and not before.ent_type_ \
        and before.lower_ not in WEEKDAY_CUES and before.pos_ in ("PROPN", "ADJ")


def _present_era(tok: Token) -> bool:
    """Tell whether a possessive "today's" names the present era, not the publication day.

    "today's youth", "in today's world", "today's Russia", "many of today's computers" are
    the present in general (TimeML PRESENT_REF at most); "today's vote", "today's editions",
    "today's New York Times" are the day.
    """
    after = _next(tok)
    if after is None or after.text not in ("'s", "\u2019s"):
        return False
    noun = tok.head if tok.dep_ == "poss" and tok.head.i > tok.i else None
    if noun is not None and (noun.ent_type_ in PLACE_ENTS
                             or noun.lower_ in lexicon()["presentnoun"]):
        return True  # a place ("today's Russia"), not a paper ("today's Wall Street Journal")
    before = _prev(tok)  # "many of today's": a part of what exists now
    quantifier = _prev(before) if before is not None and before.lower_ == "of" else None
    return quantifier is not None and quantifier.lower_ in PART_CUES


def _of_era(word: Token, noun: Token | None) -> bool:
    """Tell whether "<noun> of tomorrow/today" names an era: "the leaders of tomorrow".

    "of tomorrow" after a noun is the future in general; "of today" only after a noun of the
    present era ("the world of today"), as "the events of today" are the day's.
    """
    if noun is None or noun.pos_ != "NOUN" or noun.lower_ in lexicon()["daypart"]:
        return False
    return word.lower_ == "tomorrow" or noun.lower_ in lexicon()["presentnoun"]


def valid(doc: Doc, name: str, m: re.Match[str]) -> bool:
    """Check a regex candidate against the parse: reject modals, names, counts and verbs."""
    span = _span(doc, m.start(), m.end())
    if span is None or not len(span):
        return False
    first, last = span[0], span[-1]
    before = _prev(first)
    if name in ("month", "weekday") and before is not None and before.lower_ in SET_CUES:
        return False  # "each July", "every Thursday": a set of times, not a date
    if name in ("relday", "daypart", "unit", "weekend", "current") and m.group()[0].isupper() \
            and not _starts_sentence(first):
        return False  # a title: ABC's "This Week", "VOA Today"
    if name == "relday" and last.lower_ == "today" and _present_era(last):
        return False
    if name == "relday" and last.lower_ in ("today", "tomorrow") and before is not None \
            and before.lower_ == "of" and _of_era(last, _prev(before)):
        return False
    if name == "month":
        if m.group("rel"):
            return True
        if last.pos_ in ("VERB", "AUX") or last.tag_ == "MD" or _is_name_context(first, last):
            return False
        if before is None:  # sentence-initial: "May" the modal or a name; others if NER agrees
            return first.text != "May" and first.ent_type_ == "DATE"
        degree = _prev(before) if before.lower_ == "as" else None  # "as early as April"
        return before.lower_ in MONTH_CUES or before.tag_ in ("PRP$", "DT", "POS") \
            or before.text in (",", "'s", "-", "\u2013") \
            or (degree is not None and degree.lower_ in ("early", "late", "soon"))
    if name == "ordday":
        return before is not None and before.lower_ in DAY_ORDINAL_PREPS
    if name == "holiday":  # "Christmas sales", "Thanksgiving dinner": a season, not the day
        return not (last.dep_ in ("compound", "nmod") and last.head.pos_ in ("NOUN", "PROPN"))
    if name in ("spelledyear", "dayrange"):  # not "twenty twenty-five troops", "June 5 and 6 men"
        after = _next(last)  # every word capitalised is a title: "Nineteen Eighty-Four"
        titled = sum(t.is_title for t in span) > 1 and all(t.is_title for t in span if t.is_alpha)
        return not titled and (after is None or after.tag_ != "NNS")
    if name == "year":
        if not m.group()[0].isdigit():  # "fiscal 1989 sales", "mid-2011"
            return True
        if before is not None and before.is_title and before.pos_ == "PROPN" \
                and before.text not in lexicon()["month"]:
            return False  # a name: "Russell 2000", "Windows 2000"
        if before is not None and (before.lower_ in COUNT_CUES or before.text in ("$", "#", "No.")):
            return False
        after = _next(last)
        if after is not None and after.text in ("%", "percent", "people", "troops"):
            return False
        head = last.head
        # a count before a plural noun ("2000 troops", "1500 jobs") is a round number; a year
        # that is not ("below 2005 levels", "1987 prices") is the year
        counted = last.dep_ == "nummod" and head.tag_ == "NNS" and head.i > last.i \
            and int(m.group("y")) % ROUND == 0
        determined = before is not None and (  # "the 2008 elections", "fiscal 1989 sales"
            before.tag_ in ("DT", "PRP$", "POS", "JJ") or before.lower_ in ("fiscal", "mid"))
        return determined or not counted
    if name == "weekday":
        return m.group("rel") is not None or not _is_weekday_name(first)
    if name == "season":
        if first.pos_ == "VERB" or last.pos_ == "VERB":
            return False
        rel, season_word = m.group("rel"), m.group("s")
        if season_word[0].isupper() and before is not None and before.is_title \
                and not first.is_sent_start and rel is None:
            return False
        if season_word.lower() == "fall" and rel is None and m.group("y") is None:
            return False
        after = _next(last)
        return not (m.group("y") is None and after is not None and after.lower_ == "of")
    if name in ("mdy", "dmy"):
        return not (m.group("wd") is None and _is_name_context(first, last)
                    and first.ent_type_ not in ("DATE", ""))
    return True

