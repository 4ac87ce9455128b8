"""Tests of scripts/exhaustive_agreement.py on hand-written label rows (no gold text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scripts_loader import load_script

from newsledger.evaluate.exhaustive import metrics

agreement = load_script("exhaustive_agreement")

SENTENCE = "Oslo accused Bern of spying, and the two later met in Rome."


def _event(trigger: str, kind: str, status: str = "asserted", actor: list[str] | None = None,
           recipient: list[str] | None = None, unsure: bool = False) -> dict:
    """Return one labelled event of SENTENCE at the first occurrence of its trigger word."""
    event = {"trigger": trigger, "trigger_start": SENTENCE.index(trigger), "type": kind,
             "actor": actor or [], "recipient": recipient or [], "status": status}
    return {**event, "unsure": True} if unsure else event


def _row(*events: dict) -> dict:
    """Return a labelled row of SENTENCE."""
    return {"source": "fixture-1", "sentence": SENTENCE, "events": list(events)}


FIRST = _row(_event("accused", "ACCUSE", actor=["NOR"], recipient=["CHE"]),
             _event("spying", "ASSAULT", "claimed", unsure=True),
             _event("met", "CONSULT", actor=["NOR", "CHE"]))
SECOND = _row(_event("accused", "ACCUSE", actor=["NOR"], recipient=["CHE"]),
              _event("met", "COOPERATE", actor=["NOR", "CHE"]),
              _event("Rome", "CONSULT", unsure=True))


def test_a_file_agrees_with_itself_and_unsure_labels_are_not_claims() -> None:
    """Scored against itself a row is perfect; its unsure label is neither found nor missed."""
    m = metrics(agreement.compare([FIRST], [agreement.as_coded(FIRST["events"])]))
    assert (m["trigger_precision"], m["trigger_recall"], m["type_acc_found"]) == (1.0, 1.0, 1.0)
    assert len(agreement.as_coded(FIRST["events"])) == 3  # the meeting: one event per actor


def test_a_type_disagreement_is_found_but_mistyped() -> None:
    """The second engineer's COOPERATE at the first's CONSULT trigger is found, not typed."""
    tally = agreement.compare([FIRST], [agreement.as_coded(SECOND["events"])])
    m = metrics(tally)
    assert (tally.labelled, tally.found, tally.typed) == (2, 2, 1)
    assert m["trigger_precision"] == 1.0 and m["type_acc_found"] == 0.5
    assert m["country_acc_typed"] == 1.0  # the accusation's NOR -> CHE


def test_the_consensus_keeps_only_what_both_labelled_sure_with_one_type() -> None:
    """Only the accusation is sure in the consensus; the rest are optional."""
    row = agreement.consensus(FIRST, SECOND)
    sure = [g["trigger"] for g in row["events"] if not g.get("unsure")]
    assert sure == ["accused"]
    assert {g["trigger"] for g in row["events"]} == {"accused", "spying", "met", "Rome"}


def test_the_files_must_hold_one_set(tmp_path: Path) -> None:
    """Files of other sentences are refused with a one-line reason."""
    other = {**SECOND, "sentence": "Bern denied it."}
    with pytest.raises(SystemExit, match="sentence 1 differs"):
        agreement.pair_rows([FIRST], [other])
    with pytest.raises(SystemExit, match="1 and 2 sentences"):
        agreement.pair_rows([FIRST], [SECOND, SECOND])


def test_main_prints_both_directions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command line reads two files and prints a row per direction."""
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps(FIRST) + "\n", encoding="utf-8")
    second.write_text(json.dumps(SECOND) + "\n", encoding="utf-8")
    assert agreement.main([str(first), "--second", str(second)]) == 0
    out = capsys.readouterr().out
    assert "| second -> first | 2 | 1.000 | 1.000 | 1.000 | 0.500 |" in out
    assert "| first -> second | 2 | 1.000 | 1.000 | 1.000 | 0.500 |" in out


#: The engineers' agreement on dev3, as docs/evaluation.md reports it (session 11): trigger F1
#: and status among typed events, each direction (second engineer coded against the first, and
#: the reverse). The label files are fixed, so a change here means a label file was edited.
DEV3_AGREEMENT = {"second -> first": (0.792, 0.985), "first -> second": (0.913, 0.985)}


def test_the_dev3_agreement_is_the_documented_one(fixtures: Path) -> None:
    """The two engineers' figures on dev3 stay those docs/evaluation.md gives."""
    events = fixtures / "events"
    first = agreement.read_rows(sorted(events.glob("exhaustive_dev3_*.jsonl")))
    second = agreement.read_rows(sorted((events / "agreement").glob("dev3_*_second.jsonl")))
    pairs = agreement.pair_rows(first, second)
    got = {
        "second -> first": metrics(agreement.compare(
            [a for a, _ in pairs], [agreement.as_coded(b["events"]) for _, b in pairs])),
        "first -> second": metrics(agreement.compare(
            [b for _, b in pairs], [agreement.as_coded(a["events"]) for a, _ in pairs])),
    }
    for name, (f1, status) in DEV3_AGREEMENT.items():
        assert round(got[name]["trigger_f1"], 3) == f1, name
        assert round(got[name]["status_acc_typed"], 3) == status, name
