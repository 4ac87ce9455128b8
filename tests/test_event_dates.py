"""The event-date evaluation (T36): the TimeML gold reader and the scoring helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.evaluate import event_dates as ed
from newsledger.evaluate.events import acled_rows
from newsledger.evaluate.timeml_days import EventDateDoc, TextMap, read_event_days, tbaq_paths
from newsledger.pipeline import extract, extract_in_full
from newsledger.record import When

INVENTED = Path(__file__).parent / "fixtures" / "event_dates" / "invented.tml"


@pytest.fixture(scope="module")
def invented() -> EventDateDoc:
    """The invented TimeML story, read once."""
    doc = read_event_days(INVENTED)
    assert doc is not None
    return doc


def test_reader_keeps_only_events_tied_to_a_day_in_the_text(invented: EventDateDoc) -> None:
    days = {g.text: g.day for g in invented.events}
    # rose: IS_INCLUDED in "Monday"; returned: the time side INCLUDES it ("2021-03-09TEV" -> day)
    assert days == {"rose": "2021-03-08", "returned": "2021-03-09"}


def test_reader_leaves_out_dct_month_time_and_other_relations(invented: EventDateDoc) -> None:
    texts = {g.text for g in invented.events}
    assert "said" not in texts  # linked to the creation time only
    assert "inspected" not in texts  # linked to a month
    assert "arrived" not in texts  # linked to a TIMEX3 of type TIME, not DATE
    assert "spoke" not in texts  # BEFORE gives no day


def test_reader_drops_an_event_linked_to_two_days(invented: EventDateDoc) -> None:
    assert "met" not in {g.text for g in invented.events}
    assert invented.conflicting == 1


def test_reader_spans_index_the_unescaped_text(invented: EventDateDoc) -> None:
    assert "&amp;" not in invented.text and " & the mayor" in invented.text
    for gold in invented.events:
        assert invented.text[gold.start:gold.end] == gold.text
    assert str(invented.dct) == "2021-03-10"


def test_contains_month_year_and_week() -> None:
    assert ed.contains("2021-03", "2021-03-08")
    assert ed.contains("2021", "2021-03-08")
    assert ed.contains("2021-W10", "2021-03-08")  # ISO week 10 runs 8-14 March 2021
    assert not ed.contains("2021-W09", "2021-03-08")
    assert not ed.contains("2021-04", "2021-03-08")
    assert not ed.contains("2021-03-08", "2021-03-08")  # a day is scored as right, not contains


def test_tally_outcomes_and_publication_fallback() -> None:
    tally = ed._DayTally()
    dct = "2021-03-10"
    assert tally.add(When("Monday", "2021-03-08", 0, 6), "2021-03-08", dct) == "right"
    assert tally.add(When("at noon", "2021-03-08T12:00", 0, 6), "2021-03-08", dct) == "right"
    assert tally.add(When("March", "2021-03", 0, 5), "2021-03-08", dct) == "contains"
    assert tally.add(When("today", dct, 0, 5), "2021-03-08", dct) == "wrong"
    assert tally.add(None, "2021-03-08", dct) == "null"
    assert tally.add(When("today", dct, 0, 5), dct, dct) == "right"  # the DCT when it is gold
    figures = tally.metrics()
    assert figures["date_acc"] == pytest.approx(3 / 6)
    assert figures["pub_fallback"] == pytest.approx(1 / 6)
    assert figures["null"] == pytest.approx(1 / 6)


def test_acled_publication_date_is_after_the_event() -> None:
    assert ed.acled_published("2022-04-30") == "2022-05-20"


def test_day_of_ignores_coarser_values() -> None:
    assert ed.day_of(When("May", "2022-05", 0, 3)) is None
    assert ed.day_of(When("at 9", "2022-05-01T09:00", 0, 4)) == "2022-05-01"
    assert ed.day_of(None) is None


def test_acled_rows_split_by_csv_index(shared_data: Path) -> None:
    rows, total = acled_rows(shared_data)
    assert (len(rows), total) == (746, 763)  # the notes whose ACLED type maps to PLOVER, of all
    assert {i % 2 for i, _, _ in rows} == {0, 1}
    assert all(r["event_date"][:4] == "2022" for _, r, _ in rows)


def test_tbaq_gold_on_the_corpus(shared_data: Path) -> None:
    paths = tbaq_paths(shared_data)
    assert len(paths) == 256
    doc = read_event_days(paths[0])
    assert doc is not None
    for gold in doc.events:
        assert doc.text[gold.start:gold.end] == gold.text and len(gold.day) == 10


def test_text_map_carries_offsets_past_removed_lines() -> None:
    original = "\n\nWASHINGTON _\n\nTroops left the city on Monday.\n\nTalks resumed."
    cleaned = "Troops left the city on Monday.\n\nTalks resumed."
    where = TextMap.between(original, cleaned)
    start = original.index("left")
    assert where.to_cleaned(start, start + 4) == (7, 11)
    start = original.index("resumed")
    mapped = where.to_cleaned(start, start + 7)
    assert mapped is not None and cleaned[mapped[0]:mapped[1]] == "resumed"
    start = original.index("WASHINGTON")
    assert where.to_cleaned(start, start + 10) is None  # cleaning dropped the dateline


def test_extract_in_full_gives_the_record_extract_gives(invented: EventDateDoc) -> None:
    published = invented.dct.isoformat()
    done = extract_in_full(invented.text, published=published)
    assert done.record == extract(invented.text, published=published)
    assert done.doc.text == done.record.article.text


def test_acled_note_is_the_record_extract_gives_as_published_after_the_event() -> None:
    # an invented note: the one extraction every ACLED row of `eval events` reads
    text = ("On 28 April 2022, Russian forces shelled the village of Novoselivka. "
            "Two civilians were killed.")
    note = ed.acled_note(6, {"event_date": "2022-04-28", "notes": text}, "ASSAULT")
    assert (note.index, note.type, note.published) == (6, "ASSAULT", "2022-05-18")
    assert note.record == extract(text, published="2022-05-18")
    assert note.doc.text == note.record.article.text
    assert {c.event.type for c in note.coded} == {e.type for e in note.record.events}


def test_analyse_tbaq_scores_record_events_and_every_gold_event(
        invented: EventDateDoc) -> None:
    scored, every = ed.analyse_tbaq(invented, 0)
    assert [d.gold.text for d in every] == ["rose", "returned"]
    rose = every[0]
    assert rose.date is not None and rose.date.value == "2021-03-08"  # "on Monday"
    assert rose.first is not None and rose.first.text == "Monday"
    assert all(s.gold in invented.events for s in scored)
