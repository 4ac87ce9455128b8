"""``newsledger eval events``: PLOVER type, countries and epistemic status, with a baseline.

Data sets (``../shared/data/events`` unless said otherwise):

- ``plover-gsr-dev.jsonl`` (165 sentences, one gold event each): **type accuracy** = the
  sentence's *primary event* has the gold ``event_v2`` type, where the primary event is the
  event whose trigger is nearest the root of the dependency tree (ties: an announced intention's
  verbal event, then the earliest); ``type_any`` = any event of the sentence has the gold type.
  **Country accuracy** = share of gold ``source[].code`` / ``target[].code`` country codes found
  among the countries of the primary event's actors / recipients (every coordinated pair of the
  primary trigger counts), as :class:`newsledger.events.CodedEvent` gives them: the argument's
  registry or lexicon country, else (recipients) the event location's country, else the one
  country the sentence names (PLOVER codes a domestic action's target as the country it happens
  in). For a joint act (meet, talks, clash: trigger rules with roles "sym") both participants
  count as source and as target, as the GSR codes compound actors "SRC/TAR". Gold
  leftovers "JAP" and "ITL" are read as JPN and ITA; non-country codes (IGO, NGO, IMG, ISM) are
  left out and counted in a note.
- ``petr2-validation.jsonl`` (78 sentences, with no-event negatives): a sentence is positive when
  a coding has a ``plover_event``; **precision/recall** of "the sentence has an event", and type
  accuracy of the primary event over gold-positive sentences (any of its gold types).
- ``acled-notes-ua-ru-by.csv``: ACLED types mapped to PLOVER by ``data/acled2plover.tsv``; type
  accuracy of the first sentence with an event, over notes whose ACLED type has a PLOVER type.
- ``tests/fixtures/events/status_set.jsonl`` (75 hand-labelled news sentences, also run during
  development) and ``status_heldout.jsonl`` (25 more, never tuned on): status accuracy of
  :func:`newsledger.status.status_of` on each labelled trigger, and the share of labelled
  triggers the event pipeline codes as an event (coverage).
- ``tests/fixtures/events/country_heldout.jsonl`` (86 hand-labelled news sentences, T18): the
  record's and the arguments' actor/recipient countries at each labelled trigger, and whether a
  side labelled with no country gets none (:mod:`newsledger.evaluate.country_set`);
  ``country_heldout2.jsonl`` (T19) likewise, and ``country_heldout3.jsonl`` as soon as it exists.
  Each country set also gets a row for the record of the item's whole source article (T24,
  :mod:`newsledger.evaluate.in_article`).

- ``tests/fixtures/events/exhaustive_dev_*.jsonl`` (T82, development),
  ``exhaustive_dev2_*.jsonl`` (T88, development, labelled late in session 9 and first measured
  on both its start and its end code), ``exhaustive_dev3_*.jsonl`` (T94, labelled at the
  start of session 10, measured on its start and end code, tuned on by nobody in it),
  ``exhaustive_dev4_*.jsonl`` (T111, labelled at the start of session 13 and measured on its
  start code first), ``exhaustive_dev5_*.jsonl`` (T115, labelled at the start of session 14,
  measured on its start and end code, tuned on by nobody in it) and
  ``exhaustive_heldout_*.jsonl`` (T87, held out): sentences with EVERY event labelled, so
  trigger precision as well as recall, status and countries of the events found
  (:mod:`newsledger.evaluate.exhaustive`).

Sets added in T24 to measure what nobody tuned on:

- ``acled-countries``: the record's actor / recipient countries on the ACLED notes against
  ACLED's own actor1 / actor2 codings (:mod:`newsledger.evaluate.acled_countries`).
- ``case2021-types`` (rows ``case2021-types`` and ``case2021-no-event``): types on the CASE 2021
  fine-grained classes through ``data/case2021_plover.tsv``, and how often a disaster report yields
  no event (:mod:`newsledger.evaluate.case_types`).
- ``event-fields`` (T27, rows ``gsr-sector``, ``gsr-mode``, ``gsr-context``, ``gsr-location``,
  ``acled-places``): actor sector, mode, context and place
  (:mod:`newsledger.evaluate.event_fields`).

Baseline ("root verb"): the lemma of the sentence's root verb looked up in the same trigger
lexicon, the countries from the first country words before and after it
(:mod:`newsledger.evaluate.event_baseline`). The ACLED notes are read and extracted once by
:mod:`newsledger.evaluate.acled_data`. Both modules' public names are importable from here too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from spacy.tokens import Doc

from newsledger.actors import build_actors
from newsledger.errors import EvalDataError
from newsledger.evaluate import EvalReport, SystemScores
from newsledger.evaluate.acled_data import AcledNote as AcledNote  # re-exported
from newsledger.evaluate.acled_data import acled_map as acled_map
from newsledger.evaluate.acled_data import acled_notes as acled_notes
from newsledger.evaluate.acled_data import acled_rows as acled_rows
from newsledger.evaluate.event_baseline import baseline as baseline
from newsledger.events import CodedEvent, code_events
from newsledger.parse import load_pipeline
from newsledger.pipeline import extract
from newsledger.record import Record, Statement
from newsledger.statements import extract_statements
from newsledger.status import status_of

#: Gold country codes that are not ISO 3166 alpha-3 but mean one (leftovers of older CAMEO codes).
LEFTOVER_CODES = {"JAP": "JPN", "ITL": "ITA"}

#: Gold actor codes that name no country (international bodies, militant groups).
NON_COUNTRY_CODES = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "UNO"})

#: The status set, kept with the tests (the one copy of news text the project allows).
STATUS_SET = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "events" / \
    "status_set.jsonl"

#: The held-out status set, labelled after the status code was written and never tuned on.
STATUS_HELDOUT = STATUS_SET.with_name("status_heldout.jsonl")

NEWSLEDGER = "newsledger"
BASELINE = "baseline (root verb)"

#: GSR rows: the events stage's own argument countries, and what the record says (the country
#: of the Event.actor / Event.recipient actors of ``newsledger.extract``'s Record, whose registry
#: world knowledge and the events' arguments complete).
ARGUMENTS = "newsledger (event arguments)"
RECORD = "newsledger (record actors)"


def read_jsonl(path: Path) -> list[dict[str, object]]:
    """Read a JSON Lines gold file, or raise EvalDataError naming it."""
    if not path.is_file():
        raise EvalDataError(f"{path}: gold file not found; pass --data pointing at shared/data")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def parse_texts(texts: Sequence[str]) -> Iterator[Doc]:
    """Parse many short texts with the shared pipeline (batched for speed)."""
    yield from load_pipeline().pipe(texts, batch_size=64)


#: Problems met in other stages during a run, reported as notes instead of aborting the scores.
_STAGE_PROBLEMS: set[str] = set()


def analyse(doc: Doc) -> list[CodedEvent]:
    """Run actors, statements and events on a parsed text, as the pipeline does."""
    actors = build_actors(doc)
    try:
        statements: list[Statement] = extract_statements(doc, actors, [])
    except Exception as exc:  # noqa: BLE001 - another stage's failure must not hide our scores
        _STAGE_PROBLEMS.add(f"statements stage failed ({type(exc).__name__}: {exc}); "
                            "events were scored without statements")
        statements = []
    return code_events(doc, actors, statements, [])


def primary(coded: Sequence[CodedEvent]) -> list[CodedEvent]:
    """Return the primary event's group: every coded pair of the primary trigger and type."""
    if not coded:
        return []
    best = min(coded, key=lambda c: (c.depth, not c.derived, c.event.start))
    return [c for c in coded if c.event.start == best.event.start and c.event.type ==
            best.event.type]


def side_countries(group: Sequence[CodedEvent]) -> tuple[set[str | None], set[str | None]]:
    """Return coded events' actor and recipient countries; a joint act's sides are pooled.

    In a joint act (meet, clash) both participants are source and target.
    """
    actors = {c.actor_country for c in group}
    recipients = {c.recipient_country for c in group}
    if any(c.symmetric for c in group):
        actors = recipients = actors | recipients
    return actors, recipients


def gold_codes(items: object) -> tuple[list[str], int]:
    """Return the gold ISO3 country codes of a source/target list and how many were not ones."""
    codes: list[str] = []
    skipped = 0
    for item in items if isinstance(items, list) else []:
        code = str(item.get("code") or "")[:3]
        code = LEFTOVER_CODES.get(code, code)
        if not code or code in NON_COUNTRY_CODES:
            skipped += 1
        else:
            codes.append(code)
    return codes, skipped


def ratio(num: float, den: float) -> float:
    """Return num/den, 0.0 for an empty denominator."""
    return num / den if den else 0.0


def _record_countries(
    record: Record, group: Sequence[CodedEvent],
) -> tuple[set[str | None], set[str | None], int, int]:
    """Return the record's actor and recipient countries for the primary group's events.

    Also returns how many of the group's pairs have an actor id and a recipient id at all.
    """
    wanted = {(c.event.type, c.event.trigger, c.event.start) for c in group}
    by_id = {a.id: a for a in record.actors}

    def country(actor_id: str | None) -> str | None:
        actor = by_id.get(actor_id or "")
        return actor.country if actor is not None else None

    events = [e for e in record.events if (e.type, e.trigger, e.start) in wanted]
    actors = {country(e.actor) for e in events}
    recipients = {country(e.recipient) for e in events}
    if any(c.symmetric for c in group):
        actors = recipients = actors | recipients
    return (actors, recipients, sum(e.actor is not None for e in events),
            sum(e.recipient is not None for e in events))


def _score_gsr(data_dir: Path) -> tuple[list[SystemScores], list[str]]:
    """Score type and country accuracy on the PLOVER gold standard records.

    Country accuracy is scored two ways: on the events stage's argument countries, and on the
    record's actors (each sentence run through :func:`newsledger.extract`).
    """
    records = read_jsonl(data_dir / "events" / "plover-gsr-dev.jsonl")
    texts = [str(r["text"]).strip("{} ") for r in records]
    systems = (ARGUMENTS, RECORD, BASELINE)
    tallies = {s: {"type": 0, "any": 0, "src": 0, "tgt": 0} for s in systems}
    n_src = n_tgt = skipped = pairs = with_actor = with_recipient = implicit = implicit_ok = 0
    states = states_ok = 0
    for rec, doc in zip(records, parse_texts(texts), strict=True):
        gold = str(rec["event_v2"])
        src, s_skip = gold_codes(rec.get("source"))
        tgt, t_skip = gold_codes(rec.get("target"))
        skipped += s_skip + t_skip
        n_src += len(src)
        n_tgt += len(tgt)
        coded = analyse(doc)
        group = primary(coded)
        mine = tallies[ARGUMENTS]
        mine["type"] += bool(group) and group[0].event.type == gold
        mine["any"] += any(c.event.type == gold for c in coded)
        actor_countries, recipient_countries = side_countries(group)
        mine["src"] += sum(code in actor_countries for code in src)
        mine["tgt"] += sum(code in recipient_countries for code in tgt)
        record = extract(doc.text)
        r_actors, r_recipients, n_actor, n_recipient = _record_countries(record, group)
        tallies[RECORD]["src"] += sum(code in r_actors for code in src)
        tallies[RECORD]["tgt"] += sum(code in r_recipients for code in tgt)
        pairs += len(group)
        implicit += sum(c.implicit is not None for c in group)
        implicit_ok += sum(c.implicit is not None and c.implicit.country in tgt for c in group)
        states += sum(c.state is not None for c in group)
        states_ok += sum(c.state is not None and c.state.country in src for c in group)
        with_actor += n_actor
        with_recipient += n_recipient
        base = tallies[BASELINE]
        b_type, b_src, b_tgt = baseline(next(iter(doc.sents)))
        base["type"] += b_type == gold
        base["any"] += b_type == gold
        base["src"] += b_src in src
        base["tgt"] += b_tgt in tgt
    rows = []
    for system, t in tallies.items():
        types = {} if system == RECORD else {  # the same events' types
            "type_acc": ratio(t["type"], len(records)),
            "type_any": ratio(t["any"], len(records))}
        rows.append(SystemScores(system, "plover-gsr-dev", {
            **types,
            "source_country": ratio(t["src"], n_src),
            "target_country": ratio(t["tgt"], n_tgt),
            "country_acc": ratio(t["src"] + t["tgt"], n_src + n_tgt),
        }, n=len(records)))
    notes = [f"plover-gsr-dev: {n_src} source and {n_tgt} target country codes scored; "
             f"{skipped} non-country codes (IGO, NGO, IMG, ISM) left out",
             f"plover-gsr-dev: of {pairs} primary (actor, recipient) pairs in the record, "
             f"{with_actor} have an actor id and {with_recipient} a recipient id; an argument "
             "the event does not name has no actor in the record, except a recipient standing "
             "for the place or country of the event's clause (newsledger.targets: a foreign "
             "one, or the event's own for a domestic protest, coercion, threat, assault or "
             f"sanction): {implicit} such, {implicit_ok} of them a gold target country; and "
             f"the state behind a passive arrest in a named country: {states} such, "
             f"{states_ok} of them a gold source country"]
    return rows, notes


def petr_records(data_dir: Path) -> list[dict[str, object]]:
    """Return the PETRARCH-2 validation sentences that have a text (the rows scored)."""
    return [r for r in read_jsonl(data_dir / "events" / "petr2-validation.jsonl")
            if str(r.get("text") or "").strip()]


def _score_petr(data_dir: Path) -> list[SystemScores]:
    """Score event detection (with its negatives) and type on the PETRARCH-2 validation set."""
    records = petr_records(data_dir)
    texts = [str(r["text"]) for r in records]
    counts = {s: {"tp": 0, "fp": 0, "pos": 0, "type": 0} for s in (NEWSLEDGER, BASELINE)}
    for rec, doc in zip(records, parse_texts(texts), strict=True):
        codings = rec.get("codings")
        gold = {str(c.get("plover_event")) for c in (codings if isinstance(codings, list) else [])
                if isinstance(c, dict) and c.get("plover_event")}
        coded = analyse(doc)
        group = primary(coded)
        b_type = next((t for t in (baseline(s)[0] for s in doc.sents) if t), None)
        for system, predicted, ptype in (
            (NEWSLEDGER, bool(coded), group[0].event.type if group else None),
            (BASELINE, b_type is not None, b_type),
        ):
            c = counts[system]
            c["pos"] += bool(gold)
            c["tp"] += bool(gold) and predicted
            c["fp"] += (not gold) and predicted
            c["type"] += bool(gold) and ptype in gold
    rows = []
    for system, c in counts.items():
        p = ratio(c["tp"], c["tp"] + c["fp"])
        r = ratio(c["tp"], c["pos"])
        rows.append(SystemScores(system, "petr2-validation", {
            "precision": p, "recall": r, "f1": ratio(2 * p * r, p + r),
            "type_acc": ratio(c["type"], c["pos"]),
        }, n=len(records)))
    return rows


def _score_acled(notes: Sequence[AcledNote], unmapped: int,
                 ) -> tuple[list[SystemScores], list[str]]:
    """Score type accuracy on ACLED event notes through the documented ACLED->PLOVER table."""
    hits = {NEWSLEDGER: 0, BASELINE: 0}
    for note in notes:
        doc, coded = note.doc, note.coded
        first = next((s for s in doc.sents if any(s.start_char <= c.event.start < s.end_char
                                                      for c in coded)), None)
        in_first = [c for c in coded if first is not None and
                    first.start_char <= c.event.start < first.end_char]
        group = primary(in_first)
        hits[NEWSLEDGER] += bool(group) and group[0].event.type == note.type
        b_type = next((t for t in (baseline(s)[0] for s in doc.sents) if t), None)
        hits[BASELINE] += b_type == note.type
    out = [SystemScores(s, "acled-notes", {"type_acc": ratio(h, len(notes))}, n=len(notes))
           for s, h in hits.items()]
    return out, [f"acled-notes: {unmapped} notes of ACLED types without a PLOVER type left out"]


def trigger_at(start: int, begin: int, end: int) -> bool:
    """Tell whether a labelled trigger offset lies in an event's trigger span."""
    return begin <= start < max(end, begin + 1)


def score_status(path: Path, dataset: str) -> tuple[list[SystemScores], list[str]]:
    """Score status accuracy on a hand-labelled status set."""
    if not path.is_file():
        return [], [f"status set not found at {path} (it ships with the repository tests)"]
    items = read_jsonl(path)
    right = covered = 0
    for item, doc in zip(items, parse_texts([str(i["sentence"]) for i in items]), strict=True):
        start = int(str(item["trigger_start"]))
        tok = next((t for t in doc if t.idx == start), None)
        if tok is None:
            raise EvalDataError(f"{path}: no token at {start} in {item['sentence']!r}")
        right += status_of(tok).status == item["status"]
        # an event spanning the labelled word counts ("missile strike" labelled on "strike")
        covered += any(trigger_at(start, c.event.start, c.event.end) for c in analyse(doc))
    n = len(items)
    rows = [
        SystemScores(NEWSLEDGER, dataset, {
            "status_acc": ratio(right, n), "event_coverage": ratio(covered, n)}, n=n),
        SystemScores("baseline (all asserted)", dataset, {
            "status_acc": ratio(sum(i["status"] == "asserted" for i in items), n)}, n=n),
    ]
    return rows, []


#: Not a data set but a switch: with it, each country set also gets its in-article row (T24;
#: extracting about 150 whole articles takes some 20 s, so a gate can leave it out).
IN_ARTICLE_SETS = "in-article"

#: The data sets ``evaluate`` scores by default, by the names used in the report.
DATASETS = ("plover-gsr-dev", "petr2-validation", "petr2-codes", "acled-notes", "acled-countries",
            "case2021-types", "status-set", "status-heldout", "country-heldout",
            "country-heldout2", "country-heldout3", "country-heldout4", "country-heldout5",
            "country-heldout6", "country-heldout7", "country-heldout8", "dev-polnear-train",
            "dev-modern", "dev-tbaq", "dev-mixed", "exhaustive-dev", "exhaustive-dev2",
            "exhaustive-dev3", "exhaustive-dev4", "exhaustive-dev5", "exhaustive-heldout",
            IN_ARTICLE_SETS,
            "event-fields", "event-dates")


#: The sets kept from development: labelled, committed and measured by the coordinator only
#: (tests/fixtures/events/README.md); ``newsledger eval events --development`` leaves them out.
HELDOUT_DATASETS = frozenset({f"country-heldout{n}" for n in range(2, 9)} | {"exhaustive-heldout"})

#: Every default set but the held-out ones, for development runs.
DEVELOPMENT_DATASETS = tuple(d for d in DATASETS if d not in HELDOUT_DATASETS)


def evaluate(data_dir: Path, datasets: Sequence[str] = DATASETS) -> EvalReport:
    """Score newsledger's events and the root-verb baseline side by side on every set."""
    rows: list[SystemScores] = []
    notes: list[str] = []
    if "plover-gsr-dev" in datasets:
        gsr_rows, gsr_notes = _score_gsr(data_dir)
        rows += gsr_rows
        notes += gsr_notes
    if "petr2-validation" in datasets:
        rows += _score_petr(data_dir)
    if "petr2-codes" in datasets:  # imported here: it builds on this module's analyse()
        from newsledger.evaluate.petr_codes import score_petr_codes

        codes_rows, codes_notes = score_petr_codes(data_dir)
        rows += codes_rows
        notes += codes_notes
    # the ACLED notes are extracted once for every ACLED row
    acled = acled_notes(data_dir) if {"acled-notes", "acled-countries", "event-fields",
                                      "event-dates"} & set(datasets) else None
    if acled is not None and "acled-notes" in datasets:
        acled_rows, acled_row_notes = _score_acled(*acled)
        rows += acled_rows
        notes += acled_row_notes
    # imported here: the T24 sets build on this module's analyse(), baseline() and acled_map()
    from newsledger.evaluate.acled_countries import score_acled_countries
    from newsledger.evaluate.case_types import score_case_types

    if acled is not None and "acled-countries" in datasets:
        set_rows, set_notes = score_acled_countries(data_dir, acled[0])
        rows += set_rows
        notes += set_notes
    if "case2021-types" in datasets:
        set_rows, set_notes = score_case_types(data_dir)
        rows += set_rows
        notes += set_notes
    if "event-fields" in datasets:  # T27: sector, mode, context, place (ACLED notes reused)
        from newsledger.evaluate.event_fields import score_event_fields

        set_rows, set_notes = score_event_fields(data_dir, acled[0] if acled else None)
        rows += set_rows
        notes += set_notes
    if "event-dates" in datasets:  # T36: ACLED and TimeBank/AQUAINT event days
        from newsledger.evaluate.event_dates import score_event_dates

        set_rows, set_notes = score_event_dates(data_dir, acled[0] if acled else None)
        rows += set_rows
        notes += set_notes
    for name, path in (("status-set", STATUS_SET), ("status-heldout", STATUS_HELDOUT)):
        if name in datasets:
            status_rows, status_notes = score_status(path, name)
            rows += status_rows
            notes += status_notes
    # imported here: country_set builds on this module's analyse() and baseline()
    from newsledger.evaluate.country_set import score_country_sets

    set_rows, set_notes = score_country_sets(data_dir, datasets)
    rows += set_rows
    notes += set_notes
    from newsledger.evaluate.exhaustive import score_exhaustive_sets  # builds on analyse()

    set_rows, set_notes = score_exhaustive_sets(datasets)
    rows += set_rows
    notes += set_notes
    notes += sorted(_STAGE_PROBLEMS)
    notes.append("PETRARCH-2 itself is not installable offline; the baseline is a root-verb "
                 "lookup.")
    return EvalReport("events", tuple(rows), tuple(notes))
