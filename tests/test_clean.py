from __future__ import annotations

from pathlib import Path

import pytest

from newsledger import clean as cl
from newsledger.errors import InputError
from newsledger.record import RawDocument

CLEAN = Path(__file__).parent / "fixtures" / "clean"
BODY = [
    "Talks between Eastland and the Republic of Valdoria collapsed on Wednesday",
    "The Eastland foreign minister, Petra Holm, told reporters in Geneva",
    "Valdoria rejected the proposal.",
    "The next round of talks is scheduled for 21 March.",
]
NOT_BODY = [
    "donate today", "Related stories", "Valdoria recalls ambassador", "We use cookies",
    "All rights reserved", "Privacy Policy", "Share on Facebook",
]


def html_doc(name: str, **kw: str) -> RawDocument:
    return RawDocument(origin=name, content=(CLEAN / name).read_bytes(), kind="html", **kw)


def test_html_body_without_navigation_or_footer() -> None:
    article = cl.clean(html_doc("border_talks.html"))
    for piece in BODY:
        assert piece in article.text
    for piece in NOT_BODY:
        assert piece not in article.text
    paragraphs = article.text.split("\n\n")
    assert "Valdoria rejected the proposal." in paragraphs
    assert len(paragraphs) >= 7


def test_html_metadata_fills_what_the_container_did_not_give() -> None:
    article = cl.clean(html_doc("border_talks.html"))
    assert article.title == "Border talks collapse over Varna crossing"
    assert article.source == "Northbridge Daily Courier"
    assert article.published == "2024-03-14"
    assert article.author == "Marta Kessler"


def test_container_metadata_wins() -> None:
    article = cl.clean(html_doc("border_talks.html", title="T", source="S", published="2024-03-15"))
    assert (article.title, article.source, article.published) == ("T", "S", "2024-03-15")


def test_declared_charset_is_used() -> None:
    article = cl.clean(html_doc("border_talks_cp1252.html"))
    assert "Holm said – “nothing at all”." in article.text
    assert "Montérel" in article.text


def test_undeclared_legacy_encoding_is_detected() -> None:
    text = ("Le ministre a déclaré mercredi que les négociations étaient terminées. "
            "Les délégués ont quitté Genève sans accord, a-t-il précisé. ") * 3
    assert cl.decode(text.encode("cp1252"), "text") == text


def test_utf8_bom_and_plain_utf8() -> None:
    assert cl.decode("Köln".encode("utf-8-sig"), "text") == "Köln"
    assert cl.decode("Zürich".encode(), "html") == "Zürich"


def test_binary_content_is_refused() -> None:
    raw = RawDocument(origin="photo.jpg", content=b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50,
                      kind="html")
    with pytest.raises(InputError, match="photo.jpg: binary"):
        cl.clean(raw)


def test_empty_and_textless_documents_are_refused() -> None:
    with pytest.raises(InputError, match="no article text"):
        cl.clean(RawDocument(origin="e.txt", content="  \n", kind="text"))
    with pytest.raises(InputError, match="no article text"):
        cl.clean(RawDocument(origin="e.html", content="<html><body></body></html>", kind="html"))


def test_plain_text_goes_through_the_boilerplate_classifier() -> None:
    text = (CLEAN / "wire_story.marked.txt").read_text(encoding="utf-8")
    lines = [line.split("| ", 1)[1] if "| " in line else line for line in text.splitlines()]
    article = cl.clean(RawDocument(origin="w.txt", content="\n".join(lines), kind="text"))
    assert "Valdoria rejected the proposal." in article.text.split("\n\n")
    reasons = {r.reason for r in article.removed}
    assert {"appeal", "photo-credit", "read-more", "cookie"} <= reasons


def test_long_text_is_capped_and_the_cut_noted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cl, "MAX_ARTICLE_CHARS", 1000)
    para = "The convoy reached the town after a long night on the road, officials said. " * 3
    text, cut = cl._cap("\n\n".join([para.strip()] * 20))
    assert len(text) <= 1000 and text.endswith("said.")
    assert cut[0].reason == "truncated" and "characters cut" in cut[0].text


def test_cap_is_below_the_parser_limit() -> None:
    from newsledger.parse import MAX_PARSE_CHARS

    assert cl.MAX_ARTICLE_CHARS < MAX_PARSE_CHARS


def test_oversized_input_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cl, "MAX_INPUT_BYTES", 100)
    with pytest.raises(InputError, match="too large"):
        cl.clean(RawDocument(origin="big.txt", content=b"x" * 101, kind="text"))


def test_article_id_is_stable() -> None:
    raw = RawDocument(origin="a", content="x", kind="text", url="https://example.org/a")
    assert cl.article_id(raw, "one") == cl.article_id(raw, "two")
    assert cl.article_id(RawDocument(origin="a", content="x", kind="text", id="n1"), "t") == "n1"


def test_scrapinghub_page_cleans_to_its_body(shared_data: Path) -> None:
    from newsledger.evaluate import boilerplate as ev

    page = ev.load_pages(shared_data, "scrapinghub_aeb", limit=1)[0]
    found = cl.clean_html(page.html, page.id, page.url)
    assert ev.shingle_scores([ev.shingle_counts(page.gold, found.text)])["f1"] > 0.8
