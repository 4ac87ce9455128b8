"""``case2021-types``: PLOVER types on the CASE 2021 fine-grained event classes (issue 4, T24).

``../shared/data/events/case2021-task2.tsv`` (CASE 2021 shared task 2, test set with labels;
evaluation only, do not redistribute): 1019 news snippets of 1-3 sentences from many countries
and outlets, each with one of 30 event classes (25 ACLED sub-event types plus diplomacy,
attribution, organised crime, natural and man-made disasters and "other"). Read with quoting
disabled (snippets hold bare double quotes). Nobody tuned a rule on them.

``data/case2021_plover.tsv`` maps each class to its PLOVER type(s) (:func:`case_map`, reasons
per line): a type or several joined by ``|`` (any counts), ``-`` for classes that report no
PLOVER event (disasters), ``?`` for political classes of no single type (diplomacy, attribution,
organised crime, other), which only get an event-coverage note.

Figures (events of :func:`newsledger.evaluate.events.analyse`, the types the record gets):

- ``case2021-types`` (snippets of classes with a type): **type_any** = some event of the snippet
  has a mapped type; **type_primary** = the primary event (nearest the root) of the first
  sentence with an event has one, as the ``acled-notes`` row; **event_coverage** = some event is
  coded at all.
- ``case2021-no-event`` (classes mapped to ``-``): **no_event** = share of snippets that yield no
  event (a disaster report coded as an attack is the error this catches); **events_per_snippet**
  = mean number of events coded per snippet.

Baseline: the root-verb lookup of each sentence (:func:`newsledger.evaluate.events.baseline`);
its "primary" is the first sentence with a root-verb type, "any" any sentence's.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from newsledger.errors import EvalDataError
from newsledger.evaluate import SystemScores
from newsledger.evaluate.events import (
    BASELINE,
    NEWSLEDGER,
    analyse,
    baseline,
    parse_texts,
    primary,
    ratio,
)
from newsledger.events import CodedEvent
from newsledger.record import PLOVER_TYPES

TYPES_DATASET = "case2021-types"
NO_EVENT_DATASET = "case2021-no-event"

#: Mapping values that are not PLOVER types: no event expected, or no single type.
NO_EVENT = "-"
UNTYPED = "?"


@dataclass(frozen=True)
class CaseClass:
    """One CASE 2021 class's mapping: the PLOVER types that count, or what the class expects."""

    name: str
    types: frozenset[str]  # empty for "-" and "?"
    expects_event: bool  # False for "-" (no PLOVER event)
    reason: str


def parse_case_map(text: str, origin: str = "case2021_plover.tsv") -> dict[str, CaseClass]:
    """Parse the class -> PLOVER table (comment lines, a header row, then class/plover/reason)."""
    table: dict[str, CaseClass] = {}
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for number, line in enumerate(lines[1:], start=2):  # lines[0] is the header row
        cells = line.split("\t")
        if len(cells) != 3 or not cells[2].strip():
            raise EvalDataError(f"{origin}: row {number} needs class, plover and a reason: "
                                f"{line!r}")
        name, plover, reason = (c.strip() for c in cells)
        if plover in (NO_EVENT, UNTYPED):
            types: frozenset[str] = frozenset()
        else:
            types = frozenset(plover.split("|"))
            unknown = types - set(PLOVER_TYPES)
            if unknown:
                raise EvalDataError(f"{origin}: row {number}: {sorted(unknown)} are not PLOVER "
                                    "types")
        if name in table:
            raise EvalDataError(f"{origin}: class {name} mapped twice")
        table[name] = CaseClass(name, types, plover != NO_EVENT, reason)
    return table


@lru_cache(maxsize=1)
def case_map() -> dict[str, CaseClass]:
    """Return the packaged CASE 2021 class -> PLOVER mapping."""
    text = resources.files("newsledger.data").joinpath("case2021_plover.tsv").read_text("utf-8")
    return parse_case_map(text)


def read_snippets(data_dir: Path) -> list[tuple[str, str]]:
    """Read (snippet, class) pairs from the task file, quoting disabled."""
    path = data_dir / "events" / "case2021-task2.tsv"
    if not path.is_file():
        raise EvalDataError(f"{path}: gold file not found; pass --data pointing at shared/data")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0][1:3] != ["EventSnippet", "SubType"]:
        raise EvalDataError(f"{path}: expected the columns id, EventSnippet, SubType")
    return [(r[1], r[2]) for r in rows[1:] if len(r) >= 3]


def first_primary(doc: Doc, coded: Sequence[CodedEvent]) -> str | None:
    """Return the type of the primary event of the first sentence with an event."""
    for sent in doc.sents:
        here = [c for c in coded if sent.start_char <= c.event.start < sent.end_char]
        if here:
            return primary(here)[0].event.type
    return None


@dataclass
class _Tally:
    """Running counts of one system."""

    typed: int = 0
    type_any: int = 0
    type_primary: int = 0
    covered: int = 0
    untyped: int = 0
    untyped_covered: int = 0
    no_event_n: int = 0
    no_event: int = 0
    events: int = 0

    def add(self, case: CaseClass, types: Sequence[str], first: str | None) -> None:
        """Count one snippet: the types of its events (with repeats) and its primary type."""
        if not case.expects_event:
            self.no_event_n += 1
            self.no_event += not types
            self.events += len(types)
        elif not case.types:
            self.untyped += 1
            self.untyped_covered += bool(types)
        else:
            self.typed += 1
            self.type_any += bool(case.types & set(types))
            self.type_primary += first in case.types
            self.covered += bool(types)


def score_case_types(data_dir: Path) -> tuple[list[SystemScores], list[str]]:
    """Score type accuracy and no-event rate on the CASE 2021 snippets."""
    table = case_map()
    snippets = read_snippets(data_dir)
    unknown = sorted({c for _, c in snippets} - set(table))
    if unknown:
        raise EvalDataError(f"case2021-task2.tsv: classes {unknown} are not in "
                            "data/case2021_plover.tsv; map them first")
    tallies = {NEWSLEDGER: _Tally(), BASELINE: _Tally()}
    for (_text, name), doc in zip(snippets, parse_texts([t for t, _ in snippets]), strict=True):
        case = table[name]
        coded = analyse(doc)
        tallies[NEWSLEDGER].add(case, [c.event.type for c in coded], first_primary(doc, coded))
        roots = [t for t in (baseline(s)[0] for s in doc.sents) if t]
        tallies[BASELINE].add(case, roots, roots[0] if roots else None)
    rows = []
    for system, t in tallies.items():
        rows.append(SystemScores(system, TYPES_DATASET, {
            "type_any": ratio(t.type_any, t.typed),
            "type_primary": ratio(t.type_primary, t.typed),
            "event_coverage": ratio(t.covered, t.typed)}, n=t.typed))
    for system, t in tallies.items():
        rows.append(SystemScores(system, NO_EVENT_DATASET, {
            "no_event": ratio(t.no_event, t.no_event_n),
            "events_per_snippet": ratio(t.events, t.no_event_n)}, n=t.no_event_n))
    mine = tallies[NEWSLEDGER]
    notes = [f"{TYPES_DATASET}: classes mapped by data/case2021_plover.tsv; {mine.untyped} "
             f"snippets of classes with no single PLOVER type (diplomacy, attribution, crime, "
             f"other) not scored for type, {ratio(mine.untyped_covered, mine.untyped):.3f} of "
             "them get some event; never tuned on (CASE 2021 licence: evaluation only)"]
    return rows, notes
