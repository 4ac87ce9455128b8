"""Ingest: every input form a user has -> RawDocument.

Stage contract::

    iter_documents(inputs, options) -> Iterator[RawDocument | InputError]

An input is a path (.txt, .html/.htm, .jsonl, a feed, .warc/.warc.gz, a directory, recursively;
any of these but WARC may also be gzip-compressed, e.g. ``dump.jsonl.gz``, ``page.html.gz``),
``-`` for stdin, or an http(s) URL (a page or a feed). Bad documents are *yielded* as
:class:`InputError` so a batch reports them and goes on; entries of a container that are not
documents (a WARC's request records, a directory's unknown files) are skipped without an error
and counted in :class:`IngestStats`.

Every document leaves ingest as ``str`` (HTML included): ingest decodes, because only it knows
the charset a container declared (see :mod:`newsledger.decoding`). Metadata precedence: the
command-line overrides in :class:`IngestOptions` > the JSONL fields / feed item / WARC headers
> page metadata (read later by cleaning). Feeds are :mod:`newsledger.feeds`, WARC files
:mod:`newsledger.warc`, the network :mod:`newsledger.fetch`.
"""

from __future__ import annotations

import dataclasses
import gzip
import html
import io
import json
import os
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from newsledger.decoding import UndecodableError, charset_from_content_type, decode_bytes
from newsledger.errors import FetchError, InputError
from newsledger.feeds import as_page, feed_documents, looks_like_feed, parse_feed_date
from newsledger.fetch import FetchOptions, fetch
from newsledger.record import DocumentKind, RawDocument
from newsledger.warc import Skipped, warc_documents

#: Largest single document read (a file, a JSONL line, a WARC record, stdin text): the longest
#: news articles are a few hundred KB of HTML; 20 MB leaves room for bloated pages and stops a
#: mistaken multi-GB dump from filling memory. Collections belong in JSONL or WARC, read by line.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

#: Bytes of stdin or of a file with an unknown extension looked at to guess what it is.
SNIFF_BYTES = 65536
#: Characters looked at for HTML markup: a page's <html>/<body> or first <p> comes early.
_HTML_SNIFF_CHARS = 2048

TEXT_EXTENSIONS: dict[str, DocumentKind] = {
    ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
}
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
FEED_EXTENSIONS = (".rss", ".atom", ".xml", ".json")
WARC_EXTENSIONS = (".warc", ".warc.gz")
#: Media types of http(s) replies read as feeds; other replies are feeds when their content is
#: one (servers often send feeds as text/xml, application/xml or even text/html).
FEED_MEDIA_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
                    "application/feed+json")

#: Other names JSONL dumps commonly use for the metadata fields (the first present one is used
#: when the field itself is absent): PolNeAR's "publisher", scrapers' "link" and "date".
JSONL_ALIASES: dict[str, tuple[str, ...]] = {
    "source": ("publisher", "outlet", "site_name"),
    "published": ("date", "published_at", "pubdate"),
    "url": ("link",),
}

Format = Literal["text", "html", "jsonl", "feed", "warc"]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_HINTS = ("<html", "<!doctype html", "<head", "<body", "<p>", "<p ", "<div", "<article")
#: A tag (possibly cut off at the end) and the text that follows it, up to the next tag.
_TAG_AND_TEXT = re.compile(r"<(/?)([A-Za-z][\w:-]*)?[^>]*(?:>|$)([^<]*)")
#: Elements whose content is not visible article text.
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "title"})
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class IngestStats:
    """Counts of one ingest run: documents yielded, errors yielded, entries skipped by reason."""

    documents: int = 0
    errors: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class IngestOptions:
    """How inputs are read: metadata overrides from the command line, and reading limits."""

    published: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    allow_private: bool = False
    max_bytes: int = MAX_DOCUMENT_BYTES
    fetch: FetchOptions = FetchOptions()

    def fetch_options(self) -> FetchOptions:
        """Return the fetching limits with this run's ``allow_private`` and size cap."""
        return dataclasses.replace(self.fetch, allow_private=self.allow_private,
                                   max_bytes=self.max_bytes)


Result = RawDocument | InputError | Skipped


def looks_like_html(text: str) -> bool:
    """Guess whether text is an HTML page or fragment rather than plain text."""
    head = text[:_HTML_SNIFF_CHARS].lower()
    return any(hint in head for hint in _HTML_HINTS)


def html_has_text(markup: str) -> bool:
    """Tell whether HTML (possibly truncated) has any visible text once tags are removed."""
    first = markup.find("<")
    if any(ch.isalnum() for ch in (markup if first < 0 else markup[:first])):
        return True
    position = max(first, 0)
    while (match := _TAG_AND_TEXT.search(markup, position)) is not None:
        closing, name, text = match.group(1), (match.group(2) or "").lower(), match.group(3)
        if not closing and name in _INVISIBLE:
            # jump to the closing tag: scripts hold "<" and ">" that are not tags
            end = re.compile(rf"</{name}\s*>", re.I).search(markup, match.start(3))
            if end is None:
                return False  # cut off inside it: nothing visible follows
            position = end.start()
            continue
        if "&" in text:
            text = html.unescape(text)
        if any(ch.isalnum() for ch in text):
            return True
        position = match.end()
    return False


def _size(n: int) -> str:
    """Format a byte count for messages (MB with one decimal, or bytes below a megabyte)."""
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _too_large(size: int, limit: int, what: str = "file") -> str:
    """Say that an input is over the size cap, and what to do about it."""
    return (f"{what} is {_size(size)}, over the {_size(limit)} limit for one document; "
            "split it, or put many documents in a JSONL or WARC file")


def _text_document(data: bytes, origin: str, kind: DocumentKind, declared: str | None = None,
                   url: str | None = None) -> RawDocument | InputError:
    """Decode one text or HTML document; an InputError when it is binary, empty or has no text."""
    try:
        text = decode_bytes(data, declared).text
    except UndecodableError as exc:
        return InputError(origin, str(exc))
    if not text.strip():
        return InputError(origin, "empty: no text at all")
    if kind == "html" and not html_has_text(text):
        return InputError(origin, "HTML has no visible text (empty or cut off before the body)")
    return RawDocument(origin=origin, content=text, kind=kind, url=url)


def _jsonl_record(line: bytes, origin: str) -> RawDocument | InputError | None:
    """Read one JSONL line ``{id, text|html, published, url, source, title}``; None when blank.

    ``html`` is used when a line has both (it carries more for cleaning), and an HTML fragment
    is wrapped as a page (:func:`newsledger.feeds.as_page`); a ``published`` in RFC 822 form is
    rewritten as ISO 8601, other forms are kept as given.
    """
    if not line.strip():
        return None
    try:
        obj = json.loads(decode_bytes(line).text)
    except (UndecodableError, json.JSONDecodeError) as exc:
        return InputError(origin, f"line is not valid JSON ({exc})")
    if not isinstance(obj, dict):
        return InputError(origin, f"line is a JSON {type(obj).__name__}, not an object")
    kind: DocumentKind = "html"
    value = obj.get("html")
    if not (isinstance(value, str) and value.strip()):
        kind, value = "text", obj.get("text")
    if not (isinstance(value, str) and value.strip()):
        return InputError(origin, "line has no non-empty 'text' or 'html' string")

    def meta(name: str) -> str | None:
        """Return a metadata field (or its first present alias) as a string, or None."""
        for key in (name, *JSONL_ALIASES.get(name, ())):
            found: Any = obj.get(key)
            if found is not None and found != "":
                return str(found)
        return None

    published = meta("published")
    return RawDocument(origin=origin, content=as_page(value) if kind == "html" else value,
                       kind=kind, id=meta("id"),
                       published=parse_feed_date(published) or published, url=meta("url"),
                       source=meta("source"), title=meta("title"))


def _capped_lines(stream: IO[bytes] | io.BufferedIOBase, limit: int) -> Iterator[bytes | int]:
    """Yield each line of a stream, or the size of a line over ``limit`` (never held in memory)."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):  # skip the rest of the long line
            line = stream.readline(limit + 1)
            size += len(line)
        yield size


def _jsonl_documents(
    stream: IO[bytes] | io.BufferedIOBase, origin: str, max_bytes: int
) -> Iterator[Result]:
    """Yield a document or an error per non-blank line of a JSONL stream (origin ``path:LINE``)."""
    found = False
    for number, line in enumerate(_capped_lines(stream, max_bytes), start=1):
        where = f"{origin}:{number}"
        if isinstance(line, int) or len(line.rstrip(b"\r\n")) > max_bytes:
            size = line if isinstance(line, int) else len(line)
            yield InputError(where, _too_large(size, max_bytes, "line"))
            found = True
            continue
        result = _jsonl_record(line, where)
        if result is not None:
            found = True
            yield result
    if not found:
        yield InputError(origin, "empty: no JSON lines at all")


def sniff_format(head: bytes) -> Format:
    """Guess what a stream is from its first bytes: WARC, feed, JSON Lines, HTML or plain text."""
    if head.startswith(b"WARC/") or head.startswith(_GZIP_MAGIC):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if first.startswith(b"{"):
        try:
            obj = json.loads(first)
        except (json.JSONDecodeError, UnicodeDecodeError):
            obj = None
        if isinstance(obj, dict) and ("text" in obj or "html" in obj):
            return "jsonl"
    try:
        sample = decode_bytes(head[:4096]).text
    except UndecodableError:
        return "text"  # decoding the whole document will name the problem
    return "html" if looks_like_html(sample) else "text"


class _Prefixed(io.RawIOBase):
    """A readable stream of some already-read bytes followed by the rest of another stream."""

    def __init__(self, head: bytes, rest: IO[bytes] | io.BufferedIOBase):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        """Say the stream can be read."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill the buffer from the head first, then from the rest of the stream."""
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _stream_documents(
    stream: IO[bytes] | io.BufferedIOBase, origin: str, fmt: Format | None,
    options: IngestOptions,
) -> Iterator[Result]:
    """Read an open stream as the given format (sniffed when None), capped per document."""
    head = stream.read(SNIFF_BYTES)
    fmt = fmt or sniff_format(head)
    whole = io.BufferedReader(_Prefixed(head, stream))
    if fmt == "warc":
        yield from warc_documents(whole, origin, options.max_bytes)
        return
    if fmt == "jsonl":
        yield from _jsonl_documents(whole, origin, options.max_bytes)
        return
    data = whole.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield InputError(origin, f"input is over the {_size(options.max_bytes)} limit for one "
                                 "document; split it, or use JSONL or WARC for many documents")
    elif not data.strip():
        yield InputError(origin, "empty: no text at all")
    elif fmt == "feed":
        yield from feed_documents(data, origin)
    else:
        yield _text_document(data, origin, "html" if fmt == "html" else "text")


def _inner_name(path: Path) -> str:
    """Return the file name without a ``.gz`` ending (a gzip-compressed document or dump)."""
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") and not name.endswith(".warc.gz") else name


def _file_format(path: Path) -> Format | None:
    """Name the format a file's extension says (a feed is confirmed by content); None if unknown."""
    name = _inner_name(path)
    if name.endswith(WARC_EXTENSIONS):
        return "warc"
    if name.endswith(JSONL_EXTENSIONS):
        return "jsonl"
    if name.endswith(FEED_EXTENSIONS):
        return "feed"
    return TEXT_EXTENSIONS.get(Path(name).suffix)


def _feed_file(data: bytes, origin: str, suffix: str, named: bool) -> Iterator[Result]:
    """Read a .rss/.atom/.xml/.json file: a feed when its content is one, else say what it is.

    Found in a directory (not ``named`` by the user), other XML or JSON (a sitemap, a config) is
    skipped, not an error: folders of pages often hold such files.
    """
    if looks_like_feed(data):
        yield from feed_documents(data, origin)
    elif suffix in (".xml", ".xhtml") and looks_like_html(data[:4096].decode("utf-8", "replace")):
        yield _text_document(data, origin, "html")
    elif not named:
        yield Skipped(origin, "not-a-feed")
    else:
        yield InputError(origin, f"not an RSS/Atom/RDF feed or a JSON Feed ({suffix} file); "
                                 "rename it if it is something else")


def _file_documents(path: Path, options: IngestOptions, named: bool = True) -> Iterator[Result]:
    """Read one file by its extension (sniffing its content when the extension is unknown)."""
    origin = str(path)
    fmt = _file_format(path)
    gzipped = _inner_name(path) != path.name.lower()
    try:
        size = path.stat().st_size
        if size == 0:
            yield InputError(origin, "empty file")
            return
        if size > options.max_bytes and fmt in ("text", "html", "feed") and not gzipped:
            yield InputError(origin, _too_large(size, options.max_bytes))
            return
        with gzip.open(path, "rb") if gzipped else path.open("rb") as stream:
            if fmt in ("warc", "jsonl", None):
                yield from _stream_documents(stream, origin, fmt, options)
                return
            data = stream.read(options.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        problem = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield InputError(origin, f"cannot read file ({problem})")
        return
    if len(data) > options.max_bytes:
        yield InputError(origin, f"decompressed file is over the {_size(options.max_bytes)} limit "
                                 "for one document; split it, or use JSONL or WARC")
    elif not data.strip():
        yield InputError(origin, "empty: only white space")
    elif fmt == "feed":
        yield from _feed_file(data, origin, Path(_inner_name(path)).suffix, named)
    else:
        yield _text_document(data, origin, "html" if fmt == "html" else "text")


def _directory_documents(root: Path, options: IngestOptions) -> Iterator[Result]:
    """Walk a directory recursively in sorted order, skipping hidden entries and unknown files."""
    unreadable: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):  # sorted below
        while unreadable:
            failure = unreadable.pop(0)
            yield InputError(str(failure.filename or folder),
                             f"cannot read directory ({failure.strerror or failure})")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(folder) / name
            if name.startswith("."):
                continue
            if _file_format(path) is None:
                yield Skipped(str(path), "unknown-extension")
                continue
            try:
                yield from _file_documents(path, options, named=False)
            except Exception as exc:  # a reader bug on one file must not end the walk
                yield InputError(str(path), f"cannot read: {type(exc).__name__}: {exc}")
    for failure in unreadable:  # a failure on the last folder is reported after the walk
        yield InputError(str(failure.filename or root),
                         f"cannot read directory ({failure.strerror or failure})")


def _url_documents(url: str, options: IngestOptions) -> Iterator[Result]:
    """Fetch an http(s) URL and read it as a feed or a page (by Content-Type, then content)."""
    try:
        fetched = fetch(url, options.fetch_options())
    except FetchError as exc:
        yield exc
        return
    media = (fetched.content_type or "").split(";")[0].strip().lower()
    if not fetched.body.strip():
        yield InputError(url, "empty reply")
    elif media in FEED_MEDIA_TYPES or looks_like_feed(fetched.body):
        yield from feed_documents(fetched.body, url)
    else:
        kind: DocumentKind = "text" if media == "text/plain" else "html"
        yield _text_document(fetched.body, url, kind, charset_from_content_type(
            fetched.content_type), url=fetched.url)


def _input_documents(item: str, options: IngestOptions) -> Iterator[Result]:
    """Yield everything one command-line input holds."""
    if item == "-":
        if sys.stdin is None:
            yield InputError("-", "no standard input to read")
        else:
            yield from _stream_documents(sys.stdin.buffer, "-", None, options)
        return
    if _URL.match(item):
        if not item.lower().startswith(("http://", "https://")):
            yield InputError(item, "unsupported URL scheme; use http(s) URLs or local paths")
            return
        yield from _url_documents(item, options)
        return
    path = Path(item)
    if path.is_dir():
        yield from _directory_documents(path, options)
    elif path.is_file():
        yield from _file_documents(path, options)
    elif path.exists():
        yield InputError(item, "not a regular file or directory")
    else:
        yield InputError(item, "no such file or directory")


def _with_overrides(doc: RawDocument, options: IngestOptions) -> RawDocument:
    """Apply the command-line metadata overrides, which win over anything the input said."""
    changes = {name: getattr(options, name) for name in ("published", "url", "source", "title")
               if getattr(options, name) is not None}
    return dataclasses.replace(doc, **changes) if changes else doc


def iter_documents(
    inputs: Sequence[str], options: IngestOptions = IngestOptions(), *,
    stats: IngestStats | None = None,
) -> Iterator[RawDocument | InputError]:
    """Yield a RawDocument per document found in the inputs, or an InputError per bad one."""
    stats = stats if stats is not None else IngestStats()
    for item in inputs:
        for result in _input_documents(item, options):
            if isinstance(result, Skipped):
                stats.skipped[result.reason] += 1
            elif isinstance(result, InputError):
                stats.errors += 1
                yield result
            else:
                stats.documents += 1
                yield _with_overrides(result, options)
