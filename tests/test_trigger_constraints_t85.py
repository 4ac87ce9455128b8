"""Sense constraints from the exhaustive sets (T85): a removed use and a kept look-alike per rule.

Sentences written for these tests (none copied from a gold or test page).
"""

from __future__ import annotations

import pytest
from trigger_probe import rule_type


@pytest.mark.parametrize(("text", "word", "expected"), [
    # releasing information is no RETREAT; releasing persons held is
    ("A survey released Monday by the university shows the mayor ahead.", "released", None),
    ("The senator spoke shortly after the release of the audit report on the agency.",
     "release", None),
    ("The ministry said its findings would be published in a report to be released Friday.",
     "released", None),
    ("The candidate refused to release his tax returns.", "release", None),
    ("The militia released twelve hostages on Sunday.", "released", "RETREAT"),
    ("The court ordered the release of the jailed activists.", "release", "RETREAT"),
    ("The hostages released by the rebels arrived in the capital.", "released", "RETREAT"),
    # an interviewer's question is no REQUEST; asking a party to act or give is
    ("Asked about the budget, the governor said nothing.", "Asked", None),
    ("The mayor smiled when asked whether she would run again.", "asked", None),
    ("The minister was asked, \u201cWhy did you resign?\u201d", "asked", None),
    ("The governor was asked by the president to lead the inquiry.", "asked", "REQUEST"),
    ("Jordan was asked whether it could send troops to the border.", "asked", "REQUEST"),
    ("When asked for help, the neighbours sent food.", "asked", "REQUEST"),
    # an electoral or political battle, a fight to do something peaceful, a competitor beaten out
    ("Both parties face long nomination battles this spring.", "battles", None),
    ("Troops fought a fierce battle for the airport.", "battle", "ASSAULT"),
    ("The senator is fighting to protect the pension fund.", "fighting", None),
    ("Rebels are fighting to overthrow the government.", "fighting", "ASSAULT"),
    ("Soldiers fought to hold the bridge with rifles and mortars.", "fought", "ASSAULT"),
    ("The city beat out three rivals to host the games.", "beat", None),
    ("Police beat the protesters with batons.", "beat", "ASSAULT"),
    # a candidate's rally is no protest; a rally against someone is
    ("The governor spoke at a rally in the capital on Friday.", "rally", None),
    ("The president held a campaign rally in Ohio.", "rally", None),
    ("Thousands joined a rally against the new tax.", "rally", "PROTEST"),
    ("Thousands of students staged a rally outside parliament.", "rally", "PROTEST"),
    # a vote share is no aid nor support
    ("Each candidate is receiving the support of 41 percent of voters.", "receiving", None),
    ("The rebels are receiving weapons from abroad.", "receiving", "AID"),
    ("His 28% support gives him a clear lead.", "support", None),
    ("The allies gave their support to the plan.", "support", "SUPPORT"),
    # a commentator discussing a topic consults no one; a minister discussing with a peer does
    ("The newspaper's editor will discuss the scandal on Sunday.", "discuss", None),
    ("The foreign minister will discuss the crisis with his Turkish counterpart.", "discuss",
     "CONSULT"),
    # a threat one is, poses or faces is a danger, not a warning; a threat issued is one
    ("The senator said the new law is a threat to free speech.", "threat", None),
    ("Farmers now face the threat of drought.", "threat", None),
    ("The militia issued a threat to burn the village.", "threat", "THREATEN"),
    # capturing a mood or a vote share is no seizure; capturing a town or people is
    ("The film captures the mood of the country.", "captures", None),
    ("Insurgents captured the border town overnight.", "captured", "ASSAULT"),
    # convictions that are beliefs are no court sentence
    ("She admired the strength of his convictions.", "convictions", None),
    ("He spoke of his deep religious convictions.", "convictions", None),
    ("His conviction for fraud was upheld on appeal.", "conviction", "SANCTION"),
    # attractiveness is no appeal for help; a wake-up call is no call for action
    ("The mayor's appeal among young voters has grown.", "appeal", None),
    ("The agency renewed its appeal for donations.", "appeal", "REQUEST"),
    ("The flood was a wake-up call for the town council.", "call", None),
    ("The union repeated its call for a strike.", "call", "REQUEST"),
    # a race ending in a tie ends no relations; ending ties with a state does
    ("The two candidates ended in a tie in the county.", "ended", None),
    ("The government ended ties with its neighbour.", "ended", "SANCTION"),
    # a plan met with criticism is no meeting
    ("The budget was met with criticism from unions.", "met", None),
    ("The prime minister met with the union leaders.", "met", "CONSULT"),
    # recognising a fact is no diplomatic recognition
    ("The governor must recognize the need for new roads.", "recognize", None),
    ("Several states recognized the new government.", "recognized", "SUPPORT"),
    # offering words is no promise; offering help is
    ("The mayor offered warm words about the festival.", "offered", None),
    ("The mayor offered help to the flood victims.", "offered", "AGREE"),
    # demonstrating a quality is no protest; demonstrating in the street is
    ("The vote demonstrated the strength of the party.", "demonstrated", None),
    ("Students demonstrated outside the embassy.", "demonstrated", "PROTEST"),
    # an interview with a medium is no consultation
    ("The minister talked to reporters after the vote.", "talked", None),
    ("The minister talked to his French counterpart by phone.", "talked", "CONSULT"),
    ("The governor visited CNN on Monday.", "visited", None),
    ("The governor visited Mexico on Monday.", "visited", "CONSULT"),
    # a talk (a speech) is no negotiation; talks are
    ("Her talk at the university starts at noon.", "talk", None),
    ("Talks between the two states resumed in Geneva.", "Talks", "CONSULT"),
])
def test_t85_sense(text: str, word: str, expected: str | None) -> None:
    """Each T85 constraint removes the non-event use and keeps the event use."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # M13 #1: "head:" reads the governor whatever the noun's relation ("pressure is growing")
    ("Pressure is intensifying on the junta to free the prisoners.", "Pressure", "REQUEST"),
    # M13 #2: the participle-to-head step is the release rows' own, not every obj: row's
    ("An insurgent leader called Abu Hamza claimed the bombing.", "called", None),
    ("The meeting, attended by six ministers, ended late.", "attended", None),
    # ... while the rows that ask for it ("participle") still read it
    ("The embargo imposed on Cuba in 1962 still stands.", "imposed", "SANCTION"),
    ("Two suspects held in a desert prison began a hunger strike.", "held", "COERCE"),
    ("The report listed 40 helicopters downed since May.", "downed", "ASSAULT"),
    ("Witnesses counted dozens of rockets fired by the militia.", "fired", "ASSAULT"),
    ("Police found a bomb planted by the gang under a bridge.", "planted", "ASSAULT"),
    # M13 #3: a medium named inside another phrase is no interviewer
    ("Merkel talked with Macron about a Reuters story on gas prices.", "talked", "CONSULT"),
    ("The envoy visited Damascus with an Al Jazeera camera team.", "visited", "CONSULT"),
    # M13 #4: a held person whose compound is an information word is still released
    ("China released the detained software developer on Friday.", "released", "RETREAT"),
    ("Tehran announced the release of the jailed film director.", "release", "RETREAT"),
    # M13 #5: a rally attacked or where people died is still a protest; a speech at one is not
    ("Soldiers opened fire at a rally in the city centre.", "rally", "PROTEST"),
    ("The senator promised at a rally to cut taxes.", "rally", None),
    # M13 #6: a threat whose maker is named is a threat
    ("Japan faces repeated threats from North Korea.", "threats", "THREATEN"),
    ("Washington is weighing how to counter Moscow's threat to cut gas supplies.", "threat",
     "THREATEN"),
    # M13 #7: a state or armed group fighting to do something fights
    ("Ukraine fought to retain the port for weeks.", "fought", "ASSAULT"),
    ("Kyiv fought to keep the southern front for a year.", "fought", "ASSAULT"),
    # M13 #8: a seat, heart or share taken by fighters is a capture
    ("Rebels captured the heart of the old town on Friday.", "captured", "ASSAULT"),
    ("The opposition captured the seat from the ruling party.", "captured", None),
    # M13 #9: a share of weapons received is aid; a vote share is not
    ("Kyiv received 40 percent of the pledged arms shipments and weapons.", "received", "AID"),
    ("The mayor received 40 percent of the vote.", "received", None),
    # M13 #10: a proxy battle is fought
    ("Russia and the West are fighting a proxy battle in the region.", "battle", "ASSAULT"),
    # M13 #11: a talk held is a meeting
    ("The two leaders held a candid talk about the border.", "talk", "CONSULT"),
    ("There is little talk of a deal in the capital.", "talk", None),
    # M13 #12: an academic talking to a named party consults
    ("Professors from Yale talked to Chinese officials about climate policy.", "talked",
     "CONSULT"),
    # M13 #13: showing a feeling in the street is a demonstration; showing an ability is not
    ("Hundreds demonstrated their fury outside the parliament.", "demonstrated", "PROTEST"),
    ("Crowds demonstrated their rage outside the Chinese consulate.", "demonstrated", "PROTEST"),
    ("The test demonstrated the capability of the new missile.", "demonstrated", None),
    ("The result demonstrated its appeal against all odds.", "demonstrated", None),
    # M13 #14: a political conviction quashed is a court's
    ("The supreme court overturned his political conviction.", "conviction", "SANCTION"),
])
def test_m13_review_mends(text: str, word: str, expected: str | None) -> None:
    """Each M13 mend keeps the event the T85 row removed and the non-event it was written for."""
    assert rule_type(text, word) == expected
