"""Lexicon and sense gaps found on the exhaustive dev sets (T119): per row, a new use and a kept
look-alike of another sense.

Sentences written for these tests (none copied from a gold or test page).
"""

from __future__ import annotations

import pytest
from trigger_probe import rule_type

from newsledger.parse import parse
from newsledger.triggers import find_triggers


def _kept(text: str, word: str) -> str | None:
    """Return the type of the sentence's kept trigger spelled ``word`` (None: no such trigger)."""
    doc = parse(text)
    return next((m.rule.type for s in doc.sents for m in find_triggers(s)
                 if m.token.text == word), None)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a nomination for a post with its nominee named, or accepted; a contest for one is none
    ("The senator said Smith's nomination to the appeals court was stalled.", "nomination",
     "SUPPORT"),
    ("Senators debated the Robert Gates nomination on Sunday.", "nomination", "SUPPORT"),
    ("The governor will accept the nomination at the convention.", "nomination", "SUPPORT"),
    ("Five candidates are running for the Republican nomination.", "nomination", None),
    ("She is expected to clinch the nomination next week.", "nomination", None),
    # charges a person is held on, faces or denies; a fee is none
    ("Police arrested four men on charges of fraud.", "charges", "ACCUSE"),
    ("The former minister denied the charges on Monday.", "charges", "ACCUSE"),
    ("He faces a murder charge in Ohio.", "charge", "ACCUSE"),
    ("Debt servicing charges rose to two billion dollars.", "charges", None),
    ("The bank raised its account charges.", "charges", None),
    # a controversy is disapproval; a firestorm only when words or acts raise one
    ("The controversy over the email server dogged her campaign.", "controversy", "ACCUSE"),
    ("His remarks created a firestorm in the capital.", "firestorm", "ACCUSE"),
    ("A firestorm swept through the hills overnight.", "firestorm", None),
    # a truce signed; a ship boarded by a navy
    ("The two armies signed a truce in Geneva.", "signed", "SUPPORT"),
    ("The Iranian navy boarded a British tanker in the Gulf.", "boarded", "COERCE"),
    ("Hundreds of tourists boarded the ship in Athens.", "boarded", None),
    # a conversation or hearing with a party, an appearance before a legislature
    ("The envoy had a long conversation with the king on Monday.", "conversation", "CONSULT"),
    ("Cable news dominated the national conversation.", "conversation", None),
    ("The director said so in an appearance before Congress.", "appearance", "CONSULT"),
    ("The singer made an appearance at the festival.", "appearance", None),
    # flocking to a candidacy; investors flocking to bonds are a market
    ("Delegates flocked to her candidacy after the debate.", "flocked", "SUPPORT"),
    ("Investors flocked to government bonds.", "flocked", None),
    # pleading guilty admits guilt; pleading not guilty does not
    ("The former mayor pleaded guilty to fraud on Tuesday.", "pleaded", "CONCEDE"),
    ("The former mayor pleaded not guilty to fraud on Tuesday.", "pleaded", None),
    # a rant or barbs are words against someone
    ("The governor responded to the senator's rant on Monday.", "rant", "ACCUSE"),
    ("The two rivals traded barbs about taxes.", "barbs", "ACCUSE"),
    # a war fought in a named country, or a civil war; a war on drugs or a trade war is none
    ("Aid groups called for an end to the war in Yemen.", "war", "ASSAULT"),
    ("Refugees fled the civil war.", "war", "ASSAULT"),
    ("The president vowed to win the war on drugs.", "war", None),
    ("Analysts fear a trade war between the two blocs.", "war", None),
    # an "-endorsed" modifier describes its noun, also as a conjunct of another modifier
    ("She ran against the anointed and party-endorsed incumbent.", "endorsed", None),
    ("The party endorsed the incumbent on Monday.", "endorsed", "SUPPORT"),
    # an audience's approval or disapproval of a speaker
    ("Thousands packed the hall to cheer her on.", "cheer", "SUPPORT"),
    ("The senator drew applause from the delegates.", "applause", "SUPPORT"),
    ("The mayor received a standing ovation.", "ovation", "SUPPORT"),
    ("As boos erupted from the crowd, the mayor left.", "boos", "ACCUSE"),
    ("The park echoed with scattered applause from the stands.", "applause", None),
    # a party naming or selecting its nominee; voters naming a candidate are none
    ("The delegates will select a nominee in July.", "select", "SUPPORT"),
    ("Most of those polled named a candidate.", "named", None),
    ("The board named a new chairman.", "named", None),
    # a story or the tables turned on someone; sides taken by throwing in one's lot
    ("The candidate turned the question back on the reporter.", "turned", "ACCUSE"),
    ("The rebels threw in their lot with the government.", "threw", "SUPPORT"),
    # unauthorized access and computers penetrated are hacking (codebook COERCE cyber)
    ("He was charged with unauthorized access to a government computer.", "access", "COERCE"),
    ("The spies penetrated the ministry's computer network.", "penetrated", "COERCE"),
    ("The army penetrated deep into enemy territory.", "penetrated", None),
    # testimony to a legislature
    ("Lawmakers released his congressional testimony.", "testimony", "CONSULT"),
    # public disapproval and words against someone, bloodshed
    ("The ruling caused an uproar in parliament.", "uproar", "ACCUSE"),
    ("The minister faced a grilling from the committee.", "grilling", "ACCUSE"),
    ("The senator took a whack at the governor's record.", "whack", "ACCUSE"),
    ("The bloodshed in the capital shocked the region.", "bloodshed", "ASSAULT"),
    # restrictions ignored, a visitor greeted by protesters, a dare
    ("The marchers will ignore the restrictions.", "ignore", "REJECT"),
    ("The minister was greeted by angry protesters.", "greeted", "PROTEST"),
    ("The minister was greeted by cheering supporters.", "greeted", None),
    ("The president dared the Turks to try it again.", "dared", "THREATEN"),
    ("Nobody dared to speak.", "dared", None),
    # a bid or candidacy challenged
    ("Two voters challenged his presidential bid before the board.", "challenged", "ACCUSE"),
])
def test_t119_rows(text: str, word: str, expected: str | None) -> None:
    """Each T119 row codes its use and leaves the look-alike alone."""
    assert rule_type(text, word) == expected


def test_controversy_is_kept() -> None:
    """A controversy is kept as an event of its own, not dropped as another trigger's content."""
    assert _kept("The controversy has dogged the mayor for months.", "controversy") == "ACCUSE"
