from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from storedata import sample_records

import newsledger
from newsledger import record as rec

SCHEMA_PATH = Path(__file__).parents[1] / "docs" / "record.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

#: Articles written for this test, in the forms extraction has to handle (quotes, dates, places).
TEXTS = [
    ('Foreign Minister Anna Berg met the Serbian envoy in Vienna on Monday. "We will not accept '
     'new checkpoints," Berg told reporters, adding that talks would resume next week.',
     "2024-03-01"),
    ("Turkish troops shelled positions near Tal Abyad on Oct. 9, the Syrian Observatory for "
     "Human Rights said. President Recep Tayyip Erdogan denied that civilians had been hit.",
     "2019-10-12"),
    ("The ministry said in a statement that it would send 200 observers to the border. "
     "A spokesman for the European Union called for restraint.", None),
]


def as_json(record: rec.Record) -> Any:
    """Return the record exactly as `newsledger extract` prints it (tuples become arrays)."""
    return json.loads(json.dumps(record.to_dict(), ensure_ascii=False))


def test_schema_is_valid_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(("text", "published"), TEXTS)
def test_real_extract_output_validates(text: str, published: str | None) -> None:
    record = newsledger.extract(text, published=published, source="Test Desk")
    errors = sorted(VALIDATOR.iter_errors(as_json(record)), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def test_extract_of_html_validates() -> None:
    html = ("<html><head><title>Talks</title></head><body><nav>Home | World</nav><article>"
            "<h1>Talks resume</h1><p>Negotiators from both countries met in Geneva on Tuesday, "
            "the United Nations said, and agreed to meet again in April.</p><p>The talks had been "
            "suspended since January after an exchange of fire at the border.</p></article>"
            "</body></html>")
    record = newsledger.extract(html, published="2024-02-20", url="https://example.org/talks")
    assert not list(VALIDATOR.iter_errors(as_json(record)))


@pytest.mark.parametrize("record", sample_records(), ids=lambda r: r.id)
def test_fully_populated_records_validate(record: rec.Record) -> None:
    """Every optional part filled in: statements, events, places, dates, removed pieces."""
    assert not list(VALIDATOR.iter_errors(as_json(record)))


def _defs_for(cls: type) -> dict[str, Any]:
    return SCHEMA if cls is rec.Record else SCHEMA["$defs"][cls.__name__]


@pytest.mark.parametrize("cls", [rec.Record, rec.Article, rec.Removed, rec.Actor, rec.Mention,
                                 rec.Statement, rec.Event, rec.When, rec.Place])
def test_schema_lists_exactly_the_dataclass_fields(cls: type) -> None:
    """A field added to or dropped from record.py must be added to or dropped from the schema."""
    node = _defs_for(cls)
    fields = {f.name for f in dataclasses.fields(cls)}
    assert set(node["properties"]) == fields
    assert set(node["required"]) == fields
    assert node["additionalProperties"] is False


def test_enums_match_the_contract() -> None:
    defs = SCHEMA["$defs"]
    assert tuple(defs["Event"]["properties"]["type"]["enum"]) == rec.PLOVER_TYPES
    assert tuple(defs["Event"]["properties"]["status"]["enum"]) == rec.STATUSES
    assert set(defs["Statement"]["properties"]["kind"]["enum"]) == {"direct", "indirect", "mixed"}
    assert set(defs["Actor"]["properties"]["kind"]["enum"]) == {
        "person", "organization", "country", "group", "unknown"}


def _broken(path: list[str | int], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(as_json(sample_records()[1]))
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize(("path", "value"), [
    (["events", 0, "status"], "rumoured"),
    (["events", 0, "type"], "FIGHT"),
    (["statements", 0, "kind"], "paraphrase"),
    (["actors", 0, "kind"], "politician"),
    (["actors", 1, "country"], "TR"),
    (["dates", 0, "value"], "Monday"),
    (["dates", 0, "value"], "2019-13-01"),
    (["dates", 0, "value"], "2019-11-04T25:00"),
    (["events", 0, "location", "lat"], 123.0),
    (["actors", 0, "mentions", 0, "start"], -1),
    (["article", "removed"], [{"text": "x"}]),
    (["statements", 0, "speaker"], "Erdogan"),
    (["article", "extra"], 1),
])
def test_contract_violations_are_rejected(path: list[str | int], value: Any) -> None:
    assert list(VALIDATOR.iter_errors(_broken(path, value)))


@pytest.mark.parametrize("value", ["2019-11-04", "2019-11", "2019", "2019-W45",
                                   "2019-11-04T09:30", None])
def test_every_when_granularity_is_accepted(value: str | None) -> None:
    assert not list(VALIDATOR.iter_errors(_broken(["dates", 0, "value"], value)))
