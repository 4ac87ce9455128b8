"""Trigger rows of T86 (issue 4): events of the other PLOVER types that news prose names.

Sentences are written for these tests (none is taken from a gold, development or test set).
Each positive case fails without its row of ``plover_triggers.tsv``; each family has a
look-alike in another sense that must stay no event.
"""

from __future__ import annotations

import pytest
from trigger_probe import coded_type

from newsledger.parse import parse


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The governor said he had spoken to Mayor Linda Ortez about the budget.", "spoken", "CONSULT"),
    ("The senator spoke with President Alvarez on Tuesday.", "spoke", "CONSULT"),
    ("The campaign will reach out to voters who backed the rival.", "reach", "CONSULT"),
    ("After a series of conference calls, the donors settled on a plan.", "calls", "CONSULT"),
    ("Hundreds of delegates will attend the party congress in the capital.", "attend", "CONSULT"),
    # look-alikes: speaking to an unnamed crowd or a medium, reaching a place, a call for help
    ("The mayor spoke to reporters outside the court.", "spoke", None),
    ("The mayor spoke to Reuters on Friday.", "spoke", None),
    ("The convoy will reach the border on Sunday.", "reach", None),
    ("She will attend a concert in the park.", "attend", None),
])
def test_consultations(text: str, word: str, expected: str | None) -> None:
    """Speaking to a named person, reaching out, conference calls, a congress attended: CONSULT."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The governor announced a deal with the teachers' union on Monday.", "deal", "AGREE"),
    ("Officials unveiled the deal after midnight.", "deal", "AGREE"),
    ("A deal between the two unions was reached late.", "deal", "AGREE"),
    # a verb that is itself the event takes the deal as its content ("signed the deal")
    ("The two parties signed the deal after midnight.", "deal", None),
    # look-alike: a quantity, and reducing deals is not striking one
    ("The plan drew a great deal of attention.", "deal", None),
])
def test_deals(text: str, word: str, expected: str | None) -> None:
    """A deal struck, signed or made with a partner is AGREE; 'a great deal of' is none."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Retirees gave most of the contributions to the candidate this year.", "contributions",
     "AID"),
    ("Campaign contributions from bankers rose sharply.", "contributions", "AID"),
    ("Retirees wrote most of the contributions to super PACs.", "contributions", "AID"),
    ("The senator has been fundraising for two House candidates.", "fundraising", "AID"),
    ("The president refused to arm the rebels.", "arm", "AID"),
    ("Air drops of food reached the besieged town.", "drops", "AID"),
    # look-alikes: a contribution to a debate, arming oneself, prices dropping
    ("The report is a useful contribution to the debate.", "contribution", None),
    ("The drops in prices were steep in the spring.", "drops", None),
])
def test_aid(text: str, word: str, expected: str | None) -> None:
    """Campaign contributions, fundraising for someone, arming a group, air drops: AID."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The committee sent a criminal referral to the prosecutor.", "referral", "REQUEST"),
    ("Volunteers solicit checks from neighbours every spring.", "solicit", "REQUEST"),
    # look-alike: a doctor's referral under no sending verb
    ("The patient waited weeks for a referral.", "referral", None),
])
def test_requests(text: str, word: str, expected: str | None) -> None:
    """A criminal referral sent, soliciting something: REQUEST."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The minister moved quickly to rebut the allegations.", "rebut", "REJECT"),
    ("The senator took issue with the report's findings.", "took", "REJECT"),
    ("The agency withheld documents from the inspectors.", "withheld", "REJECT"),
    ("Party leaders worked to scuttle the proposal.", "scuttle", "REJECT"),
    ("The opposition staged a filibuster against the bill.", "filibuster", "REJECT"),
    ("The group renounced its leader's decision.", "renounced", "REJECT"),
    # look-alikes: taking a seat, withholding tax, a ship scuttled
    ("The senator took a seat with the delegation.", "took", None),
    ("The employer withheld taxes from each paycheck.", "withheld", None),
    ("The crew scuttled the old ship.", "scuttled", None),
])
def test_rejections(text: str, word: str, expected: str | None) -> None:
    """Rebutting, taking issue with, withholding records, scuttling a plan: REJECT."""
    assert coded_type(text, word) == expected


def test_yielding_read_as_an_infinitive() -> None:
    """'yielded to NAME', which the parser reads as a to-infinitive, is still CONCEDE."""
    doc = parse("Several senators yielded to Trump after the vote.")
    yielded = next(t for t in doc if t.text == "yielded")
    assert any(c.dep_ == "xcomp" for c in yielded.children)  # the parse the row is for
    assert coded_type("Several senators yielded to Trump after the vote.", "yielded") == "CONCEDE"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The aide turned over the emails to investigators.", "turned", "COOPERATE"),
    ("The firm handed over its records to the regulator.", "handed", "COOPERATE"),
    # look-alike: a car turned over
    ("The truck turned over on the highway.", "turned", None),
])
def test_records_turned_over(text: str, word: str, expected: str | None) -> None:
    """Records or emails turned or handed over are shared information: COOPERATE."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The army removed the president from office.", "removed", "COERCE"),
    ("The generals tried to dethrone the king.", "dethrone", "COERCE"),
    ("The government put new restrictions on public gatherings.", "restrictions",
     "COERCE"),
    ("The hacking was traced to a foreign group.", "hacking", "COERCE"),
    ("The Equifax hack exposed millions of records.", "hack", "COERCE"),
    ("The data breach exposed millions of records.", "breach", "COERCE"),
    # look-alikes: a stain removed, restrictions as a topic, a breach of contract, a party hack
    ("The cleaner removed the stain from the carpet.", "removed", None),
    ("The restrictions were discussed at length.", "restrictions", None),
    ("The firm was sued for breach of contract.", "breach", None),
    ("He was dismissed as a party hack.", "hack", None),
])
def test_coercion(text: str, word: str, expected: str | None) -> None:
    """Removal from office, deposing, restrictions imposed, hacking: COERCE."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The slaughter of villagers shocked the region.", "slaughter", "ASSAULT"),
    ("The outbreak of war closed the border.", "war", "ASSAULT"),
    ("The president nominated a federal judge for the seat.", "nominated", "SUPPORT"),
    # look-alike: a war named as a topic, no outbreak
    ("The book is about the war.", "war", None),
])
def test_war_slaughter_nomination(text: str, word: str, expected: str | None) -> None:
    """A slaughter, the outbreak of a war, nominating someone: ASSAULT, ASSAULT, SUPPORT."""
    assert coded_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # M13 #15: a film or book nominated for a prize is no political endorsement
    ("The novel was nominated for a literary prize.", "nominated", None),
    ("The president nominated a judge to the supreme court.", "nominated", "SUPPORT"),
    # M13 #16: phone calls received by a service name no party
    ("The helpline got 3,000 phone calls during the storm.", "calls", None),
    ("The minister had a phone call with her Indian counterpart.", "call", "CONSULT"),
    # M13 #17: "a great deal of" is a quantity
    ("The mayor announced a good deal of new housing.", "deal", None),
    # M13 #18, #19: a sports title lost, a legal deposition
    ("The underdogs dethroned the reigning champions in the final.", "dethroned", None),
    ("The army dethroned the king in a bloodless coup.", "dethroned", "COERCE"),
    ("The witness was deposed by attorneys for the company.", "deposed", None),
    ("The generals deposed the president in 1973.", "deposed", "COERCE"),
    # M13 #20: a person called a hack
    ("Voters saw the candidate as a Democratic Party hack.", "hack", None),
    # M13 #21: a physical security breach is no cyber attack
    ("A security breach at the stadium let fans onto the pitch.", "breach", None),
    ("A data breach at the bank exposed millions of accounts.", "breach", "COERCE"),
    # M13 #22: animals slaughtered
    ("The ministry ordered the slaughter of infected poultry.", "slaughter", None),
    # M13 #23: a trade war broke out
    ("Shares dropped after the outbreak of a price war among airlines.", "war", None),
    ("Thousands fled after the outbreak of war in the north.", "war", "ASSAULT"),
    # M13 #24: troops removed from positions are no removal from office
    ("The army removed its tanks from frontline positions.", "removed", None),
    ("Parliament removed the prime minister from office.", "removed", "COERCE"),
    # M13 #25: soliciting with nothing named as sought
    ("Two women were fined for soliciting in the park.", "soliciting", None),
    # M13 #26: a medical referral
    ("The clinic issued a referral to a heart surgeon.", "referral", None),
    ("The committee sent a referral to the Justice Department.", "referral", "REQUEST"),
    # M13 #27: a fan convention
    ("The actor attended a science fiction convention in Chicago.", "attended", None),
    ("Delegates attended the Republican convention in Milwaukee.", "attended", "CONSULT"),
    # M13 #28: giving up a claim is a concession
    ("The kingdom renounced its claim to the islands.", "renounced", "CONCEDE"),
])
def test_m13_review_mends(text: str, word: str, expected: str | None) -> None:
    """Each M13 mend narrows a T86 row to the event it was written for."""
    assert coded_type(text, word) == expected
