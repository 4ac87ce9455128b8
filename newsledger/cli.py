# ruff: noqa: D301  -- click needs a real \b in docstrings to keep the Example lines unwrapped
"""The command line: a thin layer over the library API, the store and its queries."""

from __future__ import annotations

import csv
import importlib
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, get_args

import click
from rich.console import Console
from rich.table import Table

from newsledger import __version__, query
from newsledger.batch import FAILED, run_batch
from newsledger.clean import clean
from newsledger.errors import InputError, StoreError
from newsledger.evaluate import DEFAULT_DATA_DIR, EVALUATIONS
from newsledger.pipeline import analyse
from newsledger.query import STATEMENT_KINDS
from newsledger.record import PLOVER_TYPES, STATUSES, ActorKind, RawDocument
from newsledger.store import Store, day_range

#: The store used when --db is not given: $NEWSLEDGER_DB, else this file in the current folder.
DEFAULT_DB = "newsledger.db"
DB_ENVVAR = "NEWSLEDGER_DB"

#: Columns shown by --format table (json and csv give every column). An event's confidence is
#: json/csv only: at 80 columns the eight event columns already fold names mid-word, and a
#: ninth would leave actor and recipient five characters wide.
TABLE_COLUMNS = {
    "quotes": ("when", "speaker", "speaker_country", "kind", "content", "source", "title"),
    "events": ("when", "type", "status", "actor", "recipient", "location", "trigger", "source"),
    "timeline": ("when", "item", "what", "status", "who", "whom", "text", "source"),
    "actors": ("name", "kind", "country", "sector", "role", "articles", "mentions",
               "statements", "events"),
}

#: Relative widths of table columns: the quoted or reported text gets most of the terminal.
COLUMN_RATIOS = {"content": 5, "text": 5, "title": 2, "source": 2, "speaker": 2, "who": 2,
                 "whom": 2, "name": 3, "actor": 2, "recipient": 2, "location": 2, "role": 2,
                 "trigger": 2}

#: Shorter headers for the table (json and csv keep the full column names).
HEADERS = {"speaker_country": "country", "statements": "said", "mentions": "named"}

ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)


class Probability(click.FloatRange):
    """A number from 0 to 1, named so (click's own name for it is 'float range')."""

    name = "probability"

    def __init__(self) -> None:
        """Accept 0 <= x <= 1."""
        super().__init__(0, 1)

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        """Convert like FloatRange, refusing NaN too (it compares false with every bound)."""
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a valid probability.", param, ctx)
        return number


@click.group()
@click.version_option(__version__, prog_name="newsledger")
def main() -> None:
    """Turn news into a source-linked record of who said what and who did what to whom."""


def _input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options that describe and fetch the inputs (shared by extract and ingest)."""
    options = [
        click.argument("inputs", nargs=-1, required=True, metavar="PATH|-|URL..."),
        click.option("--published", metavar="DATE",
                     help="Publication date (ISO 8601); overrides the one an input carries."),
        click.option("--url", metavar="URL", help="The article's URL, for a single input."),
        click.option("--source", metavar="NAME", help="The outlet's name (overrides)."),
        click.option("--title", metavar="TEXT", help="The article's title, for a single input."),
        click.option("--allow-private", is_flag=True,
                     help="Allow fetching URLs on private, loopback and link-local addresses."),
        click.option("--progress/--no-progress", default=None,
                     help="Force the progress bar on or off (default: a bar on a terminal "
                          "after 2 s, else a status line every 30 s)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _documents(inputs: Sequence[str], published: str | None, url: str | None,
               source: str | None, title: str | None, allow_private: bool) -> tuple[Any, Any]:
    """Iterate the documents of the inputs; return the iterator and its skip counts.

    Ingest is imported lazily because it pulls in fetching, which other commands never need.
    """
    from newsledger.ingest import IngestOptions, IngestStats, iter_documents

    options = IngestOptions(published=published, url=url, source=source, title=title,
                            allow_private=allow_private)
    stats = IngestStats()

    def each_input() -> Iterator[RawDocument | InputError]:
        """Read the inputs one by one, so a reader that breaks on one input spares the rest."""
        for item in inputs:
            try:
                yield from iter_documents([item], options, stats=stats)
            except InputError as exc:
                yield exc
            except Exception as exc:  # a reader bug on one input must not end the batch
                yield InputError(item, f"cannot read: {type(exc).__name__}: {exc}")

    return each_input(), stats


def _finish(counts: Counter[str], line: str, stats: Any) -> None:
    """Print what was skipped and the count line on stderr; exit 1 when any document failed."""
    skipped: Counter[str] = stats.skipped
    if skipped:
        reasons = ", ".join(f"{n} {reason}" for reason, n in skipped.most_common())
        click.echo(f"skipped (not articles): {reasons}", err=True)
    click.echo(line, err=True)
    if counts[FAILED]:
        sys.exit(1)


@main.command()
@_input_options
def extract(inputs: tuple[str, ...], published: str | None, url: str | None,
            source: str | None, title: str | None, allow_private: bool,
            progress: bool | None) -> None:
    """Print the record of every input document as JSON Lines on stdout.

    An input is a .txt, .html, .jsonl, feed or WARC file, a directory of them, - for stdin, or
    an http(s) URL. Records follow docs/record.schema.json.

    \b
    Example:
      newsledger extract --published 2024-03-01 article.txt
      curl -s https://example.org/story | newsledger extract --url https://example.org/story -
    """
    def handle(raw: RawDocument) -> str:
        record = analyse(clean(raw), raw.id)  # extract_document, via names tests can swap
        click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
        return "extracted"

    docs, stats = _documents(inputs, published, url, source, title, allow_private)
    try:
        counts = run_batch(docs, handle, label="extracting", progress=progress)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    _finish(counts, f"extracted {counts['extracted']} documents, {counts[FAILED]} failed", stats)


@main.command()
@_input_options
@click.option("--db", default=DEFAULT_DB, show_default=True, envvar=DB_ENVVAR,
              type=click.Path(dir_okay=False), show_envvar=True,
              help="The SQLite store to write (created when missing).")
@click.option("--reanalyse", is_flag=True,
              help="Analyse stored articles again (after improving newsledger); a record that "
                   "comes out different replaces the stored one.")
def ingest(inputs: tuple[str, ...], published: str | None, url: str | None,
           source: str | None, title: str | None, allow_private: bool,
           progress: bool | None, db: str, reanalyse: bool) -> None:
    """Extract every input document and store its record in a SQLite store.

    Re-ingesting an article already stored with the same content changes nothing, so an
    interrupted run can simply be run again; a changed article has its rows replaced.

    \b
    Example:
      newsledger ingest news/ feed.xml https://example.org/rss --db news.db
    """
    try:
        store = Store.open(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc

    def handle(raw: RawDocument) -> str:
        article = clean(raw)
        if not reanalyse and store.is_current(article):
            return "unchanged"
        return "ingested" if store.write(analyse(article, raw.id)) else "unchanged"

    try:
        docs, stats = _documents(inputs, published, url, source, title, allow_private)
        counts = run_batch(docs, handle, label="ingesting", progress=progress)
    except KeyboardInterrupt:
        store.close()
        click.echo("interrupted: run the same command again to resume", err=True)
        sys.exit(130)
    store.close()
    _finish(counts, f"ingested {counts['ingested']} articles, {counts['unchanged']} unchanged, "
                    f"{counts[FAILED]} failed", stats)


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD (or an ISO week) for --since/--until."""
    if value is not None and day_range(value)[0] is None:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _query_options(types: Sequence[str], type_help: str, *, status: bool = True,
                   confidence: bool = False,
                   name_help: str = "Only actors with this name (every word, any case).",
                   ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Add the options shared by the query commands."""
    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        options = [
            click.option("--db", default=DEFAULT_DB, show_default=True, envvar=DB_ENVVAR,
                         show_envvar=True, type=click.Path(dir_okay=False),
                         help="The SQLite store to read."),
            click.option("--speaker", "--actor", "name", metavar="NAME", help=name_help),
            click.option("--country", metavar="ISO3", help="ISO 3166-1 alpha-3 country code."),
            click.option("--type", "type_", type=click.Choice(types, case_sensitive=False),
                         help=type_help),
            click.option("--since", metavar="DATE", callback=_check_date,
                         help="From this day on (YYYY, YYYY-MM or YYYY-MM-DD)."),
            click.option("--until", metavar="DATE", callback=_check_date,
                         help="Up to this day (YYYY, YYYY-MM or YYYY-MM-DD), included."),
            click.option("--search", "text", metavar="WORDS",
                         help="Quotes holding every word (full text); events whose "
                              "sentence holds the phrase."),
            click.option("--limit", type=click.IntRange(min=1), help="At most this many rows."),
            click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                         default="table", show_default=True, help="Output format."),
        ]
        if confidence:
            options.insert(4, click.option(
                "--min-confidence", type=Probability(), metavar="P",
                help="Events whose confidence (0 to 1) is at least P; events never scored "
                     "(stored before the confidence model) are left out."))
        if status:
            options.insert(4, click.option(
                "--status", type=click.Choice(STATUSES, case_sensitive=False),
                help="Events with this epistemic status."))
        for option in reversed(options):
            func = option(func)
        return func
    return decorate


def _run_query(command: str, run: Callable[[Store, query.Filters], list[dict[str, Any]]],
               db: str, fmt: str, **filters: Any) -> None:
    """Open the store read-only, run one query and print its rows."""
    try:
        store = Store.open(db, read_only=True)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        rows = run(store, query.Filters(**filters))
    finally:
        store.close()
    print_rows(rows, fmt, TABLE_COLUMNS[command], title=command)


def print_rows(rows: list[dict[str, Any]], fmt: str, columns: Sequence[str], title: str) -> None:
    """Print rows as a rich table, a JSON array or CSV on stdout."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        fields = list(rows[0]) if rows else list(columns)
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif not rows:
        click.echo(f"no {title} match", err=True)
    else:
        table = Table(title=f"{len(rows)} {title}", show_lines=True, expand=True)
        for column in columns:
            ratio = COLUMN_RATIOS.get(column)  # short columns keep their natural width
            header = HEADERS.get(column, column.replace("_", " "))
            table.add_column(header, overflow="fold", ratio=ratio,
                             no_wrap=ratio is None)
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        Console().print(table)


@main.command()
@_query_options(STATEMENT_KINDS, "Direct, indirect or mixed quotes.", status=False,
                name_help="Only this speaker (every word of the name or of any mention).")
def quotes(db: str, fmt: str, name: str | None, country: str | None, type_: str | None,
           since: str | None, until: str | None, text: str | None, limit: int | None) -> None:
    """List who said what: statements with speaker, kind, content and article.

    The date is the statement's own date, else the article's publication day (the when
    source column says which); --since/--until filter on it.

    \b
    Example:
      newsledger quotes --speaker Macron --since 2019-10-01 --until 2019-10-31
      newsledger quotes --country TUR --type direct --search ceasefire --format csv
    """
    _run_query("quotes", query.quotes, db, fmt, name=name, country=country, type=type_,
               since=since, until=until, text=text, limit=limit)


@main.command()
@_query_options(PLOVER_TYPES, "PLOVER event type.", confidence=True)
def events(db: str, fmt: str, name: str | None, country: str | None, type_: str | None,
           status: str | None, min_confidence: float | None, since: str | None,
           until: str | None, text: str | None, limit: int | None) -> None:
    """List who did what to whom: PLOVER events with status, actors, place and date.

    --country matches the actor's, the recipient's or the location's country; --since/--until
    filter on the event's own date (undated events are then left out). Each event's confidence
    is in --format json and csv (the table has no room for it).

    \b
    Example:
      newsledger events --type MOBILIZE --country TUR --status asserted
      newsledger events --min-confidence 0.5 --format csv
    """
    _run_query("events", query.events, db, fmt, name=name, country=country, type=type_,
               status=status, min_confidence=min_confidence, since=since, until=until,
               text=text, limit=limit)


@main.command()
@_query_options((*PLOVER_TYPES, *STATEMENT_KINDS),
                "A PLOVER type (events only) or a quote kind (statements only).",
                confidence=True)
@click.option("--undated", is_flag=True, help="Also list undated items, after the dated ones.")
def timeline(db: str, fmt: str, name: str | None, country: str | None, type_: str | None,
             status: str | None, min_confidence: float | None, since: str | None,
             until: str | None, text: str | None, limit: int | None, undated: bool) -> None:
    """Order events and statements by when they happened, not when they were published.

    Each item is placed by its own date value; undated items are left out unless --undated.
    --status and --min-confidence apply to events, so either leaves the statements out.

    \b
    Example:
      newsledger timeline --since 2019-11-01 --until 2019-11-30
    """
    _run_query("timeline", query.timeline, db, fmt, name=name, country=country, type=type_,
               status=status, min_confidence=min_confidence, since=since, until=until,
               text=text, limit=limit, include_undated=undated)


@main.command()
@_query_options(ACTOR_KINDS, "Kind of actor.", status=False)
def actors(db: str, fmt: str, name: str | None, country: str | None, type_: str | None,
           since: str | None, until: str | None, text: str | None, limit: int | None) -> None:
    """List the actors across the store with counts of mentions, statements and events.

    Actors of different articles are merged by canonical name and kind.

    \b
    Example:
      newsledger actors --country FRA --type person --limit 20
    """
    if since or until or text:
        raise click.UsageError("actors takes no --since, --until or --search")
    _run_query("actors", query.actors, db, fmt, name=name, country=country, type=type_,
               limit=limit)


@main.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep the demo store in this file to try the query commands on it.")
def demo(db: Path | None) -> None:
    """Ingest the bundled demo articles into a temporary store and print a summary.

    \b
    Example:
      newsledger demo
      newsledger demo --db demo.db && newsledger quotes --db demo.db
    """
    try:
        module = importlib.import_module("newsledger.demo")
    except ModuleNotFoundError as exc:
        if exc.name != "newsledger.demo":
            raise
        raise click.ClickException("the demo is not part of this installation") from exc
    run_demo = getattr(module, "run_demo", None)
    if run_demo is None:
        raise click.ClickException("newsledger.demo has no run_demo(console)")
    sys.exit(run_demo(Console(), db) if db is not None else run_demo(Console()))


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, envvar=DB_ENVVAR,
              type=click.Path(dir_okay=False), help="The SQLite store to read.")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="parquet",
              show_default=True, help="File format, one file per table.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the files in (created when missing).")
def export(db: str, fmt: str, out_dir: Path) -> None:
    """Write every table of the store as CSV or Parquet files, for pandas, R or DuckDB.

    \b
    Example:
      newsledger export --db news.db --format parquet --out news-parquet/
    """
    from newsledger.export import export_tables

    try:
        store = Store.open(db, read_only=True)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        written = export_tables(store, out_dir, fmt)
    finally:
        store.close()
    for path, count in written.items():
        click.echo(f"{path}: {count} rows")


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, envvar=DB_ENVVAR,
              type=click.Path(dir_okay=False, path_type=Path), help="The SQLite store to browse.")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True,
              help="Port on 127.0.0.1.")
def serve(db: Path, port: int) -> None:
    """Browse and search the store in a web browser with Datasette (read-only, local only).

    The server listens on 127.0.0.1 only and opens the store immutable. Needs the serve extra:
    pip install 'newsledger[serve]'.

    \b
    Example:
      newsledger serve --db news.db --port 8001
    """
    from newsledger.serve import HOST, ServeUnavailable
    from newsledger.serve import serve as run_server

    click.echo(f"serving {db} read-only at http://{HOST}:{port}/ (Ctrl-C to stop)", err=True)
    try:
        run_server(db, port)
    except (ServeUnavailable, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("eval")
@click.argument("name", type=click.Choice(sorted(EVALUATIONS)))
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_DATA_DIR, show_default=True, help="The shared gold data folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--development", is_flag=True,
              help="events only: leave out the held-out sets (for development runs).")
def eval_command(name: str, data_dir: Path, as_json: bool, development: bool) -> None:
    """Score newsledger and its baselines side by side on gold data.

    \b
    Example:
      newsledger eval attribution --data ../shared/data
      newsledger eval events --development
    """
    module = importlib.import_module(EVALUATIONS[name])
    if development and name != "events":
        raise click.UsageError("--development applies to 'newsledger eval events' only")
    report = (module.evaluate(data_dir, module.DEVELOPMENT_DATASETS) if development
              else module.evaluate(data_dir))
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(report.to_text())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
