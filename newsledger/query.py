"""Queries over a store: quotes, events, a timeline and actors, as plain dict rows.

Every function takes a :class:`Store` and one :class:`Filters` and returns a list of dicts, so the
command line can print them as a table, JSON or CSV. Dates are compared as day ranges: a value
like ``2019-10`` or ``2019-W44`` matches ``--since``/``--until`` when any of its days falls
inside the range.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, get_args

from newsledger.record import StatementKind
from newsledger.store import Store, day_range, words

_WORD = re.compile(r"\w+", re.UNICODE)

#: Statement kinds: a timeline --type among these keeps statements, any other keeps events.
STATEMENT_KINDS: tuple[str, ...] = get_args(StatementKind)


@dataclass(frozen=True)
class Filters:
    """What a query keeps; every field is optional and an unset one keeps everything.

    ``name`` is a speaker (quotes) or an actor (events, actors, timeline): every word of it must
    be a word of the actor's canonical name or of one of its mentions, ignoring case, so "Macron"
    finds "Emmanuel Macron". ``type`` is the statement kind (direct/indirect/mixed) for quotes,
    the PLOVER type for events and the actor kind for actors. ``since``/``until`` are ISO dates
    (YYYY, YYYY-MM or YYYY-MM-DD). ``min_confidence`` keeps events whose confidence is at least
    the value; events never scored (NULL confidence, stored before the event model existed) are
    left out whenever it is set, and so are statements in the timeline, which have none.
    """

    name: str | None = None
    country: str | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None  # quotes: every word (FTS5); events: a phrase of the sentence
    min_confidence: float | None = None  # events: confidence >= this (NULL never matches)
    include_undated: bool = False  # timeline: list undated items after the dated ones
    limit: int | None = None


class _Where:
    """Accumulates SQL conditions and their named parameters."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: dict[str, Any] = {}

    def add(self, clause: str, **params: Any) -> None:
        """Add one condition with its parameters."""
        self.clauses.append(clause)
        self.params.update(params)

    def sql(self) -> str:
        """Return the WHERE clause, or an empty string."""
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _like_tokens(name: str) -> list[str]:
    """Return LIKE patterns ('% tok %') for every word of a name, wildcards escaped."""
    tokens = list(dict.fromkeys(words(name)))
    escaped = (t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for t in tokens)
    return [f"% {t} %" for t in escaped]


def _name_condition(where: _Where, columns: list[str], name: str, prefix: str) -> None:
    """Require every word of name in any of the token columns (casefolded, whole words)."""
    patterns = _like_tokens(name)
    if not patterns:
        where.add("0")
        return
    per_column = []
    for column in columns:
        words = [f"{column} LIKE :{prefix}{i} ESCAPE '\\'" for i in range(len(patterns))]
        per_column.append("(" + " AND ".join(words) + ")")
    where.add("(" + " OR ".join(per_column) + ")",
              **{f"{prefix}{i}": p for i, p in enumerate(patterns)})


def _range(value: str | None, option: str) -> tuple[str | None, str | None]:
    """Return the day range of a --since/--until value, or raise ValueError naming the option."""
    if value is None:
        return None, None
    first, last = day_range(value)
    if first is None:
        raise ValueError(f"{option}: {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return first, last


def _date_condition(where: _Where, filters: Filters, first: str, last: str) -> None:
    """Keep rows whose day range [first, last] (SQL expressions) overlaps since..until."""
    since = _range(filters.since, "--since")[0]
    until = _range(filters.until, "--until")[1]
    if since:
        where.add(f"{last} >= :since", since=since)
    if until:
        where.add(f"{first} <= :until", until=until)


def _limit(filters: Filters) -> str:
    """Return a LIMIT clause."""
    return f" LIMIT {int(filters.limit)}" if filters.limit else ""


def _fts_query(text: str) -> str:
    """Quote every word so user text cannot break FTS5 syntax (all words must match)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in _WORD.findall(text))


def quotes(store: Store, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Return statements with their speaker and article, in date order.

    ``when`` is the statement's own date value, or the article's published day when the
    statement has none; ``when_source`` says which ("statement" or "published"), and
    since/until filter on that same date.
    """
    return _statements(store, filters, published_fallback=True, dated_only=False)


def _statements(store: Store, filters: Filters, *, published_fallback: bool,
                dated_only: bool) -> list[dict[str, Any]]:
    """Query statements, dated by their own date or (fallback) the article's published day."""
    where = _Where()
    if filters.name:
        _name_condition(where, ["s.speaker_tokens"], filters.name, "n")
    if filters.country:
        where.add("sp.country = :country", country=filters.country.upper())
    if filters.type:
        where.add("s.kind = :kind", kind=filters.type.lower())
    published = "a.published_day" if published_fallback else "NULL"
    first = f"COALESCE(s.date_from, {published})"
    last = f"COALESCE(s.date_to, {published})"
    _date_condition(where, filters, first, last)
    if dated_only:
        where.add(f"{first} IS NOT NULL")
    if filters.text:
        where.add("s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fts)",
                  fts=_fts_query(filters.text))
    sql = f"""
        SELECT COALESCE(s.date_value, {published}) AS "when",
               CASE WHEN s.date_value IS NOT NULL THEN 'statement'
                    WHEN {published} IS NOT NULL THEN 'published' END AS when_source,
               COALESCE(sp.name, s.speaker_text) AS speaker, sp.country AS speaker_country,
               sp.sector AS speaker_sector, sp.role AS speaker_role, s.kind, s.cue,
               s.content, s.addressee, s.venue, a.title, a.source, a.url, a.published,
               s.article_id, s.id AS statement_id, s.start, s."end"
        FROM statements s JOIN articles a ON a.id = s.article_id
        LEFT JOIN actors sp ON sp.article_id = s.article_id AND sp.id = s.speaker
        {where.sql()}
        ORDER BY {first} IS NULL, {first}, a.published, s.article_id, s.start{_limit(filters)}
    """
    return list(store.rows(sql, where.params))


def events(store: Store, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Return events with actor, recipient, place and status, in date order (undated last).

    ``country`` matches the actor's, the recipient's or the location's country; since/until
    filter on the event's own date (an undated event never matches a date filter);
    ``min_confidence`` leaves out events below it and events with no confidence (NULL).
    """
    return _events(store, filters, dated_only=False)


def _events(store: Store, filters: Filters, *, dated_only: bool) -> list[dict[str, Any]]:
    """Query events, optionally only those with a date of their own."""
    where = _Where()
    if filters.name:
        _name_condition(where, ["ac.tokens", "re.tokens"], filters.name, "n")
    if filters.country:
        where.add("(ac.country = :country OR re.country = :country "
                  "OR e.location_country = :country)", country=filters.country.upper())
    if filters.type:
        where.add("e.type = :type", type=filters.type.upper())
    if filters.status:
        where.add("e.status = :status", status=filters.status.lower())
    if filters.min_confidence is not None:
        # SQL's NULL >= x is never true, so unscored events drop out, as the docstring says
        where.add("e.confidence >= :min_confidence", min_confidence=filters.min_confidence)
    _date_condition(where, filters, "e.date_from", "e.date_to")
    if dated_only:
        where.add("e.date_from IS NOT NULL")
    if filters.text:
        where.add("e.sentence LIKE :like", like=f"%{filters.text}%")
    sql = f"""
        SELECT e.date_value AS "when", e.type, e.mode, e.status,
               ac.name AS actor, ac.country AS actor_country, ac.sector AS actor_sector,
               re.name AS recipient, re.country AS recipient_country,
               re.sector AS recipient_sector, e.location_name AS location,
               e.location_country, e.location_lat, e.location_lon,
               at.name AS attributed_to, e.trigger, e.sentence, a.title, a.source, a.url,
               a.published, e.article_id, e.id AS event_id, e.statement, e.start, e."end",
               e.confidence
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN actors ac ON ac.article_id = e.article_id AND ac.id = e.actor
        LEFT JOIN actors re ON re.article_id = e.article_id AND re.id = e.recipient
        LEFT JOIN actors at ON at.article_id = e.article_id AND at.id = e.attributed_to
        {where.sql()}
        ORDER BY e.date_from IS NULL, e.date_from, a.published, e.article_id, e.start
        {_limit(filters)}
    """
    return list(store.rows(sql, where.params))


def timeline(store: Store, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Return events and statements ordered by when they happened (their own date value).

    Publication dates are never used to place an item. Undated items are left out unless
    ``include_undated`` is set, and then come last. ``name`` matches the speaker, actor or
    recipient; ``country`` their countries or the event's location. Like ``status``,
    ``min_confidence`` applies to events only, so setting it leaves statements out.
    """
    dated_only = not filters.include_undated or bool(filters.since or filters.until)
    each = Filters(**{**filters.__dict__, "limit": None})
    kind = (filters.type or "").lower()
    want_statements = (not filters.status and filters.min_confidence is None
                       and (not kind or kind in STATEMENT_KINDS))
    want_events = not kind or kind not in STATEMENT_KINDS
    rows: list[dict[str, Any]] = []
    if want_statements:
        for q in _statements(store, each, published_fallback=False, dated_only=dated_only):
            rows.append({
                "when": q["when"], "item": "statement", "what": q["kind"], "status": None,
                "confidence": None,
                "who": q["speaker"], "whom": q["addressee"], "where": q["venue"],
                "text": q["content"], "title": q["title"], "source": q["source"],
                "published": q["published"], "article_id": q["article_id"],
                "id": q["statement_id"], "start": q["start"]})
    if want_events:
        for e in _events(store, each, dated_only=dated_only):
            rows.append({
                "when": e["when"], "item": "event", "what": e["type"], "status": e["status"],
                "confidence": e["confidence"],
                "who": e["actor"], "whom": e["recipient"], "where": e["location"],
                "text": e["sentence"], "title": e["title"], "source": e["source"],
                "published": e["published"], "article_id": e["article_id"],
                "id": e["event_id"], "start": e["start"]})

    def order(row: dict[str, Any]) -> tuple[Any, ...]:
        """Dated first by first day then value; ties in publication and text order."""
        first = day_range(row["when"])[0]
        return (first is None, first or "", row["when"] or "", row["published"] or "",
                row["article_id"], row["start"])

    rows.sort(key=order)
    return rows[: filters.limit] if filters.limit else rows


def actors(store: Store, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Return canonical actors across the store with their counts, most active first.

    Per-article actors are merged by canonical name and kind (ignoring case); the merged
    country, sector and role are the most frequent non-null ones.
    """
    where = _Where()
    if filters.name:
        _name_condition(where, ["ac.tokens"], filters.name, "n")
    if filters.type:
        where.add("ac.kind = :kind", kind=filters.type.lower())
    sql = f"""
        SELECT ac.article_id, ac.id, ac.name, ac.kind, ac.country, ac.sector, ac.role,
          (SELECT COUNT(*) FROM mentions m
            WHERE m.article_id = ac.article_id AND m.actor_id = ac.id) AS mentions,
          (SELECT COUNT(*) FROM statements s
            WHERE s.article_id = ac.article_id AND s.speaker = ac.id) AS statements,
          (SELECT COUNT(*) FROM events e WHERE e.article_id = ac.article_id
            AND (e.actor = ac.id OR e.recipient = ac.id)) AS events
        FROM actors ac {where.sql()}
        ORDER BY ac.article_id, ac.id
    """
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    facets: dict[tuple[str, str], dict[str, Counter[str]]] = {}
    articles: dict[tuple[str, str], set[str]] = {}
    for row in store.rows(sql, where.params):
        key = (" ".join(_WORD.findall(row["name"].casefold())), row["kind"])
        agg = merged.setdefault(key, {
            "name": row["name"], "kind": row["kind"], "country": None, "sector": None,
            "role": None, "articles": 0, "mentions": 0, "statements": 0, "events": 0})
        seen = articles.setdefault(key, set())
        if row["article_id"] not in seen:  # an article may register the same name twice
            seen.add(row["article_id"])
            agg["articles"] += 1
        for count in ("mentions", "statements", "events"):
            agg[count] += row[count]
        for facet in ("country", "sector", "role"):
            if row[facet]:
                facets.setdefault(key, {}).setdefault(facet, Counter())[row[facet]] += 1
    for key, agg in merged.items():
        for facet, counter in facets.get(key, {}).items():
            agg[facet] = counter.most_common(1)[0][0]
    result = [a for a in merged.values()
              if not filters.country or a["country"] == filters.country.upper()]
    result.sort(key=lambda a: (-(a["statements"] + a["events"]), -a["mentions"], a["name"]))
    return result[: filters.limit] if filters.limit else result
