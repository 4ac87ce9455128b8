"""Batches for the command line: every document of the inputs through one handler.

A bad document is reported as one line ``error: <origin>: <problem>`` on stderr and the batch goes
on; the caller prints the count line and exits non-zero when any failed. A rich progress bar goes
to stderr once a batch has run for :data:`PROGRESS_DELAY_S` on a terminal (or when forced).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from newsledger.errors import InputError, NewsledgerError
from newsledger.record import RawDocument

#: A bar only helps on a batch longer than a few seconds; shorter ones finish without flicker.
PROGRESS_DELAY_S = 2.0

#: Off a terminal (a log file, CI) a bar cannot redraw, so a long batch prints a status line
#: this often instead: rare enough to keep logs short, often enough to show it is alive.
HEARTBEAT_S = 30.0

#: What a handler says it did with a document: a key of the batch's counts.
Outcome = str

#: The outcome counted for a document that could not be processed.
FAILED = "failed"


class BatchProgress:
    """A progress bar on stderr that appears only when wanted and the batch is long enough.

    enabled None (the default) means: a bar on a terminal once the batch has run
    PROGRESS_DELAY_S, and off a terminal a status line every HEARTBEAT_S; True forces the bar
    at once, False shows nothing but error lines.
    """

    def __init__(self, console: Console, label: str, enabled: bool | None) -> None:
        """Decide how progress is shown on this console."""
        self.console = console
        self.enabled = console.is_terminal if enabled is None else enabled
        self.heartbeat = enabled is None and not console.is_terminal
        self.delay = PROGRESS_DELAY_S if enabled is None else 0.0
        self.label = label
        self.started = time.monotonic()
        self.last_beat = self.started
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.done = 0
        self.failed = 0

    def __enter__(self) -> BatchProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.progress is not None:
            self.progress.stop()

    def advance(self, outcome: Outcome) -> None:
        """Count one document and refresh (or start) the bar."""
        self.done += 1
        self.failed += outcome == FAILED
        if self.heartbeat:
            self._beat()
        if not self.enabled:
            return
        if self.progress is None and time.monotonic() - self.started >= self.delay:
            self.progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                TextColumn("{task.completed} documents, {task.fields[failed]} failed"),
                TimeElapsedColumn(), console=self.console, transient=True)
            self.task = self.progress.add_task(self.label, total=None, failed=0)
            self.progress.start()
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, completed=self.done, failed=self.failed)

    def _beat(self) -> None:
        """Print a plain status line when HEARTBEAT_S has passed since the last one."""
        now = time.monotonic()
        if now - self.last_beat >= HEARTBEAT_S:
            self.last_beat = now
            elapsed = int(now - self.started)
            self.console.print(
                f"{self.label}: {self.done} documents, {self.failed} failed, "
                f"{elapsed // 60}:{elapsed % 60:02d} elapsed",
                markup=False, highlight=False, soft_wrap=True, style=None)

    def error(self, origin: str, problem: str) -> None:
        """Print one bad document as a single line, above the bar when it is shown."""
        self.console.print(f"error: {origin}: {problem}", markup=False, highlight=False,
                           soft_wrap=True, style=None)


def run_batch(
    documents: Iterable[RawDocument | InputError],
    handle: Callable[[RawDocument], Outcome],
    *,
    label: str,
    progress: bool | None = None,
    console: Console | None = None,
) -> Counter[str]:
    """Run handle on every document, report bad ones and return how many had each outcome.

    InputError (unreadable input, empty article) and other NewsledgerErrors fail one document;
    so does an unexpected exception inside extraction, reported with its type, so one bad
    article never stops a corpus run. KeyboardInterrupt stops the batch: the article being
    written is rolled back by the store, everything before it stays stored.
    """
    console = console or Console(stderr=True)
    counts: Counter[str] = Counter()
    with BatchProgress(console, label, progress) as bar:
        iterator = iter(documents)
        while True:
            try:
                item = next(iterator)
            except StopIteration:
                break
            except InputError as exc:  # an input that broke its reader: report it, stop reading
                bar.error(exc.origin, exc.problem)
                counts[FAILED] += 1
                break
            if isinstance(item, InputError):
                bar.error(item.origin, item.problem)
                outcome = FAILED
            else:
                outcome = _handle_one(item, handle, bar)
            counts[outcome] += 1
            bar.advance(outcome)
    return counts


def _handle_one(item: RawDocument, handle: Callable[[RawDocument], Outcome],
                bar: BatchProgress) -> Outcome:
    """Run the handler on one document, turning its failure into a reported error."""
    try:
        return handle(item)
    except InputError as exc:
        bar.error(exc.origin, exc.problem)
    except NewsledgerError as exc:
        bar.error(item.origin, str(exc))
    except Exception as exc:  # an extractor bug must not end a corpus run; name it and go on
        bar.error(item.origin, f"extraction failed: {type(exc).__name__}: {exc}")
    return FAILED
