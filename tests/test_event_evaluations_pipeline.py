"""End to end: accusations and praise made only through a reporting verb (T67), via extract."""

from __future__ import annotations

import pytest

from newsledger.pipeline import extract

#: (text, reporting verb, the type it codes or None): judged parties, a negated judgement,
#: a judged thing that is no party, and an admission.
EVALUATION_CASES = [
    ("His rival told reporters the drills were 'a pretext', and called for international "
     "observers at the border.", "told", "ACCUSE"),
    ("The Russian foreign minister said Washington's decision was illegal.", "said", "ACCUSE"),
    ("The senator said the new law was not acceptable.", "said", "ACCUSE"),
    ("The opposition leader said the prime minister had lied to parliament.", "said", "ACCUSE"),
    ("The Irish prime minister said the British premier was courageous.", "said", "SUPPORT"),
    ("The minister said Moscow's decision was not a provocation.", "said", None),
    ("The coach said the match was a disaster.", "said", None),
    ("We were wrong, the minister said.", "said", None),
    # T84: description frames, stances and expressions coded at their own verb
    ("The opposition leader described the governor as reckless.", "described", "ACCUSE"),
    ("The senator has been critical of the governor.", "critical", "ACCUSE"),
    ("The mayor sounded a positive note about the governor.", "sounded", "SUPPORT"),
    ("The engineer described the weather as terrible.", "described", None),
    # M12: a negated harm clears the party, quote-first too; a role in a film is no verdict
    ('"The mayor\'s policy caused no damage," the minister said.', "said", None),
    ("The producer cast the mayor as a corrupt judge in the new film.", "cast", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), EVALUATION_CASES)
def test_a_reported_judgement_is_coded_on_its_reporting_verb(
        text: str, trigger: str, expected: str | None) -> None:
    types = [e.type for e in extract(text).events if e.trigger == trigger]
    assert types == ([expected] if expected else [])


def test_the_speaker_accuses_the_judged_party_and_the_outlet_asserts_the_act() -> None:
    record = extract("The Russian foreign minister said Washington's decision was illegal.")
    accuse = next(e for e in record.events if e.type == "ACCUSE")
    countries = {a.id: a.country for a in record.actors}
    # the outlet reports that the minister spoke: the accusation itself is asserted
    assert accuse.status == "asserted"
    assert countries[accuse.actor or ""] == "RUS"
    assert countries[accuse.recipient or ""] == "USA"
