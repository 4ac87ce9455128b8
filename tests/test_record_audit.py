"""bench/record_audit.py (T98): the sampler's draw, the fixture-id reader and the scorer.

Every row here is invented: no article text, no gold sentence, no pipeline run.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _load() -> ModuleType:
    """Import bench/record_audit.py as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("record_audit", BENCH / "record_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["record_audit"] = module
    spec.loader.exec_module(module)
    return module


ra = _load()


def _pool() -> list[dict[str, Any]]:
    """Return an invented pool: article a1 with 6 events, a2 with 2, a3 with 1."""
    counts = {"a1": 6, "a2": 2, "a3": 1}
    return [{"article": art, "start": 10 * i, "end": 10 * i + 4, "type": "CONSULT"}
            for art, n in counts.items() for i in range(n)]


def test_draw_caps_events_per_article_and_is_deterministic() -> None:
    """No article gives more than PER_ARTICLE events, and the same seed gives the same draw."""
    first = ra.draw(_pool(), n=100, per_article=3, seed=98)
    assert len(first) == 3 + 2 + 1
    assert max(sum(r["article"] == a for r in first) for a in ("a1", "a2", "a3")) == 3
    assert first == ra.draw(_pool(), n=100, per_article=3, seed=98)
    assert first == sorted(first, key=lambda r: (r["article"], r["start"]))


def test_draw_stops_at_n() -> None:
    """The draw returns at most n events."""
    assert len(ra.draw(_pool(), n=4, per_article=3, seed=1)) == 4


def test_fixture_sources_reads_ids_only(tmp_path: Path) -> None:
    """Only the source ids of fixture lines are collected."""
    (tmp_path / "x.jsonl").write_text(
        json.dumps({"source": "art-1", "sentence": "invented"}) + "\n"
        + json.dumps({"source": "art-2", "type": "ACCUSE"}) + "\n", "utf-8")
    assert ra.fixture_sources(tmp_path) == {"art-1", "art-2"}


def test_article_order_skips_and_shuffles_deterministically() -> None:
    """Skipped ids are left out; the order depends only on the seed."""
    arts = [{"id": f"n{i}"} for i in range(20)]
    order = ra.article_order(arts, {"n3", "n7"}, seed=98)
    assert {a["id"] for a in order} == {f"n{i}" for i in range(20)} - {"n3", "n7"}
    assert order == ra.article_order(arts, {"n3", "n7"}, seed=98)


def _judgement(event: str, **fields: str) -> dict[str, Any]:
    """Return an invented judgement line with every field na unless given."""
    row: dict[str, Any] = {"article": "a", "start": 0, "end": 4, "type": "ACCUSE", "event": event}
    row.update({f: "na" for f in ra.FIELDS})
    row.update(fields)
    return row


def test_score_counts_fields_only_for_real_events() -> None:
    """Precision per field counts right over right+wrong of real events; causes are grouped."""
    rows = [
        _judgement("yes", status="right", actor="right", date="right"),
        _judgement("yes", status="wrong", actor="right", date="wrong",
                   why={"status": "negation missed: x", "date": "date missed: y"}),
        _judgement("wrong_type", status="right", actor="wrong", why={
            "event": "wrong type: z", "actor": "wrong participant: w"}),
        # A non-event's fields are never counted, even if filled in by mistake.
        _judgement("no", status="right", why={"event": "noun naming no act: v"}),
    ]
    result = ra.score(rows)
    table = result["table"]
    assert table["event (type right)"] == [2, 4]
    assert table["event (any type)"] == [3, 4]
    assert table["status"] == [2, 3]
    assert table["actor"] == [2, 3]
    assert table["date"] == [1, 2]
    assert table["recipient"] == [0, 0]
    assert table["all fields right"] == [1, 4]
    assert result["causes"]["event"] == {"wrong type": 1, "noun naming no act": 1}
    assert result["causes"]["status"] == {"negation missed": 1}
    text = ra.format_score(result)
    assert "status" in text and "0.667" in text


def test_score_rejects_an_unknown_event_value() -> None:
    """A typo in the event judgement is an error, not a silent miss."""
    with pytest.raises(ValueError):
        ra.score([_judgement("maybe")])


def test_wilson_interval() -> None:
    """The interval holds the proportion and is empty for no judgements."""
    low, high = ra.wilson(60, 100)
    assert low < 0.6 < high
    assert round(low, 3) == 0.502 and round(high, 3) == 0.691
    assert ra.wilson(0, 0) == (0.0, 0.0)


def test_committed_judgements_are_keyed_and_reasoned() -> None:
    """Every committed judgement has its key, valid values and a reason for each wrong."""
    path = BENCH / "data" / "record_audit_judgements.jsonl"
    rows = ra.read_jsonl(path)
    assert len(rows) == ra.DEFAULT_N
    assert len({ra.judgement_key(r) for r in rows}) == len(rows)
    for row in rows:
        assert row["event"] in ra.EVENT_VALUES
        for name in ra.FIELDS:
            assert row[name] in ("right", "wrong", "na")
            assert (row[name] == "wrong") == (name in row["why"])
        assert (row["event"] != "yes") == ("event" in row["why"])
        assert "sentence" not in row


def test_committed_audit3_judgements_are_keyed_and_reasoned() -> None:
    """Audit 3 (T106, PolNeAR train): 120 unique keys, valid values, a reason per wrong."""
    rows = ra.read_jsonl(BENCH / "data" / "record_audit3_judgements.jsonl")
    assert len(rows) == ra.DEFAULT_N
    assert len({ra.judgement_key(r) for r in rows}) == len(rows)
    allowed_why = {"event", "lenient", *ra.FIELDS}
    for row in rows:
        assert row["event"] in ra.EVENT_VALUES
        assert ("right_type" in row) == (row["event"] == "wrong_type")
        for name in ra.FIELDS:
            assert row[name] in ("right", "wrong", "na")
            assert (row[name] == "wrong") == (name in row["why"])
            if row["event"] == "no":
                assert row[name] == "na"
        assert (row["event"] != "yes") == ("event" in row["why"])
        assert set(row["why"]) <= allowed_why
        assert all(":" in reason for key, reason in row["why"].items() if key != "lenient")
        assert "sentence" not in row
    assert ra.score(rows)["table"]["event (any type)"][1] == len(rows)


def test_polnear_candidates_skip_fixture_articles(tmp_path: Path) -> None:
    """PolNeAR articles named "polnear-train-<id>" by a fixture are skipped; gold is dropped."""
    path = tmp_path / "polnear-train.jsonl"
    arts = [{"id": f"pub_2016-01-0{i}_x", "published": f"2016-01-0{i}", "title": f"T{i}",
             "text": "Invented.", "attributions": [{"gold": i}]} for i in range(1, 6)]
    path.write_text("".join(json.dumps(a) + "\n" for a in arts) + "\n", "utf-8")
    # A dev id and an unprefixed id with the same tail must not skip a train article.
    sources = {"polnear-train-pub_2016-01-02_x", "polnear-dev-pub_2016-01-03_x",
               "pub_2016-01-04_x", "r21578-1"}
    assert ra.polnear_skip(sources) == {"pub_2016-01-02_x"}
    kept = ra.candidates("polnear", 106, sources, polnear_path=path)
    assert sorted(a["id"] for a in kept) == [a["id"] for a in arts if a["id"] != "pub_2016-01-02_x"]
    assert all(set(a) == set(ra.ARTICLE_FIELDS) for a in kept)
    assert kept == ra.candidates("polnear", 106, sources, polnear_path=path)


# Pages mode (T101): invented rows only, no page text and no pipeline run.

pm = sys.modules["record_audit_pages"]


def test_is_candidate_skips_short_unpunctuated_byline_and_title_lines() -> None:
    """Reported sentences pass; short lines, headlines, bylines and the title do not."""
    assert pm.is_candidate("The minister met the envoy in the capital on Monday.", None)
    assert pm.is_candidate("“We will not back down,” the union leader said.”", None)
    assert not pm.is_candidate("Minister meets the envoy.", None)  # under six words
    assert not pm.is_candidate("Minister meets envoy in capital for talks", None)  # no full stop
    assert not pm.is_candidate("By Jane Doe and John Roe, staff reporters.", None)
    assert not pm.is_candidate("Updated at noon on the tenth of May today.", None)
    assert not pm.is_candidate("A headline line\nand a first sentence of news.", None)
    title = "Envoy and minister hold talks in the capital"
    assert not pm.is_candidate(title + ".", title)


def test_candidate_spans_trim_space_and_keep_offsets() -> None:
    """Spans are trimmed of surrounding space and index the text."""
    text = "  The envoy met the minister in the capital today.  Short one. "
    spans = pm.candidate_spans(text, [(0, 52), (52, len(text))], None)
    assert spans == [(2, 50)]
    assert text[2:50] == "The envoy met the minister in the capital today."


def test_draw_page_caps_and_is_deterministic() -> None:
    """At most PER_PAGE (and the room left) spans, in text order; the seed fixes the draw."""
    spans = [(10 * i, 10 * i + 8) for i in range(20)]
    first = pm.draw_page(random.Random(101), spans, room=250)
    assert len(first) == pm.PER_PAGE and first == sorted(first)
    assert first == pm.draw_page(random.Random(101), spans, room=250)
    assert len(pm.draw_page(random.Random(101), spans, room=2)) == 2
    assert len(pm.draw_page(random.Random(101), spans[:3], room=250)) == 3


def test_load_pages_keeps_news_sets_and_skips_fixture_pages(tmp_path: Path) -> None:
    """Only the four news sets are read, and pages named by fixtures are left out."""
    (tmp_path / "boilerplate").mkdir()
    rows = [{"id": "p1", "set": "scrapinghub_aeb"}, {"id": "p2", "set": "mercury_fixtures"},
            {"id": "p3", "set": "trafilatura_eval_en"},
            {"id": "p4", "set": "readability_testpages"}]
    (tmp_path / "boilerplate" / "index.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    assert [p["id"] for p in pm.load_pages(tmp_path, {"p3"})] == ["p1", "p4"]


def test_fixture_page_ids_reads_bp_sources_only(tmp_path: Path) -> None:
    """Boilerplate ids come from "bp-" sources, in any fixture folder; other ids are ignored."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "y.jsonl").write_text(
        json.dumps({"source": "bp-shaeb-0001", "sentence": "invented"}) + "\n"
        + json.dumps({"source": "art-9"}) + "\n", "utf-8")
    assert ra.fixture_page_ids(tmp_path) == {"shaeb-0001"}


def test_read_html_reads_gzip_and_plain_files(tmp_path: Path) -> None:
    """A .html.gz file is decompressed; one stored uncompressed is read as it is."""
    import gzip

    (tmp_path / "boilerplate").mkdir()
    (tmp_path / "boilerplate" / "a.html.gz").write_bytes(gzip.compress(b"<p>zipped</p>"))
    (tmp_path / "boilerplate" / "b.html.gz").write_bytes(b"<p>plain</p>")
    assert pm.read_html(tmp_path, {"html_path": "a.html.gz"}) == "<p>zipped</p>"
    assert pm.read_html(tmp_path, {"html_path": "b.html.gz"}) == "<p>plain</p>"


def _sample_row() -> dict[str, Any]:
    """Return an invented sample row with two events."""
    def ev(start: int, typ: str, status: str) -> dict[str, Any]:
        return {"type": typ, "status": status, "trigger": "x", "start": start, "end": start + 4,
                "actor": {"name": "A", "country": "USA", "sector": None}, "recipient": None,
                "date": None}
    return {"page": "p1", "start": 0, "end": 80,
            "events": [ev(5, "ACCUSE", "asserted"), ev(30, "REQUEST", "claimed")]}


def test_pending_lists_new_and_changed_events() -> None:
    """A judged key showing the same values is done; another status or a new key is pending."""
    judged = {"page": "p1", "start": 5, "end": 9, "type": "ACCUSE", "status_shown": "asserted",
              "actor_shown": "A", "recipient_shown": None, "date_shown": None}
    assert [r["start"] for r in pm.pending([_sample_row()], [judged])] == [30]
    changed = dict(judged, status_shown="claimed")
    todo = pm.pending([_sample_row()], [changed])
    assert [(r["start"], r["pending"]) for r in todo] == [(5, "changed: status_shown"),
                                                          (30, "new")]
    # a T98-style judgement without the shown values matches its key
    bare = {"page": "p1", "start": 30, "end": 34, "type": "REQUEST"}
    assert [r["start"] for r in pm.pending([_sample_row()], [judged, bare])] == []


def test_recall_counts_found_over_found_and_missed() -> None:
    """Found are real events (yes or wrong_type); unsure misses drop out of the sure bound."""
    rows = [_judgement("yes"), _judgement("wrong_type"), _judgement("no")]
    missed = [{"page": "p", "start": 0, "missed": [{"trigger": "a", "type": "AID"},
                                                   {"trigger": "b", "type": "AID",
                                                    "unsure": True}]},
              {"page": "p", "start": 50, "missed": []}]
    assert ra.recall(rows, missed) == [2, 4]
    assert ra.recall(rows, missed, sure_only=True) == [2, 3]


def test_judgement_key_reads_page_or_article() -> None:
    """T98 lines are keyed by article, T101 lines by page."""
    assert ra.judgement_key({"page": "p", "start": 1, "end": 2, "type": "AID"}) == ("p", 1, 2,
                                                                                    "AID")


def test_committed_pages_judgements_and_misses_are_well_formed() -> None:
    """Every T101 judgement is valid and reasoned; the missed file has a line per sentence."""
    rows = ra.read_jsonl(BENCH / "data" / "record_audit2_judgements.jsonl")
    assert rows
    for row in rows:
        assert row["event"] in ra.EVENT_VALUES and "page" in row
        for name in ra.FIELDS:
            assert row[name] in ("right", "wrong", "na")
            assert (row[name] == "wrong") == (name in row["why"])
        assert (row["event"] != "yes") == ("event" in row["why"])
        assert "sentence" not in row
    missed = ra.read_jsonl(BENCH / "data" / "record_audit2_missed.jsonl")
    assert len(missed) == pm.DEFAULT_SENTENCES
    assert len({(m["page"], m["start"]) for m in missed}) == len(missed)
    assert all("sentence" not in m and isinstance(m["missed"], list) for m in missed)


def test_sentence_rows_hold_events_whose_trigger_starts_inside() -> None:
    """An event belongs to the sentence its trigger starts in; sides give name and country."""
    from types import SimpleNamespace as NS

    actor = NS(id="a1", name="Envoy", country="FRA", sector="GOV")
    def ev(start: int) -> NS:
        return NS(type="CONSULT", status="asserted", trigger="met", start=start, end=start + 3,
                  actor="a1", recipient=None, attributed_to=None, date=None, location=None)
    record = NS(actors=[actor], events=[ev(4), ev(25)])
    text = "The envoy met him. Then they met again."
    rows = pm.sentence_rows({"id": "p9", "set": "scrapinghub_aeb"}, text, record,
                            [(0, 18), (19, 39)], "v1")
    assert [[e["start"] for e in r["events"]] for r in rows] == [[4], [25]]
    assert rows[0]["events"][0]["actor"] == {"name": "Envoy", "country": "FRA", "sector": "GOV"}
    assert rows[1]["sentence"] == "Then they met again." and rows[1]["code"] == "v1"


def test_restrict_scores_a_rerun_and_counts_lost_real_events() -> None:
    """A rerun keeps the judgements of its events; a real event it no longer codes is a miss."""
    base = {"status_shown": "asserted", "actor_shown": "A", "recipient_shown": None,
            "date_shown": None}
    kept = {"page": "p1", "start": 5, "end": 9, "type": "ACCUSE", "event": "yes", **base}
    other = {"page": "p1", "start": 30, "end": 34, "type": "REQUEST", "event": "no", **base,
             "status_shown": "claimed"}
    gone = {"page": "p1", "start": 50, "end": 54, "type": "AID", "event": "yes", **base}
    judged, lost = ra.restrict([kept, other, gone], [_sample_row()])
    assert [j["start"] for j in judged] == [5, 30] and lost == 1
    with pytest.raises(ValueError, match="judge --pending first"):
        ra.restrict([kept], [_sample_row()])
