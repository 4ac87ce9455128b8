"""Clause roles (T47, issue 4): the actor and recipient tokens a verb's clause gives.

Every sentence here was written for these tests (none is from a labelled set). Each rule's test
failed before the rule was added (checked at b884ca0).
"""

from __future__ import annotations

import pytest

from newsledger.argument_clauses import verb_roles
from newsledger.clause_subject import antecedent, verb_subject
from newsledger.clause_words import word_list
from newsledger.parse import parse


def _roles(text: str, trigger: str) -> tuple[str | None, list[str]]:
    """Return the actor's and the candidate recipients' words for the first verb ``trigger``."""
    doc = parse(text)
    verb = next(t for t in doc if t.text == trigger)
    actor, recipients = verb_roles(verb, "")
    return (actor.text if actor is not None else None), [t.text for t in recipients]


def test_a_gerund_after_a_temporal_preposition_is_the_subjects_deed() -> None:
    # "after V-ing" is done by the subject, not by the main verb's object ("support")
    assert _roles("The senator won broad support after condemning the governor.",
                  "condemning")[0] == "senator"
    assert _roles("The union wants to settle the dispute before suing the company.",
                  "suing")[0] == "union"


def test_a_gerund_after_of_or_from_is_still_the_objects_deed() -> None:
    assert _roles("The minister accused Norway of violating the treaty.",
                  "violating")[0] == "Norway"
    assert _roles("The court barred the company from attacking its critics.",
                  "attacking")[0] == "company"


def test_a_passive_subject_controls_its_complement() -> None:
    assert _roles("Jenkins was tasked with investigating the bank.", "investigating")[0] \
        == "Jenkins"
    assert _roles("The governor is set to sign the bill.", "sign")[0] == "governor"
    # with an agent, the one told to act is still the subject, not the agent
    assert _roles("Rebels were urged by the envoy to release the hostages.", "release")[0] \
        == "Rebels"


def test_a_passive_complement_keeps_its_subject_as_recipient() -> None:
    # "were reported to have been attacked": acted on, not acting
    actor, recipients = _roles("Two tankers were reported to have been attacked.", "attacked")
    assert actor is None
    assert recipients[:1] == ["tankers"]


def test_a_gerund_on_a_named_medium_is_the_posters_deed() -> None:
    assert _roles("The singer posted on Instagram accusing her former label of theft.",
                  "accusing")[0] == "singer"
    assert _roles("In a letter demanding a recount, the mayor wrote to the board.",
                  "demanding")[0] == "mayor"


def test_a_gerund_on_people_is_still_their_deed() -> None:
    assert _roles("Police fired on protesters demanding the release of prisoners.",
                  "demanding")[0] == "protesters"


def test_an_object_relative_pronoun_stands_for_its_antecedent() -> None:
    actor, recipients = _roles("Smith's victory, which Jones conceded at midnight, was narrow.",
                               "conceded")
    assert actor == "Jones"
    assert recipients[:1] == ["victory"]


def test_a_passive_relative_pronoun_stands_for_its_antecedent() -> None:
    _actor, recipients = _roles("Villagers found a boy who was abducted last week.", "abducted")
    assert recipients[:1] == ["boy"]


def test_a_coordinated_participle_shares_the_passive_subject() -> None:
    actor, recipients = _roles(
        "They rescued a nurse who was dragged from her car and kidnapped in the night.",
        "kidnapped")
    assert actor is None
    assert recipients[:1] == ["nurse"]


def test_a_coordinated_act_of_the_subject_is_no_passive() -> None:
    # "fought back" is what the attacked man did, he is not its recipient
    _actor, recipients = _roles("The guard was attacked and fought back.", "fought")
    assert "guard" not in recipients


def test_antecedent_leaves_other_words_alone() -> None:
    doc = parse("The rebels that attacked the town left.")
    that = next(t for t in doc if t.text == "that")
    assert antecedent(that).text == "rebels"
    assert antecedent(doc[1]).text == "rebels"
    assert verb_subject(next(t for t in doc if t.text == "attacked")).text == "rebels"


def test_a_relative_pronoun_follows_the_phrase_that_names_someone() -> None:
    # the parser hangs "which" on the farther abstract noun ("support", "efforts"); the
    # antecedent is the phrase right before it, which names a state's government
    _actor, recipients = _roles(
        "She spoke of the support of the government of Ghana which she thanked for its role.",
        "thanked")
    assert recipients[:1] == ["government"]
    _actor, recipients = _roles(
        "His idea was for the bank, in conjunction with the governments of Peru and Chile "
        "(which he praised for their help), to buy the mine.", "praised")
    assert recipients[:1] == ["governments"]


def test_the_subject_of_a_charge_is_the_one_accused() -> None:
    doc = parse("The lawsuit alleged that the agency failed to protect voters' data.")
    verb = next(t for t in doc if t.text == "alleged")
    assert [t.text for t in verb_roles(verb, "", "ACCUSE")[1]][:1] == ["agency"]
    # a reporting verb of no charge takes none from its clause
    assert verb_roles(verb, "", "")[1] == []


def test_a_text_filed_or_launched_speaks_for_its_author() -> None:
    assert _roles("The group filed a lawsuit accusing the city of fraud.", "accusing")[0] \
        == "group"
    assert _roles("Supporters launched petitions calling on delegates to back him.",
                  "calling")[0] == "Supporters"


def test_a_subject_relative_pronoun_follows_the_phrase_that_names_someone() -> None:
    # as for an object pronoun: the parser hangs "which" on the farther "conjunction"; the
    # ones who criticised are the governments named right before the pronoun
    doc = parse("His idea was for the bank, in conjunction with the governments of Peru and "
                "Chile (which criticised the plan), to buy the mine.")
    subject = verb_subject(next(t for t in doc if t.text == "criticised"))
    assert subject is not None and subject.text == "governments"


def test_a_gerund_after_a_publishing_verb_is_the_publishers_deed() -> None:
    # the small model tags a platform's name PERSON; after "posted on" it is still the medium
    assert _roles("The senator posted on Twitter accusing Fox of bias.", "accusing")[0] \
        == "senator"
    assert _roles("Last week, Ed Sheeran posted on Twitter accusing Warner of trying to block "
                  "his new album.", "accusing")[0] == "Sheeran"


def test_the_word_lists_come_from_the_data_file() -> None:
    assert "urge" in word_list("object_control")
    assert "statement" in word_list("text_noun")
    assert "urge" not in word_list("text_noun")
    with pytest.raises(KeyError):
        word_list("no such list")


def test_a_gerund_coordinates_with_a_gerund_not_its_content_clause() -> None:
    # the parser hangs "threatening" on "be", whose subject ("they") is the one threatened
    assert _roles("The mayor has faced criticism for telling voters that they would be safer "
                  "at home, and threatening them with fines.", "threatening")[0] == "mayor"


def test_a_gerund_after_an_objects_for_phrase_is_the_subjects_deed() -> None:
    assert _roles("The senator won praise for helping the refugees.", "helping")[0] == "senator"


def test_the_author_of_the_issue_protested_over_is_a_recipient() -> None:
    doc = parse("Farmers protested over the government's decision to cut subsidies.")
    verb = next(t for t in doc if t.text == "protested")
    assert "government" in [t.text for t in verb_roles(verb, "", "PROTEST")[1]]
    # a topic of talks is no one's side
    doc = parse("The envoys talked over the government's decision for hours.")
    verb = next(t for t in doc if t.text == "talked")
    assert "government" not in [t.text for t in verb_roles(verb, "sym", "CONSULT")[1]]


def test_the_one_spoken_out_about_is_the_accused() -> None:
    doc = parse("The former president spoke out about Trump on Monday.")
    verb = next(t for t in doc if t.text == "spoke")
    assert "Trump" in [t.text for t in verb_roles(verb, "", "ACCUSE")[1]]
    doc = parse("The senator complained about the governor's decision.")
    verb = next(t for t in doc if t.text == "complained")
    assert "governor" in [t.text for t in verb_roles(verb, "", "ACCUSE")[1]]
    # another type's about-phrase is its topic
    doc = parse("The two envoys talked about Iran for hours.")
    verb = next(t for t in doc if t.text == "talked")
    assert "Iran" not in [t.text for t in verb_roles(verb, "sym", "CONSULT")[1]]


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The governor told journalists the strike was illegal, and called for new talks.",
     "called", "governor"),
    ("The minister told parliament the attack was a provocation, and accused Russia of lying.",
     "accused", "minister"),
    ("Police asked residents to stay away and urged calm.", "urged", "Police"),
])
def test_the_speakers_second_act_is_done_by_the_reporting_verbs_subject(
        text: str, trigger: str, actor: str) -> None:
    # the parser hangs the second verb on the reported clause ("the strike was ...") or on the
    # infinitive ("to stay"); cues.second_act says it is the speaker's own next act
    assert _roles(text, trigger)[0] == actor


def test_a_verb_coordinated_inside_the_reported_clause_keeps_the_clauses_subject() -> None:
    # another tense than the reporting verb's: still part of what was reported
    assert _roles("The mayor says the police attacked the crowd and arrested its leaders.",
                  "arrested")[0] == "police"


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The president dismissed the general for attacking protesters.", "attacking", "general"),
    ("The colonel received the soldiers for attacking the village.", "attacking", "soldiers"),
    ("The board rejected Smith for lying to investors.", "lying", "Smith"),
])
def test_the_person_a_receiving_verb_acts_on_did_the_deed(
        text: str, trigger: str, actor: str) -> None:
    # T59 B1: a receiving_verbs.tsv lemma (dismiss, receive, reject) whose object names someone
    # is acted on for that someone's deed; only a thing received ("won praise for") is no doer
    assert _roles(text, trigger)[0] == actor


def test_a_thing_received_for_a_deed_leaves_the_deed_to_the_subject() -> None:
    # boundary of B1: "faced charges for bribing" -- the charges did nothing
    assert _roles("The mayor faced charges for bribing officials.", "bribing")[0] == "mayor"


def _sym_partner(text: str, trigger: str) -> str:
    """Return the first candidate recipient of a symmetric (joint) verb trigger."""
    doc = parse(text)
    return verb_roles(next(t for t in doc if t.text == trigger), "sym", "COOPERATE")[1][0].text


def test_a_sharing_verbs_partner_is_its_with_phrase_where_the_parser_hangs_it() -> None:
    # T64: the parser hangs "with X" on the object shared; the partner is X, not the thing
    assert _sym_partner("Chile shared radar data with Peru last year.", "shared") == "Peru"
    assert _sym_partner("Chile traded fish meal with Peru.", "traded") == "Peru"
    # a with-phrase on the verb itself is read as before
    assert _sym_partner("The two navies will exchange cadets with each other.",
                        "exchange") == "other"


def test_the_subject_of_be_to_blame_is_the_one_blamed() -> None:
    # T64: "X is to blame" is passive in sense; no one blaming is named
    assert _roles("The ministry is not to blame for the shortage.", "blame") == (
        None, ["ministry"])
    # who says so blames it
    assert _roles("The governor was partly to blame for the riots, the report said.",
                  "blame") == ("report", ["governor"])
    # an ordinary infinitive after "be" is the subject's own plan
    assert _roles("The envoy is to visit the capital on Monday.", "visit")[0] == "envoy"


def test_one_among_those_acted_on_is_the_recipient() -> None:
    # T64: "X was among those injured": X is one of the injured, the one the sentence names
    assert _roles("The Mexican consul was among those injured in the blast.",
                  "injured")[1][:1] == ["consul"]
    assert _roles("Two Britons were among the people killed by the militants.",
                  "killed") == ("militants", ["Britons"])
    # a participle's noun elsewhere is still what was acted on
    assert _roles("Rescuers reached the villagers trapped by the flood.",
                  "trapped")[1][:1] == ["villagers"]


def test_a_superlative_attribute_passes_its_gerund_to_the_copulas_subject() -> None:
    # T64: "X has been the most aggressive in denouncing Y": the parser makes the superlative
    # the copula's attribute, not its complement
    assert _roles("The mayor has been the most aggressive in the council in condemning the new "
                  "tax.", "condemning")[0] == "mayor"
    assert _roles("The senator has been the most outspoken in the party in criticizing the deal.",
                  "criticizing")[0] == "senator"


def test_in_favour_of_names_the_one_supported_and_resolves_their() -> None:
    # T64: "voted in favour of their inclusion": the group the pronoun stands for is supported
    doc = parse("Chile and Peru were admitted after the senate voted in favour of their entry.")
    actor, recipients = verb_roles(next(t for t in doc if t.text == "voted"), "", "SUPPORT")
    assert actor is not None and actor.text == "senate"
    assert "Chile" in [t.text for t in recipients]
    # the actor's own thing is no recipient
    doc = parse("Iran voted in favour of its own proposal.")
    assert [t.text for t in verb_roles(doc[1], "", "SUPPORT")[1]] == ["proposal"]


def test_a_groups_pronoun_owner_of_the_object_is_another_subject_of_the_sentence() -> None:
    # T64: "the army shelled their positions": "their" stands for the rebels, not the army
    doc = parse("The rebels said the army had shelled their positions near the river.")
    actor, recipients = verb_roles(next(t for t in doc if t.text == "shelled"), "", "ASSAULT")
    assert actor is not None and actor.text == "army"
    assert "rebels" in [t.text for t in recipients]
    # the actor's own: no one else
    doc = parse("The ministers rejected their own proposal.")
    assert [t.text for t in verb_roles(doc[2], "", "REJECT")[1]] == ["proposal"]
