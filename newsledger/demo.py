"""The demo: ingest the bundled corpus into a temporary store and show what newsledger found.

The corpus (``newsledger/data/demo``, described in its ``manifest.toml``) is a fictional border
crisis between Venezuela and Guyana told in eleven articles in the four forms a user meets:
scraped text, full HTML pages, an RSS feed and a JSON Lines file. The demo runs them through the
same path as ``newsledger ingest`` (ingest -> clean -> analyse -> store) and prints the stored
result with the same query functions as ``quotes``, ``timeline`` and ``actors``. This module is
presentation only: every figure it shows comes from the store.
"""

from __future__ import annotations

import importlib.resources
import tempfile
import tomllib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from newsledger import query
from newsledger.batch import FAILED, run_batch
from newsledger.clean import clean
from newsledger.event_confidence import model as confidence_model
from newsledger.ingest import IngestOptions, iter_documents
from newsledger.pipeline import analyse, published_date
from newsledger.record import STATUSES, RawDocument, Record
from newsledger.store import Store

#: The corpus folder inside the installed package, and the file that lists its inputs.
CORPUS = ("data", "demo")
MANIFEST = "manifest.toml"

#: Room for a quotation or a sentence in a table row: about two terminal lines.
EXCERPT_CHARS = 150

#: Statements shown per article: enough to read each story's voices, and every article fits.
QUOTES_PER_ARTICLE = 3

#: Events shown per day of the timeline, so one busy day does not hide the rest.
EVENTS_PER_DAY = 4

#: Characters of sentence kept on each side of an event's trigger in the timeline.
TRIGGER_CONTEXT = 60

#: Actors shown: the most active ones; the long tail is mostly places mentioned once.
MAX_ACTORS = 20

#: How each epistemic status is shown: only "asserted" is the outlet's own account.
STATUS_STYLE = {
    "asserted": "asserted", "claimed": "[yellow]claimed[/yellow]",
    "denied": "[red]denied[/red]", "planned": "[cyan]planned[/cyan]",
    "hypothetical": "[magenta]hypothetical[/magenta]",
}

#: Statement kinds in the order the sampler prefers them: quotations carry the voice.
KIND_ORDER = {"direct": 0, "mixed": 1, "indirect": 2}

#: How each input file's suffix is named in the articles table.
FORMS = {".txt": "scraped text", ".html": "HTML page", ".rss": "RSS feed", ".jsonl": "JSON Lines"}


@dataclass(frozen=True)
class DemoInput:
    """One file of the corpus with the metadata a user would give on the command line."""

    path: Path
    options: IngestOptions

    @property
    def form(self) -> str:
        """Return the input form's readable name."""
        return FORMS.get(self.path.suffix, self.path.suffix.lstrip("."))


@dataclass(frozen=True)
class Ingested:
    """What ingesting the corpus gave: the records written, their input forms, the failures."""

    records: tuple[Record, ...]
    forms: tuple[str, ...]
    raw_chars: tuple[int, ...]  # the size of each document as ingest handed it to cleaning
    failed: int  # documents that could not be read or analysed (each reported as it happened)


@contextmanager
def corpus_dir() -> Iterator[Path]:
    """Yield the demo corpus as a real folder, even when the package is installed zipped."""
    resource = importlib.resources.files("newsledger").joinpath(*CORPUS)
    with importlib.resources.as_file(resource) as path:
        yield Path(path)


def load_manifest(folder: Path) -> list[DemoInput]:
    """Read the corpus manifest: the files in order, with their command-line metadata."""
    with (folder / MANIFEST).open("rb") as fh:
        manifest = tomllib.load(fh)
    return [
        DemoInput(folder / entry["path"], IngestOptions(
            published=entry.get("published"), url=entry.get("url"), source=entry.get("source"),
            title=entry.get("title")))
        for entry in manifest["file"]
    ]


def ingest_corpus(inputs: list[DemoInput], store: Store, console: Console) -> Ingested:
    """Ingest every input through the same batch and handler as `newsledger ingest`.

    A bad document is reported on the console as one ``error:`` line and the batch goes on.
    """
    records: list[Record] = []
    forms: list[str] = []
    raw_chars: list[int] = []
    failed = 0
    for item in inputs:
        def handle(raw: RawDocument, form: str = item.form) -> str:
            """Clean, analyse and store one document, keeping its record for the summary."""
            record = analyse(clean(raw), raw.id)
            store.write(record)
            records.append(record)
            forms.append(form)
            raw_chars.append(len(raw.content))
            return "ingested"

        counts = run_batch(iter_documents([str(item.path)], item.options), handle,
                           label="ingesting", progress=False, console=console)
        failed += counts[FAILED]
    return Ingested(tuple(records), tuple(forms), tuple(raw_chars), failed)


def excerpt(text: str | None, limit: int = EXCERPT_CHARS) -> str:
    """Return text on one line, cut at a word boundary with an ellipsis when too long."""
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + "…"


#: Quotation marks as they appear in article text, straight and curly.
QUOTE_MARKS = ('"', "\u201c", "\u201d")


def quoted(content: str, kind: str) -> str:
    """Show a content excerpt as a reader expects: direct quotes in marks, marks balanced.

    A content span starts inside the quotation (after its opening mark) and may stop before the
    closing one; the record keeps the span, the display adds the marks.
    """
    text = excerpt(content)
    # the article's own style: curly marks if it uses them, else straight ones
    opening, closing = ("\u201c", "\u201d") if "\u201c" in text or "\u201d" in text else ('"', '"')
    if kind == "direct" and not text.startswith(QUOTE_MARKS):
        text = opening + text
    if sum(text.count(mark) for mark in QUOTE_MARKS) % 2:
        text += closing
    return text


def _who(name: str | None, country: str | None, unknown: str = "[dim]?[/dim]") -> str:
    """Return an actor's name with its country code (rich markup), or unknown when absent."""
    if not name:
        return unknown
    return f"{escape(name)} [dim]({country})[/dim]" if country else escape(name)


def _more(console: Console, shown: int, total: int, command: str, db: Path | None) -> None:
    """Say how many rows were left out and, when the store is kept, which command lists them."""
    if total <= shown:
        return
    store = escape(str(db)) if db else "demo.db"
    console.print(f"[dim]{shown} of {total} shown; `newsledger {command} --db {store}` lists "
                  "them all.[/dim]")


def sample_quotes(rows: list[dict[str, Any]], per_article: int = QUOTES_PER_ARTICLE
                  ) -> list[dict[str, Any]]:
    """Pick a few statements of every article (quotations first), in story order.

    Articles come in publication order and statements in text order, so the table reads like
    the coverage did; statements without a speaker are left out of the sample.
    """
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["speaker"]:
            by_article.setdefault(row["article_id"], []).append(row)
    picked: list[dict[str, Any]] = []
    for group in by_article.values():
        best = sorted(group, key=lambda r: (KIND_ORDER.get(r["kind"], 3), r["start"]))
        picked.extend(sorted(best[:per_article], key=lambda r: r["start"]))
    picked.sort(key=lambda r: (r["published"] or "~", r["article_id"], r["start"]))
    return picked


def sample_timeline(rows: list[dict[str, Any]], per_day: int = EVENTS_PER_DAY
                    ) -> list[dict[str, Any]]:
    """Keep dated events, at most per_day of each date value, in date order.

    One sentence often yields several events; only its likeliest is kept (the highest
    confidence, the first on a tie), so the sample spreads over more of the story.
    """
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        sentence = (row["article_id"], row["sentence"])
        if sentence not in best or (row.get("confidence") or 0.0) > (
                best[sentence].get("confidence") or 0.0):
            best[sentence] = row
    per_when: Counter[str] = Counter()
    picked = []
    for row in rows:
        likeliest = best[(row["article_id"], row["sentence"])] is row
        if not likeliest or per_when[row["when"]] >= per_day:
            continue
        per_when[row["when"]] += 1
        picked.append(row)
    return picked


def around(sentence: str, trigger: str, width: int = TRIGGER_CONTEXT) -> str:
    """Return the part of a sentence around its trigger, the trigger in bold (rich markup)."""
    flat = " ".join(sentence.split())
    at = flat.find(trigger)
    if not trigger or at < 0:
        return escape(excerpt(flat))
    left = flat[max(0, at - width):at]
    right = flat[at + len(trigger):at + len(trigger) + width]
    if at - width > 0:
        left = "…" + left.split(" ", 1)[-1]
    if at + len(trigger) + width < len(flat):
        right = right.rsplit(" ", 1)[0] + "…"
    return f"{escape(left)}[bold]{escape(trigger)}[/bold]{escape(right)}"


def _table(title: str, *columns: str) -> Table:
    """Return a table that reads well in an 80-column terminal: a date column, then text."""
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                  leading=1, expand=True)
    for i, column in enumerate(columns):
        if i == 0:
            table.add_column(column, no_wrap=True)
        else:
            table.add_column(column, ratio=1)
    return table


def articles_table(ingested: Ingested) -> Table:
    """Tabulate the ingested articles with what cleaning kept and removed from each."""
    table = _table("Articles ingested", "published", "article")
    rows = sorted(zip(ingested.records, ingested.forms, ingested.raw_chars, strict=True),
                  key=lambda rfc: str(published_date(rfc[0].article.published) or "~"))
    for record, form, size in rows:
        art = record.article
        reasons = Counter(r.reason for r in art.removed)
        removed = ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items()))
        title = art.title or excerpt(art.text.split("\n", 1)[0], 80)
        day = published_date(art.published)
        cell = (f"[bold]{escape(title)}[/bold]\n[dim]{escape(art.source or '?')} · {form} · "
                f"{size:,} → {len(art.text):,} characters[/dim]")
        if removed:
            cell += f"\n[dim]removed: {escape(removed)}[/dim]"
        table.add_row(str(day) if day else "?", cell)
    return table


def quotes_table(rows: list[dict[str, Any]]) -> Table:
    """Tabulate who said what: speaker, cue and kind, then an excerpt of the content."""
    table = _table("Who said what", "when", "speaker · cue · kind, then what was said")
    for row in rows:
        when = row["when"] or "?"
        if row["when_source"] == "published":  # no date of its own: the article's, dimmed
            when = f"[dim]{when}[/dim]"
        head = (f"[bold]{_who(row['speaker'], row['speaker_country'])}[/bold] · "
                f"{escape(row['cue'])} · [dim]{row['kind']}[/dim]")
        table.add_row(when, f"{head}\n{escape(quoted(row['content'], row['kind']))}")
    return table


def timeline_table(rows: list[dict[str, Any]]) -> Table:
    """Tabulate events by when they happened (their own date), not when they were reported."""
    table = _table("Timeline: events by when they happened", "when",
                   "event · status · who → to whom, then the trigger in its sentence")
    for row in rows:
        head = (f"[bold]{row['type']}[/bold] · {STATUS_STYLE.get(row['status'], row['status'])}"
                f" · {_who(row['actor'], row['actor_country'])}")
        if row["recipient"]:
            head += f" → {_who(row['recipient'], row['recipient_country'])}"
        table.add_row(row["when"], f"{head}\n{around(row['sentence'], row['trigger'])}")
    return table


def actors_table(rows: list[dict[str, Any]]) -> Table:
    """Tabulate the most active actors across all articles with their country and sector."""
    table = Table(title="Actors", title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                  expand=True)
    table.add_column("actor (role)", ratio=1)
    for column in ("kind", "country", "sector"):
        table.add_column(column, no_wrap=True)
    for column in ("said", "events"):
        table.add_column(column, justify="right", no_wrap=True)
    for row in rows:
        name = escape(row["name"])
        if row["role"]:
            name += f" [dim]({escape(row['role'])})[/dim]"
        table.add_row(name, row["kind"], row["country"] or "", row["sector"] or "",
                      str(row["statements"]), str(row["events"]))
    return table


def show(console: Console, store: Store, ingested: Ingested, kept: Path | None) -> None:
    """Print the articles, who said what, the timeline and the actors of the store."""
    console.print(articles_table(ingested))
    pieces = sum(len(r.article.removed) for r in ingested.records)
    kept_chars = sum(len(r.article.text) for r in ingested.records)
    console.print(f"{len(ingested.records)} articles stored. Cleaning kept {kept_chars:,} of "
                  f"{sum(ingested.raw_chars):,} characters and listed {pieces} removed pieces "
                  "(navigation, appeals, credits, …) with the reason for each.\n")

    said = query.quotes(store)
    sample = sample_quotes(said)
    if sample:
        console.print(quotes_table(sample))
        _more(console, len(sample), len(said), "quotes", kept)
    else:
        console.print("[yellow]No statements were extracted.[/yellow]")
    console.print()

    happened = [row for row in query.events(store) if row["when"]]  # in date order
    if happened:
        sample_events = sample_timeline(happened)
        console.print(timeline_table(sample_events))
        statuses = Counter(row["status"] for row in happened)
        threshold = confidence_model().threshold
        confident = sum(1 for row in happened if (row.get("confidence") or 0.0) >= threshold)
        console.print("Dated events by status: " + ", ".join(
            f"{STATUS_STYLE[s]} {statuses[s]}" for s in STATUSES if statuses[s]) + "; "
            f"{confident} of {len(happened)} at confidence {threshold} or more "
            "(newsledger events --min-confidence).")
        _more(console, len(sample_events), len(happened), "timeline", kept)
    else:
        console.print("[yellow]No dated events were extracted, so there is no timeline."
                      "[/yellow]")
    console.print()

    who = query.actors(store)
    if who:
        console.print(actors_table(who[:MAX_ACTORS]))
        _more(console, min(MAX_ACTORS, len(who)), len(who), "actors", kept)
    else:
        console.print("[yellow]No actors were found.[/yellow]")


def run_demo(console: Console, db: Path | None = None) -> int:
    """Ingest the demo corpus into a store and print a summary; return an exit code.

    The store is temporary unless ``db`` names a file to keep it in (the query commands can then
    be tried on it).
    """
    console.print(Panel.fit(
        "[bold]newsledger demo[/bold]: a border crisis between Venezuela and Guyana, "
        "2-12 March 2026, in eleven articles.\n"
        "The crisis, the outlets and every person quoted are [bold]fictional[/bold], "
        "written for this demo.",
    ))
    with corpus_dir() as folder, tempfile.TemporaryDirectory(prefix="newsledger-demo-") as tmp:
        inputs = load_manifest(folder)
        store = Store.open(db if db is not None else Path(tmp) / "demo.db")
        try:
            with console.status(f"Reading {len(inputs)} files: cleaning, parsing, extracting…"):
                ingested = ingest_corpus(inputs, store, console)
            show(console, store, ingested, db)
        finally:
            store.close()
    console.print(next_steps(db))
    return 1 if ingested.failed else 0


def next_steps(db: Path | None) -> str:
    """Return what to try next: the query commands on the demo's store, then on one's news."""
    if db is None:
        first = ("\nKeep the store to query it: [bold]newsledger demo --db demo.db[/bold], then "
                 "[bold]newsledger quotes --db demo.db --speaker Persaud[/bold].")
    else:
        first = (f"\nThe store is kept in {escape(str(db))}: try [bold]newsledger quotes --db "
                 f"{escape(str(db))} --speaker Persaud[/bold] or [bold]newsledger events --db "
                 f"{escape(str(db))} --status claimed[/bold].")
    return (first + "\nOn your own news: [bold]newsledger ingest PAGES/ FEED.xml --db news.db"
            "[/bold], then the same commands with [bold]--db news.db[/bold].")
