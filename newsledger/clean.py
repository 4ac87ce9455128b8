"""Cleaning: HTML through trafilatura, scraped plain text through the boilerplate classifier.

Stage contract: ``clean(raw) -> Article``.

1. decode bytes, if a library caller passed bytes (:func:`decode`, delegating to
   :mod:`newsledger.decoding`), refusing binary content;
2. HTML (:func:`clean_html`): trafilatura with the settings measured best on the ScrapingHub
   pages (``bench/boilerplate.py``), its metadata for title, author, site name and date
   (htmldate), then the boilerplate patterns on the paragraphs it kept;
   plain text: :func:`newsledger.boilerplate.clean_text`;
3. cap the text at :data:`MAX_ARTICLE_CHARS`, noting the cut in ``Article.removed``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import trafilatura

from newsledger.boilerplate import PATTERN_MAX_WORDS, clean_text, pattern_reason
from newsledger.decoding import UndecodableError, decode_bytes
from newsledger.errors import InputError
from newsledger.parse import MAX_PARSE_CHARS
from newsledger.record import Article, DocumentKind, RawDocument, Removed

#: Longest article text kept. Real articles stay far below (a long feature is ~60,000 characters);
#: the cap keeps spaCy under its own limit (MAX_PARSE_CHARS) with room to spare.
MAX_ARTICLE_CHARS = 200_000
assert MAX_ARTICLE_CHARS < MAX_PARSE_CHARS

#: Raw input larger than this is refused before decoding: no news page is 50 MB of text.
MAX_INPUT_BYTES = 50_000_000

#: How much of a truncated tail is kept in ``removed`` (the rest is only counted).
TRUNCATED_SAMPLE_CHARS = 200

#: trafilatura settings, measured on the ScrapingHub pages (docs/evaluation.md, boilerplate
#: section): precision-oriented extraction without comments was best; deduplication hurt recall and
#: tables help (statistics and results tables are part of the reporting).
INCLUDE_COMMENTS = False
FAVOR_PRECISION = True
INCLUDE_TABLES = True
DEDUPLICATE = False

#: When precision mode returns less than this share of what the balanced mode returns, the
#: balanced text is used. Measured on ScrapingHub and WCXB: any ratio from 0.3 to 0.6 gives the
#: same result (precision mode then returns almost nothing); 0.5 sits in the middle.
FALLBACK_RATIO = 0.5

_WORD = re.compile(r"\w+")


def article_id(raw: RawDocument, text: str) -> str:
    """Return the document's own id, else a stable hash of its URL or text (stable re-ingest)."""
    if raw.id:
        return raw.id
    key = raw.url or text
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def decode(content: bytes, kind: DocumentKind, origin: str = "<bytes>") -> str:
    """Decode a document's bytes with ingest's decoder (BOM, UTF-8, declared charset, detection).

    Ingest normally hands over text already; bytes reach cleaning only from library callers.
    ``kind`` is accepted for symmetry with RawDocument: the decoder reads HTML declarations itself.
    """
    try:
        return decode_bytes(content).text
    except UndecodableError as exc:
        raise InputError(origin, f"{exc}; convert the file to UTF-8") from exc


@dataclass(frozen=True)
class CleanHtml:
    """What trafilatura found in an HTML page: body paragraphs, metadata, removed pieces."""

    text: str
    title: str | None
    author: str | None
    sitename: str | None
    date: str | None
    removed: tuple[Removed, ...]


def clean_html(html: str | bytes, origin: str = "<html>", url: str | None = None) -> CleanHtml:
    """Extract the article body and metadata of an HTML page, paragraphs split by blank lines."""
    page = decode(html, "html", origin) if isinstance(html, bytes) else html
    doc = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=INCLUDE_COMMENTS,
        favor_precision=FAVOR_PRECISION, include_tables=INCLUDE_TABLES, deduplicate=DEDUPLICATE,
    )
    if doc is None:
        return CleanHtml("", None, None, None, None, ())
    meta: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    body = meta.get("text") or ""
    # Precision mode sometimes keeps only a fragment (a lead, a list's intro); when the balanced
    # extraction finds far more, the page's content is that (measured: docs/evaluation.md).
    balanced = trafilatura.extract(
        page, url=url, include_comments=INCLUDE_COMMENTS, include_tables=INCLUDE_TABLES,
        deduplicate=DEDUPLICATE,
    ) or ""
    if len(body) < FALLBACK_RATIO * len(balanced):
        body = balanced
    kept: list[str] = []
    removed: list[Removed] = []
    for para in body.split("\n"):
        para = para.strip()
        if not para:
            continue
        # trafilatura keeps some in-body furniture (credits, "Read more" lines, share prompts);
        # the same patterns as for plain text remove the short ones.
        reason = pattern_reason(para)
        if reason and len(_WORD.findall(para)) <= PATTERN_MAX_WORDS:
            removed.append(Removed(para, reason))
        else:
            kept.append(para)
    return CleanHtml("\n\n".join(kept), meta.get("title") or None, meta.get("author") or None,
                     meta.get("sitename") or None, meta.get("date") or None, tuple(removed))


def _cap(text: str) -> tuple[str, tuple[Removed, ...]]:
    """Cut text longer than MAX_ARTICLE_CHARS at a paragraph break, noting the cut."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return text, ()
    cut = text.rfind("\n\n", 0, MAX_ARTICLE_CHARS)
    cut = cut if cut > MAX_ARTICLE_CHARS // 2 else MAX_ARTICLE_CHARS
    tail = text[cut:].strip()
    note = f"{tail[:TRUNCATED_SAMPLE_CHARS]}… [{len(tail)} characters cut: article longer than " \
           f"{MAX_ARTICLE_CHARS} characters]"
    return text[:cut].rstrip(), (Removed(note, "truncated"),)


def clean(raw: RawDocument) -> Article:
    """Turn a raw document into a clean article."""
    if len(raw.content) > MAX_INPUT_BYTES:
        raise InputError(raw.origin, f"too large ({len(raw.content)} bytes or characters; the "
                                     f"limit is {MAX_INPUT_BYTES})")
    if isinstance(raw.content, bytes):
        content = decode(raw.content, raw.kind, raw.origin)
    else:
        content = raw.content
    title, source, published, author = raw.title, raw.source, raw.published, None
    if raw.kind == "html":
        found = clean_html(content, raw.origin, raw.url)
        text, removed = found.text, found.removed
        title = title or found.title
        source = source or found.sitename
        published = published or found.date
        author = found.author
    else:
        cleaned = clean_text(content)
        text, removed = cleaned.text, cleaned.removed
    if not text.strip():
        raise InputError(raw.origin, "no article text found")
    text, cut = _cap(text)
    return Article(
        id=article_id(raw, text), text=text, url=raw.url, source=source, title=title,
        published=published, author=author, removed=removed + cut,
    )
