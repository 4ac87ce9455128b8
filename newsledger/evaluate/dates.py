"""``newsledger eval dates``: time expressions on TimeML news (MEANTIME, TimeBank + AQUAINT).

Scored: the gold TIMEX3 of type DATE inside ``<TEXT>`` (the title is not scored); the document
creation time (``<DCT>``) is the publication date. Figures, per data set, for newsledger and for
the baseline a user would hand-roll, ``dateparser.search.search_dates`` with RELATIVE_BASE = the
publication date and PREFER_DATES_FROM = "past":

- ``precision``: predicted expressions that overlap a gold DATE or TIME timex / all predicted;
- ``recall``: gold DATEs overlapped by a prediction / gold DATEs (relaxed extraction);
- ``value_acc``: end-to-end value accuracy: gold DATEs whose value the record can express (see
  :func:`comparable`) that are overlapped by a prediction with the same value / those gold DATEs;
- ``value_acc_all``: the same over every gold DATE (PRESENT_REF, "XXXX", durations count wrong);
- ``value_matched``: among expressible gold DATEs that were found, the share with the right value.

Granularity: the gold value is first mapped to the record's grammar (:func:`comparable`) and
newsledger must then give exactly that value; a clock time on our side is compared by its day
when the gold has none. dateparser gives a full datetime without a granularity, so it is
compared at the gold's granularity (year, month, ISO week or day), which favours it.
MEANTIME is also reported in two halves (``dev``: even positions in file-name order, the half
looked at while writing the rules; ``test``: odd positions, not looked at).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from newsledger.dates import extract_dates
from newsledger.errors import EvalDataError
from newsledger.evaluate import EvalReport, SystemScores
from newsledger.evaluate.timeml import GoldTimex, TimemlDoc, read_corpus
from newsledger.parse import load_pipeline

#: Gold value shapes mapped to the record's grammar; anything else (PRESENT_REF, XXXX-XX-XX,
#: durations, centuries) cannot be expressed and is left out of ``value_acc``.
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI|DT|MI))?$")
_DAYTIME = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})")
_MONTH = re.compile(r"^(\d{4}-\d{2})(?:-XX)?$")
_YEAR = re.compile(r"^(?:FY)?(\d{4})(?:-(?:Q[1-4X]|H[12]|SP|SU|FA|WI|XX|XX-XX))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(?:-WE)?$")
_DECADE = re.compile(r"^(\d{3})X?$")


@dataclass(frozen=True)
class Prediction:
    """One predicted time expression: span and value (None when the system gave none)."""

    start: int
    end: int
    value: str | None


def comparable(gold_value: str) -> str | None:
    """Map a TIMEX3 value to the record's grammar; None when the record cannot express it."""
    if m := _DAYTIME.match(gold_value):
        return m.group(1)
    if m := _DAY.match(gold_value):
        return m.group(1)
    if m := _MONTH.match(gold_value):
        return m.group(1)
    if m := _YEAR.match(gold_value):
        return m.group(1)
    if m := _WEEK.match(gold_value):
        return f"{m.group(1)}-W{int(m.group(2)):02d}"
    if m := _DECADE.match(gold_value):
        return m.group(1) + "0"
    return None


def _same(pred: str | None, gold: str) -> bool:
    """Whether a newsledger value equals a mapped gold value (a clock time compared by its day)."""
    if pred is None:
        return False
    if "T" in pred and "T" not in gold:
        pred = pred[:10]
    return pred == gold


def _same_datetime(pred: str | None, gold: str) -> bool:
    """Whether a dateparser datetime (ISO string) agrees with a gold value at its granularity."""
    if pred is None:
        return False
    when = dt.datetime.fromisoformat(pred)
    if "-W" in gold:
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}" == gold
    return when.isoformat()[:len(gold)] == gold


def _overlap(a_start: int, a_end: int, b: GoldTimex | Prediction) -> int:
    """Count the characters two spans share."""
    return max(0, min(a_end, b.end) - max(a_start, b.start))


def score(docs: Iterable[tuple[TimemlDoc, list[Prediction]]],
          same: Callable[[str | None, str], bool]) -> tuple[dict[str, float], int]:
    """Score predictions against the gold DATEs; return the metrics and the number of gold DATEs."""
    n_pred = n_pred_ok = n_gold = n_found = n_expr = n_expr_found = n_right = 0
    for doc, preds in docs:
        gold_dates = [t for t in doc.timexes if t.type == "DATE"]
        gold_any = [t for t in doc.timexes if t.type in ("DATE", "TIME")]
        n_pred += len(preds)
        n_pred_ok += sum(1 for p in preds if any(_overlap(p.start, p.end, g) for g in gold_any))
        for g in gold_dates:
            n_gold += 1
            hits = [p for p in preds if _overlap(g.start, g.end, p)]
            best = max(hits, key=lambda p: _overlap(g.start, g.end, p)) if hits else None
            n_found += best is not None
            target = comparable(g.value)
            if target is None:
                continue
            n_expr += 1
            n_expr_found += best is not None
            n_right += best is not None and same(best.value, target)
    metrics = {
        "precision": n_pred_ok / n_pred if n_pred else 0.0,
        "recall": n_found / n_gold if n_gold else 0.0,
        "value_acc": n_right / n_expr if n_expr else 0.0,
        "value_acc_all": n_right / n_gold if n_gold else 0.0,
        "value_matched": n_right / n_expr_found if n_expr_found else 0.0,
    }
    p, r = metrics["precision"], metrics["recall"]
    metrics["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return metrics, n_gold


def newsledger_predictions(doc: TimemlDoc) -> list[Prediction]:
    """Run newsledger's date stage on one gold document."""
    parsed = load_pipeline()(doc.text)
    return [Prediction(w.start, w.end, w.value) for w in extract_dates(parsed, doc.dct)]


def spacy_entity_predictions(doc: TimemlDoc) -> list[Prediction]:
    """Candidate spans from spaCy's DATE entities alone (extraction only: no values)."""
    parsed = load_pipeline()(doc.text)
    return [Prediction(e.start_char, e.end_char, None) for e in parsed.ents if e.label_ == "DATE"]


def dateparser_predictions(doc: TimemlDoc) -> list[Prediction]:
    """Run the hand-rolled baseline: dateparser's search_dates, located back in the text."""
    from dateparser.search import search_dates  # dev dependency: the baseline only

    base = dt.datetime.combine(doc.dct, dt.time(12, 0))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(doc.text, languages=["en"], settings=settings) or []
    preds: list[Prediction] = []
    cursor = 0
    for surface, when in found:
        at = doc.text.find(surface, cursor)
        if at < 0:
            at = doc.text.find(surface)
        if at < 0:
            continue
        cursor = at + len(surface)
        preds.append(Prediction(at, at + len(surface), when.isoformat()))
    return preds


def _datasets(data_dir: Path) -> dict[str, list[TimemlDoc]]:
    """Read the scored sets: MEANTIME (all, dev half, test half) and TimeBank + AQUAINT."""
    time_dir = data_dir / "time"
    if not time_dir.is_dir():
        raise EvalDataError(f"{time_dir}: not found; pass --data pointing at the shared data")
    meantime = read_corpus(time_dir / "meantime-en")
    sets = {"meantime": meantime, "meantime-dev": meantime[0::2], "meantime-test": meantime[1::2]}
    if (time_dir / "tbaq").is_dir():
        sets["tbaq"] = read_corpus(time_dir / "tbaq")
    return sets


def evaluate(data_dir: Path, *, datasets: tuple[str, ...] | None = None,
             baseline: bool = True) -> EvalReport:
    """Score newsledger and dateparser side by side on MEANTIME and TBAQ."""
    rows: list[SystemScores] = []
    for name, docs in _datasets(data_dir).items():
        if datasets is not None and name not in datasets:
            continue
        ours = [(d, newsledger_predictions(d)) for d in docs]
        metrics, n = score(ours, _same)
        rows.append(SystemScores("newsledger", name, metrics, n))
        if baseline:
            ents = [(d, spacy_entity_predictions(d)) for d in docs]
            metrics, n = score(ents, _same)
            extraction = {k: metrics[k] for k in ("precision", "recall", "f1")}
            rows.append(SystemScores("spacy DATE ents", name, extraction, n))
            theirs = [(d, dateparser_predictions(d)) for d in docs]
            metrics, n = score(theirs, _same_datetime)
            rows.append(SystemScores("dateparser", name, metrics, n))
    notes = (
        "TIMEX3 type DATE in <TEXT>; publication date = <DCT>; relaxed (overlap) matching",
        "value_acc: over gold DATEs expressible as YYYY-MM-DD|YYYY-MM|YYYY|YYYY-Www"
        "|YYYY-MM-DDTHH:MM (quarters, seasons, halves -> year; weekend -> week; decade -> first"
        " year); value_acc_all: over every gold DATE",
        "dateparser is compared at the gold's granularity (favourable to it)",
        "spacy DATE ents: the spans of en_core_web_sm's DATE entities, scored for extraction only",
        "meantime-dev was looked at while writing the rules; meantime-test was not",
    )
    return EvalReport("dates", tuple(rows), notes)
