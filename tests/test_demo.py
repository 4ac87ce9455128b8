"""The demo corpus parses in every form; `newsledger demo` prints who said what and a timeline."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from newsledger import demo
from newsledger.demo import (
    MANIFEST,
    DemoInput,
    around,
    corpus_dir,
    excerpt,
    load_manifest,
    quoted,
    run_demo,
    sample_quotes,
    sample_timeline,
)
from newsledger.errors import InputError
from newsledger.ingest import IngestOptions, iter_documents
from newsledger.record import RawDocument
from newsledger.store import Store

#: Documents each corpus file holds: one page per text/HTML file, every item of the feed and
#: every line of the JSON Lines file.
EXPECTED_DOCUMENTS = {".txt": 1, ".html": 1, ".rss": 2, ".jsonl": 3}

#: The demo's exit code, what it printed, and the store it kept.
DemoRun = tuple[int, str, Path]


@pytest.fixture(scope="module")
def inputs() -> list[DemoInput]:
    with corpus_dir() as folder:
        return load_manifest(folder)


def _documents(item: DemoInput) -> list[RawDocument | InputError]:
    """Read one corpus file through the ingest stage."""
    return list(iter_documents([str(item.path)], item.options))


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
            assert item.options.source and item.options.title
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


def _quote(article: str, start: int, kind: str, speaker: str | None = "Anna Berg",
           published: str = "2026-03-02") -> dict[str, object]:
    return {"article_id": article, "start": start, "kind": kind, "speaker": speaker,
            "published": published}


def test_sample_quotes_prefers_quotations_and_keeps_story_order() -> None:
    rows = [_quote("b", 10, "indirect", published="2026-03-03"),
            _quote("a", 50, "indirect"), _quote("a", 40, "direct"), _quote("a", 5, "indirect"),
            _quote("a", 30, "mixed"), _quote("a", 1, "direct", speaker=None)]
    picked = sample_quotes(rows, per_article=3)
    assert [(r["article_id"], r["start"]) for r in picked] == [
        ("a", 5), ("a", 30), ("a", 40), ("b", 10)]


def test_sample_timeline_caps_each_day_and_each_sentence() -> None:
    rows = [{"article_id": "a", "sentence": f"s{i // 2}", "when": "2026-03-02"}
            for i in range(8)] + [{"article_id": "a", "sentence": "s9", "when": "2026-03-03"}]
    picked = sample_timeline(rows, per_day=3)
    assert [(r["when"], r["sentence"]) for r in picked] == [
        ("2026-03-02", "s0"), ("2026-03-02", "s1"), ("2026-03-02", "s2"), ("2026-03-03", "s9")]


def test_sample_timeline_keeps_each_sentences_likeliest_event() -> None:
    rows = [{"article_id": "a", "sentence": "s0", "when": "2026-03-02", "trigger": "met",
             "confidence": 0.3},
            {"article_id": "a", "sentence": "s0", "when": "2026-03-02", "trigger": "shelled",
             "confidence": 0.9},
            {"article_id": "a", "sentence": "s1", "when": "2026-03-02", "trigger": "old",
             "confidence": None}]  # stored before confidences: still shown
    picked = sample_timeline(rows, per_day=3)
    assert [r["trigger"] for r in picked] == ["shelled", "old"]


def test_around_marks_the_trigger_and_escapes_markup() -> None:
    sentence = "Officials in [the capital] said troops had crossed the river at dawn on Monday."
    shown = around(sentence, "crossed", width=12)
    assert shown == "…troops had [bold]crossed[/bold] the river…"
    assert "\\[the capital]" in around(sentence, "Officials", width=20)
    assert around(sentence, "absent") == "Officials in \\[the capital] said troops had crossed " \
        "the river at dawn on Monday."


def test_quoted_opens_direct_quotes_and_balances_marks() -> None:
    assert quoted('We will not be provoked," she said. "Never.', "direct") == \
        '"We will not be provoked," she said. "Never."'
    assert quoted("that images showed \u201ca steady build-up", "mixed") == \
        "that images showed \u201ca steady build-up\u201d"
    assert quoted("the army was on alert", "indirect") == "the army was on alert"


def test_excerpt_cuts_at_a_word_and_flattens_lines() -> None:
    assert excerpt("short\nline") == "short line"
    cut = excerpt("word " * 100, limit=22)
    assert cut == "word word word word…"
    assert len(cut) <= 23


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    """Run the demo once for the module, keeping its store."""
    db = Path(tmp_path_factory.mktemp("demo")) / "demo.db"
    console = Console(record=True, width=200)
    code = run_demo(console, db=db)
    return code, console.export_text(), db


def _articles(db: Path) -> list[dict[str, Any]]:
    with Store.open(db, read_only=True) as store:
        return list(store.rows("SELECT id, title, published, text FROM articles"))


def test_run_demo_keeps_the_store_it_was_given(demo_run: DemoRun) -> None:
    code, out, db = demo_run
    assert code == 0, out
    assert len(_articles(db)) == 11
    assert f"--db {db}" in out


def test_the_demo_stores_every_article_with_its_publication_date(demo_run: DemoRun) -> None:
    for article in _articles(demo_run[2]):
        assert (article["published"] or "").startswith("2026-03-"), article["title"]
        assert article["title"], article["text"][:80]


#: Boilerplate the corpus plants in its scraped text and HTML pages, one line or phrase each.
BOILERPLATE = [
    "Home > World > Caribbean > Guyana", "Donate today", "Share this article",
    "Photo: Soldiers of the Guyana Defence Force", "Read more: What is the Essequibo dispute?",
    "© 2026 Caribbean Ledger", "Skip to main content", "Subscribe to Amazonia Report",
    "Follow us on Instagram", "Photo credit:", "Tags: Guyana", "We use cookies",
    "Manage preferences", "Get the Americas Briefing", "More from Americas", "Your privacy",
    "Most read", "please consider making a donation", "Read next",
    "Sign up for the Morning Ledger", "Related: Venezuela launches border drills",
    "Become a member today",
]

#: Body lines around the boilerplate, one-line paragraphs of reporting included.
REPORTING = [
    "Opposition leaders called for calm.", "Venezuela did not respond to the statement.",
    "Guyana welcomed the announcement but said it would not negotiate over its sovereignty.",
    "Itamaraty, as the foreign ministry is known, said in a note",
    "The incident could not be independently verified.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_cleaning_removes_the_corpus_boilerplate(demo_run: DemoRun, line: str) -> None:
    assert line not in "\n".join(a["text"] for a in _articles(demo_run[2]))


@pytest.mark.parametrize("line", REPORTING)
def test_cleaning_keeps_the_corpus_reporting(demo_run: DemoRun, line: str) -> None:
    assert line in "\n".join(a["text"] for a in _articles(demo_run[2]))


def test_run_demo_prints_statements_and_a_timeline(demo_run: DemoRun) -> None:
    out = demo_run[1]
    assert "Articles ingested" in out
    assert "Who said what" in out and "Timeline" in out and "Actors" in out
    assert "No statements were extracted" not in out
    assert "there is no timeline" not in out
    # speakers the corpus quotes directly, named in full at least once in their article
    said = out.split("Who said what", 1)[1].split("Timeline", 1)[0]
    for speaker in ("Persaud", "Villalba", "Collier", "Duarte"):
        assert speaker in said
    # the timeline is ordered by when things happened, and says how events are attributed
    timeline = out.split("Timeline", 1)[1].split("Actors", 1)[0]
    days = re.findall(r"^\W*(2026-03-\d\d) ", timeline, flags=re.MULTILINE)
    assert len(set(days)) >= 5 and days == sorted(days)
    assert "Dated events by status:" in timeline and "claimed" in timeline


def test_run_demo_reports_a_bad_input_and_exits_non_zero(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    missing = DemoInput(tmp_path / "gone.txt", IngestOptions(published="2026-03-02"))
    monkeypatch.setattr(demo, "load_manifest", lambda folder: [missing])
    console = Console(record=True, width=120)
    assert run_demo(console) == 1
    out = console.export_text()
    assert f"error: {missing.path}" in out
    assert "No statements were extracted" in out


def _speakers(db: Path) -> list[dict[str, Any]]:
    """Return every statement's speaker with its traits and the article's title."""
    with Store.open(db, read_only=True) as store:
        return list(store.rows(
            "SELECT a.name, a.kind, a.country, a.sector, a.role, s.speaker_text, r.title"
            " FROM statements s JOIN actors a ON a.article_id = s.article_id AND a.id = s.speaker"
            " JOIN articles r ON r.id = s.article_id"))


#: Who the corpus says each quoted official serves: a speaker's country is this or unknown.
#: (Regression test for issue 4: a minister named in apposition after "X's minister" was
#: merged into an earlier minister and gave them the wrong country.)
DEMO_COUNTRIES = {
    "Natalie Persaud": "GUY", "Helena Duarte": "BRA", "Inés Carvajal": "VEN",
    "James Whitcombe": "GBR", "Rafael Montilla": "VEN", "Sharon Lall": "GUY",
}


def test_demo_speakers_keep_their_own_country(demo_run: DemoRun) -> None:
    rows = _speakers(demo_run[2])
    seen = {r["name"] for r in rows}
    # each named, not folded into another official of the same title
    assert {"James Whitcombe", "Inés Carvajal", "Sharon Lall", "Rafael Montilla"} <= seen
    for row in rows:
        wanted = DEMO_COUNTRIES.get(row["name"])
        if wanted is not None:
            assert row["country"] in (None, wanted), (row["speaker_text"], row["title"])


def test_demo_speakers_have_fitting_sectors(demo_run: DemoRun) -> None:
    rows = {r["name"]: r for r in _speakers(demo_run[2])}
    assert rows["Marta Quintero"]["sector"] != "GOV"  # an analyst at an institute in a capital
    assert rows["Andrea Baptiste"]["sector"] == "IGO"  # the bloc's secretary-general
    assert rows["Desmond Welch"]["sector"] == "ELI"  # a former minister no longer governs
    assert rows["Paulo Mendes"]["role"] == "researcher"


def test_demo_quantified_phrases_and_datelines_are_no_speakers(demo_run: DemoRun) -> None:
    with Store.open(demo_run[2], read_only=True) as store:
        names = {r["name"] for r in store.rows("SELECT name FROM actors")}
    assert not names & {"GEORGETOWN", "not a single Venezuelan soldier", "any party"}
