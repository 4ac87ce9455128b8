"""Noun triggers' roles (T55, issue 4): the actor and recipient tokens an event noun gives.

Every sentence here was written for these tests (none is from a labelled set). Each rule's test
failed before the rule was added.
"""

from __future__ import annotations

import pytest

from newsledger.clause_words import receiving_verbs
from newsledger.noun_roles import noun_roles
from newsledger.parse import parse


def _roles(text: str, trigger: str, type_: str, roles: str = "") -> tuple[str | None, list[str]]:
    """Return the actor's and the candidate recipients' words for the noun ``trigger``."""
    doc = parse(text)
    noun = next(t for t in doc if t.text == trigger)
    actor, recipients = noun_roles(noun, type_, roles)
    return (actor.text if actor is not None else None), [t.text for t in recipients]


def test_the_receiving_verbs_table_reads_prepositions_and_types() -> None:
    table = receiving_verbs()
    assert table["draw", ""] == frozenset()  # any type
    assert table["respond", "to"] >= {"ACCUSE", "REQUEST"}
    assert "COERCE" not in table["win", ""]


def test_who_draws_criticism_receives_it() -> None:
    # the subject of "drew" is criticised; the from-phrase, hung on the verb, criticises
    actor, recipients = _roles("The governor drew sharp criticism from the opposition.",
                               "criticism", "ACCUSE")
    assert actor == "opposition"
    assert recipients[:1] == ["governor"]


def test_a_things_author_receives_what_it_draws() -> None:
    # "the mayor's remarks drew rebukes": the remarks are no one; their author is rebuked
    actor, recipients = _roles("The mayor's remarks drew rebukes from the union.",
                               "rebukes", "ACCUSE")
    assert actor == "union"
    assert "mayor" in recipients


def test_who_denies_the_claims_is_accused() -> None:
    actor, recipients = _roles("The airline denied the pilot's claims about safety.",
                               "claims", "ACCUSE")
    assert actor == "pilot"
    assert recipients[:1] == ["airline"]


def test_who_bows_to_pressure_is_pressed() -> None:
    actor, recipients = _roles("The council bowed to pressure from residents and dropped the plan.",
                               "pressure", "REQUEST")
    assert actor == "residents"
    assert recipients[:1] == ["council"]


def test_the_giver_of_a_gain_acts() -> None:
    # "won the backing of X": X backs the subject
    actor, recipients = _roles("The candidate won the backing of the teachers' union.",
                               "backing", "SUPPORT")
    assert actor == "union"
    assert recipients[:1] == ["candidate"]


def test_a_gaining_verb_does_not_receive_other_acts() -> None:
    # a ban obtained is imposed by the subject, not on it (win/obtain take given acts only)
    actor, recipients = _roles("The activists obtained a ban on the pesticide.", "ban", "COERCE")
    assert actor == "activists"
    assert "activists" not in recipients


def test_a_light_verb_of_doing_still_gives_the_actor() -> None:
    actor, _recipients = _roles("The army launched an attack on the town.", "attack", "ASSAULT")
    assert actor == "army"


def test_the_subject_of_a_charges_that_clause_is_accused() -> None:
    _actor, recipients = _roles("The union repeated its allegation that the mayor rigged the vote.",
                                "allegation", "ACCUSE")
    assert "mayor" in recipients


def test_the_subject_of_a_target_nouns_copula_receives_the_act() -> None:
    actor, recipients = _roles("The city was the target of a rocket attack by the rebels.",
                               "attack", "ASSAULT")
    assert actor == "rebels"
    assert recipients[:1] == ["city"]


def test_an_act_named_as_the_means_is_the_subjects() -> None:
    # "responded with attacks on X": the subject attacks X
    actor, recipients = _roles("The governor responded with sharp attacks on the mayor.",
                               "attacks", "ACCUSE")
    assert actor == "governor"
    assert recipients[:1] == ["mayor"]


def test_an_act_met_with_is_undergone() -> None:
    actor, recipients = _roles("The plan met with protests from farmers.", "protests", "PROTEST")
    assert actor == "farmers"
    assert recipients[:1] == ["plan"]


def test_the_possessor_of_an_arrest_is_arrested() -> None:
    actor, recipients = _roles("The court ordered the mayor's arrest on Friday.", "arrest",
                               "COERCE")
    assert actor == "court"
    assert recipients[:1] == ["mayor"]


def test_the_of_phrase_of_an_acquisition_is_acquired() -> None:
    actor, recipients = _roles("Google's acquisition of Fitbit closed in January.",
                               "acquisition", "COOPERATE")
    assert actor == "Google"
    assert "Fitbit" in recipients


def test_the_possessor_of_an_attack_still_attacks() -> None:
    actor, _recipients = _roles("Russia's attack on the port was condemned.", "attack", "ASSAULT")
    assert actor == "Russia"


def test_what_a_deed_sparks_is_aimed_at_its_author() -> None:
    actor, recipients = _roles("The minister's remarks sparked protests by students.",
                               "protests", "PROTEST")
    assert actor == "students"
    assert "minister" in recipients


def test_a_storm_of_criticism_stands_where_the_criticism_would() -> None:
    actor, recipients = _roles("The coach attracted a storm of criticism from fans.",
                               "criticism", "ACCUSE")
    assert recipients[:1] == ["coach"]
    assert actor == "fans"


def test_whoever_is_under_fire_receives_it_whatever_the_verb() -> None:
    actor, recipients = _roles("Although under fire from his rivals, the senator kept winning.",
                               "fire", "ACCUSE")
    assert actor == "rivals"
    assert recipients[:1] == ["senator"]


def test_who_secures_a_joint_act_of_another_takes_part() -> None:
    actor, recipients = _roles("The police secured the cooperation of the witness.",
                               "cooperation", "COOPERATE", "sym")
    assert actor == "witness"
    assert recipients[:1] == ["police"]


def test_the_author_of_a_protests_issue_is_protested_against() -> None:
    _actor, recipients = _roles("The judge resigned in protest over the ministry's new rules.",
                                "protest", "PROTEST")
    assert "ministry" in recipients


@pytest.mark.parametrize(("text", "trigger", "type_", "subject"), [
    ("The firm complied with the sanctions against the regime.", "sanctions", "SANCTION", "firm"),
    ("Greece cooperated with the inquiry into the smuggling ring.", "inquiry", "ACCUSE", "Greece"),
    ("The party agreed with the criticism voiced by the bishops.", "criticism", "ACCUSE",
     "party"),
])
def test_an_act_after_a_verbs_with_is_not_the_subjects_unless_it_is_the_means(
        text: str, trigger: str, type_: str, subject: str) -> None:
    # T59 B2: "complied with", "cooperated with", "agreed with" someone else's act
    actor, _recipients = _roles(text, trigger, type_)
    assert actor != subject


def test_a_threat_made_with_sanctions_is_the_subjects() -> None:
    # boundary of B2: a verb of threatening or answering uses the act as its means
    actor, _recipients = _roles("The minister threatened the firm with sanctions.", "sanctions",
                                "SANCTION")
    assert actor == "minister"


@pytest.mark.parametrize(("text", "trigger", "type_", "causer"), [
    ("Rebels triggered a wave of attacks on army posts.", "attacks", "ASSAULT", "Rebels"),
    ("Iran fuelled attacks on shipping in the strait.", "attacks", "ASSAULT", "Iran"),
    ("The students sparked protests across the capital.", "protests", "PROTEST", "students"),
])
def test_who_causes_an_act_is_not_its_recipient(
        text: str, trigger: str, type_: str, causer: str) -> None:
    # T59 B3: a causing verb's subject that names someone causes the act; only a thing's
    # author has it aimed at them ("The minister's remarks sparked protests", above)
    _actor, recipients = _roles(text, trigger, type_)
    assert causer not in recipients


def test_under_an_agreement_no_one_is_acted_on() -> None:
    # T59 B4: "under" receives pressure, fire, siege, not an accord
    _actor, recipients = _roles("Under the truce agreement, the militia will free ten captives.",
                                "agreement", "AGREE")
    assert "militia" not in recipients


def test_under_sanctions_the_subject_is_still_sanctioned() -> None:
    # boundary of B4
    actor, recipients = _roles("Under sanctions from the union, the regime cut its exports.",
                               "sanctions", "SANCTION")
    assert actor == "union"
    assert "regime" in recipients


@pytest.mark.parametrize("text", [
    "Google's acquisition closed in January.",
    "Oracle's takeover was completed last year.",
    "The fund's buyout was approved on Monday.",
])
def test_the_possessor_of_a_purchase_buys(text: str) -> None:
    # T59 B5: without an of-phrase the possessor of acquisition/takeover/buyout is the buyer
    trigger = next(w for w in ("acquisition", "takeover", "buyout") if w in text)
    actor, recipients = _roles(text, trigger, "COOPERATE")
    assert actor == text.split("'")[0].split()[-1]
    assert actor not in recipients


@pytest.mark.parametrize(("text", "trigger", "type_", "causer"), [
    ("The government sparked protests by raising fuel prices.", "protests", "PROTEST",
     "government"),
    ("Israel triggered sanctions from the European Union.", "sanctions", "SANCTION", "Israel"),
])
def test_a_state_that_causes_an_answering_act_receives_it(
        text: str, trigger: str, type_: str, causer: str) -> None:
    # T62: protests, sanctions, accusations a state or office provokes are aimed at it
    actor, recipients = _roles(text, trigger, type_)
    assert causer in recipients and actor != causer


def test_a_by_agent_buys_what_the_possessor_names() -> None:
    # T62: "Fitbit's acquisition by Google": the possessor is acquired, the by-agent buys
    actor, recipients = _roles("Fitbit's acquisition by Google was approved by regulators.",
                               "acquisition", "COOPERATE")
    assert actor == "Google" and "Fitbit" in recipients


def test_the_subject_of_an_adjective_of_reliance_receives_the_aid() -> None:
    # T64: "X are dependent on aid": X receives it, whatever the copula
    assert _roles("Farmers in the north are heavily reliant on food aid.", "aid", "AID")[1][:1] \
        == ["Farmers"]
    assert _roles("Many refugees remain dependent on Western aid.", "aid", "AID")[1][:1] \
        == ["refugees"]
    # an adjective of something else governs no recipient
    assert _roles("The report was critical of foreign aid.", "aid", "AID")[1] == []


def test_a_text_or_gesture_of_an_act_takes_the_senders_roles() -> None:
    # T64: "sent letters of protest to X": the sender protests to X, as the letters stand
    # where the act would
    assert _roles("The lawyers sent letters of protest to the Peruvian minister.", "protest",
                  "PROTEST") == ("lawyers", ["minister"])
    actor, recipients = _roles("The embassy delivered a note of protest to the Chinese foreign "
                               "ministry.", "protest", "PROTEST")
    assert (actor, recipients[:1]) == ("embassy", ["ministry"])
    # news of an act is not the act: the one who reads a report of fighting did not fight
    assert _roles("The agency published reports of fighting near the border.", "fighting",
                  "ASSAULT")[0] is None


def test_an_agent_noun_names_its_copulas_subject_as_the_doer() -> None:
    # T64: "X has been a critic of Y": X criticises; the possessor is the one criticised
    assert _roles("Ms. Okafor has long been a fierce critic of the dam project.", "critic",
                  "ACCUSE")[0] == "Okafor"
    actor, recipients = _roles("The senator has been the treaty's most outspoken critic.",
                               "critic", "ACCUSE")
    assert (actor, recipients[:1]) == ("senator", ["treaty"])
    assert _roles("Norway, a strong advocate of open fisheries, voted against it.", "advocate",
                  "SUPPORT")[0] == "Norway"


def test_the_of_phrase_of_a_sale_is_what_is_sold() -> None:
    # T64: "the sale of X": X is sold; the seller is the light verb's subject or the possessor
    assert _roles("The airline is exploring the sale of part of its cargo unit.", "sale",
                  "COOPERATE")[0] == "airline"
    actor, recipients = _roles("Ruritania completed the sale of fighter jets to Chile.", "sale",
                               "COOPERATE")
    assert actor == "Ruritania" and "Chile" in recipients
    # a joint act's of-phrase still acts ("the withdrawal of troops" is the troops')
    assert _roles("The withdrawal of the troops began.", "withdrawal", "RETREAT")[0] == "troops"
