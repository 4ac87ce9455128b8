"""Trigger lexicon and trigger rules (newsledger.triggers, data/plover_triggers.tsv), T26.

Sentences are written for these tests (none is taken from a gold or test set). Each positive
case (an event coded, or a natural harm left uncoded) was checked to fail without its rule or
row; the other-sense cases guard the rows against their other senses.
"""

from __future__ import annotations

import pytest

from newsledger.natural_harm import natural_cause
from newsledger.parse import parse
from newsledger.trigger_rules import NOT_AN_EVENT, harm_causes
from newsledger.triggers import choose_rule, find_triggers, modifier_only, reading_pos, rule_for


def _types(text: str) -> dict[str, str]:
    """Return the triggers of a text, word -> PLOVER type."""
    doc = parse(text)
    return {m.token.text: m.rule.type for s in doc.sents for m in find_triggers(s)}


# ---- not an attack: harm from a natural or accidental cause with no human agent

@pytest.mark.parametrize("text", [
    # the cause is the subject (a misparse as a reduced relative included)
    "A strong earthquake killed at least thirty villagers in the hills on Sunday.",
    "The cyclone destroyed more than two hundred fishing boats along the coast.",
    # a quake neither attacks nor strikes: "struck" with no object would read as a labour strike
    "A magnitude 5.8 quake struck the southern region early on Friday.",
    "Torrential rain hit the town overnight.",
    # the cause is the by-agent or a cause phrase of an effect verb
    "Eleven hikers were killed by an avalanche near the pass.",
    "Nine miners were injured in a collapse at the pit.",
    "Hundreds of homes were destroyed during the typhoon.",
    "Two pensioners were killed in a house fire in the suburb.",
    "Forty people were injured in a collision between two trains.",
    # a participle whose subject is the cause of its head clause
    "The mudslide buried the hamlet, killing fourteen residents.",
    # a relative clause of the cause
    "The hurricane, which killed nine people, moved out to sea.",
    # an accident told in a when-clause
    "Six pupils were injured when their school bus overturned on the motorway.",
    # an explosion with an accidental source
    "A boiler explosion at the hospital injured three nurses.",
    "The explosion of a gas cylinder killed a family of four.",
    "Three workers were hurt in an explosion at a fertiliser factory.",
    # an intransitive "burn" is the fire's work (row "burn VERB - intrans")
    "Several warehouses burned through the night.",
    # "heart attack" (blocking row of "attack" NOUN)
    "The former minister died of a heart attack on Tuesday.",
    # a disease outbreak: the of-phrase decides
    "An outbreak of cholera killed dozens in the camps.",
    # agentless harm in a sentence whose only named cause is natural (sentence rule)
    "Scores of huts were destroyed and a boy was killed as the river rose after the storm.",
    # a natural foe is no enemy: "fought the blaze", "battled the floods"
    "Firefighters battled the blaze for six hours.",
    "Volunteers fought the floods with sandbags.",
    # the sentence before names the cause and no attack
    "A fire swept through the market on Sunday. Three traders were killed.",
    # a state of emergency over a flood is a disaster measure, not repression
    "The governor declared a state of emergency after floods swept the province.",
    # an elliptical passive ("dozens injured") has no agent either
    "Three people were killed and dozens injured after heavy snow swept the valley.",
])
def test_natural_or_accidental_harm_is_no_assault(text: str) -> None:
    """A death, injury or damage a quake, flood, fire or accident caused codes no event."""
    assert _types(text) == {}, text


@pytest.mark.parametrize(("text", "word"), [
    # a bomb is an attack
    ("Two soldiers were killed by a roadside bomb near the border.", "killed"),
    # a human agent, even with a disaster in the sentence
    ("Gunmen killed four guards at the depot during the storm.", "killed"),
    ("Rioters burned cars and looted shops in the capital.", "burned"),
    # a man-made fire: a named or human modifier
    ("Five civilians were killed by Israeli fire in the town.", "killed"),
    ("Three guards were wounded by sniper fire near the airport.", "wounded"),
    # an unexplained explosion at a public place stays an attack (documented decision)
    ("An explosion at a crowded market killed six shoppers.", "explosion"),
    # an outbreak of fighting is not a disease
    ("An outbreak of fighting killed twenty people in the north.", "killed"),
    # a transitive crash is an act ("when militants rammed ..."), not an accident
    ("Ten people were injured when militants crashed a truck into the gate.", "injured"),
    # a non-effect ASSAULT verb is not judged by a storm in a prepositional phrase
    ("The convoy was attacked during a sandstorm.", "attacked"),
    # the sentence before names an attack: the harm may be the attack's
    ("Rebels attacked the town on Sunday. Three traders were killed.", "killed"),
    # the sentence names an attack besides the quake: the harm may be the attack's
    ("Five people were killed in shelling after the earthquake.", "killed"),
    # a state of emergency over riots stays COERCE (checked on "declared" below)
])
def test_human_agent_or_bomb_stays_assault(text: str, word: str) -> None:
    """An attack with a human agent, a bomb or an unexplained explosion stays an ASSAULT."""
    assert _types(text).get(word) == "ASSAULT", (text, _types(text))


def test_natural_cause_reads_modifiers_and_of_phrases() -> None:
    """A cause noun is natural unless a human modifier or a man-made of-phrase says otherwise."""
    doc = parse("The flood and the enemy fire and an outbreak of measles.")
    by_word = {t.text: t for t in doc}
    assert natural_cause(by_word["flood"])
    assert not natural_cause(by_word["fire"])
    assert natural_cause(by_word["outbreak"])


def test_harm_causes_file_has_every_kind() -> None:
    """The cause table gives every kind the rules read, and no effect verb is also a cause."""
    table = harm_causes()
    assert {"cause", "blast", "source", "human", "effect", "mishap"} <= set(table)
    assert "kill" in table["effect"] and "earthquake" in table["cause"]
    assert not table["effect"] & table["cause"]


# ---- verbal events in news prose: verbs, phrasal verbs, passives and nouns (T26 rows)

@pytest.mark.parametrize(("text", "word", "type_"), [
    # ACCUSE: criticism verbs and their phrasal and nominal forms
    ("The opposition leader slammed the government over the fuel prices.", "slammed", "ACCUSE"),
    ("The mayor was slammed by residents for the delays.", "slammed", "ACCUSE"),
    ("The minister lashed out at the unions on Monday.", "lashed", "ACCUSE"),
    ("Senators rounded on the defence secretary during the hearing.", "rounded", "ACCUSE"),
    ("The union leader lambasted the company for the job cuts.", "lambasted", "ACCUSE"),
    ("The foreign ministry blasted the decision as a provocation.", "blasted", "ACCUSE"),
    ("The president rebuked his finance minister in public.", "rebuked", "ACCUSE"),
    ("The senator mocked the president's plan.", "mocked", "ACCUSE"),
    ("The senator charged that the agency had misled Congress.", "charged", "ACCUSE"),
    ("The premier launched a scathing attack on the central bank.", "attack", "ACCUSE"),
    ("The minister put the blame on the previous government.", "blame", "ACCUSE"),
    ("The plan drew objections from the neighbouring states.", "objections", "ACCUSE"),
    ("The embassy voiced anger at the closure of the port.", "anger", "ACCUSE"),
    ("The ministry branded the visit a provocation.", "branded", "ACCUSE"),
    ("The court questioned the legality of the order.", "questioned", "ACCUSE"),
    ("The opposition contested the results in court.", "contested", "ACCUSE"),
    ("The government disputed the figures in the report.", "disputed", "REJECT"),
    ("The council expressed solidarity with the flood victims.", "solidarity", "SUPPORT"),
    ("The ministry expressed its displeasure with the envoy.", "displeasure", "ACCUSE"),
    ("The opposition challenged the election result in court.", "challenged", "ACCUSE"),
    ("The company filed suit against the regulator.", "filed", "ACCUSE"),
    # REQUEST
    ("The president pleaded with the rebels to return to the table.", "pleaded", "REQUEST"),
    ("Lawmakers pushed for a ban on the exports.", "pushed", "REQUEST"),
    ("The minister encouraged both sides to resume negotiations.", "encouraged", "REQUEST"),
    ("The bishop's calls on the army to stand down went unheeded.", "calls", "REQUEST"),
    ("The refugees made a plea for food and shelter.", "plea", "REQUEST"),
    # REJECT
    ("The government turned down the request for extradition.", "turned", "REJECT"),
    ("The ministry brushed aside the warnings from the central bank.", "brushed", "REJECT"),
    ("The ministry voiced its opposition to the plan.", "opposition", "REJECT"),
    ("The king has resisted calls to dissolve parliament.", "resisted", "REJECT"),
    ("The court dismissed the accusation as baseless.", "dismissed", "REJECT"),
    # SUPPORT
    ("The president congratulated his Kenyan counterpart on the election win.",
     "congratulated", "SUPPORT"),
    ("The leader thanked Japan for its help.", "thanked", "SUPPORT"),
    ("The government voiced support for the peace plan.", "support", "SUPPORT"),
    ("The minister defended the government's decision to raise taxes.", "defended", "SUPPORT"),
    ("The accord won praise from the neighbouring states.", "praise", "SUPPORT"),
    ("The candidate railed against the central bank.", "railed", "ACCUSE"),
    ("The governor blasted the court for its ruling.", "blasted", "ACCUSE"),
    ("The challenger insulted the incumbent on live television.", "insulted", "ACCUSE"),
    ("The envoy cautioned against any military action.", "cautioned", "THREATEN"),
    ("The prime minister shrugged off the criticism.", "shrugged", "REJECT"),
    # CONSULT
    ("A dialogue between the two governments began in May.", "dialogue", "CONSULT"),
    ("The two presidents spoke by phone on Tuesday.", "spoke", "CONSULT"),
    ("The ministers spoke on the telephone about the crisis.", "spoke", "CONSULT"),
    ("The king held a phone conversation with the emir.", "conversation", "CONSULT"),
])
def test_verbal_event_rows(text: str, word: str, type_: str) -> None:
    """A criticism, request, rejection, support or consultation in news prose is an event."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word"), [
    ("She slammed the door and left.", "slammed"),  # blocking row: a door, not a policy
    ("Engineers blasted a tunnel through the rock.", "blasted"),  # blocking rows of "blast"
    ("Music blasted from the loudspeakers.", "blasted"),
    ("The minister spoke to reporters after the vote.", "spoke"),  # no phone
    ("Heavy traffic slowed the motorcade.", "traffic"),
    ("She turned the volume up.", "turned"),  # "turn" is REJECT only with "down"
    ("The opposition won the vote.", "opposition"),  # the parties, not opposition to X
    ("The anger of the crowd grew through the night.", "anger"),  # no one voices it
    ("The campaign received financial support from donors.", "support"),  # not verbal
])
def test_other_senses_are_no_verbal_event(text: str, word: str) -> None:
    """The same words in another sense name no verbal event."""
    assert word not in _types(text), (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    # material events of news prose the lexicon lacked (T26 rows and constraint changes)
    ("Rebels struck at army posts in the hills overnight.", "struck", "ASSAULT"),
    ("Workers struck for higher pay on Monday.", "struck", "PROTEST"),
    ("A bomb exploded near the parliament on Sunday.", "exploded", "ASSAULT"),
    ("A car bomb blast shook the capital.", "blast", "ASSAULT"),
    ("Gunmen gunned down a judge outside his home.", "gunned", "ASSAULT"),
    ("A mob torched the police station.", "torched", "ASSAULT"),
    ("The army dispatched troops to the border.", "dispatched", "MOBILIZE"),
    ("Washington froze the assets of the group.", "froze", "SANCTION"),
    ("The government revoked the reporter's visa.", "revoked", "SANCTION"),
    ("The senate blocked the nomination of the envoy.", "blocked", "REJECT"),
    ("Officials sought the extradition of the banker.", "sought", "REQUEST"),
    ("Government troops battled the rebels in the hills.", "battled", "ASSAULT"),
    ("Soldiers opened fire on the crowd.", "opened", "ASSAULT"),  # the row names "fire"
    ("Washington put pressure on Seoul to open its markets.", "pressure", "REQUEST"),
    ("The president's trip to Beijing was postponed.", "trip", "CONSULT"),
    ("Japan reaffirmed its support for the alliance.", "reaffirmed", "SUPPORT"),
    ("The sides completed a prisoner swap.", "swap", "COOPERATE"),
    ("Germany extended a loan to Greece.", "extended", "AID"),
    ("China shipped rice to North Korea.", "shipped", "AID"),
    ("The president pardoned the journalist.", "pardoned", "RETREAT"),
    ("The rebels handed over their weapons.", "handed", "RETREAT"),
    ("The bank suspended loans to the country.", "suspended", "SANCTION"),
    ("The navy intercepted a ship carrying arms.", "intercepted", "COERCE"),
    ("Troops besieged the city.", "besieged", "COERCE"),
    ("Police dispersed the protesters with tear gas.", "dispersed", "ASSAULT"),
    ("Rebels downed a helicopter.", "downed", "ASSAULT"),
    ("Russia annexed the peninsula.", "annexed", "ASSAULT"),
    ("The alliance reduced its forces in the region.", "reduced", "RETREAT"),
    ("Soldiers raided the village at dawn.", "raided", "ASSAULT"),
    ("Police raided the newspaper's office.", "raided", "COERCE"),  # a police raid stays
    ("The government backed down on the fuel tax.", "backed", "CONCEDE"),
    ("The union gave in to the demands of the strikers.", "gave", "CONCEDE"),
    # a relative pronoun stands for the noun it modifies ("obj:" constraint)
    ("Four activists, who were held by police for two days, were freed.", "held", "COERCE"),
    # "give millions in aid": the in-phrase names the object ("obj:" constraint)
    ("The king will give millions of dollars in aid to the islands.", "give", "AID"),
    # "subj:" reads a controlled verb's subject and a number's of-phrase
    ("Foreign troops began arriving for the drills.", "arriving", "MOBILIZE"),
    ("Hundreds of soldiers started to arrive at the border.", "arrive", "MOBILIZE"),
])
def test_material_event_rows(text: str, word: str, type_: str) -> None:
    """Attacks, deployments, sanctions and concessions in their news wordings are events."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word"), [
    ("The old car exploded into flames on the hard shoulder.", "exploded"),  # no bomb
    ("The band had a blast at the festival.", "blast"),  # no explosive modifier
    ("Prices froze at last year's level.", "froze"),
    ("The ministry held a meeting in the capital.", "held"),  # no detainee held
    ("The two senators battled for second place.", "battled"),  # no armed party
    ("Heavy selling put downward pressure on the dollar.", "pressure"),  # market pressure
    ("Rescuers searched the collapsed buildings for survivors.", "searched"),  # no raid
    ("The crowd dispersed after the speech.", "dispersed"),  # no object dispersed
    ("The committee extended the deadline.", "extended"),
    ("Detectives questioned the suspects for hours.", "questioned"),  # an interview
    ("Three parties contested the election.", "contested"),  # ran in it
    ("Guests began arriving for the wedding.", "arriving"),  # controller is no force
    ("Employers harmed workers by cutting their wages.", "harmed"),  # economic harm (T62)
    # the anonymity formula describes the source, not a meeting
    ("An aide spoke on condition of anonymity to discuss the budget.", "discuss"),
    ("Officials were not authorized to discuss the plan.", "discuss"),
])
def test_material_rows_keep_other_senses_out(text: str, word: str) -> None:
    """The same words with no attack, sanction or detention sense name no such event."""
    assert word not in _types(text), (text, _types(text))


def test_emergency_over_unrest_stays_coerce() -> None:
    """A state of emergency that answers unrest, or with no named cause, is COERCE."""
    assert _types("The president declared a state of emergency after the riots.").get(
        "declared") == "COERCE"
    assert _types("The army declared martial law in the capital.").get("declared") == "COERCE"


def test_against_phrase_of_disapproval_is_its_content() -> None:
    """A disapproval's against-phrase is its content, not a second event; a protest's is not."""
    assert _types("The candidate railed against the trade deal.") == {"railed": "ACCUSE"}
    assert _types("Rights groups protested against the arrests.").get("arrests") == "COERCE"


# ---- T32: idioms, light verbs and phrasal verbs of news prose (rows and the "pobj:" constraint)

@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The patrol came under fire outside the village.", "came", "ASSAULT"),
    ("The senator came under fire from colleagues over his vote.", "came", "ACCUSE"),
    ("The ministry has come under fire from rights groups.", "come", "ACCUSE"),
    ("The outpost came under fire from rebels at dawn.", "came", "ASSAULT"),
    ("Thousands of farmers took to the streets of the capital.", "took", "PROTEST"),
    ("Two reporters were taken into custody at the airport.", "taken", "COERCE"),
    ("The governor took aim at the mayor over the budget.", "took", "ACCUSE"),
    ("The candidate took a swipe at her rival's record.", "took", "ACCUSE"),
    ("The archbishop spoke out against the death penalty.", "spoke", "ACCUSE"),
    ("Farm groups pushed back against the new quotas.", "pushed", "REJECT"),
    ("Border guards of the two states exchanged fire overnight.", "exchanged", "ASSAULT"),
    ("The kidnappers handed the captives to a church mission.", "handed", "RETREAT"),
    ("The guerrillas laid down their weapons in the square.", "laid", "RETREAT"),
    ("The militia gave up its arms under the accord.", "gave", "RETREAT"),
    ("The junta cracked down on the student movement.", "cracked", "COERCE"),
    ("Hungary closed its border with Serbia.", "closed", "COERCE"),
    ("The army sealed the frontier after the raid.", "sealed", "COERCE"),
    ("Dockers walked out over the new shift rules.", "walked", "PROTEST"),
    ("Nurses staged a sit-in at the ministry.", "in", "PROTEST"),
    ("Artillery pounded rebel positions in the hills.", "pounded", "ASSAULT"),
    ("Troops crushed the revolt within a week.", "crushed", "ASSAULT"),
    ("Rebels took control of the port on Friday.", "took", "ASSAULT"),
    ("The king gave his backing to the reform plan.", "backing", "SUPPORT"),
    ("Paris threw its support behind the candidate.", "support", "SUPPORT"),
    # nouns and verbs of the second batch
    ("The treaty between the two states took effect in May.", "treaty", "AGREE"),
    ("The neighbours settled their border dispute in 1994.", "settled", "AGREE"),
    ("Both governments resolved the row over fishing quotas.", "resolved", "AGREE"),
    ("The mayor faced a backlash from residents.", "backlash", "ACCUSE"),
    ("Forty deputies voted against the treaty.", "voted", "REJECT"),
    ("Customs announced the seizure of a shipment of rifles.", "seizure", "COERCE"),
    ("The murder of the editor shocked the country.", "murder", "ASSAULT"),
    ("The hijacking of the airliner ended at dawn.", "hijacking", "ASSAULT"),
    ("The annexation of the islands began in 1975.", "annexation", "ASSAULT"),
    ("The occupation of the province lasted nine years.", "occupation", "ASSAULT"),
    ("Reprisals against the villagers followed the raid.", "Reprisals", "ASSAULT"),
    ("Violence flared in the northern provinces.", "Violence", "ASSAULT"),
    ("Riot police broke up a rally of students.", "broke", "ASSAULT"),
    ("The senator hit back at his critics on Sunday.", "hit", "ACCUSE"),
    ("The general ordered tanks into the capital.", "ordered", "MOBILIZE"),
    ("The junta guaranteed the safety of the returning exiles.", "guaranteed", "AGREE"),
    ("The two states normalised relations in 1992.", "normalised", "SUPPORT"),
    ("Germany lent its support to the French plan.", "lent", "SUPPORT"),
    ("The fund lent $2 billion to Argentina.", "lent", "AID"),
    ("The regime allowed inspectors into the plant.", "allowed", "RETREAT"),
    ("The garrison capitulated after a long siege.", "capitulated", "RETREAT"),
    ("Congress retaliated with tariffs on imported steel.", "retaliated", "SANCTION"),
    ("The army retaliated with air strikes on the camps.", "retaliated", "ASSAULT"),
    ("Militiamen harassed voters at polling stations.", "harassed", "COERCE"),
    ("Gangs intimidated witnesses before the trial.", "intimidated", "COERCE"),
    ("Government troops liberated the town from the rebels.", "liberated", "ASSAULT"),
    ("Washington normalized ties with Hanoi in 1995.", "normalized", "SUPPORT"),
    ("The authorities permitted observers at the count.", "permitted", "RETREAT"),
    ("The alliance embargoed arms shipments to the region.", "embargoed", "SANCTION"),
    ("The premier began a tour of West Africa on Monday.", "tour", "CONSULT"),
    ("The extradition of the banker to Italy took two years.", "extradition", "COOPERATE"),
    ("The handover of the enclave took place at midnight.", "handover", "RETREAT"),
    ("The boycott was a snub to the host country.", "snub", "REJECT"),
    ("A missile test over the sea alarmed Tokyo.", "test", "MOBILIZE"),
    ("The army held military drills near the border.", "drills", "MOBILIZE"),
    ("The two navies held joint drills in the strait.", "drills", "COOPERATE"),
    ("Reinforcements reached the front on Sunday.", "Reinforcements", "MOBILIZE"),
    ("Censorship of the press tightened after the coup.", "Censorship", "COERCE"),
    ("The confiscation of opposition property continued.", "confiscation", "COERCE"),
    ("The league will send a delegation to Khartoum.", "send", "CONSULT"),
    ("The agency sent a team of doctors to the camps.", "sent", "AID"),  # aid before visit
    ("Thousands of migrants were forced back across the border.", "forced", "COERCE"),
    # a passive infinitive's patient is the subject of the verb it completes ("obj:")
    ("The garrison will start being reduced in May.", "reduced", "RETREAT"),
    ("The two sides talked about a prisoner swap.", "talked", "CONSULT"),
    ("The talks can resume once foreign troops leave the island.", "leave", "RETREAT"),
    ("Prosecutors charged three guards in connection with the riot.", "charged", "ACCUSE"),
    ("The council sent peacekeepers to the border zone.", "sent", "AID"),
    ("The army began a ground operation against the rebels.", "operation", "ASSAULT"),
    ("Police launched a security operation in the slum.", "operation", "COERCE"),
    ("Two gunmen died in a shootout with police.", "shootout", "ASSAULT"),
    ("A gunfight broke out near the checkpoint.", "gunfight", "ASSAULT"),
    ("The government is committed to lifting the controls.", "committed", "AGREE"),
    # a noun carrying the event its modifier names (triggers.CARRIER_NOUNS)
    ("Norway launched a mediation effort between the two parties.", "mediation", "CONSULT"),
    ("The air force began a bombing campaign in the north.", "bombing", "ASSAULT"),
    # an infinitive the parser reads as a purpose clause completes a commitment ("xcomp")
    ("The rebels have sworn to fight until the end.", "sworn", "AGREE"),
    ("Brussels removed the sanctions on Minsk.", "removed", "RETREAT"),
    ("Activists collected signatures against the dam.", "collected", "REQUEST"),
    ("Students gathered signatures for a referendum.", "gathered", "REQUEST"),
    ("Rebels, backed by Rwanda, took the town.", "backed", "SUPPORT"),  # a state backs them
    # a named person as object ("objent:" constraint)
    ("The senator hit Obama over the deal.", "hit", "ACCUSE"),
    ("The governor ripped Obama over the deal.", "ripped", "ACCUSE"),
    ("Senate Republicans blocked the nominee.", "blocked", "REJECT"),
    ("Gunmen attacked the minister's convoy.", "attacked", "ASSAULT"),  # no named person
])
def test_idiom_and_light_verb_rows(text: str, word: str, type_: str) -> None:
    """Verbal and material events worded as idioms and light verbs are coded (T32 rows)."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word"), [
    ("The proposal came under review last week.", "came"),  # no fire
    ("She took a walk to the river.", "took"),  # no street
    ("He spoke out of turn.", "spoke"),  # no against-phrase
    ("The bank pushed back the date of the sale.", "pushed"),  # no against/on
    ("The two firms exchanged letters.", "exchanged"),  # no fire
    ("The courier handed the parcel to the clerk.", "handed"),  # no captive
    ("The firm laid down new rules.", "laid"),  # no arms
    ("He gave up smoking.", "gave"),  # no arms given up
    ("The shop closed its doors for good.", "closed"),  # no border
    ("Police sealed off the street after the gas leak.", "sealed"),  # a cordon, no border
    ("Waves pounded the sea wall.", "pounded"),  # no armed target
    ("Democrats took control of the committee.", "took"),  # no armed party
    ("Support for the plan fell among voters.", "Support"),  # given by no one
    ("The neighbours settled the bill.", "settled"),  # no dispute
    ("Voters voted for change.", "voted"),  # no against-phrase
    ("The band broke up after the tour.", "broke"),  # no crowd
    ("The occupation forces left the city.", "occupation"),  # a modifier names no event
    ("The general ordered lunch for the staff.", "ordered"),  # no forces ordered
    ("The warranty guaranteed a refund.", "guaranteed"),  # no safety or right
    ("The rules allowed visitors on Sundays.", "allowed"),  # no inspectors or aid
    ("The team retaliated late in the game.", "retaliated"),  # no tariff or strike
    ("The law liberated the markets.", "liberated"),  # no place taken
    ("The drug passed its final test.", "test"),  # no weapon tested
    ("A fire drill emptied the school.", "drill"),  # no military drill
    ("The professor talked about the war.", "talked"),  # no party to talks
    ("The minister will leave for Paris on Monday.", "leave"),  # no force leaves
    ("The hotel charged guests for the parking.", "charged"),  # no offence
    ("The surgeon began the operation at noon.", "operation"),  # no armed operation
    ("The company committed funds to the project.", "committed"),  # an object: no promise
    ("Aid workers left the region.", "Aid"),  # "workers" carries no event
    ("Workers removed the rubble.", "removed"),  # no sanction removed
    ("Officials collected the ballots.", "collected"),  # no signatures
    ("Troops, backed by tanks, entered the town.", "backed"),  # weapons back no one (blocking)
])
def test_idiom_rows_keep_other_senses_out(text: str, word: str) -> None:
    """The same idioms in another sense, or with no constraint met, name no such event."""
    assert word not in _types(text), (text, _types(text))


# ---- T44: verbal attacks and idioms of political prose, and title-case headlines

@pytest.mark.parametrize(("text", "word", "type_"), [
    # a named person attacked in a sentence with no violence
    ("The congressman attacked Schumer in a speech on Monday.", "attacked", "ACCUSE"),
    ("The challenger opened the debate with harsh attacks on the incumbent.", "attacks",
     "ACCUSE"),
    # idioms of criticism
    ("The candidate kept hammering at the governor's record on jobs.", "hammering", "ACCUSE"),
    ("Conservative groups went after Senator McConnell for the budget vote.", "went", "ACCUSE"),
    ("The speaker turned her sights on the budget office.", "turned", "ACCUSE"),
    ("Party officials jumped on the senator's remark within hours.", "jumped", "ACCUSE"),
    ("The governor is under fire from teachers over school funding.", "fire", "ACCUSE"),
    ("The mayor fired a broadside at the state legislature.", "fired", "ACCUSE"),
    ("His broadside against the state legislature drew cheers.", "broadside", "ACCUSE"),
    ("The senator has caught flak for the vote.", "flak", "ACCUSE"),
    ("Her swipe at the party leaders drew applause.", "swipe", "ACCUSE"),
    ("The jab at his rival drew laughs from the crowd.", "jab", "ACCUSE"),
    # support, cooperation, pressure, votes, blocking
    ("The pastor defended the governor in a radio interview.", "defended", "SUPPORT"),
    ("The bill won support from farm groups in the Midwest.", "support", "SUPPORT"),
    ("She worked with Senator Lee to pass the farm bill.", "worked", "COOPERATE"),
    ("Pressure from residents forced the council to act.", "Pressure", "REQUEST"),
    ("Twelve senators voted in favor of the amendment.", "voted", "SUPPORT"),
    # title-case headlines: the tagger reads the verb as a proper noun
    ("Senator Urges Congress To Raise The Minimum Wage", "Urges", "REQUEST"),
    ("Governor Slams Lawmakers Over Budget Delay", "Slams", "ACCUSE"),
    ("Mayor Praises Police Chief After Quiet Weekend", "Praises", "SUPPORT"),
    ("Governor Blasts Lawmakers Over Budget Delay", "Blasts", "ACCUSE"),
])
def test_t44_political_prose_rows(text: str, word: str, type_: str) -> None:
    """Verbal acts of political prose, their idioms and title-case headlines are coded (T44)."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    # violence in the sentence: an attack on a named person stays an armed one
    ("Gunmen killed two guards in an attack on Governor Ruiz.", "attack", "ASSAULT"),
    ("The mob attacked Smith with clubs and stones.", "attacked", "ASSAULT"),
    # a place or post defended is military
    ("Troops defended the town against the rebels.", "defended", None),
    ("The volunteers defended the bridge for two days.", "defended", None),
    ("Troops defended Kabul for weeks.", "defended", None),  # a violent sentence
    # idioms in their other senses
    ("The carpenter was hammering at the door.", "hammering", None),  # no named target
    ("The dog went after the ball.", "went", None),  # no named target
    ("Children jumped on the trampoline.", "jumped", None),  # no remark
    ("The village came under fire from rebel artillery.", "came", "ASSAULT"),
    ("Prices rose under upward pressure from costs.", "pressure", None),
    ("She worked with children for ten years.", "worked", None),  # no aim
    ("Voters voted for change.", "voted", None),
    # a title-case headline: a named entity stays a name, a lower-case sentence is untouched
    ("Bush Family Visits Texas Ranch", "Bush", None),
    ("Burns Was Not In The Room At The Time", "Burns", None),
])
def test_t44_rows_keep_other_senses_out(text: str, word: str, type_: str | None) -> None:
    """The T44 rows stay out of violent sentences, other senses and names."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The governor called the president a liar on Tuesday.", "called", "ACCUSE"),
    ("Critics labelled the plan a disgrace.", "labelled", "ACCUSE"),
    ("He described the deal as a betrayal of workers.", "described", "ACCUSE"),
    # a kind or neutral predicate, and the other senses of "call"
    ("The mayor called him a hero.", "called", None),
    ("The president called his counterpart on Monday.", "called", "CONSULT"),
    ("She described the plan as a first step.", "described", None),
])
def test_t44_name_calling_is_an_accusation(text: str, word: str, type_: str | None) -> None:
    """T44: calling, branding or describing X as something condemned is criticism of X."""
    assert _types(text).get(word) == type_, (text, _types(text))


# ---- T48: business, legal and verbal acts of modern and business news

@pytest.mark.parametrize(("text", "word", "type_"), [
    # economic exchange between named parties (COOPERATE)
    ("Siemens bought Westinghouse for $2 billion.", "bought", "COOPERATE"),
    ("Nestle purchased a stake in the bakery chain last year.", "purchased", "COOPERATE"),
    ("The bank completed its acquisition of Lloyds last year.", "acquisition", "COOPERATE"),
    ("The carmaker will sell its truck division to Volvo.", "sell", "COOPERATE"),
    ("The firm announced the sale of its shares to Unilever.", "sale", "COOPERATE"),
    ("Shareholders approved the merger with Nokia on Monday.", "merger", "COOPERATE"),
    ("The ministry awarded a contract to a Spanish builder.", "awarded", "COOPERATE"),
    ("Qantas ordered forty new jets worth $9 billion.", "ordered", "COOPERATE"),
    ("The shipyard delivered the first vessel to the navy.", "delivered", "COOPERATE"),
    ("The $3 billion deal gives the rail operator new carriages.", "deal", "COOPERATE"),
    # economic aid (AID)
    ("The state will bail out the two largest banks.", "bail", "AID"),
    ("Parliament approved a $50 billion bail out of the car industry.", "bail", "AID"),
    ("The airline received a lifeline from its shareholders.", "lifeline", "AID"),
    ("Farmers will be compensated by the government for the flood damage.", "compensated", "AID"),
    ("The central bank injected funds into the money markets.", "injected", "AID"),
    ("The treasury loaned the carmaker money last winter.", "loaned", "AID"),
    ("The cabinet agreed a rescue package for the steel industry.", "rescue", "AID"),
    # legal and regulatory acts against a named party
    ("The company won its court case against the regulator on Friday.", "case", "ACCUSE"),
    ("The suit against the ministry was heard on Monday.", "suit", "ACCUSE"),
    ("Prosecutors brought charges against the former mayor.", "charges", "ACCUSE"),
    ("Their charges that the mayor had lied were never proven.", "charges", "ACCUSE"),
    ("The party denied the newspaper's claims about its funding.", "claims", "ACCUSE"),
    ("The committee subpoenaed the bank's records.", "subpoenaed", "ACCUSE"),
    ("The high court issued an injunction against the strike.", "injunction", "REQUEST"),
    ("The judge gave the order to release the files.", "order", "REQUEST"),
    ("The mayor told police officers to leave the square.", "told", "REQUEST"),
    ("The regulator fined the utility $5 million.", "fined", "SANCTION"),
    ("The government plans to nationalise the railways.", "nationalise", "COERCE"),
    ("The utility shut off electricity to thousands of homes.", "shut", "COERCE"),
    ("The army cut off water to the besieged district.", "cut", "COERCE"),
    # verbal acts
    ("The senate killed the bill on Thursday.", "killed", "REJECT"),
    ("The senator tangled with Governor Ruiz over the budget.", "tangled", "ACCUSE"),
    ("He is a fierce critic of the government.", "critic", "ACCUSE"),
])
def test_t48_business_legal_and_verbal_rows(text: str, word: str, type_: str) -> None:
    """T48: business exchanges, economic aid, legal acts and verbal acts get their event."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    # a shopper's purchase, a time bought, sales figures: no named parties
    ("Shoppers bought more shoes this winter.", "bought", None),
    ("The delay bought the negotiators some time.", "bought", None),
    ("Sales of new cars rose by five per cent.", "Sales", None),
    ("He sold his car last week.", "sold", None),
    ("The plant delivered a strong profit.", "delivered", None),
    ("She delivered a speech to the party conference.", "delivered", None),
    ("The general ordered the troops to withdraw.", "ordered", "REQUEST"),
    ("The court ordered the release of the prisoners.", "ordered", None),
    ("The shop filled the order within a day.", "order", None),
    # other senses of the legal words
    ("The case of cholera was confirmed on Monday.", "case", None),
    ("Entry to the museum is free of charge.", "charge", None),
    ("He took charge of the company in May.", "charge", None),
    ("The insurer paid the claims within a month.", "claims", None),
    ("Higher prices compensate for the lower volumes.", "compensate", None),
    ("The weather was fine on Sunday.", "fine", None),
    ("The shop shut down its website for a day.", "shut", None),
    ("Critics say the plan is too costly.", "Critics", None),
    ("The tiger killed a goat in the village.", "killed", "ASSAULT"),
    ("Her hair tangled with the branches.", "tangled", None),
    ("The doctor told him about the results.", "told", None),
    ("The minister told the radio: \"Keep calm and stay at home.\"", "told", None),
    ("The canal is the economic lifeline of the region.", "lifeline", None),
    ("The ferry operator announced a new timetable.", "announced", None),
])
def test_t48_rows_keep_other_senses_out(text: str, word: str, type_: str | None) -> None:
    """T48: the business, legal and verbal rows stay out of their other senses."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    # the acting company is the subject of the verb the infinitive completes
    ("Samsung was able to buy the company last spring.", "buy", "COOPERATE"),
    ("Investors acquired a stake in the shipping line.", "acquired", "COOPERATE"),
    ("The merger of the two airlines was approved by regulators.", "merger", "COOPERATE"),
    ("The council made a compulsory purchase of the farm.", "purchase", "COERCE"),
    ("The junta ignored the court ruling on the election.", "ignored", "REJECT"),
    ("The regulator slapped a heavy penalty on the bank.", "penalty", "SANCTION"),
    ("The court ruled against the company on Tuesday.", "ruled", "SANCTION"),
    ("Toyota formed a joint venture with a Chinese carmaker.", "venture", "COOPERATE"),
    # a negated acceptance is a refusal (row "accept ... neg"; its status is asserted, below)
    ("The union would not accept the new pay offer.", "accept", "REJECT"),
    ("The board did not accept the proposal.", "accept", "REJECT"),
    # other senses
    ("Fans were able to buy tickets at the gate.", "buy", None),
    ("The merger of the two parishes was a local affair.", "merger", None),
    ("She ignored the noise from the street.", "ignored", None),
    ("The striker scored a penalty in the final minute.", "penalty", None),
    ("The minister ruled against an early election.", "ruled", None),
    ("The film was a risky venture for the studio.", "venture", None),
    ("The board did not accept responsibility.", "accept", None),  # no proposal refused
    ("The board accepted the proposal.", "accepted", "AGREE"),
])
def test_t48_stakes_mergers_and_ignored_rulings(text: str, word: str, type_: str | None) -> None:
    """T48: stakes bought, company mergers, compulsory purchases and rulings ignored."""
    assert _types(text).get(word) == type_, (text, _types(text))


def test_t48_negation_read_by_the_row_denies_nothing() -> None:
    """T48: status_of with negation_read keeps a refusal's own "not" from denying it."""
    from newsledger.status import status_of

    doc = parse("The board did not accept the proposal on Monday.")
    accept = next(t for t in doc if t.lemma_ == "accept")
    assert status_of(accept).status == "denied"
    assert status_of(accept, (), negation_read=True).status == "asserted"


# ---- T54: the rule choice, public for the diagnostic scripts

def test_choose_rule_names_the_row_and_the_constraints_that_refused_the_others() -> None:
    """"fired missiles at": the rows before the ASSAULT one are refused, each by a constraint."""
    doc = parse("Troops fired missiles at the border post.")
    choice = choose_rule(doc[1])
    assert choice.pos == "VERB" and choice.rule is not None and choice.rule.type == "ASSAULT"
    assert choice.held is choice.rule and not choice.headline and not choice.natural
    assert choice.refused and all(r.lemma == "fire" for r, _ in choice.refused)
    assert [kind for _, kind in choice.refused][:2] == ["obj", "obj"]  # broadsides, workers
    assert rule_for(doc[1]) is choice.rule


def test_choose_rule_tells_a_blocking_row_from_a_natural_harm() -> None:
    """A held '-' row and harm a quake did both give no rule, and the choice says which."""
    door = choose_rule(parse("She slammed the door and left.")[1])
    assert door.rule is None and door.held is not None and door.held.type == NOT_AN_EVENT
    assert not door.natural
    quake = choose_rule(parse("A strong earthquake killed thirty villagers.")[3])
    assert quake.rule is None and quake.natural
    assert quake.held is not None and quake.held.type == "ASSAULT"


def test_choose_rule_reads_a_title_case_headline_verb() -> None:
    """A headline's capitalised verb the tagger took for a name is tried as a verb."""
    doc = parse("Governor Slams Lawmakers Over Budget Delay")
    tok = next(t for t in doc if t.text == "Slams")
    choice = choose_rule(tok)
    assert choice.pos != "VERB", "the tagger reads it as a verb: pick another headline"
    assert choice.headline and choice.rule is not None and choice.rule.type == "ACCUSE"


def test_reading_pos_refuses_a_participle_used_as_a_noun() -> None:
    """"evacuated the wounded": the determiner makes the participle a noun, not a verb row."""
    doc = parse("Medics evacuated the wounded to the hospital.")
    wounded = next(t for t in doc if t.text == "wounded")
    assert reading_pos(wounded) != "VERB"


def test_modifier_only_leaves_carrier_nouns_their_trigger() -> None:
    """"aid workers" names no event, "an aid programme" names the aid."""
    workers = parse("Aid workers reached the camp.")
    programme = parse("The donors expanded the aid programme.")
    assert modifier_only(next(t for t in workers if t.text == "Aid"))
    assert not modifier_only(next(t for t in programme if t.text == "aid"))


# ---- T54: families of news words the lexicon lacked (coverage round 5)

@pytest.mark.parametrize(("text", "word", "type_"), [
    # AGREE: a deal, settlement, compromise or consensus reached under a light verb
    ("The two parties reached a deal on the budget late on Friday.", "deal", "AGREE"),
    ("Negotiators clinched a deal after three days of haggling.", "deal", "AGREE"),
    ("The rival factions reached a settlement over the disputed land.", "settlement", "AGREE"),
    ("The senators hammered out a compromise on the tax plan.", "compromise", "AGREE"),
    ("Member states failed to reach a consensus on quotas.", "consensus", "AGREE"),
    ("The two governments reached an understanding on fishing rights.", "understanding", "AGREE"),
    # COOPERATE: a business deal named by its firms; partnerships, alliances, investment
    ("The Microsoft-Activision deal closed in October.", "deal", "COOPERATE"),
    ("The carmaker partnered with a battery maker in Korea.", "partnered", "COOPERATE"),
    ("The ministry announced a partnership with three universities.", "partnership", "COOPERATE"),
    ("The two parties formed an alliance before the election.", "alliance", "COOPERATE"),
    ("The bank teamed up with a local lender in Kenya.", "teamed", "COOPERATE"),
    ("France joined forces with Germany on the project.", "joined", "COOPERATE"),
    ("Toyota will invest in a new plant in Mexico.", "invest", "COOPERATE"),
    ("The firm announced a $2 billion investment in solar farms.", "investment", "COOPERATE"),
    # SANCTION: tariffs raised or slapped on
    ("Washington raised tariffs on steel from the bloc.", "raised", "SANCTION"),
    ("The government hiked duties on imported cars.", "hiked", "SANCTION"),
    ("The state levied a duty on foreign timber.", "levied", "SANCTION"),
    # ACCUSE: criticism verbs and nouns; a trial
    ("The senator bashed the administration over the rollout.", "bashed", "ACCUSE"),
    ("The columnist skewered the mayor for the closures.", "skewered", "ACCUSE"),
    ("The opposition demonised the migrants in its campaign.", "demonised", "ACCUSE"),
    ("The union bemoaned the lack of consultation.", "bemoaned", "ACCUSE"),
    ("The judge admonished the prosecutors for the delay.", "admonished", "ACCUSE"),
    ("The governor launched into a tirade against the press.", "tirade", "ACCUSE"),
    ("The plan drew the ire of the farmers' union.", "ire", "ACCUSE"),
    ("The former minister will stand trial next month.", "trial", "ACCUSE"),
    ("His trial for corruption opened in the capital.", "trial", "ACCUSE"),
    # REJECT
    ("The embassy denied the journalist a visa.", "denied", "REJECT"),
    ("The judge denied bail to the three suspects.", "denied", "REJECT"),
    ("The company flouted the ban on exports.", "flouted", "REJECT"),
    ("The party repudiated the agreement it had signed.", "repudiated", "REJECT"),
    # SUPPORT
    ("Regulators approved the plan to split the company.", "approved", "SUPPORT"),
    ("The senate approved the nominee for the court.", "approved", "SUPPORT"),
    ("The plan won approval from the council.", "approval", "SUPPORT"),
    ("The senator has championed the reform for years.", "championed", "SUPPORT"),
    ("The party sided with the unions in the dispute.", "sided", "SUPPORT"),
    ("The president paid tribute to the fallen soldiers.", "tribute", "SUPPORT"),
    ("The king sent his condolences to the families.", "condolences", "SUPPORT"),
    # CONSULT
    ("The minister held discussions with his Chinese counterpart.", "discussions", "CONSULT"),
    ("Discussions between the two delegations resumed on Monday.", "Discussions", "CONSULT"),
    # AID
    ("The United States trained the army of the new republic.", "trained", "AID"),
    ("The coalition equipped the rebels with anti-tank missiles.", "equipped", "AID"),
    ("Japan cancelled the debt owed by the island state.", "cancelled", "AID"),
    ("Flood relief reached the stricken province on Monday.", "relief", "AID"),
    ("A donation from the emirate paid for the hospital.", "donation", "AID"),
    # RETREAT
    ("The defence minister quit his post after the scandal.", "quit", "RETREAT"),
    ("The chairman quit on Monday.", "quit", "RETREAT"),
    ("The prime minister will stand down next month.", "stand", "RETREAT"),
    ("The king abdicated in favour of his son.", "abdicated", "RETREAT"),
    ("The junta relinquished power to a civilian government.", "relinquished", "RETREAT"),
    # COERCE
    ("The regime suppressed the protests with mass arrests.", "suppressed", "COERCE"),
    ("The government has repressed dissent for decades.", "repressed", "COERCE"),
    ("The persecution of the minority worsened after the coup.", "persecution", "COERCE"),
    ("The authorities silenced critics of the war.", "silenced", "COERCE"),
    ("The government curbed press freedom last year.", "curbed", "COERCE"),
    ("Police took the activist into custody.", "custody", "COERCE"),
    ("The junta blocked opposition leaders from leaving the country.", "blocked", "COERCE"),
    # MOBILIZE
    ("The army amassed troops along the frontier.", "amassed", "MOBILIZE"),
    ("The ministry called up thousands of reservists.", "called", "MOBILIZE"),
    # ASSAULT
    ("Gunmen slew the village headman.", "slew", "ASSAULT"),
    ("The rebels waged war on the central government.", "war", "ASSAULT"),
    ("Rockets targeted an army base near the airport.", "targeted", "ASSAULT"),
    # THREATEN: a vow of revenge
    ("The militia vowed revenge for the killing of its commander.", "vowed", "THREATEN"),
    # CONCEDE
    ("The minister admitted mistakes in the handling of the crisis.", "admitted", "CONCEDE"),
    ("Officials admitted that the figures had been understated.", "admitted", "CONCEDE"),
    ("The company acknowledged failures in its safety checks.", "acknowledged", "CONCEDE"),
    ("The general's admission of guilt surprised the court.", "admission", "CONCEDE"),
])
def test_t54_rows(text: str, word: str, type_: str) -> None:
    """A news word of each family names its PLOVER event."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word"), [
    ("A great deal of money was wasted.", "deal"),  # an amount, not a deal reached
    ("The Israeli settlement expanded onto the hillside.", "settlement"),  # a village
    ("The couple entered a civil partnership.", "partnership"),
    ("The NATO alliance met in Brussels.", "alliance"),  # an organisation, no act
    ("The teacher raised her hand.", "raised"),
    ("The council raised the money for the new roof.", "raised"),
    ("The firm denied the report.", "denied"),  # a denial of a claim, no request refused
    ("The clinical trial of the vaccine begins in May.", "trial"),
    ("The trial of the new engine went well.", "trial"),
    ("The firm trained its staff in first aid.", "trained"),
    ("The company quit the market for mobile phones.", "quit"),
    ("Please stand up when the judge enters.", "stand"),
    ("The advert targeted young voters on social media.", "targeted"),  # no violence named
    # T59 B13: violence named elsewhere in the sentence, not in the act's own phrases
    ("The advertising agency targeted young voters after the violent clashes.", "targeted"),
    # T59 B11: a deal named by two people is not a business deal by default
    ("The Schumer-McConnell deal ended the standoff in the Senate.", "deal"),
    ("A bomb attack targeting the convoy killed two guards.", "targeting"),  # the attack's
    ("The patient was admitted to hospital on Monday.", "admitted"),
    ("The museum acknowledged the donor in its catalogue.", "acknowledged"),
    ("The company invested heavily.", "invested"),  # no named investor or target
    ("The club called up two young players.", "called"),
    ("The workers built up a large reserve of grain.", "built"),
    ("The trial began on Monday.", "trial"),  # any trial, of a drug or an engine too
    ("Parliament approved the budget for next year.", "approved"),  # its own law
    ("The refugees fear persecution at home.", "persecution"),  # feared, no one named
])
def test_t54_rows_keep_other_senses_out(text: str, word: str) -> None:
    """The same words in another sense name no event of that family."""
    assert word not in _types(text), (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The retired general is now a fierce critic.", "critic", "ACCUSE"),
    ("The ministry lodged a protest with the ambassador.", "protest", "ACCUSE"),
    ("Detectives interrogated the suspects for hours.", "interrogated", "ACCUSE"),
    ("The evictions of the squatters began at dawn.", "evictions", "COERCE"),
])
def test_t54_constraint_rows(text: str, word: str, type_: str) -> None:
    """A vocal critic, a protest lodged, an interrogation, an eviction."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The film critic praised the new director.", "critic", None),  # a profession
    ("The council accepted the report.", "accepted", None),  # no refusal, nothing agreed
    # T59 B12: only a proposal, offer or demand not accepted is a refusal, not any negated accept
    ("The firm will not accept cash payments.", "accept", None),
    ("The shop does not accept credit cards.", "accept", None),
    ("Thousands joined the protest outside parliament.", "protest", "PROTEST"),  # a demo
])
def test_t54_constraint_rows_keep_other_senses_out(text: str, word: str,
                                                   type_: str | None) -> None:
    """A critic by trade, an acceptance, a street protest keep their reading."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The judge handed him a ten-year sentence for fraud.", "sentence", "SANCTION"),
    ("The first delivery of food aid reached the town.", "delivery", "AID"),
    ("The airline expects the delivery of six jets next year.", "delivery", "COOPERATE"),
    ("The carrier placed an order for forty aircraft.", "order", "COOPERATE"),
    ("The European Union will fund the new border posts.", "fund", "AID"),
    ("Qatar financed the rebel groups for years.", "financed", "AID"),
])
def test_t54_business_and_legal_rows(text: str, word: str, type_: str) -> None:
    """A sentence handed down, deliveries and orders, funding by a named body."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word"), [
    ("He is serving his sentence in a northern prison.", "sentence"),
    ("Pizza delivery is slow on Fridays.", "delivery"),
    ("The order of the speakers was changed.", "order"),
    ("Taxpayers fund the health service.", "fund"),
])
def test_t54_business_and_legal_rows_keep_other_senses_out(text: str, word: str) -> None:
    """A sentence served, a pizza delivery, a running order, funding by nobody named."""
    assert word not in _types(text), (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The envoy paid a call on the foreign minister.", "call", "CONSULT"),
    ("Party members rallied behind the embattled leader.", "rallied", "SUPPORT"),
    ("Turkey hosts more refugees than any other country.", "hosts", "AID"),
    ("Israel denied flight clearance to the helicopters.", "denied", "REJECT"),
    ("Ukraine applied for membership of the European Union.", "applied", "REQUEST"),
    ("The appeals court overturned the ban on the rally.", "overturned", "REJECT"),
    ("The court annulled the election result.", "annulled", "REJECT"),
    ("The general was tried for treason in absentia.", "tried", "ACCUSE"),
    ("The suspects were arraigned in a federal court.", "arraigned", "ACCUSE"),
    ("The president chastised his ministers in public.", "chastised", "ACCUSE"),
    ("The opposition scoffed at the plan.", "scoffed", "ACCUSE"),
    ("Bitter recriminations followed the defeat.", "recriminations", "ACCUSE"),
    ("The junta exiled the former president.", "exiled", "COERCE"),
    ("The regime muzzled the press before the vote.", "muzzled", "COERCE"),
    ("The government clamped down on dissent.", "clamped", "COERCE"),
    ("The federation stripped the team of its title.", "stripped", "SANCTION"),
    ("The two sides repatriated prisoners of war.", "repatriated", "RETREAT"),
    ("The senator bowed out of the race.", "bowed", "RETREAT"),
    ("Prosecutors dropped the charges against the activists.", "dropped", "CONCEDE"),
    ("The government waived visa requirements for tourists.", "waived", "CONCEDE"),
    ("Moscow softened its stance on the treaty.", "softened", "CONCEDE"),
    ("Youths hurled stones at the police.", "hurled", "ASSAULT"),
    ("Fighter jets strafed the convoy.", "strafed", "ASSAULT"),
])
def test_t54_second_round_rows(text: str, word: str, type_: str) -> None:
    """Visits paid, support rallied, refugees hosted, rulings overturned, charges dropped..."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The chairman called on the board to resign.", "called", "REQUEST"),
    ("Thousands rallied in the capital on Sunday.", "rallied", "PROTEST"),
    ("The president hosted the summit in June.", "hosted", "CONSULT"),
    ("She applied for a job at the bank.", "applied", None),
    ("The car overturned on the motorway.", "overturned", None),
    ("The team tried for years to win the cup.", "tried", None),
    ("The prices dropped sharply in May.", "dropped", None),
    ("The planes dropped bombs on the town.", "dropped", "ASSAULT"),
    ("The workers stripped the old paint from the walls.", "stripped", None),
    ("The rain softened the ground.", "softened", None),
    ("The children hurled snowballs at each other.", "hurled", None),
])
def test_t54_second_round_rows_keep_other_senses(text: str, word: str, type_: str | None) -> None:
    """The same words in another sense keep their reading or name no event."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("It agreed to buy the hotel and casino for $40 million.", "buy", "COOPERATE"),
    ("The group sold its chemicals division last year.", "sold", "COOPERATE"),
    ("The disposal of its shipping unit raised cash.", "disposal", "COOPERATE"),
    ("The company raised funds through a private placement.", "placement", "COOPERATE"),
    ("The two firms set up a joint venture in Shanghai.", "set", "COOPERATE"),
    ("Poland joined NATO in 1999.", "joined", "COOPERATE"),
    ("Regulators cleared the takeover of the brewer.", "cleared", "SUPPORT"),
    ("The supreme court upheld the immigration law.", "upheld", "SUPPORT"),
    ("She is a leading advocate of free trade.", "advocate", "SUPPORT"),
    ("The court invalidated the election of the mayor.", "invalidated", "REJECT"),
    ("The militia has forbidden women to work.", "forbidden", "COERCE"),
    ("Police launched a manhunt for the gunman.", "manhunt", "COERCE"),
    ("The kidnappers threatened to harm the hostages.", "harm", "ASSAULT"),
    ("Relatives fear the smugglers could abandon the migrants or harm them.", "harm", "ASSAULT"),
    ("The region slid into armed conflict.", "conflict", "ASSAULT"),
    ("A bomb went off outside the embassy.", "went", "ASSAULT"),
    ("The ministers shared their concerns with the envoy.", "shared", "CONSULT"),
    ("The investor backed out of the takeover at the last minute.", "backed", "REJECT"),
])
def test_t54_third_round_rows(text: str, word: str, type_: str) -> None:
    """Business assets changing hands, approvals, legal acts, harm and bombs going off."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("She bought a new dress for the party.", "bought", None),
    ("The police cleared the road after the crash.", "cleared", None),
    ("The pupils joined the choir.", "joined", None),
    ("The smoke could harm the crops.", "harm", None),
    # T59 B15: economic harm by a measure is no assault
    ("The new levies will harm farmers and workers, analysts said.", "harm", None),
    # T59 B16: to share someone's concerns is to hold them, not to consult
    ("Most voters share her concerns about the new airport.", "share", None),
    ("A conflict of interest forced him to step aside.", "conflict", None),
    ("The alarm went off at dawn.", "went", None),
    ("The party backed the candidate.", "backed", "SUPPORT"),
])
def test_t54_third_round_rows_keep_other_senses(text: str, word: str, type_: str | None) -> None:
    """A dress bought, a road cleared, a choir joined, an alarm going off name no such act."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The notes will be sold to institutional investors.", "sold", "COOPERATE"),
    ("Profits rose after the sale of its investments in Asia.", "sale", "COOPERATE"),
    ("The board approved the transaction on Tuesday.", "approved", "SUPPORT"),
    ("The acquisition will double the insurer's size.", "acquisition",
     "COOPERATE"),
])
def test_t54_business_rows_read_any_buyer_and_asset(text: str, word: str, type_: str) -> None:
    """Securities sold, investments sold, a transaction approved, an acquisition alone."""
    assert _types(text).get(word) == type_, (text, _types(text))


def test_t54_an_acquisition_of_skills_is_no_business_act() -> None:
    assert "acquisition" not in _types("The acquisition of language skills takes years.")


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The carmaker sought antitrust clearance for the purchase.", "sought", "REQUEST"),
    ("The airline will challenge the penalty before the tribunal.", "challenge", "ACCUSE"),
    ("Farmers reacted with outrage to the new quotas.", "outrage", "ACCUSE"),
    ("Magistrates issued international arrest warrants for the two bankers.", "warrants", "COERCE"),
    ("Thailand returned the dissidents to Laos.", "returned", "COERCE"),
    ("The refugees were returned to Syria last week.", "returned", "COERCE"),
])
def test_t54_object_lists_widened(text: str, word: str, type_: str) -> None:
    """Clearance sought, a fine challenged, outrage met, warrants issued, a person returned."""
    assert _types(text).get(word) == type_, (text, _types(text))


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The team returned to the hotel after the match.", "returned", None),
    # T59 B17: people brought back to their own, not to a country, are not deported
    ("Volunteers returned the lost children to their parents.", "returned", None),
    ("Police returned the suspects to their cells.", "returned", None),
    ("The rebels returned the captured land to the farmers.", "returned", "RETREAT"),
    ("She sought shelter with friends.", "sought", None),
    ("Destroy the books or return them to the shop.", "return", None),  # things, not people
    ("He is not someone whose views I share.", "share", None),  # agreeing, no consultation
])
def test_t54_object_lists_keep_other_senses(text: str, word: str, type_: str | None) -> None:
    """A team returning, land handed back, shelter sought keep their reading."""
    assert _types(text).get(word) == type_, (text, _types(text))
