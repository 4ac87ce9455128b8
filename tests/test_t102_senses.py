"""Words coded as events that name no act (T102, from T98's audit of record events): per rule,
the changed use and the look-alikes that must keep their event.

Sentences written for these tests (none copied from a gold, test or news page).
"""

from __future__ import annotations

import pytest
from trigger_probe import rule_type

from newsledger.parse import parse


@pytest.mark.parametrize(("text", "word", "expected"), [
    # agreeing on a view is no PLOVER AGREE: a degree adverb, "one thing", a with-phrase alone,
    # a present-tense judgement or quotation
    ("Most voters strongly agree that the tax is unfair.", "agree", None),
    ("Both parties agreed on one thing: the vote will be close.", "agreed", None),
    ("The minister said she agreed with that.", "agreed", None),
    ("The union will reject any plan it does not agree with.", "agree", None),
    ("The mayor agreed, \"The roads are a disgrace.\"", "agreed", None),
    ("We agreed that the main thing now is to finish the job.", "agreed", None),
    # ... while agreeing to act, on terms, with a party on terms, or to a future step is AGREE
    ("Israel agreed to withdraw its troops from the town.", "agreed", "AGREE"),
    ("The two sides agreed that talks would resume next week.", "agreed", "AGREE"),
    ("Iran agreed with the agency on a new inspection plan.", "agreed", "AGREE"),
    ("The government cut subsidies under reforms agreed with the lenders.", "agreed", "AGREE"),
    ("The rebels agreed a ceasefire on Sunday.", "agreed", "AGREE"),
    ("The premier said he had agreed with his deputy that she would stand down.", "agreed",
     "AGREE"),
])
def test_agreeing_on_a_view(text: str, word: str, expected: str | None) -> None:
    """Agreeing on a view or with a person's words is an opinion; agreeing to act stays AGREE."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # insisting asserts a claim or a forecast: no REQUEST
    ("The minister insisted the reports were wholly false.", "insisted", None),
    ("Prices, the bank insisted, would not rise this year.", "insisted", None),
    ("The lawyer, who insists he did nothing wrong, spoke to the court.", "insists", None),
    # ... insisting on something, that someone act (a subjunctive), or that someone must act
    ("The opposition insisted on a recount of the votes.", "insisted", "REQUEST"),
    ("The minister insisted that the envoy leave the country.", "insisted", "REQUEST"),
    ("The union insists that talks must resume at once.", "insists", "REQUEST"),
])
def test_insisting_asserts_or_demands(text: str, word: str, expected: str | None) -> None:
    """Only a demand made by insisting is a REQUEST."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("\"If you ask me one more question, I will leave,\" the senator said.", "ask", None),
    ("\"Whatever you ask me, I will not answer,\" the senator said.", "ask", None),
    ("Jordan asked the United Nations for food aid.", "asked", "REQUEST"),
    ("The police asked the crowd to leave the square.", "asked", "REQUEST"),
])
def test_asking_a_question(text: str, word: str, expected: str | None) -> None:
    """Putting a question (its object "question" or "what") asks for no act."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The candidate leads in pledged delegates.", "pledged", None),
    ("The accord rests on internationally recognised borders.", "recognised", None),
    ("The migrants seek a recognized status.", "recognized", None),
    ("Donors pledged two million dollars on Monday.", "pledged", "AGREE"),
    ("Five states recognised the new government.", "recognised", "SUPPORT"),
])
def test_a_participle_describing_its_noun(text: str, word: str, expected: str | None) -> None:
    """A past participle before its noun describes it: no act of pledging or recognising."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The new rules forbid using party money for travel.", "forbid", None),
    ("The treaty has a clause that bars him from standing again.", "bars", None),
    ("The objections forced the lawyers to respond.", "forced", None),
    ("\"Hate destroys those who feel it,\" she said.", "destroys", None),
    ("The bills could threaten the trading system.", "threaten", None),
    ("The economy is threatened by instability.", "threatened", None),
    # ... a party acting, a spokesman or leader, a body's resolution threatening an act
    ("The junta forbade public meetings.", "forbade", "COERCE"),
    ("Police forced the protesters to disperse.", "forced", "COERCE"),
    ("Troops destroyed the bridge.", "destroyed", "ASSAULT"),
    ("A military spokesman threatened a resumption of air raids.", "threatened", "THREATEN"),
    ("The council passed a resolution threatening a ban on flights.", "threatening",
     "THREATEN"),
    ("Iran threatened to close the strait.", "threatened", "THREATEN"),
])
def test_a_thing_does_no_act(text: str, word: str, expected: str | None) -> None:
    """A rule, an objection or a feeling that forces, bars or threatens names no party's act."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Sanders shot back at his critics.", "shot", "ACCUSE"),
    ("\"Sanders shot back,\" the report said.", "shot", "ACCUSE"),
])
def test_a_plural_surname_opening_a_sentence_is_a_name(text: str, word: str,
                                                       expected: str) -> None:
    """A capitalised plural opening the sentence may be a surname in -s: not read as a thing."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("In his speech he was striking the theme of the week.", "striking", None),
    ("The plan strikes a balance between security and liberty.", "strikes", None),
    ("The biggest threat we face is a careless government.", "threat", None),
    ("Jets struck the town at dawn.", "struck", "ASSAULT"),
    ("The two parties struck a deal on Friday.", "struck", "AGREE"),
    ("The threat he made against the judge was reported.", "threat", "THREATEN"),
])
def test_a_theme_struck_and_a_threat_faced(text: str, word: str, expected: str | None) -> None:
    """Striking a theme or balance is no assault; the threat one faces is a danger."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The minister was asked at a news conference if the plan would raise taxes.", "asked",
     None),
    ("The envoy was asked at a press briefing whether talks would resume.", "asked", None),
    ("Turkey was asked at the Geneva conference whether it could send troops.", "asked",
     "REQUEST"),
    ("Jordan was asked whether it could send troops.", "asked", "REQUEST"),
])
def test_a_question_at_a_press_event(text: str, word: str, expected: str | None) -> None:
    """A passive if/whether question put at a news conference or briefing is a reporter's."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("He urged a strict reading of the 1972 ABM treaty.", "treaty", None),
    ("The 1994 accord is still in force.", "accord", None),
    ("The two states signed a treaty in 1972.", "treaty", "AGREE"),
    ("The rivals reached a pact on Monday.", "pact", "AGREE"),
])
def test_a_treaty_named_by_its_year(text: str, word: str, expected: str | None) -> None:
    """A treaty named by its year is a standing agreement, no act of agreeing."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The council passed a resolution sanctioning military action.", "sanctioning", "SUPPORT"),
    ("The assembly sanctioned the use of force.", "sanctioned", "SUPPORT"),
    ("The United States sanctioned three foreign banks.", "sanctioned", "SANCTION"),
])
def test_sanctioning_an_action_authorises_it(text: str, word: str, expected: str) -> None:
    """Sanctioning an action authorises it (SUPPORT); sanctioning a party penalises it."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The adviser, who was fired from the council on Monday, left town.", "fired", None),
    ("The editor was fired from the newspaper.", "fired", None),
    ("Rockets were fired from the border into the town.", "fired", "ASSAULT"),
    ("Shots were fired from a passing car.", "fired", "ASSAULT"),
])
def test_fired_from_a_post(text: str, word: str, expected: str | None) -> None:
    """Being fired from a body or a post is a dismissal, not gunfire."""
    assert rule_type(text, word) == expected


def test_agreeing_with_a_named_party_stays_an_agreement() -> None:
    """A leader agreeing with another named leader or state is CAMEO's agreement, not a view."""
    from newsledger.actors import build_actors
    from newsledger.events import code_events

    doc = parse("Reagan agreed with Gorbachev at their summit meeting.")
    coded = code_events(doc, build_actors(doc), [], [])
    assert any(c.event.type == "AGREE" and c.event.trigger == "agreed" for c in coded)
    doc = parse("The minister agreed with that.")
    assert not [c for c in code_events(doc, build_actors(doc), [], []) if c.event.type == "AGREE"]
