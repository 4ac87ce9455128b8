"""Status rules of T117 (the outlet's voice inside reports), on sentences written for them."""

from __future__ import annotations

import pytest
from status_probe import status_in, status_under_statement

from newsledger.parse import parse
from newsledger.status import status_of

# (sentence, trigger, expected): each rule with its look-alikes
CASES = [
    # a fronted occasion of a reporting verb, with a participle describing it, is the outlet's
    ("In a letter filed in court as part of a lawsuit, the lawyer said the inquiry had ended.",
     "lawsuit", "asserted"),
    ("At a news conference following talks with the envoy, the minister said troops would stay.",
     "talks", "asserted"),
    # look-alike: what is said after the verb stays the speaker's claim
    ("The lawyer said in a letter that the police had raided the office.", "raided", "claimed"),
    # a clause opened by "that" under the root is content, not a "..., X said" tail
    ("In an interview on Monday, the senator responded to a claim that he told donors the "
     "party would lose.", "interview", "asserted"),
    # the noun of a complex preposition is no occasion of the speaking
    ("He said in the case of Brazil write-offs of loans is a worst-case outcome.", "loans",
     "claimed"),
    # a negation denies its predicate, not a known event deeper in its prepositional object
    ("The ministry has not commented on the scope of the investigation.", "investigation",
     "asserted"),
    ("The campaign did not cooperate with a State Department inspector general "
     "investigation.", "investigation", "asserted"),
    # look-alikes: a noun's own negation, and an event the subject takes part in
    ("There was no sign of the attack on the convoy.", "attack", "denied"),
    ("The army did not take part in the planning of the assault.", "assault", "denied"),
    # "Let me <speech act>" performs the act, as "I thank X" does
    ('"Let me take this opportunity to thank the volunteers," the senator said.', "thank",
     "asserted"),
    ('"Let me thank the volunteers," the senator said.', "thank", "asserted"),
    # look-alike: "let them" is no performative, and an act that is no speech act is claimed
    ('"Let them attack the town," the general said.', "attack", "claimed"),
    # an adjective of fear heads a feared act, as "fear" does
    ("Many witnesses were afraid to testify against the militia.", "testify", "hypothetical"),
    # an occurrence verb's subject event takes the verb's status
    ("They discussed a situation wherein the assassination of the leader might have to be "
     "carried out.", "assassination", "hypothetical"),
    ("The vote did not take place.", "vote", "denied"),
    ("The talks will take place in Geneva.", "talks", "planned"),
    # look-alikes: an event as the subject of another verb keeps its own status
    ("The attack could spark a war.", "attack", "asserted"),
    ("The attack took place on Monday.", "attack", "asserted"),
    # a causative in the past or perfect has brought its act about
    ("The report sparked a backlash from the press.", "backlash", "asserted"),
    ("The ruling has triggered protests across the country.", "protests", "asserted"),
    # look-alikes: a possible or threatened cause leaves the act possible
    ("The move could spark protests.", "protests", "hypothetical"),
    ("The move threatens to spark protests.", "protests", "hypothetical"),
    # arrangements and preparations for an act plan it
    ("The agency is making arrangements to interview the minister.", "interview", "planned"),
    ("Preparations for the summit in Geneva have begun.", "summit", "planned"),
    # an idea of an act is entertained, not done
    ("The idea of deporting millions of people is absurd.", "deporting", "hypothetical"),
    # look-alike: a bare sentence-final attribution still covers the sentence
    ("Rebels attacked the convoy near the border, police said.", "attacked", "claimed"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES)
def test_status_t117(sentence: str, trigger: str, expected: str) -> None:
    assert status_in(sentence, trigger) == expected




REPORT_CASES = [
    # a statement noun's present participle is the act the statement performs
    ("The bishop released a statement condemning the attack on the school.",
     "condemning the attack on the school", "statement", "condemning", "asserted"),
    ("The council released statements deploring what happened.",
     "deploring what happened", "statements", "deploring", "asserted"),
    # a set-off relative clause on a name is the outlet's description, down to its events
    ("The senators say they will not appear beside Hillary Clinton, who has been hurt by the "
     "fallout from the investigation of her email use.",
     "they will not appear beside Hillary Clinton, who has been hurt by the fallout from the "
     "investigation of her email use", "say", "investigation", "asserted"),
    # look-alike: one that reports its own content attributes it
    ("The report may hurt John Smith, who the report suggests opposed the attack on the town.",
     "opposed the attack on the town", "suggests", "attack", "claimed"),
    # a dash-set apposition is the outlet's comment on the reported phrase
    ("The senator reported holding shares in Ford -- a company that he has attacked for "
     "outsourcing.", "holding shares in Ford -- a company that he has attacked for outsourcing",
     "reported", "attacked", "asserted"),
    # a definite event noun in a participle describing a participant is presupposed
    ("The agency said it will release the emails recovered in the investigation into the leak.",
     "it will release the emails recovered in the investigation into the leak", "said",
     "investigation", "asserted"),
    # look-alikes: an event noun the report is about, and an indefinite one, stay claimed
    ("The agency said the investigation into the leak is ongoing.",
     "the investigation into the leak is ongoing", "said", "investigation", "claimed"),
    ("The agency said it found emails recovered in raids on the office.",
     "it found emails recovered in raids on the office", "said", "raids", "claimed"),
    # look-alike: a participle of no speech act names the statement's content
    ("The army released a statement accusing rebels of attacking the town.",
     "accusing rebels of attacking the town", "statement", "attacking", "claimed"),
]


@pytest.mark.parametrize(("text", "content", "cue", "trigger", "expected"), REPORT_CASES)
def test_status_t117_reports(text: str, content: str, cue: str, trigger: str,
                             expected: str) -> None:
    assert status_under_statement(text, content, cue, trigger) == expected


def test_occurrence_predicts_no_intent() -> None:
    """"Attacks will take place" is planned but no actor intends it (no THREATEN read off)."""
    doc = parse("Terrorist attacks will take place in the capital.")
    decision = status_of(next(t for t in doc if t.text == "attacks"))
    assert (decision.status, decision.intent) == ("planned", False)
