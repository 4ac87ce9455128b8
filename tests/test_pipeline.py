from newsledger import extract
from newsledger.pipeline import looks_like_html, published_date


def test_extract_text_gives_record_with_offsets_into_article_text() -> None:
    text = "Foreign Minister Anna Berg met the envoy in Vienna on Monday."
    record = extract(text, published="2024-03-01")
    assert record.article.text == text
    for actor in record.actors:
        for m in actor.mentions:
            assert record.article.text[m.start:m.end] == m.text


def test_html_sniffing() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert not looks_like_html("The minister said the talks would go on.")


def test_published_date_parses_dates_and_datetimes() -> None:
    assert str(published_date("2024-03-01T10:00:00Z")) == "2024-03-01"
    assert published_date("not a date") is None
    assert published_date(None) is None
