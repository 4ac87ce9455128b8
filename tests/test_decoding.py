"""Decoding bytes to text: BOMs, UTF-8, declarations, language defaults, detection."""

from __future__ import annotations

import pytest

from newsledger.decoding import (
    UndecodableError,
    charset_from_content_type,
    declared_charset,
    decode_bytes,
    language_charset,
    looks_binary,
)

ENGLISH = ("“We will not sign,” the minister said – and the talks, planned for 2 m² of "
           "paperwork… ended. Café owners in Zürich agreed.")


def test_utf8_wins_over_a_wrong_latin1_declaration() -> None:
    page = '<meta charset="iso-8859-1"><p>Zürich – “talks”</p>'
    assert decode_bytes(page.encode("utf-8")).text == page


def test_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Москва</p>'
    decoded = decode_bytes(page.encode("cp1251"))
    assert decoded.text == page and decoded.encoding == "cp1251"


def test_http_charset_is_used() -> None:
    assert decode_bytes("Ελλάδα".encode("iso-8859-7"), "iso-8859-7").text == "Ελλάδα"


def test_latin1_label_means_windows_1252_as_in_browsers() -> None:
    text = "<meta charset=latin1><p>“quoted” – dash</p>"
    assert decode_bytes(text.encode("cp1252")).text == text


def test_language_names_the_legacy_default() -> None:
    page = '<html lang="cs"><p>Ministr zahraničí řekl, že jednání budou pokračovat.</p></html>'
    assert decode_bytes(page.encode("cp1250")).text == page
    assert language_charset(b"<rss><channel><language>ru-RU</language>") == "windows-1251"
    assert language_charset(b'<feed xml:lang="zh-TW">') == "big5"
    assert language_charset(b'<html lang="en-GB">') == "windows-1252"
    assert language_charset(b"<p>no language</p>") is None


def test_undeclared_windows_1252_is_read_exactly() -> None:
    assert decode_bytes(ENGLISH.encode("cp1252")).text == ENGLISH


def test_byte_order_marks() -> None:
    assert decode_bytes("\ufeffHello".encode()).text == "Hello"
    assert decode_bytes("Grüße".encode("utf-16")).text == "Grüße"
    assert decode_bytes("Grüße".encode("utf-32")).text == "Grüße"


def test_binary_is_refused() -> None:
    assert looks_binary(b"GIF89a\x00\x01")
    assert not looks_binary("text".encode("utf-16"))
    with pytest.raises(UndecodableError, match="binary"):
        decode_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")


@pytest.mark.parametrize(("value", "charset"), [
    ("text/html; charset=UTF-8", "utf-8"), ('text/html; charset="Shift_JIS"', "shift_jis"),
    ("text/html", None), (None, None),
])
def test_charset_from_content_type(value: str | None, charset: str | None) -> None:
    assert charset_from_content_type(value) == charset


def test_declared_charset_reads_xml_and_meta() -> None:
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss>') == "iso-8859-1"
    assert declared_charset(b"<head><meta charset='koi8-r'>") == "koi8-r"
    assert declared_charset(b"<p>none</p>") is None
