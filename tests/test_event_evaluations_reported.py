"""Tests of the T116 mends to reported evaluations: quoted pronouns, pronoun speakers, clauses."""

from __future__ import annotations

from collections import Counter

import pytest

from newsledger.actors import build_actors
from newsledger.event_evaluations import Evaluation, code_evaluations, evaluation_triggers
from newsledger.parse import parse
from newsledger.pipeline import extract


def _coded(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Return (type, trigger, actor text, recipient text) of one sentence's coded evaluations."""
    doc = parse(text)
    actors = build_actors(doc)
    sent = next(iter(doc.sents))
    coded = code_evaluations(sent, evaluation_triggers(sent, set(), actors), actors, [], None,
                             Counter())
    return [(c.event.type, c.event.trigger, c.actor.text if c.actor else None,
             c.recipient.text if c.recipient else None) for c in coded]


def test_a_quoted_third_person_pronoun_is_not_the_speaker() -> None:
    """'"She's caused so many deaths," the governor said' accuses her, not the governor."""
    assert [(t, trig) for t, trig, *_ in _coded(
        "\u201cShe\u2019s caused so many deaths,\u201d the governor said.")] == [
        ("ACCUSE", "said")]


@pytest.mark.parametrize("text", [
    "The governor said she had caused so many deaths.",
    "\u201cMy decision was a mistake,\u201d the governor said.",
    "\u201cOur policy was a failure,\u201d the minister said.",
])
def test_the_speakers_own_act_is_no_accusation(text: str) -> None:
    """A pronoun outside a quote, or a quoted first-person act, is the speaker's admission."""
    assert _coded(text) == []


def test_a_pronoun_speaker_is_not_the_name_it_judges() -> None:
    """'Senator Warren "caused havoc," he said': 'he' is not Warren; the speaker stays unnamed."""
    coded = _coded("Senator Warren \u201ccaused tremendous havoc and death,\u201d he said.")
    assert [(t, trig, a) for t, trig, a, _ in coded] == [("ACCUSE", "said", None)]
    assert coded[0][3] is not None and coded[0][3].endswith("Warren")


def test_an_adverbial_clause_trigger_leaves_the_judgement() -> None:
    """'I don't think you are qualified if you voted for the war': the vote is its own event."""
    doc = parse("He added: \u201cI don't think you are qualified if you voted for the war.\u201d")
    actors = build_actors(doc)
    sent = next(iter(doc.sents))
    voted = next(t.i for t in sent if t.text == "voted")
    found = evaluation_triggers(sent, {voted}, actors)
    assert [(e.cue.text, e.type) for e in found] == [("added", "ACCUSE")]


def test_a_relative_pronoun_subject_stands_for_its_noun() -> None:
    """'Y's policy, which critics said was illegal': the policy (Y's) is judged."""
    found = _evaluations("Critics attacked Russia's policy, which the senator said was illegal.")
    assert [(e.cue.text, e.type) for e in found] == [("said", "ACCUSE")]
    assert found[0].evaluated is not None and found[0].evaluated.text == "Russia"


def test_a_question_still_gives_no_judgement() -> None:
    """'which officials said the plan was illegal' as a question is no judgement."""
    assert _evaluations("It is unclear which officials said the plan was illegal.") == []


def _evaluations(text: str) -> list[Evaluation]:
    """Parse one sentence and return its reported evaluations (no trigger taken)."""
    doc = parse(text)
    sent = next(iter(doc.sents))
    return evaluation_triggers(sent, set(), build_actors(doc))


@pytest.mark.parametrize(("text", "trigger"), [
    ("\u201cI\u2019m very disappointed in the council,\u201d the mayor said.", "disappointed"),
    ("The senator was disappointed with the president.", "disappointed"),
    ("\u201cI am quite concerned about his stance on trade,\u201d the governor said.",
     "concerned"),
    ("The union said it was appalled by Russia's decision.", "appalled"),
])
def test_a_feeling_of_disapproval_towards_a_party_is_accuse(text: str, trigger: str) -> None:
    """'disappointed in Y', 'concerned about Y's stance': the holder criticises Y."""
    assert [(t, trig) for t, trig, *_ in _coded(text)] == [("ACCUSE", trigger)]


@pytest.mark.parametrize("text", [
    "Analysts were disappointed by the company's results.",
    "Investors are concerned about China.",
    "He said he was disappointed in his own decision.",
    "The senator was not disappointed with the president.",
])
def test_a_worry_a_product_or_ones_own_act_is_no_accusation(text: str) -> None:
    """A worry about a country, a product ('results'), or one's own act criticises nobody."""
    assert _coded(text) == []


def test_a_quoted_first_persons_feeling_is_asserted() -> None:
    """'"I'm disappointed in the council," the mayor said': the mayor's own act, asserted."""
    events = [e for e in extract(
        "\u201cI\u2019m very disappointed in the council,\u201d the mayor said.").events
        if e.trigger == "disappointed"]
    assert [(e.type, e.status) for e in events] == [("ACCUSE", "asserted")]


def test_an_object_pronoun_is_never_the_describer() -> None:
    """'The prince urged Trump to quit, calling him a disgrace': the prince accuses Trump."""
    coded = _coded("In December, the prince called for Trump to drop out of the race, "
                   "calling him \u201ca disgrace to all America.\u201d")
    assert [(t, trig, a, r) for t, trig, a, r in coded if trig == "calling"] == [
        ("ACCUSE", "calling", "the prince", "Trump")]


def test_a_participle_describer_is_the_main_clauses_subject() -> None:
    """'The senator hit back, calling the governor a liar': the senator describes."""
    assert [(t, trig, a) for t, trig, a, _ in _coded(
        "The senator hit back, calling the governor a liar.")] == [
        ("ACCUSE", "calling", "The senator")]


def test_a_nominalisation_names_no_doer_to_be_disappointed_in() -> None:
    """'outraged at the treatment of the detainees': the detainees are no doer."""
    assert _coded("Campaigners have been outraged at the treatment of the detainees.") == []
