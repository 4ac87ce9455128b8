from __future__ import annotations

from collections.abc import Iterator

import pytest
from storedata import sample_records

from newsledger import query
from newsledger.query import Filters
from newsledger.store import Store


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    s = Store.open(":memory:")
    for record in sample_records():
        s.write(record)
    yield s
    s.close()


def ids(rows: list[dict], key: str) -> list[tuple[str, str]]:
    return [(r["article_id"], r[key]) for r in rows]


# -- quotes ---------------------------------------------------------------------------------------

def test_quotes_by_short_name_find_the_speaker_in_every_article(store: Store) -> None:
    rows = query.quotes(store, Filters(name="Macron"))
    assert ids(rows, "statement_id") == [("paris-1", "S1"), ("paris-1", "S2")]
    assert {r["speaker"] for r in rows} == {"Emmanuel Macron"}
    erdogan = query.quotes(store, Filters(name="erdogan"))
    assert ids(erdogan, "statement_id") == [("london-1", "S1")]
    assert erdogan[0]["speaker"] == "Recep Tayyip Erdogan"


def test_speaker_match_is_whole_words_and_every_word(store: Store) -> None:
    assert query.quotes(store, Filters(name="Macro")) == []
    assert query.quotes(store, Filters(name="Emmanuel Erdogan")) == []
    assert len(query.quotes(store, Filters(name="EMMANUEL macron"))) == 2
    assert query.quotes(store, Filters(name="%")) == []  # wildcards are not patterns
    # an unresolved speaker is still found by the text naming it
    assert ids(query.quotes(store, Filters(name="spokesman")), "statement_id") == [
        ("anon-1", "S1")]


def test_speaker_search_ignores_names_inside_appositions() -> None:
    import dataclasses

    from storedata import mention, paris_record

    record = paris_record()
    text = record.article.text
    lawyer = dataclasses.replace(record.actors[1], name="Anna Berg", mentions=(
        mention(text, "Turkey must stop"),))  # any span; its text is what is searched
    lawyer = dataclasses.replace(lawyer, mentions=(dataclasses.replace(
        lawyer.mentions[0], text="Anna Berg, an adviser to Emmanuel Macron"),))
    statement = dataclasses.replace(record.statements[0], speaker="A2", speaker_text=None)
    with Store.open(":memory:") as s:
        s.write(dataclasses.replace(record, actors=(record.actors[0], lawyer, record.actors[2]),
                                    statements=(statement,), events=()))
        assert query.quotes(s, Filters(name="Macron")) == []
        assert len(query.quotes(s, Filters(name="Berg"))) == 1


def test_quotes_date_is_own_value_else_published_day(store: Store) -> None:
    rows = {(r["article_id"], r["statement_id"]): r for r in query.quotes(store)}
    assert (rows["paris-1", "S1"]["when"], rows["paris-1", "S1"]["when_source"]) == (
        "2019-10-09", "statement")
    assert (rows["paris-1", "S2"]["when"], rows["paris-1", "S2"]["when_source"]) == (
        "2019-10-10", "published")
    assert (rows["anon-1", "S1"]["when"], rows["anon-1", "S1"]["when_source"]) == (None, None)
    # undated and unpublished statements come last
    assert list(rows)[-1] == ("anon-1", "S1")


def test_quotes_since_until_use_the_same_date(store: Store) -> None:
    assert ids(query.quotes(store, Filters(since="2019-10-10", until="2019-11-30")),
               "statement_id") == [("paris-1", "S2"), ("london-1", "S1")]
    assert ids(query.quotes(store, Filters(until="2019-10-09")), "statement_id") == [
        ("paris-1", "S1")]
    assert ids(query.quotes(store, Filters(since="2019-12")), "statement_id") == [
        ("late-1", "S1")]


def test_quotes_country_kind_and_text(store: Store) -> None:
    assert ids(query.quotes(store, Filters(country="tur")), "statement_id") == [
        ("london-1", "S1")]
    assert ids(query.quotes(store, Filters(type="direct")), "statement_id") == [
        ("paris-1", "S2")]
    assert ids(query.quotes(store, Filters(text="CEASEFIRE talks")), "statement_id") == [
        ("anon-1", "S1")]
    assert query.quotes(store, Filters(text='madness" OR "x')) == []  # no FTS injection
    assert len(query.quotes(store, Filters(limit=2))) == 2


def test_bad_dates_raise_value_error_naming_the_option(store: Store) -> None:
    with pytest.raises(ValueError, match="--since"):
        query.quotes(store, Filters(since="last week"))


# -- events ---------------------------------------------------------------------------------------

def test_events_filters_type_status_country(store: Store) -> None:
    assert ids(query.events(store, Filters(type="mobilize", country="TUR",
                                           status="asserted")), "event_id") == [("late-1", "E1")]
    # country matches the location too: the shelling by Turkish troops happened in Syria
    assert ids(query.events(store, Filters(country="SYR")), "event_id") == [("paris-1", "E1")]
    assert ids(query.events(store, Filters(country="GBR")), "event_id") == [("london-1", "E1")]
    denied = query.events(store, Filters(status="denied"))
    assert ids(denied, "event_id") == [("london-1", "E2")]
    assert denied[0]["attributed_to"] == "Recep Tayyip Erdogan"


def test_events_actor_matches_actor_or_recipient(store: Store) -> None:
    assert ids(query.events(store, Filters(name="Erdogan")), "event_id") == [
        ("london-1", "E1"), ("london-1", "E3")]
    assert ids(query.events(store, Filters(name="Turkey")), "event_id") == [
        ("late-1", "E1"), ("paris-1", "E2")]


def test_events_dates_never_fall_back_to_publication(store: Store) -> None:
    rows = query.events(store, Filters(since="2019-11-01"))
    assert ids(rows, "event_id") == [("london-1", "E1"), ("london-1", "E3")]
    # a month-valued date matches any day of it
    assert ids(query.events(store, Filters(since="2019-12-15", until="2019-12-16")),
               "event_id") == [("london-1", "E3")]
    assert [r["when"] for r in query.events(store)][-1] is None  # undated last


# -- timeline -------------------------------------------------------------------------------------

def test_timeline_orders_by_when_things_happened(store: Store) -> None:
    rows = query.timeline(store)
    assert [(r["article_id"], r["id"]) for r in rows] == [
        ("late-1", "E1"),  # published last, happened first
        ("paris-1", "E1"),
        ("paris-1", "E2"), ("paris-1", "S1"),  # same day: text order (the cue precedes the quote)
        ("london-1", "E1"),
        ("london-1", "E3"),
    ]
    assert all(r["when"] for r in rows)


def test_timeline_undated_flag_appends_undated_items(store: Store) -> None:
    rows = query.timeline(store, Filters(include_undated=True))
    dated = [r for r in rows if r["when"]]
    assert rows[:len(dated)] == dated and len(dated) == 6
    undated = {(r["article_id"], r["id"]) for r in rows[len(dated):]}
    # a statement without its own date is undated here even if its article was published
    assert undated == {("paris-1", "S2"), ("london-1", "S1"), ("london-1", "E2"),
                       ("late-1", "S1"), ("anon-1", "S1")}


def test_timeline_filters(store: Store) -> None:
    nov = query.timeline(store, Filters(since="2019-11-01", until="2019-11-30"))
    assert [(r["article_id"], r["id"]) for r in nov] == [("london-1", "E1")]
    only_quotes = query.timeline(store, Filters(type="indirect"))
    assert [(r["item"], r["id"]) for r in only_quotes] == [("statement", "S1")]
    planned = query.timeline(store, Filters(status="planned"))
    assert [(r["article_id"], r["id"]) for r in planned] == [("london-1", "E3")]
    macron = query.timeline(store, Filters(name="Macron"))
    assert [(r["article_id"], r["id"]) for r in macron] == [
        ("paris-1", "E2"), ("paris-1", "S1"), ("london-1", "E1"), ("london-1", "E3")]


# -- actors ---------------------------------------------------------------------------------------

def test_actors_merge_across_articles_with_counts(store: Store) -> None:
    rows = {r["name"]: r for r in query.actors(store)}
    macron = rows["Emmanuel Macron"]
    assert (macron["articles"], macron["mentions"], macron["statements"], macron["events"]) == (
        2, 3, 2, 3)
    # the most frequent non-null facets win: one article gave no sector
    assert (macron["country"], macron["sector"], macron["role"]) == ("FRA", "GOV", "president")
    turkey = rows["Turkey"]
    assert (turkey["articles"], turkey["events"]) == (2, 2)


def test_actors_count_articles_once_even_with_duplicate_registrations() -> None:
    import dataclasses

    from storedata import paris_record

    record = paris_record()
    twin = dataclasses.replace(record.actors[0], id="A9", mentions=())
    with Store.open(":memory:") as s:
        s.write(dataclasses.replace(record, actors=(*record.actors, twin)))
        macron = [r for r in query.actors(s) if r["name"] == "Emmanuel Macron"]
    assert macron[0]["articles"] == 1 and macron[0]["mentions"] == 2


def test_actors_filters(store: Store) -> None:
    assert [r["name"] for r in query.actors(store, Filters(country="FRA"))] == [
        "Emmanuel Macron"]
    people = query.actors(store, Filters(type="person"))
    assert {r["name"] for r in people} == {"Emmanuel Macron", "Recep Tayyip Erdogan"}
    assert [r["name"] for r in query.actors(store, Filters(name="tayyip"))] == [
        "Recep Tayyip Erdogan"]
    assert len(query.actors(store, Filters(limit=1))) == 1
