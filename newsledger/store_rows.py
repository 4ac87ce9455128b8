"""Store rows: pure functions turning a Record into the rows of the store's tables.

No database here: hashes that detect an unchanged article, the day range a date value covers
(for --since/--until), the word tokens an actor is searched by, and the flattening of a record
into one list of plain dict rows per table (see :mod:`newsledger.store` for the tables).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

from newsledger import __version__
from newsledger.record import Article, Place, Record, When

_WORD = re.compile(r"\w+", re.UNICODE)

#: Where an apposition or aside starts inside a mention: a comma, bracket, semicolon, colon or
#: a spaced dash ("Sands, a member of ...", "Sands (QC)", "Sands - a lawyer").
_APPOSITION = re.compile(r"\s*(?:[,;:(\[]|\s[-\u2013\u2014]\s)")

#: A possessive followed by what is owned ("Blair's spokesman", "the ministers' envoy").
_POSSESSIVE = re.compile(r"(?<=\w)(?:['\u2019]s|s['\u2019])\s+")


def canonical_json(data: Any) -> str:
    """Serialise data deterministically, for hashing."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def article_hash(article: Article) -> str:
    """Hash everything cleaning produced for an article (text and metadata)."""
    return hashlib.sha256(canonical_json(article.to_dict()).encode("utf-8")).hexdigest()


def record_hash(record: Record) -> str:
    """Hash a whole record, so a re-analysed article whose output changed is replaced."""
    return hashlib.sha256(canonical_json(record.to_dict()).encode("utf-8")).hexdigest()


def name_head(mention: str) -> str:
    """Return the part of a mention that names its actor.

    A mention can carry an apposition ("Philippe Sands QC, a member of Cherie Blair's
    chambers") or name its actor through someone else ("Tony Blair's official spokesman"):
    only the part before the apposition, and after the last possessive, names the actor, so a
    search for "Blair" finds neither.
    """
    head = _APPOSITION.split(mention, maxsplit=1)[0]
    owned = _POSSESSIVE.split(head)[-1].strip()
    return owned or head


def words(text: str | None) -> list[str]:
    """Return the casefolded word tokens of a text."""
    return _WORD.findall((text or "").casefold())


def name_tokens(canonical: Iterable[str | None], mentions: Iterable[str | None] = ()) -> str:
    """Return ' tok1 tok2 ' of an actor's names, for LIKE '% tok %' whole-word matching.

    Canonical names count whole; mentions only by their :func:`name_head`.
    """
    tokens: dict[str, None] = {}
    for name in canonical:
        tokens.update(dict.fromkeys(words(name)))
    for mention in mentions:
        tokens.update(dict.fromkeys(words(name_head(mention or ""))))
    return " " + " ".join(tokens) + " "


def day_range(value: str | None) -> tuple[str | None, str | None]:
    """Return the first and last day (YYYY-MM-DD) a When value or ISO date covers, if readable."""
    if not value:
        return None, None
    try:
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first.isoformat(), (first + dt.timedelta(days=6)).isoformat()
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01", f"{value}-12-31"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            after = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first.isoformat(), (after - dt.timedelta(days=1)).isoformat()
        day = dt.date.fromisoformat(value[:10]).isoformat()
        return day, day
    except ValueError:
        return None, None


def _when_columns(when: When | None) -> dict[str, Any]:
    """Flatten an optional When into date_* columns with its day range."""
    if when is None:
        return {k: None for k in ("date_text", "date_value", "date_start", "date_end",
                                  "date_from", "date_to")}
    first, last = day_range(when.value)
    return {"date_text": when.text, "date_value": when.value, "date_start": when.start,
            "date_end": when.end, "date_from": first, "date_to": last}


def _place_columns(place: Place | None) -> dict[str, Any]:
    """Flatten an optional Place into location_* columns."""
    keys = ("name", "country", "lat", "lon", "start", "end")
    return {f"location_{k}": getattr(place, k) if place else None for k in keys}


def dangling_references(record: Record) -> list[str]:
    """Return a description of every actor or statement id the record uses but does not have."""
    actors = {a.id for a in record.actors}
    statements = {s.id for s in record.statements}
    problems = []
    for s in record.statements:
        for field_name, value in (("speaker", s.speaker), *(("about", a) for a in s.about)):
            if value is not None and value not in actors:
                problems.append(f"statement {s.id} {field_name} {value} is not an actor")
    for e in record.events:
        for field_name, value in (("actor", e.actor), ("recipient", e.recipient),
                                  ("attributed_to", e.attributed_to)):
            if value is not None and value not in actors:
                problems.append(f"event {e.id} {field_name} {value} is not an actor")
        if e.statement is not None and e.statement not in statements:
            problems.append(f"event {e.id} statement {e.statement} is not a statement")
    return problems


def speaker_tokens(speaker_text: str | None, names: list[str] | None) -> str:
    """Tokens a statement's speaker is searched by: its actor's names, else the speaker text.

    ``names`` is the speaker actor's canonical name then its mentions. The speaker text counts
    only for an unresolved speaker: beside a resolved one it adds nothing but the noise of a
    wide span ("the feud between Tony Blair and Gordon Brown").
    """
    if not names:
        return name_tokens([], [speaker_text])
    return name_tokens(names[:1], names[1:])


def record_rows(record: Record) -> dict[str, list[dict[str, Any]]]:
    """Turn a record into the rows of every table (a pure function; no database needed)."""
    art = record.article
    aid = art.id
    actors = {a.id: a for a in record.actors}
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [{
            "id": aid, "record_id": record.id, "url": art.url, "source": art.source,
            "title": art.title, "published": art.published,
            "published_day": day_range(art.published)[0], "language": art.language,
            "author": art.author, "text": art.text, "article_hash": article_hash(art),
            "record_hash": record_hash(record), "version": __version__,
            "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }],
        "removed": [{"article_id": aid, "seq": i, "text": r.text, "reason": r.reason}
                    for i, r in enumerate(art.removed)],
        "actors": [{"article_id": aid, "id": a.id, "name": a.name, "kind": a.kind,
                    "country": a.country, "sector": a.sector, "role": a.role,
                    "tokens": name_tokens([a.name], (m.text for m in a.mentions))}
                   for a in record.actors],
        "mentions": [{"article_id": aid, "actor_id": a.id, "seq": i, "start": m.start,
                      "end": m.end, "text": m.text}
                     for a in record.actors for i, m in enumerate(a.mentions)],
        "dates": [{"article_id": aid, "seq": i, "text": w.text, "value": w.value,
                   "start": w.start, "end": w.end,
                   **dict(zip(("date_from", "date_to"), day_range(w.value), strict=True))}
                  for i, w in enumerate(record.dates)],
    }
    rows["statements"] = []
    for s in record.statements:
        speaker = actors.get(s.speaker or "")
        speaker_names = [speaker.name, *(m.text for m in speaker.mentions)] if speaker else None
        row = {k: v for k, v in s.to_dict().items() if k not in ("date", "about")}
        row.update(article_id=aid, about=json.dumps(list(s.about)),
                   speaker_tokens=speaker_tokens(s.speaker_text, speaker_names),
                   **_when_columns(s.date))
        rows["statements"].append(row)
    rows["events"] = []
    for e in record.events:
        row = {k: v for k, v in e.to_dict().items() if k not in ("date", "location", "context")}
        row.update(article_id=aid, context=json.dumps(list(e.context)),
                   **_when_columns(e.date), **_place_columns(e.location))
        rows["events"].append(row)
    return rows
