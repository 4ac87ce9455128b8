"""WARC and WARC.gz for ingest: the HTML ``response`` records of a crawl (e.g. Common Crawl news).

``warc_documents(stream, origin, max_bytes)`` yields a :class:`RawDocument` per HTML response
(url from ``WARC-Target-URI``, published from the date part of ``WARC-Date``), a
:class:`Skipped` per record that is not one (request, metadata, non-HTML or non-2xx response;
counted by the caller, never an error), and an :class:`InputError` for an oversized record or a
broken archive (reading stops there: a WARC cannot be resynchronised safely).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsledger.decoding import UndecodableError, charset_from_content_type, decode_bytes
from newsledger.errors import InputError
from newsledger.record import RawDocument

#: Media types read as HTML pages; everything else in a crawl (images, scripts, PDFs) is skipped.
HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Skipped:
    """A container entry that is not a document (not an error): where, and why it was skipped."""

    origin: str
    reason: str


def _skip_reason(record: Any) -> str | None:
    """Return why a record is not an HTML response with a 2xx status, or None when it is one."""
    if record.rec_type != "response":
        return f"warc-{record.rec_type}"
    http = record.http_headers
    if http is None:
        return "warc-response-without-http-headers"
    status = str(http.get_statuscode() or "")
    if not status.startswith("2"):
        return "warc-non-2xx"
    media = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media and media not in HTML_MEDIA_TYPES:
        return "warc-non-html"
    return None


def warc_documents(
    stream: IO[bytes], origin: str, max_bytes: int
) -> Iterator[RawDocument | InputError | Skipped]:
    """Yield the HTML pages of a WARC (gzip or not) as raw documents, and what was skipped."""
    records = ArchiveIterator(stream)
    seen = 0
    try:
        for record in records:
            seen += 1
            # get_record_offset() reads the record to its end, so the body is read before it
            reason = _skip_reason(record)
            body = b"" if reason else record.content_stream().read(max_bytes + 1)
            where = f"{origin}@{records.get_record_offset()}"
            if reason:
                yield Skipped(where, reason)
                continue
            if len(body) > max_bytes:
                yield InputError(where, f"WARC record larger than the {max_bytes:,}-byte limit; "
                                        "skipped")
                continue
            missing = getattr(record.raw_stream, "limit", 0)  # bytes the record said it had
            if missing:
                yield InputError(where, f"WARC record cut off ({missing:,} bytes missing): "
                                        "the archive is truncated; record skipped")
                continue
            content_type = record.http_headers.get_header("Content-Type")
            try:
                text = decode_bytes(body, charset_from_content_type(content_type)).text
            except UndecodableError as exc:
                yield InputError(where, str(exc))
                continue
            if not text.strip():
                yield InputError(where, "empty HTML response")
                continue
            date = record.rec_headers.get_header("WARC-Date") or ""
            yield RawDocument(
                origin=where, content=text, kind="html",
                url=record.rec_headers.get_header("WARC-Target-URI"),
                published=date[:10] or None,
            )
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield InputError(origin, f"broken or truncated WARC after {seen} records ({detail})")
