"""Time expression recognition: find candidate timexes in article text and check them on the parse.

A :class:`Timex` says what an expression means (a weekday, a month without a year, "last week",
"three years ago") but not which calendar date: :mod:`newsledger.dates` anchors it to the
publication date using the tense of the governing verb. Patterns are regular expressions built
from the calendar vocabulary in ``data/timex_lexicon.tsv``; candidates that a regular expression
cannot tell apart from non-dates ("May" the modal or the surname, "2000 troops", "Sunday Times")
are checked against the spaCy tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from newsledger.timex_words import spelled_year, word_patterns

#: Years outside this range are read as counts or model numbers ("747", "3000 troops").
MIN_YEAR, MAX_YEAR = 1600, 2099

#: "N days/weeks/years later" beyond this many units is history, not a news narrative's step.
MAX_SHIFT = 100
#: Words after which a bare month name is a date ("in May", "since March", "last June").
MONTH_CUES = frozenset(
    "in since by until till from to for through throughout before after during of last next this "
    "early late mid mid- and or between around about end beginning start middle".split()
)
#: Words before a year that make it a count, not a year ("about 2000", "some 1500 people").
COUNT_CUES = frozenset("about some nearly almost over than approximately around roughly".split())
#: Words before a month or weekday that make it a recurring set ("each July", "every Monday").
SET_CUES = frozenset("each every".split())
#: Words that may precede a capitalised weekday without making it a name ("On Friday").
WEEKDAY_CUES = frozenset(
    "on last next this past coming since by until till from to through before after and or "
    "early late".split()
)


@dataclass(frozen=True)
class Timex:
    """A recognised time expression, with its meaning before anchoring to a date."""

    start: int
    end: int
    kind: str  # date|month|year|decade|weekday|day|unit|ago|season|part|weekend|anaphor
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str | None = None  # last|next|this|previous|following|None
    unit: str | None = None  # week|month|year|quarter|half|day
    amount: int = 0
    hour: int | None = None
    minute: int | None = None
    year_rel: str | None = None  # "October of next year": last|this|next


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, str]]:
    """Load ``data/timex_lexicon.tsv`` as kind -> word -> value."""
    text = resources.files("newsledger").joinpath("data/timex_lexicon.tsv").read_text("utf-8")
    table: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, word, value = line.split("\t")
        table.setdefault(kind, {})[word] = value
    return table


def _alternation(words: list[str]) -> str:
    """Build a regex alternation, longest word first so "Sept." wins over "Sept"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _word_to_number(word: str) -> int | None:
    """Read a count written in digits or as a number word."""
    if word.isdigit():
        return int(word)
    return _num(lexicon()["number"].get(word.lower()))


def _num(value: str | None) -> int | None:
    """Int of a lexicon value or None."""
    return int(value) if value is not None else None


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Compile the recognition patterns (name, regex), most specific first."""
    lex = lexicon()
    mon = f"(?:{_alternation(list(lex['month']))})(?![A-Za-z])"
    longest = {v: max((w for w in lex["month"] if lex["month"][w] == v), key=len)
               for v in lex["month"].values()}
    monfull = f"(?:{_alternation(list(longest.values()))})"  # bare months: full names only
    wd = f"(?:{_alternation(list(lex['weekday']))})(?![A-Za-z])"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|:\d)"
    yr = r"(?P<y>(?:1[6-9]|20)\d\d)(?![\d%]|\.\d)"
    nums = _alternation(list(lex["number"]))
    ords = _alternation(list(lex["ordinal"]))
    season = _alternation(list(lex["season"]))
    part = _alternation(list(lex["daypart"]))
    holidays = _alternation(list(lex["holiday"]))
    p = [
        ("iso", r"(?<![\d/.])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
                r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d))?(?!\d)"),
        ("numeric", r"(?<![\d/.$])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])"),
        ("mdy", rf"(?<![A-Za-z])"
                rf"(?:(?P<wd>{wd}),?\s+)?(?P<m>{mon})\s+{day}(?:(?:\s*,\s*|\s+){yr})?"),
        ("dmy", rf"(?<![A-Za-z])"
                rf"(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?<![\d.,$]){day}(?:\s+of)?\s+(?P<m>{mon})"
                rf"(?:,?\s+{yr})?"),
        ("my", rf"(?<![A-Za-z])(?P<m>{mon})(?:\s+of|,)?\s+{yr}"),
        ("myrel", rf"(?<![A-Za-z])"
                  rf"(?P<m>{mon})\s+(?:of\s+)?(?P<yrel>(?i:this|last|next))\s+(?i:year)"),
        ("month", rf"(?<![A-Za-z])"
                  rf"(?:(?P<rel>(?i:last|next|this|early|late|mid-?))\s*)?(?P<m>{monfull})"
                  rf"(?![A-Za-z])"),
        ("decade", r"(?<![A-Za-z])(?:(?i:the)\s+(?:(?i:early|mid-?|late)\s*)?)?"
                   r"(?:(?P<y4>(?:1[6-9]|20)\d0)'?s|'(?P<y2>\d0)s)(?![A-Za-z])"),
        ("year", rf"(?<![\d$€£.,:/-])(?:(?i:mid-|fiscal\s+)?){yr}(?!\s*(?:%|(?i:percent)))"),
        ("daypart", rf"(?<![A-Za-z])"
                    rf"(?P<w>(?i:this|yesterday|tomorrow))\s+(?P<part>(?i:{part}))(?![A-Za-z])"
                    rf"|(?P<last>(?i:last))\s+(?i:night)(?![A-Za-z])"),
        ("relday", r"(?<![A-Za-z])"
                   r"(?:(?i:earlier|later)\s+)?(?P<w>(?i:today|tonight|yesterday|tomorrow))"
                   r"(?![A-Za-z])"),
        ("weekday", rf"(?<![A-Za-z])"
                    rf"(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|past|coming))\s+)?"
                    rf"(?P<wd>{wd})(?:\s+(?P<part>(?i:{part}))(?![A-Za-z]))?"),
        ("unit", r"(?<![A-Za-z])"
                 r"(?:(?i:earlier|later|early|late)\s+)?(?P<rel>(?i:this\s+past|this|last|next|the\s+previous"
                 r"|the\s+following|the\s+coming|the\s+current))\s+"
                 r"(?P<u>(?i:weekend|week|month|year|quarter))(?![A-Za-z])"
                 r"|(?i:the)\s+(?P<u2>(?i:year|month|week))\s+(?P<rel2>(?i:previous|before))"
                 r"(?![A-Za-z])"),
        ("weekend", r"(?<![A-Za-z])(?i:the)\s+(?i:weekend)(?![A-Za-z])"),
        ("yearago", r"(?<![A-Za-z])(?P<earlier>(?i:(?:a|one)\s+year\s+(?:earlier|before)"
                    r"|year-earlier))(?![A-Za-z])|(?<![A-Za-z])(?P<ago>(?i:year-ago))(?![A-Za-z])"),
        ("lastquarter", r"(?<![A-Za-z])(?:(?i:the)\s+latest|the)\s+(?:quarter|period)(?![A-Za-z-])"
                        r"(?!\s+of\b)"),
        ("current", r"(?<![A-Za-z])(?i:the\s+(?:beginning|start|end|middle)\s+of\s+the"
                    r"|the\s+current(?:\s+fiscal)?|the\s+latest|the\s+full|(?:earlier|later)\s+in\s+the)\s+"
                    r"(?P<u>(?i:year|month|week|quarter))(?![A-Za-z])"
                    r"|(?<![A-Za-z])(?P<u2>(?i:year|month))(?:-|\s+|'s\s+)end(?![A-Za-z])"),
        ("ago", rf"(?<![A-Za-z])"
                rf"(?P<n>\d+|(?i:{nums}))\s+(?P<u>(?i:days?|weeks?|months?|years?|decades?))"
                rf"\s+(?i:ago)(?![A-Za-z])"),
        ("season", rf"(?<![A-Za-z])"
                   rf"(?:(?P<rel>(?i:this\s+past|last|next|this|early|late|the|mid-?))\s+)?"
                   rf"(?P<s>(?i:{season}))(?![A-Za-z])(?:\s+(?:of\s+)?{yr})?"),
        ("part", rf"(?<![A-Za-z])(?:(?i:the)\s+)?(?P<o>(?i:{ords}))[\s-]+(?P<u>(?i:quarter|half))"
                 rf"(?![A-Za-z])(?:\s+of\s+(?:(?i:fiscal\s+)?{yr}|(?P<yrel>(?i:this|last|next|the))"
                 rf"\s+(?i:year)))?"),
        ("qh", rf"(?<![A-Za-z])(?P<u>[QH])(?P<o>[1-4])(?:\s+(?:of\s+)?(?:(?i:fiscal\s+)?{yr}))?"
               rf"(?![A-Za-z\d])"),
        ("fy", rf"(?<![A-Za-z])FY\s?{yr}"),
        ("holiday", rf"(?<![A-Za-z])(?P<h>{holidays})(?![A-Za-z])"),
        ("anaphor_year", r"(?<![A-Za-z])(?:(?i:earlier|later)\s+)?(?i:that)\s+(?:(?i:same)\s+)?"
                         r"(?P<u>(?i:year|month))(?![A-Za-z])"),
        ("anaphor_next", r"(?<![A-Za-z])(?i:the)\s+(?P<rel>(?i:next|following|previous))\s+"
                         rf"(?i:day|{part})(?![A-Za-z])"
                         r"|(?<![A-Za-z])(?i:the)\s+(?i:day)\s+(?P<rel2>(?i:before|after))(?=\s*[,.;])"),
        ("anaphor", r"(?<![A-Za-z])(?i:(?:that|the)\s+same\s+day|that\s+day)(?![A-Za-z])"
                    r"|(?i:the)\s+day(?=\s*[,.;]|\s+(?:at|with|on)\b)"),
        *word_patterns(lex),
    ]
    return [(name, re.compile(rx)) for name, rx in p]


_TIME = re.compile(
    r"(?P<H>[01]?\d)(?::(?P<M>[0-5]\d))?\s*(?P<ap>[ap]\.m\.?|[AaPp][Mm](?![A-Za-z]))"
    r"(?:\s+[A-Z]{2,4}(?![A-Za-z]))?"
)


def _token_at(doc: Doc, char: int) -> Token | None:
    """Return the token that covers a character offset."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


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
    "in Tanzania Friday") does not make it a name: that is the news "said Friday" style.
    """
    if tok.ent_type_ not in ("", "DATE", "TIME"):
        return True
    before = _prev(tok)
    return before is not None and before.is_title and not before.ent_type_ \
        and before.lower_ not in WEEKDAY_CUES and before.pos_ in ("PROPN", "ADJ")


def _valid(doc: Doc, name: str, m: re.Match[str]) -> bool:
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
    if name == "month":
        if m.group("rel"):
            return True
        if last.pos_ in ("VERB", "AUX") or last.tag_ == "MD" or _is_name_context(first, last):
            return False
        if before is None:  # sentence-initial: "May" the modal or a name; others if NER agrees
            return first.text != "May" and first.ent_type_ == "DATE"
        return before.lower_ in MONTH_CUES or before.tag_ in ("PRP$", "DT", "POS") \
            or before.text in (",", "'s", "-", "\u2013")
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
        counted = last.dep_ == "nummod" and head.tag_ == "NNS" and head.i > last.i
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


def _timex(name: str, m: re.Match[str], start: int, end: int, day_first: bool) -> Timex | None:
    """Build the Timex a regex match stands for; None when its numbers are out of range."""
    lex = lexicon()
    g = m.groupdict()

    def month(word: str) -> int:
        return int(lex["month"][word])

    def year() -> int | None:
        return int(g["y"]) if g.get("y") else None

    def weekday() -> int | None:
        return int(lex["weekday"][g["wd"]]) if g.get("wd") else None

    def rel(word: str | None) -> str | None:
        return None if word is None else re.sub(r"\s+", " ", word.lower()).replace("the ", "")

    builders: dict[str, Callable[[], Timex | None]] = {
        "iso": lambda: Timex(start, end, "date", int(g["y"]), int(g["m"]), int(g["d"]),
                             hour=_num(g["H"]), minute=_num(g["M"])),
        "numeric": lambda: _numeric(start, end, g, day_first),
        "mdy": lambda: Timex(start, end, "date", year(), month(g["m"]), int(g["d"]),
                             weekday=weekday()),
        "dmy": lambda: Timex(start, end, "date", year(), month(g["m"]), int(g["d"]),
                             weekday=weekday()),
        "my": lambda: Timex(start, end, "month", year(), month(g["m"])),
        "myrel": lambda: Timex(start, end, "month", None, month(g["m"]), year_rel=rel(g["yrel"])),
        "month": lambda: Timex(start, end, "month", None, month(g["m"]),
                               rel=rel(g["rel"]) if rel(g["rel"]) in ("last", "next", "this")
                               else None),
        "decade": lambda: _decade(start, end, g),
        "year": lambda: Timex(start, end, "year", year()),
        "daypart": lambda: Timex(start, end, "day", amount=-1 if g["last"] else
                                 {"this": 0, "yesterday": -1, "tomorrow": 1}[g["w"].lower()]),
        "relday": lambda: Timex(start, end, "day", amount={"today": 0, "tonight": 0,
                                "yesterday": -1, "tomorrow": 1}[g["w"].lower()]),
        "weekday": lambda: Timex(start, end, "weekday", weekday=weekday(),
                                 rel={"this past": "last", "past": "last", "this coming": "next",
                                      "coming": "next"}.get(rel(g["rel"]) or "", rel(g["rel"]))),
        "unit": lambda: Timex(start, end, "unit", unit=(g["u"] or g["u2"]).lower(),
                              rel={"before": "previous", "coming": "next", "current": "this",
                                   "this past": "last"}.get(
                                  rel(g["rel"] or g["rel2"]) or "", rel(g["rel"] or g["rel2"]))),
        "weekend": lambda: Timex(start, end, "unit", unit="weekend"),
        "yearago": lambda: Timex(start, end, "ago", unit="year", amount=1),
        "lastquarter": lambda: Timex(start, end, "part", unit="quarter", amount=-1),
        "current": lambda: Timex(start, end, "unit", unit=(g["u"] or g["u2"]).lower(), rel="this"),
        "ago": lambda: _ago(start, end, g),
        "season": lambda: Timex(start, end, "season", year(), int(lex["season"][g["s"].lower()]),
                                rel=rel(g["rel"]) if rel(g["rel"]) in ("last", "next", "this",
                                                                         "this past") else None),
        "part": lambda: Timex(start, end, "part", year(), unit=g["u"].lower(),
                              amount=int(lex["ordinal"][g["o"].lower()]),
                              year_rel="this" if rel(g["yrel"]) == "the" else rel(g["yrel"])),
        "fy": lambda: Timex(start, end, "year", year()),
        "qh": lambda: Timex(start, end, "part", year(), unit="quarter" if g["u"] == "Q" else "half",
                   amount=int(g["o"])) if g["u"] == "Q" or int(g["o"]) <= 2 else None,
        "anaphor": lambda: Timex(start, end, "anaphor"),
        "anaphor_next": lambda: Timex(start, end, "anaphor", amount=-1 if (
            g["rel"] or g["rel2"]).lower() in ("previous", "before") else 1),
        "anaphor_year": lambda: Timex(start, end, "anaphor", unit=g["u"].lower()),
        "holiday": lambda: _holiday(start, end, lex["holiday"][g["h"]]),
        "spelledyear": lambda: Timex(start, end, "year", spelled_year(g["sy"], lex)),
        "spelleddecade": lambda: Timex(start, end, "decade",
                                       1900 + int(lex["decadeword"][g["dw"].lower()])),
        "pastunit": lambda: Timex(start, end, "unit", unit="decade" if g["u"] else "year",
                                  rel="this" if m.group().lower().startswith("this") else "last"),
        "shift": lambda: _shift(start, end, g),
        "dayrange": lambda: Timex(m.start("d"), m.end("d"), "date", None, month(g["m"]),
                                  int(g["d"])) if int(g["d"]) > int(g["d1"]) else None,
        "samelast": lambda: Timex(start, end, "anaphor", unit=g["u"].lower(), year_rel="last"),
    }
    tx = builders[name]()
    if tx is None or (tx.kind in ("year", "decade") and tx.year is None):
        return None
    if tx.year is not None and not MIN_YEAR <= tx.year <= MAX_YEAR:
        return None
    if tx.month is not None and not 1 <= tx.month <= 12:
        return None
    if tx.day is not None and not 1 <= tx.day <= 31:
        return None
    return tx


def _numeric(start: int, end: int, g: dict[str, str], day_first: bool) -> Timex | None:
    """Read m/d/y (US, the default) or d/m/y (``day_first``); a number over 12 is the day."""
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    if len(g["y"]) == 2:  # two-digit years: the nearer century for news (07 -> 2007, 98 -> 1998)
        y += 2000 if y < 50 else 1900
    month, day = (b, a) if day_first or a > 12 else (a, b)
    if month > 12:  # day_first was wrong for this one: 05/13/2022 can only be US
        month, day = day, month
    if month > 12 or day > 31:
        return None
    return Timex(start, end, "date", y, month, day, unit="numeric")


def _holiday(start: int, end: int, rule: str) -> Timex:
    """Read a holiday: a fixed month-day, or the N-th weekday of a month from a given day."""
    if rule.startswith("E"):  # a movable feast, N days from Easter Sunday (EW: its week)
        return Timex(start, end, "feast", unit="week" if rule == "EW" else "day",
                     amount=0 if rule == "EW" else int(rule[1:]))
    if "/" not in rule:
        fixed = rule.split("-")
        return Timex(start, end, "date", None, int(fixed[0]), int(fixed[1]))
    month, weekday, nth, first_day = (int(x) for x in rule.split("/"))
    return Timex(start, end, "holiday", None, month, first_day, weekday=weekday, amount=nth)


def _shift(start: int, end: int, g: dict[str, str]) -> Timex | None:
    """Read "three days later", "two years earlier": a shift from the narrative's day or year."""
    n = _word_to_number(g["n"])
    if n is None or n > MAX_SHIFT:
        return None
    unit = g["u"].lower().rstrip("s")
    sign = 1 if g["dir"].lower() == "later" else -1
    if unit in ("year", "month"):
        return Timex(start, end, "anaphor", unit=unit, amount=sign * n)
    return Timex(start, end, "anaphor", amount=sign * n * (7 if unit == "week" else 1))


def _decade(start: int, end: int, g: dict[str, str]) -> Timex:
    """Read a decade as its first year ("the 1990s" -> 1990, "the '80s" -> 1980)."""
    if g.get("y4"):
        return Timex(start, end, "decade", int(g["y4"]))
    yy = int(g["y2"])
    return Timex(start, end, "decade", (2000 if yy < 30 else 1900) + yy)


def _ago(start: int, end: int, g: dict[str, str]) -> Timex | None:
    """Read "three years ago": a count of units before publication."""
    n = _word_to_number(g["n"])
    if n is None:
        return None
    unit = g["u"].lower().rstrip("s")
    if unit == "decade":
        unit, n = "year", n * 10
    return Timex(start, end, "ago", unit=unit, amount=n)


def _attach_time(text: str, tx: Timex) -> Timex:
    """Extend a day expression by an adjacent clock time: "Tuesday at 9 a.m.", "9 a.m. Tuesday"."""
    if tx.kind not in ("date", "weekday", "day") or tx.hour is not None:
        return tx
    after = re.compile(r"(?:,\s*|\s+at\s+|\s+)").match(text, tx.end)
    if after:
        t = _TIME.match(text, after.end())
        if t:
            return _with_time(tx, t, tx.start, t.end())
    window = text[max(0, tx.start - 30):tx.start]
    for t in _TIME.finditer(window):
        rest = window[t.end():]
        if re.fullmatch(r"\s*(?:,|on)?\s*", rest):
            return _with_time(tx, t, tx.start - len(window) + t.start(), tx.end)
    return tx


def _with_time(tx: Timex, t: re.Match[str], start: int, end: int) -> Timex:
    """Copy a Timex with a clock time and a widened span."""
    hour, minute = int(t.group("H")), int(t.group("M") or 0)
    pm = t.group("ap").lower().startswith("p")
    if hour > 12:
        return tx
    hour = hour % 12 + (12 if pm else 0)
    return Timex(start, end, tx.kind, tx.year, tx.month, tx.day, tx.weekday, tx.rel, tx.unit,
                 tx.amount, hour, minute, tx.year_rel)


def recognise(doc: Doc, *, day_first: bool = False) -> list[Timex]:
    """Find the time expressions of a parsed text, longest match first, without overlaps."""
    text = doc.text
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for name, rx in _patterns():
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), name, m))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken: list[tuple[int, int]] = []
    result: list[Timex] = []
    for start, end, name, m in found:
        if any(start < e and s < end for s, e in taken):
            continue
        if not _valid(doc, name, m):
            continue
        tx = _timex(name, m, start, end, day_first)
        if tx is None:
            continue
        tx = _attach_time(text, tx)
        if any(tx.start < e and s < tx.end for s, e in taken):
            continue
        taken.append((tx.start, tx.end))
        result.append(tx)
    return sorted(result, key=lambda t: t.start)
