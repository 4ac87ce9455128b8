"""Who asserts a claim, and whose negation denies an event (M19, review R6 #15).

A reporting verb's source is its logical subject (clause_subject.verb_subject: a shared
conjunct subject, a passive's controller, a relative clause's antecedent; a dummy "it" names
nobody), while a negative word denies only the clause it is the subject of. Sentences written
for these tests (none copied from a gold or test page).
"""

from __future__ import annotations

import pytest

from newsledger.parse import parse
from newsledger.status import status_of


def _decide(sentence: str, trigger: str) -> tuple[str, str | None]:
    """Return a trigger's status and its source's text (None: no source named)."""
    tok = next(t for t in parse(sentence) if t.text == trigger)
    decision = status_of(tok)
    start, end = decision.source_start, decision.source_end
    return decision.status, sentence[start:end] if start is not None and end is not None else None


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # the logical subject speaks: shared by a conjunct, a passive's controller, an antecedent
    ("The minister arrived late and said rebels attacked the convoy.", "attacked",
     ("claimed", "The minister")),
    ("The governor denied the claim but said troops would attack the town.", "attack",
     ("planned", "The governor")),
    ("The envoy was heard saying that rebels attacked the convoy.", "attacked",
     ("claimed", "The envoy")),
    ("Officials who said rebels attacked the convoy were not named.", "attacked",
     ("claimed", "Officials")),
    # a dummy "it" names no source
    ("Rebels attacked the convoy, it is reported.", "attacked", ("claimed", None)),
    ("It was reported that rebels attacked the convoy.", "attacked", ("claimed", None)),
    # kept: a final attribution; a denying cue's own subject (the conjunct "failed" has
    # none, so the teller stays the source)
    ("Rebels attacked the convoy, the army said.", "attacked", ("claimed", "the army")),
    ("The general told reporters that the colonel had tried and failed to shoot him.",
     "shoot", ("denied", "The general")),
])
def test_claim_source_is_the_logical_subject(sentence: str, trigger: str,
                                             expected: tuple[str, str | None]) -> None:
    """A reporting verb's source is who speaks, not only a subject hung on the verb itself."""
    assert _decide(sentence, trigger) == expected


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Nobody attacked the convoy.", "attacked", "denied"),
    ("No convoy was attacked.", "attacked", "denied"),
    # a negative antecedent does not deny its relative clause's event
    ("No country that sent troops withdrew them.", "sent", "asserted"),
    ("No group that attacked the convoy has been caught.", "attacked", "asserted"),
])
def test_a_negative_subject_denies_only_its_own_clause(sentence: str, trigger: str,
                                                       expected: str) -> None:
    """The negative-doer test reads the trigger's own subject, not verb_subject's climb."""
    assert _decide(sentence, trigger)[0] == expected
