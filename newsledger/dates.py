"""Dates: time expressions normalised against the publication date.

Stage contract: ``extract_dates(doc, published) -> list[When]`` and
``date_for(doc, start, end, dates) -> When | None``. Recognition lives in :mod:`newsledger.timex`,
the tense in :mod:`newsledger.date_tense`, ``date_for`` in :mod:`newsledger.clause_dates`;
this module anchors each expression to a calendar value using the publication date and the tense
of the verb that governs it (a past-tense "said Friday" is the latest Friday on or before
publication, "will meet Tuesday" the next one). Granularity is explicit in the value:
YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or YYYY-MM-DDTHH:MM. Decisions (see docs/evaluation.md):
seasons, quarters and halves give the year they fall in; decades give their first year; parts of
the day ("Friday night", "this morning") give the day; a range ("from Monday to Wednesday") gives
one When per end; a bare weekday or month with an unknown or present tense is read as past
(weekday) or nearest to publication (month); relative expressions without a publication date
keep their text with value None.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsledger.clause_dates import date_for
from newsledger.date_tense import Tense, planned_at, tense_at
from newsledger.record import When
from newsledger.timex import Timex, recognise
from newsledger.timex_words import feast_days

#: A month-day or month at most this far after publication is read as that coming instance even
#: under a past tense: "was planned for early March" written in February, "gave no reason for
#: the Jan. 14 deadline" written on Jan. 5 (a past tense reports a decision about the future).
NEAR_DAYS = 35
#: The same for a month-day, whatever the past clause: announcements name dates up to two months
#: ahead ("extended the offer to Nov. 20", "declared a dividend payable Dec. 7", written in late
#: October), and AP style gives the year of any date outside the current year, so a month-day
#: without a year that near is rarely last year's. Holidays, which never carry a year, only
#: look ahead from a reported past.
NEAR_DATE_DAYS = 62
#: A month-day at most this many days before publication stays in the current year under a
#: future tense ("to repatriate the child by Jan. 14" published Jan. 15, written the day before):
#: a date eleven months ahead would carry its year in news style.
FUTURE_LAG_DAYS = 7
#: "by then", "until that time" take a date named at most this many characters before (about
#: the sentence before: "... by June 10. If no price is agreed by that time"); further back
#: "then" is usually an event's time ("ahead of the summit ... by then").
THEN_REACH = 200
#: "a week ago", "two weeks ago" name the same weekday that many weeks back (both gold
#: corpora value them as that day); longer spans ("six weeks ago") are only as precise as the week.
EXACT_WEEKS = 2
#: A quarter or season that begins this soon after publication is the one meant by a bare
#: "the fourth quarter" in August (plans are reported in the past tense: "announced closures
#: during the fourth quarter"); about two months, the span of a quarter's run-up.
NEAR_PERIOD = dt.timedelta(days=62)




def _shift_day(day: str | None, days: int) -> str | None:
    """Move an ISO day value by some days ("the next day" after the narrative's day)."""
    if day is None or not days:
        return day
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _iso_week(day: dt.date) -> str:
    """ISO week value YYYY-Www of a day."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """Add months to a (year, month)."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _pick(candidates: list[dt.date], dct: dt.date, tense: Tense) -> dt.date:
    """Choose an instance of a recurring date by tense (past: on or before; else nearest).

    Past takes the latest instance on or before publication, future/present the earliest on or
    after it (publication day included both ways); no tense takes the nearest, ties to the past.
    """
    before = [c for c in candidates if c <= dct]
    after = [c for c in candidates if c >= dct]
    if tense in ("past", "past-reported") and before:
        return max(before)
    if tense in ("future", "present") and after:
        return min(after)
    return min(candidates, key=lambda c: (abs((c - dct).days), c > dct))


def _near_or_tense(candidates: list[dt.date], dct: dt.date, tense: Tense, near: int,
                   near_past: int = 0) -> dt.date:
    """Pick by tense; a past may reach ``near_past`` days ahead, a reported past ``near`` days."""
    if tense == "future":  # a date just gone is a writing lag, not next year's (AP style)
        lag = [c for c in candidates if dct - dt.timedelta(days=FUTURE_LAG_DAYS) <= c < dct]
        return max(lag) if lag else _pick(candidates, dct, "future")
    if tense in ("past", "past-reported"):
        near = near if tense == "past-reported" else near_past
        ahead = [c for c in candidates if dct < c <= dct + dt.timedelta(days=near)]
        return min(ahead) if ahead else _pick(candidates, dct, "past")
    return _pick(candidates, dct, None)


def _day(year: int, month: int, day: int) -> dt.date | None:
    """Return a calendar day, or None when it does not exist (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_date(tx: Timex, dct: dt.date | None, tense: Tense) -> str | None:
    """Value of a month-day expression, with or without its year and weekday."""
    assert tx.day is not None
    if tx.month is None:  # "on the 15th": that day of this, the last or the next month
        if dct is None:
            return None
        months = [_shift_month(dct.year, dct.month, k) for k in (-1, 0, 1)]
        days = [d for y, m in months if (d := _day(y, m, tx.day)) is not None]
        return _near_or_tense(days, dct, tense, 0).isoformat() if days else None
    if tx.year is not None:
        found = _day(tx.year, tx.month, tx.day)
        return found.isoformat() if found else None
    if dct is None:
        return None
    days = [d for y in (dct.year - 1, dct.year, dct.year + 1)
            if (d := _day(y, tx.month, tx.day)) is not None]
    if tx.weekday is not None:  # "Monday, Oct. 26": the year whose calendar agrees
        matching = [d for d in days if d.isoweekday() == tx.weekday]
        days = matching or days
    if not days:
        return None
    near_past = 0 if tx.unit == "holiday" else NEAR_DATE_DAYS  # holidays never carry a year
    return _near_or_tense(days, dct, tense, NEAR_DATE_DAYS, near_past).isoformat()


def _resolve_holiday(tx: Timex, dct: dt.date, tense: Tense) -> str:
    """Resolve a floating holiday (Thanksgiving) in the year the tense points to."""
    assert tx.month is not None and tx.day is not None and tx.weekday is not None
    days = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        first = dt.date(year, tx.month, tx.day)
        offset = (tx.weekday - first.isoweekday()) % 7
        days.append(first + dt.timedelta(days=offset + 7 * (tx.amount - 1)))
    return _near_or_tense(days, dct, tense, NEAR_DATE_DAYS).isoformat()


def _resolve_feast(tx: Timex, dct: dt.date, tense: Tense) -> str:
    """Resolve Easter or a feast that hangs from it (its day, or Easter's ISO week)."""
    rule = "EW" if tx.unit == "week" else f"E{tx.amount:+d}"
    day = _near_or_tense(feast_days(rule, range(dct.year - 1, dct.year + 2)), dct, tense,
                         NEAR_DATE_DAYS)
    return _iso_week(day) if tx.unit == "week" else day.isoformat()


def _resolve_weekday(tx: Timex, dct: dt.date, tense: Tense) -> str:
    """Resolve a weekday: last/next are strict; else the tense picks the week (past by default)."""
    assert tx.weekday is not None
    offsets = range(-7, 8)
    days = [dct + dt.timedelta(days=k) for k in offsets
            if (dct + dt.timedelta(days=k)).isoweekday() == tx.weekday]
    if tx.rel in ("last", "previous"):
        return max(d for d in days if d < dct).isoformat()
    if tx.rel in ("next", "following"):
        return min(d for d in days if d > dct).isoformat()
    if tx.rel in ("week-last", "week-this", "week-next"):  # "Thursday last week"
        monday = dct - dt.timedelta(days=dct.isoweekday() - 1)
        monday += dt.timedelta(weeks={"week-last": -1, "week-this": 0, "week-next": 1}[tx.rel])
        return (monday + dt.timedelta(days=tx.weekday - 1)).isoformat()
    if tx.rel == "this":
        monday = dct - dt.timedelta(days=dct.isoweekday() - 1)
        return (monday + dt.timedelta(days=tx.weekday - 1)).isoformat()
    chosen = _pick(days, dct, "past" if tense in (None, "past-reported") else tense)
    return chosen.isoformat()


def _resolve_month(tx: Timex, dct: dt.date | None, tense: Tense) -> str | None:
    """Resolve a month: its year given, named relatively ("of next year") or chosen by tense."""
    assert tx.month is not None
    if tx.year is not None:
        return f"{tx.year}-{tx.month:02d}"
    if dct is None:
        return None
    if tx.year_rel is not None:
        year = dct.year + {"last": -1, "this": 0, "next": 1}[tx.year_rel]
        return f"{year}-{tx.month:02d}"
    firsts = [dt.date(y, tx.month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    this_month = dt.date(dct.year, dct.month, 1)
    if tx.rel == "last":
        chosen = max(d for d in firsts if d < this_month)
    elif tx.rel == "next":
        chosen = min(d for d in firsts if d > this_month)
    elif tx.rel == "this":
        chosen = dt.date(dct.year, tx.month, 1)
    else:
        chosen = _near_or_tense(firsts, this_month, tense, NEAR_DAYS)
    return f"{chosen.year}-{chosen.month:02d}"


def _resolve_unit(tx: Timex, dct: dt.date, tense: Tense) -> str | None:
    """Resolve "last week", "this month", "next year", "the weekend", "last quarter"."""
    step = {"last": -1, "previous": -1, "this": 0, None: 0, "next": 1, "following": 1}.get(tx.rel)
    if step is None:
        return None
    if tx.unit == "week":
        return _iso_week(dct + dt.timedelta(weeks=step))
    if tx.unit == "weekend":
        saturday = dct + dt.timedelta(days=6 - dct.isoweekday())
        if tx.rel is None and tense in ("past", "past-reported") and saturday > dct:
            saturday -= dt.timedelta(weeks=1)
        return _iso_week(saturday + dt.timedelta(weeks=step))
    if tx.unit == "month":
        year, month = _shift_month(dct.year, dct.month, step)
        return f"{year}-{month:02d}"
    if tx.unit == "year":
        return str(dct.year + step)
    if tx.unit == "decade":  # "the past decade" in 2011 is the 2000s: first year, as decades
        return str((dct.year + 10 * step) // 10 * 10)
    if tx.unit == "quarter":
        year, _ = _shift_month(dct.year, dct.month, 3 * step)
        return str(year)
    return None


#: Years the record's values can hold (YYYY): a count reaching outside them ("2022 years ago"
#: read in a 2000 article, a word salad) names no calendar date.
FIRST_YEAR, LAST_YEAR = 1000, 9999


def _in_range(year: int) -> bool:
    """Tell whether a year is one the record's values can hold."""
    return FIRST_YEAR <= year <= LAST_YEAR


def _resolve_ago(tx: Timex, dct: dt.date) -> str | None:
    """Resolve "three days/weeks/months/years ago" (or "in three ...") at the unit's granularity."""
    n = -tx.amount if tx.kind == "ahead" else tx.amount
    try:
        if tx.unit in ("day", "week"):
            back = dct - (dt.timedelta(days=n) if tx.unit == "day" else dt.timedelta(weeks=n))
            if not _in_range(back.year):  # a date's year is at most 9999 = LAST_YEAR
                return None
            exact = tx.unit == "day" or (
                tx.kind == "ago" and n <= EXACT_WEEKS and tx.rel != "about")
            return back.isoformat() if exact else _iso_week(back)
    except OverflowError:  # before year 1 or after 9999
        return None
    if tx.unit == "month":
        year, month = _shift_month(dct.year, dct.month, -n)
        return f"{year}-{month:02d}" if _in_range(year) else None
    if tx.unit == "year":
        year = dct.year - n
        return str(year) if _in_range(year) else None
    return None


def _resolve_period(tx: Timex, dct: dt.date | None, tense: Tense, months: int) -> str | None:
    """Seasons (3 months from ``tx.month``), quarters and halves: the year they fall in."""
    if tx.year is not None:
        return str(tx.year)
    if dct is None:
        return None
    if tx.year_rel is not None:
        return str(dct.year + {"last": -1, "this": 0, "next": 1}[tx.year_rel])
    if tx.kind == "season":
        start_month = tx.month or 1
    elif tx.amount == -1:  # "the last quarter": the one before the current one
        year, _ = _shift_month(dct.year, dct.month, -months)
        return str(year)
    else:
        start_month = (tx.amount - 1) * months + 1
    if not 1 <= start_month <= 12:
        return None
    starts = [dt.date(y, start_month, 1) for y in range(dct.year - 2, dct.year + 2)]
    current = max(s for s in starts if s <= dct)  # the latest instance that has begun
    in_progress = (dct - current).days < months * 30
    if tx.rel in ("last", "this past"):
        chosen = max(s for s in starts if s < current) if in_progress else current
    elif tx.rel == "next" or (not in_progress and tense == "future" and tx.kind == "season"):
        chosen = min(s for s in starts if s > dct)
    elif not in_progress and min(s for s in starts if s > dct) - dct <= NEAR_PERIOD:
        chosen = min(s for s in starts if s > dct)  # about to begin: "during the fourth quarter"
    else:
        chosen = current
    return str(chosen.year)


def resolve(tx: Timex, dct: dt.date | None, tense: Tense) -> str | None:
    """Normalise one recognised expression to a value of explicit granularity (None: unknown)."""
    value: str | None
    if tx.kind == "date":
        value = _resolve_date(tx, dct, tense)
        if value is not None and tx.unit == "week":  # "the week of March 6"
            value = _iso_week(dt.date.fromisoformat(value))
    elif tx.kind == "month":
        value = _resolve_month(tx, dct, tense)
    elif tx.kind in ("year", "decade"):
        value = str(tx.year)
    elif tx.kind == "season":
        value = _resolve_period(tx, dct, tense, 3)
    elif tx.kind == "part":
        value = _resolve_period(tx, dct, tense, 3 if tx.unit == "quarter" else 6)
    elif dct is None:
        value = None
    elif tx.kind == "day":
        value = (dct + dt.timedelta(days=tx.amount)).isoformat()
    elif tx.kind == "holiday":
        value = _resolve_holiday(tx, dct, tense)
    elif tx.kind == "feast":
        value = _resolve_feast(tx, dct, tense)
    elif tx.kind == "weekday":
        value = _resolve_weekday(tx, dct, tense)
    elif tx.kind == "unit":
        value = _resolve_unit(tx, dct, tense)
    elif tx.kind in ("ago", "ahead"):
        value = _resolve_ago(tx, dct)
    else:
        value = None
    if value is not None and tx.hour is not None and len(value) == 10:
        value = f"{value}T{tx.hour:02d}:{tx.minute or 0:02d}"
    return value


def extract_dates(doc: Doc, published: dt.date | None, *, day_first: bool = False) -> list[When]:
    """Find and normalise every time expression of the article.

    ``day_first`` reads 05/06/2022 as 5 June (non-US outlets); by default numeric dates are US
    month-first unless the first number cannot be a month.
    """
    result: list[When] = []
    last_day: str | None = None
    last_month: str | None = None
    last_year: int | None = None
    last_value: str | None = None  # the latest date named, any granularity ("by then")
    last_end = 0
    article = doc.text  # read once: spaCy rebuilds Doc.text on every access
    for tx in recognise(doc, day_first=day_first):
        text = article[tx.start:tx.end]
        if tx.kind == "date" and tx.month is None and last_month is not None \
                and _day(int(last_month[:4]), int(last_month[5:]), tx.day or 0):
            last_day = f"{last_month}-{tx.day:02d}"  # "on the 15th" after "in March": that month
            result.append(When(text, last_day, tx.start, tx.end))
            continue
        if tx.kind == "clock":  # "at 16:08 UTC": the story's day, else the publication day
            day = last_day or (published.isoformat() if published else None)
            result.append(When(text, f"{day}T{tx.hour:02d}:{tx.minute or 0:02d}" if day else None,
                               tx.start, tx.end))
            continue
        if tx.kind == "anaphor" and tx.unit == "then":  # "by then", "until that time"
            if last_value is not None and tx.start - last_end <= THEN_REACH:
                result.append(When(text, last_value, tx.start, tx.end))
            continue
        if tx.kind == "anaphor" and tx.unit in ("today", "storyweek"):
            # "later in the day", "for the week": the story's day or week, else the publication's
            anchor = last_day or (published.isoformat() if published else None)
            if anchor is not None and tx.unit == "storyweek":
                anchor = _iso_week(dt.date.fromisoformat(anchor))
            if anchor is not None:
                result.append(When(text, anchor, tx.start, tx.end))
            continue
        if tx.kind == "anaphor":  # "the same day", "that year": the narrative's day or year
            anchor = _anaphor(tx, last_day, last_month, last_year)
            if anchor is not None:
                result.append(When(text, anchor, tx.start, tx.end))
            continue
        needs_tense = tx.kind in ("date", "month", "weekday", "season", "part", "unit", "holiday",
                                  "feast", "ahead")
        tense = tense_at(doc, tx.start, tx.end) if needs_tense and published else None
        if tx.kind == "weekday" and tense != "future" and planned_at(doc, tx.start, tx.end):
            tense = "future"  # "planned a demonstration on Saturday": the coming Saturday
        if tx.kind == "ahead" and tense != "future":
            continue  # "the smallest gain in a year", "built in two years": a duration
        if tx.kind == "unit" and tx.unit == "year" and tx.rel in ("previous", "following") \
                and last_year is not None:  # "the year before": the narrative's year, not today's
            value: str | None = str(last_year + (1 if tx.rel == "following" else -1))
        elif tx.kind in ("unit", "weekday") and tx.rel in ("previous", "following") and (
                anchor := last_day if tx.unit in ("week", None) else
                last_month and f"{last_month}-01" if tx.unit == "month" else None):
            # the story's week or month; "the previous Friday": the one before the story's day
            value = resolve(tx, dt.date.fromisoformat(anchor), tense)
        else:
            value = resolve(tx, published, tense)
        if value is not None and len(value) >= 10 and "W" not in value:
            last_day = value[:10]
        if value is not None and len(value) >= 7 and "W" not in value:
            last_month = value[:7]
        if value is not None and (  # anaphors do not re-anchor: no chains
                tx.year is not None and tx.kind != "decade"  # "June 1998" too: "later that year"
                or (tx.kind == "unit" and tx.unit != "decade" and len(value) == 4
                    and tx.rel in ("last", "this", "next"))):
            last_year = int(value[:4])
        if value is not None and tx.kind != "decade":
            last_value, last_end = value, tx.end
        result.append(When(text, value, tx.start, tx.end))
    return result


def _anaphor(tx: Timex, day: str | None, month: str | None, year: int | None) -> str | None:
    """Value of "the same day", "three days later", "that year", "the same month a year ago"."""
    if tx.unit is None:
        return _shift_day(day, tx.amount)
    if tx.unit == "week":  # "that week": the week of the story's day
        return _iso_week(dt.date.fromisoformat(day)) if day is not None else None
    if tx.unit == "year":
        return str(year + tx.amount) if year is not None else None
    if tx.unit == "month" and month is not None:
        back = -12 if tx.year_rel == "last" else tx.amount  # "a month earlier": -1
        shifted = _shift_month(int(month[:4]), int(month[5:7]), back)
        return f"{shifted[0]}-{shifted[1]:02d}"
    if tx.unit == "day" and day is not None and tx.year_rel == "last":
        year_before = int(day[:4]) - 1
        return f"{year_before}{day[4:]}" if day[5:] != "02-29" else f"{year_before}-02-28"
    return None


__all__ = ["extract_dates", "date_for", "resolve", "tense_at"]
