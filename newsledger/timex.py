"""Time expression recognition: find candidate timexes in article text and check them on the parse.

A :class:`Timex` says what an expression means (a weekday, a month without a year, "last week",
"three years ago") but not which calendar date: :mod:`newsledger.dates` anchors it to the
publication date using the tense of the governing verb. Patterns are regular expressions built
from the calendar vocabulary in ``data/timex_lexicon.tsv``; candidates that a regular expression
cannot tell apart from non-dates ("May" the modal or the surname, "2000 troops", "Sunday Times")
are checked against the spaCy tokens. Split by responsibility: the patterns are built in
:mod:`newsledger.timex_patterns` (with :mod:`newsledger.timex_words`), the checks on the parse are
in :mod:`newsledger.timex_checks`; this module runs them and reads each match into a Timex.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from newsledger.timex_checks import valid
from newsledger.timex_patterns import CLOCK as _TIME
from newsledger.timex_patterns import lexicon, patterns
from newsledger.timex_words import spelled_year

__all__ = ["Timex", "lexicon", "recognise"]

#: Years outside this range are read as counts or model numbers ("747", "3000 troops").
MIN_YEAR, MAX_YEAR = 1600, 2099

#: "N days/weeks/years later" beyond this many units is history, not a news narrative's step.
MAX_SHIFT = 100


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



def _word_to_number(word: str) -> int | None:
    """Read a count written in digits or as a number word."""
    if word.isdigit():
        return int(word)
    words = lexicon()["number"]
    tens, _, ones = word.lower().partition("-")  # "twenty-five": a ten and a unit
    if ones:
        ten, one = _num(words.get(tens)), _num(words.get(ones))
        ok = ten is not None and one is not None and ten % 10 == 0 and ten >= 20 and one < 10
        return ten + one if ok and ten is not None and one is not None else None
    return _num(words.get(tens))


def _num(value: str | None) -> int | None:
    """Int of a lexicon value or None."""
    return int(value) if value is not None else None






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
                                      "coming": "next", "preceding": "previous"}.get(
                                          rel(g["rel"]) or "", rel(g["rel"]))),
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
        "part": lambda: Timex(start, end, "part", year() or _num(g["py"]), unit=g["u"].lower(),
                              amount=int(lex["ordinal"][g["o"].lower()]),
                              year_rel="last" if g["pago"] else
                              "this" if rel(g["yrel"]) == "the" else rel(g["yrel"])),
        "clock": lambda: Timex(start, end, "clock", hour=hm[0], minute=hm[1])
        if (hm := clock(g)) is not None else None,
        "weekdayweek": lambda: Timex(start, end, "weekday", weekday=weekday(),
                                     rel="week-" + g["wrel"].lower()),
        "forthe": lambda: Timex(m.start("d"), m.end("d"), "unit", unit="year", rel="this")
        if g["u"].lower() == "year" else Timex(m.start("d"), m.end("d"), "anaphor",
                                               unit="storyweek"),
        "weeks": lambda: Timex(start, end, "anaphor", unit="storyweek"),
        "dayover": lambda: Timex(start, end, "day", amount=-2 if g["before"] else 2),
        "dotted": lambda: _numeric(start, end, g, False),
        "ahead": lambda: _ago(start, end, g, kind="ahead"),
        "yearrange": lambda: Timex(m.start("y"), m.end("y"), "year", int(g["y"]))
        if 0 < int(g["y"]) - int(g["y1"]) <= MAX_SHIFT else None,
        "weekof": lambda: Timex(start, end, "date", year(), month(g["m"]), int(g["d"]),
                                unit="week"),
        "periodago": lambda: Timex(start, end, "ago", unit="year", amount=1),
        "ordday": lambda: Timex(start, end, "date", None, None, int(g["d"])),
        "inday": lambda: Timex(start, end, "anaphor", unit="today"),
        "then": lambda: Timex(m.start("d"), m.end("d"), "anaphor", unit="then"),
        "sessionday": lambda: Timex(m.start("d"), m.end("d"), "anaphor", unit="today"),
        "fy": lambda: Timex(start, end, "year", year()),
        "qh": lambda: Timex(start, end, "part", year(), unit="quarter" if g["u"] == "Q" else "half",
                   amount=int(g["o"])) if g["u"] == "Q" or int(g["o"]) <= 2 else None,
        "anaphor": lambda: Timex(start, end, "anaphor"),
        "anaphor_next": lambda: Timex(start, end, "anaphor", amount=-1 if (
            g["rel"] or g["rel2"]).lower() in ("previous", "prior", "preceding", "before") else 1),
        "anaphor_year": lambda: Timex(start, end, "anaphor", unit=g["u"].lower()),
        "holiday": lambda: _holiday(start, end, lex["holiday"][g["h"].replace("\u2019", "'")]),
        "spelledyear": lambda: Timex(start, end, "year", spelled_year(g["sy"], lex)),
        "monthspelled": lambda: Timex(start, end, "month", spelled_year(g["sy"], lex),
                                      month(g["m"])),
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
        return Timex(start, end, "date", None, int(fixed[0]), int(fixed[1]), unit="holiday")
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


def _ago(start: int, end: int, g: dict[str, str], kind: str = "ago") -> Timex | None:
    """Read "three years ago" (or, as ``kind`` "ahead", "in three years"): a count of units."""
    n = _word_to_number(g["n"])
    if n is None:
        return None
    unit = g["u"].lower().rstrip("s")
    if unit == "decade":
        unit, n = "year", n * 10
    vague = "couple" in g["n"].lower()  # "a couple of weeks ago": about two, not exactly
    return Timex(start, end, kind, unit=unit, amount=n, rel="about" if vague else None)


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


def clock(g: dict[str, str]) -> tuple[int, int] | None:
    """Read the hour and minute of a clock-time match ("3 p.m.", "16:08 UTC"); None if invalid."""
    if g.get("H24"):
        return int(g["H24"]), int(g["M24"])
    hour, minute = int(g["H"]), int(g["M"] or 0)
    if not 1 <= hour <= 12:
        return None
    return hour % 12 + (12 if g["ap"].lower().startswith("p") else 0), minute


def _with_time(tx: Timex, t: re.Match[str], start: int, end: int) -> Timex:
    """Copy a Timex with a clock time and a widened span."""
    read = clock(t.groupdict())
    if read is None:
        return tx
    hour, minute = read
    return Timex(start, end, tx.kind, tx.year, tx.month, tx.day, tx.weekday, tx.rel, tx.unit,
                 tx.amount, hour, minute, tx.year_rel)


def recognise(doc: Doc, *, day_first: bool = False) -> list[Timex]:
    """Find the time expressions of a parsed text, longest match first, without overlaps."""
    text = doc.text
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for name, rx in patterns():
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), name, m))
    # clock times last: a day takes its adjacent time first ("9 a.m. Tuesday"), the rest stand alone
    found.sort(key=lambda f: (f[2] == "clock", f[0] - f[1], f[0]))
    taken: list[tuple[int, int]] = []
    result: list[Timex] = []
    for start, end, name, m in found:
        if any(start < e and s < end for s, e in taken):
            continue
        if not valid(doc, name, m):
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
