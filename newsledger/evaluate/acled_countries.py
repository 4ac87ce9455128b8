"""``acled-countries``: the record's actor countries on real ACLED codings (issue 4, T24).

``../shared/data/events/acled-notes-ua-ru-by.csv`` holds ACLED events of Ukraine, Russia and
Belarus (Jan-Jun 2022), each with a 1-3 sentence ``notes`` summary and ACLED's own ``actor1`` /
``actor2`` codings. Nobody tuned a country rule on them, so they measure what the record's actor
countries are worth on war reporting written by other people.

**Gold derivation** (:func:`gold_country`, mechanical, no hand label): an ACLED actor name gives
the ISO3 of the first country name it carries as ``of X`` or ``(X)``, where X (up to the next
parenthesis) is an exact country name or alias of the lexicon (:func:`lexicon_data.
country_from_name`, pycountry + GeoNames + ``data/countries.tsv``):

- "Military Forces of Russia (2000-) Air Force" -> RUS (``(2000-)`` is a period, not a country);
- "Civilians (Ukraine)", "Protesters (Russia)", "Unidentified Armed Group (Russia)" -> UKR, RUS,
  RUS (ACLED writes the country an unnamed group or civilians belong to in parentheses);
- "Police Forces of Ukraine (2019-) State Border Guard Service" -> UKR;
- "NAF: United Armed Forces of Novorossiya" (ACLED's name for the forces of the Donetsk and
  Luhansk separatist republics) -> **UKR**: CAMEO codes rebels and separatists by residence (the
  country whose territory they hold or claim), and the PLOVER/CAMEO coders of the GSR do the same
  ("Hutu rebels" BDI); "Novorossiya" is no country name, so this is the one named exception
  (:data:`SEPARATIST_PREFIXES`);
- an empty actor2 (ACLED leaves it empty for shelling with no named target and for most
  peaceful protests) or a name without a country ("Unidentified Military Forces"): that side is
  **not scored** (counted in a note).

**Scoring.** Each note with a PLOVER type (the ACLED type mapped by ``data/acled2plover.tsv``, as
the ``acled-notes`` type row; "Strategic developments / Other" has none and is left out) is run
through :func:`newsledger.extract`. Of the record events whose type is the note's mapped type,
``source_country`` = some event's actor has actor1's country, ``target_country`` = some event's
recipient has actor2's; ``country_acc`` pools both sides. A joint act (clash, fight: a trigger
rule with roles "sym") counts both participants on both sides, as on the GSR and the country
sets. ``country_any`` is the same over every event of the note whatever its type (is the country
anywhere in the record's events at all?). Baseline: the root-verb coding of the first sentence
that has one (:func:`newsledger.evaluate.events.baseline`: first country word before / after the
root), its countries counted only when its type is the mapped one (``country_any``: whatever it
is).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from spacy.tokens import Doc

from newsledger.evaluate import SystemScores
from newsledger.evaluate.events import (
    BASELINE,
    RECORD,
    AcledNote,
    acled_notes,
    baseline,
    ratio,
)
from newsledger.events import CodedEvent
from newsledger.lexicon_data import country_from_name
from newsledger.record import Record

DATASET = "acled-countries"

#: ACLED actor names of separatist forces whose name carries no country, with the country of
#: residence CAMEO codes them by: the "Novorossiya" forces hold and claim Ukrainian territory.
SEPARATIST_PREFIXES = {"NAF:": "UKR"}

#: "of X" or "(X)" in an ACLED actor name, X running to the next parenthesis or "of".
_OF_OR_PAREN = re.compile(r"\bof\s+([^()]+?)(?=\s*\(|\s+of\s|$)|\(([^()]*)\)")


def gold_country(name: str) -> str | None:
    """Return the ISO3 an ACLED actor name gives by the documented rule, None if no country."""
    name = name.strip()
    for prefix, code in SEPARATIST_PREFIXES.items():
        if name.startswith(prefix):
            return code
    for match in _OF_OR_PAREN.finditer(name):
        found = country_from_name(match.group(1) or match.group(2) or "")
        if found:
            return found
    return None


@dataclass
class SidesTally:
    """Running counts of one system: hits with the type-matched events and with any event."""

    src: int = 0
    tgt: int = 0
    src_any: int = 0
    tgt_any: int = 0

    def add(self, gold: tuple[str | None, str | None],
            typed: tuple[set[str | None], set[str | None]],
            anything: tuple[set[str | None], set[str | None]]) -> None:
        """Count one note: the gold (actor1, actor2) codes against the two sets of sides."""
        src, tgt = gold
        self.src += src is not None and src in typed[0]
        self.tgt += tgt is not None and tgt in typed[1]
        self.src_any += src is not None and src in anything[0]
        self.tgt_any += tgt is not None and tgt in anything[1]


def record_sides(record: Record, coded: Sequence[CodedEvent], type_: str | None,
                 field: Literal["country", "sector"] = "country",
                 ) -> tuple[set[str | None], set[str | None]]:
    """Return the countries (or sectors) of the record's actors and recipients, one type or any."""
    by_id = {a.id: a.country if field == "country" else a.sector for a in record.actors}
    joint = {(c.event.type, c.event.trigger) for c in coded if c.symmetric}
    actors: set[str | None] = set()
    recipients: set[str | None] = set()
    for event in record.events:
        if type_ is not None and event.type != type_:
            continue
        pair = {by_id.get(event.actor or ""), by_id.get(event.recipient or "")}
        if (event.type, event.trigger) in joint:  # a joint act: both play both roles
            actors |= pair
            recipients |= pair
        else:
            actors.add(by_id.get(event.actor or ""))
            recipients.add(by_id.get(event.recipient or ""))
    return actors, recipients


def baseline_sides(doc: Doc, type_: str) -> tuple[tuple[set[str | None], set[str | None]],
                                                   tuple[set[str | None], set[str | None]]]:
    """Return the baseline's (type-matched, any-type) sides: its first coded sentence's."""
    for sent in doc.sents:
        b_type, b_src, b_tgt = baseline(sent)
        if b_type is not None:
            anything: tuple[set[str | None], set[str | None]] = ({b_src}, {b_tgt})
            return (anything if b_type == type_ else (set(), set())), anything
    return (set(), set()), (set(), set())


def score_acled_countries(data_dir: Path, notes: Sequence[AcledNote] | None = None,
                          ) -> tuple[list[SystemScores], list[str]]:
    """Score the record's actor/recipient countries against ACLED's actor1/actor2 countries.

    ``notes``: the notes already extracted for the other ACLED rows, if any.
    """
    if notes is None:
        notes = acled_notes(data_dir)[0]
    tallies = {RECORD: SidesTally(), BASELINE: SidesTally()}
    n_src = n_tgt = unscored = separatists = 0
    for note in notes:
        row, type_, doc = note.row, note.type, note.doc
        gold = (gold_country(row["actor1"]), gold_country(row["actor2"]))
        n_src += gold[0] is not None
        n_tgt += gold[1] is not None
        unscored += (gold[0] is None) + (gold[1] is None)
        separatists += sum(any(row[k].startswith(p) for p in SEPARATIST_PREFIXES)
                           for k in ("actor1", "actor2"))
        if gold == (None, None):
            continue
        # the record the note was extracted into once (with its publication date: the
        # sides are those of an undated extraction, checked on all 745 scored notes)
        tallies[RECORD].add(gold, record_sides(note.record, note.coded, type_),
                            record_sides(note.record, note.coded, None))
        tallies[BASELINE].add(gold, *baseline_sides(doc, type_))
    rows = [SystemScores(system, DATASET, {
        "source_country": ratio(t.src, n_src),
        "target_country": ratio(t.tgt, n_tgt),
        "country_acc": ratio(t.src + t.tgt, n_src + n_tgt),
        "country_any": ratio(t.src_any + t.tgt_any, n_src + n_tgt),
    }, n=len(notes)) for system, t in tallies.items()]
    return rows, [f"{DATASET}: {n_src} actor1 and {n_tgt} actor2 countries scored over "
                  f"{len(notes)} notes with a PLOVER type; {unscored} sides not scored (empty "
                  f"actor2 or no country in the name); {separatists} NAF (Donbas separatist) "
                  "sides coded UKR by residence; gold derived from ACLED's actor names, never "
                  "tuned on"]
