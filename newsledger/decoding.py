"""Bytes to text for ingest: byte-order marks, declared charsets, UTF-8, then detection.

Ingest decodes every document to ``str`` before it leaves the stage (HTML included), because
only ingest knows the charset a container declared (an HTTP ``Content-Type``, a WARC record's
HTTP headers, a feed's XML declaration); cleaning then works on text and never guesses.

Order of trust, and why:

1. a byte-order mark (unambiguous);
2. strict UTF-8 (non-ASCII bytes that happen to form valid UTF-8 are almost never another
   encoding, while pages that *declare* Latin-1 but are really UTF-8 are common);
3. the declared charset (HTTP header, ``<meta charset>``, XML declaration), when it decodes;
4. the legacy charset of the language the document names (``<html lang>``, RSS ``<language>``,
   Atom ``xml:lang``), from the WHATWG locale table in ``data/legacy_encodings.tsv``;
5. charset-normalizer's best guess (windows-1252 when it reads as well: see below);

and when none of these gives text, the document is reported as undecodable.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from charset_normalizer import from_bytes

#: How much of a document is looked at to decide whether it is binary: NUL bytes in ordinary
#: text never occur, and 8 KiB is what ``file``/git use for the same test.
BINARY_SNIFF_BYTES = 8192

#: Share of control characters (other than tab, newline, carriage return, form feed) above which
#: decoded "text" is really binary data that happened to decode.
MAX_CONTROL_SHARE = 0.05

#: Non-ASCII punctuation and signs that sit next to letters in ordinary windows-1252 text
#: (quotes, dashes, ellipsis, trade marks, currency, the soft hyphen), so they are no sign of a
#: wrong decoding. Letters and digits (², ½) never count either.
_GLUED_OK = frozenset("’‘“”«»‹›–—…·°€£¥©®™§¶¡¿•†‡‰\u00ad")

#: WHATWG Encoding Standard: these labels mean windows-1252 on the web (browsers decode them so).
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "ansi_x3.4-1968": "cp1252",
    "windows-1252": "cp1252",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)
_LANGUAGE = re.compile(
    rb"""(?:<html[^>]*?\slang|xml:lang)\s*=\s*["']?([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2,4}))?"""
    rb"""|<language>\s*([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2,4}))?""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class UndecodableError(ValueError):
    """The bytes are binary data or no encoding turns them into text."""


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, and the encoding that was used (for messages and tests)."""

    text: str
    encoding: str


def bom_encoding(data: bytes) -> str | None:
    """Return the encoding a byte-order mark announces, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(data: bytes) -> bool:
    """Tell whether bytes are binary data rather than text (NUL bytes without a UTF-16/32 BOM)."""
    if bom_encoding(data) in ("utf-16", "utf-32"):
        return False
    return b"\x00" in data[:BINARY_SNIFF_BYTES]


def declared_charset(data: bytes) -> str | None:
    """Return the charset declared inside the document (``<meta charset>`` or XML declaration)."""
    head = data[:BINARY_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


@cache
def _legacy_table() -> dict[str, str]:
    """Load data/legacy_encodings.tsv: language (or language-region) -> legacy encoding."""
    text = resources.files("newsledger").joinpath("data/legacy_encodings.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {language.strip().lower(): encoding.strip() for language, encoding in rows}


def language_charset(data: bytes) -> str | None:
    """Return the legacy charset of the language a document names (``<html lang>`` and the like)."""
    match = _LANGUAGE.search(data[:BINARY_SNIFF_BYTES])
    if not match:
        return None
    language = (match.group(1) or match.group(3)).decode("ascii").lower()
    region = (match.group(2) or match.group(4) or b"").decode("ascii").lower()
    table = _legacy_table()
    return table.get(f"{language}-{region}") or table.get(language) or "windows-1252"


def charset_from_content_type(content_type: str | None) -> str | None:
    """Return the ``charset=`` parameter of a Content-Type header value, or None."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
    return match.group(1).lower() if match else None


def _codec(label: str | None) -> str | None:
    """Map a charset label to a Python codec name, or None when Python does not know it."""
    if not label:
        return None
    name = _WHATWG_ALIASES.get(label.lower(), label.lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _try(data: bytes, codec: str | None) -> str | None:
    """Decode strictly with a codec; None when the codec is unknown or the bytes do not fit."""
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_texty(text: str) -> bool:
    """Tell whether decoded text is mostly printable (not binary that happened to decode)."""
    if not text:
        return True
    sample = text[:BINARY_SNIFF_BYTES]
    return len(_CONTROL.findall(sample)) <= MAX_CONTROL_SHARE * len(sample)


def _misfits(text: str) -> int:
    """Count non-ASCII symbols glued to a letter ("Ÿ" in "£ódŸ"): the mark of a wrong charset."""
    count = 0
    for i, ch in enumerate(text):
        if ch.isascii() or ch.isalnum() or ch.isspace() or ch in _GLUED_OK:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        count += before.isalpha() or after.isalpha()
    return count


def _prefer_western(western: str, best: str) -> bool:
    """Tell whether the windows-1252 reading is at least as plausible as the detector's pick.

    Undeclared legacy text is windows-1252 far more often than anything else on the web (the
    WHATWG fallback for most locales), and charset-normalizer often mistakes it for a neighbour
    (cp1250, cp1257) on mostly-English or short texts. Where the readings differ, windows-1252
    is kept unless it glues more stray symbols to letters than the detector's reading.
    """
    if western == best:
        return True
    return _misfits(western) <= _misfits(best)


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a document to text; ``declared`` is a charset its container named (HTTP header)."""
    bom = bom_encoding(data)
    if bom:
        text = _try(data, bom)
        if text is not None:
            return Decoded(text, bom)
    if looks_binary(data):
        raise UndecodableError("binary data (NUL bytes), not text")
    text = _try(data, "utf-8")
    if text is not None and _is_texty(text):
        return Decoded(text, "utf-8")
    for label in (declared, declared_charset(data), language_charset(data)):
        codec = _codec(label)
        text = _try(data, codec)
        if codec and text is not None and _is_texty(text):
            return Decoded(text, codec)
    best = from_bytes(data).best()
    western = _try(data, "cp1252")
    if western is not None and _is_texty(western) and (
        best is None or _prefer_western(western, str(best))
    ):
        return Decoded(western, "cp1252")
    if best is not None:
        text = str(best)
        if _is_texty(text):
            return Decoded(text, best.encoding)
    raise UndecodableError("not text in any encoding that could be detected")
