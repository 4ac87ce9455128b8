"""Feeds for ingest: RSS, Atom and RDF through feedparser, JSON Feed read here.

``feed_documents(data, origin)`` turns a feed's bytes into one :class:`RawDocument` per item
(the item's full content when the feed has it, else its summary), with ``published`` from the
item, ``url`` = item link, ``source`` = feed title, ``title`` = item title. Items without any
text are yielded as :class:`InputError`. JSON Feed (jsonfeed.org) is parsed here because
feedparser 6.0 does not read it.

An item's HTML is a fragment of the article (often only its first paragraph), not a page: it
is handed on wrapped in a minimal page whose ``<article>`` is the fragment (:func:`as_page`), so
the HTML cleaner takes it for the article body instead of discarding it as too small
(measured on ``news/feeds``: clean() finds text in 460 of 471 HTML items wrapped, 261 bare).

Encoding: the bytes are decoded by :mod:`newsledger.decoding` first (so a feed whose XML
declaration names the wrong charset still gives readable items) and handed to feedparser as
UTF-8 with the declaration rewritten to say so.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import time
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser

from newsledger.decoding import UndecodableError, decode_bytes
from newsledger.errors import InputError
from newsledger.record import DocumentKind, RawDocument

#: How far into a document the feed sniffer looks for the root element (after any XML
#: declaration, comments, stylesheet instructions and DOCTYPE, which real feeds keep short).
FEED_SNIFF_BYTES = 4096

_XML_ROOT = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(rss|feed|RDF)[\s>/]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def looks_like_feed(data: bytes) -> bool:
    """Tell whether bytes are an RSS/Atom/RDF feed or a JSON Feed, from their first bytes."""
    head = data[:FEED_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return b"jsonfeed.org" in head
    if b"<html" in head.lower():
        return False
    return _XML_ROOT.search(head) is not None


def as_page(markup: str) -> str:
    """Wrap an HTML fragment (no ``<html>`` or ``<body>``) as a page whose article it is."""
    head = markup[:FEED_SNIFF_BYTES].lower()
    if "<html" in head or "<body" in head:
        return markup
    return f"<!DOCTYPE html><html><body><article>{markup}</article></body></html>"


def _iso(value: dt.datetime) -> str:
    """Format a datetime as ISO 8601, keeping its own UTC offset (the local publication date)."""
    return value.isoformat()


def parse_feed_date(raw: str | None, parsed: time.struct_time | None = None) -> str | None:
    """Read an item date: RFC 822 or ISO 8601 text keeps its offset; else feedparser's UTC time."""
    if raw:
        text = raw.strip()
        try:  # a bare date stays a date: its granularity is information
            return dt.date.fromisoformat(text).isoformat() if len(text) == 10 else _iso(
                dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            pass
        try:
            return _iso(email.utils.parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    if parsed is not None:
        return _iso(dt.datetime(*parsed[:6], tzinfo=dt.UTC))
    return None


def _document(
    origin: str, content: str, kind: DocumentKind, item: Mapping[str, Any], feed_title: str | None,
    published: str | None,
) -> RawDocument:
    """Build the raw document of one feed item."""
    link = item.get("link") or item.get("url")
    return RawDocument(
        origin=origin, content=as_page(content) if kind == "html" else content, kind=kind,
        published=published,
        url=str(link) if link else None, source=feed_title or None,
        title=str(item.get("title") or "").strip() or None,
    )


def _best_content(entry: Mapping[str, Any]) -> tuple[str, DocumentKind] | None:
    """Pick the item's longest full content, else its summary, with its kind."""
    candidates = [(c.get("value") or "", c.get("type") or "text/html")
                  for c in entry.get("content") or []]
    if not any(value.strip() for value, _ in candidates):
        detail = entry.get("summary_detail") or {}
        candidates = [(entry.get("summary") or "", detail.get("type") or "text/html")]
    value, mime = max(candidates, key=lambda c: len(c[0].strip()))
    if not value.strip():
        return None
    kind: DocumentKind = "html" if any(t in mime for t in _HTML_TYPES) else "text"
    return value, kind


def _xml_feed(text: str, origin: str) -> Iterator[RawDocument | InputError]:
    """Yield the items of an RSS/Atom/RDF feed given as text."""
    utf8 = _XML_DECLARATION.sub('<?xml version="1.0" encoding="utf-8"?>', text, count=1)
    parsed = feedparser.parse(utf8.encode("utf-8"))
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield InputError(origin, "feed has no items" + (f" ({problem})" if problem else ""))
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        item_origin = f"{origin}#{number}"
        best = _best_content(entry)
        if best is None:
            yield InputError(item_origin, "feed item has only a title, no content or summary"
                             + (f" (its page: {entry.get('link')})" if entry.get("link") else ""))
            continue
        # dict.get: feedparser's own get() maps a missing "published" to "updated" with a warning
        published = parse_feed_date(dict.get(entry, "published"),
                                    dict.get(entry, "published_parsed"))
        if published is None:
            published = parse_feed_date(dict.get(entry, "updated"),
                                        dict.get(entry, "updated_parsed"))
        yield _document(item_origin, best[0], best[1], entry, feed_title, published)


def _json_feed(text: str, origin: str) -> Iterator[RawDocument | InputError]:
    """Yield the items of a JSON Feed (versions 1 and 1.1)."""
    try:
        feed = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(origin, f"JSON Feed is not valid JSON ({exc})")
        return
    items = feed.get("items") if isinstance(feed, dict) else None
    if not isinstance(items, list) or not items:
        yield InputError(origin, "JSON Feed has no items")
        return
    feed_title = str(feed.get("title") or "").strip() or None
    for number, item in enumerate(items, start=1):
        item_origin = f"{origin}#{number}"
        if not isinstance(item, dict):
            yield InputError(item_origin, "JSON Feed item is not an object")
            continue
        options: list[tuple[str, DocumentKind]] = [
            (str(item.get("content_html") or ""), "html"),
            (str(item.get("content_text") or ""), "text"),
            (str(item.get("summary") or ""), "text"),
        ]
        content, kind = next(((c, k) for c, k in options if c.strip()), ("", "text"))
        if not content:
            yield InputError(item_origin, "feed item has no content or summary")
            continue
        date = item.get("date_published") or item.get("date_modified")
        published = parse_feed_date(date if isinstance(date, str) else None)
        yield _document(item_origin, content, kind, item, feed_title, published)


def feed_documents(data: bytes, origin: str) -> Iterator[RawDocument | InputError]:
    """Yield one raw document per item of a feed (RSS, Atom, RDF or JSON Feed) given as bytes."""
    try:
        text = decode_bytes(data).text
    except UndecodableError as exc:
        yield InputError(origin, str(exc))
        return
    if text.lstrip("\ufeff \t\r\n").startswith("{"):
        yield from _json_feed(text, origin)
    else:
        yield from _xml_feed(text, origin)
