"""Mends M15 of review R4's findings: factive and announcing report verbs, "asked about" topics,
one event for a participle and its trigger noun, and the publication year at the stage contract.

Every sentence was written for these tests (none is taken from an article or from the review).
"""

from __future__ import annotations

import pytest

from newsledger.actors import build_actors
from newsledger.events import extract_events
from newsledger.parse import parse
from newsledger.pipeline import extract
from newsledger.statements import extract_statements

PUBLISHED = "2024-05-01"


def _events(sentence: str) -> dict[str, tuple[str, str]]:
    """Return each event's trigger text -> (type, status) of a sentence run through the pipeline."""
    record = extract(sentence, published=PUBLISHED)
    return {sentence[e.start:e.end]: (e.type, e.status) for e in record.events}


# 1: an admission that is negated or questioned commits the outlet to nothing
@pytest.mark.parametrize(("sentence", "trigger", "status"), [
    ("The colonel never admitted that his men burned the farms.", "burned", "claimed"),
    ("Nobody acknowledged that the militia looted the shops.", "looted", "claimed"),
    ("Did the governor concede that police beat the strikers?", "beat", "claimed"),
    ("The colonel admitted that his men burned the farms.", "burned", "asserted"),
])
def test_negated_or_questioned_admission_is_not_the_outlets(
        sentence: str, trigger: str, status: str) -> None:
    """A factive report verb presupposes its content only when it is neither negated nor asked."""
    assert _events(sentence)[trigger][1] == status


# 2: announcing asserts only an act the announcement performs, never an event further down
@pytest.mark.parametrize(("sentence", "trigger", "status"), [
    ("The police announced the detention of five smugglers in a raid near the port.",
     "detention", "claimed"),
    ("The police announced the detention of five smugglers in a raid near the port.", "raid",
     "claimed"),
    ("The two ministries announced an agreement on fishing rights.", "agreement", "asserted"),
])
def test_announce_asserts_only_a_performed_act(sentence: str, trigger: str, status: str) -> None:
    """A deal is made by announcing it; a detention or a raid is only reported by it."""
    assert _events(sentence)[trigger][1] == status


# 3: a bare plural asked about is specific when a party, a place or its phrase pins it down
@pytest.mark.parametrize(("sentence", "trigger", "status"), [
    ("Reporters asked the spokesman about Turkish raids in Syria.", "raids", "asserted"),
    ("Reporters asked the mayor about arrests of students.", "arrests", "asserted"),
    ("Reporters asked the spokesman about sending warships to the strait.", "sending",
     "hypothetical"),
])
def test_asked_about_a_specific_plural(sentence: str, trigger: str, status: str) -> None:
    """'asked about Turkish raids' presupposes them; 'asked about sending ...' only raises it."""
    assert _events(sentence)[trigger][1] == status


# 4: a flagged participle describing a trigger noun of its own type is one act, not two
def test_participle_and_its_noun_are_one_event() -> None:
    """'the curfew imposed by the governor': one COERCE, named by the participle, with its actor."""
    sentence = "The curfew imposed by the governor emptied the markets."
    record = extract(sentence, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    coerce = [e for e in record.events if e.type == "COERCE"]
    assert [sentence[e.start:e.end] for e in coerce] == ["imposed"]
    assert "governor" in names.get(coerce[0].actor or "", "")


def test_a_described_act_keeps_the_participles_recipient_and_status() -> None:
    """'sanctions imposed on Cuba by Washington ... will be reviewed': one act, done, on Cuba."""
    sentence = "The sanctions imposed on Cuba by Washington will be reviewed in June."
    record = extract(sentence, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    found = [(e.status, names.get(e.actor or ""), names.get(e.recipient or ""))
             for e in record.events if e.type == "SANCTION"]
    assert len(found) == 1 and found[0][0] == "asserted"
    assert "Cuba" in (found[0][2] or "")


# gap: the stage contract passes the publication year on to code_events
def test_stage_contract_takes_the_publication_year() -> None:
    """'will review the 2017 truce' in a 2024 article: the truce is past, not planned."""
    doc = parse("Both armies will review the 2017 ceasefire next month.")
    actors = build_actors(doc)
    statements = extract_statements(doc, actors, [])
    truce = [e.status for e in extract_events(doc, actors, statements, [], published_year=2024)
             if e.trigger == "ceasefire"]
    assert truce and set(truce) == {"asserted"}
