from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import click
import jsonschema
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result
from rich.console import Console
from storedata import sample_records

import newsledger.cli as cli
from newsledger.batch import run_batch
from newsledger.errors import InputError
from newsledger.record import Article, RawDocument, Record, When
from newsledger.store import Store

SCHEMA = json.loads((Path(__file__).parents[1] / "docs" / "record.schema.json").read_text())


def run(*args: str, stdin: str | None = None) -> Result:
    # a wide terminal, so rich tables do not wrap the cells the tests look for
    return CliRunner(env={"COLUMNS": "250"}).invoke(cli.main, list(args), input=stdin,
                                                    catch_exceptions=False)


@pytest.fixture
def inputs(fixtures: Path, tmp_path: Path) -> Path:
    """A writable copy of the CLI fixture articles (two .txt files and a two-line JSONL)."""
    folder = tmp_path / "in"
    shutil.copytree(fixtures / "cli", folder)
    return folder


def fake_clean(raw: RawDocument) -> Article:
    """Clean like the pipeline's contract says, without the boilerplate model: strip, id."""
    text = raw.content if isinstance(raw.content, str) else raw.content.decode()
    if not text.strip():
        raise InputError(raw.origin, "no article text found")
    ident = raw.id or hashlib.sha1(text.encode()).hexdigest()[:16]
    return Article(ident, text.strip(), url=raw.url, source=raw.source, title=raw.title,
                   published=raw.published)


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace cleaning and analysis with fast stand-ins; return the ids analysed, in order."""
    analysed: list[str] = []

    def fake_analyse(article: Article, record_id: str | None = None) -> Record:
        analysed.append(article.id)
        return Record(record_id or article.id, article)

    monkeypatch.setattr(cli, "clean", fake_clean)
    monkeypatch.setattr(cli, "analyse", fake_analyse)
    return analysed


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store holding the hand-built records of storedata."""
    path = tmp_path / "q.db"
    with Store.open(path) as s:
        for record in sample_records():
            s.write(record)
    return path


# -- help -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", sorted(cli.main.commands))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:\n    newsledger " + command in result.output


# -- ingest: batch behaviour ----------------------------------------------------------------------

def test_ingest_counts_and_reingest_changes_nothing(inputs: Path, tmp_path: Path,
                                                    fast: list[str]) -> None:
    db = str(tmp_path / "n.db")
    first = run("ingest", str(inputs), "--db", db)
    assert first.exit_code == 0, first.stderr
    assert first.stderr.strip().splitlines()[-1] == "ingested 4 articles, 0 unchanged, 0 failed"
    with Store.open(db) as s:
        before = s.db.execute("SELECT id, ingested_at FROM articles ORDER BY id").fetchall()
    second = run("ingest", str(inputs), "--db", db)
    assert second.exit_code == 0
    assert second.stderr.strip() == "ingested 0 articles, 4 unchanged, 0 failed"
    assert len(fast) == 4  # the unchanged articles were not even analysed again
    with Store.open(db) as s:
        assert s.db.execute("SELECT id, ingested_at FROM articles ORDER BY id").fetchall() == before
        assert {"wire-001", "wire-002"} <= set(s.article_ids())


def test_reanalyse_runs_extraction_again_and_replaces_only_changed_records(
        inputs: Path, tmp_path: Path, fast: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "n.db")
    run("ingest", str(inputs), "--db", db)
    same = run("ingest", str(inputs), "--db", db, "--reanalyse")
    assert same.stderr.strip() == "ingested 0 articles, 4 unchanged, 0 failed"
    assert len(fast) == 8  # analysed twice over

    def better(article: Article, record_id: str | None = None) -> Record:
        dates = (When(article.text.split()[0], None, 0, len(article.text.split()[0])),)
        return Record(record_id or article.id, article, dates=dates)

    monkeypatch.setattr(cli, "analyse", better)
    changed = run("ingest", str(inputs), "--db", db, "--reanalyse")
    assert changed.stderr.strip() == "ingested 4 articles, 0 unchanged, 0 failed"
    with Store.open(db) as s:
        assert s.counts()["dates"] == 4


def test_ingest_replaces_a_changed_article(inputs: Path, tmp_path: Path, fast: list[str]) -> None:
    db = str(tmp_path / "n.db")
    run("ingest", str(inputs), "--db", db)
    (inputs / "wire.jsonl").write_text(
        (inputs / "wire.jsonl").read_text().replace("Farmers blocked", "Farmers again blocked"))
    result = run("ingest", str(inputs), "--db", db)
    assert result.stderr.strip() == "ingested 1 articles, 3 unchanged, 0 failed"
    with Store.open(db) as s:
        assert "again" in s.record("wire-002").article.text
        assert s.counts()["articles"] == 4


def test_bad_documents_are_one_line_each_and_the_batch_goes_on(
        inputs: Path, tmp_path: Path, fast: list[str]) -> None:
    (inputs / "empty.txt").write_text("   \n")
    (inputs / "broken.jsonl").write_text('{"id": "ok-1", "text": "Talks resumed."}\nnot json\n')
    db = str(tmp_path / "n.db")
    result = run("ingest", str(inputs), "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert any(str(inputs / "empty.txt") in e for e in errors)
    assert any(str(inputs / "broken.jsonl") in e for e in errors)
    assert result.stderr.strip().splitlines()[-1] == "ingested 5 articles, 0 unchanged, 2 failed"
    with Store.open(db) as s:
        assert "ok-1" in s.article_ids() and s.counts()["articles"] == 5


def test_entries_that_are_not_articles_are_counted_as_skipped(
        inputs: Path, tmp_path: Path, fast: list[str]) -> None:
    (inputs / "figures.csv").write_text("a,b\n1,2\n")
    result = run("ingest", str(inputs), "--db", str(tmp_path / "n.db"))
    assert result.exit_code == 0
    lines = result.stderr.strip().splitlines()
    assert lines[-2].startswith("skipped (not articles): 1 ")
    assert lines[-1] == "ingested 4 articles, 0 unchanged, 0 failed"


def test_an_extractor_crash_fails_one_document_not_the_batch(
        inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "clean", fake_clean)

    def flaky(article: Article, record_id: str | None = None) -> Record:
        if record_id == "wire-001":
            raise IndexError("span out of range")
        return Record(record_id or article.id, article)

    monkeypatch.setattr(cli, "analyse", flaky)
    result = run("ingest", str(inputs), "--db", str(tmp_path / "n.db"))
    assert result.exit_code == 1
    assert "error: " in result.stderr and "wire.jsonl:1: extraction failed: IndexError" in \
        result.stderr
    assert result.stderr.strip().splitlines()[-1] == "ingested 3 articles, 0 unchanged, 1 failed"


def test_interrupted_ingest_resumes(inputs: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "clean", fake_clean)
    calls: list[str] = []

    def interrupted(article: Article, record_id: str | None = None) -> Record:
        calls.append(article.id)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return Record(record_id or article.id, article)

    monkeypatch.setattr(cli, "analyse", interrupted)
    db = str(tmp_path / "n.db")
    result = run("ingest", str(inputs), "--db", db)
    assert result.exit_code == 130 and "resume" in result.stderr
    with Store.open(db) as s:
        assert s.counts()["articles"] == 2
    again = run("ingest", str(inputs), "--db", db)
    assert again.exit_code == 0
    assert again.stderr.strip() == "ingested 2 articles, 2 unchanged, 0 failed"


def test_ingest_unwritable_store_is_a_clear_error(tmp_path: Path, inputs: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 200)
    result = CliRunner().invoke(cli.main, ["ingest", str(inputs), "--db", str(junk)])
    assert result.exit_code == 1 and "junk.db" in result.stderr


# -- the progress bar -----------------------------------------------------------------------------

def _docs(n: int) -> Iterator[RawDocument | InputError]:
    for i in range(n):
        yield RawDocument(origin=f"doc{i}", content="x", kind="text")
    yield InputError("bad-doc", "not readable")


def test_progress_bar_on_a_terminal_when_forced_and_error_lines_above_it() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100)
    counts = run_batch(_docs(3), lambda raw: "done", label="testing", progress=True,
                       console=console)
    assert counts == {"done": 3, "failed": 1}
    text = out.getvalue()
    assert "testing" in text and "documents" in text
    assert "error: bad-doc: not readable" in text


def test_a_long_batch_off_a_terminal_prints_a_status_line_now_and_then(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import newsledger.batch as batch

    clock = iter(range(0, 10_000, 20))  # every call to the clock is 20 s later
    monkeypatch.setattr(batch.time, "monotonic", lambda: float(next(clock)))
    out = io.StringIO()
    run_batch(_docs(3), lambda raw: "done", label="ingesting",
              console=Console(file=out, force_terminal=False))
    lines = out.getvalue().splitlines()
    status = [line for line in lines if line.startswith("ingesting: ")]
    assert status and status[0] == "ingesting: 2 documents, 0 failed, 0:40 elapsed"
    silent = io.StringIO()
    run_batch(_docs(3), lambda raw: "done", label="ingesting", progress=False,
              console=Console(file=silent, force_terminal=False))
    assert silent.getvalue() == "error: bad-doc: not readable\n"


def test_no_progress_bar_when_not_a_terminal() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=False)
    run_batch(_docs(2), lambda raw: "done", label="testing", console=console)
    assert out.getvalue() == "error: bad-doc: not readable\n"


# -- extract --------------------------------------------------------------------------------------

def test_extract_prints_schema_valid_json_lines(inputs: Path, fast: list[str]) -> None:
    monkeypatch_free = run("extract", "--published", "2024-05-15", "--source", "Desk",
                           str(inputs / "port-strike.txt"), str(inputs / "wire.jsonl"))
    assert monkeypatch_free.exit_code == 0
    lines = monkeypatch_free.stdout.splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    for record in records:
        jsonschema.validate(record, SCHEMA)
    assert [r["id"] for r in records][1:] == ["wire-001", "wire-002"]
    assert records[0]["article"]["published"] == "2024-05-15"
    assert all(r["article"]["source"] == "Desk" for r in records)
    assert monkeypatch_free.stderr.strip() == "extracted 3 documents, 0 failed"


def test_extract_reads_stdin_and_reports_bad_input(tmp_path: Path, fast: list[str]) -> None:
    ok = run("extract", "-", stdin="Protesters marched in Tbilisi on Sunday.\n")
    assert ok.exit_code == 0
    assert json.loads(ok.stdout)["article"]["text"] == "Protesters marched in Tbilisi on Sunday."
    missing = tmp_path / "nope.txt"
    bad = run("extract", str(missing))
    assert bad.exit_code == 1 and bad.stdout == ""
    assert bad.stderr.splitlines()[0].startswith(f"error: {missing}: ")


def test_extract_end_to_end_with_the_real_pipeline(inputs: Path) -> None:
    """No stand-ins: ingest, cleaning, spaCy and every extractor, validated by the schema."""
    result = run("extract", "--published", "2024-05-15", str(inputs / "border-talks.txt"))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    jsonschema.validate(record, SCHEMA)
    text = record["article"]["text"]
    assert "Geneva" in text
    for actor in record["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_ingest_end_to_end_then_query(inputs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "e2e.db")
    result = run("ingest", str(inputs), "--db", db, "--published", "2024-05-15")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "ingested 4 articles, 0 unchanged, 0 failed"
    with Store.open(db) as s:
        for aid in s.article_ids():
            record = s.record(aid)
            jsonschema.validate(json.loads(json.dumps(record.to_dict())), SCHEMA)
    listed = run("actors", "--db", db, "--format", "json")
    assert listed.exit_code == 0
    assert isinstance(json.loads(listed.stdout), list)


# -- queries --------------------------------------------------------------------------------------

def test_quotes_json_table_and_csv(store_path: Path) -> None:
    rows = json.loads(run("quotes", "--db", str(store_path), "--speaker", "Macron",
                          "--format", "json").stdout)
    assert [r["content"] for r in rows] == ["Turkey must stop its offensive", "This is madness"]
    table = run("quotes", "--db", str(store_path), "--speaker", "Macron")
    assert table.exit_code == 0
    assert "This is madness" in table.stdout and "2 quotes" in table.stdout
    as_csv = list(csv.DictReader(io.StringIO(run(
        "quotes", "--db", str(store_path), "--country", "TUR", "--format", "csv").stdout)))
    assert [r["speaker"] for r in as_csv] == ["Recep Tayyip Erdogan"]
    assert as_csv[0]["when_source"] == "published"


def test_events_query_from_the_issue(store_path: Path) -> None:
    result = run("events", "--db", str(store_path), "--type", "MOBILIZE", "--country", "TUR",
                 "--status", "asserted", "--format", "json")
    rows = json.loads(result.stdout)
    assert [(r["type"], r["actor"], r["location"], r["when"]) for r in rows] == [
        ("MOBILIZE", "Turkey", "Akcakale", "2019-10-01")]


def test_timeline_since_until(store_path: Path) -> None:
    rows = json.loads(run("timeline", "--db", str(store_path), "--since", "2019-10-01",
                          "--until", "2019-10-31", "--format", "json").stdout)
    assert [r["when"] for r in rows] == ["2019-10-01", "2019-10-08", "2019-10-09", "2019-10-09"]
    undated = json.loads(run("timeline", "--db", str(store_path), "--undated",
                             "--format", "json").stdout)
    assert undated[-1]["when"] is None and len(undated) > len(rows)


def test_actors_command(store_path: Path) -> None:
    table = run("actors", "--db", str(store_path), "--country", "FRA")
    assert "Emmanuel Macron" in table.stdout and "Erdogan" not in table.stdout
    assert run("actors", "--db", str(store_path), "--since", "2019").exit_code == 2


def test_query_errors(tmp_path: Path, store_path: Path) -> None:
    bad_date = run("quotes", "--db", str(store_path), "--since", "last week")
    assert bad_date.exit_code == 2 and "not a date" in bad_date.stderr
    missing = CliRunner().invoke(cli.main, ["quotes", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "newsledger ingest" in missing.stderr
    assert not (tmp_path / "none.db").exists()  # a query never creates a store
    empty = run("quotes", "--db", str(store_path), "--speaker", "Nobody")
    assert empty.exit_code == 0 and "no quotes match" in empty.stderr


# -- export and demo ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export(store_path: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    result = run("export", "--db", str(store_path), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0
    with Store.open(store_path) as s:
        counts = s.counts()
    for table, count in counts.items():
        path = out / f"{table}.{fmt}"
        if fmt == "csv":
            rows = list(csv.DictReader(path.open(encoding="utf-8")))
        else:
            rows = pq.read_table(path).to_pylist()
        assert len(rows) == count, table
    events = pq.read_table(out / "events.parquet") if fmt == "parquet" else None
    if events is not None:
        assert str(events.schema.field("location_lat").type) == "double"


def test_demo_calls_run_demo_and_returns_its_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsledger.demo as demo

    seen: list[object] = []

    def fake_run_demo(console: Console, db: Path | None = None) -> int:
        seen.append((console, db))
        console.print("demo ran")
        return 3

    monkeypatch.setattr(demo, "run_demo", fake_run_demo)
    result = CliRunner().invoke(cli.main, ["demo"])
    assert result.exit_code == 3 and "demo ran" in result.stdout
    assert isinstance(seen[0][0], Console) and seen[0][1] is None
    kept = CliRunner().invoke(cli.main, ["demo", "--db", "kept.db"])
    assert kept.exit_code == 3 and seen[1][1] == Path("kept.db")


def test_eval_events_development_leaves_out_the_held_out_sets(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """--development asks the events evaluation for every default set but the held-out ones."""
    from newsledger.evaluate import EvalReport
    from newsledger.evaluate import events as event_eval

    asked: list[tuple[str, ...]] = []

    def fake_evaluate(data_dir: Path, datasets: tuple[str, ...] = event_eval.DATASETS,
                      ) -> EvalReport:
        asked.append(tuple(datasets))
        return EvalReport("events", ())

    monkeypatch.setattr(event_eval, "evaluate", fake_evaluate)
    assert CliRunner().invoke(cli.main, ["eval", "events", "--development"]).exit_code == 0
    assert "exhaustive-dev3" in asked[0] and "country-heldout" in asked[0]
    assert not {"exhaustive-heldout", "country-heldout2", "country-heldout8"} & set(asked[0])
    refused = CliRunner().invoke(cli.main, ["eval", "dates", "--development"])
    assert refused.exit_code == 2 and "events' only" in refused.output


def test_click_group_lists_all_commands() -> None:
    assert {"extract", "ingest", "quotes", "events", "timeline", "actors", "demo", "export",
            "eval"} <= set(cli.main.commands)
    assert isinstance(cli.main, click.Group)


# -- serve ----------------------------------------------------------------------------------------

def test_serve_is_read_only_local_and_escapes_article_text(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("datasette")
    import asyncio

    import newsledger.serve as serve

    path = tmp_path / "web.db"
    hostile = "Officials said <script>alert('x')</script> nothing."
    with Store.open(path) as s:
        s.write(Record("web-1", Article("web-1", hostile, title="<b>bold</b>")))
    ds = serve.datasette_for(path)
    db = ds.databases[path.stem]
    assert db.is_mutable is False  # immutable: Datasette can never write the store

    async def fetch() -> tuple[str, list[dict]]:
        page = await ds.client.get(f"/{path.stem}/articles")
        data = await ds.client.get(f"/{path.stem}/articles.json?_shape=array")
        return page.text, data.json()

    html, rows = asyncio.run(fetch())
    assert "<script>alert(" not in html and "&lt;script&gt;" in html
    assert rows[0]["text"] == hostile

    started: dict[str, object] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: started.update(kw))
    result = run("serve", "--db", str(path), "--port", "8123")
    assert result.exit_code == 0
    assert started["host"] == "127.0.0.1" and started["port"] == 8123
    missing = CliRunner().invoke(cli.main, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no such store" in missing.stderr


def test_a_reader_crash_on_one_input_spares_the_others(
        inputs: Path, tmp_path: Path, fast: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import newsledger.ingest as ingest

    real = ingest.iter_documents

    def breaking(items, options, **kw):
        if items[0].endswith("port-strike.txt"):
            raise RuntimeError("reader bug")
        yield from real(items, options, **kw)

    monkeypatch.setattr(ingest, "iter_documents", breaking)
    result = run("ingest", str(inputs / "port-strike.txt"), str(inputs / "wire.jsonl"),
                 "--db", str(tmp_path / "n.db"))
    assert result.exit_code == 1
    assert f"error: {inputs / 'port-strike.txt'}: cannot read: RuntimeError: reader bug" in \
        result.stderr
    assert result.stderr.strip().splitlines()[-1] == "ingested 2 articles, 0 unchanged, 1 failed"


def test_the_store_can_be_named_by_environment_variable(store_path: Path) -> None:
    result = CliRunner(env={"NEWSLEDGER_DB": str(store_path)}).invoke(
        cli.main, ["actors", "--format", "json", "--country", "TUR"])
    assert result.exit_code == 0
    assert {r["name"] for r in json.loads(result.stdout)} >= {"Recep Tayyip Erdogan"}
