"""Senses, types and missed words from the exhaustive dev2 sets (T92): per rule, a changed use
and a kept look-alike.

Sentences written for these tests (none copied from a gold or test page).
"""

from __future__ import annotations

import pytest
from trigger_probe import rule_type

from newsledger.parse import parse
from newsledger.trigger_senses import danger_threat, released_heads


@pytest.mark.parametrize(("text", "word", "expected"), [
    # an attack made in words (a speech's, a candidate's, one aired in the media) is ACCUSE
    ("The governor gave two speeches attacking the new tariffs.", "attacking", "ACCUSE"),
    ("The senator's rivals repeated the attacks they had aired in the media all spring.",
     "attacks", "ACCUSE"),
    ("The candidate's attacks on the unions grew sharper.", "attacks", "ACCUSE"),
    ("Gunmen attacking the convoy killed two guards.", "attacking", "ASSAULT"),
    ("The army's attacks on the villages killed dozens.", "attacks", "ASSAULT"),
    ("Rebels launched attacks on the radio station.", "attacks", "ASSAULT"),
    # a stance attacked is criticism; military positions attacked are an assault
    ("The mayor attacked the council's budget.", "attacked", "ACCUSE"),
    ("The army attacked rebel positions near the border.", "attacked", "ASSAULT"),
    # a clash in words; a clash of troops stays ASSAULT
    ("The two senators clashed over the tax plan during the televised debate.", "clashed",
     "ACCUSE"),
    ("Troops clashed with protesters over the weekend.", "clashed", "ASSAULT"),
    # a campaign offensive against a named person; a military offensive stays ASSAULT
    ("Mary Smith's gun control offensive against John Brown will go on.", "offensive", "ACCUSE"),
    ("The army launched an offensive against the rebels.", "offensive", "ASSAULT"),
    # shot back / fired back as a retort; shooting back in a gunfight stays ASSAULT
    ("The mayor shot back that the figures were wrong.", "shot", "ACCUSE"),
    ("The senator fired back at her critics on Monday.", "fired", "ACCUSE"),
    ("The gunman shot back at the soldiers.", "shot", "ASSAULT"),
    # a film shot, a mind that is shot; a person shot stays ASSAULT
    ("The video, shot by a tourist, shows the square.", "shot", None),
    ("His nerves are shot after the long campaign.", "shot", None),
    ("A farmer was shot by soldiers near the border.", "shot", "ASSAULT"),
    # "the wounded" are people; wounding someone stays ASSAULT
    ("Our thoughts are with the victims, the wounded, and their families.", "wounded", None),
    ("The blast wounded six soldiers.", "wounded", "ASSAULT"),
    # a "-backed" description; backing an act or a person stays SUPPORT
    ("The union-backed movement plans a march.", "backed", None),
    ("The party backed the governor's plan on Friday.", "backed", "SUPPORT"),
    # a candidate's rally; a rally against something stays PROTEST
    ("A protester was hurt at one of his rallies.", "rallies", None),
    ("The senator held his first rally in the state ahead of the primary.", "rally", None),
    ("Thousands joined one of the rallies against the new tax.", "rallies", "PROTEST"),
    ("Thousands of students staged a rally outside parliament.", "rally", "PROTEST"),
    # information released by a pronoun or a cut relative; persons held stay RETREAT
    ("The agency gathers crime statistics but has not released them this year.", "released",
     None),
    ("The committee will review the transcripts before releasing them to the public.",
     "releasing", None),
    ("This ad that the senator released today is false.", "released", None),
    ("The rebels seized twelve hostages and released them a week later.", "released",
     "RETREAT"),
    # a threat as a danger; a threat made or threatened stays THREATEN
    ("She sees him as a real threat.", "threat", None),
    ("The senator spoke for an hour about the threat.", "threat", None),
    ("The speech dealt with the threat from the militants.", "threat", None),
    ("The union repeated its threat to strike.", "threat", "THREATEN"),
    ("The minister issued a threat on Monday.", "threat", "THREATEN"),
    ("He dismissed the threat of sanctions from Washington.", "threat", "THREATEN"),
])
def test_senses_and_types(text: str, word: str, expected: str | None) -> None:
    """Each T92 sense rule changes its use and leaves the look-alike as it was."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # criticism phrasal verbs with their particle; the physical sense stays out
    ("The former president ripped into the Republicans on Tuesday.", "ripped", "ACCUSE"),
    ("The shell ripped into the building.", "ripped", None),
    ("The governor lit into the senator at the debate.", "lit", "ACCUSE"),
    ("The governor has hammered the senator for his vote on the bill.", "hammered", "ACCUSE"),
    ("The judge sounded off on the candidate in three interviews.", "sounded", "ACCUSE"),
    ("It was part of a verbal lashing they gave the president.", "lashing", "ACCUSE"),
    # quarrels; a blood feud is none
    ("The senator's feud with the party chairman flared again.", "feud", "ACCUSE"),
    ("A blood feud between the two families left three dead.", "feud", None),
    ("The two leaders sparred over the budget for weeks.", "sparred", "ACCUSE"),
    # insults; adding insult to injury is none
    ("His insults angered the voters.", "insults", "ACCUSE"),
    ("To add insult to injury, the bus was late.", "insult", None),
    # regret of one's own words; a formula or another's loss is none
    ("The judge regretted her remarks about the candidate.", "regretted", "CONCEDE"),
    ("I regret making those comments.", "regret", "CONCEDE"),
    ("We regret to announce the closure of the plant.", "regret", None),
    ("The minister regretted the death of the soldiers.", "regretted", None),
    # persuading someone to act; being convinced of a claim is none
    ("The envoy persuaded both factions to attend the talks.", "persuaded", "REQUEST"),
    ("The senator is convinced that the plan will work.", "convinced", None),
    # celebrating or cheering a decision or a named party; a birthday or a cheering crowd is none
    ("The governor celebrated the ruling on Monday.", "celebrated", "SUPPORT"),
    ("The governor celebrated her birthday on Monday.", "celebrated", None),
    ("The crowd cheered loudly for Marco Rubio.", "cheered", "SUPPORT"),
    ("The crowd cheered.", "cheered", None),
    # ignoring results; laughing off a charge
    ("The election results were ignored by the generals.", "ignored", "REJECT"),
    ("The senator laughed off the charge.", "laughed", "REJECT"),
    ("The senator laughed at the joke.", "laughed", None),
    # voting for a measure; a vote for a candidate stays uncoded (T44)
    ("She voted for the war in 2002.", "voted", "SUPPORT"),
    ("She voted for the governor in 2002.", "voted", None),
    # gratitude, sympathy and outrage expressed or sent; felt or sparked is none
    ("The mayor expressed her gratitude to the volunteers.", "gratitude", "SUPPORT"),
    ("Leaders sent messages of sympathy to the families.", "sympathy", "SUPPORT"),
    ("The plan won him sympathy among voters.", "sympathy", None),
    ("The senator returned the compliment on Tuesday.", "compliment", "SUPPORT"),
    ("The union voiced outrage at the closure.", "outrage", "ACCUSE"),
    ("The verdict sparked outrage across the country.", "outrage", None),
    # a nominee's confirmation; a confirmation of a report is none
    ("She waited months for her confirmation to the court.", "confirmation", "SUPPORT"),
    ("There was no confirmation of the report.", "confirmation", None),
])
def test_missed_words(text: str, word: str, expected: str | None) -> None:
    """Each T92 row names its event and its constraint keeps the other senses out."""
    assert rule_type(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # an election held is no detention; a suspect held is
    ("Observers called the elections held Sunday a test of the generals.", "held", None),
    ("The police held the suspect without charge.", "held", "COERCE"),
    # a recording captures what it shows; troops capture a town
    ("The video captured the anger of the workers.", "captured", None),
    ("Rebels captured the town on Monday.", "captured", "ASSAULT"),
    # seizing on a topic; weapons seized on a boat stay a seizure
    ("His rivals seized on the remarks.", "seized", None),
    ("Police displayed weapons seized on a boat.", "seized", "COERCE"),
    # bestowing is no consultation; conferring with a peer is
    ("The honour was conferred on the general.", "conferred", None),
    ("The minister conferred with his French counterpart.", "conferred", "CONSULT"),
    # a clash of ideas is none; a clash of troops stays ASSAULT
    ("The senator warned of a clash of civilizations.", "clash", None),
    ("A clash between troops and rebels left four dead.", "clash", "ASSAULT"),
])
def test_other_senses(text: str, word: str, expected: str | None) -> None:
    """Senses T92 read on dev2 beyond the brief's families, each with its look-alike."""
    assert rule_type(text, word) == expected


def test_threat_danger_reads_the_noun_alone() -> None:
    """A plural threat or an object threat is no danger; a possessor makes it an act."""
    doc = parse("Threats from the capital came after the minister's threat about the threat.")
    threats = [t for t in doc if t.lower_ in ("threat", "threats")]
    assert [danger_threat(t) for t in threats] == [False, False, True]


def test_released_pronoun_reads_its_antecedent() -> None:
    """A thing pronoun released stands for the nearest earlier noun of its number."""
    doc = parse("The office keeps the records and released them on Friday.")
    verb = next(t for t in doc if t.text == "released")
    assert "records" in [t.text for t in released_heads(verb)]


#: R7 findings not mended yet: their look-alikes below are expected to fail (M18).
_PENDING: frozenset[str] = frozenset()


@pytest.mark.parametrize(("text", "word", "expected", "finding"), [
    # R7 #1: a channel word in a source, time or place phrase is not the attack's medium
    ("Two rival communities clashed in Nasarawa, according to state media.", "clashed",
     "ASSAULT", "1"),
    ("Youths attacked a checkpoint in Kasai, according to local media.", "attacked", "ASSAULT",
     "1"),
    ("Protesters attacked the governor's office after a speech by the mayor.", "attacked",
     "ASSAULT", "1"),
    ("Fans of the two clubs clashed outside the debate hall in Accra.", "clashed", "ASSAULT",
     "1"),
    ("The attack near the media office happened at dawn, officials said.", "attack", "ASSAULT",
     "1"),
    ("The two candidates clashed on Twitter over the budget.", "clashed", "ACCUSE", "1"),
    # R7 #2: fired or shot back at someone is gunfire; at one's critics it is a retort
    ("The farmers fired back at the cattle rustlers.", "fired", "ASSAULT", "2"),
    ("Farmers shot back at the cattle thieves.", "shot", "ASSAULT", "2"),
    ("The governor shot back at his detractors in a radio interview.", "shot", "ACCUSE", "2"),
    ("Farmers fired back, forcing the raiders to retreat.", "fired", None, "2"),
    ("Bandits opened fire on the bus, and the guards fired back.", "fired", None, "2"),
    ("Bank guards shot back and the robbers fled.", "shot", "ASSAULT", "19"),
    ("The senator shot back.", "shot", "ACCUSE", "2"),
    ("The senator fired back at Mary Smith on Tuesday.", "fired", "ACCUSE", "2"),
    # R7 #3: an offensive against a named leader needs a policy topic to be a campaign's
    ("The coalition's ground offensive against Gaddafi stalled.", "offensive", "ASSAULT", "3"),
    # R7 #4: a bomb or death threat, a threat against someone, a threat after which X happened
    ("The school was closed after a bomb threat on Monday.", "threat", "THREATEN", "4"),
    ("The minister got police protection after a death threat against his family.", "threat",
     "THREATEN", "4"),
    ("The consulate shut its doors after a threat against its diplomats.", "threat",
     "THREATEN", "4"),
    # R7 #5, #6: persons held and released, whatever information noun stands before "them"
    ("The soldiers detained several farmers along with their papers and released them at "
     "dawn.", "released", "RETREAT", "5"),
    ("The gunmen released two captives to reporters in Mali.", "released", "RETREAT", "6"),
    # R7 #7: a rally after an election is a protest
    ("Opposition supporters staged a rally days after the disputed presidential election.",
     "rally", "PROTEST", "7"),
    # R7 #8: conferring on a topic is consulting; conferring a thing on someone is bestowing
    ("The two presidents conferred on the border dispute.", "conferred", "CONSULT", "8"),
    ("The queen conferred a knighthood on the actor.", "conferred", None, "8"),
    # R7 #9: a truce cheered is still a truce (its own row types it), no verbal approval
    ("Stocks cheered the truce on Tuesday.", "cheered", None, "9"),
    ("The villagers celebrated the ceasefire in the camps.", "celebrated", None, "9"),
    ("Traders cheered the court's decision on Friday.", "cheered", None, "9"),
    ("Markets celebrated the ruling.", "celebrated", None, "9"),
    # R7 #10: a gun runner is no candidate; a front-runner is
    ("Gun runners attacked a police post in the hills.", "attacked", "ASSAULT", "10"),
    ("The front-runner's attacks on the unions grew sharper.", "attacks", "ACCUSE", "10"),
    # R7 #11: regretting their decision is no concession
    ("Beijing said it regretted their decision to close the consulate.", "regretted", None,
     "11"),
    # R7 #12: a deadly feud is no quarrel in words
    ("A feud between two families killed four people.", "feud", None, "12"),
    # R7 #13: a strike voted for stays a strike (its own row types it), no SUPPORT
    ("Dock workers voted for a strike on Monday.", "voted", None, "13"),
    # R7 #14b: a clash over values (its topic) is a clash
    ("Clashes over cultural values left six dead in Jos.", "Clashes", "ASSAULT", "14b"),
    # R7 #14c, #14d: results ignored by a business; a persuaded state of mind
    ("Traders ignored the firm's annual results.", "ignored", None, "14c"),
    ("Frankly, I am persuaded to back her plan.", "persuaded", None, "14d"),
    ("The envoy was persuaded by the king to stay.", "persuaded", "REQUEST", "14d"),
    # R7 #14e: a confirmation told to reporters is a verification; to a court, an appointment
    ("The ministry's confirmation to journalists that two pilots had died came on Friday.",
     "confirmation", None, "14e"),
    ("Her confirmation to the appeals court took months.", "confirmation", "SUPPORT", "14e"),
    # R7 #18: a person shot in a video or on video is shot
    ("A man was shot by officers in a video shared online.", "shot", "ASSAULT", "18"),
    ("A student was shot on video by a soldier in Yangon.", "shot", "ASSAULT", "18"),
])
def test_review_r7_lookalikes(text: str, word: str, expected: str | None, finding: str) -> None:
    """R7's over-reaches of T92 in international shapes: each mended rule keeps these (M18)."""
    got = rule_type(text, word)
    if finding in _PENDING and got != expected:
        pytest.xfail(f"R7 #{finding} not mended (left, see M18's report)")
    assert got == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a danger: a threat from someone, or an adjective's, that nobody is said to make
    ("Israel responded to a threat from Hezbollah.", "threat", None),
    ("The strikes were a response to the Iranian threat.", "threat", None),
    ("Officials warned of the threat from the Islamic State.", "threat", None),
    ("The threat from Hezbollah grew.", "threat", None),
    ("The threat is real, the minister said.", "threat", None),
    # an explicit threat by an actor: the act of threatening
    ("Hezbollah threatened to strike Haifa.", "threatened", "THREATEN"),
    ("Iran's threat to close the strait alarmed traders.", "threat", "THREATEN"),
    ("Oil prices rose after Iran's threat to close the strait.", "threat", "THREATEN"),
    ("Hezbollah issued a threat against Haifa.", "threat", "THREATEN"),
])
def test_threat_danger_or_act(text: str, word: str, expected: str | None) -> None:
    """A threat from someone is a danger, an explicit threat an act (R7 #4, kept by M19)."""
    assert rule_type(text, word) == expected
