"""Status rules of T114 (status on new text), on sentences written for these tests."""

from __future__ import annotations

import pytest
from status_probe import status_in, status_under_statement

# (sentence, trigger, expected): each rule with its look-alikes
CASES = [
    # an "if" clause after a verb of asking is the question, not a condition on the asking
    ("During a meeting on Monday, the reporter asked the minister if he would resign.",
     "meeting", "asserted"),
    # look-alike: a condition before the verb, or after a verb that does not ask
    ("If the rebels attack the town, the army will respond.", "attack", "hypothetical"),
    ("The rebels will attack the town if the talks fail.", "attack", "hypothetical"),
    # a negation denies its predicate, not a known event its adjunct names
    ("The governor is not alone in his criticism.", "criticism", "denied"),  # "in": taken part
    ("The governor isn't alone with his criticism.", "criticism", "asserted"),
    ("The ministry has made no comment on the recent fighting in the north.", "fighting",
     "asserted"),
    # look-alikes: an event the subject takes part in, and a bare noun, stay denied
    ("The army did not take part in the assault.", "assault", "denied"),
    ("The rebels did not agree to the ceasefire.", "ceasefire", "denied"),
    ("The army did not cooperate with investigators.", "cooperate", "denied"),
    ("The envoy did not go to Moscow for talks on arms control.", "talks", "denied"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES)
def test_status_t114(sentence: str, trigger: str, expected: str) -> None:
    assert status_in(sentence, trigger) == expected


REPORT_CASES = [
    # a fronted "Asked ..." narrates the question the report answers
    ("Asked about the raid, the minister said the army would investigate.", "raid", "asserted"),
    # a known event a reported judgement is about is the outlet's
    ("The senator said the governor's criticism of the judge was racist.", "criticism",
     "asserted"),
    ("Police said the attack was horrific.", "attack", "asserted"),
    # look-alikes: a predicate naming the act again, an indefinite subject, a non-copula verb
    ("She said the Benghazi attack was a terrorist attack.", "attack", "claimed"),
    ("Police said an attack was likely.", "attack", "claimed"),
    ("Police said the attack killed four people.", "attack", "claimed"),
    # ... and a predicate that gives the act a status, with no clause of its own
    ("Officials said the attack was imminent.", "attack", "claimed"),
    ("He said the invasion would be a disaster.", "invasion", "claimed"),
    ("Officials said the talks were likely to resume.", "talks", "asserted"),
    # a comment set off after a report's quoted words is the outlet's
    ('The speaker called the remarks "racist and wrong," an extraordinary rebuke that drew '
     "criticism from his party.", "rebuke", "asserted"),
    # look-alike: what follows the quotation inside the report's clause
    ('The speaker said the remarks were "racist and wrong," and that the attack was planned.',
     "attack", "claimed"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), REPORT_CASES)
def test_status_t114_reports(sentence: str, trigger: str, expected: str) -> None:
    assert status_in(sentence, trigger) == expected


def test_note_reports_through_its_content_clause() -> None:
    """A written note's content clause is its claim; the note's other phrases are not."""
    assert status_in("The campaign sent a fundraising email, with a note that the businessman had "
                     "praised her in the past.", "praised") == "claimed"
    assert status_in("The campaign sent a note of thanks after the senator praised her.",
                     "praised") == "asserted"


def test_unleashed_attack_is_the_utterance() -> None:
    """'unleashed an attack on X': the object is the speech act, not a statement's content."""
    text = "The candidate unleashed a harsh attack on his rival last night."
    assert status_under_statement(text, "a harsh attack on his rival", "unleashed", "attack") == (
        "asserted")


def test_comment_after_quote_under_a_mixed_statement() -> None:
    """A statement whose span runs past the quotation does not claim the outlet's comment."""
    text = ('The speaker called the remarks "racist and wrong," an extraordinary rebuke that '
            "drew criticism from his party.")
    content = 'the remarks "racist and wrong," an extraordinary rebuke that drew criticism'
    assert status_under_statement(text, content, "called", "rebuke", kind="mixed") == "asserted"
