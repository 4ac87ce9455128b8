"""Cleaning: HTML through trafilatura, scraped plain text through the boilerplate classifier.

Stage contract: ``clean(raw) -> Article``. OWNER: cleaning work (issue 2).
"""

from __future__ import annotations

import hashlib

import trafilatura

from newsledger.errors import InputError
from newsledger.record import Article, RawDocument


def article_id(raw: RawDocument, text: str) -> str:
    """Return the document's own id, else a stable hash of its URL or text (re-ingest is idempotent)."""
    if raw.id:
        return raw.id
    key = raw.url or text
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def clean(raw: RawDocument) -> Article:
    """Turn a raw document into a clean article."""
    content = raw.content if isinstance(raw.content, str) else raw.content.decode("utf-8", "replace")
    if raw.kind == "html":
        text = trafilatura.extract(content) or ""
    else:
        text = content.strip()
    if not text.strip():
        raise InputError(raw.origin, "no article text found")
    return Article(
        id=article_id(raw, text), text=text, url=raw.url, source=raw.source, title=raw.title,
        published=raw.published,
    )
