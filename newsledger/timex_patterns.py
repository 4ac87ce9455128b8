"""Time expression patterns: regular expressions built from the calendar vocabulary.

The vocabulary (months, weekdays, seasons, parts of the day, number words, holidays) lives in
``data/timex_lexicon.tsv``; :func:`patterns` compiles it into named regular expressions, most
specific first, which :func:`newsledger.timex.recognise` runs over the article text. The patterns
for years and spans written in words come from :mod:`newsledger.timex_words`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.lexicon_data import data_rows
from newsledger.timex_words import word_patterns

#: A clock time: "3 p.m.", "10:30 a.m. EST", or 24-hour with a zone ("16:08 UTC", "18:00 local
#: time"); a bare "16:08" is left alone (scores, ratios, verses).
CLOCK = re.compile(
    r"(?<![\w:.])(?:(?P<H>[01]?\d)(?::(?P<M>[0-5]\d))?\s*(?P<ap>[ap]\.m\.?|[AaPp][Mm](?![A-Za-z]))"
    r"(?:\s+[A-Z]{2,4}(?![A-Za-z]))?"
    r"|(?P<H24>[01]\d|2[0-3]):(?P<M24>[0-5]\d)\s*(?:UTC|GMT|[A-Z]{1,3}T|(?i:local\s+time))"
    r"(?![A-Za-z]))"
)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, str]]:
    """Load ``data/timex_lexicon.tsv`` as kind -> word -> value."""
    table: dict[str, dict[str, str]] = {}
    for row in data_rows("timex_lexicon.tsv"):
        table.setdefault(row["kind"], {})[row["word"]] = row["value"]
    return table


def _alternation(words: list[str]) -> str:
    """Build a regex alternation, longest word first so "Sept." wins over "Sept"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern[str]]]:
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
    nums = rf"(?:{nums})(?:-(?:{nums}))?"  # "twenty-five"
    ords = _alternation(list(lex["ordinal"]))
    season = _alternation(list(lex["season"]))
    part = _alternation(list(lex["daypart"]))
    holidays = _alternation(list(lex["holiday"])).replace("'", "['\u2019]")  # curly apostrophes
    # the verbs that open or close a trading day ("ended the day at 8,017")
    session = "|".join((
        "end", "ends", "ended", "ending", "finish", "finished", "finishing", "close", "closed",
        "closing", "open", "opened", "opening", "start", "started", "starting", "begin", "began"))
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
                  rf"(?:(?P<rel>(?i:last|next|this|early|late|mid(?:\s?-)?))\s*)?(?P<m>{monfull})"
                  rf"(?![A-Za-z])"),
        ("decade", r"(?<![A-Za-z])(?:(?i:the)\s+(?:(?i:early|mid-?|late)\s*)?)?"
                   r"(?:(?P<y4>(?:1[6-9]|20)\d0)'?s|'(?P<y2>\d0)s)(?![A-Za-z])"),
        ("year", rf"(?<![\d$€£.,:/-])(?:(?i:mid-|pre-|post-|fiscal\s+)?){yr}"
                 rf"(?!\s*(?:%|(?i:percent)))"),
        ("daypart", rf"(?<![A-Za-z])"
                    rf"(?P<w>(?i:this|yesterday|tomorrow))\s+(?P<part>(?i:{part}))(?![A-Za-z])"
                    rf"|(?P<last>(?i:last))\s+(?i:night)(?![A-Za-z])"),
        ("relday", r"(?<![A-Za-z])"
                   r"(?:(?i:earlier|later)\s+)?(?P<w>(?i:today|tonight|yesterday|tomorrow))"
                   r"(?![A-Za-z])"),
        ("weekday", rf"(?<![A-Za-z])"
                    rf"(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|past|coming"
                    rf"|the\s+(?:previous|preceding|following)))\s+)?"
                    rf"(?P<wd>{wd})(?:\s+(?P<part>(?i:{part}))(?![A-Za-z]))?"),
        ("unit", r"(?<![A-Za-z])"
                 r"(?:(?i:earlier|later|early|late)\s+)?(?P<rel>(?i:this\s+past|this|last|next|the\s+previous"
                 r"|the\s+following|the\s+coming|the\s+current))\s+"
                 r"(?P<u>(?i:weekend|week|month|year|quarter))(?![A-Za-z])"
                 r"|(?i:the)\s+(?P<u2>(?i:year|month|week))\s+(?P<rel2>(?i:previous|before))"
                 r"(?![A-Za-z])"),
        ("weekend", r"(?<![A-Za-z])(?i:the)\s+(?i:weekend)(?![A-Za-z])"),
        ("yearago", r"(?<![A-Za-z])(?P<earlier>(?i:(?:a|one)\s+year\s+(?:earlier|before)"
                    r"|year\s?-\s?earlier))(?![A-Za-z])"
                    r"|(?<![A-Za-z])(?P<ago>(?i:year\s?-\s?ago))(?![A-Za-z])"),
        ("lastquarter", r"(?<![A-Za-z])(?:(?i:the)\s+latest|the)\s+(?:quarter|period)(?![A-Za-z-])"
                        r"(?!\s+of\b)"),
        ("current", r"(?<![A-Za-z])(?i:the\s+(?:beginning|start|end|middle)\s+of\s+the"
                    r"|the\s+current(?:\s+fiscal)?|the\s+latest|the\s+full|(?:earlier|later)\s+in\s+the)\s+"
                    r"(?P<u>(?i:year|month|week|quarter))(?![A-Za-z])"
                    r"|(?<![A-Za-z])(?P<u2>(?i:year|month))(?:\s?-\s?|\s+|'s\s+)end(?![A-Za-z])"),
        # "For the year, sales rose", "a high for the year", "the first nine months of the year":
        # the year of publication; "for the week" the story's week (dates.py)
        ("forthe", r"(?<![A-Za-z])(?i:for|months\s+of|weeks\s+of)\s+"
                   r"(?P<d>(?i:the\s+(?:fiscal\s+)?)(?P<u>(?i:year|week)))(?![A-Za-z-])"
                   r"(?!\s+(?:ahead|to\s+come|before|after|earlier|ago|that|when|in\s+which"
                   r"|ended|ending|(?:nineteen|two)\s|\d))"),  # "the year ended June 30": a span
        # "the week's most active session": the story's week (dates.py), like "for the week"
        ("weeks", r"(?<![A-Za-z])(?i:the)\s+week(?=['\u2019]s\s)"),
        ("dayover", r"(?<![A-Za-z])(?i:the\s+day\s+(?:(?P<before>before\s+yesterday)"
                    r"|after\s+tomorrow))(?![A-Za-z])"),
        # "10.02.2009": day first, the European order (a year of four digits only: "1.2.3" is not)
        ("dotted", r"(?<![\d.])(?P<b>[0-3]?\d)\.(?P<a>[01]?\d)\.(?P<y>(?:1[6-9]|20)\d\d)"
                   r"(?![\d.]\d)"),
        ("weekdayweek", rf"(?<![A-Za-z])(?P<wd>{wd}),?\s+(?:(?i:of)\s+)?"
                        rf"(?P<wrel>(?i:last|next|this))\s+(?i:week)(?![A-Za-z'\u2019])"),
        # "in five years", "in two weeks' time": a date ahead only under a future tense (dates.py)
        ("ahead", rf"(?<![A-Za-z])(?i:in)\s+(?P<n>\d+|(?i:{nums}))\s+"
                  rf"(?P<u>(?i:days?|weeks?|months?|years?))(?:'?s?\s+(?i:time))?(?![A-Za-z'])"
                  r"(?!\s+or\s)"),  # "in a year or two": vague
        # the second end of a range of years, "2006-2009": a When of its own (the first is a year)
        ("yearrange", r"(?<![\d$€£.,:/-])(?P<y1>(?:1[6-9]|20)\d\d)\s*[-\u2013]\s*"
                      r"(?P<y>(?:1[6-9]|20)\d\d)(?![\d%]|\.\d)"),
        ("weekof", rf"(?<![A-Za-z])(?i:the\s+week\s+of)\s+(?P<m>{mon})\s+{day}(?:,?\s+{yr})?"),
        ("periodago", r"(?<![A-Za-z])(?i:(?:the|that)\s+(?:same\s+|comparable\s+)?"
                      r"(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier|before)"
                      r"|(?:of\s+)?last\s+year))(?![A-Za-z])"),
        # "on the 15th": a day of the month, when a preposition comes before (timex_checks)
        ("ordday", r"(?<![A-Za-z])(?i:the)\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)(?=\s*[,.;:)]"
                   r"|\s+(?:of\s+(?:this|next|last|the)\s+month|and|or|to|at|in|when|with)\b)"),
        ("inday", r"(?<![A-Za-z])(?i:(?:earlier|later|late|early)\s+in\s+the\s+day)(?![A-Za-z])"),
        ("ago", rf"(?<![A-Za-z])"
                rf"(?P<n>\d+|(?i:{nums}))\s+(?P<u>(?i:days?|weeks?|months?|years?|decades?))"
                rf"(?:\s+or\s+so)?\s+(?i:ago)(?![A-Za-z])"),
        ("season", rf"(?<![A-Za-z])"
                   rf"(?:(?P<rel>(?i:this\s+past|last|next|this|early|late|the|mid-?))\s+)?"
                   rf"(?P<s>(?i:{season}))(?![A-Za-z])(?:\s+(?:of\s+)?{yr})?"),
        ("part", rf"(?<![A-Za-z])(?:(?i:the)\s+)?"
                 rf"(?:(?P<py>(?:1[6-9]|20)\d\d)(?:'s)?\s+|(?P<pago>(?i:(?:comparable\s+)?year\s?-\s?"
                 rf"(?:ago|earlier)))\s+)?(?P<o>(?i:{ords}))[\s-]+(?P<u>(?i:quarter|half))"
                 rf"(?![A-Za-z])(?:\s+of\s+(?:(?i:fiscal\s+)?{yr}|(?P<yrel>(?i:this|last|next|the))"
                 rf"\s+(?i:year)))?"
                 # "the last half of the '80s": a part of a decade or century, not of a year
                 rf"(?!\s+of\s+(?:the\s+)?(?:'\d0s|\d{{3}}0'?s|(?i:decade|century)))"),
        ("qh", rf"(?<![A-Za-z])(?P<u>[QH])(?P<o>[1-4])(?:\s+(?:of\s+)?(?:(?i:fiscal\s+)?{yr}))?"
               rf"(?![A-Za-z\d])"),
        ("fy", rf"(?<![A-Za-z])FY\s?{yr}"),
        ("holiday", rf"(?<![A-Za-z])(?P<h>{holidays})(?![A-Za-z])"),
        ("anaphor_year", r"(?<![A-Za-z])(?:(?i:earlier|later)\s+)?(?i:that)\s+(?:(?i:same)\s+)?"
                         r"(?P<u>(?i:year|month|week))(?![A-Za-z])"),
        ("anaphor_next", r"(?<![A-Za-z])(?i:the)\s+(?P<rel>(?i:next|following|previous|prior"
                         r"|preceding))\s+"
                         rf"(?i:(?:trading\s+|business\s+)?day|{part})(?![A-Za-z])"
                         r"|(?<![A-Za-z])(?i:the)\s+(?i:day)\s+(?P<rel2>(?i:before|after))(?=\s*[,.;])"),
        ("anaphor", rf"(?<![A-Za-z])(?i:(?:that|the)\s+same\s+(?:day|date)|that\s+(?:day|date"
                    rf"|{part}))(?![A-Za-z])"

                    r"|(?i:the)\s+day(?=\s*[,.;]|\s+(?:at|with|on)\b|['\u2019]s\s)"),
        # a trading day's ends: "closed the day up 2%", "to finish the day lower" (dates.py: the
        # story's day, else the publication day, like "later in the day")
        ("sessionday", rf"(?<![A-Za-z])(?:{session})\s+(?P<d>(?i:the)\s+day)(?![A-Za-z])"),
        # "by that time", "until then": the date named before ("by June 10 ... by that time")
        ("then", r"(?<![A-Za-z])(?i:by|until|till)\s+(?P<d>(?i:that\s+time|then))(?![A-Za-z])"),
        ("clock", CLOCK.pattern),
        *word_patterns(lex),
    ]
    return [(name, re.compile(rx)) for name, rx in p]

