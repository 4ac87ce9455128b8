"""The demo corpus parses in every form; `newsledger demo` prints who said what and a timeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from newsledger.demo import (
    MANIFEST,
    DemoInput,
    Ingested,
    corpus_dir,
    excerpt,
    ingest_corpus,
    load_manifest,
    run_demo,
)
from newsledger.errors import InputError
from newsledger.ingest import iter_documents
from newsledger.record import RawDocument
from newsledger.store import Store

#: Documents each corpus file holds: one page per text/HTML file, every item of the feed and
#: every line of the JSON Lines file.
EXPECTED_DOCUMENTS = {".txt": 1, ".html": 1, ".rss": 2, ".jsonl": 3}

#: The demo store, what ingesting gave, and the batch's console output.
Ingest = tuple[Store, Ingested, str]


@pytest.fixture(scope="module")
def inputs() -> list[DemoInput]:
    with corpus_dir() as folder:
        return load_manifest(folder)


def _documents(item: DemoInput) -> list[RawDocument | InputError]:
    """Read one corpus file through the ingest stage (skip while ingest is not built)."""
    try:
        return list(iter_documents([str(item.path)], item.options))
    except NotImplementedError:
        pytest.skip("newsledger.ingest.iter_documents is not implemented yet")


def test_manifest_lists_every_corpus_file_once(inputs: list[DemoInput]) -> None:
    with corpus_dir() as folder:
        on_disk = sorted(p.name for p in folder.iterdir() if p.name != MANIFEST)
    listed = [item.path.name for item in inputs]
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed)
    assert {item.path.suffix for item in inputs} == set(EXPECTED_DOCUMENTS)


def test_plain_text_inputs_carry_their_publication_date_and_outlet(
        inputs: list[DemoInput]) -> None:
    for item in inputs:
        if item.path.suffix == ".txt":
            assert item.options.published and item.options.published.startswith("2026-03-")
            assert item.options.source
        else:  # the other forms carry their own metadata; an override would hide it
            assert item.options.published is None


@pytest.mark.parametrize("suffix", sorted(EXPECTED_DOCUMENTS))
def test_every_corpus_file_yields_its_documents(inputs: list[DemoInput], suffix: str) -> None:
    for item in (i for i in inputs if i.path.suffix == suffix):
        docs = _documents(item)
        errors = [d for d in docs if isinstance(d, InputError)]
        assert not errors, errors
        assert len(docs) == EXPECTED_DOCUMENTS[suffix], item.path.name
        for doc in docs:
            assert isinstance(doc, RawDocument)
            if suffix in {".rss", ".jsonl"}:  # the container gives the metadata
                assert doc.published and doc.title and doc.source
        kinds = {d.kind for d in docs if isinstance(d, RawDocument)}
        expected = {".txt": {"text"}, ".jsonl": {"text", "html"}}.get(suffix, {"html"})
        assert kinds == expected, item.path.name


def test_corpus_has_eight_to_twelve_articles(inputs: list[DemoInput]) -> None:
    total = sum(EXPECTED_DOCUMENTS[i.path.suffix] for i in inputs)
    assert 8 <= total <= 12


def test_excerpt_cuts_at_a_word_and_flattens_lines() -> None:
    assert excerpt("short\nline") == "short line"
    cut = excerpt("word " * 100, limit=22)
    assert cut == "word word word word…"
    assert len(cut) <= 23


@pytest.fixture(scope="module")
def ingested_store(inputs: list[DemoInput], tmp_path_factory: pytest.TempPathFactory
                   ) -> Ingest:
    try:
        list(iter_documents([str(inputs[0].path)], inputs[0].options))
    except NotImplementedError:
        pytest.skip("newsledger.ingest.iter_documents is not implemented yet")
    store = Store.open(Path(tmp_path_factory.mktemp("demo")) / "demo.db")
    console = Console(record=True, width=200)
    ingested = ingest_corpus(inputs, store, console)
    return store, ingested, console.export_text()


def test_ingesting_the_corpus_stores_every_article_with_a_date(ingested_store: Ingest) -> None:
    store, ingested, errors = ingested_store
    assert ingested.failed == 0, errors
    assert len(ingested.records) == 11
    assert store.counts()["articles"] == 11
    for record in ingested.records:
        assert record.article.published, record.article.title
        assert record.article.published.startswith("2026-03-")


def test_cleaning_removes_the_corpus_boilerplate(ingested_store: Ingest) -> None:
    _, ingested, _ = ingested_store
    texts = "\n".join(r.article.text for r in ingested.records)
    for boilerplate in ("Donate today", "Sign up for the Morning Ledger", "Share this article",
                        "We use cookies", "Subscribe to Amazonia Report", "Read more:",
                        "Manage preferences", "Photo credit:"):
        assert boilerplate not in texts
    for reporting in ("Opposition leaders called for calm.",
                      "Venezuela did not respond to the statement.",
                      "Guyana welcomed the announcement but said it would not negotiate over its "
                      "sovereignty."):
        assert reporting in texts


def test_run_demo_prints_statements_and_a_timeline(inputs: list[DemoInput]) -> None:
    _documents(inputs[0])  # skips while ingest is not built
    console = Console(record=True, width=200)
    code = run_demo(console)
    out = console.export_text()
    assert code == 0, out
    assert "Articles ingested" in out
    assert "Who said what" in out and "Timeline" in out and "Actors" in out
    assert "No statements were extracted" not in out
    assert "there is no timeline" not in out
    # speakers the corpus quotes directly, named in full at least once in their article
    for speaker in ("Persaud", "Villalba", "Collier", "Duarte"):
        assert speaker in out.split("Who said what", 1)[1].split("Timeline", 1)[0]
    # the timeline is ordered by when things happened
    assert "2026-03-06" in out.split("Timeline", 1)[1]


def test_run_demo_keeps_the_store_when_asked(inputs: list[DemoInput], tmp_path: Path) -> None:
    _documents(inputs[0])
    db = tmp_path / "kept.db"
    console = Console(record=True, width=200)
    run_demo(console, db=db)
    with Store.open(db) as store:
        assert store.counts()["articles"] == 11
    assert f"--db {db}" in console.export_text()
