from newsledger import extract
from newsledger.ingest import looks_like_html
from newsledger.pipeline import day_first, published_date


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


def test_numeric_dates_follow_the_outlets_convention() -> None:
    assert day_first("https://www.bbc.co.uk/news/world-1") is True
    assert day_first("https://www.nytimes.com/2022/05/06/world.html") is False
    assert day_first(None) is False
    text = "The talks were held on 05/06/2022 in the capital."
    uk = extract(text, published="2022-06-20", url="https://news.example.co.uk/a")
    us = extract(text, published="2022-06-20", url="https://news.example.com/a")
    assert [w.value for w in uk.dates] == ["2022-06-05"]
    assert [w.value for w in us.dates] == ["2022-05-06"]


def test_the_publication_year_reaches_event_status() -> None:
    """A year before the publication year dates an event noun as past; with no date, no rule."""
    text = "Officials fear a repeat of the 2014 annexation of Crimea."
    statuses = {pub: [e.status for e in extract(text, published=pub).events
                      if e.type == "ASSAULT"] for pub in (None, "2016-05-01", "2013-05-01")}
    assert statuses == {None: ["hypothetical"], "2016-05-01": ["asserted"],
                        "2013-05-01": ["hypothetical"]}
