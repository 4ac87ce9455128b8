"""``petr2-codes``: actor countries and sectors on the PETRARCH-2 validation codings (session 4).

``../shared/data/events/petr2-validation.jsonl`` gives, for each of its 78 sentences, the CAMEO
actor codes of every event its coders found (``sourcecode`` / ``targetcode``: "USAGOV", "RUS",
"SYROPPHRI", "IGOUNOMIL", "---REB") with the event's PLOVER type. The ``petr2-validation`` row
scores only detection and type on it; no country or sector rule was written or tuned on these
codes, so this row measures the record's actor countries and sectors on sentences nobody tuned on.

**Gold** (:func:`code_country`, :func:`code_sector`, mechanical): a code's country is its first
three letters unless they are ``---`` (unknown) or a non-country code (IGO, NGO, IMG, ...); its
sector is the first three-letter block after the country (or the code's head for IGO/NGO codes)
that is a scored sector (:data:`newsledger.evaluate.event_fields.SCORED_SECTORS`): "IRQGOVMIL" ->
GOV, "PSEGZACVL" -> CVL (GZA is a region block), "IGOUNOMIL" -> IGO; a bare country code
("USA") has no sector and is not scored for one. Codings without a PLOVER type are left out.

**Scoring** as ``acled-countries`` does: each sentence is run through
:func:`newsledger.extract`; for a gold coding, the record events of its PLOVER type give the
actor and recipient sides (a joint act pools both); ``source_country`` = the gold source country
is among the actors' countries, ``target_country`` the same for the recipients, ``country_acc``
pools both sides; ``country_any`` is the same over every record event of the sentence whatever
its type; ``sector_acc`` / ``sector_any`` the same for sectors. Baseline: the root-verb coding
(:func:`newsledger.evaluate.events.baseline`), countries only (it gives no sector).
"""

from __future__ import annotations

from pathlib import Path

from newsledger.evaluate import SystemScores
from newsledger.evaluate.acled_countries import SidesTally, baseline_sides, record_sides
from newsledger.evaluate.event_fields import SCORED_SECTORS, SECTOR_ALIASES
from newsledger.evaluate.events import (
    BASELINE,
    LEFTOVER_CODES,
    NON_COUNTRY_CODES,
    RECORD,
    analyse,
    parse_texts,
    petr_records,
    ratio,
)
from newsledger.pipeline import extract

DATASET = "petr2-codes"

#: The code CAMEO writes for an unknown country.
UNKNOWN = "---"

#: Width of a CAMEO code block.
BLOCK = 3


def code_country(code: object) -> str | None:
    """Return the ISO3 country of a CAMEO actor code ("USAGOV" -> USA), None when it names none."""
    if not isinstance(code, str) or len(code) < BLOCK:
        return None
    head = code[:BLOCK].upper()
    head = LEFTOVER_CODES.get(head, head)
    return None if head == UNKNOWN or head in NON_COUNTRY_CODES else head


def code_sector(code: object) -> str | None:
    """Return the first scored sector block of a CAMEO actor code ("IRQGOVMIL" -> GOV)."""
    if not isinstance(code, str) or len(code) < BLOCK:
        return None
    head = code[:BLOCK].upper()
    if head in SCORED_SECTORS:  # "IGOUNO": the body is the sector
        return head
    blocks = (code[i:i + BLOCK].upper() for i in range(BLOCK, len(code) - BLOCK + 1, BLOCK))
    return next((s for b in blocks if (s := SECTOR_ALIASES.get(b, b)) in SCORED_SECTORS), None)


def score_petr_codes(data_dir: Path) -> tuple[list[SystemScores], list[str]]:
    """Score the record's actor countries and sectors against PETRARCH-2's CAMEO codes."""
    records = petr_records(data_dir)
    countries = {RECORD: SidesTally(), BASELINE: SidesTally()}
    sectors = SidesTally()
    n_src = n_tgt = s_src = s_tgt = codings = 0
    for rec, doc in zip(records, parse_texts([str(r["text"]) for r in records]), strict=True):
        coded = analyse(doc)
        record = None
        items = rec.get("codings")
        for coding in items if isinstance(items, list) else []:
            type_ = coding.get("plover_event") if isinstance(coding, dict) else None
            if not type_:
                continue
            codings += 1
            src, tgt = (code_country(coding.get("sourcecode")),
                        code_country(coding.get("targetcode")))
            n_src += src is not None
            n_tgt += tgt is not None
            src_s, tgt_s = (code_sector(coding.get("sourcecode")),
                            code_sector(coding.get("targetcode")))
            s_src += src_s is not None
            s_tgt += tgt_s is not None
            record = record or extract(str(rec["text"]))
            countries[RECORD].add((src, tgt), record_sides(record, coded, type_),
                                  record_sides(record, coded, None))
            countries[BASELINE].add((src, tgt), *baseline_sides(doc, type_))
            sectors.add((src_s, tgt_s), record_sides(record, coded, type_, "sector"),
                        record_sides(record, coded, None, "sector"))
    rows = []
    for system, t in countries.items():
        metrics = {
            "source_country": ratio(t.src, n_src),
            "target_country": ratio(t.tgt, n_tgt),
            "country_acc": ratio(t.src + t.tgt, n_src + n_tgt),
            "country_any": ratio(t.src_any + t.tgt_any, n_src + n_tgt),
        }
        if system == RECORD:
            metrics["sector_acc"] = ratio(sectors.src + sectors.tgt, s_src + s_tgt)
            metrics["sector_any"] = ratio(sectors.src_any + sectors.tgt_any, s_src + s_tgt)
        rows.append(SystemScores(system, DATASET, metrics, n=codings))
    return rows, [f"{DATASET}: {codings} typed codings of {len(records)} sentences; "
                  f"{n_src} source and {n_tgt} target countries, {s_src} source and {s_tgt} "
                  "target sectors scored (bare country codes and unknown '---' blocks are not); "
                  "gold from PETRARCH-2's CAMEO codes, never tuned on"]
