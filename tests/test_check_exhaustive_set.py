"""The checker of the exhaustively labelled event sets (scripts/check_exhaustive_set.py, T82).

The articles here are written for the test; no labelled sentence of a set is read.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

from scripts_loader import load_script

from newsledger.evaluate import exhaustive as scorer

check = load_script("check_exhaustive_set")

TEXTS = {"doc-1": "The senator criticised the governor on Monday. Nothing else happened. "
                  "Then talks began."}


def _event(**changes: object) -> dict[str, object]:
    """Return a clean labelled event of the test sentence, with some fields changed."""
    event: dict[str, object] = {"trigger": "criticised", "trigger_start": 12, "type": "ACCUSE",
                                "actor": ["USA"], "recipient": [], "status": "asserted"}
    event.update(changes)
    return event


def _row(events: list[dict[str, object]],
         sentence: str = "The senator criticised the governor on Monday.") -> dict[str, object]:
    """Return one labelled sentence of the test article."""
    return {"source": "doc-1", "sentence": sentence, "events": events}


def test_a_clean_row_has_no_problem() -> None:
    assert check.check_row(_row([_event()]), TEXTS) == []
    assert check.check_row(_row([], "Nothing else happened."), TEXTS) == []


def test_bad_rows_are_named() -> None:
    assert check.check_row(_row([_event(trigger_start=3)]), TEXTS)  # trigger not at its offset
    assert check.check_row(_row([_event(type="ATTACK")]), TEXTS)  # no PLOVER type
    assert check.check_row(_row([_event(status="rumoured")]), TEXTS)
    assert check.check_row(_row([_event(), _event()]), TEXTS)  # listed twice
    assert check.check_row(_row([], "A sentence the article lacks."), TEXTS)


def test_sentences_of_a_document_keep_article_order() -> None:
    later = _row([], "Then talks began.")
    earlier = _row([_event()])
    assert check.check_order([(1, earlier), (2, later)], TEXTS) == []
    assert check.check_order([(1, later), (2, earlier)], TEXTS)


def test_the_scorer_counts_false_positives_and_optional_labels() -> None:
    """A coded event at no label is wrong; one at an unsure label counts neither way."""

    sentence = "The senator criticised the governor and praised the mayor."
    row = {"sentence": sentence, "events": [
        {"trigger": "criticised", "trigger_start": 12, "type": "ACCUSE", "status": "asserted"},
        {"trigger": "praised", "trigger_start": 40, "type": "SUPPORT", "status": "asserted",
         "unsure": True}]}
    coded = [_coded(12, 22, "ACCUSE"), _coded(40, 47, "SUPPORT"), _coded(27, 35, "ASSAULT")]
    tally = scorer.Tally()
    scorer.score_row(row, coded, tally)
    assert (tally.labelled, tally.found, tally.typed, tally.status_right) == (1, 1, 1, 1)
    assert (tally.coded, tally.matched) == (2, 1)  # the unsure SUPPORT is left out
    assert [line.split(" | ")[0] for line in tally.shown] == ["FALSE governor ASSAULT asserted"]


def test_a_second_type_at_a_labelled_trigger_is_typed_wrong_and_shown() -> None:
    """Trigger precision counts it; typed precision does not, and --show lists it (R1 #4)."""
    row = {"sentence": "The senator criticised the governor.", "events": [
        {"trigger": "criticised", "trigger_start": 12, "type": "ACCUSE", "status": "asserted"}]}
    coded = [_coded(12, 22, "ACCUSE"), _coded(12, 22, "REJECT")]
    tally = scorer.Tally()
    scorer.score_row(row, coded, tally)
    figures = scorer.metrics(tally)
    assert (figures["trigger_precision"], figures["typed_precision"]) == (1.0, 0.5)
    assert [line.split(" | ")[0] for line in tally.shown] == [
        "EXTRA criticised REJECT beside the labelled ACCUSE"]
    assert "n/a (no labelled country codes)" in scorer.report(tally)


def _coded(start: int, end: int, kind: str, actor: str | None = None,
           recipient: str | None = None, joint: bool = False) -> SimpleNamespace:
    """Return a stand-in for a CodedEvent: its event span, type and status, and side countries."""
    event = SimpleNamespace(start=start, end=end, type=kind, status="asserted", confidence=None)
    return SimpleNamespace(event=event, actor_country=actor, recipient_country=recipient,
                           symmetric=joint)


def test_exhaustive_scorer_counts_side_countries_of_typed_matches() -> None:
    """Labelled codes found on the coded side count; a joint act's sides are pooled."""
    sentence = "The senator met the envoy and criticised the governor."
    row = {"sentence": sentence, "events": [
        {"trigger": "met", "trigger_start": 12, "type": "CONSULT", "status": "asserted",
         "actor": ["FRA"], "recipient": ["DEU"]},
        {"trigger": "criticised", "trigger_start": 30, "type": "ACCUSE", "status": "asserted",
         "actor": ["FRA"], "recipient": ["ITA"]}]}
    coded = [_coded(12, 15, "CONSULT", "DEU", "FRA", joint=True),
             _coded(30, 40, "ACCUSE", "ITA", "FRA")]
    tally = scorer.Tally()
    scorer.score_row(row, coded, tally)
    assert (tally.codes, tally.codes_right) == (4, 2)  # the meeting's pooled sides; not the swap
    assert [line.split(" | ")[0] for line in tally.shown] == [
        "COUNTRY criticised ACCUSE actor FRA (coded ['ITA']); recipient ITA (coded ['FRA'])"]


def test_side_codes_are_checked_as_the_country_sets_are() -> None:
    """Both checkers share one side check: lists of distinct three-letter upper-case codes."""
    country = load_script("check_country_set")
    assert country.side_problems({"actor": ["USA"], "recipient": []}) == []
    problems = country.side_problems({"actor": ["usa", "RUS", "RUS"], "recipient": "USA"})
    assert len(problems) == 3
    assert check.check_event(_event(actor=["usa"]), "The senator criticised the governor.")


def test_both_checkers_read_lines_alike(tmp_path) -> None:  # noqa: ANN001 - pytest fixture
    """One reader: objects keep their line numbers; a non-JSON or non-object line is a problem."""
    country = load_script("check_country_set")
    path = tmp_path / "set.jsonl"
    path.write_text('{"a": 1}\n\nnot json\n[1, 2]\n{"b": 2}\n', encoding="utf-8")
    rows, problems = country.read_rows(path)
    assert rows == [(1, {"a": 1}), (5, {"b": 2})]
    assert [p.split(": ", 1)[1][:12] for p in problems] == ["not JSON (Ex", "line is not "]
    assert check.print_row_problems.__module__ == "check_country_set"  # one reader, not a copy


def test_exhaustive_rows_score_a_set_and_name_a_missing_one(tmp_path) -> None:  # noqa: ANN001
    """``eval events`` gets a row per labelled set, and a note for a set not labelled yet."""
    sentence = "Rebels shelled the town on Monday."
    row = {"source": "own", "sentence": sentence, "events": [
        {"trigger": "shelled", "trigger_start": 7, "type": "ASSAULT", "actor": [],
         "recipient": [], "status": "asserted"}]}
    empty = {"source": "own", "sentence": "The weather was mild.", "events": []}
    (tmp_path / "exhaustive_dev_x.jsonl").write_text(
        "\n".join(json.dumps(r) for r in (row, empty)) + "\n", encoding="utf-8")
    rows, notes = scorer.score_exhaustive_sets(("exhaustive-dev", "exhaustive-heldout"),
                                               tmp_path)
    assert [(r.dataset, r.n) for r in rows] == [("exhaustive-dev", 1)]
    assert rows[0].metrics["trigger_recall"] == 1.0  # the shelling is coded ASSAULT
    assert rows[0].metrics["empty_with_event"] == 0.0
    assert "exhaustive-heldout: no exhaustive_heldout_*.jsonl" in notes[-1]
