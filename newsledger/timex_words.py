"""Time expressions written in words, and the movable feasts: patterns and calendar helpers.

Spoken and transcribed news writes years and decades in words ("nineteen ninety-six", "the year
two thousand", "the nineties"), and relative spans against the narrative ("three days later",
"the same month a year ago"); Easter and the feasts that hang from it move every year. The
patterns here join :func:`newsledger.timex._patterns`; the words come from
``data/timex_lexicon.tsv`` (kinds ``spelled`` and ``decadeword``).
"""

from __future__ import annotations

import datetime as dt
import re


def _alternation(words: list[str]) -> str:
    """Build a regex alternation, longest word first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word_patterns(lex: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    """List the patterns (name, regex source) for spelled-out and narrative-relative times."""
    values = lex["spelled"]
    tens = _alternation([w for w, v in values.items() if int(v) >= 20])
    ones = _alternation([w for w, v in values.items() if int(v) < 10])
    teens = _alternation([w for w, v in values.items() if 10 <= int(v) < 20])
    decades = _alternation(list(lex["decadeword"]))
    nums = _alternation(list(lex["number"]))
    nums = rf"(?:{nums})(?:-(?:{nums}))?"  # "twenty-five"
    months = _alternation(list(lex["month"]))
    # "nineteen ninety-six", "twenty twelve": a century word, then a tens(-ones) or a teen word
    after_century = rf"(?:(?:{tens})(?:[\s-]+(?:{ones}))?|(?:{teens}))"
    return [
        ("spelledyear", rf"(?<![A-Za-z-])(?i:(?:the\s+year\s+)?(?P<sy>(?:nineteen|twenty)[\s-]+"
                        rf"{after_century}"
                        rf"|(?<=year\s)two\s+thousand(?:\s+(?:and\s+)?(?:{teens}|{ones}))?))"
                        rf"(?![A-Za-z-])"),
        ("monthspelled", rf"(?<![A-Za-z])(?P<m>{months})(?![A-Za-z])\s+"
                         rf"(?i:(?P<sy>(?:nineteen|twenty)[\s-]+{after_century}))(?![A-Za-z-])"),
        ("spelleddecade", rf"(?<![A-Za-z])(?i:the\s+(?:(?:early|mid-?|late)\s*)?(?:nineteen[\s-]+)?"
                          rf"(?P<dw>{decades}))(?![A-Za-z])"),
        ("pastunit", r"(?<![A-Za-z])(?i:(?:the\s+(?:past|last)|last|this)\s+(?P<u>decade)"
                     r"|the\s+(?:past|last)\s+(?P<u2>year))(?![A-Za-z])"),
        ("shift", rf"(?<![A-Za-z])(?i:(?P<n>\d+|{nums})\s+(?P<u>days?|weeks?|months?|years?)\s+"
                  rf"(?P<dir>later|earlier))(?![A-Za-z])"),
        # the second end of a range of days, "April 24 and 25", "Oct. 15-17": a When of its own
        # (the span is the day only: the first end is found by the month-day pattern)
        ("dayrange", rf"(?<![A-Za-z])(?P<m>{months})(?![A-Za-z])\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
                     rf"\s*(?:-|\u2013|\s(?:and|to|through)\s)\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                     rf"(?![\d%:.,]\d|\s*(?:%|percent))"),
        ("samelast", r"(?<![A-Za-z])(?i:the\s+same\s+(?P<u>month|day)\s+"
                     r"(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year))(?![A-Za-z])"),
    ]


def spelled_year(words: str, lex: dict[str, dict[str, str]]) -> int | None:
    """Read a year in words: "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    values = lex["spelled"]
    parts = [w for w in re.findall(r"[a-z]+", words.lower()) if w not in ("the", "year", "and")]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(int(values[w]) for w in parts[2:])
    if not parts or parts[0] not in values:
        return None
    century = int(values[parts[0]])
    return century * 100 + sum(int(values[w]) for w in parts[1:] if w in values)


def easter(year: int) -> dt.date:
    """Western Easter Sunday of a year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def feast_days(rule: str, years: range) -> list[dt.date]:
    """List the days of a movable feast ("E-2": Good Friday) in each of some years."""
    # EW: the Monday of Easter's ISO week (Holy Week's Monday to Easter Sunday), so that a week
    # under way at publication counts as begun
    offset = -6 if rule == "EW" else int(rule[1:])
    return [easter(y) + dt.timedelta(days=offset) for y in years]
