"""Exhaustively labelled sentences: event precision as well as recall (T82, T87, T88; issue 4).

The country and status sets label one event per sentence, so they measure recall only. The
exhaustive sets (``tests/fixtures/events/exhaustive_dev_*.jsonl``, development, and
``exhaustive_heldout_*.jsonl``, labelled in T87 and tuned on by nobody, and
``exhaustive_dev2_*.jsonl``, T88's fresh development sentences, and ``exhaustive_dev3_*.jsonl``,
T94's, labelled at the start of session 10 to measure its transfer, and
``exhaustive_dev4_*.jsonl``, T111's, labelled at the start of session 13 and measured there on
the start code before anyone tuned on it, and ``exhaustive_dev5_*.jsonl``, T115's, labelled at the
start of session 14 and tuned on by nobody in it) label EVERY event of
each sentence, so a coded event at no labelled trigger is a false positive. Each sentence is
parsed alone and run through actors, statements and events as the country sets' "event
arguments" row is (:func:`newsledger.evaluate.events.analyse`). A coded event matches a labelled
one when its trigger span covers the labelled trigger's first character (or the labelled word
covers the coded span's start). Labelled events marked ``unsure`` are optional: coding one is no
false positive, missing one no false negative.

Figures: trigger precision / recall / F1 (any type); typed recall and type accuracy among found
events; typed precision (a coded event at a labelled trigger counts only when a label there has
its type); status accuracy among typed matches; argument country accuracy among typed matches
(the labelled ISO3 codes found among the coded events' actor / recipient countries, a joint
act's sides pooled, as the country sets score the arguments row); and the share of event-free
sentences that get an event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.coded_event import CodedEvent
from newsledger.evaluate import SystemScores, roc_auc
from newsledger.evaluate.events import (
    STATUS_SET,
    analyse,
    parse_texts,
    ratio,
    read_jsonl,
    side_countries,
)
from newsledger.event_confidence import model as confidence_model

#: The folder of the event sets (the status set's, as ``newsledger eval events`` finds them).
FIXTURES = STATUS_SET.parent

#: The exhaustive sets by the names used in the report: a file pattern each, since each set was
#: labelled by two engineers in two files.
EXHAUSTIVE_SETS = {"exhaustive-dev": "exhaustive_dev_*.jsonl",
                   "exhaustive-dev2": "exhaustive_dev2_*.jsonl",
                   "exhaustive-dev3": "exhaustive_dev3_*.jsonl",
                   "exhaustive-dev4": "exhaustive_dev4_*.jsonl",
                   "exhaustive-dev5": "exhaustive_dev5_*.jsonl",
                   "exhaustive-heldout": "exhaustive_heldout_*.jsonl"}

#: The row's system name: the events stage's own arguments, as ``analyse`` gives them.
SYSTEM = "newsledger (event arguments)"


@dataclass
class Tally:
    """Counts over the labelled sentences, and the disagreements for reading."""

    coded: int = 0  # coded events that count (not matched to an unsure label only)
    labelled: int = 0  # sure labelled events
    matched: int = 0  # coded events at a labelled trigger (sure or unsure)
    mistyped: int = 0  # ... none of whose labels there has the coded type
    found: int = 0  # sure labelled events some coded event matches
    typed: int = 0  # ... with the labelled type
    status_right: int = 0  # typed matches with the labelled status
    empty: int = 0  # sentences with no labelled event
    empty_coded: int = 0  # ... that get one
    codes: int = 0  # labelled country codes of typed matches
    codes_right: int = 0  # ... found on the coded side
    shown: list[str] = field(default_factory=list)  # disagreements, one line each
    # counted coded events: (real and of its type, its confidence), for the confidence's ranking
    scored: list[tuple[int, float]] = field(default_factory=list)


def covers(coded: tuple[int, int], gold: dict) -> bool:
    """Tell whether a coded trigger span and a labelled trigger word overlap at a start."""
    start, end = coded
    g_start = int(gold["trigger_start"])
    g_end = g_start + len(str(gold["trigger"]))
    return start <= g_start < end or g_start <= start < g_end


def _country_check(gold: dict, right: Sequence[CodedEvent], tally: Tally) -> str:
    """Count a typed match's labelled country codes found; return a note of those missed."""
    actors, recipients = side_countries(right)
    missed = []
    for side, found in (("actor", actors), ("recipient", recipients)):
        for code in gold.get(side) or []:
            tally.codes += 1
            tally.codes_right += code in found
            if code not in found:
                missed.append(f"{side} {code} (coded {sorted(map(str, found))})")
    return "; ".join(missed)


def _score_label(gold: dict, coded_events: Sequence[CodedEvent], text: str,
                 tally: Tally) -> None:
    """Count one sure label: found, typed, status and countries, noting each disagreement."""
    hits = [c for c in coded_events if covers((c.event.start, c.event.end), gold)]
    if not hits:
        tally.shown.append(f"MISS {gold['trigger']} {gold['type']} {gold['status']} | {text}")
        return
    tally.found += 1
    right = [c for c in hits if c.event.type == gold["type"]]
    if not right:
        tally.shown.append(f"TYPE {gold['trigger']} gold {gold['type']} coded "
                           f"{sorted({c.event.type for c in hits})} | {text}")
        return
    tally.typed += 1
    status_ok = any(c.event.status == gold["status"] for c in right)
    tally.status_right += status_ok
    if not status_ok:
        tally.shown.append(f"STATUS {gold['trigger']} {gold['type']} gold {gold['status']} "
                           f"coded {sorted({c.event.status for c in right})} | {text}")
    missed = _country_check(gold, right, tally)
    if missed:
        tally.shown.append(f"COUNTRY {gold['trigger']} {gold['type']} {missed} | {text}")


def score_row(row: dict, coded_events: Sequence[CodedEvent], tally: Tally) -> None:
    """Add one labelled sentence's counts (its coded events given) to the tally."""
    text = row["sentence"]
    gold = row["events"]
    # one coded event per span and type: coordinated pairs of one act count once
    coded = {(c.event.start, c.event.end, c.event.type): c for c in coded_events}
    if not gold:
        tally.empty += 1
        tally.empty_coded += bool(coded)
    sure = [g for g in gold if not g.get("unsure")]
    tally.labelled += len(sure)
    for g in sure:
        _score_label(g, coded_events, text, tally)
    for (start, end, kind), c in coded.items():
        at = [g for g in gold if covers((start, end), g)]
        if at and all(g.get("unsure") for g in at):
            continue  # an optional event: neither right nor wrong
        tally.coded += 1
        tally.matched += bool(at)
        typed = kind in {g["type"] for g in at}
        if c.event.confidence is not None:
            tally.scored.append((int(typed), c.event.confidence))
        if not at:
            tally.shown.append(f"FALSE {text[start:end]} {kind} {c.event.status} | {text}")
        elif not typed:
            tally.mistyped += 1
            # a label with no right-typed event at all is listed as TYPE already
            if any((s, e, g["type"]) in coded for g in at for (s, e, _) in coded
                   if covers((s, e), g)):
                tally.shown.append(f"EXTRA {text[start:end]} {kind} beside the labelled "
                                   f"{'/'.join(sorted({g['type'] for g in at}))} | {text}")


def confidence_metrics(tally: Tally) -> dict[str, float]:
    """Return the confidence's figures: its ranking, and the events kept at the threshold.

    ``confidence_auc`` is the chance that a coded event real and of its type outscores one that
    is not; ``confident_precision`` the typed precision of the events at or over the model's
    threshold, ``confident_recall`` their share of the sure labels (a label two kept events
    match counts twice: rare) and ``confident_kept`` the share of coded events kept.
    """
    if not tally.scored:
        return {}
    threshold = confidence_model().threshold
    kept = [label for label, p in tally.scored if p >= threshold]
    return {
        "confidence_auc": roc_auc([y for y, _ in tally.scored], [p for _, p in tally.scored]),
        "confident_precision": ratio(sum(kept), len(kept)),
        "confident_recall": ratio(sum(kept), tally.labelled),
        "confident_kept": ratio(len(kept), len(tally.scored)),
    }


def metrics(tally: Tally) -> dict[str, float]:
    """Return the figures of a tally by name."""
    precision, recall = ratio(tally.matched, tally.coded), ratio(tally.found, tally.labelled)
    figures = {
        "trigger_precision": precision,
        "trigger_recall": recall,
        "trigger_f1": ratio(2 * precision * recall, precision + recall),
        "typed_precision": ratio(tally.matched - tally.mistyped, tally.coded),
        "typed_recall": ratio(tally.typed, tally.labelled),
        "type_acc_found": ratio(tally.typed, tally.found),
        "status_acc_typed": ratio(tally.status_right, tally.typed),
        "country_acc_typed": ratio(tally.codes_right, tally.codes),
        "empty_with_event": ratio(tally.empty_coded, tally.empty),
    }
    return figures | confidence_metrics(tally)


def report(tally: Tally) -> str:
    """Return the figures of a tally as text."""
    m = metrics(tally)
    return "\n".join([
        f"labelled events (sure) {tally.labelled}, coded events {tally.coded}",
        f"trigger precision {m['trigger_precision']:.3f}  recall {m['trigger_recall']:.3f}  "
        f"F1 {m['trigger_f1']:.3f}",
        f"typed recall {m['typed_recall']:.3f}  (type right among found "
        f"{m['type_acc_found']:.3f}); typed precision {m['typed_precision']:.3f} "
        f"({tally.mistyped} coded events at a labelled trigger of another type)",
        f"status right among typed {m['status_acc_typed']:.3f}",
        "argument countries right among typed " + (
            f"{m['country_acc_typed']:.3f} ({tally.codes_right} of {tally.codes} codes)"
            if tally.codes else "n/a (no labelled country codes)"),
        f"event-free sentences {tally.empty}, with a coded event "
        f"{tally.empty_coded} ({m['empty_with_event']:.3f})",
        *([f"confidence AUC {m['confidence_auc']:.3f}; at the threshold: kept "
           f"{m['confident_kept']:.3f} of coded events, typed precision "
           f"{m['confident_precision']:.3f}, recall {m['confident_recall']:.3f}"]
          if "confidence_auc" in m else []),
    ])


def read_rows(files: Sequence[Path]) -> list[dict]:
    """Return the labelled sentences of the given JSON-lines files, in order."""
    return [row for path in files for row in read_jsonl(path)]


def tally_files(files: Sequence[Path]) -> Tally:
    """Parse and code every sentence of the files and return the tally."""
    tally = Tally()
    rows = read_rows(files)
    for row, doc in zip(rows, parse_texts([r["sentence"] for r in rows]), strict=True):
        score_row(row, analyse(doc), tally)
    return tally


def score_exhaustive_sets(datasets: Sequence[str], folder: Path = FIXTURES,
                          ) -> tuple[list[SystemScores], list[str]]:
    """Score the exhaustive sets named in ``datasets``; a set not labelled yet is a note."""
    rows: list[SystemScores] = []
    notes: list[str] = []
    for name, pattern in EXHAUSTIVE_SETS.items():
        if name not in datasets:
            continue
        files = sorted(folder.glob(pattern))
        if not files:
            notes.append(f"{name}: no {pattern} in {folder} (row added once it exists)")
            continue
        tally = tally_files(files)
        rows.append(SystemScores(SYSTEM, name, metrics(tally), n=tally.labelled))
        notes.append(f"{name}: {', '.join(p.name for p in files)}; {tally.labelled} sure "
                     f"labelled events, {tally.coded} coded, {tally.empty} event-free sentences; "
                     "unsure labels count neither way (scripts/exhaustive_eval.py --show lists "
                     "every disagreement)")
    return rows, notes
