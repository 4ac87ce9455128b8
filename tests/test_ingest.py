"""Ingest: every input form and every bad input, on fixtures written for these tests."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.errors import InputError
from newsledger.ingest import (
    MAX_DOCUMENT_BYTES,
    IngestOptions,
    IngestStats,
    html_has_text,
    iter_documents,
    sniff_format,
)
from newsledger.record import RawDocument

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def run(*inputs: str | Path, options: IngestOptions | None = None,
        stats: IngestStats | None = None) -> list[RawDocument | InputError]:
    return list(iter_documents([str(i) for i in inputs], options or IngestOptions(), stats=stats))


def docs(results: list[RawDocument | InputError]) -> list[RawDocument]:
    return [r for r in results if isinstance(r, RawDocument)]


def errors(results: list[RawDocument | InputError]) -> list[InputError]:
    return [r for r in results if isinstance(r, InputError)]


def only_doc(results: list[RawDocument | InputError]) -> RawDocument:
    assert not errors(results), errors(results)
    assert len(results) == 1
    result = results[0]
    assert isinstance(result, RawDocument)
    return result


def only_error(results: list[RawDocument | InputError]) -> InputError:
    assert len(results) == 1, results
    result = results[0]
    assert isinstance(result, InputError), result
    assert "\n" not in str(result)  # one line, for the batch report
    return result


# --- plain files ------------------------------------------------------------------------------

def test_txt_file_gives_a_text_document() -> None:
    doc = only_doc(run(INPUTS / "article.txt"))
    assert doc.kind == "text"
    assert isinstance(doc.content, str)
    assert doc.content.startswith("Talks on the river dispute")
    assert doc.origin == str(INPUTS / "article.txt")
    assert doc.id is None and doc.url is None


def test_html_file_gives_an_html_document_as_str() -> None:
    doc = only_doc(run(INPUTS / "page.html"))
    assert doc.kind == "html"
    assert isinstance(doc.content, str)
    assert "Koral dam" in doc.content


def test_htm_extension_is_html(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes((INPUTS / "page.html").read_bytes())
    assert only_doc(run(path)).kind == "html"


def test_non_utf8_text_is_detected_and_decoded() -> None:
    doc = only_doc(run(INPUTS / "latin1.txt"))
    assert "Négociations à Genève" in doc.content
    assert "« l'accord" in doc.content
    assert "\ufffd" not in doc.content


def test_html_declaring_its_charset_in_meta_is_decoded_with_it(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1251"></head><body>'
            "<p>Министр заявил, что переговоры продолжатся.</p></body></html>")
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    assert "Министр заявил" in only_doc(run(path)).content


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("The envoy arrived on Monday.".encode("utf-16"))
    assert only_doc(run(path)).content == "The envoy arrived on Monday."


def test_truncated_html_with_text_still_gives_a_document() -> None:
    doc = only_doc(run(INPUTS / "truncated.html"))
    assert doc.kind == "html"
    assert "ceasefire along the Veda river held" in doc.content


def test_truncated_html_without_text_is_an_error() -> None:
    error = only_error(run(INPUTS / "truncated_head.html"))
    assert error.origin == str(INPUTS / "truncated_head.html")
    assert "no visible text" in error.problem


def test_html_has_text_ignores_scripts_styles_and_tags() -> None:
    assert not html_has_text("<html><head><style>p{}</style><script>var a=1;</script></head>")
    assert not html_has_text("<p>&nbsp;</p><div><img src='x.png'></div>")
    assert html_has_text("<p>Words</p>")
    assert html_has_text("<body><p>Cut off mid-sen")
    assert not html_has_text("<title>Only a title</title><body><script>var t = '")


def test_html_has_text_is_not_fooled_by_angle_brackets_in_scripts() -> None:
    # "<" in a script once made a tokenizer swallow </script> and miss the body
    page = ("<html><head><script>if (a < b && c > d) { x = '<div>'; }</script></head>"
            "<body><p>The talks resumed.</p></body></html>")
    assert html_has_text(page)


# --- bad files ------------------------------------------------------------------------------

def test_missing_path_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    error = only_error(run(missing))
    assert error.origin == str(missing)
    assert error.problem == "no such file or directory"
    assert str(error) == f"{missing}: no such file or directory"


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert only_error(run(path)).problem == "empty file"


def test_whitespace_only_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_bytes(b"  \n\n\t ")
    assert "empty" in only_error(run(path)).problem


def test_binary_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    error = only_error(run(path))
    assert "binary" in error.problem


def test_binary_without_nul_bytes_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 200)
    assert "not text" in only_error(run(path)).problem


def test_huge_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:  # sparse: no 21 MB written to disk
        handle.truncate(MAX_DOCUMENT_BYTES + 1024 * 1024)
    error = only_error(run(path))
    assert "21.0 MB" in error.problem and "20.0 MB limit" in error.problem


def test_cap_applies_to_files_of_unknown_extension_too(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("word " * 400)
    error = only_error(run(path, options=IngestOptions(max_bytes=1000)))
    assert "limit" in error.problem


def test_unknown_extension_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("The envoy arrived in Koral on Monday.")
    assert only_doc(run(path)).kind == "text"
    page = tmp_path / "saved.page"
    page.write_bytes((INPUTS / "page.html").read_bytes())
    assert only_doc(run(page)).kind == "html"


def test_gzip_compressed_documents_and_dumps(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress((INPUTS / "page.html").read_bytes()))
    assert only_doc(run(page)).kind == "html"
    dump = tmp_path / "dump.jsonl.gz"
    dump.write_bytes(gzip.compress((INPUTS / "docs.jsonl").read_bytes()))
    assert [d.id for d in docs(run(dump))] == ["courier-101", "102", "courier-105"]


def test_broken_gzip_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<p>The talks resumed.</p>" * 50)[:30])
    assert "cannot read file" in only_error(run(path)).problem


def test_gzip_bomb_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 50_000))
    assert "limit" in only_error(run(path, options=IngestOptions(max_bytes=10_000))).problem


# --- JSONL ------------------------------------------------------------------------------------

def test_jsonl_keeps_ids_and_metadata_and_reports_bad_lines() -> None:
    path = INPUTS / "docs.jsonl"
    results = run(path)
    good = docs(results)
    assert [d.id for d in good] == ["courier-101", "102", "courier-105"]
    assert [d.origin for d in good] == [f"{path}:1", f"{path}:2", f"{path}:7"]
    first, second, _ = good
    assert first.kind == "text" and first.published == "2026-03-02"
    assert first.url == "https://courier.example/101"
    assert first.source == "The Valley Courier" and first.title == "Arland closes crossings"
    assert second.kind == "html" and second.published == "2026-03-03T09:15:00+01:00"
    bad = {e.origin: e.problem for e in errors(results)}
    assert set(bad) == {f"{path}:4", f"{path}:5", f"{path}:6"}
    assert "not valid JSON" in bad[f"{path}:4"]
    assert "not an object" in bad[f"{path}:5"]
    assert "'text' or 'html'" in bad[f"{path}:6"]


def test_jsonl_metadata_aliases_and_rfc822_dates(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text('{"text": "Words.", "publisher": "courier", "link": "https://c.example/1", '
                    '"date": "Tue, 03 Mar 2026 09:00:00 +0100"}\n'
                    '{"text": "More.", "published": "2026-03-04", "date": "ignored"}\n')
    first, second = docs(run(path))
    assert (first.source, first.url) == ("courier", "https://c.example/1")
    assert first.published == "2026-03-03T09:00:00+01:00"
    assert second.published == "2026-03-04"


def test_jsonl_with_only_blank_lines_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n\n  \n")
    assert "empty" in only_error(run(path)).problem


def test_jsonl_line_over_the_cap_is_an_error_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "x" * 5000 + '"}\n{"text": "A short one."}\n'
                    '{"text": "' + "y" * 5000 + '"}')  # the last line has no newline
    results = run(path, options=IngestOptions(max_bytes=1000))
    assert [e.origin for e in errors(results)] == [f"{path}:1", f"{path}:3"]
    assert "line is 5,013 bytes, over the 1,000 bytes limit" in errors(results)[0].problem
    assert [d.content for d in docs(results)] == ["A short one."]


# --- feeds ------------------------------------------------------------------------------------

def test_rss_items_become_documents_with_item_metadata() -> None:
    path = INPUTS / "feed.rss"
    results = run(path)
    first, second = docs(results)
    assert first.kind == "html"
    assert "calm night along the Veda" in first.content  # full content beats the summary
    assert first.url == "https://courier.example/world/calm-night"
    assert first.title == "Mission reports calm night on the Veda"
    assert first.source == "Valley Courier – World"
    assert first.published == "2026-03-05T21:40:00-03:00"  # the local date is kept
    assert first.origin == f"{path}#1"
    assert "new envoy" in second.content and second.published == "2026-03-06T08:00:00+00:00"
    (error,) = errors(results)
    assert error.origin == f"{path}#3" and "no content or summary" in error.problem


def test_feed_item_fragments_become_pages_that_cleaning_reads() -> None:
    from newsledger.clean import clean

    second = docs(run(INPUTS / "feed.rss"))[1]
    assert isinstance(second.content, str)
    assert second.content.startswith("<!DOCTYPE html><html><body><article><p>Besovia named")
    assert "new envoy to the dam talks" in clean(second).text


def test_atom_entry_becomes_a_document() -> None:
    doc = only_doc(run(INPUTS / "feed.atom"))
    assert doc.source == "Koral Monitor"
    assert doc.url == "https://monitor.example/koral-inspection"
    assert doc.published == "2026-03-07T09:30:00+02:00"
    assert "inspected the Koral dam" in doc.content


def test_json_feed_items_become_documents() -> None:
    results = run(INPUTS / "feed.json")
    html_item, text_item = docs(results)
    assert html_item.kind == "html" and "draft dam agreement" in html_item.content
    assert html_item.source == "Besovia Today"
    assert html_item.published == "2026-03-09T18:00:00+03:00"
    assert text_item.kind == "text" and text_item.published == "2026-03-10T07:45:00+00:00"
    assert len(errors(results)) == 1


def test_feed_declaring_the_wrong_encoding_gives_readable_items() -> None:
    doc = only_doc(run(INPUTS / "wrong_encoding.rss"))
    assert doc.title == "Observadores relatam noite calma após o cessar-fogo"
    assert doc.source == "Notícias do Vale"
    assert "missão de observação informou que não houve" in doc.content
    assert "\ufffd" not in doc.content


def test_xml_that_is_not_a_feed_is_an_error() -> None:
    error = only_error(run(INPUTS / "not_a_feed.xml"))
    assert "not an RSS/Atom/RDF feed" in error.problem


def test_json_that_is_not_a_feed_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text('{"a": 1}')
    assert "JSON Feed" in only_error(run(path)).problem


def test_real_feeds(shared_data: Path) -> None:
    feeds = shared_data / "news" / "feeds"
    nyt = docs(run(feeds / "chrome-extension-mock_nytimes.xml"))
    assert len(nyt) > 50
    assert all(d.source == "NYT > World News" and d.url and d.url.startswith("https://")
               for d in nyt)
    assert nyt[0].published == "2020-01-01T03:39:18+00:00"
    atom = docs(run(feeds / "rss-parser_heise.atom"))
    assert len(atom) == 15 and atom[0].published == "2016-02-01T17:22:00+01:00"
    jsonfeed = docs(run(feeds / "trafilatura_feed.json"))
    assert len(jsonfeed) == 25 and jsonfeed[0].kind == "html"


def test_real_feed_with_wrong_declared_encoding_is_readable(shared_data: Path) -> None:
    results = run(shared_data / "news" / "feeds" / "rss-parser_uolNoticias.rss")
    first = docs(results)[0]
    assert first.title is not None and "simulações de 2º turno" in first.title
    assert first.source == "UOL Noticias"
    assert not any("\ufffd" in d.content or "\u0113" in d.content for d in docs(results))


# --- WARC -------------------------------------------------------------------------------------

def _warc(gz: bool) -> bytes:
    """Build a small WARC: two HTML responses among records that must be skipped."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)

    def response(url: str, status: str, ctype: str, body: bytes, date: str) -> None:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": date})
        writer.write_record(record)

    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    writer.write_record(writer.create_warc_record(  # a crawler's DNS lookup: no HTTP at all
        "dns:courier.example", "response", payload=io.BytesIO(b"courier.example. 300 IN A 1.2.3.4"),
        warc_content_type="text/dns"))
    request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "courier.example")],
                               is_http_request=True)
    writer.write_record(writer.create_warc_record(
        "https://courier.example/a", "request", http_headers=request))
    response("https://courier.example/a", "200 OK", "text/html; charset=utf-8",
             b"<html><body><p>The dam talks resumed on Monday.</p></body></html>",
             "2026-03-02T10:11:12Z")
    response("https://courier.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x00\x00",
             "2026-03-02T10:11:13Z")
    response("https://courier.example/gone", "404 Not Found", "text/html", b"<p>Not here</p>",
             "2026-03-02T10:11:14Z")
    response("https://courier.example/b", "200 OK", "text/html; charset=windows-1252",
             "<html><body><p>Le ministre a déclaré « non ».</p></body></html>".encode("cp1252"),
             "2026-03-03T23:59:59Z")
    return out.getvalue()


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_become_documents_and_others_are_counted(
    tmp_path: Path, gz: bool
) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(_warc(gz))
    stats = IngestStats()
    results = run(path, stats=stats)
    first, second = docs(results)
    assert not errors(results)
    assert first.kind == "html" and "dam talks resumed" in first.content
    assert first.url == "https://courier.example/a" and first.published == "2026-03-02"
    assert first.origin.startswith(f"{path}@")
    assert "« non »" in second.content and second.published == "2026-03-03"
    assert stats.skipped == {"warc-warcinfo": 1, "warc-request": 1, "warc-non-html": 1,
                             "warc-non-2xx": 1, "warc-response-without-http-headers": 1}
    assert stats.documents == 2 and stats.errors == 0


def test_truncated_warc_gz_gives_the_records_before_the_cut_and_an_error(tmp_path: Path) -> None:
    data = _warc(True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 40])
    results = run(path)
    assert len(docs(results)) == 1
    (error,) = errors(results)
    assert error.origin.startswith(f"{path}@") and "truncated" in error.problem


def test_gzip_file_that_is_not_a_warc_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "other.warc.gz"
    path.write_bytes(gzip.compress(b"just some text, not a WARC\n" * 10))
    assert "WARC" in only_error(run(path)).problem


# --- directories, stdin, several inputs -------------------------------------------------------

def test_directory_is_walked_recursively_sorted_skipping_hidden_and_bad_files(
    tmp_path: Path
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("Alpha reported the talks.")
    (tmp_path / "b" / "c.html").write_text("<html><body><p>Gamma page.</p></body></html>")
    (tmp_path / "b" / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b" / "d.txt").write_text("Delta came after the bad file.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git" / "x.txt").write_text("hidden folder")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "sitemap.xml").write_bytes((INPUTS / "not_a_feed.xml").read_bytes())
    stats = IngestStats()
    results = run(tmp_path, stats=stats)
    assert [Path(r.origin).name for r in results] == ["a.txt", "bad.txt", "c.html", "d.txt"]
    assert [type(r).__name__ for r in results] == [
        "RawDocument", "InputError", "RawDocument", "RawDocument"]
    assert stats.skipped == {"unknown-extension": 1, "not-a-feed": 1}
    assert (stats.documents, stats.errors) == (3, 1)


def test_a_reader_crash_on_one_file_does_not_end_the_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsledger.ingest as ingest

    def crash(data: bytes, origin: str) -> None:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(ingest, "feed_documents", crash)
    (tmp_path / "a.rss").write_bytes((INPUTS / "feed.rss").read_bytes())
    (tmp_path / "b.txt").write_text("The talks went on.")
    results = run(tmp_path)
    assert str(results[0]) == f"{tmp_path / 'a.rss'}: cannot read: RuntimeError: parser bug"
    assert isinstance(results[1], RawDocument)


def test_json_feed_with_odd_field_types(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    path.write_text('{"version": "https://jsonfeed.org/version/1", "title": 7, "items": ['
                    '{"title": 12, "url": 5, "content_text": "Words.", "date_published": 3}, 4]}')
    results = run(path)
    doc = docs(results)[0]
    assert (doc.title, doc.url, doc.source, doc.published) == ("12", "5", "7", None)
    assert "not an object" in errors(results)[0].problem


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(("data", "kind"), [
    (b"The minister spoke in Koral on Monday.\n", "text"),
    (b"<!doctype html><html><body><p>The minister spoke.</p></body></html>", "html"),
])
def test_stdin_is_sniffed_as_html_or_text(
    monkeypatch: pytest.MonkeyPatch, data: bytes, kind: str
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    doc = only_doc(run("-"))
    assert doc.kind == kind and doc.origin == "-"


def test_stdin_jsonl_feed_and_warc_are_recognised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin((INPUTS / "docs.jsonl").read_bytes()))
    assert [d.id for d in docs(run("-"))] == ["courier-101", "102", "courier-105"]
    monkeypatch.setattr(sys, "stdin", _Stdin((INPUTS / "feed.atom").read_bytes()))
    assert only_doc(run("-")).source == "Koral Monitor"
    monkeypatch.setattr(sys, "stdin", _Stdin(_warc(True)))
    assert len(docs(run("-"))) == 2


def test_empty_stdin_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    assert only_error(run("-")).origin == "-"


def test_sniff_format() -> None:
    assert sniff_format(b"WARC/1.1\r\n") == "warc"
    assert sniff_format(b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert sniff_format(b'{"text": "x"}\n{"text": "y"}') == "jsonl"
    assert sniff_format(b"<html><body>x</body></html>") == "html"
    assert sniff_format(b"Plain words.") == "text"


def test_batch_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    results = run(tmp_path / "missing.txt", INPUTS / "article.txt", INPUTS / "truncated_head.html",
                  INPUTS / "page.html", "ftp://example.org/file.txt")
    assert [type(r).__name__ for r in results] == [
        "InputError", "RawDocument", "InputError", "RawDocument", "InputError"]
    assert "unsupported URL scheme" in str(results[-1])


# --- metadata precedence ----------------------------------------------------------------------

def test_command_line_overrides_win_over_container_metadata() -> None:
    options = IngestOptions(published="2026-01-01", source="Override Source")
    results = run(INPUTS / "docs.jsonl", INPUTS / "feed.rss", options=options)
    good = docs(results)
    assert good and all(d.published == "2026-01-01" for d in good)
    assert all(d.source == "Override Source" for d in good)
    # fields not overridden keep the container's value
    assert good[0].url == "https://courier.example/101"
    assert good[0].title == "Arland closes crossings"


def test_stats_count_documents_and_errors() -> None:
    stats = IngestStats()
    results = run(INPUTS / "docs.jsonl", stats=stats)
    assert (stats.documents, stats.errors) == (len(docs(results)), len(errors(results))) == (3, 3)
