"""The record contract on real articles: schema-valid, and every span indexes article.text.

Runs the whole pipeline on a fixed sample of real news from ../shared/data/news (skipped when
absent), so a stage that miscounts offsets or breaks the schema on real prose fails here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import newsledger
from newsledger.record import Record

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "docs" / "record.schema.json").read_text(encoding="utf-8")
)

#: Articles per news file: enough prose to exercise every stage, few enough to stay fast.
ARTICLES_PER_FILE = 4
NEWS_FILES = ("conll2003_reuters.jsonl", "reuters21578.jsonl", "bbc_politics.jsonl")


def sample_articles(data: Path) -> Iterator[dict[str, Any]]:
    """Yield a fixed sample of real articles (the first few of each news file)."""
    for name in NEWS_FILES:
        with open(data / "news" / name, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= ARTICLES_PER_FILE:
                    break
                yield json.loads(line)


@pytest.fixture(scope="module")
def records(shared_data: Path) -> list[Record]:
    """Extract the sample once for every test of this module."""
    return [
        newsledger.extract(a["text"], published=a.get("published"), title=a.get("title"))
        for a in sample_articles(shared_data)
    ]


def spans(record: Record) -> Iterator[tuple[str, int, int, str | None]]:
    """Yield (what, start, end, expected text or None) for every span in a record."""
    for actor in record.actors:
        for m in actor.mentions:
            yield f"mention of {actor.id}", m.start, m.end, m.text
    for w in record.dates:
        yield "date", w.start, w.end, w.text
    for s in record.statements:
        yield f"{s.id} content", s.start, s.end, None
        if s.speaker_start is not None and s.speaker_end is not None:
            yield f"{s.id} speaker", s.speaker_start, s.speaker_end, s.speaker_text
        if s.cue_start is not None and s.cue_end is not None:
            yield f"{s.id} cue", s.cue_start, s.cue_end, None
        if s.date is not None:
            yield f"{s.id} date", s.date.start, s.date.end, s.date.text
    for e in record.events:
        yield f"{e.id} trigger", e.start, e.end, None
        if e.location is not None:
            yield f"{e.id} location", e.location.start, e.location.end, None
        if e.date is not None:
            yield f"{e.id} date", e.date.start, e.date.end, e.date.text


def test_records_validate_against_the_published_schema(records: list[Record]) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for record in records:
        data = json.loads(json.dumps(record.to_dict()))
        errors = [e.message for e in validator.iter_errors(data)]
        assert not errors, f"{record.id}: {errors[:3]}"


def test_every_span_indexes_the_article_text(records: list[Record]) -> None:
    for record in records:
        text = record.article.text
        for what, start, end, expected in spans(record):
            assert 0 <= start <= end <= len(text), f"{record.id} {what}: {start}-{end} out of range"
            if expected is not None:
                assert text[start:end] == expected, f"{record.id} {what}"


def test_references_point_at_existing_actors_and_statements(records: list[Record]) -> None:
    for record in records:
        actor_ids = {a.id for a in record.actors}
        statement_ids = {s.id for s in record.statements}
        for s in record.statements:
            assert s.speaker is None or s.speaker in actor_ids
            assert set(s.about) <= actor_ids
        for e in record.events:
            for ref in (e.actor, e.recipient, e.attributed_to):
                assert ref is None or ref in actor_ids, f"{record.id} {e.id} -> {ref}"
            assert e.statement is None or e.statement in statement_ids


def test_the_sample_exercises_every_stage(records: list[Record]) -> None:
    assert sum(len(r.actors) for r in records) > 0
    assert sum(len(r.statements) for r in records) > 0
    assert sum(len(r.events) for r in records) > 0
    assert sum(len(r.dates) for r in records) > 0
